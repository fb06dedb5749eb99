import VietTokenizer

/// The state and code of a ``RuleMatcher``: the rule set, the per-form caches and the reusable
/// buffers of a match run. A value type on purpose: the matcher calls one mutating method per line,
/// so every access inside the run is checked statically — class properties would pay a dynamic
/// exclusivity check on each access in the inner loops (a tenth of the matcher's time).
struct MatcherCore {
    let storage: RuleSetStorage
    /// The automaton's tables in raw memory (no reference counting per run; freed by ``deallocate()``).
    let automatonProgram: AutomatonProgram
    var forms = FormTable()
    /// Per look-around: whether ``tokenwiseLookaround(_:backward:at:in:)`` answers it when it is
    /// neither one element nor straight (``isTokenwise(_:)``).
    let tokenwiseLookarounds: [Bool]
    /// The rule set's literal ids by key, one index per ``KeyMode`` in raw-value order
    /// (``LiteralTable/ids``), held by the core in fields of their own: read from the rule set or
    /// an array, a lookup copied the table and the mode's index out of it, five retains and
    /// releases per new form and mode.
    let literalIndexes: (LiteralIndex, LiteralIndex, LiteralIndex, LiteralIndex)
    var regexClones: [RegexClone?]
    /// The stamp base of the next automaton run (see ``AutomatonBuffers/stamps``).
    var stampBase: Int32 = 0
    /// Look-around answers of the running pass (see ``lookaround(_:at:in:)``), two slots per
    /// look-around: the stamp of the position a slot holds times two, plus the answer (-1: none).
    /// Raw memory, like the automaton's buffers: as two arrays, a check paid a length test, two
    /// bounds checks and two uniqueness checks on its stores (a fifth of its instructions).
    let lookaroundMemo: UnsafeMutableBufferPointer<Int64>
    /// The stamp base of the running pass (``AutomatonBuffers/stamps`` and `lookaroundMemo` of position p hold
    /// base + p + 1).
    var lookaroundStampBase: Int32 = 0
    /// Lexicon entries found in the current line: (lexicon, start) → range in `lexiconEndPool` of
    /// the token positions where they end (see ``lexiconEnds(_:from:in:)``).
    var lexiconEndMemo: LexiconEndMemo
    var lexiconEndPool: [Int32] = []
    var lookaroundStack = LookaroundStack()
    /// (pc, position) pairs a look-around search has visited (kept between searches: see
    /// ``LookaroundVisits``).
    var lookaroundVisits = LookaroundVisits()
    var automatonBuffers = AutomatonBuffers()
    /// Capture slots of the candidates of the phase being run, `captureWidth` per candidate.
    var candidateCaptures = ThreadList()
    /// The previous line's state, reused for the next one (see ``DocumentState/reset(text:)``).
    var spareDocument: DocumentState?
    var trace: MatchTrace?
    /// ``resolveOverlaps(_:policy:document:)``'s preference keys and per-token kept match, kept
    /// between calls (emptied, or reset for the line's tokens, by each call).
    var overlapPreferences: [PackedPreference] = []
    var overlapOwners: [Int32] = []
    /// Annotation labels seen so far with their ids (see ``labelID(of:)``).
    var recentLabels: [(label: String, id: Int32)] = []
    /// The array ``resolveOverlaps(_:policy:document:)`` last returned, handed back once its
    /// matches are added, so that the next call appends without allocating.
    var acceptedBuffer: [Evaluated] = []
    /// The rules gathered by ``formSeeds(phase:form:mayBeginEntry:)``, kept between calls (no allocation per form).
    var seedScratch: [Int] = []
    /// Lexicon values and expansions found by text during emit evaluation (see ``LexiconValueMemo``).
    let lexiconValues: LexiconValueMemo

