import Testing

@testable import VietRules

/// One mistake a rule author can make, with the message and position the loader must report.
struct Mistake: CustomTestStringConvertible, Sendable {
    let name: String
    let source: String
    let message: String
    let line: Int
    let column: Int
    var severity: Diagnostic.Severity = .error

    var testDescription: String { name }
}

@Suite("Diagnostics")
struct DiagnosticTests {
    static let mistakes: [Mistake] = [
        Mistake(name: "unknown lexicon", source: "rule a match \"x\" @VNDD emit A", message: "unknown lexicon '@VNDD'", line: 1, column: 18),
        Mistake(name: "unterminated string", source: "rule a match \"đồng emit A", message: "unterminated string", line: 1, column: 14),
        Mistake(name: "no match clause", source: "rule a\n  emit A", message: "rule 'a' has no 'match' clause", line: 1, column: 6),
        Mistake(name: "no emit clause", source: "rule a\n  match \"x\"", message: "rule 'a' has no 'emit' clause", line: 1, column: 6),
        Mistake(name: "lower-case label", source: "rule a match \"x\" emit money", message: "label 'money' must be upper case", line: 1, column: 23),
        Mistake(name: "unknown capture", source: "rule a match n:\"x\" emit A v = m", message: "unknown capture 'm'", line: 1, column: 31),
        Mistake(name: "unknown capture after at", source: "rule a match name:\"x\" emit A at nme", message: "unknown capture 'nme' after 'at'", line: 1, column: 33),
        Mistake(name: "type mismatch", source: "rule a match \"x\" emit A v = lower(5)", message: "lower() expects text, but this is a number", line: 1, column: 35),
        Mistake(name: "unknown function", source: "rule a match n:\"x\" emit A v = lowr(n)", message: "unknown function 'lowr'", line: 1, column: 31),
        Mistake(name: "wrong argument count", source: "rule a match \"x\" emit A v = date(1, 2, 3, 4)", message: "date() takes 1 to 3 arguments, not 4", line: 1, column: 29),
        Mistake(name: "invalid regex", source: "rule a match /(ab/ emit A", message: "invalid regular expression", line: 1, column: 18),
        Mistake(name: "unknown kind", source: "rule a match kind:nuber emit A", message: "unknown token kind 'nuber'", line: 1, column: 14),
        Mistake(name: "unknown property", source: "rule a match is:capitalised emit A", message: "unknown token property 'is:capitalised'", line: 1, column: 14),
        Mistake(name: "unknown sub-pattern", source: "rule a match <year> emit A", message: "unknown sub-pattern '<year>'", line: 1, column: 14),
        Mistake(name: "recursive sub-pattern", source: "define x = \"a\" <x>\nrule a match <x> emit A", message: "sub-pattern '<x>' refers to itself", line: 1, column: 16),
        Mistake(name: "duplicate rule", source: "rule a match \"x\" emit A\nrule a match \"y\" emit B", message: "rule 'a' is already defined", line: 2, column: 6),
        Mistake(name: "duplicate lexicon", source: "lexicon L = \"a\"\nlexicon L = \"b\"\nrule a match @L emit A", message: "lexicon 'L' is already declared", line: 2, column: 9),
        Mistake(name: "unknown phase after", source: "phase p after q\nrule a match \"x\" emit A", message: "unknown phase 'q'", line: 1, column: 15),
        Mistake(name: "phase cycle", source: "phase p after q\nphase q after p\nrule a match \"x\" emit A", message: "are ordered in a cycle", line: 1, column: 15),
        Mistake(name: "unbounded look-around", source: "rule a match \"x\" (?= _*) emit A", message: "look-around cannot contain unbounded repetition", line: 1, column: 23),
        Mistake(name: "capture in look-around", source: "rule a match \"x\" (?= n:_) emit A", message: "look-around cannot capture", line: 1, column: 22),
        Mistake(
            name: "repetitions that multiply", source: "rule a match \"x\" (?<! \"y\") " + String(repeating: "+", count: 80) + " emit A",
            message: "rule 'a' expands to more than 200000 pattern elements", line: 1, column: 6),
        Mistake(name: "bounded repetitions that multiply", source: "rule a match \"x\"{0,100}{0,100}{0,100} emit A", message: "expands to more than", line: 1, column: 6),
        Mistake(name: "reversed bounds", source: "rule a match _{3,1} emit A", message: "repetition {3,1} has its bounds reversed", line: 1, column: 15),
        Mistake(name: "unclosed group", source: "rule a match (\"x\" \"y\"\n  emit A", message: "expected ')' to close the group", line: 2, column: 3),
        Mistake(name: "unknown overlap policy", source: "phase p overlap shortest\nrule a match \"x\" emit A", message: "unknown overlap policy 'shortest'", line: 1, column: 17),
        Mistake(name: "missing lexicon file", source: "lexicon L from \"nope.txt\"\nrule a match @L emit A", message: "cannot find lexicon file 'nope.txt'", line: 1, column: 16),
        Mistake(name: "attribute of plain tokens", source: "rule a match w:_ emit A v = w.value", message: "capture 'w' matches plain tokens", line: 1, column: 29),
        Mistake(name: "branches of different types", source: "rule a match q:\"x\"? emit A v = q ? 1 : \"one\"", message: "the branches of ? : have different types: number and text", line: 1, column: 34),
        Mistake(name: "attribute assigned twice", source: "rule a match \"x\" emit A v = 1, v = 2", message: "attribute 'v' is assigned twice", line: 1, column: 32),
        Mistake(name: "unknown text flag", source: "rule a match \"x\"q emit A", message: "unknown text flag 'q'", line: 1, column: 14),
        Mistake(name: "space in a one-token test", source: "rule a match [\"tỷ đồng\"] emit A", message: "has a space, but a token predicate tests one token", line: 1, column: 15),
        Mistake(name: "import not found", source: "import \"common.rules\"\nrule a match \"x\" emit A", message: "cannot find imported file 'common.rules'", line: 1, column: 8),
        Mistake(name: "bare word in pattern", source: "rule a match \"x\" dong emit A", message: "unexpected word 'dong' in a pattern", line: 1, column: 18),
        Mistake(name: "clause outside a rule", source: "match \"x\"", message: "expected a declaration, found 'match'", line: 1, column: 1),
        Mistake(name: "text where a number is needed", source: "rule a match n:_ emit A v = n * 2", message: "'*' expects a number, but this is text", line: 1, column: 29),
        Mistake(name: "lookup without values", source: "lexicon L = \"a\"\nrule a match n:@L emit A v = lookup(@L, n)", message: "lexicon @L has no values for lookup() to return", line: 2, column: 37),
        // Warnings.
        Mistake(name: "unused lexicon", source: "lexicon L = \"a\"\nrule a match \"x\" emit A", message: "lexicon 'L' is never used", line: 1, column: 9, severity: .warning),
        Mistake(name: "label nobody emits", source: "rule a match ORGG emit A", message: "no earlier phase emits label ORGG", line: 1, column: 14, severity: .warning),
        Mistake(name: "label of a later phase", source: "phase one\nrule a match ORG emit A\nphase two\nrule b match \"x\" emit ORG", message: "label ORG is emitted in phase 'two'", line: 2, column: 14, severity: .warning),
        Mistake(name: "shadowed rule", source: "rule a match \"x\" emit A\nrule b match \"x\" emit B", message: "rule 'b' is shadowed by rule 'a'", line: 2, column: 6, severity: .warning),
        Mistake(name: "empty match", source: "rule a match \"x\"? emit A", message: "rule 'a' can match empty text", line: 1, column: 6, severity: .warning),
    ]

