import Testing

@testable import VietRules

/// ``LexiconFileParser`` reads lines on bytes; these tests hold it to the Character-based definition
/// of the lexicon file format on awkward input and on every shipped lexicon file.
@Suite struct LexiconFileParserTests {
    /// The definition: Character lines, trimmed of " \t\r", "#" comments, key TAB value.
    static func reference(_ text: String) -> [(key: String, value: String?)] {
        var entries: [(key: String, value: String?)] = []
        for rawLine in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let line = rawLine.trimmingCharacters(in: " \t\r")
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            guard let tab = line.firstIndex(of: "\t") else {
                entries.append((line, nil))
                continue
            }
            let value = String(line[line.index(after: tab)...]).trimmingCharacters(in: " \t")
            entries.append((String(line[..<tab]).trimmingCharacters(in: " "), value.isEmpty ? nil : value))
        }
        return entries
    }

    static func same(_ a: [(key: String, value: String?)], _ b: [(key: String, value: String?)]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    @Test(arguments: [
        "", "\n\n", "a", "a\nb", "  Sở Tài chính  \n", "# comment\nUBND\tỦy ban nhân dân\n", "TT&TT \t  Thông tin và Truyền thông \t",
        "a\r\nb\rc\n", "\t\n \n", "key\t", "key\t \t", " \u{0301}đầu\n", "x\t \u{0301}y", "a \u{0301}\tb", "#\tx", " # not a comment?",
        "Đắk Lắk\nĐắk Nông\tDN\r\n", "a\tb\tc", "\u{00A0}nbsp\u{00A0}",
    ])
    func agreesWithTheCharacterDefinition(text: String) {
        #expect(Self.same(LexiconFileParser.entries(in: text), Self.reference(text)), "\(text.debugDescription)")
    }

    @Test func agreesOnEveryShippedLexiconFile() throws {
        let files = try ShippedRuleFiles.texts(in: "lexicons", suffix: ".txt")
        #expect(files.count >= 10)
        for (file, text) in files {
            #expect(Self.same(LexiconFileParser.entries(in: text), Self.reference(text)), "\(file)")
        }
    }
}