    /// A core with an empty form table (``RuleMatcher`` may later put the rule set's shared one in
    /// its place, between two lines: see ``FormTableCache``).
    init(storage: RuleSetStorage) {
        self.storage = storage
        automatonProgram = AutomatonProgram(storage: storage)
        tokenwiseLookarounds = storage.lookarounds.map { Self.isTokenwise($0.program) }
        let ids = storage.literals.ids
        literalIndexes = (ids[KeyMode.exact.rawValue], ids[KeyMode.ignoreCase.rawValue], ids[KeyMode.ignoreDiacritics.rawValue], ids[KeyMode.ignoreBoth.rawValue])
        lexiconEndMemo = LexiconEndMemo(lexiconCount: storage.lexicons.count)
        lexiconValues = LexiconValueMemo(lexiconCount: storage.lexicons.count)
        regexClones = Array(repeating: nil, count: storage.regexes.count)
        lookaroundMemo = .allocate(capacity: max(1, 2 * storage.lookarounds.count))
        lookaroundMemo.initialize(repeating: -1)
        forms.seedPhases = storage.phases.count
    }

    /// Frees the automaton's raw buffers (see ``ThreadList``); called once, by the owning
    /// ``RuleMatcher``'s `deinit`. The core must not be used afterwards.
    func deallocate() {
        automatonBuffers.deallocate()
        candidateCaptures.deallocate()
        automatonProgram.deallocate()
        lexiconEndMemo.deallocate()
        lookaroundMemo.deallocate()
        lookaroundStack.deallocate()
    }

    /// Finds every match of the rule set in one tokenized line.
    ///
    /// - Parameters:
    ///   - text: the tokenized line.
    ///   - annotations: spans visible to all phases (the `Analyzer` passes the number expressions).
    ///     Annotations outside the tokens are ignored.
    ///   - trace: when given, filled with what each rule did (see ``MatchTrace``).
    /// - Returns: the reported matches, ordered by start, longer first, then rule order.
    /// - Complexity: O(tokens × instructions) per phase — linear in the input for any rule set.
    mutating func matches(in text: TokenizedText, annotations: [Annotation] = [], trace: MatchTrace? = nil) -> [Match] {
        self.trace = trace
        defer { self.trace = nil }
        if let trace {
            trace.reports = storage.rules.map {
                MatchTrace.RuleReport(rule: $0.name, phase: storage.phases[$0.phase].name)
            }
        }
        // No rule matches empty text (the compiler warns of rules that could, and their empty
        // matches are discarded), so a line without tokens needs none of the set-up below.
        guard !text.tokens.isEmpty else { return [] }
        forms.clearIfFull()
        lexiconEndMemo.startLine()
        // (Skipped when empty: removeAll(keepingCapacity:) is a generic replaceSubrange.)
        if !lexiconEndPool.isEmpty { lexiconEndPool.removeAll(keepingCapacity: true) }
        var document: DocumentState
        if var spare = spareDocument.take() {
            spare.reset(text: text)
            document = spare
        } else {
            document = DocumentState(text: text)
        }
        let output = matches(in: text, annotations: annotations, document: &document)
        // Kept for the next line (its arrays' storage); moved, not copied (a copy retained and
        // released every array of it). Without the line's tokens, which the caller may reuse.
        document.releaseText()
        spareDocument = consume document
        return output
    }

