/// A set of the tokenizer's per-token lexicon keys (`TokenizedText.lexiconKeys`) with open
/// addressing: the scanner's cheapest test of a word token. The tokenizer hashes every word's
/// lower-cased letters while it reads them anyway, so a token whose key is in no start word's
/// set is rejected with one probe, before its bytes are read again (see
/// ``ScanFilter/mayStart(_:_:_:_:_:)`` for when a key may be trusted).
///
/// ```swift
/// var set = LexiconKeySet()
/// set.insert(Tokenizer().tokenize("năm").lexiconKeys[0])
/// set.contains(Tokenizer().tokenize("Năm").lexiconKeys[0])  // true: keys are lower-cased
/// ```
struct LexiconKeySet: Sendable {
    /// Probed with ``OpenAddressing``; 0 (no key) marks an empty slot.
    private var slots = [UInt64](repeating: 0, count: 512)
    private var count = 0
    /// One bit per value of a key's top ``filterBits`` bits, set for every inserted key: the token
    /// loop's first test (``mayContain(_:in:)``), a shift and a bit test instead of a probe. 2 kB,
    /// so it stays in the first-level cache; with about 150 keys one bit in a hundred is set.
    private(set) var filter = [UInt64](repeating: 0, count: (1 << filterBits) / 64)
    static var filterBits: Int { 14 }

    /// Adds a key; 0 (a token without a key) is ignored.
    mutating func insert(_ key: UInt64) {
        guard key != 0 else { return }
        let bit = Self.filterBit(key)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
        if (count + 1) * 4 > slots.count { grow() }
        let index = slots.withUnsafeBufferPointer { OpenAddressing.slot(of: key, in: $0) }
        if slots[index] == 0 {
            slots[index] = key
            count += 1
        }
    }

    /// Whether `key` was inserted.
    /// - Complexity: O(1) expected: the table is at most a quarter full.
    @inline(__always)
    func contains(_ key: UInt64) -> Bool {
        key != 0 && slots.withUnsafeBufferPointer { $0[OpenAddressing.slot(of: key, in: $0)] == key }
    }

    /// False when `key` certainly is not in the set whose ``filter`` is `filter`; true when it may
    /// be (then ``contains(_:)`` decides).
    @inline(__always)
    static func mayContain(_ key: UInt64, in filter: UnsafeBufferPointer<UInt64>) -> Bool {
        let bit = filterBit(key)
        return filter[bit >> 6] >> UInt64(bit & 63) & 1 != 0
    }

    /// The filter bit of a key: the top bits after a multiplicative mix. The tokenizer's FNV keys
    /// of two- and three-letter words differ little in their own top bits (unmixed, "và", "có",
    /// "cơ", "quy" shared bits with start words: a fifth of all words passed the filter).
    @inline(__always)
    private static func filterBit(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (64 - filterBits))
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        count = 0
        for key in old where key != 0 { insert(key) }
    }
}
