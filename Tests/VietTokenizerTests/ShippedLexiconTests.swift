import Foundation
import Testing

@testable import VietTokenizer

/// The shipped lexicon is read from a compiled-in snapshot of its tables
/// (`Generated/ShippedLexiconSnapshot.swift`); these tests hold it to the lexicon its words build
/// (``ShippedLexicon/parsed(_:)`` of ``ShippedLexiconData/text``). When they disagree (new words
/// from Scripts/build-lexicon.py, a change in how syllables are keyed), the test writes the
/// regenerated snapshot file and names it in its failure.
@Suite struct ShippedLexiconTests {
    /// The lexicon built word by word, the slow way.
    static let parsed = ShippedLexicon.parsed(ShippedLexiconData.text)

    /// The counts the tables are sized for are the counts they end with, so building the lexicon
    /// never grows a table (and the tables are the size they would have grown to).
    @Test func tablesAreSizedForTheirKeys() {
        let lexicon = Self.parsed
        #expect(
            lexicon.syllables.count == ShippedLexicon.syllableKeys,
            "set ShippedLexicon.syllableKeys to \(lexicon.syllables.count)")
        #expect(lexicon.words.count == ShippedLexicon.wordKeys, "set ShippedLexicon.wordKeys to \(lexicon.words.count)")
        #expect(lexicon.syllables.slotCount == HashTable(capacity: lexicon.syllables.count, filtered: false).slotCount)
        #expect(lexicon.words.slotCount == HashTable(capacity: lexicon.words.count, filtered: true).slotCount)
    }

    /// How `table` differs from `expected`, key by key in insertion order, then slot by slot.
    static func differences(_ name: String, _ table: HashTable, _ expected: HashTable) -> [String] {
        var differences: [String] = []
        if table.count != expected.count || table.slotCount != expected.slotCount {
            differences.append(
                "\(name): \(table.count) keys in \(table.slotCount) slots, expected \(expected.count) in \(expected.slotCount)"
            )
        }
        func hex(_ number: (some BinaryInteger)?) -> String { number.map { String($0, radix: 16) } ?? "none" }
        for (index, key) in expected.keys.enumerated() {
            let found = index < table.keys.count ? table.keys[index] : nil
            let (value, wanted) = (found.flatMap { table.value(mixed: $0) }, expected.value(mixed: key))
            if found != key || value != wanted {
                differences.append(
                    "\(name) key \(index): \(hex(found)) → \(hex(value)), expected \(hex(key)) → \(hex(wanted))")
            }
        }
        if differences.isEmpty, table != expected {
            differences.append("\(name): the same keys and values in other slots")
        }
        return differences
    }

    /// How `lexicon` differs from `expected`: counts, then every key and value of both tables.
    static func differences(_ lexicon: Lexicon, _ expected: Lexicon) -> [String] {
        var differences: [String] = []
        for (name, value, wanted) in [
            ("next syllable id", Int(lexicon.nextSyllable), Int(expected.nextSyllable)),
            ("word count", lexicon.count, expected.count),
            ("longest word", lexicon.longestWord, expected.longestWord),
        ] where value != wanted {
            differences.append("\(name): \(value), expected \(wanted)")
        }
        differences += Self.differences("syllable table", lexicon.syllables, expected.syllables)
        differences += Self.differences("word table", lexicon.words, expected.words)
        return differences
    }

    /// The snapshot is what the words give, and reads back as the lexicon they build, entry by entry.
    @Test func snapshotIsTheLexiconOfTheWords() throws {
        let snapshot = ShippedLexicon.snapshot(of: Self.parsed, parsedFrom: ShippedLexiconData.text)
        // (A stale snapshot is not read: it may not even be one.)
        let differences =
            snapshot == ShippedLexiconSnapshot.text
            ? Self.differences(ShippedLexicon.lexicon, Self.parsed) : ["its text is not what the words give"]
        guard !differences.isEmpty else { return }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ShippedLexiconSnapshot.swift").path
        try ShippedLexicon.snapshotSource(snapshot, of: Self.parsed).write(
            toFile: path, atomically: true, encoding: .utf8)
        Issue.record(
            """
            The shipped lexicon's snapshot differs from the lexicon its words build (\(differences.count) \
            differences; first: \(differences.prefix(5).joined(separator: "; "))). Regenerated file: \(path) — \
            copy it to Sources/VietTokenizer/Generated/ShippedLexiconSnapshot.swift.
            """)
    }

    /// A snapshot of a lexicon that grew past its first table sizes, with one-syllable words, both
    /// tone placements and weights, reads back as that lexicon.
    @Test func snapshotOfAGrownLexiconReadsBack() {
        let words =
            ["hoà bình", "hòa giải", "xe", "xe đạp điện", "thuý", "ba bảy hai mươi mốt"]
            + (0..<40).map { "từ số \($0) nữa" }
        // Tables of 16 slots, which these words grow several times.
        var lexicon = Lexicon(syllableKeys: 1, wordKeys: 1)
        var keys: [[UInt64]] = []
        for (index, word) in words.enumerated() {
            lexicon.insert(word, weight: Float(index % 3) * 0.7)
            keys.append(Lexicon.syllables(of: word).map { SyllableKey.normalizedHash($0) })
        }
        let read = Lexicon(snapshot: lexicon.snapshot(words: keys))
        #expect(Self.differences(read, lexicon) == [])
        #expect(read.contains("HOÀ GIẢI") && read.contains("xe") && !read.contains("xe đạp"))
    }
}
