/// For each rule whose program begins with a plain chain of zero-width steps — saves, jumps,
/// look-arounds and anchors, no split — ending at a consuming instruction: that chain, so that
/// starting the rule needs no walk through the automaton's recursive epsilon closure.
///
/// Starting rules is most of the automaton's work when many rules start at most tokens (a thousand
/// rules anchored on frequent words; the number rules at every number span), and each step of the
/// closure is a call and an indirect jump on the instruction kind, which the processor predicts
/// badly when the rules vary. Following a precomputed chain instead does exactly what the closure
/// does on it: it stops where a step was already visited at this position (an earlier start of the
/// same rule absorbs this one) or where a look-around or anchor fails, records the position in
/// each save slot, and pushes one thread at the consuming instruction.
///
/// ```swift
/// // rule r match w:("x"i _)   →   save 0, save 2, test "x"i, …
/// let chains = EntryChains(phases: storage.phases, rules: storage.rules)
/// chains.first[r]   // index of [2, pc0, 0, pc1, 2, pcTest] in chains.steps (2 steps: save 0, save 2)
/// ```
struct EntryChains: Sendable {
    /// Per rule: where its chain starts in ``steps``, or -1 when its entry is not a plain chain.
    let first: [Int32]
    /// Per rule whose entry chain ends at a label: where the plain chain that follows the label
    /// starts in ``steps`` (it may end at the rule's match), or -1. The automaton checks it at the
    /// ends of the label's spans before starting the rule: a start none of whose spans can go on
    /// is not worth a thread (see ``MatcherCore/labelStartContinues(_:label:at:instructions:document:)``).
    let afterLabel: [Int32]
    /// Each chain: the number n of zero-width steps; n pairs (pc, ``Step`` code); the pc of the
    /// consuming instruction (test, lexicon or label) the chain ends at (for a chain after a
    /// label, possibly the match instruction).
    let steps: [Int32]

    /// What a step's code in ``steps`` means: a save slot (≥ 0), or one of these (< 0).
    enum Step {
        static let jump: Int32 = -1
        static let atStart: Int32 = -2
        static let atEnd: Int32 = -3
        /// Codes from -4 down: look-around `-4 - code` must hold.
        static func assert(_ id: Int32) -> Int32 { -4 - id }
        static func lookaround(_ code: Int32) -> Int { Int(-4 - code) }
    }

    init(phases: [PhaseProgram], rules: [CompiledRule]) {
        var first: [Int32] = []
        var afterLabel: [Int32] = []
        var steps: [Int32] = []
        first.reserveCapacity(rules.count)
        afterLabel.reserveCapacity(rules.count)
        /// Appends a chain to `steps` in the layout documented there; returns where it starts.
        func append(_ chain: (steps: [Int32], terminal: Int32)) -> Int32 {
            let start = Int32(steps.count)
            steps.append(Int32(chain.steps.count / 2))
            steps += chain.steps
            steps.append(chain.terminal)
            return start
        }
        for rule in rules {
            let instructions = phases[rule.phase].instructions
            guard let entry = Self.chain(from: rule.entry, in: instructions, endingAtMatch: false) else {
                first.append(-1)
                afterLabel.append(-1)
                continue
            }
            first.append(append(entry))
            if case .label = instructions[Int(entry.terminal)],
                let follow = Self.chain(from: entry.terminal + 1, in: instructions, endingAtMatch: true)
            {
                afterLabel.append(append(follow))
            } else {
                afterLabel.append(-1)
            }
        }
        self.first = first
        self.afterLabel = afterLabel
        self.steps = steps
    }

    /// The plain chain of zero-width steps from `pc` — (pc, ``Step`` code) pairs — and the
    /// consuming instruction it ends at (or, with `endingAtMatch`, the match); nil when a split
    /// (or a match without `endingAtMatch`) comes first.
    private static func chain(from pc: Int32, in instructions: [Instruction], endingAtMatch: Bool) -> (steps: [Int32], terminal: Int32)? {
        var chain: [Int32] = []
        var pc = pc
        // A chain visits each instruction once; the bound only guards against a jump cycle.
        for _ in 0...instructions.count {
            switch instructions[Int(pc)] {
            case .save(let slot):
                chain += [pc, slot]
                pc += 1
            case .jump(let target):
                chain += [pc, Step.jump]
                pc = target
            case .assert(let id):
                chain += [pc, Step.assert(id)]
                pc += 1
            case .atStart:
                chain += [pc, Step.atStart]
                pc += 1
            case .atEnd:
                chain += [pc, Step.atEnd]
                pc += 1
            case .test, .lexicon, .label:
                return (chain, pc)
            case .match:
                return endingAtMatch ? (chain, pc) : nil
            case .split:
                return nil
            }
        }
        return nil
    }
}
