/// Orthographic properties of a ``Token``.
///
/// ```swift
/// let tokens = Tokenizer().tokenize("Sở TT&TT dùng Internet").tokens
/// tokens[0].flags.contains(.capitalized)    // true
/// tokens[0].flags.contains(.hasDiacritics)  // true ("ở")
/// tokens[1].flags.contains(.allCaps)        // true
/// tokens[3].flags.contains(.foreign)        // true ("Internet" is no Vietnamese syllable)
/// ```
///
/// The flags are inlinable constants rather than stored `static let`s: other modules test them per
/// token (the number scanner's loop), and a stored one cost an accessor call each time.
public struct TokenFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    @inlinable public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The first letter is upper case ("Hà", "TP.HCM", "Internet").
    @inlinable public static var capitalized: TokenFlags { TokenFlags(rawValue: 1 << 0) }
    /// Every letter is upper case and there is at least one ("UBND", "TT&TT", "A").
    @inlinable public static var allCaps: TokenFlags { TokenFlags(rawValue: 1 << 1) }
    /// Contains a letter outside plain ASCII: a Vietnamese diacritic (ă â đ ê ô ơ ư or a tone) or another.
    @inlinable public static var hasDiacritics: TokenFlags { TokenFlags(rawValue: 1 << 2) }
    /// A word that cannot be a Vietnamese syllable (letters f j w z, a letter/digit mix, an impossible
    /// spelling such as "Microsoft", or another script such as Thai or Cyrillic).
    @inlinable public static var foreign: TokenFlags { TokenFlags(rawValue: 1 << 3) }
    /// Contains at least one digit.
    @inlinable public static var hasDigits: TokenFlags { TokenFlags(rawValue: 1 << 4) }
    /// Whitespace (or the start of the text) precedes the token. Lets rules tell "5 -10" from "5-10".
    @inlinable public static var spaceBefore: TokenFlags { TokenFlags(rawValue: 1 << 5) }
    /// Contains combining marks (the text is not NFC here, e.g. a decomposed tone mark).
    @inlinable public static var combiningMarks: TokenFlags { TokenFlags(rawValue: 1 << 6) }

    /// The names of the flags that are set, in declaration order ("capitalized", "allCaps", …),
    /// as printed by `viet tokenize --json`.
    public var names: [String] {
        let all: [(TokenFlags, String)] = [
            (.capitalized, "capitalized"), (.allCaps, "allCaps"), (.hasDiacritics, "hasDiacritics"),
            (.foreign, "foreign"), (.hasDigits, "hasDigits"), (.spaceBefore, "spaceBefore"),
            (.combiningMarks, "combiningMarks"),
        ]
        return all.filter { contains($0.0) }.map(\.1)
    }
}
