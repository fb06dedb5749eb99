import VietTokenizer

extension MatcherCore {
    // MARK: Token tests

    /// Evaluates test number `id` of the rule set on token `index`: the common tests straight from
    /// ``RuleSetStorage/flatTests`` (no reference counting), the others through
    /// ``evaluate(_:at:in:)``.
    mutating func evaluate(test id: Int32, at index: Int, in document: inout DocumentState) -> Bool {
        switch storage.flatTests[Int(id)] {
        case .literal(let mode, let literal): return literalID(document.forms[index], mode) == literal
        case .kind(let kind): return document.text.tokens[index].kind == kind
        case .flag(let flag): return Self.has(flag, document.text.tokens[index])
        case .any: return true
        case .conjunction(let conjunction): return holds(conjunction, at: index, in: &document)
        case .disjunction(let disjunction): return holdsAny(disjunction, at: index, in: &document)
        case .literalSet(let mode, let members): return storage.literalSet(members, contains: literalID(document.forms[index], mode))
        case .regex(let regex): return regexMatches(regex, form: document.forms[index])
        case .wideConjunction(let half):
            return holds(storage.wideConjunctions[Int(half)], at: index, in: &document)
                && holds(storage.wideConjunctions[Int(half) + 1], at: index, in: &document)
        case .other: return evaluate(storage.tests[Int(id)], at: index, in: &document)
        }
    }

    /// Whether every atom of `conjunction` holds on token `index` (in order, stopping at the
    /// first that fails: the same answer as evaluating the ``TokenTest`` it came from).
    @inline(__always)
    mutating func holds(_ conjunction: TokenTest.Conjunction, at index: Int, in document: inout DocumentState) -> Bool {
        let atoms = conjunction.atoms
        return holds(atoms.0, at: index, in: &document) && holds(atoms.1, at: index, in: &document)
            && holds(atoms.2, at: index, in: &document) && holds(atoms.3, at: index, in: &document)
    }

    /// Whether some atom of `disjunction` holds on token `index` (in order, stopping at the first
    /// that does: the same answer as evaluating the `.or` it came from).
    @inline(__always)
    mutating func holdsAny(_ disjunction: TokenTest.Conjunction, at index: Int, in document: inout DocumentState) -> Bool {
        let atoms = disjunction.atoms
        return holdsPresent(atoms.0, at: index, in: &document) || holdsPresent(atoms.1, at: index, in: &document)
            || holdsPresent(atoms.2, at: index, in: &document) || holdsPresent(atoms.3, at: index, in: &document)
    }

    /// Whether `atom` is present (not 0) and holds on token `index`.
    @inline(__always)
    mutating func holdsPresent(_ atom: UInt32, at index: Int, in document: inout DocumentState) -> Bool {
        atom != 0 && holds(atom, at: index, in: &document)
    }

    /// Whether one atom of a ``TokenTest/Conjunction`` holds on token `index` (0, no atom: true).
    @inline(__always)
    mutating func holds(_ atom: UInt32, at index: Int, in document: inout DocumentState) -> Bool {
        guard atom != 0 else { return true }
        let operand = atom & TokenTest.Conjunction.operandMask
        let result: Bool
        switch TokenTest.Conjunction.Operation(rawValue: atom >> 28) {
        case .kind:
            result = UInt32(document.text.tokens[index].kind.rawValue) == operand
        case .flag:
            result = Self.has(TokenFlag.allCases[Int(operand)], document.text.tokens[index])
        case .lexicon:
            result = probe(Int(operand), form: document.forms[index]) & 1 != 0
        case .literal:
            let mode = KeyMode(rawValue: Int(operand >> 25)) ?? .exact
            result = literalID(document.forms[index], mode) == Int32(operand & (1 << 25 - 1))
        case nil:
            result = false
        }
        return atom & TokenTest.Conjunction.negated == 0 ? result : !result
    }

