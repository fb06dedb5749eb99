import Testing
import VietTokenizer

@testable import VietRules

/// `emit LABEL at n`: the match reports the tokens of capture `n`, not the whole pattern's, so that
/// a rule can start at rare context (the line's first DATE) and report what follows it, where a
/// look-behind before a broad first element would start the rule at every such token. These tests
/// pin down the reported span, how it competes with other matches, when a candidate is dropped,
/// the syntax's corner cases, and that a rule anchored at `^` before a label is seeded at the
/// line's start only.
@Suite("Reported captures")
struct ReportedCaptureTests {
    static let dated = #"""
        rule person match ^ NUMBER "-" n:[is:capitalized]{1,3} "," [is:lowercase]
          emit PERSON at n name = text(n)
        """#

    /// The tokens of a NUMBER span, as the number parser would give them to the rule engine.
    func year(_ tokens: Range<Int>) -> Annotation {
        Annotation(label: "NUMBER", tokenRange: tokens, attributes: [])
    }

    @Test func theMatchIsTheCapture() throws {
        let text = "1954 - Craig Wasson, diễn viên người Mỹ"
        let matches = try run(Self.dated, text, annotations: [year(0..<1)])
        #expect(describe(matches) == ["PERSON Craig Wasson name=Craig Wasson"])
        #expect(matches[0].tokenRange == 2..<4)
        #expect(matches[0].scalarRange == 7..<19)
    }

    @Test func theWholePatternMustStillMatch() throws {
        // No comma and calling after the name; no NUMBER at the line's start.
        #expect(try run(Self.dated, "1954 - Craig Wasson ký hiệp ước", annotations: [year(0..<1)]).isEmpty)
        #expect(try run(Self.dated, "Năm 1954 - Craig Wasson, diễn viên", annotations: [year(1..<2)]).isEmpty)
    }

    /// Overlaps are settled on the reported tokens: a longer match of another rule over the name
    /// wins, a shorter one inside it loses.
    @Test func overlapsAreSettledOnTheReportedTokens() throws {
        let rules = Self.dated + "\n" + #"""
            rule given match "Craig" emit GIVEN
            rule longer match "Craig" "Wasson" "," emit LONGER
            """#
        let matches = try run(rules, "1954 - Craig Wasson, diễn viên", annotations: [year(0..<1)])
        #expect(describe(matches) == ["LONGER Craig Wasson,"])
        let withoutLonger = try run(
            Self.dated + "\n" + #"rule given match "Craig" emit GIVEN"#, "1954 - Craig Wasson, diễn viên", annotations: [year(0..<1)])
        #expect(describe(withoutLonger) == ["PERSON Craig Wasson name=Craig Wasson"])
    }

    @Test func anEmptyCaptureReportsNothing() throws {
        let rules = #"rule r match "ông" n:[is:capitalized]? "nói" emit PERSON at n"#
        #expect(try describe(run(rules, "ông Nam nói")) == ["PERSON Nam"])
        #expect(try run(rules, "ông nói").isEmpty)
    }

    /// Under `overlap all`, two starts of one rule that report the same tokens give one match.
    @Test func sameTokensFromTwoStartsAreOneMatch() throws {
        let rules = #"""
            phase p overlap all
            rule r match ["a" | "b"]+ n:"X" emit M at n
            """#
        #expect(try describe(run(rules, "a b X")) == ["M X"])
    }

    @Test func atFollowedByEqualsIsAnAttribute() throws {
        let set = try RuleSet(source: #"rule r match n:"x" emit A at = "home""#)
        #expect(describe(set.matches(in: Tokenizer().tokenize("x"))) == ["A x at=home"])
        // `at` then a comma-separated list after the capture.
        let listed = try RuleSet(source: #"rule r match "y" n:"x" emit A at n, v = text(n)"#)
        #expect(describe(listed.matches(in: Tokenizer().tokenize("y x"))) == ["A x v=x"])
    }

    /// The same pattern reporting different captures is no shadowed rule.
    @Test func differentCapturesDoNotShadow() throws {
        let set = try RuleSet(
            source: #"""
                rule first match a:"x" b:"y" emit A at a
                rule second match a:"x" b:"y" emit B at b
                rule third match a:"x" b:"y" emit C at a
                """#)
        let shadowed = set.warnings.filter { $0.message.contains("shadowed") }.map(\.message)
        #expect(shadowed.count == 1)
        #expect(shadowed.first?.contains("rule 'third' is shadowed by rule 'first'") == true)
        #expect(describe(set.matches(in: Tokenizer().tokenize("x y"))) == ["A x", "B y"])
    }

    /// A rule whose every way begins `^` then a label is seeded by spans at the line's start only;
    /// one that may also begin elsewhere stays in the ordinary label index.
    @Test func anchoredLabelStartsAreSeededAtTheLineStartOnly() throws {
        let anchored = try RuleSet(source: Self.dated)
        let index = try #require(anchored.storage.phases.last).startIndex
        #expect(index.byLabel.allSatisfy { $0.isEmpty })
        #expect(index.byLabelAtLineStart.contains { !$0.isEmpty })
        let either = try RuleSet(source: #"rule r match (^ | "năm") NUMBER "x" emit A"#)
        let eitherIndex = try #require(either.storage.phases.last).startIndex
        #expect(eitherIndex.byLabel.contains { !$0.isEmpty })
        #expect(eitherIndex.byLabelAtLineStart.allSatisfy { $0.isEmpty })
        // Matching is unchanged: at the line's start, and not at a later span of the label.
        let text = "1954 - Craig Wasson, diễn viên; 1960 - Ada Lovelace, nhà toán học"
        let tokens = Tokenizer().tokenize(text)
        let later = try #require(tokens.tokens.firstIndex { tokens.text(of: $0) == "1960" })
        let matches = anchored.matches(in: tokens, annotations: [year(0..<1), year(later..<later + 1)])
        #expect(describe(matches) == ["PERSON Craig Wasson name=Craig Wasson"])
    }
}
