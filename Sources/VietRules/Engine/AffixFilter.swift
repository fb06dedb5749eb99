/// The prefixes (or the suffixes) of some keys that end (or begin) at a character boundary, as
/// 64-bit hashes in an open-addressed table: a string it does not hold is certainly none of them.
///
/// Two questions of the matcher are answered "no" by it most of the time, without the searches
/// that would answer them exactly (a hash that two strings share only sends a string on to those
/// searches, so answers never change):
/// - the prefixes of the keys of the lexicons a rule can start with: a form seen for the first
///   time was probed in each (some thirty with the shipped rules, a binary search each, ~7 000
///   instructions per form on Wikipedia, whose names bring a new form every few tokens), and most
///   forms begin no entry of any;
/// - the suffixes of a lexicon's keys, for a look-behind on it (`(?<= @YEAR_CONTEXT) y:NUMBER`):
///   the token before the position must end an entry, else no entry of the lexicon ends there
///   and the up to twelve starts before it need no walk.
///
/// ```swift
/// let prefixes = AffixFilter(prefixesOf: ["Hà Nội".utf8])
/// Array("Hà".utf8).withUnsafeBufferPointer(prefixes.mayHold)   // true: a prefix of "Hà Nội"
/// Array("Huế".utf8).withUnsafeBufferPointer(prefixes.mayHold)  // false (unless hashes collide)
/// let suffixes = AffixFilter(suffixesOf: ["Hà Nội".utf8])
/// Array("Nội".utf8).withUnsafeBufferPointer(suffixes.mayHold)  // true
/// ```
struct AffixFilter: Sendable {
    /// Hashes (never 0), 0 for an empty slot; the count is a power of two.
    private let slots: [UInt64]

    /// Holds every key (UTF-8) and every proper prefix of one that ends at a character boundary
    /// (no empty prefix).
    init<Key: Collection<UInt8>>(prefixesOf keys: some Collection<Key>) {
        self.init(capacityFor: keys) { key, insert in
            // The hashes of a key's prefixes are the states of one walk over its bytes, taken
            // before each byte that begins a character.
            var state = Self.initialState
            var count = 0
            for byte in key {
                if count > 0, byte & 0xC0 != 0x80 { insert(Self.finish(state, count: count)) }
                state = Self.step(state, byte)
                count += 1
            }
            if count > 0 { insert(Self.finish(state, count: count)) }
        }
    }

    /// Holds every key (UTF-8) and every proper suffix of one that begins at a character boundary
    /// (no empty suffix).
    init<Key: Collection<UInt8>>(suffixesOf keys: some Collection<Key>) {
        self.init(capacityFor: keys) { key, insert in
            func insertSuffixes(_ bytes: UnsafeBufferPointer<UInt8>) {
                for start in bytes.indices where bytes[start] & 0xC0 != 0x80 {
                    insert(Self.hash(UnsafeBufferPointer(rebasing: bytes[start...])))
                }
            }
            // In place when the key is contiguous (the lexicons' keys are slices of one array):
            // a copy per key was a third of building the filters.
            if key.withContiguousStorageIfAvailable(insertSuffixes) == nil {
                Array(key).withUnsafeBufferPointer(insertSuffixes)
            }
        }
    }

    /// A table at most half full for the affixes `insertAffixes` inserts, one per byte of the keys
    /// at most (affixes that several keys share are counted once per key).
    private init<Key: Collection<UInt8>>(capacityFor keys: some Collection<Key>, _ insertAffixes: (Key, (UInt64) -> Void) -> Void) {
        let held = keys.reduce(0) { $0 + $1.count }
        var capacity = 16
        while capacity < 2 * held { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        for key in keys {
            insertAffixes(key) { hash in
                var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
                while slots[slot] != 0 && slots[slot] != hash { slot = (slot + 1) & (capacity - 1) }
                slots[slot] = hash
            }
        }
        self.slots = slots
    }

    /// False when `string` is certainly none of the affixes; true when it may be one.
    func mayHold(_ string: UnsafeBufferPointer<UInt8>) -> Bool {
        let hash = Self.hash(string)
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while true {
                let stored = slots[slot]
                if stored == hash { return true }
                if stored == 0 { return false }
                slot = (slot + 1) & mask
            }
        }
    }

    /// A 64-bit hash of `bytes`, never 0: FNV-1a over the bytes, then mixed with the count.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state = initialState
        for byte in bytes { state = step(state, byte) }
        return finish(state, count: bytes.count)
    }

    private static var initialState: UInt64 { 0xCBF2_9CE4_8422_2325 }

    @inline(__always)
    private static func step(_ state: UInt64, _ byte: UInt8) -> UInt64 {
        (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    @inline(__always)
    private static func finish(_ state: UInt64, count: Int) -> UInt64 {
        var value = (state ^ UInt64(truncatingIfNeeded: count)) &* 0xBF58_476D_1CE4_E5B9
        value ^= value >> 31
        value = value &* 0x94D0_49BB_1331_11EB
        value ^= value >> 29
        return value == 0 ? 1 : value
    }
}
