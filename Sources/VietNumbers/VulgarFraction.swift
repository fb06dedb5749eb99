/// The Unicode vulgar fractions, one character each ("½", "¼", "¾", "⅓", "⅛"…): "chiếm ¼ dân số",
/// "7½ bao tải", "½ muỗng". Read from their UTF-8 bytes, Latin-1's three (C2 BC–BE) and the Number
/// Forms block's (E2 85 90–9E), without decoding a scalar.
enum VulgarFraction {
    /// The fraction whose character starts at byte `offset`, or nil when none does.
    static func at(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (numerator: Int, denominator: Int)? {
        guard offset + 1 < bytes.count else { return nil }
        switch bytes[offset] {
        case 0xC2:
            switch bytes[offset + 1] {
            case 0xBC: return (1, 4)
            case 0xBD: return (1, 2)
            case 0xBE: return (3, 4)
            default: return nil
            }
        case 0xE2:
            guard offset + 2 < bytes.count, bytes[offset + 1] == 0x85, bytes[offset + 2] >= 0x90, bytes[offset + 2] <= 0x9E else { return nil }
            return numberForms[Int(bytes[offset + 2] - 0x90)]
        default:
            return nil
        }
    }

    /// U+2150 … U+215E in order: ⅐ ⅑ ⅒ ⅓ ⅔ ⅕ ⅖ ⅗ ⅘ ⅙ ⅚ ⅛ ⅜ ⅝ ⅞.
    private static let numberForms: [(numerator: Int, denominator: Int)] = [
        (1, 7), (1, 9), (1, 10), (1, 3), (2, 3), (1, 5), (2, 5), (3, 5), (4, 5), (1, 6), (5, 6), (1, 8), (3, 8), (5, 8), (7, 8),
    ]
}
