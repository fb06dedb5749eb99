import Testing
import VietTokenizer

@testable import VietRules

/// A token predicate of a sub-pattern is compiled once however many rules expand it
/// (``RuleCompiler/predicateTests``): every expansion reads the same test, which matches as a
/// predicate written in place does, and a predicate with an error still fails every rule using it.
@Suite("Predicate reuse")
struct PredicateReuseTests {
    @Test func expansionsOfOneSubPatternShareTheirTests() throws {
        let set = try RuleSet(
            source: """
                define TITLE = [is:capitalized & !"Và"] | "ông"i
                rule one match "tại" <TITLE> emit ONE
                rule two match <TITLE> "nói" emit TWO
                rule three match [is:capitalized & !"Và"] "đến" emit THREE
                """)
        let tests = set.storage.tests
        // "tại", the two of TITLE, "nói", "đến": written twice, the conjunction is one test.
        #expect(tests.count == 5)
        let labels = set.matches(in: Tokenizer().tokenize("tại Ông Ba nói, Hà đến")).map(\.label)
        #expect(Set(labels) == ["ONE", "TWO", "THREE"])
    }

    @Test func aFailedPredicateFailsEveryRuleThatExpandsIt() {
        #expect(throws: RuleLoadError.self) {
            try RuleSet(
                source: """
                    define BAD = [kind:nosuch]
                    rule one match <BAD> "a" emit ONE
                    rule two match "b" <BAD> emit TWO
                    """)
        }
    }
}
