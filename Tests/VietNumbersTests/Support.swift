import Foundation
import Testing

@testable import VietNumbers

/// Locates ../shared next to the checkout (override with VIETNLP_SHARED); tests that need it skip when absent.
enum SharedData {
    static let root: URL? = {
        if let override = ProcessInfo.processInfo.environment["VIETNLP_SHARED"] {
            return URL(fileURLWithPath: override)
        }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // …/Tests/VietNumbersTests/File.swift → checkout
        let shared = url.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
    }()

    static func url(_ relative: String) -> URL? {
        guard let root else { return nil }
        let url = root.appendingPathComponent(relative)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }
}

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