    /// The work of ``matches(in:annotations:trace:)`` on the line's state. (A function of its own
    /// so that the moves of the state in and out stay outside it: with a `consume` in this long
    /// function, the compiler's debug-information pass for moved variables took hours.)
    private mutating func matches(in text: TokenizedText, annotations: [Annotation], document: inout DocumentState) -> [Match] {
        // The phases that may find something in this line (see ``StartPhases``); with a trace,
        // all of them, so that it reports every phase.
        var phasesToRun = trace == nil ? storage.tokenStartedPhases : ~0
        let tokenCount = text.tokens.count
        document.prepareTokens()
        var source = text.text
        source.withUTF8 { bytes in
            document.fillTokens { formsOut, spaceOut, masksOut in
                for position in 0..<tokenCount {
                    let token = text.tokens[position]
                    let found = forms.find(in: bytes, range: token.utf8Range.clamped(to: 0..<bytes.count))
                    let form = found.id
                    formsOut[position] = form
                    spaceOut[position] = token.flags.contains(.spaceBefore)
                    // The form's start-phase mask (computed on the form's first occurrence, then
                    // kept in its slot beside its bytes), kept per token: the automaton skips the
                    // tokens whose mask lacks its phase.
                    var mask = found.startMask
                    if mask == 0 {
                        mask = startPhases(of: form)
                        // (No form was added since `find`: the slot is still the form's.)
                        forms.storeStartMask(mask, slot: found.slot)
                    }
                    phasesToRun |= mask
                    masksOut[position] = mask
                }
            }
        }
        // The phases with a rule started by a token's kind ("[kind:code & …]"), in a loop of its
        // own: most rule sets have none, and then no token pays for a test.
        if storage.startsByKind { phasesToRun |= document.addStartMasks(byKind: storage.kindStartedPhases) }
        for annotation in annotations
        where annotation.tokenRange.lowerBound >= 0 && annotation.tokenRange.upperBound <= text.tokens.count
            && !annotation.tokenRange.isEmpty
        {
            let labelID = labelID(of: annotation.label)
            if labelID >= 0 { phasesToRun |= storage.labelStartPhases[Int(labelID)] }
            document.add(
                Span(
                    labelID: labelID,
                    start: Int32(annotation.tokenRange.lowerBound), end: Int32(annotation.tokenRange.upperBound),
                    attributes: annotation.attributes, rule: nil, isOutput: false))
        }
        // By index: copying a PhaseProgram per line and phase retains every array it holds.
        for phaseNumber in storage.phases.indices
        where !storage.phases[phaseNumber].rules.isEmpty && StartPhases.mayStart(phasesToRun, phase: phaseNumber) {
            // A line without what every rule of the phase needs: none of them can match. (With a
            // trace, every phase runs, so that it reports every rule.)
            if trace == nil, automatonProgram.hasRequirement(phaseNumber),
                !automatonProgram.meetsRequirement(phaseNumber, present: document.features())
            {
                continue
            }
            var candidates = runAutomaton(phase: phaseNumber, document: &document)
            if storage.phaseReportsCaptures[phaseNumber] { narrowToReportedCaptures(&candidates) }
            if candidates.isEmpty {
                swap(&candidates, &automatonBuffers.spareCandidates)
                continue
            }
            let policy = storage.phases[phaseNumber].overlap
            var accepted = withUnsafePointer(to: &document) { resolveOverlaps(candidates, policy: policy, document: $0) }
            // Handed back for the next run (swapped: no copy, the next run appends in place).
            candidates.removeAll(keepingCapacity: true)
            swap(&candidates, &automatonBuffers.spareCandidates)
            for kept in accepted {
                var isOutput = storage.ruleIsReported[kept.candidate.rule]
                if storage.phases[phaseNumber].supersede {
                    isOutput = supersede(
                        start: Int32(kept.candidate.start), end: Int32(kept.candidate.end), phase: phaseNumber, reported: isOutput,
                        in: &document)
                }
                trace?.reports[kept.candidate.rule].matches += 1
                let labelID = storage.ruleLabelIDs[kept.candidate.rule]
                if labelID >= 0 { phasesToRun |= storage.labelStartPhases[Int(labelID)] }
                document.add(
                    Span(
                        labelID: labelID, start: Int32(kept.candidate.start),
                        end: Int32(kept.candidate.end), attributes: kept.attributes, rule: kept.candidate.rule,
                        isOutput: isOutput))
            }
            accepted.removeAll(keepingCapacity: true)
            swap(&accepted, &acceptedBuffer)
        }
        // One allocation of the right size (appending grew the array once or twice per line).
        var outputCount = 0
        for span in document.spans where span.isOutput && span.rule != nil { outputCount += 1 }
        // Most lines have no match: reserving and sorting an empty array still made a new buffer.
        guard outputCount > 0 else { return [] }
        var output: [Match] = []
        output.reserveCapacity(outputCount)
        for span in document.spans where span.isOutput {
            guard let rule = span.rule else { continue }
            output.append(Self.makeMatch(span, rule: rule, document: document, storage: storage))
        }
        output.sort {
            ($0.tokenRange.lowerBound, -$0.tokenRange.upperBound) < ($1.tokenRange.lowerBound, -$1.tokenRange.upperBound)
        }
        return output
    }

