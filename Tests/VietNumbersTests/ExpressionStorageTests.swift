import Testing
import VietTokenizer

@testable import VietNumbers

/// How found expressions are stored: the text read lazily from the scanned text, and the shared
/// values of small plain numbers. Neither may change what callers see.
@Suite struct ExpressionStorageTests {
    @Test func sharedSmallIntegersAreTheNumbersThemselves() {
        for value in 0..<2_200 {
            #expect(NumericExpression.Value.plainInteger(UInt64(value)) == .number(ExactDecimal(value)))
        }
        #expect(NumericExpression.Value.plainInteger(UInt64.max) == .number(ExactDecimal(UInt64.max)))
    }

    @Test(arguments: [
        "Điều 5 quy định mức 735,3 tỷ đồng từ ngày 7 tháng 3 năm 2019.",
        "Nghie\u{0302}\u{0300}n 12 ngày, 2021-2025 và 3-5%",  // decomposed marks before the numbers
        "năm 2024; 0100100000000000100000240220600016000010 🙂 47,13%",
    ])
    func textIsTheScannedSlice(_ line: String) {
        let parser = NumberParser()
        let bytes = Array(line.utf8)
        for found in [parser.scan(line), parser.scan(Tokenizer().tokenize(line))] {
            #expect(!found.isEmpty)
            for expression in found {
                #expect(expression.text == String(decoding: bytes[expression.utf8Range], as: UTF8.self))
                #expect(Array(line.unicodeScalars)[expression.scalarRange].map(String.init).joined() == expression.text)
            }
        }
    }

    @Test func equalityAndHashingIgnoreWhereTheTextIsKept() throws {
        let found = try #require(NumberParser().scan("Giá 735,3 tỷ đồng.").first)
        let made = NumericExpression(
            found.typedValue, qualifier: found.qualifier, relativeOffset: found.relativeOffset, text: "735,3 tỷ đồng",
            scalarRange: found.scalarRange, utf8Range: found.utf8Range, tokenRange: found.tokenRange)
        #expect(made.text == found.text)
        #expect(made == found)
        #expect(Set([made, found]).count == 1)
        let other = NumericExpression(
            found.typedValue, text: "735,3 tỷ VND", scalarRange: found.scalarRange, utf8Range: found.utf8Range)
        #expect(other != found)
    }

    @Test func aWholePhraseKeepsItsText() throws {
        let expression = try NumberParser().parse("  hai mươi mốt nghìn. ")
        #expect(expression.text == "hai mươi mốt nghìn")
    }
}
