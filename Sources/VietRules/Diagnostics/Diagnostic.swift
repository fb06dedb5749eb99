/// A problem found while loading rules: where, what, and how to fix it.
///
/// ```swift
/// do { _ = try RuleSet(source: "rule a match @NOPE") }
/// catch let error as RuleLoadError {
///     print(error.diagnostics[0].rendered())
///     // <string>:1:14: error: unknown lexicon '@NOPE'
///     //     1 | rule a match @NOPE
///     //       |              ^~~~~
/// }
/// ```
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad the problem is.
    public enum Severity: String, Sendable, Hashable {
        /// The rule set cannot be built.
        case error
        /// The rule set works, but something is probably not what the author meant.
        case warning
    }

    /// Error or warning.
    public let severity: Severity
    /// Where the problem starts.
    public let location: SourceLocation
    /// Number of Unicode scalars the caret underlines (at least 1).
    public let length: Int
    /// What is wrong, in one sentence.
    public let message: String
    /// How to fix it, when there is a likely fix.
    public let hint: String?
    /// The source line the problem is on (for the caret display).
    public let sourceLine: String

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, at location: SourceLocation, length: Int = 1, message: String, hint: String? = nil,
        sourceLine: String
    ) {
        self.severity = severity
        self.location = location
        self.length = max(1, length)
        self.message = message
        self.hint = hint
        self.sourceLine = sourceLine
    }

    /// `file:line:column: severity: message`.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }

    /// The compiler-style block: header, the source line with a caret under the problem, the hint.
    public func rendered() -> String {
        let number = String(location.line)
        let gutter = String(repeating: " ", count: number.count)
        // Tabs keep their width so the caret lines up under them.
        let prefix = sourceLine.unicodeScalars.prefix(max(0, location.column - 1))
            .map { $0 == "\t" ? "\t" : " " }.joined()
        let available = max(1, sourceLine.unicodeScalars.count - (location.column - 1))
        let underline = "^" + String(repeating: "~", count: max(0, min(length, available) - 1))
        var lines = [
            description,
            " \(number) | \(sourceLine)",
            " \(gutter) | \(prefix)\(underline)",
        ]
        if let hint { lines.append(" \(gutter) = hint: \(hint)") }
        return lines.joined(separator: "\n")
    }
}

/// Thrown when rule files have errors; carries every diagnostic found (errors and warnings), not
/// only the first.
public struct RuleLoadError: Error, Sendable, CustomStringConvertible {
    /// All diagnostics, in file and position order.
    public let diagnostics: [Diagnostic]

    /// Only the errors.
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

    public var description: String {
        diagnostics.map { $0.rendered() }.joined(separator: "\n\n")
    }
}

/// Collects diagnostics for one file, each once: a sub-pattern (`define`) is compiled wherever it is
/// used, and its problem is one problem however often it is used.
struct DiagnosticSink {
    let file: SourceFile
    var diagnostics: [Diagnostic] = []
    private var reported: Set<Diagnostic> = []

    init(file: SourceFile) { self.file = file }

    mutating func error(at byteOffset: Int, length: Int = 1, _ message: String, hint: String? = nil) {
        add(.error, at: byteOffset, length: length, message, hint: hint)
    }

    mutating func warning(at byteOffset: Int, length: Int = 1, _ message: String, hint: String? = nil) {
        add(.warning, at: byteOffset, length: length, message, hint: hint)
    }

    mutating func add(_ severity: Diagnostic.Severity, at byteOffset: Int, length: Int, _ message: String, hint: String?) {
        let location = file.location(ofByte: byteOffset)
        let diagnostic = Diagnostic(
            severity, at: location, length: length, message: message, hint: hint, sourceLine: file.line(location.line))
        if reported.insert(diagnostic).inserted { diagnostics.append(diagnostic) }
    }
}
