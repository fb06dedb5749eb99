extension Lexicon {
    /// The lexicon shipped inside the library: about 35,000 multi-syllable words from pyvi's word
    /// list (MIT) and RDRsegmenter's vnvocab, location, country and company lists (Apache-2.0), with
    /// segmentation weights learned from the UD Vietnamese-VTB training set. Parsed once, on first use.
    ///
    /// ```swift
    /// Lexicon.shipped.contains("truyền thông")   // true
    /// ```
    public static var shipped: Lexicon { ShippedLexicon.lexicon }
}

/// Holds the parsed shipped lexicon; a `static let` is initialised lazily and thread-safely.
enum ShippedLexicon {
    /// How many keys the shipped lexicon's syllable table holds (each syllable in both tone
    /// placements where they differ), and its word table (words and the prefixes of longer
    /// words): its tables are made that large at once. `ShippedLexiconTests` checks the counts.
    static let syllableKeys = 6_479
    static let wordKeys = 46_777

    static let lexicon: Lexicon = {
        var lexicon = Lexicon(syllableKeys: syllableKeys, wordKeys: wordKeys)
        var cache = Lexicon.SyllableCache(capacity: 8_192)
        // The generated text is NFC, lower case, one word per line, syllables separated by single
        // spaces, an optional tab and weight: read as bytes, no String per syllable.
        var text = ShippedLexiconData.text
        text.withUTF8 { bytes in
            var syllables: [Range<Int>] = []
            var weight: Float = 1
            var start = 0
            var inWeight = false
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "\n")
                guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") else {
                    continue
                }
                if inWeight {
                    weight = Self.weight(UnsafeBufferPointer(rebasing: bytes[start..<index]))
                } else if index > start {
                    syllables.append(start..<index)
                }
                start = index + 1
                if byte == UInt8(ascii: "\t") { inWeight = true }
                if byte == UInt8(ascii: "\n") {
                    lexicon.insert(bytes, syllables: syllables, weight: weight, cache: &cache)
                    syllables.removeAll(keepingCapacity: true)
                    weight = 1
                    inWeight = false
                }
            }
        }
        return lexicon
    }()

    /// A weight written "d", "d.d…" (what the generator writes), else through `Float(_:)`; 1 when unreadable.
    private static func weight(_ field: UnsafeBufferPointer<UInt8>) -> Float {
        var whole = 0
        var fraction = 0
        var scale = 1
        var seenPoint = false
        for byte in field {
            if byte == UInt8(ascii: "."), !seenPoint {
                seenPoint = true
            } else if byte &- UInt8(ascii: "0") < 10, scale < 1_000_000 {
                if seenPoint {
                    fraction = fraction * 10 + Int(byte &- UInt8(ascii: "0"))
                    scale *= 10
                } else if whole < 1_000_000 {
                    whole = whole * 10 + Int(byte &- UInt8(ascii: "0"))
                }
            } else {
                return Float(String(decoding: field, as: UTF8.self)) ?? 1
            }
        }
        // One correctly rounded division, as `Float("1.3")` rounds: whole + fraction / scale would round twice.
        return field.isEmpty ? 1 : Float(whole * scale + fraction) / Float(scale)
    }
}
