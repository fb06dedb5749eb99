/// An open-addressing hash map from pre-hashed 64-bit keys to 32-bit values, for the lexicon's
/// hot lookups: no hashing of `String`s, no allocation per lookup.
///
/// Layout, chosen because the segmenter's time goes to cache misses in these tables:
/// - a slot is 8 bytes: the key's upper 32 bits as a fingerprint and the value; the slot index
///   comes from the lower bits, so a false match needs both to agree (about one in 2³² lookups of
///   an absent key; a lexicon's ~10⁵ keys collide with probability below 10⁻⁵);
/// - linear probing over a power-of-two table at most half full;
/// - a one-hash Bloom filter of 4 bits per slot in front: most lookups are for syllable pairs
///   that are no word, and this small bit array rejects ~90% of them without touching the slots.
struct HashTable: Sendable, Equatable {
    private struct Slot: Sendable, Equatable {
        /// Upper half of the key with the lowest bit forced to 1; 0 marks an empty slot.
        var fingerprint: UInt32
        var value: UInt32
    }

    private var slots: [Slot]
    private var filter: [UInt64]
    private(set) var count = 0
    /// The table's size: a power of two, at least twice ``count``.
    var slotCount: Int { slots.count }

    /// Whether lookups consult the Bloom filter first: worth it where most lookups miss (word
    /// keys), an extra memory access where most hit (syllables of running text).
    private let filtered: Bool

    init(capacity: Int = 16, filtered: Bool) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        self.init(empty: size, filtered: filtered)
        keys.reserveCapacity(capacity)
    }

    /// An empty table of `slotCount` slots.
    private init(empty slotCount: Int, filtered: Bool) {
        slots = [Slot](repeating: Slot(fingerprint: 0, value: 0), count: slotCount)
        filter = [UInt64](repeating: 0, count: slotCount / 16)
        self.filtered = filtered
    }

    /// The table of `slotCount` slots that inserting `count` keys, already mixed (see ``keys``),
    /// each with its value, in the order `entry` gives them for 0, 1, 2… makes: built without
    /// ``set(_:_:)``'s checks and copies per key. From a snapshot of a table (its ``slotCount``,
    /// ``keys`` and their values), the same table.
    ///
    /// - Precondition: `slotCount` is a power of two, at least 16 and twice `count`; the keys are
    ///   distinct (as a table's are).
    @inline(__always)
    init(slotCount: Int, filtered: Bool, count: Int, entry: (Int) -> (key: UInt64, value: UInt32)) {
        precondition(slotCount >= 16 && slotCount.nonzeroBitCount == 1 && count >= 0 && count * 2 <= slotCount)
        self.init(empty: slotCount, filtered: filtered)
        keys = slots.withUnsafeMutableBufferPointer { slots in
            filter.withUnsafeMutableBufferPointer { filter in
                [UInt64](unsafeUninitializedCapacity: count) { keys, initialized in
                    for index in 0..<count {
                        let (key, value) = entry(index)
                        let slot = Self.slot(for: key, in: UnsafeBufferPointer(slots))
                        precondition(slots[slot].fingerprint == 0, "a key given twice")
                        slots[slot] = Slot(fingerprint: Self.fingerprint(key), value: value)
                        let (word, mask) = Self.filterBit(key, words: filter.count)
                        filter[word] |= mask
                        keys[index] = key
                    }
                    initialized = count
                }
            }
        }
        self.count = count
    }

    /// MurmurHash3's 64-bit finaliser: callers' keys (FNV-1a of short syllables in particular)
    /// have weak high bits, and the fingerprint and home slot need every bit mixed.
    @inline(__always)
    static func mixed(_ key: UInt64) -> UInt64 {
        var key = key
        key ^= key >> 33
        key &*= 0xFF51_AFD7_ED55_8CCD
        key ^= key >> 33
        key &*= 0xC4CE_B9FE_1A85_EC53
        key ^= key >> 33
        return key
    }

    @inline(__always)
    private static func fingerprint(_ key: UInt64) -> UInt32 { UInt32(truncatingIfNeeded: key >> 32) | 1 }

    @inline(__always)
    private static func home(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: key) & mask
    }

    @inline(__always)
    private static func filterBit(_ key: UInt64, words: Int) -> (Int, UInt64) {
        let bit = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & (words * 64 - 1)
        return (bit >> 6, 1 << UInt64(bit & 63))
    }

    @inline(__always)
    private static func slot(for key: UInt64, in slots: UnsafeBufferPointer<Slot>) -> Int {
        let mask = slots.count - 1
        let fingerprint = Self.fingerprint(key)
        var index = home(key, mask: mask)
        while true {
            let present = slots[index].fingerprint
            if present == fingerprint || present == 0 { return index }
            index = (index + 1) & mask
        }
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    subscript(key: UInt64) -> UInt32? {
        let key = Self.mixed(key)
        if filtered {
            let (word, mask) = Self.filterBit(key, words: filter.count)
            guard filter.withUnsafeBufferPointer({ $0[word] & mask }) != 0 else { return nil }
        }
        return value(mixed: key)
    }

    /// Inserts or replaces the value for `key`.
    mutating func set(_ key: UInt64, _ value: UInt32) {
        let key = Self.mixed(key)
        if (count + 1) * 2 > slots.count { grow() }
        let index = slots.withUnsafeBufferPointer { Self.slot(for: key, in: $0) }
        if slots[index].fingerprint == 0 {
            count += 1
            keys.append(key)
        }
        slots[index] = Slot(fingerprint: Self.fingerprint(key), value: value)
        let (word, mask) = Self.filterBit(key, words: filter.count)
        filter[word] |= mask
    }

    /// Every (mixed) key inserted, in the order of insertion, to rebuild the table when it grows
    /// (slots keep only fingerprints). Inserting them in this order, each with its value, into a
    /// table of the same size rebuilds this one slot for slot.
    private(set) var keys: [UInt64] = []

    /// The value stored for a key already mixed (one of ``keys``), or nil.
    @inline(__always)
    func value(mixed key: UInt64) -> UInt32? {
        slots.withUnsafeBufferPointer { slots in
            let slot = slots[Self.slot(for: key, in: slots)]
            return slot.fingerprint == 0 ? nil : slot.value
        }
    }

    private mutating func grow() {
        let old = slots
        let oldKeys = keys
        let size = old.count * 2
        slots = [Slot](repeating: Slot(fingerprint: 0, value: 0), count: size)
        filter = [UInt64](repeating: 0, count: size / 16)
        for key in oldKeys {
            let value = old.withUnsafeBufferPointer { $0[Self.slot(for: key, in: $0)].value }
            let index = slots.withUnsafeBufferPointer { Self.slot(for: key, in: $0) }
            slots[index] = Slot(fingerprint: Self.fingerprint(key), value: value)
            let (word, mask) = Self.filterBit(key, words: filter.count)
            filter[word] |= mask
        }
    }
}
