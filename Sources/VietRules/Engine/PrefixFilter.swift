/// Every key of some lexicons and every proper prefix of those keys that ends at a character
/// boundary, as 64-bit hashes in an open-addressed table: a key it does not hold is no entry of
/// those lexicons and begins none of their longer entries, so probing it in each (a binary search
/// per lexicon) would answer "no" every time.
///
/// A form seen for the first time is probed in every lexicon that can start a rule (some thirty
/// with the shipped rules, in two key modes): on Wikipedia text, whose names bring a new form every
/// few tokens, those searches were ~7 000 instructions per form. Most forms begin no entry, and
/// this table answers that in one hash and a probe or two. A hash that two strings share only
/// sends a form to the exact searches, so the answers never change.
///
/// ```swift
/// let filter = PrefixFilter(keys: ["Hà Nội"])
/// Array("Hà".utf8).withUnsafeBufferPointer(filter.mayHold)   // true: a prefix of "Hà Nội"
/// Array("Huế".utf8).withUnsafeBufferPointer(filter.mayHold)  // false (unless hashes collide)
/// ```
struct PrefixFilter: Sendable {
    /// Hashes (never 0), 0 for an empty slot; the count is a power of two.
    private let slots: [UInt64]

    /// - Parameter keys: the keys; each is held with its proper prefixes that end at a character
    ///   boundary (an empty prefix is not held).
    init(keys: some Collection<String>) {
        // At most half full (counting prefixes that several keys share once per key), so that a
        // miss stops within a probe or two.
        let held = keys.reduce(0) { $0 + $1.utf8.count }
        var capacity = 16
        while capacity < 2 * held { capacity *= 2 }
        var slots = [UInt64](repeating: 0, count: capacity)
        func insert(_ hash: UInt64) {
            var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
            while slots[slot] != 0 && slots[slot] != hash { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = hash
        }
        for key in keys {
            // The hashes of a key's prefixes are the states of one walk over its bytes, taken
            // before each byte that begins a character.
            var state = Self.initialState
            var count = 0
            for byte in key.utf8 {
                if count > 0, byte & 0xC0 != 0x80 { insert(Self.finish(state, count: count)) }
                state = Self.step(state, byte)
                count += 1
            }
            if count > 0 { insert(Self.finish(state, count: count)) }
        }
        self.slots = slots
    }

    /// False when `key` is certainly neither a key nor a proper prefix of one; true when it may be.
    func mayHold(_ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let hash = Self.hash(key)
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
