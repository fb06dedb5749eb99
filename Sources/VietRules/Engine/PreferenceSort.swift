/// Sorts a phase's packed overlap preferences (``MatcherCore/PackedPreference``) in place, most
/// preferred first, without allocating.
///
/// The standard library's `sort` is a stable merge sort: with a thousand rules it sorted every
/// line's candidates through a temporary buffer and a comparison closure, 5 % of the matcher's
/// instructions. Packed keys are unique per candidate (see ``MatcherCore/Preference/packed``), so
/// stability is moot and an in-place introsort gives the same order: quicksort with a median of
/// three, insertion sort for short ranges, and heapsort once the recursion is deeper than twice the
/// logarithm of the length — O(n log n) in the worst case, never quadratic.
///
/// ```swift
/// var keys: [MatcherCore.PackedPreference] = …
/// keys.withUnsafeMutableBufferPointer { PreferenceSort.sort($0) }
/// ```
///
/// It works on raw pointers so that the inner loops carry no bounds or uniqueness checks; this is
/// sound because every index it touches lies in `0..<keys.count` of the buffer it was given
/// (partitions and heaps only ever shrink inside it), which the caller's
/// `withUnsafeMutableBufferPointer` keeps alive and exclusive for the call.
///
/// - Complexity: O(n log n) comparisons, O(log n) stack.
enum PreferenceSort {
    typealias Key = MatcherCore.PackedPreference

    /// Ranges up to this length are insertion-sorted (fewer moves than partitioning them).
    static let insertionLimit = 16

    /// Sorts `keys`, smallest (most preferred) first.
    static func sort(_ keys: UnsafeMutableBufferPointer<Key>) {
        guard keys.count > 1, let base = keys.baseAddress else { return }
        introsort(base, 0, keys.count, depthBudget: 2 * (Int.bitWidth - keys.count.leadingZeroBitCount))
    }

    /// Whether `a` comes before `b`: `major` first, then `minor`.
    @inline(__always)
    static func precedes(_ a: Key, _ b: Key) -> Bool {
        a.major != b.major ? a.major < b.major : a.minor < b.minor
    }

    /// Sorts `keys[low..<high]`; recurses into the shorter side only, so the stack stays logarithmic.
    private static func introsort(_ keys: UnsafeMutablePointer<Key>, _ low: Int, _ high: Int, depthBudget: Int) {
        var low = low, high = high, budget = depthBudget
        while high - low > insertionLimit {
            if budget == 0 {
                heapsort(keys + low, high - low)
                return
            }
            budget -= 1
            let split = partition(keys, low, high)
            if split - low < high - split {
                introsort(keys, low, split, depthBudget: budget)
                low = split + 1
            } else {
                introsort(keys, split + 1, high, depthBudget: budget)
                high = split
            }
        }
        insertionSort(keys + low, high - low)
    }

    /// Partitions `keys[low..<high]` (at least 3 keys) around the median of its first, middle and
    /// last keys; returns the pivot's final index (smaller keys before it, larger after).
    private static func partition(_ keys: UnsafeMutablePointer<Key>, _ low: Int, _ high: Int) -> Int {
        let middle = low + (high - low) / 2, last = high - 1
        if precedes(keys[middle], keys[low]) { swapAt(keys, middle, low) }
        if precedes(keys[last], keys[low]) { swapAt(keys, last, low) }
        if precedes(keys[last], keys[middle]) { swapAt(keys, last, middle) }
        // keys[low] ≤ pivot ≤ keys[last]: park the pivot before `last` and partition between them.
        swapAt(keys, middle, last - 1)
        let pivot = keys[last - 1]
        var left = low, right = last - 1
        while true {
            left += 1
            while precedes(keys[left], pivot) { left += 1 }
            right -= 1
            while precedes(pivot, keys[right]) { right -= 1 }
            if left >= right { break }
            swapAt(keys, left, right)
        }
        swapAt(keys, left, last - 1)
        return left
    }

    private static func insertionSort(_ keys: UnsafeMutablePointer<Key>, _ count: Int) {
        var index = 1
        while index < count {
            let key = keys[index]
            var hole = index
            while hole > 0, precedes(key, keys[hole - 1]) {
                keys[hole] = keys[hole - 1]
                hole -= 1
            }
            keys[hole] = key
            index += 1
        }
    }

    private static func heapsort(_ keys: UnsafeMutablePointer<Key>, _ count: Int) {
        var root = count / 2
        while root > 0 {
            root -= 1
            siftDown(keys, root, count)
        }
        var end = count
        while end > 1 {
            end -= 1
            swapAt(keys, 0, end)
            siftDown(keys, 0, end)
        }
    }

    /// Restores the max-heap order below `root` in `keys[0..<count]`.
    private static func siftDown(_ keys: UnsafeMutablePointer<Key>, _ root: Int, _ count: Int) {
        var parent = root
        while true {
            var child = 2 * parent + 1
            if child >= count { return }
            if child + 1 < count, precedes(keys[child], keys[child + 1]) { child += 1 }
            if !precedes(keys[parent], keys[child]) { return }
            swapAt(keys, parent, child)
            parent = child
        }
    }

    @inline(__always)
    private static func swapAt(_ keys: UnsafeMutablePointer<Key>, _ i: Int, _ j: Int) {
        let held = keys[i]
        keys[i] = keys[j]
        keys[j] = held
    }
}