    /// Gives each candidate of a rule that reports a capture (`emit L at n`) that capture's tokens
    /// as its span, before overlaps are settled, so that it competes, supersedes and is reported
    /// as those tokens; a candidate whose capture matched nothing is dropped, as empty matches are,
    /// and one that reports the same tokens as an earlier candidate of its rule.
    /// (The automaton groups threads by where the whole pattern started; this changes only what
    /// is reported.)
    private func narrowToReportedCaptures(_ candidates: inout [Candidate]) {
        let spanCaptures = automatonProgram.ruleSpanCaptures
        var kept = 0
        candidates.withUnsafeMutableBufferPointer { buffer in
            for index in buffer.indices {
                var candidate = buffer[index]
                let capture = Int(spanCaptures[candidate.rule])
                if capture >= 0 {
                    let slots = candidateCaptures.captures(of: candidate.captures)
                    let start = Int(slots[2 + 2 * capture])
                    let end = Int(slots[3 + 2 * capture])
                    guard start >= 0, end > start else { continue }
                    // Two starts of the pattern may report the same tokens: the first (preferred) is kept.
                    if buffer[..<kept].contains(where: { $0.rule == candidate.rule && $0.start == start && $0.end == end }) { continue }
                    candidate = Candidate(rule: candidate.rule, start: start, end: end, captures: candidate.captures)
                }
                buffer[kept] = candidate
                kept += 1
            }
        }
        if kept < candidates.count { candidates.removeLast(candidates.count - kept) }
    }

    /// Whether a match of supersede phase `phase` over tokens `start..<end` is reported, keeping the
    /// output flat. A `reported` match that lies inside or crosses a reported match of an earlier
    /// phase yields to it (false: still visible to later phases, as "đô la Mỹ" of a MONEY is no
    /// LOCATION); otherwise the earlier phases' reported matches inside it stop being reported.
    /// A helper (`_LABEL`, not `reported`) never yields and hides what lies inside it ("trường Lê
    /// Văn Tám" holds no NUMBER 8).
    private func supersede(start: Int32, end: Int32, phase: Int, reported: Bool, in document: inout DocumentState) -> Bool {
        var inside: [Int] = []
        for index in document.spans.indices where document.spans[index].isOutput {
            let span = document.spans[index]
            guard span.start < end, start < span.end, let rule = span.rule, storage.rules[rule].phase < phase else { continue }
            if start <= span.start && span.end <= end {
                inside.append(index)
            } else if reported {
                return false
            }
        }
        for index in inside { document.spans[index].isOutput = false }
        return reported
    }

    /// The rule set's id of an annotation's label (-1: no rule refers to it). The few labels the
    /// number parser gives are remembered with their ids and compared first: two equal strings
    /// from the same literal compare by identity, where the dictionary hashed every label.
    mutating func labelID(of label: String) -> Int32 {
        for known in recentLabels where known.label == label { return known.id }
        let id = storage.labelIDs[label] ?? -1
        if recentLabels.count < 16 { recentLabels.append((label, id)) }
        return id
    }

    /// The reported ``Match`` of `span`, found by `rule`. Static, from the rule set alone: as a
    /// method called on the matcher inside its mutating run, it took a copy of the whole matcher
    /// (a kilobyte) per line.
    static func makeMatch(_ span: Span, rule: Int, document: DocumentState, storage: RuleSetStorage) -> Match {
        let range = Int(span.start)..<Int(span.end)
        return Match(
            label: storage.rules[rule].emit.label, tokenRange: range, scalarRange: document.scalarRange(tokens: range), text: document.text(tokens: range),
            attributes: span.attributes, rule: storage.rules[rule].name, phase: storage.phases[storage.rules[rule].phase].name)
    }

    // MARK: Emit

    /// A candidate with its evaluated attributes (its label is its rule's).
    struct Evaluated {
        let candidate: Candidate
        let attributes: [Attribute]
    }

    /// What `emit` expressions of one candidate see. It points at the line's state instead of
    /// holding a copy: a copy per candidate retained and released every array of it.
    struct Environment: ExpressionEnvironment {
        let document: UnsafePointer<DocumentState>
        let candidate: Candidate
        let storage: RuleSetStorage
        /// The candidate's capture slots in ``MatcherCore/candidateCaptures``, which no one
        /// changes while emits are evaluated.
        let captures: UnsafePointer<Int32>
        let lexiconValues: LexiconValueMemo

        func range(_ index: Int) -> Range<Int>? {
            let start = Int(captures[2 + 2 * index])
            let end = Int(captures[3 + 2 * index])
            return start >= 0 && end > start ? start..<end : nil
        }

