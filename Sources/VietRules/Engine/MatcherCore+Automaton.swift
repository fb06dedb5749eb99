extension MatcherCore {
    /// A thread of the Pike VM: where it is in the program, when it may run again (after a
    /// multi-token element), and its capture slots (slot 0/1: match start/end).
    struct Thread {
        var pc: Int32
        /// The token position the thread continues from; greater than the current one while it is
        /// inside a multi-token element (lexicon entry or labelled span).
        var resume: Int32
        var captures: [Int32]
    }

    /// A candidate match: one per (rule, start), the preferred one by the rule's greedy/lazy order.
    struct Candidate {
        let rule: Int
        let start: Int
        let end: Int
        let captures: [Int32]
    }

    /// Runs all rules of a phase in one left-to-right pass over the tokens.
    ///
    /// Threads advance in lockstep, one token position at a time, and at most one thread per
    /// instruction exists per position (threads that reach the same instruction at the same position
    /// have the same future; the earlier-started, higher-priority one is kept). Work per position is
    /// thus bounded by the program size, and the whole pass is O(tokens × program size) whatever the
    /// rules — `(_*)*` included. Multi-token elements park a thread until its resume position.
    mutating func runAutomaton(_ program: PhaseProgram, phase: Int, document: inout DocumentState) -> [Candidate] {
        let count = document.tokenCount
        let instructions = program.instructions
        if visitStamps.count < instructions.count { visitStamps = Array(repeating: 0, count: instructions.count) }
        // Stamps of position p are `stampBase + p + 1`: no clearing between positions or runs.
        if stampBase > Int32.max - Int32(count) - 4 {
            visitStamps = Array(repeating: 0, count: instructions.count)
            stampBase = 0
        }
        let base = stampBase
        stampBase += Int32(count) + 2
        // A local copy while running: class properties pay a dynamic exclusivity check per access,
        // which was a quarter of the time of the hostile benchmark.
        var stamps = visitStamps
        visitStamps = []
        defer { visitStamps = stamps }
        lookaroundMemo.removeAll(keepingCapacity: true)

        var current: [Thread] = []
        var next: [Thread] = []
        var parked = Set<Int64>()
        var candidates: [Candidate] = []
        var candidateIndex: [Int64: Int] = [:]
        var killed = Set<Int64>()

        func groupKey(_ thread: Thread) -> Int64 {
            Int64(program.ruleOfInstruction[Int(thread.pc)]) << 32 | Int64(thread.captures[0])
        }

        /// Follows zero-width instructions from `pc` at `position`, appending the threads that stop at
        /// a consuming instruction or a match, in priority order.
        func add(_ list: inout [Thread], _ pc: Int32, _ position: Int, _ captures: [Int32]) {
            let stamp = base + Int32(position) + 1
            if stamps[Int(pc)] == stamp { return }
            stamps[Int(pc)] = stamp
            switch instructions[Int(pc)] {
            case .jump(let target):
                add(&list, target, position, captures)
            case .split(let preferred, let other):
                add(&list, preferred, position, captures)
                add(&list, other, position, captures)
            case .save(let slot):
                var copy = captures
                copy[Int(slot)] = Int32(position)
                add(&list, pc + 1, position, copy)
            case .assert(let id):
                if lookaround(Int(id), at: position, in: &document) { add(&list, pc + 1, position, captures) }
            case .atStart:
                if position == 0 { add(&list, pc + 1, position, captures) }
            case .atEnd:
                if position == count { add(&list, pc + 1, position, captures) }
            case .test, .lexicon, .label, .match:
                list.append(Thread(pc: pc, resume: Int32(position), captures: captures))
            }
        }

        /// A thread that consumed up to `end`: continue now if that is the next position, else park it.
        func advance(_ list: inout [Thread], _ pc: Int32, to end: Int, from position: Int, _ captures: [Int32]) {
            if end == position + 1 {
                add(&list, pc, end, captures)
            } else if parked.insert(Int64(pc) << 32 | Int64(end)).inserted {
                list.append(Thread(pc: pc, resume: Int32(end), captures: captures))
            }
        }

        var seeds: [Int] = []
        for position in 0...count {
            collectSeeds(program.startIndex, phase: phase, at: position, document: document, into: &seeds)
            if current.isEmpty && seeds.isEmpty { continue }
            var previous = -1
            for rule in seeds where rule != previous {
                previous = rule
                let compiled = storage.rules[rule]
                trace?.started(rule: rule, at: position)
                add(&current, compiled.entry, position, Array(repeating: -1, count: 2 + 2 * compiled.captures.count))
            }
            if current.isEmpty { continue }
            // (removeAll is O(capacity) even on an empty set: only clear what was used.)
            if !killed.isEmpty { killed.removeAll(keepingCapacity: true) }
            if !parked.isEmpty { parked.removeAll(keepingCapacity: true) }
            for thread in current {
                if !killed.isEmpty, killed.contains(groupKey(thread)) { continue }
                if thread.resume > Int32(position) {
                    // Still inside a multi-token element.
                    if thread.resume == Int32(position + 1) {
                        add(&next, thread.pc, position + 1, thread.captures)
                    } else if parked.insert(Int64(thread.pc) << 32 | Int64(thread.resume)).inserted {
                        next.append(thread)
                    }
                    continue
                }
                let pc = thread.pc
                switch instructions[Int(pc)] {
                case .match(let rule):
                    let start = Int(thread.captures[0])
                    let key = groupKey(thread)
                    killed.insert(key)
                    guard position > start else { continue }
                    let candidate = Candidate(rule: Int(rule), start: start, end: position, captures: thread.captures)
                    if let existing = candidateIndex[key] {
                        candidates[existing] = candidate
                    } else {
                        candidateIndex[key] = candidates.count
                        candidates.append(candidate)
                    }
                case .test(let test):
                    if position < count, evaluate(storage.tests[Int(test)], at: position, in: document) {
                        add(&next, pc + 1, position + 1, thread.captures)
                    } else {
                        trace?.stopped(rule: Int(program.ruleOfInstruction[Int(pc)]), start: Int(thread.captures[0]), at: position, expected: describe(instructions[Int(pc)]))
                    }
                case .lexicon(let lexicon):
                    let ends = lexiconEnds(Int(lexicon), from: position, in: &document)
                    if ends.isEmpty {
                        trace?.stopped(rule: Int(program.ruleOfInstruction[Int(pc)]), start: Int(thread.captures[0]), at: position, expected: describe(instructions[Int(pc)]))
                    }
                    // Longest entry first: it is the preferred (greedy) reading.
                    for end in ends.reversed() { advance(&next, pc + 1, to: Int(end), from: position, thread.captures) }
                case .label(let label):
                    var ends: [Int32] = []
                    for spanIndex in document.starting[position] where document.spans[Int(spanIndex)].labelID == label {
                        ends.append(document.spans[Int(spanIndex)].end)
                    }
                    let any = !ends.isEmpty
                    // Longest span first, as for lexicon entries.
                    for end in ends.sorted(by: >) where end > Int32(position) {
                        advance(&next, pc + 1, to: Int(end), from: position, thread.captures)
                    }
                    if !any {
                        trace?.stopped(rule: Int(program.ruleOfInstruction[Int(pc)]), start: Int(thread.captures[0]), at: position, expected: describe(instructions[Int(pc)]))
                    }
                default:
                    break
                }
            }
            swap(&current, &next)
            next.removeAll(keepingCapacity: true)
        }
        return candidates
    }

    /// Collects into `seeds` the rules to start at `position`, in rule order (the order they start
    /// in): the rules whose first element can match there as far as the token's text decides
    /// (cached per form), those whose first test looks at the token's kind or flags, and those
    /// starting with a label of a span that starts here. At the end of the line: the rules that can
    /// match without consuming.
    mutating func collectSeeds(_ index: StartIndex, phase: Int, at position: Int, document: DocumentState, into seeds: inout [Int]) {
        seeds.removeAll(keepingCapacity: true)
        var needsSort = false
        if position < document.tokenCount {
            let slot = formSeeds(index, phase: phase, form: document.forms[position])
            let count = forms.seedPool[slot]
            if count > 0 { seeds += forms.seedPool[(slot + 1)...(slot + count)] }
            for anywhere in index.alwaysByToken {
                if let tests = anywhere.firstTests,
                    !tests.contains(where: { evaluate(storage.tests[Int($0)], at: position, in: document) })
                {
                    continue
                }
                seeds.append(anywhere.rule)
                needsSort = true
            }
        } else {
            seeds += index.always
        }
        if !index.byLabel.isEmpty {
            for spanIndex in document.starting[position] {
                let label = Int(document.spans[Int(spanIndex)].labelID)
                guard label >= 0, label < index.byLabel.count, !index.byLabel[label].isEmpty else { continue }
                seeds += index.byLabel[label]
                needsSort = true
            }
        }
        if needsSort, seeds.count > 1 { seeds.sort() }
    }

    /// Where in ``FormTable/seedPool`` the rules of a phase that can start at a form are listed (a
    /// count, then the rules in rule order): by literal, by lexicon, and the rules tried everywhere
    /// whose first test passes on this text. Computed once per (form, phase); afterwards one array
    /// read per position (no hashing on the hot path).
    mutating func formSeeds(_ index: StartIndex, phase: Int, form: Int32) -> Int {
        let phaseCount = storage.phases.count
        let key = Int(form) * phaseCount + phase
        if key < forms.seedSlots.count {
            let slot = forms.seedSlots[key]
            if slot >= 0 { return Int(slot) }
        } else {
            forms.seedSlots += Array(repeating: -1, count: key + 1 - forms.seedSlots.count + 64 * phaseCount)
        }
        var rules: [Int] = []
        for anywhere in index.alwaysByForm {
            if let tests = anywhere.firstTests, !tests.contains(where: { evaluateOnForm(storage.tests[Int($0)], form: form) }) {
                continue
            }
            rules.append(anywhere.rule)
        }
        for mode in KeyMode.allCases where !index.byLiteral[mode.rawValue].isEmpty {
            let id = forms.literalID(form, mode, table: storage.literals)
            if id >= 0, let starting = index.byLiteral[mode.rawValue][id] { rules += starting }
        }
        for (lexicon, starting) in index.byLexicon where probe(lexicon, form: form) != 0 { rules += starting }
        rules.sort()
        var unique: [Int] = []
        for rule in rules where rule != unique.last { unique.append(rule) }
        let slot = forms.seedPool.count
        forms.seedPool.append(unique.count)
        forms.seedPool += unique
        forms.seedSlots[key] = Int32(slot)
        return slot
    }
}
