import VietTokenizer

/// The labels `NumberParser` produces; they are visible to every phase (the built-in phase 0).
public let numberLabels: Set<String> = [
    "NUMBER", "PERCENT", "MONEY", "QUANTITY", "RATIO", "DATE", "TIME", "RANGE", "DURATION", "ORDINAL",
]

/// Everything a compiled rule set holds; immutable once built.
final class RuleSetStorage: Sendable {
    let phases: [PhaseProgram]
    let rules: [CompiledRule]
    /// Each rule's entry instruction and priority, in flat arrays for the matcher's hot loops
    /// (reading them through `rules` copied the whole rule).
    let ruleEntries: [Int32]
    let rulePriorities: [Int]
    /// How rules that begin with a plain chain of saves start without the epsilon closure.
    let entryChains: EntryChains
    let tests: [TokenTest]
    /// `tests` without indirection where possible (see ``TokenTest/Flat``), same indices.
    let flatTests: [TokenTest.Flat]
    /// The literal ids of `flatTests`' ``TokenTest/Flat/literalSet(_:members:)`` tests, each set ascending.
    let literalSets: [Int32]
    /// The halves of `flatTests`' ``TokenTest/Flat/wideConjunction(_:)`` tests, two each.
    let wideConjunctions: [TokenTest.Conjunction]
    let lexicons: [CompiledLexicon]
    /// The sorted keys of every lexicon, one run each (`lexiconKeyRuns[lexicon]`), in one
    /// ``SortedKeys``: a form's first sight probes every lexicon that can start a rule with one
    /// view of one set of arrays.
    let lexiconKeys: SortedKeys
    let lexiconKeyRuns: [Range<Int>]
    /// Per ``KeyMode`` (raw value): the lexicons, ascending, with which some rule can start.
    let seedLexicons: [[Int]]
    /// Per ``KeyMode`` (raw value): the keys of `seedLexicons` and their prefixes, which a form's
    /// key must be among for any of its probes in them to find something.
    let seedPrefixFilters: [AffixFilter]
    /// Per lexicon: whether it is one of `seedLexicons` (its mode's prefix filter holds its keys).
    let isSeedLexicon: [Bool]
    /// Per lexicon: the suffixes of its keys when a look-behind reads it (nil otherwise), which the
    /// token before a position must be among for an entry to end there.
    let lookbehindSuffixFilters: [AffixFilter?]
    let lookarounds: [Lookaround]
    /// Per look-around, what each check reads (``Lookaround/Shape``).
    let lookaroundShapes: [Lookaround.Shape]
    /// The steps of every straight look-around, one run each (``Lookaround/Shape/straightSteps``).
    let straightSteps: [Instruction]
    let regexes: [RegexPattern]
    let literals: LiteralTable
    let labels: [String]
    let labelIDs: [String: Int32]
    /// The id of each rule's emitted label (-1: no rule refers to it), so that adding a match as a
    /// span hashes no string.
    let ruleLabelIDs: [Int32]
    /// Whether each rule's matches are reported (its label does not start with `_`), decided once
    /// instead of a string test per match.
    let ruleIsReported: [Bool]
    /// Per rule and capture: the ids of the labels the capture can consume (``CaptureInfo/labels``
    /// as label ids, every one of which a rule refers to), so that finding the span a capture
    /// matched compares integers instead of hashing the span's label.
    let captureLabelIDs: [[[Int32]]]
    /// Per rule: the index of the capture its matches report (`emit L at n`), -1 for the whole
    /// pattern's tokens.
    let ruleSpanCaptures: [Int32]
    /// Per phase: whether some rule of it reports a capture (``ruleSpanCaptures``), so that the
    /// phases without one pay no pass over their candidates.
    let phaseReportsCaptures: [Bool]
    /// Per label id: the ``StartPhases`` bits of the phases that have a rule starting with the label.
    let labelStartPhases: [UInt64]
    /// The ``StartPhases`` bits of the phases that start a rule by token flags, or by a test that
    /// restricts no kind (checked per token, not per form): they run on every line.
    let tokenStartedPhases: UInt64
    /// Per token kind (by raw value): the ``StartPhases`` bits of the phases that start a rule at
    /// tokens of that kind only ("[kind:code & /…/]"): they run on the lines that have one, and
    /// only those tokens, not every token, are checked for the rule.
    let kindStartedPhases: [UInt64]
    /// Whether some phase starts a rule by token kind (`kindStartedPhases` has a bit).
    let startsByKind: Bool
    /// What each phase needs in a line to be worth running there.
    let requirements: RuleRequirements
    let warnings: [Diagnostic]
    let files: [String]

