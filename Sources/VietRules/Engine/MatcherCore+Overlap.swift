import VietTokenizer

extension MatcherCore {
    /// What the overlap preference looks at, gathered once per candidate so that sorting touches
    /// neither the rule set nor the matcher.
    struct Preference {
        let length: Int
        let priority: Int
        let start: Int
        let rule: Int
        let index: Int

        /// The deterministic preference between two candidates: longer (in characters), then higher
        /// priority, then earlier start, then earlier in the rule files.
        static func isPreferred(_ a: Preference, over b: Preference) -> Bool {
            if a.length != b.length { return a.length > b.length }
            if a.priority != b.priority { return a.priority > b.priority }
            if a.start != b.start { return a.start < b.start }
            return a.rule < b.rule
        }

        /// The same order as two unsigned integers compared in turn (smaller is preferred), or nil
        /// when a field does not fit its 32 bits (then ``isPreferred(_:over:)`` sorts): length and
        /// priority descending in `major`, start and rule ascending in `minor`. Candidates are
        /// unique per (rule, start), so no two keys are equal and the sort needs no stability.
        var packed: PackedPreference? {
            guard length >= 0, length <= Int(UInt32.max), priority >= Int(Int32.min), priority <= Int(Int32.max),
                start >= 0, start <= Int(UInt32.max), rule >= 0, rule <= Int(UInt32.max)
            else { return nil }
            let priorityBits = UInt32(bitPattern: Int32(priority)) ^ 0x8000_0000
            return PackedPreference(
                major: UInt64(UInt32.max - UInt32(length)) << 32 | UInt64(UInt32.max - priorityBits),
                minor: UInt64(start) << 32 | UInt64(rule), index: Int32(index))
        }
    }

    /// A ``Preference`` packed into two integers, so that a comparison is at most two integer
    /// comparisons (the sort of every line's candidates is hot with many rules).
    struct PackedPreference {
        let major: UInt64
        let minor: UInt64
        let index: Int32
    }

    /// The preference of candidate `index`. The line's tokens and the rule priorities are passed
    /// in, read once per phase: reached through the document pointer and the rule set for each
    /// candidate, each array was retained and released per candidate.
    func preference(_ candidates: [Candidate], _ index: Int, tokens: [Token], priorities: [Int]) -> Preference {
        let candidate = candidates[index]
        let length = DocumentState.scalarRange(tokens: candidate.start..<candidate.end, in: tokens).count
        return Preference(length: length, priority: priorities[candidate.rule], start: candidate.start, rule: candidate.rule, index: index)
    }

    /// Why `loser` gave way to `winner`, for the trace (the only reader of a candidate's length in
    /// characters, so it is computed here, not for every candidate).
    func lossReason(_ winner: Evaluated, _ loser: Evaluated, policy: OverlapPolicy, tokens: [Token]) -> String {
        if policy == .nested { return "crosses the boundary of a better match (overlap nested)" }
        func length(_ evaluated: Evaluated) -> Int {
            DocumentState.scalarRange(tokens: evaluated.candidate.start..<evaluated.candidate.end, in: tokens).count
        }
        let (winnerLength, loserLength) = (length(winner), length(loser))
        if winnerLength != loserLength { return "shorter (\(loserLength) vs \(winnerLength) characters)" }
        let pw = storage.rules[winner.candidate.rule].priority
        let pl = storage.rules[loser.candidate.rule].priority
        if pw != pl { return "lower priority (\(pl) vs \(pw))" }
        if winner.candidate.start != loser.candidate.start { return "same length and priority, starts later" }
        return "same length, priority and start; its rule comes later in the rule files"
    }

