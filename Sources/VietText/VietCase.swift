import CICUShim

/// Case mapping for Vietnamese text, through ICU with the Vietnamese locale, so that decomposed
/// tone marks, đ/Đ and every precomposed vowel map correctly; ASCII takes a fast path.
///
/// ```swift
/// VietCase.uppercased("đường hồ chí minh")   // "ĐƯỜNG HỒ CHÍ MINH"
/// VietCase.capitalized("thành phố hồ chí minh")   // "Thành Phố Hồ Chí Minh"
/// ```
public enum VietCase {
    /// Lowercases `text`.
    public static func lowercased(_ text: String) -> String { map(text, upper: false) }

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
}