    /// Evaluates a test on token `index`; text-only parts are answered from the per-form caches.
    /// (`document` is inout only so that callers holding it inout pass it without a copy.)
    mutating func evaluate(_ test: TokenTest, at index: Int, in document: inout DocumentState) -> Bool {
        let form = document.forms[index]
        switch test {
        case .any: return true
        case .literal(let mode, let id): return literalID(form, mode) == id
        case .kind(let kind): return document.text.tokens[index].kind == kind
        case .flag(let flag): return Self.has(flag, document.text.tokens[index])
        case .shape(let shape): return forms.shape(form) == shape
        case .regex(let regex): return regexMatches(regex, form: form)
        case .lexicon(let lexicon): return probe(lexicon, form: form) & 1 != 0
        case .not(let inner): return !evaluate(inner, at: index, in: &document)
        case .and(let parts): return parts.allSatisfy { evaluate($0, at: index, in: &document) }
        case .or(let parts): return parts.contains { evaluate($0, at: index, in: &document) }
        }
    }

    /// Evaluates a test that depends only on the text (``TokenTest/isFormOnly``) on a form.
    mutating func evaluateOnForm(_ test: TokenTest, form: Int32) -> Bool {
        switch test {
        case .any: return true
        case .literal(let mode, let id): return literalID(form, mode) == id
        case .shape(let shape): return forms.shape(form) == shape
        case .regex(let regex): return regexMatches(regex, form: form)
        case .lexicon(let lexicon): return probe(lexicon, form: form) & 1 != 0
        case .not(let inner): return !evaluateOnForm(inner, form: form)
        case .and(let parts): return parts.allSatisfy { evaluateOnForm($0, form: form) }
        case .or(let parts): return parts.contains { evaluateOnForm($0, form: form) }
        case .kind, .flag: return true
        }
    }

    /// The literal id of `form` in `mode` (-1: no literal of the rule set has its key): the
    /// cached answer inline, the rule set's ``LiteralTable`` fetched only for a form's first test
    /// in a mode. (Passing the table on every test, as the automaton's literal tests did, retained
    /// and released its two arrays each time: two pairs of atomic reference-count operations.)
    @inline(__always)
    mutating func literalID(_ form: Int32, _ mode: KeyMode) -> Int32 {
        let known = forms.knownLiteralID(form, mode)
        return known != -2 ? known : firstLiteralID(form, mode)
    }

    /// ``literalID(_:_:)``'s first answer for a form and mode (out of line, with the table), from
    /// the core's own copy of the rule set's literal indexes (``literalIndexes``).
    @inline(never)
    mutating func firstLiteralID(_ form: Int32, _ mode: KeyMode) -> Int32 {
        let key = forms.key(form, mode)
        let id: Int32 =
            switch mode {
            case .exact: literalIndexes.0.id(of: key)
            case .ignoreCase: literalIndexes.1.id(of: key)
            case .ignoreDiacritics: literalIndexes.2.id(of: key)
            case .ignoreBoth: literalIndexes.3.id(of: key)
            }
        forms.setLiteralID(id, form, mode)
        return id
    }

    /// Whether regex `regex` matches `form`'s text: the cached answer inline, as ``probe(_:form:)``
    /// gives it (no growth check on the table's array, which went through its uniqueness check on
    /// every test), the regex run only on a (form, regex) pair's first test.
    @inline(__always)
    mutating func regexMatches(_ regex: Int, form: Int32) -> Bool {
        let key = Int(form) * storage.regexes.count + regex
        if key < forms.regexResults.count {
            let cached = forms.regexResults[key]
            if cached != 0xFF { return cached != 0 }
        }
        return firstRegexMatch(regex, form: form, key: key)
    }

    /// ``regexMatches(_:form:)``'s first answer for a (form, regex) pair, out of line as
    /// ``probeLexicon(_:form:key:)`` is.
    @inline(never)
    mutating func firstRegexMatch(_ regex: Int, form: Int32, key: Int) -> Bool {
        FormTable.reserve(&forms.regexResults, for: key)
        if regexClones[regex] == nil { regexClones[regex] = storage.regexes[regex].makeClone() }
        let result = regexClones[regex]?.matches(forms.forms[Int(form)].text) ?? false
        forms.regexResults[key] = result ? 1 : 0
        return result
    }

