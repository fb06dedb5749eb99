/// A Bloom-style set of 64-bit keys with one bit per key: 16 384 bits (2 KB, so it stays in the
/// first-level cache), the bit picked by the top 14 bits of a multiplicative mix of the key. The
/// scanner's cheapest "surely not one of these words" test, shared by ``LexiconKeySet`` (the
/// tokenizer's keys) and ``WordPrefixFilter`` (a token's first eight letter bytes).
///
/// ```swift
/// var filter = HashBitFilter()
/// filter.insert(0x1234)
/// filter.mayContain(0x1234)  // true; false (almost surely) for a key not inserted
/// ```
struct HashBitFilter: Sendable {
    /// The bits, 64 per word; read through ``mayContain(_:in:)`` in loops that hold the buffer.
    private(set) var words = [UInt64](repeating: 0, count: (1 << bitIndexWidth) / 64)
    private static var bitIndexWidth: Int { 14 }

    /// Sets the bit of `key`.
    mutating func insert(_ key: UInt64) {
        let bit = Self.bitIndex(of: key)
        words[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    /// False when `key` certainly was not inserted; true when it may have been.
    /// - Complexity: O(1): a multiply, a shift and a bit test.
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        words.withUnsafeBufferPointer { Self.mayContain(key, in: $0) }
    }

    /// ``mayContain(_:)`` over a filter's ``words`` already held as a buffer (the token loop's form).
    @inline(__always)
    static func mayContain(_ key: UInt64, in words: UnsafeBufferPointer<UInt64>) -> Bool {
        let bit = bitIndex(of: key)
        return words[bit >> 6] >> UInt64(bit & 63) & 1 != 0
    }

    /// The key's bit: the top bits after a multiplicative mix. The tokenizer's FNV keys of two- and
    /// three-letter words differ little in their own top bits (unmixed, "và", "có", "cơ", "quy"
    /// shared bits with start words: a fifth of all words passed the filter).
    @inline(__always)
    private static func bitIndex(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> (64 - bitIndexWidth))
    }
}
