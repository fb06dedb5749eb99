/// A Bloom-style bit set over the first eight bytes of a token's leading letters: the scanner's
/// test before ``ScanFilter/wordHash(_:_:)``. Hashing every word byte by byte and probing the
/// ``WordClassTable`` was half the scan's cost per token (the legal corpus has ~182 000 tokens
/// per MB and only a few percent are number words); this reads the letters eight at a time with
/// word-wide bit tricks and answers "surely not one of these words" for almost every other word.
///
/// A pass is only "maybe": the caller then asks the exact table. A rejection is certain for
/// every token whose leading letters are one of the inserted words, whatever follows them.
///
/// ```swift
/// var filter = WordPrefixFilter()
/// filter.insert("năm")
/// // For the text "năm 2020 người ta …" (bytes) and its tokens:
/// filter.mayContainPrefix(of: tokens[0].utf8Range, bytes)  // true: "năm"
/// filter.mayContainPrefix(of: tokens[2].utf8Range, bytes)  // false (almost surely): "người"
/// ```
struct WordPrefixFilter: Sendable {
    /// 4096 bits: a few hundred word forms leave most of it clear (few false passes).
    private var bits = [UInt64](repeating: 0, count: 64)

    /// Adds a word: all letters as ``ScanFilter/wordHash(_:_:)`` counts them (ASCII letters and
    /// non-ASCII bytes other than the punctuation leads 0xC2 and 0xE2).
    mutating func insert(_ word: String) {
        var key: UInt64 = 0
        for (index, byte) in word.utf8.prefix(8).enumerated() { key |= UInt64(byte) << (8 * UInt64(index)) }
        let slot = Self.slot(of: key)
        bits[slot >> 6] |= 1 << UInt64(slot & 63)
    }

    /// False when the letters the token starts with are surely none of the inserted words; true
    /// when they may be, when the token starts with no letter, or when the token's first eight
    /// bytes are not all inside the text (the caller's exact test decides then).
    /// - Complexity: O(1): one unaligned load and a dozen word operations.
    @inline(__always)
    func mayContainPrefix(of token: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = token.lowerBound
        guard start + 8 <= bytes.count, let base = bytes.baseAddress else { return true }
        let word = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
        var letters = Self.leadingLetterCount(word)
        letters = Swift.min(letters, token.count)
        guard letters > 0 else { return true }
        let key = letters >= 8 ? word : word & ((1 << (8 * UInt64(letters))) &- 1)
        let slot = Self.slot(of: key)
        return bits.withUnsafeBufferPointer { $0[slot >> 6] } & (1 << UInt64(slot & 63)) != 0
    }

    /// How many of the eight bytes of `word` (first byte lowest) are letters before the first
    /// non-letter: per byte at once, with carries that never cross a byte.
    @inline(__always)
    static func leadingLetterCount(_ word: UInt64) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // ASCII letters: (byte | 0x20) in 0x61...0x7A, for bytes below 0x80.
        let folded = (word | 0x2020_2020_2020_2020) & low7
        let atLeastA = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & high
        let pastZ = (folded &+ 0x0505_0505_0505_0505) & high
        let asciiLetters = atLeastA & ~pastZ & ~word
        // Non-ASCII bytes, except the lead bytes of Latin-1 and general punctuation.
        let letters = (asciiLetters | (word & high)) & ~bytesEqual(word, 0xC2) & ~bytesEqual(word, 0xE2)
        let nonLetters = ~letters & high
        return nonLetters == 0 ? 8 : nonLetters.trailingZeroBitCount >> 3
    }

    /// The high bit of each byte of `word` that equals `byte`.
    @inline(__always)
    private static func bytesEqual(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let difference = word ^ (UInt64(byte) &* 0x0101_0101_0101_0101)
        return ~(((difference & low7) &+ low7) | difference) & high
    }

    @inline(__always)
    private static func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 52)
    }
}