    static func has(_ flag: TokenFlag, _ token: Token) -> Bool {
        switch flag {
        case .capitalized: token.flags.contains(.capitalized)
        case .allcaps: token.flags.contains(.allCaps)
        case .lowercase: token.kind == .word && !token.flags.contains(.capitalized)
        case .diacritics: token.flags.contains(.hasDiacritics)
        case .foreign: token.flags.contains(.foreign)
        case .digits: token.flags.contains(.hasDigits)
        case .spaced: token.flags.contains(.spaceBefore)
        case .glued: !token.flags.contains(.spaceBefore)
        case .syllable: token.kind == .word && !token.flags.contains(.foreign)
        }
    }

    /// Bit 0: the form alone is an entry of the lexicon; bit 1: a longer entry starts with it.
    /// The cached answer inline; the lexicon only on a (form, lexicon) pair's first probe.
    @inline(__always)
    mutating func probe(_ lexicon: Int, form: Int32) -> UInt8 {
        let key = Int(form) * storage.lexicons.count + lexicon
        if key < forms.lexiconProbes.count {
            let cached = forms.lexiconProbes[key]
            if cached != 0xFF { return cached }
        }
        return probeLexicon(lexicon, form: form, key: key)
    }

    /// ``probe(_:form:)``'s first answer for a (form, lexicon) pair. Out of line so that the
    /// cached path inlined at every caller does not carry it: the optimiser hoisted the copy of
    /// the ``CompiledLexicon`` (retains of its arrays) above the cache check.
    /// A lexicon some rule starts with is first asked its mode's prefix filter, which rules out
    /// most forms without the search (``probeSeedLexicons(_:)`` leaves their probes unknown).
    @inline(never)
    mutating func probeLexicon(_ lexicon: Int, form: Int32, key: Int) -> UInt8 {
        FormTable.reserve(&forms.lexiconProbes, for: key)
        let mode = storage.lexicons[lexicon].mode
        var formKey = forms.key(form, mode)
        var bits: UInt8 = 0
        if !storage.isSeedLexicon[lexicon] || storage.mayBeginSeedEntry(&formKey, in: mode) {
            let (isEntry, hasLonger) = storage.lexicons[lexicon].probe(formKey)
            bits = (isEntry ? 1 : 0) | (hasLonger ? 2 : 0)
        }
        forms.lexiconProbes[key] = bits
        return bits
    }

    /// Where in ``MatcherCore/lexiconEndPool`` the token positions are listed (ascending) at which
    /// an entry of `lexicon` starting at token `start` ends; memoised per line.
    mutating func lexiconEnds(_ lexicon: Int, from start: Int, in document: inout DocumentState) -> Range<Int> {
        guard start < document.tokenCount else { return 0..<0 }
        let first = probe(lexicon, form: document.forms[start])
        if first == 0 { return 0..<0 }
        if let cached = lexiconEndMemo[lexicon: lexicon, start: start] { return cached }
        let offset = lexiconEndPool.count
        if first & 1 != 0 { lexiconEndPool.append(Int32(start + 1)) }
        if first & 2 != 0 {
            let startKey = Int64(document.forms[start]) << 20 | Int64(lexicon)
            var state: Int32
            if let known = forms.startStates[startKey] {
                state = Int32(known)
            } else {
                state = forms.prefixState(forms.key(document.forms[start], storage.lexicons[lexicon].mode), lexicon: lexicon)
                forms.startStates[startKey] = Int64(state)
            }
            var next = start + 1
            while next < document.tokenCount {
                let result = transition(from: state, space: document.spaceBefore[next], form: document.forms[next])
                if result < 0 { break }
                if result & 1 != 0 { lexiconEndPool.append(Int32(next + 1)) }
                if result & 2 == 0 { break }
                state = result >> 2
                next += 1
            }
        }
        lexiconEndMemo[lexicon: lexicon, start: start] = offset..<lexiconEndPool.count
        return offset..<lexiconEndPool.count
    }

