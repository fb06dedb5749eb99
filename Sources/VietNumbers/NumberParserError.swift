/// Why ``NumberParser/parse(_:)`` rejected a phrase. Each case says what and where
/// (Unicode-scalar offset into the phrase).
public enum NumberParserError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The phrase is empty or only whitespace.
    case empty
    /// No numeric expression starts at the beginning of the phrase.
    case notANumber(near: String, offset: Int)
    /// A numeric expression was read, but text follows it that is not part of it.
    case trailingText(parsed: String, rest: String, offset: Int)
    /// The number is too large to represent sensibly: its power of ten exceeds the limit at the scale
    /// word at `offset`.
    case tooLarge(offset: Int, limit: Int)

    public var description: String {
        switch self {
        case .empty: "empty phrase"
        case .notANumber(let near, let offset): "no numeric expression at offset \(offset) (near \"\(near)\")"
        case .trailingText(let parsed, let rest, let offset):
            "\"\(parsed)\" is a numeric expression but \"\(rest)\" at offset \(offset) is not part of it"
        case .tooLarge(let offset, let limit): "number exceeds 10^\(limit) at offset \(offset)"
        }
    }
}
