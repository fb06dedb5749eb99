import VietTokenizer

extension RuleCompiler {
    /// What the code generator needs to know about the rule being compiled.
    struct RuleContext {
        let file: SourceFile
        let ruleName: String
        let phaseName: String
        let visibleLabels: Set<String>
        let allEmitted: [String: String]
        var captures: [CaptureInfo] = []
        var macroStack: [String] = []
        var inLookaround: LookaroundKind?
        var failed = false
        /// The rule's own range, where a pattern that expands past ``patternElementBudget`` is reported.
        var ruleRange: SyntaxRange?
    }

    /// The most pattern elements one rule may expand to. A repetition copies its element (x{2,5}:
    /// five copies, x+: two), so nested repetitions multiply: "(x+)+" ×80, which a fuzzer wrote,
    /// would be 2⁸⁰ and compiled for ever. The shipped rules' largest expands to a few thousand.
    static let patternElementBudget = 200_000

    mutating func compileRule(
        _ rule: RuleSyntax, file: SourceFile, phase: Int, order: Int, program: inout PhaseProgram,
        visibleLabels: Set<String>, allEmitted: [String: String], phaseName: String
    ) -> CompiledRule? {
        guard let pattern = rule.pattern, let emit = rule.emit else { return nil }
        // The first rule of that name in file order that is not this one nor after it in its file.
        if let earlier = ruleDefinitions[rule.name]?.first(where: { $0.file.path != file.path || $0.offset < rule.range.offset }) {
            error(
                file, rule.range, "rule '\(rule.name)' is already defined at \(earlier.file.location(ofByte: earlier.offset))",
                hint: "rule names must be unique across the rule set")
            return nil
        }
        var context = RuleContext(
            file: file, ruleName: rule.name, phaseName: phaseName, visibleLabels: visibleLabels, allEmitted: allEmitted)
        context.ruleRange = rule.range
        patternElements = 0
        let entry = Int32(program.instructions.count)
        // The phase's code is moved out while the rule is appended to it and put back after, cut
        // back to `entry` when the rule fails: appending to a copy copied all of it, every rule.
        var code = program.instructions
        program.instructions = []
        code.append(.save(0))
        emitPattern(pattern, into: &code, context: &context)
        code.append(.save(1))
        code.append(.match(Int32(order)))
        if consumables(pattern, context: context).canBeEmpty {
            warning(
                file, rule.range, "rule '\(rule.name)' can match empty text; empty matches are discarded",
                hint: "make at least one element required (drop a ? or *)")
        }
        // Type-check emit with the captures the pattern named.
        var checker = ExpressionChecker(
            captures: context.captures, lexiconIndex: lexiconIndex, lexicons: lexicons,
            sink: sinks[file.path] ?? DiagnosticSink(file: file))
        var items: [CompiledEmit.Item] = []
        var assigned: Set<String> = []
        for item in emit.items {
            switch item {
            case .assign(let name, let expression, let range):
                if !assigned.insert(name).inserted {
                    checker.error(range, "attribute '\(name)' is assigned twice", hint: "keep one of the assignments")
                    continue
                }
                if let (typed, _) = checker.check(expression) { items.append(.assign(name, typed)) }
            case .spread(let name, let range):
                guard let index = checker.captureIndex(name) else {
                    checker.error(range, "unknown capture '\(name)'", hint: checker.captureHint)
                    continue
                }
                guard !context.captures[index].labels.isEmpty else {
                    checker.error(range, "capture '\(name)' matches no labelled span, so '\(name).*' has no attributes to copy")
                    continue
                }
                items.append(.spread(index))
            }
        }
        var spanCapture: Int?
        if let (name, range) = emit.spanCapture {
            if let index = checker.captureIndex(name) {
                spanCapture = index
            } else {
                checker.error(
                    range, "unknown capture '\(name)' after 'at'",
                    hint: suggestion(name, among: context.captures.map(\.name)) ?? checker.captureHint)
            }
        }
        sinks[file.path] = checker.sink
        guard !context.failed, !checker.failed else {
            code.removeSubrange(Int(entry)...)
            program.instructions = code
            return nil
        }
        program.instructions = code
        var specs: [RuleSpec] = []
        for example in rule.examples {
            specs.append(
                RuleSpec(
                    kind: .example, text: example.text, label: example.label?.name ?? emit.label, expectedText: example.expectedText,
                    attributes: example.attributes.map { Attribute($0.name, $0.value) }, ruleName: rule.name,
                    location: file.location(ofByte: example.range.offset)))
        }
        for counter in rule.counters {
            specs.append(
                RuleSpec(
                    kind: .counter, text: counter.text, label: emit.label, expectedText: nil, attributes: [], ruleName: rule.name,
                    location: file.location(ofByte: counter.range.offset)))
        }
        return CompiledRule(
            name: rule.name, order: order, priority: rule.priority, phase: phase, entry: entry, captures: context.captures,
            emit: CompiledEmit(label: emit.label, spanCapture: spanCapture, items: items), location: file.location(ofByte: rule.range.offset), specs: specs)
    }

