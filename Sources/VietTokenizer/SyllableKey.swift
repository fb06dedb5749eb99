import VietText

/// 64-bit keys for lexicon lookups: a syllable's key hashes its lower-cased scalars (FNV-1a),
/// a word's key folds its syllables' ids in order. Tone placement is handled by the lexicon,
/// which registers both placements of each of its syllables under one id.
enum SyllableKey {
    static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always)
    static func mix(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* prime
    }

    /// The key of a string: its scalars lower-cased (no normalisation; callers normalise first).
    static func hash(_ text: String) -> UInt64 {
        var hash = offsetBasis
        for scalar in text.unicodeScalars { hash = mix(hash, CharacterTables.lower(scalar.value)) }
        return hash
    }

    /// The key of `bytes[start..<end]`, lower-cased on the fly; nil when the span holds combining
    /// marks (not NFC), which the caller then keys through ``normalizedHash(_:)``.
    @inline(__always)
    static func hash(
        _ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, tables: CharacterTables.Pointers
    ) -> UInt64? {
        var hash = offsetBasis
        var index = start
        while index < end {
            let lead = bytes[index]
            if lead < 0x80 {
                let lower = lead &- UInt8(ascii: "A") < 26 ? lead | 0x20 : lead
                hash = mix(hash, UInt32(lower))
                index += 1
                continue
            }
            let (scalar, length) = UTF8Decoding.decode(bytes, at: index)
            if scalar >= 0x300, scalar < 0x370 { return nil }
            hash = mix(hash, tables.lower(scalar))
            index += length
        }
        return hash
    }

    /// The key of text that may be decomposed or in either tone placement: NFC, lower case, new style.
    static func normalizedHash(_ text: String) -> UInt64 {
        hash(TonePlacement.lookupKey(text))
    }

    /// The key recorded for a punctuation or symbol token (`TokenizedText.lexiconKeys`): its first
    /// scalar under a tag. It keys no lexicon entry (the segmenter looks up word tokens only), but
    /// lets a walk over the keys alone tell marks apart: the number scanner passes over the
    /// commas, full stops and brackets (a fifth of the tokens) without loading them.
    /// The scanner decodes the scalar to classify the token anyway, so the key costs an OR.
    @inline(__always)
    static func markKey(_ scalar: UInt32) -> UInt64 {
        markTag | UInt64(scalar)
    }

    /// ``markKey(_:)``'s tag: ASCII "mark" in the high half, the scalar in the low.
    private static var markTag: UInt64 { 0x6D61_726B_0000_0000 }

    /// Starts a word key.
    static let wordSeed: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// Extends a word key by one syllable id.
    @inline(__always)
    static func extend(_ key: UInt64, _ syllable: UInt32) -> UInt64 {
        var value = (key ^ UInt64(syllable)) &* 0xFF51_AFD7_ED55_8CCD
        value ^= value >> 33
        return value
    }
}
