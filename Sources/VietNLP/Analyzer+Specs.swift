import VietNumbers

/// The result of running one `example` or `counter` line of a rule file.
public struct SpecOutcome: Sendable {
    /// The spec that ran.
    public let spec: RuleSpec
    /// Whether it held.
    public let passed: Bool
    /// What went wrong, in one line (nil when it passed).
    public let problem: String?
    /// Every match the rules produced on the spec's text.
    public let actual: [Match]

    /// A failure report: location, problem, and expected versus actual matches.
    public func rendered() -> String {
        var lines = ["\(spec.location): \(spec.kind == .example ? "example" : "counter") of rule '\(spec.ruleName)' failed: \(problem ?? "")"]
        lines.append("  text:     \"\(spec.text)\"")
        switch spec.kind {
        case .example:
            let expected = ([spec.label, "\"\(spec.expectedText ?? spec.text.trimmingSpaces)\""] + spec.attributes.map(\.description))
            lines.append("  - expected: " + expected.joined(separator: " "))
        case .counter:
            lines.append("  - expected: no \(spec.label) match")
        }
        if actual.isEmpty { lines.append("  + actual:   (no matches)") }
        for (index, match) in actual.enumerated() {
            let described = ([match.label, "\"\(match.text)\""] + match.attributes.map(\.description)).joined(separator: " ")
            lines.append((index == 0 ? "  + actual:   " : "              ") + described + "  (rule \(match.rule))")
        }
        return lines.joined(separator: "\n")
    }
}

extension Analyzer {
    /// Runs every `example` and `counter` of the analyzer's rules.
    ///
    /// ```swift
    /// let failures = Analyzer(rules: try RuleSet(directory: "Rules")).runSpecs().filter { !$0.passed }
    /// for failure in failures { print(failure.rendered()) }
    /// ```
    /// - Returns: one outcome per spec, in file order.
    public func runSpecs() -> [SpecOutcome] {
        let session = makeSession()
        return rules.specs.map { check($0, session: session) }
    }

    /// Checks one spec. An example passes when some match has its label, covers its text (the whole
    /// line, trimmed, unless a text is given after the label) and has every listed attribute value
    /// (`attr=nil`: the attribute is absent; numbers compare by value, so 47.130 equals 47.13).
    /// A counter passes when no match has the rule's label.
    public func check(_ spec: RuleSpec, session: AnalyzerSession? = nil) -> SpecOutcome {
        let matches = (session ?? makeSession()).analyze(spec.text).matches
        switch spec.kind {
        case .counter:
            let offending = matches.filter { $0.label == spec.label }
            return SpecOutcome(
                spec: spec, passed: offending.isEmpty,
                problem: offending.first.map { "found \(spec.label) \"\($0.text)\" (rule \($0.rule))" }, actual: matches)
        case .example:
            let expectedText = spec.expectedText ?? spec.text.trimmingSpaces
            let sameSpan = matches.filter { $0.label == spec.label && $0.text == expectedText }
            guard !sameSpan.isEmpty else {
                let sameLabel = matches.filter { $0.label == spec.label }
                let problem =
                    sameLabel.isEmpty
                    ? "no \(spec.label) match"
                    : "no \(spec.label) match covers \"\(expectedText)\" (found \(sameLabel.map { "\"\($0.text)\"" }.joined(separator: ", ")))"
                return SpecOutcome(spec: spec, passed: false, problem: problem, actual: matches)
            }
            var firstMismatch: String?
            for match in sameSpan {
                let mismatches = spec.attributes.compactMap { expected -> String? in
                    let actual = match[attribute: expected.name]
                    if expected.value == "nil" {
                        return actual.map { "\(expected.name) should be absent but is \($0)" }
                    }
                    guard let actual else { return "\(expected.name) is missing (expected \(expected.value))" }
                    if actual == expected.value { return nil }
                    if let a = ExactDecimal(actual), let b = ExactDecimal(expected.value), a == b { return nil }
                    return "\(expected.name) is \(actual), expected \(expected.value)"
                }
                if mismatches.isEmpty { return SpecOutcome(spec: spec, passed: true, problem: nil, actual: matches) }
                firstMismatch = firstMismatch ?? mismatches.joined(separator: "; ")
            }
            return SpecOutcome(spec: spec, passed: false, problem: firstMismatch, actual: matches)
        }
    }
}

extension String {
    /// Without leading and trailing whitespace.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