    // MARK: Code generation (Thompson construction)

    mutating func emitPattern(_ pattern: PatternSyntax, into code: inout [Instruction], context: inout RuleContext) {
        patternElements += 1
        guard patternElements <= Self.patternElementBudget else {
            if patternElements == Self.patternElementBudget + 1 {
                error(
                    context.file, context.ruleRange ?? pattern.range,
                    "rule '\(context.ruleName)' expands to more than \(Self.patternElementBudget) pattern elements",
                    hint: "repetitions inside repetitions multiply their copies: write x+ for (x+)+, x{6} for x{2}{3}")
            }
            context.failed = true
            return
        }
        switch pattern {
        case .token(let predicate):
            if let known = predicateTests[predicate.range]?.first(where: { $0.predicate == predicate }) {
                code.append(.test(known.test))
                return
            }
            guard let test = compilePredicate(predicate, context: &context) else { return }
            let id = internTest(test)
            predicateTests[predicate.range, default: []].append((predicate, id))
            code.append(.test(id))
        case .phrase(let text, let options, _):
            // A phrase is a one-entry lexicon matched across tokens.
            let name = "\"\(text)\""
            let index = lexicons.count
            lexicons.append(CompiledLexicon(name: name, mode: KeyMode(options), entries: [(text, nil)]))
            lexiconUsed.append(true)
            lexiconDeclarations.append((context.file, LexiconSyntax(name: name, range: pattern.range)))
            code.append(.lexicon(Int32(index)))
        case .lexicon(let name, let range):
            guard let index = resolveLexicon(name, range, context: &context) else { return }
            code.append(.lexicon(Int32(index)))
        case .label(let name, let range):
            checkLabel(name, range, context: context)
            code.append(.label(internLabel(name)))
        case .macro(let name, let range):
            guard let macro = macros[name] else {
                error(
                    context.file, range, "unknown sub-pattern '<\(name)>'",
                    hint: suggestion(name, among: Array(macros.keys)) ?? "define it with: define \(name) = PATTERN")
                context.failed = true
                return
            }
            if context.macroStack.contains(name) {
                error(
                    context.file, range, "sub-pattern '<\(name)>' refers to itself (\((context.macroStack + [name]).joined(separator: " → ")))",
                    hint: "sub-patterns are expanded in place and cannot recurse; use + or * for repetition")
                context.failed = true
                return
            }
            context.macroStack.append(name)
            // Inside a look-behind the body was reversed without the sub-patterns it names, which
            // are read right to left too: each is reversed where it is expanded.
            let body = context.inLookaround?.isBehind == true ? Self.reversed(macro.syntax.pattern) : macro.syntax.pattern
            emitPattern(body, into: &code, context: &context)
            context.macroStack.removeLast()
        case .sequence(let parts):
            for part in parts { emitPattern(part, into: &code, context: &context) }
        case .alternation(let branches):
            var jumpsToEnd: [Int] = []
            for (index, branch) in branches.enumerated() {
                if index < branches.count - 1 {
                    let split = code.count
                    code.append(.split(0, 0))
                    emitPattern(branch, into: &code, context: &context)
                    jumpsToEnd.append(code.count)
                    code.append(.jump(0))
                    code[split] = .split(Int32(split + 1), Int32(code.count))
                } else {
                    emitPattern(branch, into: &code, context: &context)
                }
            }
            for jump in jumpsToEnd { code[jump] = .jump(Int32(code.count)) }
        case .repetition(let inner, let minimum, let maximum, let lazy, let range):
            if context.inLookaround != nil, maximum == nil {
                error(
                    context.file, range, "look-around cannot contain unbounded repetition (*, + or {m,})",
                    hint: "bound it, e.g. {0,3}: look-around must stay cheap to keep matching linear")
                context.failed = true
                return
            }
            for _ in 0..<minimum { emitPattern(inner, into: &code, context: &context) }
            if let maximum {
                // x{0,k}: nested optionals, each copy only tried after the previous one matched.
                var exits: [Int] = []
                for _ in minimum..<max(minimum, maximum) {
                    exits.append(code.count)
                    code.append(.split(0, 0))
                    emitPattern(inner, into: &code, context: &context)
                }
                for exit in exits {
                    code[exit] = lazy ? .split(Int32(code.count), Int32(exit + 1)) : .split(Int32(exit + 1), Int32(code.count))
                }
            } else {
                let loop = code.count
                code.append(.split(0, 0))
                emitPattern(inner, into: &code, context: &context)
                code.append(.jump(Int32(loop)))
                code[loop] = lazy ? .split(Int32(code.count), Int32(loop + 1)) : .split(Int32(loop + 1), Int32(code.count))
            }
        case .capture(let name, let inner, let range):
            if context.inLookaround != nil {
                error(context.file, range, "look-around cannot capture", hint: "move the capture '\(name):' out of the look-around")
                context.failed = true
                return
            }
            if RuleParser.clauseKeywords.contains(name) || ["true", "false", "nil"].contains(name) {
                error(context.file, range, "'\(name)' is a reserved word and cannot name a capture")
                context.failed = true
                return
            }
            let found = consumables(inner, context: context)
            let index: Int
            if let existing = context.captures.firstIndex(where: { $0.name == name }) {
                index = existing
                let old = context.captures[existing]
                context.captures[existing] = CaptureInfo(
                    name: name, labels: old.labels.union(found.labels), lexicons: old.lexicons + found.lexicons, isOptional: true)
            } else {
                index = context.captures.count
                context.captures.append(
                    CaptureInfo(name: name, labels: found.labels, lexicons: found.lexicons, isOptional: found.canBeEmpty))
            }
            code.append(.save(Int32(2 + 2 * index)))
            emitPattern(inner, into: &code, context: &context)
            code.append(.save(Int32(3 + 2 * index)))
        case .lookaround(let kind, let inner, let range):
            let nested = context.inLookaround != nil
            if nested { error(context.file, range, "look-around cannot be nested") }
            var lookContext = context
            lookContext.inLookaround = kind
            var lookCode: [Instruction] = []
            // Compiled even when nested: the errors inside are reported too, and its lexicons count
            // as used (no "never used" warning that vanishes once the nesting is fixed).
            emitPattern(lookaroundBody(inner, behind: kind.isBehind, at: range, macroStack: context.macroStack), into: &lookCode, context: &lookContext)
            guard !nested else {
                context.failed = true
                return
            }
            lookCode.append(.match(0))
            context.failed = lookContext.failed
            code.append(.assert(Int32(lookarounds.count)))
            lookarounds.append(Lookaround(kind: kind, program: lookCode))
        case .anchor(let atStart, _):
            code.append(atStart ? .atStart : .atEnd)
        }
    }

