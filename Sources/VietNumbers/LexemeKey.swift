/// A lexeme's lookup key as a plain value: its UTF-8 bytes (lower-cased NFC for words) packed into
/// three machine words. The grammar compares keys hundreds of times per candidate; as `String`s
/// every unequal non-ASCII comparison went through Unicode normalisation and every dictionary
/// lookup through String hashing (measured: most of the scan's time). Here `==` is three integer
/// comparisons and hashing never decodes.
///
/// Keys longer than ``capacity`` bytes keep their length and an FNV-1a hash instead of the bytes:
/// no vocabulary word is that long, so comparisons with the vocabulary stay exact.
///
/// ```swift
/// let key: LexemeKey = "tỷ"
/// key == LexemeKey(exactly: Array("tỷ".utf8))  // true
/// ```
struct LexemeKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// Bytes stored inline; longer keys are hashed.
    static let capacity = 24

    private var low: UInt64 = 0
    private var middle: UInt64 = 0
    private var high: UInt64 = 0
    /// The key's length in UTF-8 bytes.
    let count: Int

    /// The key of exactly these bytes (no case mapping). Always inlined, and packed by shifts (in
    /// memory order, as ``lowercasedWord(_:fallback:)`` stores them): for a string literal the
    /// loop unrolls over constant bytes and folds away, so `key == "tỷ"` costs three integer
    /// comparisons. (A `copyMemory` here stayed a call to the standard library's copy and
    /// `memcpy` for every literal: a tenth of the grammar's instructions on the wiki corpus.)
    @inline(__always)
    init(exactly bytes: UnsafeRawBufferPointer) {
        count = bytes.count
        if bytes.count <= Self.capacity {
            var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
            for index in 0..<bytes.count {
                let shifted = UInt64(bytes[index]) &<< UInt64(8 * (index & 7))
                switch index >> 3 {
                case 0: words.0 |= shifted
                case 1: words.1 |= shifted
                default: words.2 |= shifted
                }
            }
            (low, middle, high) = (UInt64(littleEndian: words.0), UInt64(littleEndian: words.1), UInt64(littleEndian: words.2))
        } else {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            low = hash
        }
    }

    init(exactly bytes: UnsafeBufferPointer<UInt8>) {
        self.init(exactly: UnsafeRawBufferPointer(bytes))
    }

    init(exactly bytes: [UInt8]) {
        self = bytes.withUnsafeBytes { LexemeKey(exactly: $0) }
    }

    /// The key of a string's UTF-8 as is (vocabulary entries are written lower-case NFC).
    init(_ text: String) {
        var text = text
        self = text.withUTF8 { LexemeKey(exactly: $0) }
    }

    @inline(__always)
    init(stringLiteral value: StaticString) {
        self.init(exactly: UnsafeRawBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
    }

    /// Whether the key is one of `keys` (up to eight), without building an array per call.
    @inline(__always)
    func isAny(
        of a: LexemeKey, _ b: LexemeKey, _ c: LexemeKey? = nil, _ d: LexemeKey? = nil, _ e: LexemeKey? = nil,
        _ f: LexemeKey? = nil, _ g: LexemeKey? = nil, _ h: LexemeKey? = nil
    ) -> Bool {
        self == a || self == b || self == c || self == d || self == e || self == f || self == g || self == h
    }

    func hash(into hasher: inout Hasher) {
        // One word: the key's bytes mixed (Hasher's four-field default cost more than the lookup).
        hasher.combine(mixed)
    }

    /// The key's bytes and length mixed into one word.
    @inline(__always)
    private var mixed: UInt64 {
        var mixed = low &* 0x9E37_79B9_7F4A_7C15 ^ middle &* 0xC2B2_AE3D_27D4_EB4F
        mixed ^= high &* 0x1656_67B1_9E37_79F9 ^ UInt64(truncatingIfNeeded: count)
        return mixed ^ (mixed >> 29)
    }

    /// The home slot of the key in a ``KeyTable`` of `mask + 1` slots.
    @inline(__always)
    func tableIndex(mask: Int) -> Int { Int(truncatingIfNeeded: mixed >> 32) & mask }

    /// The key's bit in a ``KeyTable``'s 64-bit membership filter (bits of the hash other than the slot's).
    @inline(__always)
    var filterBit: UInt64 { 1 &<< (mixed & 63) }

    /// Marks an empty ``KeyTable`` slot: no real key has a negative length.
    /// Computed, not a `static let`: a stored static is read through a lazy-initialisation check
    /// on every probe of every table.
    @inline(__always)
    static var emptySlot: LexemeKey { LexemeKey(count: -1) }

    /// Whether this is ``emptySlot``: one comparison instead of four.
    @inline(__always)
    var isEmptySlot: Bool { count < 0 }

    /// The text of a short key ("" for a hashed long key): vocabulary keys back to strings.
    var description: String {
        guard count <= Self.capacity else { return "" }
        var storage = (low, middle, high)
        return withUnsafeBytes(of: &storage) { String(decoding: $0.prefix(count), as: UTF8.self) }
    }
}

