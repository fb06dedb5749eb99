import Testing
import VietTokenizer

@testable import VietRules

/// A rule set's matchers switch, after ``RuleMatcher/linesBeforeSharing`` lines, to the form table a
/// finished matcher handed back (``FormTableCache``). These tests pin down that the hand-over
/// happens, only between matchers that lived that long, that it never changes what a matcher
/// finds — whether the later matcher meets the same forms, new ones, or both — and that a matcher
/// adding forms does not change the table others start from.
@Suite("Form table cache")
struct FormTableCacheTests {
    /// Literals in several key modes, a multi-token lexicon walk, a regex, a shape, a look-behind.
    static let rules = """
        lexicon PLACE = "Hà Nội" | "Nam Định" | "Thành phố Hồ Chí Minh" | "Hà Nam" ignore case
        rule place match p:@PLACE emit LOCATION name = p
        rule province match "tỉnh"i p:[is:capitalized]+ emit LOCATION name = p
        rule code match c:/[0-9]+\\/[A-Z]+/ emit CODE text = c
        rule year match "năm"id y:[shape:"dddd"] emit DATE value = y
        rule after match (?<= "ông") n:[is:capitalized] emit PERSON name = n
        """

    static let firstLines = [
        "Ông Nam về Hà Nội năm 2019 theo văn bản 17/NQ",
        "UBND tỉnh Nam Định và thành phố Hồ Chí Minh",
    ]
    /// Forms of the first lines, and new ones (spellings differing in case and marks included).
    static let laterLines = [
        "Nam năm 2020 ông Bình ra HÀ NỘI",
        "tỉnh Hà Nam, Nam Định, văn bản 36/CP năm 1999",
        "Ông Nam về Hà Nội năm 2019 theo văn bản 17/NQ",
    ]

    func describe(_ matches: [Match]) -> [String] {
        matches.map { "\($0.label) \($0.text) \($0.tokenRange) " + $0.attributes.map { "\($0.name)=\($0.value)" }.joined(separator: " ") }
    }

    func run(_ matcher: RuleMatcher, _ lines: [String]) -> [[String]] {
        let tokenizer = Tokenizer()
        return lines.map { describe(matcher.matches(in: tokenizer.tokenize($0))) }
    }

    /// Runs `lines` once the matcher has lived past ``RuleMatcher/linesBeforeSharing`` lines (an
    /// empty line until then): a matcher that took the shared table, and hands its own back.
    func runLong(_ matcher: RuleMatcher, _ lines: [String]) -> [[String]] {
        _ = run(matcher, Array(repeating: "", count: RuleMatcher.linesBeforeSharing))
        return run(matcher, lines)
    }

    @Test func aNewMatcherStartsFromWhatAFinishedOneLearnt() throws {
        let set = try RuleSet(source: Self.rules)
        #expect(set.formCache.snapshot() == nil)
        let learnt: Int
        do {
            let first = set.makeMatcher()
            _ = runLong(first, Self.firstLines)
            learnt = first.core.forms.forms.count
        }
        #expect(learnt > 0)
        #expect(set.formCache.snapshot()?.forms.count == learnt)
        let second = set.makeMatcher()
        _ = run(second, Array(repeating: "", count: RuleMatcher.linesBeforeSharing))
        #expect(second.core.forms.forms.count < learnt, "its own table until it has lived long enough")
        _ = run(second, [""])
        #expect(second.core.forms.forms.count == learnt)
    }

    /// A matcher made for a few lines neither takes the shared table (whose copy on its first new
    /// form would cost more than the lines) nor hands its own back (the shared table would grow by
    /// a copy per line when such matchers are made one after another).
    @Test func aShortLivedMatcherKeepsToItsOwnTable() throws {
        let set = try RuleSet(source: Self.rules)
        do { _ = runLong(set.makeMatcher(), Self.firstLines) }
        let shared = try #require(set.formCache.snapshot()).forms.count
        for line in Self.laterLines {
            let short = set.makeMatcher()
            _ = run(short, [line])
            #expect(short.core.forms.forms.count < shared)
        }
        #expect(set.formCache.snapshot()?.forms.count == shared)
        #expect(set.matches(in: Tokenizer().tokenize(Self.laterLines[0])).isEmpty == false)
        #expect(set.formCache.snapshot()?.forms.count == shared)
    }

    @Test func matchesAreTheSameWithALearntTable() throws {
        let set = try RuleSet(source: Self.rules)
        let fresh = try RuleSet(source: Self.rules)
        do { _ = runLong(set.makeMatcher(), Self.firstLines) }
        let warm = runLong(set.makeMatcher(), Self.laterLines)
        let cold = run(fresh.makeMatcher(), Self.laterLines)
        #expect(warm == cold)
        #expect(warm.joined().contains { $0.hasPrefix("LOCATION HÀ NỘI") })
        #expect(warm.joined().contains { $0.hasPrefix("CODE 36/CP") })
    }

    @Test func addingFormsLeavesTheSharedTableAsItWas() throws {
        let set = try RuleSet(source: Self.rules)
        do { _ = runLong(set.makeMatcher(), Self.firstLines) }
        let shared = try #require(set.formCache.snapshot()).forms.count
        let later = set.makeMatcher()
        _ = runLong(later, Self.laterLines)
        #expect(later.core.forms.forms.count > shared)
        // Until the later matcher is done, others start from the table as it was.
        #expect(set.formCache.snapshot()?.forms.count == shared)
        let meanwhile = set.makeMatcher()
        #expect(runLong(meanwhile, Self.laterLines) == run(later, Self.laterLines))
    }

    @Test func aMatcherThatLearntLessDoesNotReplaceTheTable() throws {
        let set = try RuleSet(source: Self.rules)
        do { _ = runLong(set.makeMatcher(), Self.firstLines + Self.laterLines) }
        let kept = try #require(set.formCache.snapshot()).forms.count
        do {
            // A matcher that lived long enough to hand its table back but kept an empty one (as
            // if made before any hand-over) and met a few forms only.
            let small = RuleMatcher(storage: set.storage, formCache: set.formCache)
            _ = runLong(small, [""])
            small.core.forms = FormTable()
            small.core.forms.seedPhases = set.storage.phases.count
            _ = run(small, ["Hà Nội"])
            #expect(small.core.forms.forms.count < kept)
        }
        #expect(set.formCache.snapshot()?.forms.count == kept)
    }

    /// `RuleSet`'s public documentation states both numbers.
    @Test func documentedLimits() {
        #expect(RuleMatcher.linesBeforeSharing == 512)
        #expect(FormTable.capacity == 400_000)
    }

    @Test func copiesOfARuleSetShareTheTable() throws {
        let set = try RuleSet(source: Self.rules)
        let copy = set
        do { _ = runLong(copy.makeMatcher(), Self.firstLines) }
        #expect(set.formCache.snapshot()?.forms.count == copy.formCache.snapshot()?.forms.count)
        #expect(set.formCache.snapshot() != nil)
    }
}