    /// Whether a form whose key in `mode` is `key` may begin an entry of a seed lexicon of that mode
    /// (``seedPrefixFilters``; false: it begins none, and every probe of it there finds nothing).
    func mayBeginSeedEntry(_ key: inout String, in mode: KeyMode) -> Bool {
        key.withUTF8 { seedPrefixFilters[mode.rawValue].mayHold($0) }
    }

    /// Whether literal id `id` (-1: none) is one of `members` of `literalSets` (ascending: the scan
    /// stops at the first larger one). Here rather than on ``MatcherCore``: a non-mutating method
    /// of the core, called from its mutating ones, copied the whole core per call.
    @inline(__always)
    func literalSet(_ members: Range<Int32>, contains id: Int32) -> Bool {
        guard id >= 0 else { return false }
        var member = Int(members.lowerBound)
        while member < Int(members.upperBound) {
            let literal = literalSets[member]
            if literal >= id { return literal == id }
            member += 1
        }
        return false
    }

    init(
        phases: [PhaseProgram], rules: [CompiledRule], tests: [TokenTest], lexicons: [CompiledLexicon], lookarounds: [Lookaround],
        regexes: [RegexPattern], literals: LiteralTable, labels: [String], warnings: [Diagnostic], files: [String]
    ) {
        self.phases = phases
        self.rules = rules
        ruleEntries = rules.map(\.entry)
        rulePriorities = rules.map(\.priority)
        entryChains = EntryChains(phases: phases, rules: rules)
        self.tests = tests
        var literalSets: [Int32] = []
        var wideConjunctions: [TokenTest.Conjunction] = []
        flatTests = tests.map { TokenTest.Flat($0, literalSets: &literalSets, wideConjunctions: &wideConjunctions) }
        self.literalSets = literalSets
        self.wideConjunctions = wideConjunctions
        self.lexicons = lexicons
        var lexiconKeys = SortedKeys()
        lexiconKeyRuns = lexicons.map { lexiconKeys.append(contentsOf: $0.sortedKeys) }
        self.lexiconKeys = lexiconKeys
        var seedLexicons: [Set<Int>] = Array(repeating: [], count: KeyMode.allCases.count)
        for program in phases {
            for entry in program.startIndex.byLexicon { seedLexicons[lexicons[entry.lexicon].mode.rawValue].insert(entry.lexicon) }
        }
        self.seedLexicons = seedLexicons.map { $0.sorted() }
        seedPrefixFilters = self.seedLexicons.map { AffixFilter(prefixesOf: $0.flatMap { lexicons[$0].sortedKeys.strings }) }
        isSeedLexicon = lexicons.indices.map { lexicon in seedLexicons.contains { $0.contains(lexicon) } }
        self.lookarounds = lookarounds
        var readBehind = Set<Int>()
        for look in lookarounds where look.kind.isBehind {
            for case .lexicon(let lexicon) in look.program { readBehind.insert(Int(lexicon)) }
        }
        lookbehindSuffixFilters = lexicons.indices.map { readBehind.contains($0) ? AffixFilter(suffixesOf: lexicons[$0].sortedKeys.strings) : nil }
        var straightSteps: [Instruction] = []
        // The first look-arounds of each direction and program, by ``Lookaround/fingerprint``.
        var firstReadings: [UInt64: [Int32]] = [:]
        lookaroundShapes = lookarounds.enumerated().map { index, look in
            let fingerprint = look.fingerprint
            let same = firstReadings[fingerprint, default: []].first {
                lookarounds[Int($0)].kind.isBehind == look.kind.isBehind && lookarounds[Int($0)].program == look.program
            }
            let memo = same ?? Int32(index)
            if same == nil { firstReadings[fingerprint, default: []].append(memo) }
            var steps: Range<Int32> = 0..<0
            if look.isStraight {
                let start = Int32(straightSteps.count)
                // A slice, not `dropLast()`, which made an array of each program to append it.
                straightSteps.append(contentsOf: look.program[..<(look.program.count - 1)])
                steps = start..<Int32(straightSteps.count)
            }
            return Lookaround.Shape(
                isBehind: look.kind.isBehind, isNegative: look.kind.isNegative, single: look.program.count == 2 ? look.program[0] : nil,
                straightSteps: steps, memo: memo)
        }
        self.straightSteps = straightSteps
        self.regexes = regexes
        self.literals = literals
        self.labels = labels
        let labelIDs = Dictionary(labels.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { first, _ in first })
        self.labelIDs = labelIDs
        ruleLabelIDs = rules.map { labelIDs[$0.emit.label] ?? -1 }
        ruleIsReported = rules.map { RuleSet.isReported(label: $0.emit.label) }
        ruleSpanCaptures = rules.map { Int32($0.emit.spanCapture ?? -1) }
        phaseReportsCaptures = phases.map { program in program.rules.contains { rules[$0].emit.spanCapture != nil } }
        captureLabelIDs = rules.map { rule in rule.captures.map { capture in capture.labels.compactMap { labelIDs[$0] } } }
        var labelStartPhases = [UInt64](repeating: 0, count: labels.count)
        var tokenStartedPhases: UInt64 = 0
        var kindStartedPhases = [UInt64](repeating: 0, count: TokenKind.allCases.count)
        for (phase, program) in phases.enumerated() {
            for byLabel in [program.startIndex.byLabel, program.startIndex.byLabelAtLineStart] {
                for (label, starting) in byLabel.enumerated() where !starting.isEmpty && label < labels.count {
                    labelStartPhases[label] |= StartPhases.bit(phase)
                }
            }
            if program.startIndex.startsAtAnyKind { tokenStartedPhases |= StartPhases.bit(phase) }
            for kind in TokenKind.allCases where program.startIndex.kindStarts & kind.bit != 0 {
                kindStartedPhases[Int(kind.rawValue)] |= StartPhases.bit(phase)
            }
        }
        self.labelStartPhases = labelStartPhases
        self.tokenStartedPhases = tokenStartedPhases
        self.kindStartedPhases = kindStartedPhases
        startsByKind = kindStartedPhases.contains { $0 != 0 }
        requirements = RuleRequirements(phases: phases, tests: tests, lookarounds: lookarounds, rules: rules)
        self.warnings = warnings
        self.files = files
    }
}