        func span(_ index: Int) -> Span? {
            guard let range = range(index) else { return nil }
            // The latest span wins: a later phase's reading of the same tokens is the refined one.
            var spanIndex = document.pointee.firstStarting[range.lowerBound]  // newest first
            while spanIndex >= 0 {
                // (Fields read in place: a copy of the span retains its attributes.)
                let labelID = document.pointee.spans[Int(spanIndex)].labelID
                if document.pointee.spans[Int(spanIndex)].end == Int32(range.upperBound), labelID >= 0,
                    storage.captureLabelIDs[candidate.rule][index].contains(labelID)
                {
                    return document.pointee.spans[Int(spanIndex)]
                }
                spanIndex = document.pointee.nextStarting[Int(spanIndex)]
            }
            return nil
        }

        func captureText(_ index: Int) -> String? {
            // (The fields passed, not the state: see `DocumentState.text(tokens:of:tokens:)`.)
            range(index).map { DocumentState.text(tokens: $0, of: document.pointee.text.text, tokens: document.pointee.text.tokens) }
        }

        func captureAttribute(_ index: Int, _ name: String) -> String? {
            if let span = span(index) { return span.attributes.first { $0.name == name }?.value }
            guard name == "value", let text = captureText(index) else { return nil }
            for lexicon in storage.rules[candidate.rule].captures[index].lexicons {
                if let value = lexiconValue(lexicon, forText: text) { return value }
            }
            return nil
        }

        func captureLabel(_ index: Int) -> String? { span(index)?.label(in: storage) }

        func lexiconValue(_ index: Int, forText text: String) -> String? {
            lexiconValues.value(storage.lexicons[index], index: index, forText: text)
        }

        func lexiconExpansion(_ index: Int, of text: String) -> String {
            lexiconValues.expansion(storage.lexicons[index], index: index, of: text)
        }
    }

    /// Evaluates a candidate's `emit`; nil when an expression fails (recorded in the trace).
    mutating func evaluate(_ candidate: Candidate, document: UnsafePointer<DocumentState>) -> Evaluated? {
        trace?.reports[candidate.rule].candidates += 1
        let environment = Environment(document: document, candidate: candidate, storage: storage, captures: candidateCaptures.captures(of: candidate.captures), lexiconValues: lexiconValues)
        func evaluated(_ attributes: [Attribute]) -> Evaluated {
            Evaluated(candidate: candidate, attributes: attributes)
        }
        // An emit that only passes one capture's attributes on (`emit MONEY m.*`: most candidates
        // of the number phases) shares that span's array: copying it through `set` allocated an
        // array and retained every name and value. Only when the names are distinct, which is
        // when `set` would copy them unchanged.
        let items = storage.rules[candidate.rule].emit.items
        if items.count == 1, case .spread(let index) = items[0] {
            let spread = environment.span(index)?.attributes ?? []
            if Self.namesAreDistinct(spread) { return evaluated(spread) }
        }
        var attributes: [Attribute] = []
        attributes.reserveCapacity(8)
        // A nil value leaves the attribute out, or as an earlier `n.*` set it.
        func set(_ name: String, _ value: String?) {
            guard let value else { return }
            if let existing = attributes.firstIndex(where: { $0.name == name }) {
                attributes[existing] = Attribute(name, value)
            } else {
                attributes.append(Attribute(name, value))
            }
        }
        do throws(EvaluationFailure) {
            for item in items {
                switch item {
                case .assign(let name, let expression):
                    set(name, try expression.evaluate(in: environment).attributeText)
                case .spread(let index):
                    for attribute in environment.span(index)?.attributes ?? [] { set(attribute.name, attribute.value) }
                }
            }
        } catch {
            trace?.emitFailures.append(
                MatchTrace.EmitFailure(
                    rule: storage.rules[candidate.rule].name, text: document.pointee.text(tokens: candidate.start..<candidate.end),
                    message: error.message))
            return nil
        }
        return evaluated(attributes)
    }

    /// Whether no two attributes have the same name (quadratic: attributes are a handful).
    static func namesAreDistinct(_ attributes: [Attribute]) -> Bool {
        for later in attributes.indices.dropFirst() {
            for earlier in 0..<later where attributes[earlier].name == attributes[later].name { return false }
        }
        return true
    }
}
