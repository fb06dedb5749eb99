import Testing

@testable import VietRules

/// ``KeyMode/phraseKey(_:)`` skips the Character split for phrases that are spaced already; these
/// tests hold it to the split's answer on awkward spacing and on every entry of the shipped lexicons.
@Suite struct PhraseKeyTests {
    /// The definition: every run of whitespace Characters becomes one space, ends trimmed.
    static func reference(_ mode: KeyMode, _ text: String) -> String {
        mode.key(text).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\n" })
            .joined(separator: " ")
    }

    @Test(arguments: [
        "", " ", "a", "Sở Thông tin", " Sở  Thông\ttin ", "Truyền thanh – Truyền hình", "a\u{00A0}b", "a \u{0301}b",
        "x \u{FE0F}y", "Đắk Lắk", "tỉnh Đắk Lắk", "hội đồng", "TP. Hồ Chí Minh", "a\r\nb", "a \r b", "ủy ban ", "日本 語",
        "a \u{200D}b", "Cà Mau\n", "\u{0301} đầu",
    ])
    func agreesWithTheCharacterSplit(text: String) {
        for mode in KeyMode.allCases { #expect(mode.phraseKey(text) == Self.reference(mode, text), "\(mode) \(text.debugDescription)") }
    }

    @Test func agreesOnEveryShippedLexiconEntry() throws {
        let files = try ShippedRuleFiles.texts(in: "lexicons", suffix: ".txt")
        #expect(files.count >= 10)
        var checked = 0
        for (file, text) in files {
            for entry in RuleCompiler.parseLexiconFile(text) {
                for mode in KeyMode.allCases where mode.phraseKey(entry.key) != Self.reference(mode, entry.key) {
                    Issue.record("\(file): \(entry.key) (\(mode))")
                }
                checked += 1
            }
        }
        #expect(checked > 8_000)
    }
}