/// Turns parsed rule files into phase programs: resolves names, compiles predicates, builds one
/// automaton per phase, type-checks `emit` expressions and reports every problem with its position.
struct RuleCompiler {
    struct ParsedFile {
        let file: SourceFile
        let syntax: RuleFileSyntax
    }

    let files: [ParsedFile]
    let lexiconTexts: (String, SourceFile) -> (path: String, text: String)?
    var sinks: [String: DiagnosticSink] = [:]

    var tests: [TokenTest] = []
    var testIndex: [TokenTest: Int32] = [:]
    var lexicons: [CompiledLexicon] = []
    var lexiconIndex: [String: Int] = [:]
    var lexiconUsed: [Bool] = []
    var lexiconDeclarations: [(file: SourceFile, syntax: LexiconSyntax)] = []
    var macros: [String: (file: SourceFile, syntax: MacroSyntax)] = [:]
    var lookarounds: [Lookaround] = []
    /// The simplified bodies of the look-arounds written in sub-patterns (see ``lookaroundBody(_:behind:at:macroStack:)``).
    var lookaroundBodies: [LookaroundSite: PatternSyntax] = [:]
    var regexes: [RegexPattern] = []
    var regexIndex: [String: Int] = [:]
    var literals = LiteralTable()
    var labels: [String] = []
    var labelIndex: [String: Int32] = [:]
    /// The test of each token predicate compiled without error, by its range (and then compared):
    /// a sub-pattern's body is compiled wherever it is expanded (some in dozens of rules), and
    /// equal predicate syntax compiles to the same test, so it is compiled once. A failed one is
    /// compiled again where it recurs, which reports its errors there as before.
    var predicateTests: [SyntaxRange: [(predicate: PredicateSyntax, test: Int32)]] = [:]
    /// The pattern elements compiled so far for the rule being compiled (see ``patternElementBudget``).
    var patternElements = 0
    /// Every rule's file and offset by rule name, in file order, for the check that names are
    /// unique (searching every rule of every file for each rule copied 12 000 rule syntaxes).
    let ruleDefinitions: [String: [(file: SourceFile, offset: Int)]]