    /// The pattern read right to left (look-behind runs backward from the position).
    static func reversed(_ pattern: PatternSyntax) -> PatternSyntax {
        switch pattern {
        case .sequence(let parts): .sequence(parts.reversed().map(reversed))
        case .alternation(let branches): .alternation(branches.map(reversed))
        case .repetition(let inner, let minimum, let maximum, let lazy, let range): .repetition(reversed(inner), min: minimum, max: maximum, lazy: lazy, range)
        case .capture(let name, let inner, let range): .capture(name, reversed(inner), range)
        // An anchor keeps its meaning read backward: `^` is still the line's start, which a
        // look-behind reaches last (`(?<= ^ "Điều")`); flipped, it asked for the line's end.
        default: pattern
        }
    }

    mutating func resolveLexicon(_ name: String, _ range: SyntaxRange, context: inout RuleContext) -> Int? {
        guard let index = lexiconIndex[name] else {
            error(
                context.file, range, "unknown lexicon '@\(name)'",
                hint: suggestion(name, among: Array(lexiconIndex.keys))
                    ?? "declare it with: lexicon \(name) = \"…\" | \"…\"  or  lexicon \(name) from \"\(name.lowercased()).txt\"")
            context.failed = true
            return nil
        }
        lexiconUsed[index] = true
        return index
    }

