extension MatcherCore {
    /// A thread of the Pike VM: where it is in the program and when it may run again (after a
    /// multi-token element). Its capture slots (slot 0/1: match start/end) are block i of the
    /// ``ThreadList``'s captures when it is thread i of the list: threads own no arrays, so saving a
    /// position or splitting costs no allocation and no reference counting.
    struct Thread {
        var pc: Int32
        /// The token position the thread continues from; greater than the current one while it is
        /// inside a multi-token element (lexicon entry or labelled span); `~position` (negative)
        /// when it stands at a one-token test known to pass at the current position.
        var resume: Int32
        /// The rule it runs (that of every instruction it visits): carried along so that the
        /// (rule, start) group of a thread needs no lookup by pc — with a thousand rules, that
        /// lookup was a cache miss in a table as large as the program.
        var rule: Int32
    }

    /// A candidate match: one per (rule, start), the preferred one by the rule's greedy/lazy order.
    struct Candidate {
        let rule: Int
        let start: Int
        let end: Int
        /// Its index in ``MatcherCore/candidateCaptures``, which holds its capture slots (no array
        /// per candidate).
        let captures: Int
    }

    /// The reusable buffers of ``runAutomaton(phase:document:)``, kept between runs so that a
    /// line costs no allocation once they have grown. The thread lists, visit stamps and scratch
    /// captures are raw memory (see ``ThreadList`` for why, and for the ownership rule that makes
    /// it sound): ``RuleMatcher`` frees them in its `deinit` through ``deallocate()``.
    struct AutomatonBuffers {
        var current = ThreadList()
        var next = ThreadList()
        /// Per instruction: the stamp of the position at which `add` last visited it.
        var stamps = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 0)
        /// The captures of the path being followed by `add` (saves are undone on the way back).
        var scratch = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 0)
        /// The saves `add` has made on the path it is following, as (slot, value before) pairs, to
        /// undo on its way back: one per save instruction at most (each is visited once per
        /// position), so as many pairs as the program has instructions.
        var undo = UnsafeMutableBufferPointer<(slot: Int32, saved: Int32)>.allocate(capacity: 0)
        /// As many empty capture slots (-1) as `scratch` holds: a start copies them into `scratch`
        /// with ``ThreadList/copySlots(to:from:width:)``'s straight-line stores, where filling it
        /// with -1 called `memset` (some 300 000 starts per MB of Wikipedia text).
        var blank = UnsafeMutableBufferPointer<Int32>.allocate(capacity: 0)
        var seeds: [Int] = []
        var labelEnds: [Int32] = []
        /// (pc, resume) of threads parked in `next` at this position.
        var parked = IntegerMap()
        /// (rule, start) groups that matched at this position: their lower-priority threads die.
        var killed = RuleGroupMap()
        /// (rule, start) → index of its candidate.
        var candidateIndex = RuleGroupMap()
        /// The candidate array of the last run, handed back by ``MatcherCore/matches(in:annotations:trace:)``
        /// once it is done with it, so that the next run appends without regrowing a new array.
        var spareCandidates: [Candidate] = []

        /// Makes `stamps` hold at least `instructions` entries (new ones 0), `scratch` `width`, and
        /// the group maps room for `rules`.
        mutating func reserve(instructions: Int, width: Int, rules: Int) {
            killed.reserve(rules: rules)
            candidateIndex.reserve(rules: rules)
            if stamps.count < instructions {
                stamps.deallocate()
                stamps = .allocate(capacity: instructions)
                stamps.initialize(repeating: 0)
                // (Pairs of integers: written before they are read, no initialisation needed.)
                undo.deallocate()
                undo = .allocate(capacity: instructions)
            }
            if scratch.count < width {
                scratch.deallocate()
                scratch = .allocate(capacity: width)
                scratch.initialize(repeating: -1)
                blank.deallocate()
                blank = .allocate(capacity: width)
                blank.initialize(repeating: -1)
            }
        }

        /// Frees the raw memory; the buffers must not be used afterwards.
        func deallocate() {
            current.deallocate()
            next.deallocate()
            stamps.deallocate()
            scratch.deallocate()
            undo.deallocate()
            blank.deallocate()
            killed.deallocate()
            candidateIndex.deallocate()
        }
    }

    /// Runs all rules of a phase in one left-to-right pass over the tokens.
    ///
    /// Threads advance in lockstep, one token position at a time, and at most one thread per
    /// instruction exists per position (threads that reach the same instruction at the same position
    /// have the same future; the earlier-started, higher-priority one is kept). Work per position is
    /// thus bounded by the program size, and the whole pass is O(tokens × program size) whatever the
    /// rules — `(_*)*` included. Multi-token elements park a thread until its resume position.
    mutating func runAutomaton(phase: Int, document: inout DocumentState) -> [Candidate] {
        let count = document.tokenCount
        // (Raw memory, see ``AutomatonProgram``: an array bound out of the storage class here was
        // retained and released once per run.)
        let program = automatonProgram
        let instructions = program.instructions(ofPhase: phase)
        let width = program.captureWidths[phase]
        automatonBuffers.reserve(instructions: instructions.count, width: width, rules: program.ruleCount)
        // Stamps of position p are `stampBase + p + 1`: no clearing between positions or runs.
        if stampBase > Int32.max - Int32(count) - 4 {
            automatonBuffers.stamps.update(repeating: 0)
            lookaroundMemo.update(repeating: -1)
            stampBase = 0
        }
        let base = stampBase
        lookaroundStampBase = base
        stampBase += Int32(count) + 2
        // Locals while running: the nested functions below capture them directly instead of going
        // through `self`. The raw buffers are copied (pointers only) and stored back at the end;
        // the arrays and maps are moved out by swapping (no copy, no reference counting).
        let stamps = automatonBuffers.stamps
        let scratch = automatonBuffers.scratch.baseAddress!  // allocated with capacity ≥ 1 by reserve
        let blank = automatonBuffers.blank.baseAddress!  // (the same)
        let undo = automatonBuffers.undo
        /// How many pairs of `undo` are in use.
        var undone = 0
        var current = automatonBuffers.current, next = automatonBuffers.next
        // (The group maps and `parked` are used in place: moving them out and back through
        // placeholders built and destroyed a map per run.)
        var labelEnds: [Int32] = [], seeds: [Int] = []
        func exchangeBuffers() {
            swap(&labelEnds, &automatonBuffers.labelEnds)
            swap(&seeds, &automatonBuffers.seeds)
        }
        exchangeBuffers()
        current.reset(width: width)
        next.reset(width: width)

        // The storage of the previous run's candidates (see ``AutomatonBuffers/spareCandidates``).
        var candidates: [Candidate] = []
        swap(&candidates, &automatonBuffers.spareCandidates)
        // (removeAll(keepingCapacity:) is a generic replaceSubrange, ~40 instructions even on an
        // empty array: skipped when empty, as the spare handed back always is.)
        if !candidates.isEmpty { candidates.removeAll(keepingCapacity: true) }
        candidateCaptures.reset(width: width)
        automatonBuffers.parked.removeAll()
        automatonBuffers.killed.removeAll()
        automatonBuffers.candidateIndex.removeAll()

        /// The rule of the thread `add` and `advance` are following (like `scratch`, set by the
        /// caller: the threads they push belong to it).
        var followed: Int32 = 0
        let tracing = trace != nil

        /// Follows zero-width instructions from `pc` at `position` with the captures in `scratch`,
        /// appending the threads that stop at a consuming instruction or a match, in priority order.
        ///
        /// A thread that stops at a one-token test has the test evaluated here, on token
        /// `position` (without a trace): one that fails is not appended, one that passes is
        /// marked passed (resume `~position`, as `start` marks them) and the main loop moves it on
        /// without a second evaluation. The same threads survive as when the main loop evaluated
        /// the test at this very position: a test's answer depends on the token alone (the
        /// document's spans do not change during a run), the threads kept stay in their order,
        /// and a failed one had no effect but dying (its stamp is set either way). Most threads
        /// at a test fail it, and each was a push, a capture copy and a turn of the main loop.
        /// (With a trace, the main loop evaluates it, to report the failure.)
        ///
        /// The last step of each zero-width instruction — a jump, a save, a split's second
        /// branch, a check that holds — continues in the loop rather than in a call of its own: the
        /// same instructions visited in the same order, without a call (whose captured state goes
        /// on the stack, ~45 instructions) per step. Only a split's first branch recurses. A save
        /// is undone when the call that made it returns (``AutomatonBuffers/undo``, last first),
        /// which is when the nested call it made returned before: after the same pushes.
        func add(_ list: inout ThreadList, _ first: Int32, _ position: Int) {
            let stamp = base + Int32(position) + 1
            let mark = undone
            var pc = first
            follow: while true {
                if stamps[Int(pc)] == stamp { break follow }
                stamps[Int(pc)] = stamp
                switch instructions[Int(pc)] {
                case .jump(let target):
                    pc = target
                    continue
                case .split(let preferred, let other):
                    add(&list, preferred, position)
                    pc = other
                    continue
                case .save(let slot):
                    undo[undone] = (slot, scratch[Int(slot)])
                    undone += 1
                    scratch[Int(slot)] = Int32(position)
                    pc += 1
                    continue
                case .assert(let id):
                    if lookaround(Int(id), at: position, in: &document) {
                        pc += 1
                        continue
                    }
                case .atStart:
                    if position == 0 {
                        pc += 1
                        continue
                    }
                case .atEnd:
                    if position == count {
                        pc += 1
                        continue
                    }
                case .test(let test) where !tracing:
                    if position < count, evaluate(test: test, at: position, in: &document) {
                        list.push(pc: pc, resume: ~Int32(position), rule: followed, captures: scratch)
                    }
                case .lexicon(let lexicon) where !tracing:
                    // Likewise a thread at a lexicon element: one that no entry starts for here
                    // would find no end in the main loop and die there (most do: 150 000 per MB of
                    // Wikipedia text), after a push, a turn of the loop and the same question.
                    if entryStarts(Int(lexicon), at: position, in: &document) {
                        list.push(pc: pc, resume: Int32(position), rule: followed, captures: scratch)
                    }
                case .label(let label) where !tracing:
                    // And one at a label: it goes on only past a span of the label that starts
                    // here and ends later (the main loop's `.label` case).
                    var spanIndex = document.firstStarting[position]
                    while spanIndex >= 0 {
                        if document.spans[Int(spanIndex)].labelID == label, Int(document.spans[Int(spanIndex)].end) > position {
                            list.push(pc: pc, resume: Int32(position), rule: followed, captures: scratch)
                            break
                        }
                        spanIndex = document.nextStarting[Int(spanIndex)]
                    }
                case .test, .lexicon, .label, .match:
                    list.push(pc: pc, resume: Int32(position), rule: followed, captures: scratch)
                }
                break follow
            }
            while undone > mark {
                undone -= 1
                scratch[Int(undo[undone].slot)] = undo[undone].saved
            }
        }

        /// A thread that consumed up to `end`: continue now if that is the next position, else park it.
        func advance(_ pc: Int32, to end: Int, from position: Int) {
            if end == position + 1 {
                add(&next, pc, end)
            } else if automatonBuffers.parked[Int64(pc) << 32 | Int64(end)] == nil {
                automatonBuffers.parked[Int64(pc) << 32 | Int64(end)] = 1
                next.push(pc: pc, resume: Int32(end), rule: followed, captures: scratch)
            }
        }

        /// Copies thread `index`'s captures into `scratch`.
        func load(_ index: Int) {
            ThreadList.copySlots(to: scratch, from: current.captures(of: index), width: width)
        }

        let seedsDependOnToken = program.phase(phase, seedsFrom: AutomatonProgram.SeedSources.byToken)
        let seedsByLabel = program.phase(phase, seedsFrom: AutomatonProgram.SeedSources.byLabel)
        let startsAtEnd = program.phase(phase, seedsFrom: AutomatonProgram.SeedSources.always)
        let kindStarts = program.kindStarts(ofPhase: phase)
        let chainFirst = program.chainFirst, chainSteps = program.chainSteps, chainAfterLabel = program.chainAfterLabel
        /// Starts `rule` at `position`, with empty captures: along its entry chain when it has one
        /// (what `add` would do on it, see ``EntryChains``), else through `add`. With
        /// `firstTestPassed` (the rule's entry chain ends at a test known to pass here, see
        /// ``entryTestPasses(_:phase:form:)``), the thread is marked so that the main loop moves
        /// it past that test without evaluating it: its resume position is `~position`.
        func start(_ rule: Int, at position: Int, firstTestPassed: Bool = false) {
            trace?.started(rule: rule, at: position)
            ThreadList.copySlots(to: scratch, from: blank, width: width)
            followed = Int32(rule)
            var step = Int(chainFirst[rule])
            guard step >= 0 else {
                add(&current, program.ruleEntries[rule], position)
                return
            }
            let stamp = base + Int32(position) + 1
            let end = step + 1 + 2 * Int(chainSteps[step])
            step += 1
            while step < end {
                let pc = Int(chainSteps[step])
                if stamps[pc] == stamp { return }
                stamps[pc] = stamp
                let code = chainSteps[step + 1]
                if code >= 0 {
                    scratch[Int(code)] = Int32(position)
                } else if code == EntryChains.Step.atStart {
                    if position != 0 { return }
                } else if code == EntryChains.Step.atEnd {
                    if position != count { return }
                } else if code != EntryChains.Step.jump {
                    if !lookaround(EntryChains.Step.lookaround(code), at: position, in: &document) { return }
                }
                step += 2
            }
            let pc = chainSteps[end]
            if stamps[Int(pc)] == stamp { return }
            stamps[Int(pc)] = stamp
            // A rule that begins with a label: not started where no span of it can be followed
            // (see ``labelStartContinues(_:label:at:instructions:document:)``).
            let afterLabel = Int(chainAfterLabel[rule])
            if afterLabel >= 0, !tracing, case .label(let label) = instructions[Int(pc)],
                !labelStartContinues(afterLabel, label: label, at: position, instructions: instructions, document: &document)
            {
                return
            }
            var resume = firstTestPassed ? ~Int32(position) : Int32(position)
            if !firstTestPassed, !tracing, case .test(let test) = instructions[Int(pc)] {
                // Evaluated now, as `add` does with the threads it stops at a test (see there).
                guard position < count, evaluate(test: test, at: position, in: &document) else { return }
                resume = ~Int32(position)
            } else if !tracing, case .lexicon(let lexicon) = instructions[Int(pc)] {
                // As `add` does with the threads it stops at a lexicon element (see there).
                guard entryStartsOutOfLine(Int(lexicon), at: position, in: &document) else { return }
            }
            current.push(pc: pc, resume: resume, rule: followed, captures: scratch)
        }

        // The phase's bit in the tokens' start masks: clear where no rule of the phase can start
        // (see ``StartPhases``; a phase without a bit is never skipped by mask).
        let phaseBit = phase < 63 ? StartPhases.bit(phase) : ~0
        let seedStride = forms.seedStride
        var position = 0
        while position <= count {
            if current.isEmpty, !seedsDependOnToken {
                // Nothing alive: go straight to the next position where something of this phase
                // starts (most positions of most phases have nothing), a few loads per position
                // instead of the whole step.
                document.startMasks.withUnsafeBufferPointer { masks in
                    document.firstStarting.withUnsafeBufferPointer { spanHeads in
                        // (Both hold at least `count` entries: see ``DocumentState``.)
                        while position < count, masks[position] & phaseBit == 0, !seedsByLabel || spanHeads[position] < 0 {
                            position += 1
                        }
                    }
                }
            }
            defer { position += 1 }
            // (A rule started by the token's kind, which its form does not tell: collected below.)
            if position < count, !seedsDependOnToken, !seedsByLabel || document.firstStarting[position] < 0,
                kindStarts == 0 || kindStarts & document.text.tokens[position].kind.bit == 0
            {
                // Most positions of most phases: only the form decides what starts here, so its
                // seed list is read in place (no copy). Nothing alive and nothing to start (the
                // shared empty list at slot 0): next position.
                let known = Int(forms.seedRecords[Int(document.forms[position]) * seedStride + phase])
                let slot = known >= 0 ? known : formSeeds(phase: phase, form: document.forms[position])
                if slot == 0 && current.isEmpty { continue }
                var seed = slot + 1
                let end = seed + forms.seedPool[slot]
                while seed < end {
                    let rule = forms.seedPool[seed]
                    start(rule < 0 ? ~rule : rule, at: position, firstTestPassed: rule < 0)
                    seed += 1
                }
            } else if position < count || startsAtEnd {
                // (At the end of the line only the rules that can match without consuming start:
                // no spans start there. Without such rules, nothing to collect.)
                collectSeeds(phase: phase, at: position, document: &document, into: &seeds)
                var previous = -1
                for rule in seeds where rule != previous {
                    previous = rule
                    start(rule, at: position)
                }
            }
            if current.isEmpty { continue }
            if !automatonBuffers.killed.isEmpty { automatonBuffers.killed.removeAll() }
            if automatonBuffers.parked.count > 0 { automatonBuffers.parked.removeAll() }
            var index = 0
            while index < current.count {
                defer { index += 1 }
                let thread = current.threads[index]
                let start = current.captures(of: index)[0]
                followed = thread.rule
                if !automatonBuffers.killed.isEmpty, automatonBuffers.killed[rule: thread.rule, start: start] != nil { continue }
                if thread.resume > Int32(position) {
                    // Still inside a multi-token element.
                    load(index)
                    advance(thread.pc, to: Int(thread.resume), from: position)
                    continue
                }
                if thread.resume < 0 {
                    // At a test already passed on this token (started with its first test passed
                    // on the token's text, see `start`, or added by `add`): no dispatch on the
                    // test and no second evaluation.
                    load(index)
                    add(&next, thread.pc + 1, position + 1)
                    continue
                }
                let pc = thread.pc
                switch instructions[Int(pc)] {
                case .match(let rule):
                    automatonBuffers.killed[rule: thread.rule, start: start] = 1
                    guard position > Int(start) else { continue }
                    let candidate = Candidate(rule: Int(rule), start: Int(start), end: position, captures: candidateCaptures.count)
                    candidateCaptures.push(pc: pc, resume: Int32(position), rule: rule, captures: current.captures(of: index))
                    if let existing = automatonBuffers.candidateIndex[rule: thread.rule, start: start] {
                        candidates[Int(existing)] = candidate
                    } else {
                        automatonBuffers.candidateIndex[rule: thread.rule, start: start] = Int32(candidates.count)
                        candidates.append(candidate)
                    }
                case .test(let test):
                    if position < count, evaluate(test: test, at: position, in: &document) {
                        load(index)
                        add(&next, pc + 1, position + 1)
                    } else {
                        trace?.stopped(rule: Int(thread.rule), start: Int(start), at: position, expected: describe(instructions[Int(pc)]))
                    }
                case .lexicon(let lexicon) where position < count && probe(Int(lexicon), form: document.forms[position]) == 1:
                    // The token is an entry and no longer entry starts with it: no walk, no array.
                    load(index)
                    advance(pc + 1, to: position + 1, from: position)
                case .lexicon(let lexicon):
                    let ends = lexiconEnds(Int(lexicon), from: position, in: &document)
                    if ends.isEmpty {
                        trace?.stopped(rule: Int(thread.rule), start: Int(start), at: position, expected: describe(instructions[Int(pc)]))
                        continue
                    }
                    load(index)
                    // Longest entry first: it is the preferred (greedy) reading.
                    for end in ends.reversed() { advance(pc + 1, to: Int(lexiconEndPool[end]), from: position) }
                case .label(let label):
                    // The ends of the label's spans starting here. Nearly always one: it stays in
                    // `single` and `labelEnds` (empty between labels) is not touched — emptying and
                    // appending to it cost ~80 instructions per label. Several go to `labelEnds`.
                    var single: Int32 = -1
                    var spanIndex = document.firstStarting[position]
                    while spanIndex >= 0 {
                        if document.spans[Int(spanIndex)].labelID == label {
                            let end = document.spans[Int(spanIndex)].end
                            if single < 0 {
                                single = end
                            } else {
                                if labelEnds.isEmpty { labelEnds.append(single) }
                                labelEnds.append(end)
                            }
                        }
                        spanIndex = document.nextStarting[Int(spanIndex)]
                    }
                    if single < 0 {
                        trace?.stopped(rule: Int(thread.rule), start: Int(start), at: position, expected: describe(instructions[Int(pc)]))
                        continue
                    }
                    load(index)
                    if labelEnds.isEmpty {
                        if single > Int32(position) { advance(pc + 1, to: Int(single), from: position) }
                        continue
                    }
                    // Longest span first, as for lexicon entries.
                    labelEnds.sort(by: >)
                    var endIndex = 0
                    while endIndex < labelEnds.count {
                        let end = labelEnds[endIndex]
                        endIndex += 1
                        if end > Int32(position) { advance(pc + 1, to: Int(end), from: position) }
                    }
                    labelEnds.removeAll(keepingCapacity: true)
                default:
                    break
                }
            }
            swap(&current, &next)
            next.removeAll()
        }
        // Swapped lists and grown memory: store whichever the locals now hold. (Here rather than
        // in a `defer`: reading the locals from a defer block, which captures them, went through a
        // dynamic exclusivity check each, ~85 instructions per run.)
        automatonBuffers.current = current
        automatonBuffers.next = next
        exchangeBuffers()
        return candidates
    }

    /// Collects into `seeds` the rules to start at `position`, in rule order (the order they start
    /// in): the rules whose first element can match there as far as the token's text decides
    /// (cached per form), those whose first test looks at the token's kind or flags, and those
    /// starting with a label of a span that starts here. At the end of the line: the rules that can
    /// match without consuming. (The phase's ``StartIndex`` is read in place: passed by value, it
    /// retained and released its six arrays per call.)
    mutating func collectSeeds(phase: Int, at position: Int, document: inout DocumentState, into seeds: inout [Int]) {
        // (removeAll(keepingCapacity:) is a generic replaceSubrange: skip it when already empty.)
        if !seeds.isEmpty { seeds.removeAll(keepingCapacity: true) }
        var needsSort = false
        if position < document.tokenCount {
            let slot = formSeeds(phase: phase, form: document.forms[position])
            let count = forms.seedPool[slot]
            // (Decoded: see ``formSeeds(phase:form:mayBeginEntry:)`` for the marked entries.)
            for rule in forms.seedPool[(slot + 1)..<(slot + 1 + count)] { seeds.append(rule < 0 ? ~rule : rule) }
            for anywhere in storage.phases[phase].startIndex.alwaysByToken {
                if anywhere.kinds != ~0, anywhere.kinds & document.text.tokens[position].kind.bit == 0 { continue }
                if let tests = anywhere.firstTests,
                    !tests.contains(where: { evaluate(test: $0, at: position, in: &document) })
                {
                    continue
                }
                seeds.append(anywhere.rule)
                needsSort = true
            }
        } else {
            seeds += storage.phases[phase].startIndex.always
        }
        // Rules anchored at `^` before their label are seeded by the spans at the line's start only.
        let atLineStart = position == 0 && position < document.tokenCount
            && !storage.phases[phase].startIndex.byLabelAtLineStart.isEmpty
        if !storage.phases[phase].startIndex.byLabel.isEmpty || atLineStart {
            var spanIndex = document.firstStarting[position]
            while spanIndex >= 0 {
                let label = Int(document.spans[Int(spanIndex)].labelID)
                spanIndex = document.nextStarting[Int(spanIndex)]
                guard label >= 0 else { continue }
                if label < storage.phases[phase].startIndex.byLabel.count, !storage.phases[phase].startIndex.byLabel[label].isEmpty {
                    seeds += storage.phases[phase].startIndex.byLabel[label]
                    needsSort = true
                }
                if atLineStart, label < storage.phases[phase].startIndex.byLabelAtLineStart.count,
                    !storage.phases[phase].startIndex.byLabelAtLineStart[label].isEmpty
                {
                    seeds += storage.phases[phase].startIndex.byLabelAtLineStart[label]
                    needsSort = true
                }
            }
        }
        if needsSort, seeds.count > 1 { seeds.sort() }
    }

    /// The ``StartPhases`` mask of the phases some rule of which can start at `form` as far as its
    /// text decides, with the seed lists of every phase; called once per form (the token loop keeps
    /// the mask in the form's slot).
    mutating func startPhases(of form: Int32) -> UInt64 {
        let mayBeginEntry = probeSeedLexicons(form)
        var mask = StartPhases.computed
        for phase in storage.phases.indices where phase < 63 && !storage.phases[phase].rules.isEmpty {
            if formSeeds(phase: phase, form: form, mayBeginEntry: mayBeginEntry) != 0 { mask |= StartPhases.bit(phase) }
        }
        return mask
    }

    /// Probes `form` in every lexicon some rule can start with (``RuleSetStorage/seedLexicons``),
    /// filling ``FormTable/lexiconProbes`` before ``formSeeds(phase:form:mayBeginEntry:)`` reads it: one key per
    /// mode and one view of the keys for all of them, instead of a key, a lexicon and its arrays
    /// fetched per probe (a new form is probed in some thirty lexicons with the shipped rules).
    ///
    /// - Returns: false when the form begins no entry of any of them (most forms: no probe of
    ///   ``formSeeds(phase:form:mayBeginEntry:)`` then needs reading). Its probes are then left
    ///   unknown, and a later ``probe(_:form:)`` asks the prefix filter again
    ///   (``probeLexicon(_:form:key:)``): writing them all as "no entry" was 86 entries per new
    ///   form on Wikipedia text, few of which were ever read. When the form may begin an entry in
    ///   some mode, they are written as before for the modes that rule it out, which
    ///   ``formSeeds(phase:form:mayBeginEntry:)`` reads.
    mutating func probeSeedLexicons(_ form: Int32) -> Bool {
        let lexiconCount = storage.lexicons.count
        guard lexiconCount > 0 else { return false }
        // The modes whose prefix filter lets the form through (bits by raw value).
        var passing = 0
        for mode in KeyMode.allCases where !storage.seedLexicons[mode.rawValue].isEmpty {
            var key = forms.key(form, mode)
            // Most new forms begin no entry of any of them: every probe would find nothing.
            if storage.mayBeginSeedEntry(&key, in: mode) { passing |= 1 << mode.rawValue }
        }
        guard passing != 0 else { return false }
        let base = Int(form) * lexiconCount
        FormTable.reserve(&forms.lexiconProbes, for: base + lexiconCount - 1)
        for mode in KeyMode.allCases where !storage.seedLexicons[mode.rawValue].isEmpty {
            var key = forms.key(form, mode)
            let lexicons = storage.seedLexicons[mode.rawValue], runs = storage.lexiconKeyRuns
            guard passing & 1 << mode.rawValue != 0 else {
                forms.lexiconProbes.withUnsafeMutableBufferPointer { probes in
                    for lexicon in lexicons where probes[base + lexicon] == 0xFF { probes[base + lexicon] = 0 }
                }
                continue
            }
            key.withUTF8 { key in
                let head = SortedKeys.head(of: key)
                storage.lexiconKeys.withView { view in
                    forms.lexiconProbes.withUnsafeMutableBufferPointer { probes in
                        for lexicon in lexicons where probes[base + lexicon] == 0xFF {
                            let (isEntry, hasLonger) = view.probe(runs[lexicon], key: key, head: head)
                            probes[base + lexicon] = (isEntry ? 1 : 0) | (hasLonger ? 2 : 0)
                        }
                    }
                }
            }
        }
        return true
    }

    /// Where in ``FormTable/seedPool`` the rules of a phase that can start at a form are listed (a
    /// count, then the rules in rule order): by literal, by lexicon, and the rules tried everywhere
    /// whose first test passes on this text. Computed once per (form, phase); afterwards one array
    /// read per position (no hashing on the hot path). A rule is listed as `~rule` (negative) when
    /// its first test is known to pass on the form (``entryTestPasses(_:phase:form:)``).
    ///
    /// Every new form of the input pays this for every phase, so it works in place: the phase's
    /// ``StartIndex`` is not copied, and the rules are gathered in a buffer kept between calls.
    ///
    /// - Parameter mayBeginEntry: false when ``probeSeedLexicons(_:)`` found that the form begins
    ///   no entry of a lexicon some rule starts with: then the phase's lexicons (77 with the
    ///   shipped rules, a probe read each, most of a new form's cost here) are not walked.
    mutating func formSeeds(phase: Int, form: Int32, mayBeginEntry: Bool = true) -> Int {
        let key = Int(form) * forms.seedStride + phase
        let known = forms.seedRecords[key]
        if known >= 0 { return Int(known) }
        var rules: [Int] = []
        swap(&rules, &seedScratch)
        defer { swap(&rules, &seedScratch) }
        // (removeAll(keepingCapacity:) is a generic replaceSubrange: skipped when already empty.)
        if !rules.isEmpty { rules.removeAll(keepingCapacity: true) }
        for anywhere in storage.phases[phase].startIndex.alwaysByForm {
            if let tests = anywhere.firstTests, !tests.contains(where: { evaluateOnForm(storage.tests[Int($0)], form: form) }) {
                continue
            }
            rules.append(anywhere.rule)
        }
        for mode in KeyMode.allCases where !storage.phases[phase].startIndex.byLiteral[mode.rawValue].isEmpty {
            let id = literalID(form, mode)
            if id >= 0, let starting = storage.phases[phase].startIndex.byLiteral[mode.rawValue][id] { rules += starting }
        }
        // (The flag tested once, not in the loop's `where`: the optimiser left it there, and the
        // loop ran over every entry — 90 per new form on Wikipedia text — to skip each.)
        if mayBeginEntry {
            for entry in storage.phases[phase].startIndex.byLexicon.indices
            where probe(storage.phases[phase].startIndex.byLexicon[entry].lexicon, form: form) != 0 {
                rules += storage.phases[phase].startIndex.byLexicon[entry].rules
            }
        }
        if rules.isEmpty {
            forms.seedRecords[key] = 0
            return 0
        }
        if rules.count > 1 { rules.sort() }
        let slot = forms.seedPool.count
        forms.seedPool.append(0)
        var previous = -1
        for rule in rules where rule != previous {
            previous = rule
            forms.seedPool.append(entryTestPasses(rule, phase: phase, form: form) ? ~rule : rule)
        }
        forms.seedPool[slot] = forms.seedPool.count - slot - 1
        forms.seedRecords[key] = Int32(slot)
        return slot
    }

    /// Whether `rule` is sure to pass its first test at any token of text `form`: its entry is a
    /// plain chain (``EntryChains``) ending at a one-token test that depends on the text only and
    /// holds on `form`. Then a start from the per-form seed list may skip that test — it is the very
    /// test the thread would run next, at the very token it was seeded at. Rules whose first
    /// consuming element is a lexicon entry, a label or an alternation (a split: no chain) are
    /// never marked, nor tests of kind or flags.
    mutating func entryTestPasses(_ rule: Int, phase: Int, form: Int32) -> Bool {
        let chain = Int(storage.entryChains.first[rule])
        guard chain >= 0 else { return false }
        let steps = storage.entryChains.steps
        let terminal = Int(steps[chain + 1 + 2 * Int(steps[chain])])
        guard case .test(let id) = storage.phases[phase].instructions[terminal] else { return false }
        let test = storage.tests[Int(id)]
        return test.isFormOnly && evaluateOnForm(test, form: form)
    }
}
