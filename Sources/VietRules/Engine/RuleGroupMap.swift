/// A map from the automaton's (rule, start) groups to small integers, indexed by rule: each rule
/// holds its one group directly, and only a rule with several groups at once goes through an
/// ``IntegerMap``.
///
/// The automaton asks two such questions per match: which groups matched at this position (their
/// lower-priority threads die) and which candidate a group already has. With a thousand rules,
/// hashing both was a twentieth of the matcher's instructions, yet a rule nearly always has one
/// group in play: one matched at a position, one candidate per line. A per-rule slot answers those
/// with one load and compare; the hash map keeps the exact answer for the other cases.
///
/// Clearing is O(1) by generation stamps. The slots are raw memory for the same reason as
/// ``ThreadList`` (no uniqueness or bounds checks in the automaton's inner loop) and under the same
/// ownership rule: the one copy in ``MatcherCore/AutomatonBuffers`` owns it and is freed once,
/// through ``deallocate()``; every rule index used is below the capacity ``reserve(rules:)`` made.
///
/// ```swift
/// var groups = RuleGroupMap()
/// groups.reserve(rules: 10)
/// groups[rule: 3, start: 7] = 1
/// groups[rule: 3, start: 7]   // 1
/// groups.removeAll()          // O(1)
/// groups.deallocate()
/// ```
///
/// - Complexity: O(1) per lookup and insertion (expected O(1) for a rule with several groups).
struct RuleGroupMap {
    /// Per rule: the generation in which its slot was written (older: the rule has no group).
    private var generations = UnsafeMutableBufferPointer<UInt32>(start: nil, count: 0)
    /// Per rule: the start of its group, or ``several`` when all its groups are in `overflow`.
    private var starts = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    private var values = UnsafeMutableBufferPointer<Int32>(start: nil, count: 0)
    private var generation: UInt32 = 1
    /// Every group of the rules that have more than one in this generation.
    private var overflow = IntegerMap()
    /// Whether anything was stored since the last ``removeAll()``.
    private(set) var isEmpty = true

    /// Marks a rule whose groups are all in `overflow` (starts are token positions, never negative).
    private static let several: Int32 = -1

    /// An empty map for no rule; it allocates nothing until ``reserve(rules:)``.
    init() {}

    /// Makes room for rules `0..<rules`; empties the map when it grows.
    mutating func reserve(rules: Int) {
        guard rules > generations.count else { return }
        deallocate()
        generations = .allocate(capacity: rules)
        generations.initialize(repeating: 0)
        starts = .allocate(capacity: rules)
        starts.initialize(repeating: 0)
        values = .allocate(capacity: rules)
        values.initialize(repeating: 0)
        generation = 1
        overflow.removeAll()
        isEmpty = true
    }

    /// Empties the map without touching its slots.
    mutating func removeAll() {
        isEmpty = true
        if overflow.count > 0 { overflow.removeAll() }
        generation &+= 1
        if generation == 0 {
            generations.update(repeating: 0)
            generation = 1
        }
    }

    @inline(__always)
    private static func key(_ rule: Int32, _ start: Int32) -> Int64 {
        Int64(rule) << 32 | Int64(start)
    }

    /// The value of group (rule, start), or nil; setting stores it (setting nil is not supported).
    subscript(rule rule: Int32, start start: Int32) -> Int32? {
        @inline(__always) get {
            let slot = Int(rule)
            guard generations[slot] == generation else { return nil }
            let held = starts[slot]
            if held == start { return values[slot] }
            guard held == Self.several, let value = overflow[Self.key(rule, start)] else { return nil }
            return Int32(truncatingIfNeeded: value)
        }
        set {
            guard let newValue else { return }
            isEmpty = false
            let slot = Int(rule)
            if generations[slot] != generation {
                generations[slot] = generation
                starts[slot] = start
                values[slot] = newValue
                return
            }
            let held = starts[slot]
            if held == start {
                values[slot] = newValue
                return
            }
            if held != Self.several {
                overflow[Self.key(rule, held)] = Int64(values[slot])
                starts[slot] = Self.several
            }
            overflow[Self.key(rule, start)] = Int64(newValue)
        }
    }

    /// Frees the slots; the map must not be used afterwards (except through ``reserve(rules:)``).
    func deallocate() {
        generations.deallocate()
        starts.deallocate()
        values.deallocate()
    }
}