    init(files: [ParsedFile], lexiconTexts: @escaping (String, SourceFile) -> (path: String, text: String)?) {
        self.files = files
        self.lexiconTexts = lexiconTexts
        var ruleDefinitions: [String: [(file: SourceFile, offset: Int)]] = [:]
        for parsed in files {
            sinks[parsed.file.path] = DiagnosticSink(file: parsed.file)
            for rule in parsed.syntax.rules { ruleDefinitions[rule.name, default: []].append((parsed.file, rule.range.offset)) }
        }
        self.ruleDefinitions = ruleDefinitions
    }

    mutating func error(_ file: SourceFile, _ range: SyntaxRange, _ message: String, hint: String? = nil) {
        sinks[file.path, default: DiagnosticSink(file: file)].error(at: range.offset, length: range.width, message, hint: hint)
    }

    mutating func warning(_ file: SourceFile, _ range: SyntaxRange, _ message: String, hint: String? = nil) {
        sinks[file.path, default: DiagnosticSink(file: file)].warning(at: range.offset, length: range.width, message, hint: hint)
    }

    mutating func internLabel(_ name: String) -> Int32 {
        if let id = labelIndex[name] { return id }
        let id = Int32(labels.count)
        labels.append(name)
        labelIndex[name] = id
        return id
    }

    mutating func internTest(_ test: TokenTest) -> Int32 {
        if let id = testIndex[test] { return id }
        let id = Int32(tests.count)
        tests.append(test)
        testIndex[test] = id
        return id
    }

    // MARK: Whole rule set

