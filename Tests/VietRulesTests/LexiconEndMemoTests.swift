import Testing
import VietTokenizer

@testable import VietRules

/// ``LexiconEndMemo`` answers from a direct table for the first ``LexiconEndMemo/directStarts``
/// tokens of a line and from a map beyond: both must hold what was stored, and forget it at the
/// next line.
@Suite("Lexicon end memo")
struct LexiconEndMemoTests {
    @Test func storesAndForgetsDirectAndOverflowStarts() {
        var memo = LexiconEndMemo(lexiconCount: 3)
        defer { memo.deallocate() }
        memo.startLine()
        let starts = [0, 7, LexiconEndMemo.directStarts - 1, LexiconEndMemo.directStarts, 5_000]
        for (index, start) in starts.enumerated() {
            #expect(memo[lexicon: 2, start: start] == nil)
            memo[lexicon: 2, start: start] = index..<(index + 2)
        }
        for (index, start) in starts.enumerated() {
            #expect(memo[lexicon: 2, start: start] == index..<(index + 2))
            // Other lexicons at the same start are other entries.
            #expect(memo[lexicon: 1, start: start] == nil)
        }
        memo.startLine()
        for start in starts { #expect(memo[lexicon: 2, start: start] == nil) }
    }

    /// A line far longer than the direct table (450 tokens): entries found at every start, direct
    /// and overflow, memoised ones included.
    @Test func matchesLexiconEntriesAllAlongALongLine() throws {
        let rules = try RuleSet(
            source: """
                lexicon CITY = "Hà Nội" | "Hà" ignore case
                rule city match c:@CITY emit CITY text = c
                rule cityThen match @CITY "x" emit AFTER
                """)
        let line = Array(repeating: "Hà Nội x", count: 150).joined(separator: " ")
        let matches = rules.makeMatcher().matches(in: Tokenizer().tokenize(line))
        // (Both rules walk the lexicon at each start: the second finds the first one's ends in the
        // memo. The longer AFTER match wins each overlap.)
        #expect(matches.count == 150)
        #expect(matches.allSatisfy { $0.label == "AFTER" && $0.text == "Hà Nội x" })
        #expect(matches.last?.tokenRange == 447..<450)
    }
}
