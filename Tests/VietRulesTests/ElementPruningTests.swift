import Testing
import VietTokenizer

@testable import VietRules

/// Without a trace, the automaton drops a thread that stops at a lexicon element no entry of which
/// starts there, or at a label no span of which starts there and ends later (`add`, `start`), and
/// does not start a label-first rule whose element after the span is such a lexicon element
/// (``MatcherCore/labelStartContinues(_:label:at:instructions:document:)``). With a trace, every
/// such thread is kept and dies in the main loop instead. These tests check that both give the
/// same matches: entries of several tokens, forms that only begin longer entries, greedy and lazy
/// choices, captures saved around alternatives, and labelled spans of several lengths.
@Suite("Element pruning")
struct ElementPruningTests {
    /// The matches of `rules` on each line, without and with a trace (one matcher each, reused).
    func matchesWithAndWithoutTrace(_ rules: String, _ lines: [String], annotations: [[Annotation]] = []) throws
        -> (plain: [[String]], traced: [[String]])
    {
        let set = try RuleSet(source: rules)
        let plain = set.makeMatcher(), traced = set.makeMatcher()
        var results: ([[String]], [[String]]) = ([], [])
        for (index, line) in lines.enumerated() {
            let text = Tokenizer().tokenize(line)
            let spans = index < annotations.count ? annotations[index] : []
            results.0.append(describe(plain.matches(in: text, annotations: spans)))
            results.1.append(describe(traced.matches(in: text, annotations: spans, trace: MatchTrace())))
        }
        return results
    }

    @Test func lexiconElementsInTheMiddleAndAtTheStart() throws {
        let rules = """
            lexicon CITY = "Hà Nội" | "Hà Giang" | "Huế" | "Thành phố Hồ Chí Minh"
            rule place match "tại"i c:@CITY emit PLACE city = c
            rule lazy match "từ"i c:@CITY+? "đến"i emit ROUTE
            rule greedy match c:(@CITY ("," | "và"))+ @CITY emit LIST
            rule first match @CITY "là"i emit SUBJECT
            """
        let lines = [
            "Ông ở tại Hà Nội và Huế, tại Hà Tĩnh thì không.",
            "Đi từ Hà Giang Huế đến Hà Nội, từ Thành phố Hồ Chí Minh đến đâu?",
            "Hà Nội, Huế và Hà Giang là ba nơi; Hà là họ; Thành phố là chữ.",
            "tại Thành phố Hồ Chí",
        ]
        let (plain, traced) = try matchesWithAndWithoutTrace(rules, lines)
        #expect(plain == traced)
        // (The list, longer, wins over both places it overlaps; "Hà Tĩnh" is no entry.)
        #expect(plain[0] == ["LIST Hà Nội và Huế"])
        #expect(plain[3].isEmpty)
    }

    @Test func labelElementsInTheMiddleAndAfterALabelFirstRule() throws {
        let rules = """
            lexicon UNIT = "ki lô gam" | "mét" | "đồng"
            rule amount match n:NUMBER u:@UNIT emit AMOUNT unit = u
            rule range match "từ"i NUMBER "đến"i NUMBER emit RANGE
            rule either match (NUMBER | "một"i) "lần"i emit TIMES
            """
        let number = { (range: Range<Int>) in Annotation(label: "NUMBER", tokenRange: range, attributes: []) }
        let lines = ["từ 3 đến 5 ki lô gam và 7 mét", "2 lần, một lần, 4 ki lô", "12 34 đồng"]
        let annotations = [
            [number(1..<2), number(3..<4), number(8..<9)],
            [number(0..<1), number(6..<7)],
            // Two spans from the same token: the longer one ends before "đồng".
            [number(0..<1), number(0..<2)],
        ]
        let (plain, traced) = try matchesWithAndWithoutTrace(rules, lines, annotations: annotations)
        #expect(plain == traced)
        #expect(plain[0].contains("AMOUNT 7 mét unit=mét"))
        #expect(plain[2] == ["AMOUNT 12 34 đồng unit=đồng"])
    }

    @Test func capturesSavedAroundAlternativesAreRestored() throws {
        // The first alternative saves a capture and fails; the second must not see its position.
        let rules = """
            lexicon L = "a b" | "c"
            rule r match (x:"p" @L | "p" y:"q") z:_ emit R x = x, y = y, z = z
            """
        let (plain, traced) = try matchesWithAndWithoutTrace(rules, ["p q r", "p a b s", "p a t"])
        #expect(plain == traced)
        #expect(plain[0] == ["R p q r y=q z=r"])
        #expect(plain[1] == ["R p a b s x=p z=s"])
        #expect(plain[2].isEmpty)
    }
}
