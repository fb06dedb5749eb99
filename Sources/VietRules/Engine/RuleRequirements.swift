import VietTokenizer

/// What a line must hold for some rule of a phase to match in it, so that a line without it skips
/// the phase: token kinds, token flags and labelled spans that every way through every rule of the
/// phase consumes (or a positive look-around of it reads).
///
/// Why: a phase runs on a line as soon as one of its rules can start there, and some rules start at
/// common words while needing something rare later. The `references` phase starts at every
/// "quyết định", "kế hoạch" or "báo cáo" (one every ~90 bytes of legal text), but each of its rules
/// needs a document code, a date token or a RATIO span, which most lines with such a word lack; the
/// phase was 8% of a warm run's instructions on legal text.
///
/// A requirement is a conjunction of clauses, each a set of features one of which the line must
/// hold (`[kind:number | kind:code]` is one clause of two kinds; `[kind:word & is:capitalized]` two
/// clauses of one). Features are bits of one word: token kinds at `1 << kind.rawValue` (bits 0–15),
/// the flags `is:capitalized`, `is:allcaps`, `is:diacritics`, `is:foreign` and `is:digits` at
/// bits 16–20, label ids from bit 24 (ids past 39 get no bit, so a clause with one is dropped).
///
/// ```swift
/// let requirements = RuleRequirements(phases: phases, tests: tests, lookarounds: lookarounds, rules: rules)
/// requirements.phases[p].allSatisfy { $0 & present != 0 }  // false: phase p cannot match here
/// ```
struct RuleRequirements: Sendable {
    /// Per phase: the clauses every match of any of its rules satisfies (empty: no requirement).
    let phases: [[UInt64]]

    /// The first bit of the token flags (``TokenFlags`` raw bits 0–4).
    static let flagShift: UInt64 = 16
    /// The first bit of the label ids.
    static let labelShift: Int32 = 24
    /// Clauses kept per instruction: more are dropped (a weaker requirement, still true).
    static let maximumClauses = 8

    /// The features a token brings to its line: its kind and its flags.
    @inline(__always)
    static func features(of token: Token) -> UInt64 {
        UInt64(1) << UInt64(token.kind.rawValue) | UInt64(token.flags.rawValue & 0x1F) << flagShift
    }

    /// The feature of a span labelled `labelID` (0 for ids without a bit, and for -1).
    @inline(__always)
    static func feature(label labelID: Int32) -> UInt64 {
        labelID >= 0 && labelID < 64 - labelShift ? UInt64(1) << UInt64(labelID + labelShift) : 0
    }

    /// Analyses the compiled programs.
    ///
    /// - Complexity: per phase, first a search per rule for a way to a match that needs nothing,
    ///   which most phases have (then the phase needs nothing); only otherwise the fixed point per
    ///   rule, O(instructions reachable from it × passes), a pass or two since a rule's code runs
    ///   mostly forward. With the shipped rules, ~1.2M instructions once per rule set (compiling
    ///   them is ~100M).
    init(phases programs: [PhaseProgram], tests: [TokenTest], lookarounds: [Lookaround], rules: [CompiledRule]) {
        var analysis = Analysis(tests: tests, lookarounds: lookarounds)
        phases = programs.map { program in
            var scratch = Analysis.Scratch(instructions: program.instructions.count)
            // Most phases have a rule that needs nothing (a cheap search finds it first).
            for rule in program.rules where analysis.hasFreePath(program.instructions, from: Int(rules[rule].entry), in: &scratch) {
                return []
            }
            var phase: [UInt64]? = nil
            for rule in program.rules {
                phase = Self.either(phase, analysis.need(of: program.instructions, from: Int(rules[rule].entry), in: &scratch))
                if phase?.isEmpty == true { return [] }
            }
            return phase ?? []
        }
    }

    /// The working state of the analysis: what tests and look-arounds need, computed when first
    /// met.
    private struct Analysis {
        /// Per instruction of a program: its need (nil: no path to a match found yet; sized when a
        /// fixed point first runs, which most phases never need) and the walk that last reached
        /// it; reused across a phase's rules.
        struct Scratch {
            var needs: [[UInt64]?] = []
            var reachedBy: [Int]
            var walk = 0