    /// Whether an entry of `lexicon` starts at token `position`: `lexiconEnds(lexicon, from:
    /// position, in: &document)` is not empty. The form alone decides when it is an entry (bit 0
    /// of its probe) or begins none (probe 0); only a form that begins longer entries only needs
    /// the walk (memoised, so the thread that goes on reads it again at the cost of a lookup).
    @inline(__always)
    mutating func entryStarts(_ lexicon: Int, at position: Int, in document: inout DocumentState) -> Bool {
        guard position < document.tokenCount else { return false }
        let first = probe(lexicon, form: document.forms[position])
        return first & 1 != 0 || (first != 0 && !lexiconEnds(lexicon, from: position, in: &document).isEmpty)
    }

    /// ``entryStarts(_:at:in:)`` as a call, for the automaton's `start`: inlined there, it made
    /// `start` too large to be inlined in the seed loops, and each start then paid a call that
    /// passed its captured state on the stack (~45 instructions, 130 000 starts per MB).
    @inline(never)
    mutating func entryStartsOutOfLine(_ lexicon: Int, at position: Int, in document: inout DocumentState) -> Bool {
        entryStarts(lexicon, at: position, in: &document)
    }

    /// One step of a multi-token lexicon walk (see ``FormTable/transitions``).
    mutating func transition(from state: Int32, space: Bool, form: Int32) -> Int32 {
        let key = Int64(state) << 33 | Int64(form) << 1 | (space ? 1 : 0)
        if let cached = forms.transitions[key] { return Int32(cached) }
        let lexicon = forms.prefixLexicons[Int(state)]
        let compiled = storage.lexicons[lexicon]
        let extended = forms.prefixKeys[Int(state)] + (space ? " " : "") + forms.key(form, compiled.mode)
        let (isEntry, hasLonger) = compiled.probe(extended)
        var result: Int32 = -1
        if isEntry || hasLonger {
            let next = hasLonger ? forms.prefixState(extended, lexicon: lexicon) : 0
            result = next << 2 | (hasLonger ? 2 : 0) | (isEntry ? 1 : 0)
        }
        forms.transitions[key] = Int64(result)
        return result
    }

    // MARK: Look-around

    /// Longest entry, in tokens, a backward lexicon check looks for.
    static let lookbehindLexiconReach = 12

    mutating func lookaround(_ id: Int, at position: Int, in document: inout DocumentState) -> Bool {
        // Memo by (position parity, look-around): the automaton only asks at the position it is at
        // and the next one, so two slots per look-around suffice; stamps make clearing unneeded.
        // The slot is shared by every look-around with the same direction and program (see
        // ``Lookaround/Shape/memo``) and holds the answer before negation.
        let shape = storage.lookaroundShapes[id]
        let slot = (position & 1) * storage.lookarounds.count + Int(shape.memo)
        let stamp = lookaroundStampBase + Int32(position) + 1
        let known = lookaroundMemo[slot]
        if known >> 1 == Int64(stamp) { return (known & 1 != 0) != shape.isNegative }
        let found: Bool
        if case .test(let test) = shape.single {
            // The commonest shape, answered here rather than through a call of
            // ``singleStepLookaround(_:backward:at:in:)`` (~35 instructions, 100 000 per MB).
            let index = shape.isBehind ? position - 1 : position
            found = index >= 0 && index < document.tokenCount && evaluate(test: test, at: index, in: &document)
        } else if let single = shape.single, let answer = singleStepLookaround(single, backward: shape.isBehind, at: position, in: &document) {
            found = answer
        } else if !shape.straightSteps.isEmpty {
            found = straightLookaround(shape.straightSteps, backward: shape.isBehind, at: position, in: &document)
        } else if tokenwiseLookarounds[id] {
            found = tokenwiseLookaround(storage.lookarounds[id].program, backward: shape.isBehind, at: position, in: &document)
        } else {
            found = searchLookaround(id, backward: shape.isBehind, at: position, in: &document)
        }
        lookaroundMemo[slot] = Int64(stamp) << 1 | (found ? 1 : 0)
        return found != shape.isNegative
    }

