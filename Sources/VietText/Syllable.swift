/// The anatomy of one Vietnamese syllable: onset, medial, nucleus, coda and tone.
///
/// ```swift
/// let s = Syllable("thuyết")!
/// s.onset     // "th"
/// s.medial    // "u"
/// s.nucleus   // "yê"
/// s.coda      // "t"
/// s.tone      // .sac
/// Syllable("hello")        // nil: not a Vietnamese syllable
/// Syllable("thị\u{0323}")  // nil: two tone marks
/// ```
///
/// Parts are lowercase and toneless. "qu" is analysed as onset "q" plus medial "u", and
/// "gi" before a vowel as the onset "gi" ("giữa" = gi + ưa).
public struct Syllable: Sendable, Hashable, CustomStringConvertible {
    /// The syllable as given (after NFC).
    public let text: String
    /// Initial consonant(s): "", "b", "ch", "gh", "gi", "ngh", "q", …
    public let onset: String
    /// The glide "o" or "u" between onset and nucleus ("hoa", "quê"), or "".
    public let medial: String
    /// The main vowel or diphthong: "a", "iê", "ươ", "ua", …
    public let nucleus: String
    /// Final consonant or semivowel: "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "y", "o", "u".
    public let coda: String
    /// The tone.
    public let tone: Tone

    /// Parses a syllable; nil when `text` is not one well-formed Vietnamese syllable.
    ///
    /// - Complexity: O(n) in the length of `text`.
    public init?(_ text: String) {
        guard let parsed = SyllableParser.parse(text) else { return nil }
        self.text = parsed.text
        self.onset = parsed.onset
        self.medial = parsed.medial
        self.nucleus = parsed.nucleus
        self.coda = parsed.coda
        self.tone = parsed.tone
    }

    /// Whether `text` is one well-formed Vietnamese syllable.
    public static func isVietnameseSyllable(_ text: String) -> Bool {
        SyllableParser.parse(text) != nil
    }

    /// The syllable rewritten with its tone mark placed in `style`; case is kept.
    ///
    /// ```swift
    /// Syllable("hoà")!.written(in: .new)   // "hòa"
    /// Syllable("Thúy")!.written(in: .old)  // "Thuý"
    /// ```
    public func written(in style: ToneStyle) -> String {
        SyllableParser.parse(text).map { $0.written(in: style) } ?? text
    }

    /// A one-line account of the parts, as `viet syllable` prints it.
    public var description: String {
        "\(text): onset=\(onset.isEmpty ? "∅" : onset) medial=\(medial.isEmpty ? "∅" : medial) "
            + "nucleus=\(nucleus) coda=\(coda.isEmpty ? "∅" : coda) tone=\(tone)"
    }
}

/// Free-function spelling of `Syllable.isVietnameseSyllable(_:)`.
public func isVietnameseSyllable(_ text: String) -> Bool {
    Syllable.isVietnameseSyllable(text)
}
