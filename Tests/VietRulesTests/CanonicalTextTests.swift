import Foundation
import Testing

@testable import VietRules

/// ``PatternSyntax/canonical`` is written into one String; it must be the text the former
/// part-by-part definition (kept below as the reference) gives, for every pattern and macro of the
/// shipped rules: shadowing warnings compare these texts.
@Suite struct CanonicalTextTests {
    static func reference(_ predicate: PredicateSyntax) -> String {
        func flags(_ options: TextMatchOptions) -> String {
            (options.contains(.ignoreCase) ? "i" : "") + (options.contains(.ignoreDiacritics) ? "d" : "")
        }
        switch predicate {
        case .literal(let text, let options, _): return "\"\(text)\"\(flags(options))"
        case .regex(let pattern, let insensitive, _): return "/\(pattern)/\(insensitive ? "i" : "")"
        case .lexicon(let name, _): return "@\(name)"
        case .kind(let name, _): return "kind:\(name)"
        case .flag(let name, _): return "is:\(name)"
        case .shape(let shape, _): return "shape:\"\(shape)\""
        case .any: return "_"
        case .not(let inner): return "!\(reference(inner))"
        case .and(let parts): return "[" + parts.map(reference).joined(separator: " & ") + "]"
        case .or(let parts): return "[" + parts.map(reference).joined(separator: " | ") + "]"
        }
    }

    static func reference(_ pattern: PatternSyntax) -> String {
        func operand(_ inner: PatternSyntax) -> String { inner.isAtomic ? reference(inner) : "(\(reference(inner)))" }
        switch pattern {
        case .token(let predicate): return reference(predicate)
        case .phrase(let text, let options, _): return reference(.literal(text, options, SyntaxRange(offset: 0, width: 0)))
        case .lexicon(let name, _): return "@\(name)"
        case .label(let name, _): return name
        case .macro(let name, _): return "<\(name)>"
        case .sequence(let parts): return parts.map(reference).joined(separator: " ")
        case .alternation(let parts): return "(" + parts.map(reference).joined(separator: " | ") + ")"
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
            return operand(inner) + quantifier + (lazy ? "?" : "")
        case .capture(let name, let inner, _): return "\(name):" + operand(inner)
        case .lookaround(let kind, let inner, _):
            let opener: String =
                switch kind {
                case .ahead: "(?="
                case .notAhead: "(?!"
                case .behind: "(?<="
                case .notBehind: "(?<!"
                }
            return opener + reference(inner) + ")"
        case .anchor(let atStart, _): return atStart ? "^" : "$"
        }
    }

    @Test func agreesOnEveryShippedPattern() throws {
        var checked = 0
        for (name, text) in try ShippedRuleFiles.texts(suffix: ".rules") {
            let (syntax, _) = RuleParser.parse(SourceFile(path: name, text: text))
            for pattern in syntax.rules.compactMap(\.pattern) + syntax.macros.map(\.pattern) {
                #expect(pattern.canonical == Self.reference(pattern), "\(name)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test func writesEveryForm() {
        let range = SyntaxRange(offset: 0, width: 0)
        let pattern = PatternSyntax.sequence([
            .token(.and([.literal("Hà", [.ignoreCase, .ignoreDiacritics], range), .not(.regex("^\\d+$", caseInsensitive: true, range))])),
            .repetition(.sequence([.lexicon("X", range), .label("Y", range)]), min: 2, max: 5, lazy: true, range),
            .repetition(.macro("m", range), min: 3, max: nil, lazy: false, range),
            .capture("c", .alternation([.token(.kind("word", range)), .token(.or([.flag("capitalized", range), .shape("Xx", range), .any(range)]))]), range),
            .lookaround(.notBehind, .phrase("Nhà xuất bản", [.ignoreCase], range), range), .anchor(atStart: true, range),
            .repetition(.token(.any(range)), min: 4, max: 4, lazy: false, range),
        ])
        #expect(pattern.canonical == Self.reference(pattern))
        #expect(pattern.canonical.hasPrefix("[\"Hà\"id & !/^\\d+$/i] (@X Y){2,5}? <m>{3,} c:(kind:word | [is:capitalized | shape:\"Xx\" | _])"))
    }
}
