/// One of the six Vietnamese tones, named as Vietnamese grammar names them.
///
/// ```swift
/// Syllable("người")?.tone   // .huyen
/// ```
public enum Tone: Int, Sendable, CaseIterable, CustomStringConvertible {
    /// Level tone, no mark: "a".
    case ngang = 0
    /// Falling tone, grave accent: "à".
    case huyen
    /// Rising tone, acute accent: "á".
    case sac
    /// Dipping tone, hook above: "ả".
    case hoi
    /// Creaky rising tone, tilde: "ã".
    case nga
    /// Heavy tone, dot below: "ạ".
    case nang

    /// The Vietnamese name of the tone ("ngang", "huyền", "sắc", "hỏi", "ngã", "nặng").
    public var description: String {
        switch self {
        case .ngang: "ngang"
        case .huyen: "huyền"
        case .sac: "sắc"
        case .hoi: "hỏi"
        case .nga: "ngã"
        case .nang: "nặng"
        }
    }

    /// The combining mark that writes this tone in decomposed text (nil for `ngang`).
    public var combiningMark: Unicode.Scalar? {
        switch self {
        case .ngang: nil
        case .huyen: "\u{0300}"
        case .sac: "\u{0301}"
        case .hoi: "\u{0309}"
        case .nga: "\u{0303}"
        case .nang: "\u{0323}"
        }
    }

    /// The tone written by a combining mark, if the mark is one of the five tone marks.
    public init?(combiningMark: Unicode.Scalar) {
        switch combiningMark.value {
        case 0x0300, 0x0340: self = .huyen
        case 0x0301, 0x0341: self = .sac
        case 0x0309: self = .hoi
        case 0x0303: self = .nga
        case 0x0323: self = .nang
        default: return nil
        }
    }
}