    mutating func checkLabel(_ name: String, _ range: SyntaxRange, context: RuleContext) {
        guard !context.visibleLabels.contains(name) else { return }
        if let phase = context.allEmitted[name] {
            warning(
                context.file, range,
                "label \(name) is emitted in phase '\(phase)', which does not run before phase '\(context.phaseName)'; rule '\(context.ruleName)' can never match here",
                hint: "move the rule to a later phase (phase NAME after \(phase))")
        } else {
            let known = Array(context.visibleLabels)
            warning(
                context.file, range, "no earlier phase emits label \(name); rule '\(context.ruleName)' can never match",
                hint: suggestion(name, among: known) ?? "labels available here: " + known.sorted().joined(separator: ", "))
        }
    }

    /// Labels and lexicons a sub-pattern can consume, and whether it can match nothing.
    func consumables(_ pattern: PatternSyntax, context: RuleContext) -> (labels: Set<String>, lexicons: [Int], canBeEmpty: Bool) {
        var labels = Set<String>()
        var lexicons: [Int] = []
        var macroStack = context.macroStack
        let canBeEmpty = collectConsumables(pattern, macroStack: &macroStack, depth: 0, labels: &labels, lexicons: &lexicons)
        return (labels, lexicons, canBeEmpty)
    }

    /// ``consumables(_:context:)`` gathered into one set and one array in one walk, in pattern
    /// order (a set and an array per node, merged upwards, and a copy of the rule's context per
    /// sub-pattern were most of its cost); returns whether `pattern` can match nothing. Every part
    /// is walked, for its labels and lexicons, whatever the answer.
    private func collectConsumables(
        _ pattern: PatternSyntax, macroStack: inout [String], depth: Int, labels: inout Set<String>, lexicons: inout [Int]
    ) -> Bool {
        guard depth < 64 else { return false }
        func collect(_ inner: PatternSyntax) -> Bool {
            collectConsumables(inner, macroStack: &macroStack, depth: depth + 1, labels: &labels, lexicons: &lexicons)
        }
        switch pattern {
        case .token, .phrase: return false
        case .lexicon(let name, _):
            if let index = lexiconIndex[name] { lexicons.append(index) }
            return false
        case .label(let name, _):
            labels.insert(name)
            return false
        case .macro(let name, _):
            guard let macro = macros[name], !macroStack.contains(name) else { return false }
            macroStack.append(name)
            defer { macroStack.removeLast() }
            return collect(macro.syntax.pattern)
        case .sequence(let parts):
            var canBeEmpty = true
            for part in parts where !collect(part) { canBeEmpty = false }
            return canBeEmpty
        case .alternation(let branches):
            var canBeEmpty = false
            for branch in branches where collect(branch) { canBeEmpty = true }
            return canBeEmpty
        case .repetition(let inner, let minimum, _, _, _):
            return collect(inner) || minimum == 0
        case .capture(_, let inner, _): return collect(inner)
        case .lookaround, .anchor: return true
        }
    }

