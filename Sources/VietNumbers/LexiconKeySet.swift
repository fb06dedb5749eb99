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
    /// A bit per inserted key: the token loop's first test (``HashBitFilter/mayContain(_:in:)``
    /// on its ``HashBitFilter/words``), instead of a probe. With about 150 keys one bit in a
    /// hundred is set.
    private(set) var filter = HashBitFilter()

    /// Adds a key; 0 (a token without a key) is ignored.
    mutating func insert(_ key: UInt64) {
        guard key != 0 else { return }
        filter.insert(key)
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

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        count = 0
        for key in old where key != 0 { insert(key) }
    }
}
