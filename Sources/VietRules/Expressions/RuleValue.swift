import VietNumbers

/// A value computed by an `emit` expression.
enum RuleValue: Sendable, Hashable {
    case text(String)
    case number(ExactDecimal)
    case bool(Bool)
    /// No value: an optional capture that did not match, `nil`, a missing attribute.
    case absent

    /// The attribute string printed for the value; nil for `absent` (the attribute is left out).
    var attributeText: String? {
        switch self {
        case .text(let text): text
        case .number(let number): number.description
        case .bool(let flag): flag ? "true" : "false"
        case .absent: nil
        }
    }

    /// Truth in a condition: present and not false/empty.
    var isTruthy: Bool {
        switch self {
        case .text(let text): !text.isEmpty
        case .number: true
        case .bool(let flag): flag
        case .absent: false
        }
    }
}

/// The static type of an expression, checked when rules load.
enum ValueType: Sendable, Hashable, CustomStringConvertible {
    case text
    case number
    case bool
    /// Only `nil`.
    case none
    /// An attribute of an earlier match: text that converts to a number where one is needed.
    case attribute

    var description: String {
        switch self {
        case .text: "text"
        case .number: "number"
        case .bool: "bool"
        case .none: "nil"
        case .attribute: "attribute"
        }
    }
}

/// Why an expression produced no value at run time (the candidate match is then dropped).
struct EvaluationFailure: Error, Sendable {
    let message: String
}
