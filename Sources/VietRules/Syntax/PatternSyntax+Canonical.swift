extension PredicateSyntax {
    /// The predicate written back without positions (for shadowing checks and `viet explain`).
    var canonical: String {
        func flags(_ options: TextMatchOptions) -> String {
            (options.contains(.ignoreCase) ? "i" : "") + (options.contains(.ignoreDiacritics) ? "d" : "")
        }
        switch self {
        case .literal(let text, let options, _): return "\"\(text)\"\(flags(options))"
        case .regex(let pattern, let insensitive, _): return "/\(pattern)/\(insensitive ? "i" : "")"
        case .lexicon(let name, _): return "@\(name)"
        case .kind(let name, _): return "kind:\(name)"
        case .flag(let name, _): return "is:\(name)"
        case .shape(let shape, _): return "shape:\"\(shape)\""
        case .any: return "_"
        case .not(let inner): return "!\(inner.canonical)"
        case .and(let parts): return "[" + parts.map(\.canonical).joined(separator: " & ") + "]"
        case .or(let parts): return "[" + parts.map(\.canonical).joined(separator: " | ") + "]"
        }
    }
}

extension PatternSyntax {
    /// The pattern written back without positions.
    var canonical: String {
        switch self {
        case .token(let predicate): return predicate.canonical
        case .phrase(let text, let options, _):
            return PredicateSyntax.literal(text, options, SyntaxRange(offset: 0, width: 0)).canonical
        case .lexicon(let name, _): return "@\(name)"
        case .label(let name, _): return name
        case .macro(let name, _): return "<\(name)>"
        case .sequence(let parts): return parts.map(\.canonical).joined(separator: " ")
        case .alternation(let parts): return "(" + parts.map(\.canonical).joined(separator: " | ") + ")"
        case .repetition(let inner, let minimum, let maximum, let lazy, _):
            let quantifier: String =
                switch (minimum, maximum) {
                case (0, 1): "?"
                case (0, nil): "*"
                case (1, nil): "+"
                case (let low, nil): "{\(low),}"
                case (let low, let high?) where low == high: "{\(low)}"
                case (let low, let high?): "{\(low),\(high)}"
                }
            let body = inner.isAtomic ? inner.canonical : "(\(inner.canonical))"
            return body + quantifier + (lazy ? "?" : "")
        case .capture(let name, let inner, _): return "\(name):" + (inner.isAtomic ? inner.canonical : "(\(inner.canonical))")
        case .lookaround(let kind, let inner, _):
            let opener =
                switch kind {
                case .ahead: "(?="
                case .notAhead: "(?!"
                case .behind: "(?<="
                case .notBehind: "(?<!"
                }
            return opener + inner.canonical + ")"
        case .anchor(let atStart, _): return atStart ? "^" : "$"
        }
    }

    var isAtomic: Bool {
        switch self {
        case .sequence, .repetition, .capture: false
        case .alternation: true
        default: true
        }
    }
}
