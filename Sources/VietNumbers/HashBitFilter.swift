/// A Bloom-style set of 64-bit keys with one bit per key: 16 384 bits (2 KB, so it stays in the
/// first-level cache), the bit picked by the top 14 bits of a multiplicative mix of the key. The
/// scanner's cheapest "surely not one of these words" test, over the tokenizer's lexicon keys
/// (``WordClassTable``) and a token's first eight letter bytes (``WordPrefixFilter``). Built once
/// per process for a static table: its memory is never freed.
///
/// ```swift
/// let filter = HashBitFilter([0x1234])
/// filter.mayContain(0x1234)  // true; false (almost surely) for a key not inserted
/// ```
struct HashBitFilter: @unchecked Sendable {
    /// The bits, 64 per word, in memory allocated once and never freed or written after `init`:
    /// the filters are parts of the scanner's static tables, and a filter that holds no array
    /// is copied into the token loop without a retain and a release per line.
    private let words: UnsafePointer<UInt64>
    private static var bitIndexWidth: Int { 14 }

    /// A filter with the bits of `keys` set.
    init(_ keys: some Sequence<UInt64>) {
        let count = (1 << Self.bitIndexWidth) / 64
        let words = UnsafeMutablePointer<UInt64>.allocate(capacity: count)
        words.initialize(repeating: 0, count: count)
        for key in keys {
            let bit = Self.bitIndex(of: key)
            words[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.words = UnsafePointer(words)
    }

    /// False when `key` certainly was not inserted; true when it may have been.
    /// - Complexity: O(1): a multiply, a shift and a bit test.
    @inline(__always)
    func mayContain(_ key: UInt64) -> Bool {
        let bit = Self.bitIndex(of: key)
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
