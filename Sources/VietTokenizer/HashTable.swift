/// An open-addressing hash map from pre-hashed 64-bit keys to values, for the lexicon's hot
/// lookups: no hashing of `String`s, no allocation per lookup, linear probing over a power-of-two
/// table kept at most half full. Keys are 64-bit hashes of syllables or syllable sequences;
/// the chance that two of a lexicon's ~10⁵ keys collide is below 10⁻⁹.
struct HashTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private(set) var count = 0

    init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Value?](repeating: nil, count: size)
    }

    /// 0 marks an empty slot, so the key 0 is stored as 1.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always)
    private func slot(for key: UInt64) -> Int {
        let mask = keys.count - 1
        var index = Int(truncatingIfNeeded: (key ^ (key >> 29)) &* 0xBF58_476D_1CE4_E5B9 >> 32) & mask
        while true {
            let present = keys[index]
            if present == key || present == 0 { return index }
            index = (index + 1) & mask
        }
    }

    @inline(__always)
    subscript(key: UInt64) -> Value? {
        get {
            let key = Self.stored(key)
            return values[slot(for: key)]
        }
    }

    /// Inserts or replaces the value for `key`.
    mutating func set(_ key: UInt64, _ value: Value) {
        let key = Self.stored(key)
        if (count + 1) * 2 > keys.count { grow() }
        let index = slot(for: key)
        if keys[index] == 0 { count += 1 }
        keys[index] = key
        values[index] = value
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Value?](repeating: nil, count: oldKeys.count * 2)
        for (index, key) in oldKeys.enumerated() where key != 0 {
            let slot = slot(for: key)
            keys[slot] = key
            values[slot] = oldValues[index]
        }
    }
}
