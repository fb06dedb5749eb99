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
        for line in ShippedLexiconData.text.split(separator: "\n") {
            if let tab = line.firstIndex(of: "\t") {
                let weight = Float(line[line.index(after: tab)...]) ?? 1
                lexicon.insert(String(line[..<tab]), weight: weight)
            } else {
                lexicon.insert(String(line), weight: 1)
            }
        }
        return lexicon
    }()
}
