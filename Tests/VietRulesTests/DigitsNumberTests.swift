import Testing
import VietNumbers

@testable import VietRules

/// `number(x)` of a capture of plain digits reads them into a machine word
/// (``TypedExpression/digitsNumber(_:)``): the same value as the string parser's, and nothing for
/// any other text.
@Suite("Digits as numbers")
struct DigitsNumberTests {
    @Test(arguments: ["0", "7", "007", "1945", "1000", "2000000", "123456789012345678"])
    func sameValueAsTheParser(_ text: String) throws {
        let parsed = try #require(ExactDecimal(text))
        let read = try #require(TypedExpression.digitsNumber(text))
        #expect(read == parsed)
        #expect(read.significand == parsed.significand && read.exponent == parsed.exponent)
        #expect(read.description == parsed.description)
    }

    @Test(arguments: ["", "-5", "+5", "1.5", "1,5", "1234567890123456789", "１２"])
    func otherTextIsLeftToTheParser(_ text: String) {
        #expect(TypedExpression.digitsNumber(text) == nil)
    }
}
