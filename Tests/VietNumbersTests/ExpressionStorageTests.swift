import Testing
import VietTokenizer

@testable import VietNumbers

/// How found expressions are stored: the text read lazily from the scanned text, and the value of
/// plain digits read from that text when asked. Neither may change what callers see.
@Suite struct ExpressionStorageTests {
    /// Plain digits keep no value: what they give when asked must be what the grammar builds for
    /// them (the scan without shortcuts), and an expression made with that value must equal them.
    @Test(arguments: [
        "Điều 5 quy định", "năm 0 và 00 và 2099 và 2100", "mã 010010000000000010 cấp",
        "số 999999999999999999 và 100000000000000000 và 000000000000000001",
    ])
    func plainDigitsGiveTheGrammarsValue(_ line: String) throws {
        let tokenized = Tokenizer().tokenize(line)
        let parser = NumberParser()
        let fast = parser.scan(tokenized)
        let reference = parser.scan(tokenized, shortcuts: false)
        #expect(fast.count == reference.count && !fast.isEmpty)
        for (found, expected) in zip(fast, reference) {
            #expect(found.storedValue == nil, "\(found.text) is read by the plain-digit shortcut")
            #expect(found.typedValue == expected.typedValue)
            #expect(found.label == .number && found.unit == nil && found.date == nil && found.bounds == nil)
            #expect(found.value == expected.value)
            #expect(found.attributes == expected.attributes)
            #expect(found == expected && found.hashValue == expected.hashValue)
            let made = NumericExpression(
                expected.typedValue, text: found.text, scalarRange: found.scalarRange, utf8Range: found.utf8Range,
                tokenRange: found.tokenRange)
            #expect(made == found && made.hashValue == found.hashValue)
        }
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

    /// A run of more than 18 digits is an identifier when scanning (``Recognizer/longestRunOfDigits``),
    /// by the shortcut and the grammar alike; a whole phrase is still read exactly.
    @Test func longerRunsOfDigitsAreIdentifiers() {
        let line = "### 230040000000000020000050000000000000000003600000000000000000\nmã 1234567890123456789 và 123456789012345678;"
        let parser = NumberParser()
        let tokenized = Tokenizer().tokenize(line)
        #expect(parser.scan(tokenized).map(\.text) == ["123456789012345678"])
        #expect(parser.scan(tokenized, shortcuts: false).map(\.text) == ["123456789012345678"])
        #expect(parser.scan(tokenized, shortcuts: false, everyToken: true).map(\.text) == ["123456789012345678"])
        #expect(parsed("1234567890123456789") == "NUMBER value=1234567890123456789")
        #expect(scanned("1.000.000.000.000.000.000 đồng") == ["1.000.000.000.000.000.000 đồng → MONEY value=1000000000000000000 unit=VND"])
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

    /// A plain-digit text gives its value attribute from the digits; it must be the value's own text.
    @Test(arguments: [
        "0", "000", "05", "2019", "2100", "010010000000000010", "000000000000000000", "123456789012345678",
    ])
    func plainDigitValuesAreTheValuesText(_ digits: String) throws {
        let found = try #require(NumberParser().scan(Tokenizer().tokenize("mã \(digits) cấp")).first)
        let value = try #require(found.value)
        #expect(found.text == digits)
        #expect(found.attributes == [NumericExpression.Attribute("value", value.description)])
        #expect(value == ExactDecimal(digits))
        let made = NumericExpression(.number(value), text: digits, scalarRange: 0..<1, utf8Range: 0..<1)
        #expect(made.attributes == found.attributes)
        // Made by hand, the text need not spell the value: the value decides.
        let mismatched = NumericExpression(.number(ExactDecimal(8)), text: digits, scalarRange: 0..<1, utf8Range: 0..<1)
        #expect(mismatched.attributes.map(\.description) == ["value=8"])
    }

    @Test func otherTextsGiveTheValuesText() {
        let spelled = NumericExpression(.number(ExactDecimal(7)), text: "bảy", scalarRange: 0..<3, utf8Range: 0..<4)
        #expect(spelled.attributes.map(\.description) == ["value=7"])
        let grouped = NumericExpression(.number(ExactDecimal(1099)), text: "1.099", scalarRange: 0..<5, utf8Range: 0..<5)
        #expect(grouped.attributes.map(\.description) == ["value=1099"])
    }

    @Test func aWholePhraseKeepsItsText() throws {
        let expression = try NumberParser().parse("  hai mươi mốt nghìn. ")
        #expect(expression.text == "hai mươi mốt nghìn")
    }
}
