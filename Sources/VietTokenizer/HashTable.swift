/// An open-addressing hash map from pre-hashed 64-bit keys to 32-bit values, for the lexicon's
/// hot lookups: no hashing of `String`s, no allocation per lookup, linear probing over a
/// power-of-two table at most 1/3 full (most lookups miss, and misses probe long in fuller tables), key and value side by side in one 16-byte slot so that a
/// probe touches one cache line. Keeping slots small matters: the segmenter's lookups are
/// dominated by cache misses into these tables. Keys are 64-bit hashes of syllables or syllable
/// sequences; the chance that two of a lexicon's ~10⁵ keys collide is below 10⁻⁹.
struct HashTable: Sendable {
    private struct Slot: Sendable {
        /// 0 marks an empty slot, so the key 0 is stored as 1.
        var key: UInt64
        var value: UInt32
    }

    private var slots: [Slot]
    /// A one-hash Bloom filter, 4 bits per slot (64 KB for the shipped word table): most segmenter
    /// lookups are for syllable pairs that are no word, and this small bit array, which stays in
    /// cache, rejects ~90% of them without touching the large slot array.
    private var filter: [UInt64]
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 3 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: 0), count: size)
        filter = [UInt64](repeating: 0, count: size / 16)
    }

    @inline(__always)
    private static func filterBit(_ key: UInt64, words: Int) -> (Int, UInt64) {
        let bit = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & (words * 64 - 1)
        return (bit >> 6, 1 << UInt64(bit & 63))
    }

    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always)
    private static func slot(for key: UInt64, in slots: UnsafeBufferPointer<Slot>) -> Int {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: ((key ^ (key >> 29)) &* 0xBF58_476D_1CE4_E5B9) >> 32) & mask
        while true {
            let present = slots[index].key
            if present == key || present == 0 { return index }
            index = (index + 1) & mask
        }
    }

    /// The value stored for `key`, or nil.
    @inline(__always)
    subscript(key: UInt64) -> UInt32? {
        let key = Self.stored(key)
        let (word, mask) = Self.filterBit(key, words: filter.count)
        guard filter.withUnsafeBufferPointer({ $0[word] & mask }) != 0 else { return nil }
        return slots.withUnsafeBufferPointer { slots in
            let slot = slots[Self.slot(for: key, in: slots)]
            return slot.key == 0 ? nil : slot.value
        }
    }

    /// Inserts or replaces the value for `key`.
    mutating func set(_ key: UInt64, _ value: UInt32) {
        let key = Self.stored(key)
        if (count + 1) * 3 > slots.count { grow() }
        let index = slots.withUnsafeBufferPointer { Self.slot(for: key, in: $0) }
        if slots[index].key == 0 { count += 1 }
        slots[index] = Slot(key: key, value: value)
        let (word, mask) = Self.filterBit(key, words: filter.count)
        filter[word] |= mask
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, value: 0), count: old.count * 2)
        filter = [UInt64](repeating: 0, count: slots.count / 16)
        for slot in old where slot.key != 0 {
            let index = slots.withUnsafeBufferPointer { Self.slot(for: slot.key, in: $0) }
            slots[index] = slot
            let (word, mask) = Self.filterBit(slot.key, words: filter.count)
            filter[word] |= mask
        }
    }
}