extension LexemeKey {
    /// The key of a word: lower-cased and NFC. Vietnamese letters (ASCII, Latin-1, ă đ ĩ ũ ơ ư and
    /// the U+1EA0–U+1EF9 block) are lower-cased on the bytes; anything else (combining marks, other
    /// scripts) goes through `VietCase`/`UnicodeNormalizer` via `fallback`, so both paths agree.
    /// - Complexity: O(n) in the word's bytes, no allocation on the byte path.
    static func lowercasedWord(_ bytes: UnsafeBufferPointer<UInt8>, fallback: () -> String) -> LexemeKey {
        guard bytes.count <= capacity else { return LexemeKey(fallback()) }
        var storage: (UInt64, UInt64, UInt64) = (0, 0, 0)
        let mapped = withUnsafeMutableBytes(of: &storage) { output -> Bool in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    output[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                    index += 1
                    continue
                }
                switch byte {
                case 0xC3:  // Latin-1 letters: À–Þ (not ×) → à–þ
                    guard index + 1 < bytes.count else { return false }
                    let second = bytes[index + 1]
                    guard second >= 0x80, second <= 0xBF, second != 0x97, second != 0xB7 else { return false }
                    output[index] = byte
                    output[index + 1] = second <= 0x9E ? second + 0x20 : second
                    index += 2
                case 0xC4, 0xC5, 0xC6:  // Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư
                    guard index + 1 < bytes.count else { return false }
                    let second = bytes[index + 1]
                    let scalar = (UInt32(byte & 0x1F) << 6) | UInt32(second & 0x3F)
                    let lower: UInt32
                    switch scalar {
                    case 0x102, 0x110, 0x128, 0x168, 0x1A0, 0x1AF: lower = scalar + 1
                    case 0x103, 0x111, 0x129, 0x169, 0x1A1, 0x1B0: lower = scalar
                    default: return false
                    }
                    output[index] = UInt8(0xC0 | (lower >> 6))
                    output[index + 1] = UInt8(0x80 | (lower & 0x3F))
                    index += 2
                case 0xE1:  // Ạ ạ … Ỹ ỹ (U+1EA0–U+1EF9): upper case even, lower case odd
                    guard index + 2 < bytes.count else { return false }
                    let second = bytes[index + 1]
                    let third = bytes[index + 2]
                    let scalar = 0x1000 | (UInt32(second & 0x3F) << 6) | UInt32(third & 0x3F)
                    guard second == 0xBA || second == 0xBB, scalar >= 0x1EA0, scalar <= 0x1EF9 else { return false }
                    output[index] = byte
                    output[index + 1] = second
                    output[index + 2] = third | 1
                    index += 3
                default:
                    return false
                }
            }
            return true
        }
        guard mapped else { return LexemeKey(fallback()) }
        var key = LexemeKey(count: bytes.count)
        (key.low, key.middle, key.high) = storage
        return key
    }

    /// The length of the scalar at `bytes[index]` (ending before `limit`) when ``lowercasedWord(_:fallback:)``
    /// keeps its bytes as they are: a letter of its byte path already in lower case, or an ASCII
    /// byte that is no capital. 0 otherwise (a capital, or a scalar for the fallback). A word of
    /// such scalars, at most ``capacity`` bytes, is its own key: a reader that walks the word's
    /// scalars anyway tests each with this and skips lower-casing it again (most words of running
    /// text are in lower case).
    @inline(__always)
    static func lowercaseScalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, limit: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte &- 0x41 < 26 ? 0 : 1 }
        switch byte {
        case 0xC3:  // à–þ but not ÷: kept as they are (À–Þ are raised by 0x20)
            guard index + 1 < limit else { return 0 }
            let second = bytes[index + 1]
            return second > 0x9E && second <= 0xBF && second != 0xB7 ? 2 : 0
        case 0xC4, 0xC5, 0xC6:  // ă đ ĩ ũ ơ ư, written back as a lead and a continuation byte
            guard index + 1 < limit else { return 0 }
            let second = bytes[index + 1]
            switch (UInt32(byte & 0x1F) << 6) | UInt32(second & 0x3F) {
            case 0x103, 0x111, 0x129, 0x169, 0x1A1, 0x1B0: return second & 0xC0 == 0x80 ? 2 : 0
            default: return 0
            }
        case 0xE1:  // ạ … ỹ: the odd scalars of U+1EA0–U+1EF9 (their third byte is kept with its low bit set)
            guard index + 2 < limit else { return 0 }
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            let scalar = 0x1000 | (UInt32(second & 0x3F) << 6) | UInt32(third & 0x3F)
            return (second == 0xBA || second == 0xBB) && scalar >= 0x1EA0 && scalar <= 0x1EF9 && third & 1 == 1 ? 3 : 0
        default:
            return 0
        }
    }

    fileprivate init(count: Int) {
        self.count = count
    }
}
