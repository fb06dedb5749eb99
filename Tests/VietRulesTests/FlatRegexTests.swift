import Testing
import VietTokenizer

@testable import VietRules

/// A test that is one regex alone is read from ``TokenTest/Flat/regex(_:)``, without the boxed
/// ``TokenTest``: on every token it must answer as the test it came from, before and after the
/// answer is cached for the token's form.
@Suite("Flat regex tests")
struct FlatRegexTests {
    static let rules = """
        rule year match /^(19|20)[0-9][0-9]$/ emit YEAR
        rule small match /^[0-9]{1,3}$/ emit SMALL
        rule upper match /^[A-Z]/ emit UPPER
        rule both match [kind:number & /^[0-9]{1,3}$/] emit BOTH
        """

    @Test func flatRegexTestsAnswerAsTheTestsTheyCameFrom() throws {
        let set = try RuleSet(source: Self.rules)
        let storage = set.storage
        // The three regexes alone are flat; the conjunction is not.
        #expect(storage.flatTests.filter { if case .regex = $0 { true } else { false } }.count == 3)
        try expectFlatTestsAnswerAsFull(storage, on: ["Năm 2019 có 12 tỉnh và 1999 xã, Hà Nội 2019", "ABC 20 2020 x 1234"])
        // And the rules find what they did.
        let matches = RuleMatcher(storage: set.storage).matches(in: Tokenizer().tokenize("Năm 2019 có 12 tỉnh"))
        #expect(matches.map(\.label).contains("YEAR"))
        #expect(matches.map(\.label).contains("SMALL"))
    }
}

/// Expects every test of `storage`, read through ``TokenTest/Flat`` (`evaluate(test:at:in:)`), to
/// answer as the boxed ``TokenTest`` it came from on every token of `lines`: twice over the tokens,
/// so that an answer the run did not ask for is computed, then read from the form caches.
func expectFlatTestsAnswerAsFull(_ storage: RuleSetStorage, on lines: [String]) throws {
    var core = MatcherCore(storage: storage)
    defer { core.deallocate() }
    for line in lines {
        // A run over the line leaves its state, forms filled, for the next line to reuse; it gives
        // the line's tokens back (`DocumentState.releaseText()`), so they are put back here.
        let tokenized = Tokenizer().tokenize(line)
        _ = core.matches(in: tokenized)
        var document = try #require(core.spareDocument)
        document.reset(text: tokenized)
        for id in storage.tests.indices {
            for _ in 0..<2 {
                for position in 0..<document.tokenCount {
                    let answer = core.evaluate(test: Int32(id), at: position, in: &document)
                    let full = core.evaluate(storage.tests[id], at: position, in: &document)
                    #expect(answer == full, "test \(core.describe(storage.tests[id])) on token \(position) of \(line)")
                }
            }
        }
    }
}