    @Test(arguments: mistakes)
    func reportsMistake(_ mistake: Mistake) throws {
        var diagnostics: [Diagnostic]
        do {
            let rules = try RuleSet(source: mistake.source, path: "test.rules")
            diagnostics = rules.warnings
        } catch {
            diagnostics = error.diagnostics
        }
        let found = diagnostics.first { $0.message.contains(mistake.message) && $0.severity == mistake.severity }
        let diagnostic = try #require(found, "no \(mistake.severity) containing \"\(mistake.message)\" in:\n\(diagnostics.map(\.description).joined(separator: "\n"))")
        #expect(diagnostic.location.line == mistake.line)
        #expect(diagnostic.location.column == mistake.column)
        #expect(diagnostic.location.path == "test.rules")
    }

    @Test func distinctMistakesAreMany() {
        #expect(Set(Self.mistakes.map(\.message)).count >= 20)
    }

    @Test func everyErrorOfAFileIsReportedAtOnce() throws {
        let source = """
            rule a match @NOPE emit A
            rule b match kind:nuber emit B
            rule c match "x" emit C v = lowr(1)
            rule d match (("x" emit D
            """
        let error = try #require(throws: RuleLoadError.self) { try RuleSet(source: source) }
        #expect(error.errors.map(\.location.line) == [1, 2, 3, 4])
    }

