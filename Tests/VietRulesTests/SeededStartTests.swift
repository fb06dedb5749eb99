import Testing
import VietTokenizer

@testable import VietRules

/// A rule started from the per-form seed list skips its first test when that test is known to pass
/// on the token's text (``MatcherCore/entryTestPasses(_:phase:form:)``). These tests pin down which
/// rules are marked so, and that matching is the same as testing again: loops back to the first
/// test, look-behinds before it, captures around it, and first elements that must not be skipped.
@Suite("Seeded starts")
struct SeededStartTests {
    /// Whether the matcher would mark each rule of `rules` as passing its first test at `word`.
    func marks(_ rules: String, at word: String) throws -> [Bool] {
        let set = try RuleSet(source: rules)
        var core = MatcherCore(storage: set.storage)
        defer { core.deallocate() }
        let form = Array(word.utf8).withUnsafeBufferPointer { core.forms.id(of: $0) }
        return set.storage.rules.indices.map { core.entryTestPasses($0, phase: set.storage.rules[$0].phase, form: form) }
    }

    @Test func marksOnlyPlainChainsEndingAtATextTestThatPasses() throws {
        let rules = """
            rule literal match "Nam" _ emit A
            rule folded match "nam"id _ emit A
            rule behind match (?<= _) "Nam" emit A
            rule negated match [!"Nam"] _ emit A
            rule other match "Bắc" _ emit A
            rule flag match [is:capitalized] _ emit A
            rule alternation match ("Nam" | "Bắc") _ emit A
            lexicon L = "Nam Định"
            rule lexicon match @L emit A
            """
        #expect(try marks(rules, at: "Nam") == [true, true, true, false, false, false, false, false])
        // (The negated test passes on any other word; the literal ones do not.)
        #expect(try marks(rules, at: "Hà") == [false, false, false, true, false, false, false, false])
    }

    @Test func loopBackToTheFirstTestKeepsTheEarlierStart() throws {
        // Every "la" seeds the rule; the thread started first must keep the longest match.
        let matches = try run(#"rule r match w:"la"i+ emit R text = w"#, "la La LA x la")
        #expect(describe(matches) == ["R la La LA text=la La LA", "R la text=la"])
    }

    @Test func capturesAroundASkippedTest() throws {
        let rules = #"rule r match w:("Nam" n:_) emit R text = w, next = n"#
        #expect(describe(try run(rules, "ông Nam Định và Nam Bộ")) == ["R Nam Định text=Nam Định next=Định", "R Nam Bộ text=Nam Bộ next=Bộ"])
    }

    @Test func lookBehindBeforeASkippedTest() throws {
        let rules = #"rule r match (?<= "ông") "Nam" emit P"#
        #expect(describe(try run(rules, "ông Nam và Nam")) == ["P Nam"])
    }

    @Test func firstElementsThatAreNotSkipped() throws {
        let rules = """
            rule flag match [is:capitalized] "Nam" emit F
            rule negated match [!"a"] "b" emit N
            rule alternation match ("x" | "y") "z" emit X
            """
        #expect(describe(try run(rules, "nam Nam Nam")) == ["F Nam Nam"])
        #expect(describe(try run(rules, "c b a b")) == ["N c b"])
        #expect(describe(try run(rules, "x z y z w z")) == ["X x z", "X y z"])
    }

    @Test func caseSensitiveAndInsensitiveRulesOnTheSameWord() throws {
        let rules = """
            rule exact match "Nam" _ emit E
            rule any match "nam"i _ emit I
            """
        // At "Nam" both rules start and match the same tokens: the earlier rule wins the tie.
        #expect(describe(try run(rules, "nam x Nam y")) == ["I nam x", "E Nam y"])
    }
}