    // MARK: Predicates

    mutating func compilePredicate(_ predicate: PredicateSyntax, context: inout RuleContext) -> TokenTest? {
        switch predicate {
        case .literal(let text, let options, let range):
            if ScalarClass.containsWhitespace(text) {
                error(
                    context.file, range, "\"\(text)\" has a space, but a token predicate tests one token",
                    hint: "write the phrase outside [ ] to match it across tokens")
                context.failed = true
                return nil
            }
            let mode = KeyMode(options)
            return .literal(mode, literals.intern(mode.key(text), mode: mode))
        case .regex(let pattern, let insensitive, let range):
            let key = (insensitive ? "i/" : "/") + pattern
            if let index = regexIndex[key] { return .regex(index) }
            switch RegexPattern.compile(pattern, caseInsensitive: insensitive) {
            case .success(let regex):
                regexIndex[key] = regexes.count
                regexes.append(regex)
                return .regex(regexes.count - 1)
            case .failure(let problem):
                let offset = problem.scalarOffset.map { range.offset + 1 + String(pattern.unicodeScalars.prefix($0)).utf8.count } ?? range.offset
                error(
                    context.file, SyntaxRange(offset: offset, width: 1), "invalid regular expression (\(problem.name))",
                    hint: "ICU regular expression syntax; the whole token must match")
                context.failed = true
                return nil
            }
        case .lexicon(let name, let range):
            guard let index = resolveLexicon(name, range, context: &context) else { return nil }
            return .lexicon(index)
        case .kind(let name, let range):
            guard let kind = TokenKind.allCases.first(where: { $0.description == name }) else {
                error(
                    context.file, range, "unknown token kind '\(name)'",
                    hint: suggestion(name, among: TokenKind.allCases.map(\.description))
                        ?? "kinds: " + TokenKind.allCases.map(\.description).joined(separator: ", "))
                context.failed = true
                return nil
            }
            return .kind(kind)
        case .flag(let name, let range):
            guard let flag = TokenFlag(rawValue: name) else {
                error(
                    context.file, range, "unknown token property 'is:\(name)'",
                    hint: suggestion(name, among: TokenFlag.allCases.map(\.rawValue))
                        ?? "properties: " + TokenFlag.allCases.map(\.rawValue).joined(separator: ", "))
                context.failed = true
                return nil
            }
            return .flag(flag)
        case .shape(let shape, _):
            return .shape(shape)
        case .any:
            return .any
        case .not(let inner):
            return compilePredicate(inner, context: &context).map(TokenTest.not)
        case .and(let parts):
            let compiled = parts.compactMap { compilePredicate($0, context: &context) }
            return compiled.count == parts.count ? .and(compiled) : nil
        case .or(let parts):
            let compiled = parts.compactMap { compilePredicate($0, context: &context) }
            return compiled.count == parts.count ? .or(compiled) : nil
        }
    }

    // MARK: Start index