    /// Evaluates the emits of a phase's candidates and applies the phase's overlap policy.
    ///
    /// The preference order needs no attribute, so without a trace the emits are evaluated lazily:
    /// only for candidates that do not conflict with a better kept one. This keeps exactly the
    /// matches eager evaluation would (a candidate whose emit fails is dropped either way, and only
    /// kept matches decide later conflicts), and spares the emits of every loser — most candidates
    /// when many rules overlap.
    ///
    /// - Complexity: O(k log k + k × overlapping kept) for k candidates.
    mutating func resolveOverlaps(_ candidates: [Candidate], policy: OverlapPolicy, document: UnsafePointer<DocumentState>) -> [Evaluated] {
        let eager = trace != nil || policy == .all
        // One candidate (most calls: a phase that matched once on the line) conflicts with none, so
        // it is kept exactly when its emit succeeds, under every policy: the preference keys, the
        // sort and the per-token tables are not needed.
        if candidates.count == 1, !eager {
            var kept = takeAcceptedBuffer()
            if let candidate = evaluate(candidates[0], document: document) { kept.append(candidate) }
            return kept
        }
        let evaluated: [Evaluated?] = eager ? candidates.map { evaluate($0, document: document) } : []
        if policy == .all { return evaluated.compactMap { $0 } }
        // Preference order: packed keys (two integer comparisons each) when every field fits, else
        // the field-by-field comparison.
        // The preference keys and the token owners live in buffers kept between calls (two
        // allocations per phase and line otherwise).
        var packed: [PackedPreference] = []
        var owner: [Int32] = []
        swap(&packed, &overlapPreferences)
        swap(&owner, &overlapOwners)
        defer {
            packed.removeAll(keepingCapacity: true)
            swap(&packed, &overlapPreferences)
            swap(&owner, &overlapOwners)
        }
        packed.reserveCapacity(candidates.count)
        var order: [Preference] = []
        let tokens = document.pointee.text.tokens, priorities = storage.rulePriorities
        for index in candidates.indices {
            let current = preference(candidates, index, tokens: tokens, priorities: priorities)
            if order.isEmpty, let key = current.packed {
                packed.append(key)
                continue
            }
            if order.isEmpty { order = packed.map { preference(candidates, Int($0.index), tokens: tokens, priorities: priorities) } }
            order.append(current)
        }
        if order.isEmpty {
            packed.withUnsafeMutableBufferPointer { PreferenceSort.sort($0) }
        } else {
            order.sort(by: Preference.isPreferred)
        }
        var kept = takeAcceptedBuffer()
        // Kept matches by token, to find conflicts without comparing against all of them.
        let tokenCount = document.pointee.tokenCount
        if owner.count < tokenCount { owner += repeatElement(-1, count: tokenCount - owner.count) }
        owner.withUnsafeMutableBufferPointer { $0[..<tokenCount].update(repeating: -1) }
        // (Optional, nil for the other policies: with an empty array there, the optimiser made it
        // unique before the candidate loop, which allocated a new buffer on every call.)
        var keptByToken: [[Int32]]? = policy == .nested ? Array(repeating: [], count: document.pointee.tokenCount) : nil
        for rank in candidates.indices {
            let candidateIndex = order.isEmpty ? Int(packed[rank].index) : order[rank].index
            let range = candidates[candidateIndex].start..<candidates[candidateIndex].end
            var conflict: Int32 = -1
            switch policy {
            case .longest:
                // (A plain loop: a lazy map's escaping closure captured `owner`, which boxed it —
                // an allocation and a dynamic exclusivity check per call.)
                for token in range where owner[token] >= 0 {
                    conflict = owner[token]
                    break
                }
            case .nested:
                search: for token in range {
                    for index in keptByToken?[token] ?? [] {
                        let other = kept[Int(index)].candidate
                        let nests =
                            (other.start <= range.lowerBound && range.upperBound <= other.end)
                            || (range.lowerBound <= other.start && other.end <= range.upperBound)
                        if !nests || (other.start == range.lowerBound && other.end == range.upperBound
                            && storage.rules[other.rule].emit.label == storage.rules[candidates[candidateIndex].rule].emit.label)
                        {
                            conflict = index
                            break search
                        }
                    }
                }
            case .all:
                break
            }
            if conflict >= 0 {
                if let trace, let loser = evaluated[candidateIndex] {
                    let winner = kept[Int(conflict)]
                    trace.losses.append(
                        MatchTrace.Loss(
                            loser: makeMatch(loser, document: document.pointee), winner: makeMatch(winner, document: document.pointee),
                            reason: lossReason(winner, loser, policy: policy, tokens: document.pointee.text.tokens)))
                }
                continue
            }
            guard let candidate = eager ? evaluated[candidateIndex] : evaluate(candidates[candidateIndex], document: document)
            else { continue }
            let index = Int32(kept.count)
            kept.append(candidate)
            for token in range {
                if policy == .nested { keptByToken?[token].append(index) } else { owner[token] = index }
            }
        }
        kept.sort { ($0.candidate.start, $0.candidate.rule) < ($1.candidate.start, $1.candidate.rule) }
        return kept
    }

    /// The storage of the previous call's result, emptied, handed back by the caller (see
    /// ``MatcherCore/acceptedBuffer``): most lines keep one or two matches per phase, and a new
    /// array per call was an allocation and a regrowth each.
    mutating func takeAcceptedBuffer() -> [Evaluated] {
        var kept: [Evaluated] = []
        swap(&kept, &acceptedBuffer)
        if !kept.isEmpty { kept.removeAll(keepingCapacity: true) }
        return kept
    }

    func makeMatch(_ evaluated: Evaluated, document: DocumentState) -> Match {
        let span = Span(
            labelID: -1, start: Int32(evaluated.candidate.start), end: Int32(evaluated.candidate.end),
            attributes: evaluated.attributes, rule: evaluated.candidate.rule, isOutput: true)
        return Self.makeMatch(span, rule: evaluated.candidate.rule, document: document, storage: storage)
    }
}
