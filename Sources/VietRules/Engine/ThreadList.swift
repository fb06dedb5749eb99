/// The threads of the automaton at one token position, with their capture slots, in manually
/// managed memory.
///
/// Thread i's capture slots are `width` consecutive `Int32`s at `i × width` in ``captures``. Pushing
/// a thread is the automaton's innermost operation (every thread at every position); with Swift
/// arrays each push paid a uniqueness check and a capacity check per capture slot, and clearing
/// went through the generic `replaceSubrange` — together a fifth of the matcher's instructions with
/// a thousand rules. Here a push is one capacity check and plain stores, and clearing sets a count.
///
/// Ownership: the list is a plain value holding pointers, so copies share the memory. Exactly one
/// copy owns it — the one in ``MatcherCore/AutomatonBuffers`` (the current and next lists) or
/// ``MatcherCore/candidateCaptures``, which ``RuleMatcher`` frees in its `deinit` via
/// ``deallocate()``; the automaton moves lists in and out of that one place (never keeping two
/// live copies that both grow), which is what makes the unsafe pointers sound.
///
/// ```swift
/// var list = ThreadList()
/// list.reset(width: 2)
/// list.push(pc: 7, resume: 3, rule: 0, captures: scratch)  // scratch: width slots
/// list.threads[0].pc                              // 7
/// list.deallocate()
/// ```
struct ThreadList {
    /// Program counter, resume position and rule of each thread (see ``MatcherCore/Thread``).
    private(set) var threads: UnsafeMutablePointer<MatcherCore.Thread>
    /// `width` capture slots per thread, in list order.
    private(set) var captures: UnsafeMutablePointer<Int32>
    private(set) var count = 0
    private var capacity: Int
    /// Capture slots per thread; fixed between ``reset(width:)`` calls.
    private(set) var width = 0
    private var captureCapacity: Int

    init() {
        capacity = 16
        captureCapacity = 64
        threads = .allocate(capacity: capacity)
        captures = .allocate(capacity: captureCapacity)
    }

    var isEmpty: Bool { count == 0 }

    /// Empties the list and sets the number of capture slots per thread.
    mutating func reset(width: Int) {
        count = 0
        self.width = width
        if captureCapacity < capacity * width { growCaptures(to: capacity * width) }
    }

    /// Empties the list, keeping its width.
    mutating func removeAll() {
        count = 0
    }

    /// Appends a thread of `rule` whose capture slots are the first `width` values at `source`.
    @inline(__always)
    mutating func push(pc: Int32, resume: Int32, rule: Int32, captures source: UnsafePointer<Int32>) {
        if count == capacity { grow() }
        threads[count] = MatcherCore.Thread(pc: pc, resume: resume, rule: rule)
        Self.copySlots(to: captures + count * width, from: source, width: width)
        count += 1
    }

    /// The capture slots of thread `index`.
    @inline(__always)
    func captures(of index: Int) -> UnsafeMutablePointer<Int32> {
        captures + index * width
    }

    /// Copies `width` capture slots. Pushing and loading threads copy a few slots each, millions
    /// of times: `update(from:count:)` is a call to `memcpy` for every one, while the common widths
    /// (2 to 8: slots come in pairs) are straight-line copies here. The caller guarantees `width`
    /// initialized slots at `source` and room for them at `target`.
    @inline(__always)
    static func copySlots(to target: UnsafeMutablePointer<Int32>, from source: UnsafePointer<Int32>, width: Int) {
        switch width {
        case 2:
            target[0] = source[0]; target[1] = source[1]
        case 4:
            target[0] = source[0]; target[1] = source[1]; target[2] = source[2]; target[3] = source[3]
        case 6:
            target[0] = source[0]; target[1] = source[1]; target[2] = source[2]; target[3] = source[3]
            target[4] = source[4]; target[5] = source[5]
        case 8:
            target[0] = source[0]; target[1] = source[1]; target[2] = source[2]; target[3] = source[3]
            target[4] = source[4]; target[5] = source[5]; target[6] = source[6]; target[7] = source[7]
        default:
            target.update(from: source, count: width)
        }
    }

    /// Frees the memory; the list must not be used afterwards.
    func deallocate() {
        threads.deallocate()
        captures.deallocate()
    }

    private mutating func grow() {
        let bigger = UnsafeMutablePointer<MatcherCore.Thread>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: threads, count: count)
        threads.deallocate()
        threads = bigger
        capacity *= 2
        if captureCapacity < capacity * width { growCaptures(to: capacity * width) }
    }

    private mutating func growCaptures(to minimum: Int) {
        var size = captureCapacity
        while size < minimum { size *= 2 }
        let bigger = UnsafeMutablePointer<Int32>.allocate(capacity: size)
        bigger.moveInitialize(from: captures, count: count * width)
        captures.deallocate()
        captures = bigger
        captureCapacity = size
    }
}
