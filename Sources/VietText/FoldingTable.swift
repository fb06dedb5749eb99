/// The scalar → ASCII table behind `DiacriticFolder`, built once from Unicode data.
struct FoldingTable: Sendable {
    /// Table value: keep the scalar as it is.
    static let keep: UInt8 = 0
    /// Table value: drop the scalar (a combining mark).
    static let drop: UInt8 = 1

    static let shared = FoldingTable()

    /// Entries for U+0000–U+036F (Latin letters and the combining diacritical marks).
    private let low: [UInt8]
    /// Entries for U+1E00–U+1EFF (Latin Extended Additional: the precomposed Vietnamese vowels).
    private let extended: [UInt8]

    private init() {
        var low = [UInt8](repeating: Self.keep, count: 0x370)
        var extended = [UInt8](repeating: Self.keep, count: 0x100)
        func set(_ scalar: UInt32, _ value: UInt8) {
            if scalar < 0x370 { low[Int(scalar)] = value } else if (0x1E00..<0x1F00).contains(scalar) {
                extended[Int(scalar - 0x1E00)] = value
            }
        }
        // Generic Latin: the first scalar of the canonical decomposition, when it is ASCII.
        for range in [0x00C0..<0x0250, 0x1E00..<0x1F00] {
            for value in range {
                guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
                let decomposed = UnicodeNormalizer.nfd(String(scalar)).unicodeScalars
                if let first = decomposed.first, first.isASCII, decomposed.count > 1 {
                    set(UInt32(value), UInt8(first.value))
                }
            }
        }
        for mark in 0x0300..<0x0370 { set(UInt32(mark), Self.drop) }
        // Letters that do not decompose but are letters with a stroke or ligatures by origin.
        let strokes: [(Unicode.Scalar, Unicode.Scalar)] = [
            ("đ", "d"), ("Đ", "D"), ("ð", "d"), ("Ð", "D"), ("ø", "o"), ("Ø", "O"), ("ł", "l"), ("Ł", "L"),
            ("ħ", "h"), ("Ħ", "H"), ("ı", "i"), ("ƀ", "b"), ("ƚ", "l"), ("ɨ", "i"), ("ʉ", "u"),
        ]
        for (letter, ascii) in strokes { set(letter.value, UInt8(ascii.value)) }
        // The Vietnamese vowels are derived from the alphabet table, so they cannot drift.
        for (scalar, info) in VietnameseAlphabet.vowelInfo {
            var base = Self.plainBase(info.base)
            if info.isUppercase { base -= 0x20 }
            set(scalar, base)
        }
        self.low = low
        self.extended = extended
    }

    /// The ASCII letter under a Vietnamese base vowel (ă â → a, ê → e, ô ơ → o, ư → u).
    private static func plainBase(_ base: Unicode.Scalar) -> UInt8 {
        switch base {
        case "ă", "â": return UInt8(ascii: "a")
        case "ê": return UInt8(ascii: "e")
        case "ô", "ơ": return UInt8(ascii: "o")
        case "ư": return UInt8(ascii: "u")
        default: return UInt8(base.value)
        }
    }

    /// The table entry for a scalar: `keep`, `drop` or an ASCII byte.
    @inline(__always)
    func fold(_ scalar: UInt32) -> UInt8 {
        if scalar < 0x370 { return low[Int(scalar)] }
        if scalar &- 0x1E00 < 0x100 { return extended[Int(scalar &- 0x1E00)] }
        return Self.keep
    }

    @inline(__always)
    static func asciiLower(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Lower-cases a scalar outside the table (Greek, Cyrillic, …); nil when it has no
    /// single-scalar lowercase.
    static func lowercaseOther(_ scalar: UInt32) -> String? {
        guard let value = Unicode.Scalar(scalar), value.properties.changesWhenLowercased else { return nil }
        return value.properties.lowercaseMapping
    }
}