    /// Whether look-around `id`'s program matches at `position`, by a depth-first search over
    /// (pc, position) pairs (the general case of ``lookaround(_:at:in:)``, which memoises the answer
    /// and applies negation).
    mutating func searchLookaround(_ id: Int, backward: Bool, at position: Int, in document: inout DocumentState) -> Bool {
        let look = storage.lookarounds[id]
        // (A copy of the raw stack, stored back with its memory when done: searches do not nest.)
        var stack = lookaroundStack
        var visits = LookaroundVisits()
        swap(&visits, &lookaroundVisits)
        defer {
            stack.removeAll()
            lookaroundStack = stack
            swap(&visits, &lookaroundVisits)
        }
        visits.begin(instructions: look.program.count)
        stack.push(pc: 0, at: position)
        var found = false
        search: while let (pc, at) = stack.pop() {
            if !visits.insert(pc: Int(pc), distance: backward ? position - at : at - position) { continue }
            switch look.program[Int(pc)] {
            case .match: found = true; break search
            case .jump(let target): stack.push(pc: target, at: at)
            case .split(let a, let b):
                // Two pushes, b first: a is the preferred branch, searched first.
                stack.push(pc: b, at: at)
                stack.push(pc: a, at: at)
            case .save, .assert: stack.push(pc: pc + 1, at: at)
            case .atStart: if at == 0 { stack.push(pc: pc + 1, at: at) }
            case .atEnd: if at == document.tokenCount { stack.push(pc: pc + 1, at: at) }
            case .test(let test):
                let index = backward ? at - 1 : at
                if index >= 0, index < document.tokenCount, evaluate(test: test, at: index, in: &document) {
                    stack.push(pc: pc + 1, at: backward ? at - 1 : at + 1)
                }
            case .lexicon(let lexicon):
                if backward {
                    for start in lookbehindStarts(of: Int(lexicon), before: at, in: document)
                    where hasEntry(Int(lexicon), from: start, endingAt: at, in: &document) {
                        stack.push(pc: pc + 1, at: start)
                    }
                } else {
                    for end in lexiconEndPool[lexiconEnds(Int(lexicon), from: at, in: &document)] { stack.push(pc: pc + 1, at: Int(end)) }
                }
            case .label(let label):
                var spanIndex = backward ? document.firstEnding[at] : document.firstStarting[at]
                while spanIndex >= 0 {
                    let span = document.spans[Int(spanIndex)]
                    if span.labelID == label { stack.push(pc: pc + 1, at: Int(backward ? span.start : span.end)) }
                    spanIndex = backward ? document.nextEnding[Int(spanIndex)] : document.nextStarting[Int(spanIndex)]
                }
            }
        }
        return found
    }

    /// Whether `program`, a look-around program that ``isTokenwise(_:)``, matches at `position`: the
    /// answer of ``searchLookaround(_:backward:at:in:)``, found by moving the set of instructions
    /// alive (bits of a word) one token at a time, without the search's stack and visited pairs
    /// (~1 000 instructions a search, ~15 000 such searches per MB of Wikipedia text: `(?<! ^ | …)`
    /// after a shared first test, an optional test in the middle).
    mutating func tokenwiseLookaround(_ program: [Instruction], backward: Bool, at position: Int, in document: inout DocumentState) -> Bool {
        var at = position
        var alive = Self.closure(of: 1, in: program, at: at, tokenCount: document.tokenCount)
        while true {
            var tests = alive
            var next: UInt64 = 0
            while tests != 0 {
                let pc = tests.trailingZeroBitCount
                tests &= tests &- 1
                switch program[pc] {
                case .match:
                    return true
                case .test(let test):
                    let index = backward ? at - 1 : at
                    if index >= 0, index < document.tokenCount, evaluate(test: test, at: index, in: &document) { next |= 1 << (pc + 1) }
                default:
                    continue
                }
            }
            if next == 0 { return false }
            at = backward ? at - 1 : at + 1
            alive = Self.closure(of: next, in: program, at: at, tokenCount: document.tokenCount)
        }
    }

