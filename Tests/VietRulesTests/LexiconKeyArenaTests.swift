import Testing

@testable import VietRules

/// A lexicon file's entries keyed from its bytes (``LexiconKeyArena/add(_:)``, what the compiler
/// does) must give the arena that keying each entry's strings gives (``LexiconKeyArena/add(key:value:)``,
/// the general path): the same keys in the same order, heads, values and longest token bound.
@Suite struct LexiconKeyArenaTests {

    /// The arenas of `text` keyed both ways in `mode`, and how many entries came as bytes.
    static func arenas(of text: String, mode: KeyMode) -> (fromBytes: LexiconKeyArena, fromStrings: LexiconKeyArena, byteEntries: Int) {
        var fromBytes = LexiconKeyArena(mode: mode)
        var byteEntries = 0
        LexiconFileParser.forEachEntry(in: text) { entry in
            if case .bytes = entry { byteEntries += 1 }
            fromBytes.add(entry)
        }
        var fromStrings = LexiconKeyArena(mode: mode)
        LexiconFileParser.forEachEntry(in: text) { entry in
            let (key, value) = entry.strings
            fromStrings.add(key: key, value: value)
        }
        return (fromBytes, fromStrings, byteEntries)
    }

    /// The first difference between the two arenas, described, or nil when they agree.
    static func difference(_ fromBytes: LexiconKeyArena, _ fromStrings: LexiconKeyArena) -> String? {
        func key(_ arena: LexiconKeyArena, _ index: Int) -> String {
            String(decoding: arena.arena[arena.bounds[index]..<arena.bounds[index + 1]], as: UTF8.self)
        }
        guard fromBytes.count == fromStrings.count else { return "\(fromBytes.count) keys from bytes, \(fromStrings.count) from strings" }
        for index in 0..<fromBytes.count {
            let (byBytes, byStrings) = (key(fromBytes, index), key(fromStrings, index))
            if byBytes != byStrings { return "key \(index): \(byBytes.debugDescription) from bytes, \(byStrings.debugDescription) from strings" }
            if fromBytes.heads[index] != fromStrings.heads[index] { return "head of \(byBytes.debugDescription)" }
            if fromBytes.values[index] != fromStrings.values[index] {
                return "value of \(byBytes.debugDescription): \(String(describing: fromBytes.values[index])) against \(String(describing: fromStrings.values[index]))"
            }
        }
        if fromBytes.hasValues != fromStrings.hasValues { return "hasValues" }
        if fromBytes.longestTokenBound != fromStrings.longestTokenBound {
            return "longest token bound \(fromBytes.longestTokenBound) from bytes, \(fromStrings.longestTokenBound) from strings"
        }
        return nil
    }

    @Test func shippedLexiconsAgreeInEveryMode() throws {
        var byteEntries = 0
        var entries = 0
        for (file, text) in try ShippedRuleFiles.texts(in: "lexicons", suffix: ".txt") {
            for mode in KeyMode.allCases {
                let (fromBytes, fromStrings, bytes) = Self.arenas(of: text, mode: mode)
                if let difference = Self.difference(fromBytes, fromStrings) { Issue.record("\(file), \(mode): \(difference)") }
                byteEntries += bytes
                entries += fromStrings.count
            }
        }
        // Not vacuous: thousands of entries, nearly all of them read as bytes (8 679 keys in four modes).
        #expect(entries > 30_000)
        #expect(byteEntries > entries * 9 / 10)
    }

    /// Entries the byte path must hand to the general one or key the way it does: capitals, tone
    /// placements, decomposed marks, spaces next to non-ASCII scalars, values, comments, CRs.
    @Test(arguments: KeyMode.allCases)
    func awkwardEntriesAgree(mode: KeyMode) {
        let text = [
            "Hoà Bình\tHÒA BÌNH", "  ĐẮK LẮK  ", "TT&TT", "17/NQ-CP\t 17 ", "Ủy ban\tủy ban", "a \u{301}b", " \u{301}a", "café\t",
            "# comment", "", "x × y", "ǅ", "ẞ", "a\u{00A0}b", "Qúy", "Thuý\tthuý", "hoà-bình", "(a)", "日本", "ABC DEF", "a  b",
            "hoà1\r", "Cà Mau\r\nnext", "\t", "k\t\t v",
        ].joined(separator: "\n")
        let (fromBytes, fromStrings, byteEntries) = Self.arenas(of: text, mode: mode)
        #expect(Self.difference(fromBytes, fromStrings) == nil, "\(Self.difference(fromBytes, fromStrings) ?? "")")
        #expect(byteEntries > 10)
        #expect(fromStrings.count > 20)
    }
}
