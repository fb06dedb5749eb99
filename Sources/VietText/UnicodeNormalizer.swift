import CICUShim

/// Unicode normalisation through ICU, with a byte-level fast path for text that is
/// certainly normalised already (nearly all real Vietnamese text).
///
/// ```swift
/// UnicodeNormalizer.nfc("Tho\u{0302}\u{0300}ng")   // "Thồng"
/// ```
public enum UnicodeNormalizer {
    /// A Unicode normalisation form.
    public enum Form: Int32, Sendable {
        /// Canonical composition: what Vietnamese text is stored and compared in.
        case nfc = 0
        /// Canonical decomposition.
        case nfd = 1
        /// Compatibility composition.
        case nfkc = 2
    }

    /// Returns `text` in normalisation form `form`.
    ///
    /// - Complexity: O(n). Text that the byte scan proves to be NFC already is returned
    ///   without copying or calling ICU.
    public static func normalize(_ text: String, form: Form = .nfc) -> String {
        var copy = text
        if form == .nfc, copy.withUTF8({ isCertainlyNFC($0) }) { return text }
        let units = ICU.utf16(text)
        guard !units.isEmpty else { return text }
        let output = units.withUnsafeBufferPointer { src in
            ICU.growing(initialCapacity: src.count + src.count / 2 + 4) { dst, capacity, status in
                vn_normalize(form.rawValue, src.baseAddress, Int32(src.count), dst, capacity, &status)
            }
        }
        guard let output else { return text }
        return output.withUnsafeBufferPointer { ICU.string($0) }
    }

    /// Returns `text` in NFC.
    public static func nfc(_ text: String) -> String { normalize(text, form: .nfc) }

    /// Returns `text` in NFD.
    public static func nfd(_ text: String) -> String { normalize(text, form: .nfd) }

    /// Whether a byte scan alone proves the UTF-8 text to be in NFC.
    ///
    /// True when every scalar lies in a range whose characters are all NFC_Quick_Check=Yes
    /// and have canonical combining class 0: below U+0300 (ASCII, Latin-1, Latin Extended-A/B,
    /// IPA), Latin Extended Additional U+1E00–U+1EFF (all precomposed Vietnamese vowels) and
    /// general punctuation U+2010–U+20CF. It is false, not wrong, for anything else.
    ///
    /// - Complexity: O(n), a plain byte loop.
    public static func isCertainlyNFC(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        certainlyNFCPrefix(utf8).end == utf8.count
    }

    /// How far from the start the byte scan of ``isCertainlyNFC(_:)`` proves the text NFC, how
    /// many scalars that prefix holds, and whether it holds a "Ð" (U+00D0) (``TextNormalizer`` needs
    /// all three for every line: it writes that look-alike "Đ"). ASCII is skipped up to eight bytes
    /// at a time.
    package static func certainlyNFCPrefix(_ utf8: UnsafeBufferPointer<UInt8>) -> (end: Int, scalars: Int, hasCapitalEth: Bool) {
        guard let base = UnsafeRawPointer(utf8.baseAddress) else { return (0, 0, false) }
        let count = utf8.count
        var index = 0
        var scalars = 0
        var hasCapitalEth = false
        while index < count {
            if index + 8 <= count {
                let ascii = UTF8Decoding.leadingASCIICount(base, at: index)
                index += ascii
                scalars += ascii
                if ascii == 8 { continue }
            }
            let byte = utf8[index]
            if byte < 0x80 {
                index += 1
            } else if byte < 0xE0 {
                // Two-byte sequences encode U+0080–U+07FF; below U+0300 means lead byte < 0xCC.
                if byte >= 0xCC { break }
                hasCapitalEth = hasCapitalEth || byte == 0xC3 && index + 1 < count && utf8[index + 1] == 0x90
                index += 2
            } else if byte == 0xE1, index + 1 < count, utf8[index + 1] >= 0xB8, utf8[index + 1] <= 0xBB {
                index += 3  // U+1E00–U+1EFF
            } else if byte == 0xE2, index + 2 < count,
                case let scalar = (UInt32(utf8[index + 1] & 0x3F) << 6) | UInt32(utf8[index + 2] & 0x3F),
                scalar >= 0x10, scalar < 0xD0
            {
                index += 3  // U+2010–U+20CF: E2 80 90 … E2 83 8F
            } else {
                break
            }
            scalars += 1
        }
        return (min(index, count), scalars, hasCapitalEth)
    }
}