    /// The instructions of `program` reached from those of `pcs` (bits) without consuming a token
    /// at token position `at`: through jumps, splits and the line-edge checks that hold there.
    static func closure(of pcs: UInt64, in program: [Instruction], at: Int, tokenCount: Int) -> UInt64 {
        var pending = pcs
        var reached: UInt64 = 0
        while pending != 0 {
            let pc = pending.trailingZeroBitCount
            pending &= pending &- 1
            guard reached & 1 << pc == 0 else { continue }
            reached |= 1 << pc
            switch program[pc] {
            case .jump(let target): pending |= 1 << UInt64(target)
            case .split(let preferred, let other): pending |= 1 << UInt64(preferred) | 1 << UInt64(other)
            case .save, .assert: pending |= 1 << UInt64(pc + 1)
            case .atStart: if at == 0 { pending |= 1 << UInt64(pc + 1) }
            case .atEnd: if at == tokenCount { pending |= 1 << UInt64(pc + 1) }
            case .test, .lexicon, .label, .match: continue
            }
        }
        return reached
    }

    /// Whether ``tokenwiseLookaround(_:backward:at:in:)`` can answer for `program`: at most 64
    /// instructions (a bit each), and every element one token or zero-width (no lexicon entry or
    /// labelled span, whose ends vary).
    static func isTokenwise(_ program: [Instruction]) -> Bool {
        program.count <= 64
            && program.allSatisfy {
                switch $0 {
                case .lexicon, .label: false
                default: true
                }
            }
    }

    /// Whether an entry of `lexicon` that begins at token `start` ends at token `position` (a
    /// look-behind's question, asked for each start ``lookbehindStarts(of:before:in:)`` gives).
    @inline(__always)
    mutating func hasEntry(_ lexicon: Int, from start: Int, endingAt position: Int, in document: inout DocumentState) -> Bool {
        lexiconEndPool[lexiconEnds(lexicon, from: start, in: &document)].contains(Int32(position))
    }

    /// Where an entry of `lexicon` that ends at token `position` may start: no further back than
    /// its longest entry's tokens, nor than ``lookbehindLexiconReach``; nowhere when the token
    /// before `position` ends no entry (``mayEndEntry(_:form:)``).
    mutating func lookbehindStarts(of lexicon: Int, before position: Int, in document: DocumentState) -> Range<Int> {
        guard position > 0, mayEndEntry(lexicon, form: document.forms[position - 1]) else { return 0..<0 }
        let reach = min(Self.lookbehindLexiconReach, storage.lexicons[lexicon].maximumTokens)
        return max(0, position - reach)..<position
    }

    /// Whether `form` may be the last token of an entry of `lexicon`: its key is a suffix of an
    /// entry's key (a walk joins the tokens' keys, the last one at the end). True for a lexicon
    /// no look-behind reads (no filter). Remembered per form and lexicon.
    mutating func mayEndEntry(_ lexicon: Int, form: Int32) -> Bool {
        let index = Int(form) * storage.lexicons.count + lexicon
        if index < forms.lexiconSuffixProbes.count, forms.lexiconSuffixProbes[index] != 0xFF { return forms.lexiconSuffixProbes[index] == 1 }
        return firstMayEndEntry(lexicon, form: form, index: index)
    }

    /// ``mayEndEntry(_:form:)``'s first answer for a (form, lexicon) pair, out of line as
    /// ``probeLexicon(_:form:key:)`` is: the filter is fetched (and retained) only here.
    @inline(never)
    mutating func firstMayEndEntry(_ lexicon: Int, form: Int32, index: Int) -> Bool {
        FormTable.reserve(&forms.lexiconSuffixProbes, for: index)
        var mayEnd = true
        if let filter = storage.lookbehindSuffixFilters[lexicon] {
            var key = forms.key(form, storage.lexicons[lexicon].mode)
            mayEnd = key.withUTF8 { filter.mayHold($0) }
        }
        forms.lexiconSuffixProbes[index] = mayEnd ? 1 : 0
        return mayEnd
    }

