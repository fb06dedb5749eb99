import Testing

@testable import VietRules

/// `trim(x)` skips the Unicode property look-up for letters and digits (`ScalarClass`) and returns its
/// argument itself when there is nothing to trim; `date(y)` pads a year of ASCII digits from their
/// bytes. Both must give what the general code gives.
@Suite("Trim and padded years")
struct TrimAndYearTests {
    /// No environment is read by `trim`.
    struct NoEnvironment: ExpressionEnvironment {
        func captureText(_ index: Int) -> String? { nil }
        func captureAttribute(_ index: Int, _ name: String) -> String? { nil }
        func captureLabel(_ index: Int) -> String? { nil }
        func lexiconValue(_ index: Int, forText text: String) -> String? { nil }
        func lexiconExpansion(_ index: Int, of text: String) -> String { text }
    }

    /// The definition `trim` had before its fast paths.
    static func reference(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let keep: (Unicode.Scalar) -> Bool = { !$0.properties.isWhitespace && !"-–,.;:()\"'".unicodeScalars.contains($0) }
        guard let first = scalars.firstIndex(where: keep), let last = scalars.lastIndex(where: keep) else { return "" }
        return String(scalars[first...last])
    }

    @Test func latinLettersAreNeverTrimmed() {
        for value in UInt32(0)...0x1FFF {
            guard let scalar = Unicode.Scalar(value), ScalarClass.isWordy(scalar) else { continue }
            #expect(!scalar.properties.isWhitespace && !"-–,.;:()\"'".unicodeScalars.contains(scalar), "U+\(String(value, radix: 16))")
        }
    }

    @Test(arguments: [
        "Nguyễn Văn A", " Nguyễn Văn A ", "(Trần Hưng Đạo),", "– Lê Lợi –", "\u{00A0}Hà Nội\u{3000}", "", " ", "-.,",
        "Đ", "x", "ờ", "1945", "A\u{0301}", "\u{0301}", "Phạm Văn Đồng.", "'Ông'", "e\u{2028}",
    ])
    func sameAsTheGeneralDefinition(_ text: String) throws {
        let value = try Builtin.trim.apply(CollectionOfOne(RuleValue.text(text)), in: NoEnvironment())
        #expect(value == .text(Self.reference(text)))
    }

    @Test func absentStaysAbsent() throws {
        #expect(try Builtin.trim.apply(CollectionOfOne(RuleValue.absent), in: NoEnvironment()) == .absent)
    }

    @Test func paddedYears() {
        #expect(TypedExpression.paddedYear("1945") == "1945")
        #expect(TypedExpression.paddedYear("503") == "0503")
        #expect(TypedExpression.paddedYear("7") == "0007")
        for text in ["", "12345", "19a5", "-19", "１９４５", "19 5", "ⅰ"] { #expect(TypedExpression.paddedYear(text) == nil, "\(text)") }
    }
}
