import Testing

@testable import VietRules

/// The fast answers of ``ScalarClass`` are Unicode's for every scalar, and the byte-level
/// ``SourceFile/location(ofByte:)`` counts columns as decoding the line's bytes does.
@Suite("Scalar classes")
struct ScalarClassTests {
    @Test func answersAsUnicodePropertiesForEveryScalar() {
        var mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let properties = scalar.properties
            if ScalarClass.isWhitespace(scalar) != properties.isWhitespace
                || ScalarClass.isWordy(scalar) != (properties.isAlphabetic || properties.numericType != nil)
            {
                mismatches.append("U+\(String(value, radix: 16, uppercase: true))")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    @Test func textQuestionsAskEveryScalar() {
        #expect(ScalarClass.containsWhitespace("Hà\u{3000}Nội"))
        #expect(!ScalarClass.containsWhitespace("Hà-Nội😀"))
        #expect(ScalarClass.isAllWhitespace(" \t\u{A0}\u{2003}"))
        #expect(ScalarClass.isAllWhitespace(""))
        #expect(!ScalarClass.isAllWhitespace(" \u{300}"))
        #expect(CompiledLexicon.tokenBound("Thông tin 😀 và 17/NQ") == 8)
    }

    @Test func columnsCountTheScalarsBeforeAnOffsetEvenInsideOne() {
        let text = "ab\nHà Nội 😀 x\u{301}\r\nĐ\n\nend"
        let file = SourceFile(path: "t.rules", text: text)
        let utf8 = Array(text.utf8)
        for offset in -1...(utf8.count + 2) {
            // The former reckoning: decode the line's bytes up to the offset, count the scalars.
            let clamped = max(0, min(offset, utf8.count))
            let lineStart = utf8[..<clamped].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let line = utf8[..<clamped].filter { $0 == 0x0A }.count + 1
            let column = String(decoding: utf8[lineStart..<clamped], as: UTF8.self).unicodeScalars.count + 1
            let location = file.location(ofByte: offset)
            #expect(location.line == line && location.column == column && location.byteOffset == clamped, "offset \(offset)")
        }
    }
}
