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
        // ASCII text has nothing to compose, no tone to move and no diacritic to fold, so its key
        // is itself or its ASCII lower case: the general path (case mapping through ICU among
        // others) cost thousands of instructions per new form, and codes, numbers and unaccented
        // words are ASCII. `KeyModeTests` checks both paths agree.
        if let ascii = Self.asciiKey(text, lowercase: self == .ignoreCase || self == .ignoreBoth) { return ascii }
        if self == .exact || self == .ignoreCase, let key = Self.composedKey(text, lowercase: self == .ignoreCase) {
            return key
        }
        return unicodeKey(text)
    }

    /// The key of `text` in the exact (or, when `lowercase`, the ignore-case) mode without ICU, the
    /// case table's String building or the tone scan, for the common lexicon entry: NFC by the byte
    /// scan, no letter but ASCII ones whose lower case differs (so lower-casing is ASCII's), and no
    /// word that new-style tone placement could re-spell (``TonePlacement/mayRespellInNewStyle(_:)``).
    /// Then NFC, `VietCase.lowercased` and `TonePlacement.convert` all leave the text as it is,
    /// but for the ASCII letters; nil otherwise (the general path decides). Those steps were
    /// ~1 000 instructions per non-ASCII entry, the largest part of compiling the shipped lexicons.
    static func composedKey(_ text: String, lowercase: Bool) -> String? {
        var text = text
        let (isPlain, hasASCIIUpper) = text.withUTF8 { bytes -> (Bool, Bool) in
            guard UnicodeNormalizer.certainlyNFCPrefix(bytes).end == bytes.count,
                !TonePlacement.mayRespellInNewStyle(bytes)
            else { return (false, false) }
            guard lowercase else { return (true, false) }
            return isLowercaseButASCII(bytes)
        }
        guard isPlain else { return nil }
        return hasASCIIUpper ? asciiKey(lowering: text) : text
    }

    /// Whether every non-ASCII scalar of `bytes` is a lower-case Vietnamese letter, and whether an
    /// ASCII capital is among the rest.
    private static func isLowercaseButASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> (Bool, Bool) {
        var hasUpper = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte &- 0x41 < 26 { hasUpper = true }
                index += 1
                continue
            }
            let (scalar, length) = UTF8Decoding.decode(bytes, at: index)
            guard VietCase.isLowercaseVietnameseLetter(scalar) else { return (false, false) }
            index += length
        }
        return (true, hasUpper)
    }

    /// The key of `text` by the general path (any text).
    func unicodeKey(_ text: String) -> String {
        switch self {
        case .exact: TonePlacement.convert(UnicodeNormalizer.nfc(text), to: .new)
        case .ignoreCase: TonePlacement.lookupKey(text)
        case .ignoreDiacritics: Self.folder.fold(UnicodeNormalizer.nfc(text))
        case .ignoreBoth: Self.lowerFolder.fold(UnicodeNormalizer.nfc(text))
        }
    }

    /// `text` itself, or lower-cased when `lowercase`, when it is all ASCII; nil otherwise.
    static func asciiKey(_ text: String, lowercase: Bool) -> String? {
        var text = text
        let (isASCII, hasUpper) = text.withUTF8 { bytes -> (Bool, Bool) in
            var hasUpper = false
            for byte in bytes {
                if byte >= 0x80 { return (false, false) }
                if byte &- 0x41 < 26 { hasUpper = true }
            }
            return (true, hasUpper)
        }
        guard isASCII else { return nil }
        guard lowercase, hasUpper else { return text }
        return asciiKey(lowering: text)
    }

    /// `text` with its ASCII capitals lower-cased (other bytes kept).
    static func asciiKey(lowering text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { output in
                for index in bytes.indices { output[index] = asciiLowered(bytes[index]) }
                return bytes.count
            }
        }
    }

    /// `byte` lower-cased if it is an ASCII capital, else as it is: the one byte rule of the keys
    /// made by ``asciiKey(lowering:)`` and by ``LexiconKeyArena`` from a lexicon file's bytes.
    @inline(__always)
    static func asciiLowered(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// The key of a phrase: every run of whitespace becomes one space, ends trimmed.
    func phraseKey(_ text: String) -> String {
        let key = key(text)
        // Most entries are spaced already (single spaces, no padding): keep them without splitting
        // into Characters, which was most of the cost of loading a 7,000-entry lexicon.
        if Self.isSpacedPhrase(key) { return key }
        return key.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{00A0}" || $0 == "\n" })
            .joined(separator: " ")
    }

    /// Whether `text` has no whitespace but single spaces between words (none at the ends), and
    /// after each space an ASCII character or a Latin letter (U+00C0–U+027F, U+1E00–U+1EFF), never
    /// a mark that would join the space into one Character, which the Character split of
    /// ``phraseKey(_:)`` keeps whole. Then that split changes nothing.
    private static func isSpacedPhrase(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first, first != UInt8(ascii: " "), bytes.last != UInt8(ascii: " ") else {
                return bytes.isEmpty
            }
            for index in bytes.indices {
                switch bytes[index] {
                case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0xC2:  // 0xC2 leads U+00A0, NBSP
                    return false
                case UInt8(ascii: " "):
                    let next = bytes[index + 1]  // a space is never last (checked above)
                    if next < 0x80 { if next == UInt8(ascii: " ") { return false } else { continue } }
                    if next >= 0xC3, next <= 0xC9 { continue }
                    if next == 0xE1, index + 2 < bytes.count, bytes[index + 2] >= 0xB8, bytes[index + 2] <= 0xBB { continue }
                    return false
                default:
                    continue
                }
            }
            return true
        }
    }
}
