import Testing
import VietTokenizer

@testable import VietRules

/// A phase is skipped on a line that lacks what every rule of it needs (``RuleRequirements``):
/// token kinds, flags and labels that every way through each rule consumes or a positive
/// look-around reads. These tests pin down the requirement the compiler finds for each shape of
/// pattern, and that skipping changes no match: with a trace every phase runs, so a traced matcher
/// gives what an ungated one would.
@Suite("Rule requirements")
struct RuleRequirementsTests {
    func bit(_ kind: TokenKind) -> UInt64 { UInt64(kind.bit) }
    func bit(_ flag: TokenFlags) -> UInt64 { UInt64(flag.rawValue) << RuleRequirements.flagShift }

    @Test func clausesOfTokenTests() {
        let code = TokenTest.kind(.code), date = TokenTest.kind(.date)
        #expect(RuleRequirements.clauses(of: code) == [bit(.code)])
        #expect(RuleRequirements.clauses(of: .and([code, .regex(0)])) == [bit(.code)])
        #expect(RuleRequirements.clauses(of: .and([.kind(.word), .flag(.capitalized)])) == [bit(.word), bit(.capitalized)].sorted())
        #expect(RuleRequirements.clauses(of: .or([code, date])) == [bit(.code) | bit(.date)])
        // A part that needs nothing makes the alternatives need nothing.
        #expect(RuleRequirements.clauses(of: .or([code, .literal(.exact, 0)])) == [])
        #expect(RuleRequirements.clauses(of: .not(code)) == [])
        #expect(RuleRequirements.clauses(of: .flag(.lowercase)) == [bit(.word)])
        #expect(RuleRequirements.clauses(of: .flag(.glued)) == [])
        #expect(RuleRequirements.clauses(of: .flag(.foreign)) == [bit(.foreign)])
    }

    /// The requirement of the last phase of `rules`, and the rule set's label ids.
    func requirement(_ rules: String) throws -> (clauses: [UInt64], labels: [String: Int32]) {
        let set = try RuleSet(source: rules)
        return (try #require(set.storage.requirements.phases.last), set.storage.labelIDs)
    }

    @Test func sequencesNeedEveryPartAndAlternativesEitherBranch() throws {
        let lexicon = #"lexicon TYPE = "Nghị định" | "Thông tư""#
        #expect(try requirement(lexicon + "\n" + #"rule r match @TYPE "số"i? c:[kind:code] emit REF"#).clauses == [bit(.code)])
        #expect(
            try requirement(lexicon + "\n" + #"rule r match @TYPE (c:[kind:code] | d:[kind:date & /^[0-9]+$/]) emit REF"#).clauses
                == [bit(.code) | bit(.date)])
        #expect(
            try requirement(#"rule r match [kind:code] [kind:word & is:allcaps] emit REF"#).clauses
                == [bit(.word), bit(.code), bit(.allCaps)].sorted())
    }

    @Test func optionalAndRepeatedParts() throws {
        #expect(try requirement(#"rule r match "a" [kind:code]? emit A"#).clauses == [])
        #expect(try requirement(#"rule r match "a" [kind:code]* emit A"#).clauses == [])
        #expect(try requirement(#"rule r match "a" [kind:code]+ emit A"#).clauses == [bit(.code)])
        #expect(try requirement(#"rule r match "a" ([kind:code] "b"){2,3} emit A"#).clauses == [bit(.code)])
    }

    @Test func lookaroundsAndLabels() throws {
        #expect(try requirement(#"rule r match "a" (?= "b" [kind:code]) emit A"#).clauses == [bit(.code)])
        #expect(try requirement(#"rule r match (?<= [kind:url]) "a" emit A"#).clauses == [bit(.url)])
        #expect(try requirement(#"rule r match "a" (?! [kind:code]) emit A"#).clauses == [])
        let (clauses, labels) = try requirement(#"rule r match "tỷ"i (NUMBER | [kind:time]) emit A"#)
        let number = try #require(labels["NUMBER"])
        #expect(clauses == [RuleRequirements.feature(label: number) | bit(.time)])
    }

    @Test func aPhaseNeedsWhatEveryRuleNeedsAtLeastOneOf() throws {
        let both = """
            rule code match "số"i [kind:code] emit REF
            rule date match "ngày"i [kind:date] emit DAY
            """
        #expect(try requirement(both).clauses == [bit(.code) | bit(.date)])
        let oneFree = both + "\n" + #"rule free match "xem"i "thêm"i emit SEE"#
        #expect(try requirement(oneFree).clauses == [])
    }

    @Test func skippedPhasesChangeNoMatch() throws {
        let rules = """
            lexicon TYPE = "Nghị định" | "Thông tư" | "quyết định"
            rule ref match t:@TYPE "số"i? c:[kind:code] emit REF id = text(c)
            rule year match t:@TYPE "số"i? r:([kind:date & /^[0-9]{1,2}\\/[0-9]{4}$/] | RATIO) emit REF id = text(r)
            """
        let set = try RuleSet(source: rules)
        #expect(try #require(set.storage.requirements.phases.last).count == 1)
        let plain = set.makeMatcher(), traced = set.makeMatcher()
        let lines = [
            "theo Nghị định số 17/NĐ-CP và quyết định của Bộ",
            "quyết định việc này, Thông tư hướng dẫn",
            "Thông tư 3/2024 thay thế",
            "quyết định 12/2023",
            "quyết định 71/2024",
            "quyết định 71/2024",
            "",
        ]
        // (A RATIO span over "71/2024" on the fifth line only: the sixth has no feature of the phase.)
        let ratio = Annotation(label: "RATIO", tokenRange: 2..<5, attributes: [])
        var results: [[String]] = []
        for (index, line) in lines.enumerated() {
            let text = Tokenizer().tokenize(line)
            let spans = index == 4 ? [ratio] : []
            let found = plain.matches(in: text, annotations: spans).map { "\($0.label) \($0.text)" }
            #expect(found == traced.matches(in: text, annotations: spans, trace: MatchTrace()).map { "\($0.label) \($0.text)" })
            results.append(found)
        }
        #expect(
            results == [
                ["REF Nghị định số 17/NĐ-CP"], [], ["REF Thông tư 3/2024"], ["REF quyết định 12/2023"], ["REF quyết định 71/2024"], [], [],
            ])
    }

    /// The shipped `references` phase starts at every document type word ("quyết định", "kế
    /// hoạch") but needs a code, a date token or a RATIO span: a rule edit that loses this (a rule
    /// of the phase that needs none of them) makes it run on most lines of legal text again.
    @Test func theShippedReferencesPhaseNeedsACodeADateOrARatio() throws {
        let set = try RuleSet(directory: ShippedRuleFiles.directory.path)
        let phase = try #require(set.storage.phases.firstIndex { $0.name == "references" })
        let ratio = RuleRequirements.feature(label: try #require(set.storage.labelIDs["RATIO"]))
        #expect(set.storage.requirements.phases[phase] == [bit(.code) | bit(.date) | ratio])
    }
}
