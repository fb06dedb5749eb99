/// The pairs a look-around search (``MatcherCore/searchLookaround(_:backward:at:in:)``) has yet to
/// visit: (instruction, token position), last in first out.
///
/// Raw memory that grows by doubling and is never shrunk, like ``ThreadList``'s: as an array
/// swapped in and out of the matcher per search, pushes and pops paid uniqueness checks, and each
/// search a swap in, a swap out and an emptying (some 40 000 searches and 170 000 steps per MB of
/// Wikipedia text). It is owned by the one ``MatcherCore`` of a ``RuleMatcher``, which frees it
/// through ``deallocate()`` in its `deinit`; a search works on a copy of the value and stores it
/// back (searches do not nest).
///
/// ```swift
/// var stack = LookaroundStack()
/// stack.push(pc: 3, at: 7)
/// stack.pop()   // (3, 7)
/// stack.pop()   // nil
/// stack.deallocate()
/// ```
struct LookaroundStack {
    private var items: UnsafeMutablePointer<(pc: Int32, at: Int)>
    private var capacity = 16
    private var count = 0

    /// An empty stack with room for 16 pairs.
    init() {
        items = .allocate(capacity: capacity)
    }

    /// Adds a pair to visit.
    mutating func push(pc: Int32, at: Int) {
        if count == capacity { grow() }
        // (A tuple of integers: uninitialised memory may be assigned.)
        items[count] = (pc, at)
        count += 1
    }

    /// The pair pushed last, removed; nil when none is left.
    mutating func pop() -> (pc: Int32, at: Int)? {
        guard count > 0 else { return nil }
        count -= 1
        return items[count]
    }

    /// Forgets the pairs left (a search that stopped early).
    mutating func removeAll() {
        count = 0
    }

    /// Doubles the room, keeping the pairs.
    private mutating func grow() {
        let bigger = UnsafeMutablePointer<(pc: Int32, at: Int)>.allocate(capacity: 2 * capacity)
        bigger.update(from: items, count: count)
        items.deallocate()
        items = bigger
        capacity *= 2
    }

    /// Frees the raw memory; the stack must not be used afterwards.
    func deallocate() {
        items.deallocate()
    }
}
