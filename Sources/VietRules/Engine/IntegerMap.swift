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
    /// One slot: key, value and the generation in which it was written (slots of older
    /// generations are empty). Together in one array, so that a probe touches one place and a
    /// write checks one array's uniqueness (three parallel arrays cost three checks per write).
    private struct Slot {
        var key: Int64
        var value: Int64
        var stamp: UInt32
    }

    private var slots: [Slot]
    private var generation: UInt32 = 1
    private var shift: UInt64
    private(set) var count = 0

    /// An empty map; it allocates nothing until the first insertion.
    init() {
        slots = []
        shift = 64
    }

    /// An empty map with room for about half of `capacity` (rounded up to a power of two) entries.
    init(capacity: Int) {
        var size = 16
        while size < capacity { size *= 2 }
        slots = Array(repeating: Slot(key: 0, value: 0, stamp: 0), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    /// Empties the map without touching its storage.
    mutating func removeAll() {
        count = 0
        generation &+= 1
        if generation == 0 {
            slots = Array(repeating: Slot(key: 0, value: 0, stamp: 0), count: slots.count)
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
            if slots.isEmpty { return nil }
            let mask = slots.count - 1
            var slot = home(key)
            while slots[slot].stamp == generation {
                if slots[slot].key == key { return slots[slot].value }
                slot = (slot + 1) & mask
            }
            return nil
        }
        set {
            guard let newValue else { return }
            if slots.isEmpty { self = IntegerMap(capacity: 32) }
            let mask = slots.count - 1
            var slot = home(key)
            let generation = generation
            let inserted = slots.withUnsafeMutableBufferPointer { slots -> Bool in
                while slots[slot].stamp == generation {
                    if slots[slot].key == key {
                        slots[slot].value = newValue
                        return false
                    }
                    slot = (slot + 1) & mask
                }
                slots[slot] = Slot(key: key, value: newValue, stamp: generation)
                return true
            }
            guard inserted else { return }
            count += 1
            if count * 2 > slots.count { grow() }
        }
    }

    private mutating func grow() {
        var bigger = IntegerMap(capacity: slots.count * 2)
        for slot in slots where slot.stamp == generation { bigger[slot.key] = slot.value }
        self = bigger
    }
}