            init(instructions: Int) {
                reachedBy = Array(repeating: -1, count: instructions)
            }
        }

        let tests: [TokenTest]
        let lookarounds: [Lookaround]
        var testClauses: [[UInt64]?]
        var lookaroundClauses: [[UInt64]?]

        init(tests: [TokenTest], lookarounds: [Lookaround]) {
            self.tests = tests
            self.lookarounds = lookarounds
            testClauses = Array(repeating: nil, count: tests.count)
            lookaroundClauses = Array(repeating: nil, count: lookarounds.count)
        }

        /// The clauses every path from `entry` to a `match` satisfies: the greatest fixed point of
        /// need(pc) = own(pc) ∧ (need(a) ∨ need(b) …) over the instructions reachable from `entry`,
        /// from "no path" (nil) down: a loop cannot avoid the requirement of its way out. Nil when
        /// no path leads to a match; empty (nothing claimed) when the fixed point does not settle
        /// (clauses dropped at ``maximumClauses`` could make it wander).
        mutating func need(of program: [Instruction], from entry: Int, in scratch: inout Scratch) -> [UInt64]? {
            if scratch.needs.count < program.count { scratch.needs = Array(repeating: nil, count: program.count) }
            var reachable: [Int] = []
            _ = Self.search(program, from: entry, stoppingAtMatch: false, in: &scratch) { pc, _ in
                reachable.append(pc)
                return true
            }
            for pc in reachable { scratch.needs[pc] = nil }
            let walk = scratch.walk
            reachable.sort(by: >)
            for _ in 0..<32 {
                var changed = false
                for pc in reachable {
                    let next = pc + 1 < program.count && scratch.reachedBy[pc + 1] == walk ? scratch.needs[pc + 1] : nil
                    let need: [UInt64]? =
                        switch program[pc] {
                        case .match: []
                        case .jump(let target): scratch.needs[Int(target)]
                        case .split(let preferred, let other):
                            RuleRequirements.either(scratch.needs[Int(preferred)], scratch.needs[Int(other)])
                        case let instruction: RuleRequirements.both(own(instruction), next)
                        }
                    if need != scratch.needs[pc] {
                        scratch.needs[pc] = need
                        changed = true
                    }
                }
                if !changed { return scratch.needs[entry] }
            }
            return []
        }

        /// Whether some path from `entry` reaches a `match` through instructions that need nothing
        /// of their own (then the rule needs nothing): a search, without the fixed point.
        mutating func hasFreePath(_ program: [Instruction], from entry: Int, in scratch: inout Scratch) -> Bool {
            Self.search(program, from: entry, stoppingAtMatch: true, in: &scratch) { _, instruction in own(instruction).isEmpty }
        }

        /// Visits the instructions reachable from `entry`, each once, going on past one only when
        /// `visit` says so; whether a `match` is reached that way (at once with `stoppingAtMatch`).
        private static func search(
            _ program: [Instruction], from entry: Int, stoppingAtMatch: Bool, in scratch: inout Scratch,
            _ visit: (Int, Instruction) -> Bool
        ) -> Bool {
            scratch.walk += 1
            let walk = scratch.walk
            var found = false
            var stack = [entry]
            while let pc = stack.popLast() {
                guard pc < program.count, scratch.reachedBy[pc] != walk else { continue }
                scratch.reachedBy[pc] = walk
                guard visit(pc, program[pc]) else { continue }
                switch program[pc] {
                case .match:
                    found = true
                    if stoppingAtMatch { return true }
                case .jump(let target): stack.append(Int(target))
                case .split(let preferred, let other):
                    stack.append(Int(other))
                    stack.append(Int(preferred))
                case .test, .lexicon, .label, .save, .assert, .atStart, .atEnd: stack.append(pc + 1)
                }
            }
            return found
        }

        /// What an instruction needs of its own: a test's clauses, a label's, a positive
        /// look-around's; nothing for the rest.
        private mutating func own(_ instruction: Instruction) -> [UInt64] {
            switch instruction {
            case .test(let id): clauses(ofTest: Int(id))
            // (A label without a bit needs nothing that can be checked.)
            case .label(let id): feature(label: id) == 0 ? [] : [feature(label: id)]
            case .assert(let id): clauses(ofLookaround: Int(id))
            case .lexicon, .save, .atStart, .atEnd, .jump, .split, .match: []
            }
        }

