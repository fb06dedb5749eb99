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
/// let filter = WordPrefixFilter(["năm"])
/// // For the text "năm 2020 người ta …" (bytes) and its tokens:
/// filter.mayContainPrefix(of: tokens[0].utf8Range, bytes)  // true: "năm"
/// filter.mayContainPrefix(of: tokens[2].utf8Range, bytes)  // false (almost surely): "người"
/// ```
struct WordPrefixFilter: Sendable {
    /// The letter prefixes as keys (first byte lowest). 16 384 bits: the few hundred word forms set
    /// about 2% of them, so about 2% of other words pass falsely (with 4096 bits, 8% did: a
    /// measurable share of the hashing it saves).
    private let bits: HashBitFilter

    /// A filter of `words`, each made of letters as ``ScanFilter/wordHash(_:_:)`` counts them (ASCII
    /// letters and non-ASCII bytes other than the punctuation leads 0xC2 and 0xE2).
    init(_ words: some Sequence<String>) {
        bits = HashBitFilter(
            words.map { word in
                var key: UInt64 = 0
                for (index, byte) in word.utf8.prefix(8).enumerated() { key |= UInt64(byte) << (8 * UInt64(index)) }
                return key
            })
    }

    /// False when the letters the token starts with are surely none of the inserted words; true
    /// when they may be, or when the token's first eight bytes are not all inside the text (the
    /// caller's exact test decides then).
    /// - Precondition: the token starts with a letter (``ScanFilter/isLetter(_:)``).
    /// - Complexity: O(1): one unaligned load and two dozen word operations.
    @inline(__always)
    func mayContainPrefix(of token: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = token.lowerBound
        guard start + 8 <= bytes.count, let base = bytes.baseAddress else { return true }
        let word = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
        // The letters stop at the token's end too (``ScanFilter/wordHash(_:_:)`` reads no further).
        let length = token.count
        let tokenMask: UInt64 = length >= 8 ? ~0 : (1 << (8 * UInt64(length))) &- 1
        return bits.mayContain(word & Self.letterPrefixMask(word) & tokenMask)
    }

    /// All ones over the leading letters of the eight bytes of `word` (first byte lowest), zeros
    /// from the first non-letter on: per byte at once, with carries that never cross a byte.
    @inline(__always)
    static func letterPrefixMask(_ word: UInt64) -> UInt64 {
        let high: UInt64 = 0x8080_8080_8080_8080
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        // "| 0x20" folds ASCII case and turns both punctuation leads 0xC2 and 0xE2 into 0xE2.
        let folded = word | 0x2020_2020_2020_2020
        // ASCII letters: folded byte in 0x61...0x7A, for bytes below 0x80.
        let ascii = folded & low7
        let asciiLetters = (ascii &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(ascii &+ 0x0505_0505_0505_0505) & ~word
        // Non-ASCII bytes, except the lead bytes of Latin-1 and general punctuation.
        let difference = folded ^ 0xE2E2_E2E2_E2E2_E2E2
        let punctuationLeads = ~(((difference & low7) &+ low7) | difference)
        let nonLetters = (~(asciiLetters | word) | punctuationLeads) & high
        // The lowest non-letter's high bit, moved to its byte's lowest bit, minus one.
        return ((nonLetters & (0 &- nonLetters)) >> 7) &- 1
    }
}
