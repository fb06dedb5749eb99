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
    /// Each chain: the number n of zero-width steps; n pairs (pc, ``Step`` code); the pc of the
    /// consuming instruction (test, lexicon or label) the chain ends at.
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
        var steps: [Int32] = []
        first.reserveCapacity(rules.count)
        for rule in rules {
            let instructions = phases[rule.phase].instructions
            var chain: [Int32] = []
            var pc = rule.entry
            var terminal: Int32 = -1
            // A chain visits each instruction once; the bound only guards against a jump cycle.
            walk: for _ in 0...instructions.count {
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
                    terminal = pc
                    break walk
                case .split, .match:
                    break walk
                }
            }
            guard terminal >= 0 else {
                first.append(-1)
                continue
            }
            first.append(Int32(steps.count))
            steps.append(Int32(chain.count / 2))
            steps += chain
            steps.append(terminal)
        }
        self.first = first
        self.steps = steps
    }
}
