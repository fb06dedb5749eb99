import Testing

@testable import VietTokenizer

/// The shipped lexicon's tables are sized once, for the keys it holds.
@Suite struct ShippedLexiconTests {
    /// The counts the tables are sized for are the counts they end with, so building the lexicon
    /// never grows a table (and the tables are the size they would have grown to).
    @Test func tablesAreSizedForTheirKeys() {
        let lexicon = Lexicon.shipped
        #expect(
            lexicon.syllables.count == ShippedLexicon.syllableKeys,
            "set ShippedLexicon.syllableKeys to \(lexicon.syllables.count)")
        #expect(lexicon.words.count == ShippedLexicon.wordKeys, "set ShippedLexicon.wordKeys to \(lexicon.words.count)")
        #expect(lexicon.syllables.slotCount == HashTable(capacity: lexicon.syllables.count, filtered: false).slotCount)
        #expect(lexicon.words.slotCount == HashTable(capacity: lexicon.words.count, filtered: true).slotCount)
    }
}
