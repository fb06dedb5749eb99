import VietText

/// The four ways text is compared: exactly (after NFC and new-style tone placement), ignoring case,
/// ignoring diacritics, or both. The raw value indexes per-form key arrays.
enum KeyMode: Int, Sendable, Hashable, CaseIterable {
    case exact = 0, ignoreCase = 1, ignoreDiacritics = 2, ignoreBoth = 3

    init(_ options: TextMatchOptions) {
        self = KeyMode(rawValue: Int(options.rawValue & 3)) ?? .exact
    }

    private static let folder = DiacriticFolder(lowercase: false)
    private static let lowerFolder = DiacriticFolder(lowercase: true)

    /// The comparison key of one token's text (no whitespace inside).
    func key(_ text: String) -> String {
        switch self {
        case .exact: TonePlacement.convert(UnicodeNormalizer.nfc(text), to: .new)
        case .ignoreCase: TonePlacement.lookupKey(text)
        case .ignoreDiacritics: Self.folder.fold(UnicodeNormalizer.nfc(text))
        case .ignoreBoth: Self.lowerFolder.fold(UnicodeNormalizer.nfc(text))
        }
    }

    /// The key of a phrase: every run of whitespace becomes one space, ends trimmed.
    func phraseKey(_ text: String) -> String {
        key(text).split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\n" })
            .joined(separator: " ")
    }
}
