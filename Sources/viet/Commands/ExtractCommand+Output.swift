#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import VietNLP

extension ExtractCommand {
    /// The header of `--format table`, whose first column begins with the file's path when
    /// `withFilename`.
    static func tableHeader(withFilename: Bool) -> String {
        pad(withFilename ? "FILE:LINE:START-END" : "LINE:START-END", 16) + pad("LABEL", 10) + pad("TEXT", 36) + "ATTRIBUTES"
    }

    /// One `--format table` row: position (after the file's path, with `--with-filename`), label,
    /// text (padded to line up in a terminal) and `name=value` attributes. Columns are fixed-width
    /// because output streams: a wider cell pushes only its own row.
    static func appendTableRow(_ record: ExtractionRecord, to bytes: inout [UInt8]) {
        var row = pad((record.file.map { "\($0):" } ?? "") + "\(record.line):\(record.start)-\(record.end)", 16)
        row += pad(record.label, 10)
        row += pad(record.text, 36)
        row += record.attributes.map { "\($0.name)=\($0.value)" }.joined(separator: " ")
        while row.last == " " { row.removeLast() }
        bytes.append(contentsOf: row.utf8)
        bytes.append(0x0A)
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        // Tabs and newlines inside a span would break the columns: show them as spaces.
        let flat = String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 ? " " : $0 }))
        let count = flat.unicodeScalars.count
        return flat + String(repeating: " ", count: max(1, width - count))
    }
}

/// A one-line progress report on stderr ("\r12 345 lines, 18.2 MB, 24.1 MB/s"), refreshed at most
/// twice a second, and only when stderr is a terminal, so logs and pipes never see it.
final class Progress: @unchecked Sendable {
    // @unchecked: only the thread that reads input calls `advance` and `clear`.
    private let enabled: Bool
    private var lines = 0
    private var bytes = 0
    private var shown = false
    private let started = ContinuousClock.now
    private var lastShown = ContinuousClock.now

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func advance(lines: Int, bytes: Int) {
        guard enabled else { return }
        self.lines += lines
        self.bytes += bytes
        let now = ContinuousClock.now
        // Short runs print nothing: the first report comes after a second of work.
        guard now - started >= .seconds(1), now - lastShown >= .milliseconds(500) else { return }
        lastShown = now
        let elapsed = now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let megabytes = Double(self.bytes) / 1e6
        let text = "\r\(self.lines) lines, \(Self.format(megabytes)) MB, \(Self.format(megabytes / seconds)) MB/s "
        var standardError = StandardError()
        standardError.write(text)
        shown = true
    }

    /// Erases the progress line, so the terminal is clean for the shell prompt or an error.
    func clear() {
        guard shown else { return }
        var standardError = StandardError()
        standardError.write("\r\u{1B}[K")
        shown = false
    }

    private static func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }
}