    /// For every rule of a phase, the first things it can consume, found by following the
    /// zero-width instructions from its entry.
    func buildStartIndex(_ program: PhaseProgram, rules: [CompiledRule]) -> StartIndex {
        var index = StartIndex()
        for ruleIndex in program.rules {
            var seen = Set<Int32>()
            // Each pc with whether the way to it passed `^`; a pc is visited once each way, so a
            // way that skips `^` is seen even where an anchored one got there first.
            var stack = [(pc: rules[ruleIndex].entry, afterStart: false)]
            // Whether every way to a first element passes `^` (then labels seed it at position 0 only).
            var anchored = true
            var matchesEmpty = false
            var literalsFound: [(KeyMode, Int32)] = []
            var lexiconsFound: [Int] = []
            var labelsFound: [Int32] = []
            // The first tests that are no literal (nor an alternation of literals): they start the
            // rule wherever they pass, beside the literals, lexicons and labels it is indexed by.
            var otherTests: [Int32] = []
            while let (pc, afterStart) = stack.popLast() {
                guard seen.insert(2 * pc + (afterStart ? 1 : 0)).inserted else { continue }
                switch program.instructions[Int(pc)] {
                case .atStart: stack.append((pc + 1, true))
                case .save, .assert, .atEnd: stack.append((pc + 1, afterStart))
                case .jump(let target): stack.append((target, afterStart))
                case .split(let a, let b): stack += [(a, afterStart), (b, afterStart)]
                case .match: matchesEmpty = true
                case .label(let label):
                    labelsFound.append(label)
                    anchored = anchored && afterStart
                case .lexicon(let lexicon):
                    lexiconsFound.append(Int(lexicon))
                    anchored = false
                case .test(let test):
                    anchored = false
                    switch tests[Int(test)] {
                    case .literal(let mode, let id): literalsFound.append((mode, id))
                    case .or(let parts) where parts.allSatisfy({ if case .literal = $0 { true } else { false } }):
                        for case .literal(let mode, let id) in parts { literalsFound.append((mode, id)) }
                    default: otherTests.append(test)
                    }
                }
            }
            if matchesEmpty || otherTests.contains(where: { tests[Int($0)] == .any }) {
                // Started everywhere, and at the end of the line.
                index.always.append(ruleIndex)
                index.alwaysByForm.append(StartIndex.Anywhere(rule: ruleIndex, firstTests: nil))
                continue
            }
            if !otherTests.isEmpty {
                if otherTests.allSatisfy({ tests[Int($0)].isFormOnly }) {
                    index.alwaysByForm.append(StartIndex.Anywhere(rule: ruleIndex, firstTests: otherTests))
                } else {
                    // (The first tests are alternatives: the kinds of their disjunction.)
                    let kinds = TokenTest.or(otherTests.map { tests[Int($0)] }).requiredKinds
                    if let kinds {
                        index.kindStarts |= kinds
                    } else {
                        index.startsAtAnyKind = true
                    }
                    index.alwaysByToken.append(StartIndex.Anywhere(rule: ruleIndex, firstTests: otherTests, kinds: kinds ?? ~0))
                }
            }
            for (mode, id) in literalsFound where index.byLiteral[mode.rawValue][id]?.last != ruleIndex {
                index.byLiteral[mode.rawValue][id, default: []].append(ruleIndex)
            }
            for lexicon in lexiconsFound {
                if let entry = index.byLexicon.firstIndex(where: { $0.lexicon == lexicon }) {
                    if index.byLexicon[entry].rules.last != ruleIndex { index.byLexicon[entry].rules.append(ruleIndex) }
                } else {
                    index.byLexicon.append((lexicon, [ruleIndex]))
                }
            }
            for label in labelsFound {
                if anchored {
                    if index.byLabelAtLineStart.count <= Int(label) {
                        index.byLabelAtLineStart += Array(repeating: [], count: Int(label) + 1 - index.byLabelAtLineStart.count)
                    }
                    if index.byLabelAtLineStart[Int(label)].last != ruleIndex { index.byLabelAtLineStart[Int(label)].append(ruleIndex) }
                    continue
                }
                if index.byLabel.count <= Int(label) { index.byLabel += Array(repeating: [], count: Int(label) + 1 - index.byLabel.count) }
                if index.byLabel[Int(label)].last != ruleIndex { index.byLabel[Int(label)].append(ruleIndex) }
            }
        }
        index.byLexicon.sort { $0.lexicon < $1.lexicon }
        return index
    }
}
