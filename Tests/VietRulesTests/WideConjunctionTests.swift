import Testing
import VietTokenizer

@testable import VietRules

/// A conjunction of five to eight simple parts is read from ``TokenTest/Flat/wideConjunction(_:)``,
/// its two packed halves, without the boxed ``TokenTest``: on every token it must answer as the
/// test it came from (and a longer one, or one with a part that is not simple, stays boxed).
@Suite("Wide conjunction tests")
struct WideConjunctionTests {
    static let rules = """
        lexicon STOP = "Tôi" | "Người"
        rule five match [kind:word & is:capitalized & !is:allcaps & is:syllable & !@STOP] emit FIVE
        rule eight match [kind:word & is:capitalized & !is:allcaps & is:syllable & !@STOP & !"Hà" & !"Nội" & !"Việt"] emit EIGHT
        rule nine match [kind:word & is:capitalized & !is:allcaps & is:syllable & !@STOP & !"Hà" & !"Nội" & !"Việt" & !"Nam"] emit NINE
        rule regex match [kind:word & is:capitalized & !is:allcaps & is:syllable & /^T/] emit REGEX
        """

    @Test func wideConjunctionsAnswerAsTheTestsTheyCameFrom() throws {
        let set = try RuleSet(source: Self.rules)
        let storage = set.storage
        // Five and eight parts are wide conjunctions; nine parts and a regex part are not.
        #expect(storage.flatTests.filter { if case .wideConjunction = $0 { true } else { false } }.count == 2)
        #expect(storage.wideConjunctions.count == 4)
        try expectFlatTestsAnswerAsFull(
            storage, on: ["Tôi gặp Người Hà Nội ở Việt Nam, ông Trần Văn Tám và TP HCM", "Nguyễn Thị Mai nói: Trời ơi, Internet!"])
        // And the rules find what they did (one rule at a time: at equal spans one match wins).
        func found(_ rule: String) throws -> [String] {
            let set = try RuleSet(source: "lexicon STOP = \"Tôi\" | \"Người\"\n" + rule)
            return RuleMatcher(storage: set.storage).matches(in: Tokenizer().tokenize("Tôi gặp Trần Hà")).map(\.text)
        }
        #expect(try found(#"rule five match [kind:word & is:capitalized & !is:allcaps & is:syllable & !@STOP] emit FIVE"#) == ["Trần", "Hà"])
        #expect(
            try found(#"rule eight match [kind:word & is:capitalized & !is:allcaps & is:syllable & !@STOP & !"Hà" & !"Nội" & !"Việt"] emit EIGHT"#)
                == ["Trần"])
    }
}