    /// Whether `element`, the one element of a look-around (a program of that element and
    /// `.match`), matches at `position`; nil when the element is not one this shortcut answers. Most
    /// look-arounds of real rules are one token test, lexicon or label, and the general search
    /// (a stack, a visited set, both swapped in and out per check) cost several times the test.
    /// (A token test is answered by ``lookaround(_:at:in:)`` itself; a lexicon entry or labelled
    /// span here, also for the last step of a straight look-around.)
    mutating func singleStepLookaround(_ element: Instruction, backward: Bool, at position: Int, in document: inout DocumentState) -> Bool? {
        switch element {
        case .lexicon(let lexicon) where !backward:
            return entryStarts(Int(lexicon), at: position, in: &document)
        case .lexicon(let lexicon):
            // (The look-behinds that Wikipedia's text asks most: "(?<= @COUNTRY)" and the like.)
            for start in lookbehindStarts(of: Int(lexicon), before: position, in: document)
            where hasEntry(Int(lexicon), from: start, endingAt: position, in: &document) {
                return true
            }
            return false
        case .label(let label):
            var spanIndex = backward ? document.firstEnding[position] : document.firstStarting[position]
            while spanIndex >= 0 {
                if document.spans[Int(spanIndex)].labelID == label { return true }
                spanIndex = backward ? document.nextEnding[Int(spanIndex)] : document.nextStarting[Int(spanIndex)]
            }
            return false
        default:
            return nil
        }
    }

    /// Whether a straight look-around (``Lookaround/isStraight``) whose steps are `steps` of
    /// ``RuleSetStorage/straightSteps`` matches at `position`: its tests in turn on the tokens
    /// from there, the answer of the general search, which has only this one path to follow.
    mutating func straightLookaround(_ steps: Range<Int32>, backward: Bool, at position: Int, in document: inout DocumentState) -> Bool {
        var at = position
        for step in steps {
            switch storage.straightSteps[Int(step)] {
            case .test(let test):
                let index = backward ? at - 1 : at
                guard index >= 0, index < document.tokenCount, evaluate(test: test, at: index, in: &document) else { return false }
                at = backward ? at - 1 : at + 1
            case .atStart:
                guard at == 0 else { return false }
            case .atEnd:
                guard at == document.tokenCount else { return false }
            case .lexicon, .label:
                // The last step (``Lookaround/isStraight``): whether an entry or span is there.
                return singleStepLookaround(storage.straightSteps[Int(step)], backward: backward, at: at, in: &document) ?? false
            default:
                // Not in a straight program (``Lookaround/isStraight``).
                return false
            }
        }
        return true
    }

    // MARK: Descriptions (for traces)

    func describe(_ instruction: Instruction) -> String {
        switch instruction {
        case .test(let test): describe(storage.tests[Int(test)])
        case .lexicon(let lexicon): storage.lexicons[Int(lexicon)].name.hasPrefix("\"") ? storage.lexicons[Int(lexicon)].name : "@" + storage.lexicons[Int(lexicon)].name
        case .label(let label): storage.labels[Int(label)]
        case .atEnd: "end of line"
        case .atStart: "start of line"
        default: "?"
        }
    }

    func describe(_ test: TokenTest) -> String {
        switch test {
        case .literal(let mode, let id):
            let key = storage.literals.keys[mode.rawValue][Int(id)]
            let suffix = ["", "i", "d", "id"][mode.rawValue]
            return "\"\(key)\"\(suffix)"
        case .regex(let index): return "/\(storage.regexes[index].source)/"
        case .lexicon(let index): return "[@\(storage.lexicons[index].name)]"
        case .kind(let kind): return "kind:\(kind)"
        case .flag(let flag): return "is:\(flag.rawValue)"
        case .shape(let shape): return "shape:\"\(shape)\""
        case .any: return "_"
        case .not(let inner): return "!" + describe(inner)
        case .and(let parts): return "[" + parts.map(describe).joined(separator: " & ") + "]"
        case .or(let parts): return "[" + parts.map(describe).joined(separator: " | ") + "]"
        }
    }
}
