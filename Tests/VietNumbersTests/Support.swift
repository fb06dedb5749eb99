import Foundation
import Testing

@testable import VietNumbers
import VietTestSupport

/// "LABEL name=value name=value", the compact form the tests compare.
func summary(_ expression: NumericExpression) -> String {
    ([expression.label.rawValue] + expression.attributes.map(\.description)).joined(separator: " ")
}

/// Parses a phrase and returns its summary, or "error: …".
func parsed(_ phrase: String, _ parser: NumberParser = NumberParser()) -> String {
    do {
        return summary(try parser.parse(phrase))
    } catch {
        return "error: \(error)"
    }
}

/// Every expression the scanner finds, as "text → summary".
func scanned(_ text: String, _ parser: NumberParser = NumberParser()) -> [String] {
    parser.scan(text).map { "\($0.text) → \(summary($0))" }
}
