/// Where a piece of syntax is: UTF-8 offset and width in scalars, for diagnostics.
struct SyntaxRange: Sendable, Hashable {
    var offset: Int
    var width: Int

    init(_ token: SyntaxToken) {
        offset = token.offset
        width = token.width
    }

    init(offset: Int, width: Int) {
        self.offset = offset
        self.width = width
    }
}

/// How literal text is compared with a token.
struct TextMatchOptions: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    /// "Hà Nội"i matches "HÀ NỘI".
    static let ignoreCase = TextMatchOptions(rawValue: 1)
    /// "Đà Nẵng"d matches "Da Nang" (đ → d, tone and vowel marks removed).
    static let ignoreDiacritics = TextMatchOptions(rawValue: 2)
}

/// A single-token test, written inside `[…]` or directly in a pattern.
indirect enum PredicateSyntax: Sendable, Hashable {
    case literal(String, TextMatchOptions, SyntaxRange)
    case regex(String, caseInsensitive: Bool, SyntaxRange)
    /// A one-token entry of a lexicon (`[@ORG_WORD]`).
    case lexicon(String, SyntaxRange)
    case kind(String, SyntaxRange)
    case flag(String, SyntaxRange)
    case shape(String, SyntaxRange)
    case any(SyntaxRange)
    case not(PredicateSyntax)
    case and([PredicateSyntax])
    case or([PredicateSyntax])

    var range: SyntaxRange {
        switch self {
        case .literal(_, _, let range), .regex(_, _, let range), .lexicon(_, let range), .kind(_, let range),
            .flag(_, let range), .shape(_, let range), .any(let range):
            range
        case .not(let inner): inner.range
        case .and(let parts), .or(let parts): parts.first?.range ?? SyntaxRange(offset: 0, width: 1)
        }
    }
}

/// The kinds of zero-width look-around.
enum LookaroundKind: Sendable, Hashable {
    case ahead, notAhead, behind, notBehind

    var isBehind: Bool { self == .behind || self == .notBehind }
    var isNegative: Bool { self == .notAhead || self == .notBehind }
}

/// A pattern as written, before macros and names are resolved.
indirect enum PatternSyntax: Sendable, Hashable {
    /// One token satisfying a predicate (literals, regexes, kinds, flags, `_`, `[…]`).
    case token(PredicateSyntax)
    /// A literal with spaces or punctuation inside, matched across tokens ("tỷ đồng", "TT&TT").
    case phrase(String, TextMatchOptions, SyntaxRange)
    /// `@NAME`: an entry of a lexicon, possibly several tokens long.
    case lexicon(String, SyntaxRange)
    /// `NUMBER`: a span labelled by an earlier phase.
    case label(String, SyntaxRange)
    /// `<name>`: a named sub-pattern.
    case macro(String, SyntaxRange)
    case sequence([PatternSyntax])
    case alternation([PatternSyntax])
    case repetition(PatternSyntax, min: Int, max: Int?, lazy: Bool, SyntaxRange)
    case capture(String, PatternSyntax, SyntaxRange)
    case lookaround(LookaroundKind, PatternSyntax, SyntaxRange)
    /// `^` (start of line) or `$` (end of line).
    case anchor(atStart: Bool, SyntaxRange)

    var range: SyntaxRange {
        switch self {
        case .token(let predicate): predicate.range
        case .phrase(_, _, let range), .lexicon(_, let range), .label(_, let range), .macro(_, let range),
            .repetition(_, _, _, _, let range), .capture(_, _, let range), .lookaround(_, _, let range),
            .anchor(_, let range):
            range
        case .sequence(let parts), .alternation(let parts): parts.first?.range ?? SyntaxRange(offset: 0, width: 1)
        }
    }
}