    mutating func compile() -> (RuleSetStorage?, [Diagnostic]) {
        declareLexiconsAndMacros()
        let phaseOrder = orderPhases()
        var programs: [PhaseProgram] = []
        var rules: [CompiledRule] = []
        var labelsBefore = numberLabels
        var allEmitted: [String: String] = [:]  // label → phase that emits it
        for parsed in files {
            for rule in parsed.syntax.rules { if let emit = rule.emit { allEmitted[emit.label] = allEmitted[emit.label] ?? rule.phase } }
        }
        for (phaseNumber, phase) in phaseOrder.enumerated() {
            var program = PhaseProgram(
                name: phase.name, overlap: phase.overlap, supersede: phase.supersede, instructions: [],
                rules: [], startIndex: StartIndex())
            var emittedHere: Set<String> = []
            var seenPatterns: [String: (name: String, priority: Int)] = [:]
            for parsed in files {
                for rule in parsed.syntax.rules where rule.phase == phase.name {
                    let order = rules.count
                    guard
                        let compiled = compileRule(
                            rule, file: parsed.file, phase: phaseNumber, order: order, program: &program,
                            visibleLabels: labelsBefore, allEmitted: allEmitted, phaseName: phase.name)
                    else { continue }
                    if let pattern = rule.pattern {
                        // (One lookup: hashing a pattern's canonical text is a few thousand instructions.)
                        // (Rules that report different captures of one pattern do not shadow each other.)
                        let key = rule.emit?.spanCapture.map { pattern.canonical + " at " + $0.name } ?? pattern.canonical
                        let seen = seenPatterns[key]
                        if let earlier = seen, earlier.priority >= rule.priority, phase.overlap != .all {
                            warning(
                                parsed.file, rule.range,
                                "rule '\(rule.name)' is shadowed by rule '\(earlier.name)': same pattern, and it is earlier with equal or higher priority",
                                hint: "give '\(rule.name)' a higher priority, or remove it")
                        } else if seen == nil || rule.priority > seen!.priority {
                            seenPatterns[key] = (rule.name, rule.priority)
                        }
                    }
                    program.rules.append(order)
                    program.captureWidth = max(program.captureWidth, 2 + 2 * compiled.captures.count)
                    rules.append(compiled)
                    emittedHere.insert(compiled.emit.label)
                }
            }
            labelsBefore.formUnion(emittedHere)
            programs.append(program)
        }
        for (index, used) in lexiconUsed.enumerated() where !used {
            let declaration = lexiconDeclarations[index]
            warning(
                declaration.file, declaration.syntax.range, "lexicon '\(declaration.syntax.name)' is never used",
                hint: "refer to it as @\(declaration.syntax.name) in a pattern, or remove it")
        }
        var diagnostics: [Diagnostic] = []
        for parsed in files { diagnostics += sinks[parsed.file.path]?.diagnostics ?? [] }
        for (path, sink) in sinks where !files.contains(where: { $0.file.path == path }) { diagnostics += sink.diagnostics }
        diagnostics.sort { ($0.location.path, $0.location.line, $0.location.column) < ($1.location.path, $1.location.line, $1.location.column) }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        for index in programs.indices { programs[index].startIndex = buildStartIndex(programs[index], rules: rules) }
        let storage = RuleSetStorage(
            phases: programs, rules: rules, tests: tests, lexicons: lexicons, lookarounds: lookarounds, regexes: regexes,
            literals: literals, labels: labels, warnings: diagnostics, files: files.map(\.file.path))
        return (storage, diagnostics)
    }

    // MARK: Declarations

    mutating func declareLexiconsAndMacros() {
        var declaredAt: [String: SourceLocation] = [:]
        for parsed in files {
            for lexicon in parsed.syntax.lexicons {
                if let earlier = declaredAt[lexicon.name] {
                    error(parsed.file, lexicon.range, "lexicon '\(lexicon.name)' is already declared at \(earlier)", hint: "rename one of them")
                    continue
                }
                declaredAt[lexicon.name] = parsed.file.location(ofByte: lexicon.range.offset)
                let mode = KeyMode(lexicon.options)
                var keys: LexiconKeyArena
                if let file = lexicon.file {
                    guard let (path, text) = lexiconTexts(file.path, parsed.file) else {
                        error(
                            parsed.file, file.range, "cannot find lexicon file '\(file.path)'",
                            hint: "lexicon files are looked up next to the rule file and in its lexicons/ folder")
                        continue
                    }
                    // Keyed from the file's bytes as they are read (``LexiconKeyArena``), into an
                    // arena the size of the text (the keys take about that), which need not grow.
                    keys = LexiconKeyArena(mode: mode, bytes: text.utf8.count)
                    let count = LexiconFileParser.forEachEntry(in: text) { keys.add($0) }
                    if count == 0 { warning(parsed.file, file.range, "lexicon file '\(path)' has no entries") }
                } else {
                    keys = LexiconKeyArena(mode: mode, entries: lexicon.entries.count)
                    for entry in lexicon.entries { keys.add(key: entry.key, value: entry.value) }
                }
                for entry in lexicon.entries where ScalarClass.isAllWhitespace(entry.key) {
                    error(parsed.file, entry.range, "empty lexicon entry", hint: "remove it; use ? after @\(lexicon.name) for an optional word")
                }
                lexiconIndex[lexicon.name] = lexicons.count
                lexicons.append(CompiledLexicon(name: lexicon.name, keys: keys))
                lexiconUsed.append(false)
                lexiconDeclarations.append((parsed.file, lexicon))
            }
            for macro in parsed.syntax.macros {
                if let earlier = macros[macro.name] {
                    error(
                        parsed.file, macro.range,
                        "sub-pattern '\(macro.name)' is already defined at \(earlier.file.location(ofByte: earlier.syntax.range.offset))")
                    continue
                }
                macros[macro.name] = (parsed.file, macro)
            }
        }
    }

