/// A hash map from integer keys to integer values for the matcher's caches: open addressing with a
/// multiplicative hash, and O(1) clearing by generation stamps.
///
/// `Dictionary<Int64, …>` hashes every key with SipHash through `Hasher`, which was a tenth of the
/// matcher's instructions on the legal corpus; the keys here are small packed integers for which a
/// Fibonacci hash spreads well enough.
///
/// ```swift
/// var map = IntegerMap()
/// map[Int64(3) << 32 | 7] = 42
/// map[Int64(3) << 32 | 7]   // 42
/// map.removeAll()           // O(1)
/// ```
///
/// - Complexity: expected O(1) per lookup and insertion; growth is amortised O(1).
struct IntegerMap {
    private var keys: [Int64]
    private var values: [Int64]
    /// The generation in which each slot was written; slots of older generations are empty.
    private var stamps: [UInt32]
    private var generation: UInt32 = 1
    private var shift: UInt64
    private(set) var count = 0

    /// An empty map; it allocates nothing until the first insertion.
    init() {
        keys = []
        values = []
        stamps = []
        shift = 64
    }

    /// An empty map with room for about half of `capacity` (rounded up to a power of two) entries.
    init(capacity: Int) {
        var size = 16
        while size < capacity { size *= 2 }
        keys = Array(repeating: 0, count: size)
        values = Array(repeating: 0, count: size)
        stamps = Array(repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// Empties the map without touching its storage.
    mutating func removeAll() {
        count = 0
        generation &+= 1
        if generation == 0 {
            stamps = Array(repeating: 0, count: stamps.count)
            generation = 1
        }
    }

    @inline(__always)
    private func home(_ key: Int64) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The value stored for `key`, or nil; setting stores it (setting nil is not supported).
    subscript(key: Int64) -> Int64? {
        get {
            if keys.isEmpty { return nil }
            let mask = keys.count - 1
            var slot = home(key)
            while stamps[slot] == generation {
                if keys[slot] == key { return values[slot] }
                slot = (slot + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { return }
            if keys.isEmpty { self = IntegerMap(capacity: 32) }
            let mask = keys.count - 1
            var slot = home(key)
            while stamps[slot] == generation {
                if keys[slot] == key {
                    values[slot] = newValue
                    return
                }
                slot = (slot + 1) & mask
            }
            stamps[slot] = generation
            keys[slot] = key
            values[slot] = newValue
            count += 1
            if count * 2 > keys.count { grow() }
        }
    }

    private mutating func grow() {
        var bigger = IntegerMap(capacity: keys.count * 2)
        for slot in keys.indices where stamps[slot] == generation { bigger[keys[slot]] = values[slot] }
        self = bigger
    }
}
