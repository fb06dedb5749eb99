import CICUShim

/// Case mapping for Vietnamese text, as ICU maps it with the Vietnamese locale, so that decomposed
/// tone marks, đ/Đ and every precomposed vowel map correctly. ASCII and Latin text (Vietnamese
/// included) take table paths that give ICU's result without calling it; other scripts go through ICU.
///
/// ```swift
/// VietCase.uppercased("đường hồ chí minh")   // "ĐƯỜNG HỒ CHÍ MINH"
/// VietCase.capitalized("thành phố hồ chí minh")   // "Thành Phố Hồ Chí Minh"
/// ```
public enum VietCase {
    /// Lowercases `text`.
    public static func lowercased(_ text: String) -> String { map(text, upper: false) }

    /// Whether `scalar` is a lower-case Vietnamese letter but ASCII (a vowel with or without
    /// diacritics, "đ"), which ``lowercased(_:)`` keeps: a test without the case table, which costs
    /// ~900 000 instructions to build (`VietCaseTests` checks it against that table).
    package static func isLowercaseVietnameseLetter(_ scalar: UInt32) -> Bool {
        let entry = VowelTable.entry(scalar)
        return entry != 0 ? entry & 0x80 == 0 : scalar == 0x111
    }

    /// Uppercases `text`.
    public static func uppercased(_ text: String) -> String { map(text, upper: true) }

    /// Capitalises the first letter of every syllable and lowercases the rest, the way
    /// Vietnamese writes proper names.
    public static func capitalized(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var atWordStart = true
        for character in lowercased(text) {
            if character.isLetter {
                result += atWordStart ? uppercased(String(character)) : String(character)
                atWordStart = false
            } else {
                result.append(character)
                atWordStart = !(character.unicodeScalars.first.map { $0.properties.isDiacritic } ?? false)
            }
        }
        return result
    }

    /// Whether the first letter of `text` is uppercase ("Hà", "UBND").
    public static func isCapitalized(_ text: Substring) -> Bool {
        text.unicodeScalars.first(where: { $0.properties.isAlphabetic })?.properties.isUppercase ?? false
    }

    private static func map(_ text: String, upper: Bool) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return upper ? text.uppercased() : text.lowercased()
        }
        return latinMapped(text, upper: upper) ?? icuMapped(text, upper: upper)
    }

    /// The case mapping through ICU's Vietnamese locale: the reference for any text.
    static func icuMapped(_ text: String, upper: Bool) -> String {
        let units = ICU.utf16(text)
        let mapped = units.withUnsafeBufferPointer { src in
            ICU.growing(initialCapacity: src.count + 8) { dst, capacity, status in
                upper
                    ? vn_to_upper("vi", src.baseAddress, Int32(src.count), dst, capacity, &status)
                    : vn_to_lower("vi", src.baseAddress, Int32(src.count), dst, capacity, &status)
            }
        }
        guard let mapped else { return upper ? text.uppercased() : text.lowercased() }
        return mapped.withUnsafeBufferPointer { ICU.string($0) }
    }

    /// `text` mapped scalar by scalar through ``latinLower`` or ``latinUpper``; nil when a scalar
    /// has no entry there. Latin letters and combining diacritics have no context-dependent or
    /// Vietnamese-specific case rules, so each maps alone and as ICU maps it (`VietCaseTests`
    /// compares every entry with ICU): without the round trip through UTF-16 and ICU, which cost
    /// ~4 500 instructions per syllable and most of loading a lexicon.
    static func latinMapped(_ text: String, upper: Bool) -> String? {
        let table = upper ? latinUpper : latinLower
        var failed = false
        var text = text
        let mapped = text.withUTF8 { utf8 in
            // A mapped scalar takes at most one byte more than its source (two bytes to three).
            String(unsafeUninitializedCapacity: utf8.count + utf8.count / 2) { output in
                var index = 0
                var written = 0
                while index < utf8.count {
                    let (scalar, length) = UTF8Decoding.decode(utf8, at: index)
                    let mapped = scalar < UInt32(table.count) ? table[Int(scalar)] : 0
                    guard mapped != 0, let scalar = Unicode.Scalar(mapped), let encoded = Unicode.UTF8.encode(scalar),
                        written + encoded.count <= output.count
                    else {
                        failed = true
                        return 0
                    }
                    for byte in encoded {
                        output[written] = byte
                        written += 1
                    }
                    index += length
                }
                return written
            }
        }
        return failed ? nil : mapped
    }

    /// Per scalar below U+2070: its lower case when the scalar and its lower case are one scalar
    /// each, both Latin (U+0000–U+024F, U+1E00–U+1EFF), combining diacritics (U+0300–U+036F) or
    /// general punctuation (U+2000–U+206F, which maps to itself); 0 otherwise ("İ" lower-cases to
    /// two scalars). Built on first use from the standard library's per-scalar case mappings; a
    /// mapping out of those blocks is left to ICU, whose Unicode version may differ from the
    /// standard library's.
    static let latinLower = latinTable(upper: false)
    /// ``latinLower`` for upper case ("ß" upper-cases to "SS": 0).
    static let latinUpper = latinTable(upper: true)

    private static func latinTable(upper: Bool) -> [UInt32] {
        func isCovered(_ value: UInt32) -> Bool {
            value < 0x250 || value &- 0x300 < 0x70 || value &- 0x1E00 < 0x100 || value &- 0x2000 < 0x70
        }
        var table = [UInt32](repeating: 0, count: 0x2070)
        for value in UInt32(0)..<0x2070 where isCovered(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let mapped = (upper ? scalar.properties.uppercaseMapping : scalar.properties.lowercaseMapping).unicodeScalars
            if mapped.count == 1, let only = mapped.first, isCovered(only.value) { table[Int(value)] = only.value }
        }
        return table
    }
}
