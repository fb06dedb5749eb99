/// Moves tone marks between the old ("hoà", "thuý") and new ("hòa", "thúy") spelling styles
/// in running text, and builds placement-insensitive keys for dictionary lookups.
///
/// ```swift
/// TonePlacement.convert("Văn hoá, khoẻ, thuý", to: .new)   // "Văn hóa, khỏe, thúy"
/// TonePlacement.convert("hòa hoàn quý", to: .old)           // "hoà hoàn quý"
/// TonePlacement.lookupKey("Hoà Bình")                      // "hòa bình"
/// ```
public enum TonePlacement {
    /// Rewrites every syllable of `text` whose tone mark stands where `style` does not put it.
    /// Words that are not Vietnamese syllables are left untouched; the number of scalars never
    /// changes, so offsets stay valid. `text` should be NFC (see `TextNormalizer`).
    ///
    /// - Complexity: O(n); only words that a byte scan flags as candidates are parsed.
    public static func convert(_ text: String, to style: ToneStyle) -> String {
        var copy = text
        return copy.withUTF8 { convert($0, to: style) } ?? text
    }

    /// A key that is equal for every spelling of a word that differs only in case or in tone
    /// placement: NFC, lowercase, new style.
    public static func lookupKey(_ text: String) -> String {
        convert(VietCase.lowercased(UnicodeNormalizer.nfc(text)), to: .new)
    }

    /// Converts UTF-8 text; nil when nothing changes (the common case, which allocates nothing).
    ///
    /// One pass flags the words whose tone could move (a rare pattern: a word ending in oa/oe/uy
    /// with the mark where the other style puts it, not after "q"); only those are parsed.
    package static func convert(_ utf8: UnsafeBufferPointer<UInt8>, to style: ToneStyle) -> String? {
        var candidates: [Range<Int>] = []
        var wordStart = -1
        // Where the flagged vowel pair ends; the word is a candidate only if nothing follows it
        // (styles differ only in open syllables: "hoà"/"hòa" but always "hoàn").
        var pairEnd = -1
        var previous: UInt8 = 0  // vowel-table entry of the previous letter in the word (0: consonant)
        var beforePrevious: UInt32 = 0  // the letter before that, to recognise "qu"
        var previousScalar: UInt32 = 0
        var index = 0
        let count = utf8.count
        let low = VowelTable.lowTable
        let extended = VowelTable.extendedTable
        while index < count {
            let byte = utf8[index]
            let scalar: UInt32
            let length: Int
            if byte < 0x80 {
                scalar = UInt32(byte)
                length = 1
            } else {
                (scalar, length) = UTF8Decoding.decode(utf8, at: index)
            }
            let entry: UInt8 =
                scalar < 0x250 ? low[Int(scalar)] : (scalar &- 0x1E00 < 0x100 ? extended[Int(scalar &- 0x1E00)] : 0)
            let isLetter = entry != 0 || (scalar | 0x20) &- 0x61 < 26 || scalar == 0x111 || scalar == 0x110
            if isLetter {
                if wordStart < 0 { wordStart = index }
                if entry != 0, previous != 0, Self.isStylePair(previous, entry, style),
                    (beforePrevious | 0x20) != 0x71  // not "qu": "quý", "quà" never change
                {
                    pairEnd = index + length
                }
                beforePrevious = previousScalar
                previousScalar = scalar
                previous = entry
            } else if wordStart >= 0 {
                if pairEnd == index { candidates.append(wordStart..<index) }
                wordStart = -1
                pairEnd = -1
                previous = 0
                beforePrevious = 0
                previousScalar = 0
            }
            index += length
        }
        if wordStart >= 0, pairEnd == count { candidates.append(wordStart..<count) }
        guard !candidates.isEmpty else { return nil }
        return rewrite(utf8, candidates: candidates, style: style)
    }

    /// False when ``convert(_:to:)`` to the new style certainly leaves `utf8` as it is: its
    /// candidate test without the scan's per-scalar work, so that compiled-lexicon keys need not
    /// pay for that scan. A word is re-spelled only when it ends in a pair ``isStylePair(_:_:_:)``
    /// accepts, not after "q": an untoned "o" or "u" (only "o", "O", "u", "U" have that base and
    /// no tone, all ASCII) then a toned vowel (never ASCII). So only an "o"/"u" byte followed by a
    /// non-ASCII byte is looked at. `TonePlacementPrefilterTests` checks it over the shipped
    /// lexicons, a corpus sample and built spellings.
    package static func mayRespellInNewStyle(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = utf8.count
        var index = 0
        while index + 1 < count {
            let first = utf8[index]
            index += 1
            guard (first | 0x20) == UInt8(ascii: "o") || (first | 0x20) == UInt8(ascii: "u"), utf8[index] >= 0x80 else { continue }
            if index >= 2, (utf8[index - 2] | 0x20) == UInt8(ascii: "q") { continue }  // "quý", "quà" never change
            let (scalar, length) = UTF8Decoding.decode(utf8, at: index)
            // Whether the word ends after the pair: a letter (ASCII or not) after it keeps it open
            // to nothing; anything non-ASCII there is taken as the end, to stay on the safe side.
            let end = index + length
            guard end == count || (utf8[end] | 0x20) &- UInt8(ascii: "a") >= 26 else { continue }
            if isStylePair(VowelTable.entry(UInt32(first)), VowelTable.entry(scalar), .new) { return true }
        }
        return false
    }

    /// Whether two vowel-table entries form an oa/oe/uy pair written in the other style.
    @inline(__always)
    private static func isStylePair(_ first: UInt8, _ second: UInt8, _ style: ToneStyle) -> Bool {
        let firstBase = VowelTable.base(first)
        let secondBase = VowelTable.base(second)
        let isPair =
            (firstBase == VowelTable.o && (secondBase == VowelTable.a || secondBase == VowelTable.e))
            || (firstBase == VowelTable.u && secondBase == VowelTable.y)
        guard isPair else { return false }
        switch style {
        case .new: return VowelTable.tone(second) != 0 && VowelTable.tone(first) == 0  // "hoà" → "hòa"
        case .old: return VowelTable.tone(first) != 0 && VowelTable.tone(second) == 0  // "hòa" → "hoà"
        }
    }

    /// Rebuilds the text with each candidate word re-spelled in `style`; nil when none changed.
    private static func rewrite(
        _ utf8: UnsafeBufferPointer<UInt8>, candidates: [Range<Int>], style: ToneStyle
    ) -> String? {
        var output: [UInt8] = []
        var copiedUpTo = 0
        for range in candidates {
            let word = String(decoding: UnsafeBufferPointer(rebasing: utf8[range]), as: UTF8.self)
            guard let parsed = SyllableParser.parse(word) else { continue }
            let rewritten = parsed.written(in: style)
            guard rewritten != word else { continue }
            if output.isEmpty { output.reserveCapacity(utf8.count + 16) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copiedUpTo..<range.lowerBound]))
            output.append(contentsOf: rewritten.utf8)
            copiedUpTo = range.upperBound
        }
        guard copiedUpTo > 0 else { return nil }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copiedUpTo..<utf8.count]))
        return String(decoding: output, as: UTF8.self)
    }
}