    /// A sub-pattern is compiled wherever it is used; its mistake is reported once, and the lexicon
    /// inside the faulty look-around is not reported as unused besides.
    @Test func mistakeInASubPatternIsReportedOnce() throws {
        let source = """
            lexicon L = "a"
            define bad = (?= (?<! @L) "b")
            rule a match "x" <bad> "y" | "z" <bad>
              emit A
            rule b match "q" <bad> emit B
            """
        let error = try #require(throws: RuleLoadError.self) { try RuleSet(source: source, path: "test.rules") }
        #expect(error.diagnostics.map(\.description) == ["test.rules:2:18: error: look-around cannot be nested"])
    }

    @Test func renderedDiagnosticHasCaretAndHint() throws {
        let error = try #require(throws: RuleLoadError.self) {
            try RuleSet(source: "lexicon VND = \"đồng\"\nrule a match \"x\" @VDN emit A", path: "money.rules")
        }
        let rendered = error.errors[0].rendered()
        #expect(
            rendered == """
                money.rules:2:18: error: unknown lexicon '@VDN'
                 2 | rule a match "x" @VDN emit A
                   |                  ^~~~
                   = hint: did you mean 'VND'?
                """)
    }

    /// Deterministic mutations of a valid file: every one either loads or throws `RuleLoadError`.
    @Test func malformedFilesNeverCrashTheLoader() {
        let valid = """
            phase money after numbers overlap longest
            lexicon OVER = "trên" | "hơn" => "over"
            define amount = n:NUMBER ("tỷ" | "triệu")?
            rule money priority 2
              match q:@OVER? <amount> (?= "đồng"i) [is:capitalized & !kind:code]{0,2} /^\\d+$/i
              emit MONEY value = n.value * 1000, q = q ? lookup(@OVER, q) : nil, d = date(2020, 1, 2)
              example "hơn 5 tỷ đồng" => MONEY value=5000
              counter "x"
            """
        let bytes = Array(valid.utf8)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func random(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let inserts: [[UInt8]] = ["(", ")", "\"", "[", "]", "{", "}", "/", "@", "?", "*", "|", ":", "=", ",", "\n", "<", ">", "#", "9"].map { Array($0.utf8) }
        for _ in 0..<400 {
            var mutated = bytes
            for _ in 0..<(1 + random(3)) {
                let position = random(mutated.count)
                switch random(3) {
                case 0: mutated.remove(at: position)
                case 1: mutated.insert(contentsOf: inserts[random(inserts.count)], at: position)
                default: mutated.removeSubrange(position..<min(mutated.count, position + random(8)))
                }
            }
            let text = String(decoding: mutated, as: UTF8.self)
            do {
                _ = try RuleSet(source: text)
            } catch {
                #expect(!error.diagnostics.isEmpty)
            }
        }
    }
}
