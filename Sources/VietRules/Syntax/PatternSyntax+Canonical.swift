// The canonical texts are written as UTF-8 into one growing byte array, made a String once:
// building each part as its own String and joining them cost ~29 000 instructions per rule
// pattern (the compiler writes every pattern out to find shadowed rules), and appending to one
// String (~350 instructions an append) still ~20 000.

extension Array where Element == UInt8 {
    /// Appends the UTF-8 of `text`.
    fileprivate static func += (output: inout [UInt8], text: String) {
        output.append(contentsOf: text.utf8)
    }
}

extension PredicateSyntax {
    /// The predicate written back without positions (for shadowing checks and `viet explain`).
    var canonical: String {
        var output: [UInt8] = []
        writeCanonical(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends ``canonical`` to `output`.
    func writeCanonical(to output: inout [UInt8]) {
        func flags(_ options: TextMatchOptions) {
            if options.contains(.ignoreCase) { output += "i" }
            if options.contains(.ignoreDiacritics) { output += "d" }
        }
        func list(_ parts: [PredicateSyntax], separator: String) {
            output += "["
            for (index, part) in parts.enumerated() {
                if index > 0 { output += separator }
                part.writeCanonical(to: &output)
            }
            output += "]"
        }
        switch self {
        case .literal(let text, let options, _):
            output += "\""
            output += text
            output += "\""
            flags(options)
        case .regex(let pattern, let insensitive, _):
            output += "/"
            output += pattern
            output += insensitive ? "/i" : "/"
        case .lexicon(let name, _): output += "@" + name
        case .kind(let name, _): output += "kind:" + name
        case .flag(let name, _): output += "is:" + name
        case .shape(let shape, _):
            output += "shape:\""
            output += shape
            output += "\""
        case .any: output += "_"
        case .not(let inner):
            output += "!"
            inner.writeCanonical(to: &output)
        case .and(let parts): list(parts, separator: " & ")
        case .or(let parts): list(parts, separator: " | ")
        }
    }
}

extension PatternSyntax {
    /// The pattern written back without positions.
    var canonical: String {
        var output: [UInt8] = []
        writeCanonical(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends ``canonical`` to `output`.
    func writeCanonical(to output: inout [UInt8]) {
        func list(_ parts: [PatternSyntax], separator: String) {
            for (index, part) in parts.enumerated() {
                if index > 0 { output += separator }
                part.writeCanonical(to: &output)
            }
        }
        /// `inner`, in parentheses unless atomic.
        func operand(_ inner: PatternSyntax) {
            if inner.isAtomic {
                inner.writeCanonical(to: &output)
            } else {
                output += "("
                inner.writeCanonical(to: &output)
                output += ")"
            }
        }
        switch self {
        case .token(let predicate): predicate.writeCanonical(to: &output)
        case .phrase(let text, let options, _):
            PredicateSyntax.literal(text, options, SyntaxRange(offset: 0, width: 0)).writeCanonical(to: &output)
        case .lexicon(let name, _): output += "@" + name
        case .label(let name, _): output += name
        case .macro(let name, _):
            output += "<"
            output += name
            output += ">"
        case .sequence(let parts): list(parts, separator: " ")
        case .alternation(let parts):
            output += "("
            list(parts, separator: " | ")
            output += ")"
        case .repetition(let inner, let minimum, let maximum, let lazy, _):
            operand(inner)
            switch (minimum, maximum) {
            case (0, 1): output += "?"
            case (0, nil): output += "*"
            case (1, nil): output += "+"
            case (let low, nil): output += "{\(low),}"
            case (let low, let high?) where low == high: output += "{\(low)}"
            case (let low, let high?): output += "{\(low),\(high)}"
            }
            if lazy { output += "?" }
        case .capture(let name, let inner, _):
            output += name
            output += ":"
            operand(inner)
        case .lookaround(let kind, let inner, _):
            switch kind {
            case .ahead: output += "(?="
            case .notAhead: output += "(?!"
            case .behind: output += "(?<="
            case .notBehind: output += "(?<!"
            }
            inner.writeCanonical(to: &output)
            output += ")"
        case .anchor(let atStart, _): output += atStart ? "^" : "$"
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
