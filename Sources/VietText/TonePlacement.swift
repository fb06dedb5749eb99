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
    static func convert(_ utf8: UnsafeBufferPointer<UInt8>, to style: ToneStyle) -> String? {
        var output: [UInt8]? = nil
        var copiedUpTo = 0
        var wordStart = -1
        var isCandidate = false
        var previous: UInt8 = 0  // vowel-table entry of the previous scalar in the word
        var index = 0
        let count = utf8.count

        func finishWord(at end: Int) {
            defer {
                wordStart = -1
                isCandidate = false
                previous = 0
            }
            guard isCandidate, wordStart >= 0 else { return }
            let word = String(decoding: UnsafeBufferPointer(rebasing: utf8[wordStart..<end]), as: UTF8.self)
            guard let parsed = SyllableParser.parse(word) else { return }
            let rewritten = parsed.written(in: style)
            guard rewritten != word else { return }
            if output == nil { output = []; output!.reserveCapacity(count + 16) }
            output!.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copiedUpTo..<wordStart]))
            output!.append(contentsOf: rewritten.utf8)
            copiedUpTo = end
        }

        while index < count {
            let (scalar, length) = UTF8Decoding.decode(utf8, at: index)
            let entry = VowelTable.entry(scalar)
            let isLetter =
                entry != 0 || (scalar < 0x80 && (scalar | 0x20) &- 0x61 < 26) || scalar == 0x111 || scalar == 0x110
            if isLetter {
                if wordStart < 0 { wordStart = index }
                if entry != 0, previous != 0 {
                    let previousBase = VowelTable.base(previous)
                    let previousTone = VowelTable.tone(previous)
                    let base = VowelTable.base(entry)
                    let tone = VowelTable.tone(entry)
                    switch style {
                    case .old:
                        // A toned o/u followed by a vowel: "hòa"-like, or a misplaced mark.
                        if previousTone != 0, previousBase == VowelTable.o || previousBase == VowelTable.u {
                            isCandidate = true
                        }
                    case .new:
                        if tone != 0, previousTone == 0,
                            (previousBase == VowelTable.o || previousBase == VowelTable.u),
                            base == VowelTable.a || base == VowelTable.e || base == VowelTable.y
                        {
                            isCandidate = true
                        }
                    }
                }
                previous = entry
            } else if wordStart >= 0 {
                finishWord(at: index)
            }
            index += length
        }
        if wordStart >= 0 { finishWord(at: count) }
        guard var result = output else { return nil }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copiedUpTo..<count]))
        return String(decoding: result, as: UTF8.self)
    }
}
