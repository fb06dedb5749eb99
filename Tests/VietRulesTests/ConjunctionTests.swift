import Testing
import VietTokenizer

@testable import VietRules

/// Simple conjunctions of token tests are packed (``TokenTest/Conjunction``) and evaluated without
/// the recursive ``TokenTest``: on every token, the packed test must answer as the test it came
/// from, and only the tests it can hold are packed.
@Suite("Token test conjunctions")
struct ConjunctionTests {
    static let rules = """
        lexicon STOP = "và" | "của" | "Sở"
        rule a match [kind:word & is:capitalized & !@STOP] emit A
        rule b match [kind:word & is:capitalized & !is:allcaps & is:syllable] emit B
        rule c match [kind:word & !@STOP & !"và"i] emit C
        rule d match [!is:capitalized] emit D
        rule e match [@STOP] emit E
        rule f match [kind:number & is:glued] emit F
        rule g match [!"Sở"id] emit G
        rule h match [is:glued & (kind:word | "-")] emit H
        rule i match [shape:"dd" & is:glued] emit I
        rule j match [kind:word & is:capitalized & is:syllable & !@STOP & !is:allcaps] emit J
        """

    @Test func packedTestsAnswerAsTheTestsTheyCameFrom() throws {
        let set = try RuleSet(source: Self.rules)
        let storage = set.storage
        var core = MatcherCore(storage: storage)
        defer { core.deallocate() }
        var packed = 0
        for line in ["Sở Thông tin và Truyền thông của UBND tỉnh", "ngày 07-3-2019, SỞ và sở; Hà Nội-Huế 12/NQ-CP"] {
            let text = Tokenizer().tokenize(line)
            var document = DocumentState(text: text)
            document.prepareTokens()
            var source = text.text
            source.withUTF8 { bytes in
                document.fillTokens { forms, spaces, masks in
                    for (position, token) in text.tokens.enumerated() {
                        forms[position] = core.forms.find(in: bytes, range: token.utf8Range).id
                        spaces[position] = token.flags.contains(.spaceBefore)
                        masks[position] = 0
                    }
                }
            }
            for id in storage.tests.indices {
                if case .conjunction = storage.flatTests[id] { packed += 1 }
                for position in text.tokens.indices {
                    let flat = core.evaluate(test: Int32(id), at: position, in: &document)
                    let full = core.evaluate(storage.tests[id], at: position, in: &document)
                    #expect(flat == full, "test \(core.describe(storage.tests[id])) on token \(position) of \(line)")
                }
            }
        }
        // Rules a to g are packed (counted once per line); h, i and j are not (an alternation, a
        // shape, five parts).
        #expect(packed == 2 * 7)
    }

    @Test func onlySimpleTestsOfAtMostFourPartsArePacked() {
        #expect(TokenTest.Conjunction(.and([.kind(.word), .not(.lexicon(2)), .literal(.ignoreCase, 7)])) != nil)
        #expect(TokenTest.Conjunction(.not(.flag(.allcaps))) != nil)
        #expect(TokenTest.Conjunction(.and(Array(repeating: .kind(.word), count: 5))) == nil)
        #expect(TokenTest.Conjunction(.not(.not(.kind(.word)))) == nil)
        #expect(TokenTest.Conjunction(.and([.kind(.word), .or([.any])])) == nil)
        #expect(TokenTest.Conjunction(.regex(0)) == nil)
        #expect(TokenTest.Conjunction(.literal(.exact, 1 << 25)) == nil)
    }
}
