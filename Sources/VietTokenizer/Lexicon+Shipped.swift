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
private enum ShippedLexicon {
    static let lexicon: Lexicon = {
        var lexicon = Lexicon()
        var cache = Lexicon.SyllableCache()
        cache.keys.reserveCapacity(16_384)
        // The generated text is NFC, lower case, one word per line, syllables separated by single
        // spaces, an optional tab and weight: split on bytes rather than Characters.
        var text = ShippedLexiconData.text
        text.withUTF8 { bytes in
            var parts: [String] = []
            var weight: Float = 1
            var start = 0
            var inWeight = false
            for index in 0...bytes.count {
                let byte = index < bytes.count ? bytes[index] : UInt8(ascii: "\n")
                guard byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") else {
                    continue
                }
                let field = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
                if inWeight {
                    weight = Float(field) ?? 1
                } else if !field.isEmpty {
                    parts.append(field)
                }
                start = index + 1
                if byte == UInt8(ascii: "\t") { inWeight = true }
                if byte == UInt8(ascii: "\n") {
                    lexicon.insert(parts, weight: weight, cache: &cache)
                    parts.removeAll(keepingCapacity: true)
                    weight = 1
                    inWeight = false
                }
            }
        }
        return lexicon
    }()
}
