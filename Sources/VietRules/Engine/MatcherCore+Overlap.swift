extension MatcherCore {
    /// The deterministic preference between two candidates: longer (in characters), then higher
    /// priority, then earlier start, then earlier in the rule files.
    func isPreferred(_ a: Evaluated, over b: Evaluated) -> Bool {
        if a.scalarLength != b.scalarLength { return a.scalarLength > b.scalarLength }
        let pa = storage.rules[a.candidate.rule].priority
        let pb = storage.rules[b.candidate.rule].priority
        if pa != pb { return pa > pb }
        if a.candidate.start != b.candidate.start { return a.candidate.start < b.candidate.start }
        return a.candidate.rule < b.candidate.rule
    }

    func lossReason(_ winner: Evaluated, _ loser: Evaluated, policy: OverlapPolicy) -> String {
        if policy == .nested { return "crosses the boundary of a better match (overlap nested)" }
        if winner.scalarLength != loser.scalarLength { return "shorter (\(loser.scalarLength) vs \(winner.scalarLength) characters)" }
        let pw = storage.rules[winner.candidate.rule].priority
        let pl = storage.rules[loser.candidate.rule].priority
        if pw != pl { return "lower priority (\(pl) vs \(pw))" }
        if winner.candidate.start != loser.candidate.start { return "same length and priority, starts later" }
        return "same length, priority and start; its rule comes later in the rule files"
    }

    /// Applies a phase's overlap policy.
    ///
    /// - Complexity: O(k log k + k × overlapping kept) for k candidates.
    func resolveOverlaps(_ evaluated: [Evaluated], policy: OverlapPolicy, document: DocumentState) -> [Evaluated] {
        if policy == .all || evaluated.count < 2 { return evaluated }
        let ordered = evaluated.sorted { isPreferred($0, over: $1) }
        var kept: [Evaluated] = []
        // Kept matches by token, to find conflicts without comparing against all of them.
        var owner = [Int32](repeating: -1, count: document.tokenCount)
        var keptByToken: [[Int32]] = policy == .nested ? Array(repeating: [], count: document.tokenCount) : []
        for candidate in ordered {
            let range = candidate.candidate.start..<candidate.candidate.end
            var conflict: Int32 = -1
            switch policy {
            case .longest:
                conflict = range.lazy.map { owner[$0] }.first { $0 >= 0 } ?? -1
            case .nested:
                search: for token in range {
                    for index in keptByToken[token] {
                        let other = kept[Int(index)].candidate
                        let nests =
                            (other.start <= range.lowerBound && range.upperBound <= other.end)
                            || (range.lowerBound <= other.start && other.end <= range.upperBound)
                        if !nests || (other.start == range.lowerBound && other.end == range.upperBound
                            && storage.rules[other.rule].emit.label == storage.rules[candidate.candidate.rule].emit.label)
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
                if let trace {
                    let winner = kept[Int(conflict)]
                    trace.losses.append(
                        MatchTrace.Loss(
                            loser: makeMatch(candidate, document: document), winner: makeMatch(winner, document: document),
                            reason: lossReason(winner, candidate, policy: policy)))
                }
                continue
            }
            let index = Int32(kept.count)
            kept.append(candidate)
            for token in range {
                if policy == .nested { keptByToken[token].append(index) } else { owner[token] = index }
            }
        }
        kept.sort { ($0.candidate.start, $0.candidate.rule) < ($1.candidate.start, $1.candidate.rule) }
        return kept
    }

    func makeMatch(_ evaluated: Evaluated, document: DocumentState) -> Match {
        let span = Span(
            label: evaluated.label, labelID: -1, start: Int32(evaluated.candidate.start), end: Int32(evaluated.candidate.end),
            attributes: evaluated.attributes, rule: evaluated.candidate.rule, isOutput: true)
        return makeMatch(span, rule: evaluated.candidate.rule, document: document)
    }
}