    /// One entry per line; `#` starts a comment line; a TAB separates an optional value
    /// (``LexiconFileParser``).
    static func parseLexiconFile(_ text: String) -> [(key: String, value: String?)] {
        LexiconFileParser.entries(in: text)
    }

    struct PhaseInfo {
        var name: String
        var overlap: OverlapPolicy
        var supersede: Bool
    }

    /// Phases in order of first appearance, moved after those named in `after`.
    mutating func orderPhases() -> [PhaseInfo] {
        var order: [String] = []
        var info: [String: PhaseInfo] = [:]
        var overlapSetAt: [String: SourceLocation] = [:]
        var constraints: [(file: SourceFile, phase: String, after: String, range: SyntaxRange)] = []
        for parsed in files {
            let declared = Set(parsed.syntax.phases.map(\.name))
            if parsed.syntax.rules.contains(where: { $0.phase == "main" }), !declared.contains("main"), info["main"] == nil {
                order.append("main")
                info["main"] = PhaseInfo(name: "main", overlap: .longest, supersede: false)
            }
            for phase in parsed.syntax.phases {
                if info[phase.name] == nil {
                    order.append(phase.name)
                    info[phase.name] = PhaseInfo(name: phase.name, overlap: .longest, supersede: false)
                }
                if let overlap = phase.overlap {
                    if let earlier = overlapSetAt[phase.name], info[phase.name]?.overlap != overlap {
                        error(
                            parsed.file, phase.range,
                            "phase '\(phase.name)' is declared with overlap \(overlap.rawValue) here but \(info[phase.name]!.overlap.rawValue) at \(earlier)",
                            hint: "state the overlap policy once, or the same everywhere")
                    }
                    overlapSetAt[phase.name] = parsed.file.location(ofByte: phase.range.offset)
                    info[phase.name]?.overlap = overlap
                }
                if phase.supersede { info[phase.name]?.supersede = true }
                for other in phase.after { constraints.append((parsed.file, phase.name, other.name, other.range)) }
            }
        }
        for constraint in constraints where info[constraint.after] == nil {
            error(
                constraint.file, constraint.range, "unknown phase '\(constraint.after)'",
                hint: suggestion(constraint.after, among: order) ?? "phases: " + order.joined(separator: ", "))
        }
        // Stable topological sort: repeatedly take the first phase whose predecessors are placed.
        var placed: [String] = []
        var remaining = order
        while !remaining.isEmpty {
            guard
                let next = remaining.firstIndex(where: { name in
                    constraints.allSatisfy { $0.phase != name || placed.contains($0.after) || info[$0.after] == nil }
                })
            else {
                let cycle = remaining.joined(separator: ", ")
                if let first = constraints.first(where: { remaining.contains($0.phase) }) {
                    error(first.file, first.range, "phases \(cycle) are ordered in a cycle by 'after'", hint: "remove one 'after'")
                }
                placed += remaining
                break
            }
            placed.append(remaining.remove(at: next))
        }
        return placed.compactMap { info[$0] }
    }
}

extension StringProtocol {
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        guard let first = firstIndex(where: { !characters.contains($0) }) else { return "" }
        let last = lastIndex(where: { !characters.contains($0) })!
        return String(self[first...last])
    }
}
