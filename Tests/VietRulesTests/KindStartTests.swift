import Testing
import VietTokenizer

@testable import VietRules

/// A rule whose first test needs a token kind ("[kind:code & /…/]") is started only at tokens of
/// that kind, and its phase runs only on lines that have one (``StartIndex/kindStarts``); a rule
/// whose first elements mix literals, lexicons or labels with other tests is indexed by the former
/// and started by the latter, not started everywhere. These tests pin down the index each rule
/// gets and that matching finds the same as starting everywhere would.
@Suite("Kind starts")
struct KindStartTests {
    func bit(_ kind: TokenKind) -> UInt32 { 1 << UInt32(kind.rawValue) }

    @Test func requiredKindsOfTests() {
        let code = TokenTest.kind(.code), number = TokenTest.kind(.number)
        #expect(code.requiredKinds == bit(.code))
        #expect(TokenTest.and([code, .regex(0)]).requiredKinds == bit(.code))
        #expect(TokenTest.and([.flag(.capitalized), code, .not(.literal(.exact, 0))]).requiredKinds == bit(.code))
        #expect(TokenTest.or([code, number]).requiredKinds == bit(.code) | bit(.number))
        // Either kind and a literal: a token of any kind may pass.
        #expect(TokenTest.or([code, .literal(.exact, 0)]).requiredKinds == nil)
        #expect(TokenTest.and([code, number]).requiredKinds == 0)
        #expect(TokenTest.not(code).requiredKinds == nil)
        #expect(TokenTest.flag(.digits).requiredKinds == nil)
        #expect(TokenTest.regex(0).requiredKinds == nil)
    }

    /// The start index of the only phase of `rules`.
    func startIndex(_ rules: String) throws -> StartIndex {
        let set = try RuleSet(source: rules)
        return try #require(set.storage.phases.last).startIndex
    }

    @Test func aKindTestStartsTheRuleAtThatKindOnly() throws {
        let index = try startIndex(#"rule r match c:[kind:code & /^[0-9]+\/.*$/] emit REF"#)
        #expect(index.alwaysByToken.map(\.kinds) == [bit(.code)])
        #expect(index.kindStarts == bit(.code))
        #expect(!index.startsAtAnyKind)
        #expect(index.always.isEmpty && index.alwaysByForm.isEmpty)
    }

    @Test func aFlagTestStartsTheRuleAtAnyKind() throws {
        let index = try startIndex(#"rule r match [is:capitalized] "Nam" emit A"#)
        #expect(index.alwaysByToken.map(\.kinds) == [~0])
        #expect(index.kindStarts == 0)
        #expect(index.startsAtAnyKind)
    }

    @Test func mixedFirstElementsAreIndexedAndTested() throws {
        let index = try startIndex(
            """
            lexicon TYPE = "Nghị định" | "Thông tư"
            rule r match (@TYPE "số" c:[kind:code] | c:[kind:code & /^[0-9]+\\/[0-9]{4}\\/.*$/]) emit REF id = text(c)
            """)
        #expect(index.byLexicon.count == 1)
        #expect(index.alwaysByToken.map(\.kinds) == [bit(.code)])
        #expect(index.always.isEmpty && index.alwaysByForm.isEmpty)
        // A rule that may match without consuming, or that begins with `_`, starts everywhere.
        let everywhere = try startIndex(
            """
            rule empty match "a"? emit A
            rule any match ("b" | _) "c" emit B
            """)
        #expect(everywhere.always == [0, 1])
        #expect(everywhere.alwaysByForm.map { $0.firstTests == nil } == [true, true])
    }

    @Test func kindStartedRulesMatchOnTheirLinesOnly() throws {
        let rules = """
            lexicon TYPE = "Nghị định" | "Thông tư"
            rule ref match (t:@TYPE "số"? c:[kind:code] | c:[kind:code & /^[0-9]+\\/[0-9]{4}\\/.*$/]) emit REF id = text(c), type = text(t)
            rule number match n:[kind:number & /^[0-9]{4}$/] (?= "người") emit COUNT n = text(n)
            """
        #expect(describe(try run(rules, "Số: 17/2020/QĐ-UBND")) == ["REF 17/2020/QĐ-UBND id=17/2020/QĐ-UBND"])
        // The thread from the type word absorbs the one started at the code: one match.
        #expect(
            describe(try run(rules, "theo Nghị định số 15/2020/NĐ-CP và 91/2021/NĐ-CP"))
                == ["REF Nghị định số 15/2020/NĐ-CP id=15/2020/NĐ-CP type=Nghị định", "REF 91/2021/NĐ-CP id=91/2021/NĐ-CP"])
        // A code without a year needs the type word; a line without a code starts nothing.
        #expect(describe(try run(rules, "Thông tư 17/NQ-CP và 18/NQ-CP")) == ["REF Thông tư 17/NQ-CP id=17/NQ-CP type=Thông tư"])
        #expect(describe(try run(rules, "có 2024 người và 17 người")) == ["COUNT 2024 n=2024"])
        #expect(describe(try run(rules, "không có gì")).isEmpty)
        // The same matcher over lines with and without codes (masks and phases per line).
        let set = try RuleSet(source: rules)
        let lines = ["a 12/2020/TT-BTC", "không", "Thông tư 1/TT b 2/2021/TT-BTC", "1999 người"]
        let found = lines.map { describe(set.matches(in: Tokenizer().tokenize($0))) }
        #expect(
            found == [
                ["REF 12/2020/TT-BTC id=12/2020/TT-BTC"], [],
                ["REF Thông tư 1/TT id=1/TT type=Thông tư", "REF 2/2021/TT-BTC id=2/2021/TT-BTC"], ["COUNT 1999 n=1999"],
            ])
    }
}