        mutating func clauses(ofTest id: Int) -> [UInt64] {
            if let known = testClauses[id] { return known }
            let clauses = RuleRequirements.clauses(of: tests[id])
            testClauses[id] = clauses
            return clauses
        }

        /// A positive look-around's own requirement, which a rule asserting it takes on.
        mutating func clauses(ofLookaround id: Int) -> [UInt64] {
            guard id < lookarounds.count else { return [] }
            if let known = lookaroundClauses[id] { return known }
            var clauses: [UInt64] = []
            if !lookarounds[id].kind.isNegative {
                // (Look-around programs have their own addresses, and no look-around of their own.)
                var scratch = Scratch(instructions: lookarounds[id].program.count)
                clauses = need(of: lookarounds[id].program, from: 0, in: &scratch) ?? []
            }
            lookaroundClauses[id] = clauses
            return clauses
        }
    }

    /// The clauses a token must satisfy for `test` to hold on it.
    static func clauses(of test: TokenTest) -> [UInt64] {
        switch test {
        case .kind(let kind): [UInt64(kind.bit)]
        case .flag(let flag):
            switch flag {
            case .capitalized: [UInt64(TokenFlags.capitalized.rawValue) << flagShift]
            case .allcaps: [UInt64(TokenFlags.allCaps.rawValue) << flagShift]
            case .diacritics: [UInt64(TokenFlags.hasDiacritics.rawValue) << flagShift]
            case .foreign: [UInt64(TokenFlags.foreign.rawValue) << flagShift]
            case .digits: [UInt64(TokenFlags.hasDigits.rawValue) << flagShift]
            // (`is:lowercase` and `is:syllable` hold on word tokens only; see ``MatcherCore/has(_:_:)``.)
            case .lowercase, .syllable: [UInt64(TokenKind.word.bit)]
            case .spaced, .glued: []
            }
        case .and(let parts): parts.reduce([]) { both($0, clauses(of: $1)) ?? [] }
        case .or(let parts): parts.reduce(nil) { either($0, clauses(of: $1)) } ?? []
        case .literal, .regex, .lexicon, .shape, .any, .not: []
        }
    }

    /// Both requirements (nil, no path, absorbs). (Most instructions need nothing of their own and
    /// pass on what follows them: no work then, as loading the shipped rules analyses ~10⁵.)
    fileprivate static func both(_ first: [UInt64], _ second: [UInt64]?) -> [UInt64]? {
        guard let second else { return nil }
        if first.isEmpty || first == second { return second }
        if second.isEmpty { return first }
        return simplified(first + second)
    }

    /// Either requirement: every clause of one joined with every clause of the other (nil, no
    /// path, is the identity).
    fileprivate static func either(_ first: [UInt64]?, _ second: [UInt64]?) -> [UInt64]? {
        guard let first else { return second }
        guard let second else { return first }
        if first.isEmpty || second.isEmpty { return [] }
        if first == second { return first }
        var joined: [UInt64] = []
        for a in first { for b in second { joined.append(a | b) } }
        return simplified(joined)
    }

    /// Without empty clauses (which no line satisfies: they only come from a label without a bit,
    /// and dropping one weakens nothing that holds), clauses implied by a narrower one, and past
    /// ``maximumClauses`` (the narrowest kept); sorted, so that equal requirements compare equal.
    /// (No `Set`: the first use of one in a process looks up its `Hashable` conformance at run
    /// time, ~9M instructions of start-up.)
    private static func simplified(_ clauses: [UInt64]) -> [UInt64] {
        // Narrowest first, so that a clause is kept only if no kept one implies it.
        let sorted = clauses.sorted { $0.nonzeroBitCount != $1.nonzeroBitCount ? $0.nonzeroBitCount < $1.nonzeroBitCount : $0 < $1 }
        var kept: [UInt64] = []
        for clause in sorted where clause != 0 && !kept.contains(where: { $0 & clause == $0 }) {
            kept.append(clause)
            if kept.count == maximumClauses { break }
        }
        return kept.sorted()
    }
}
