import Foundation

/// The project's shared data beside the checkout (`../shared`: seeds, treebanks, test suites, corpora),
/// which tests read but the package never ships. `VIETNLP_SHARED` points elsewhere. Tests that need
/// it are enabled only when their file is present, so a checkout without it skips them with a message
/// instead of failing.
public enum SharedData {
    /// `$VIETNLP_SHARED`, or `../shared` next to the checkout; nil when neither exists.
    public static let root: URL? = {
        var checkout = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { checkout.deleteLastPathComponent() }  // …/Tests/VietTestSupport/SharedData.swift → checkout
        let shared = ProcessInfo.processInfo.environment["VIETNLP_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? checkout.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
    }()

    /// Whether the shared directory exists at all.
    public static var isAvailable: Bool { root != nil }

    /// The file or directory at `relative` ("data/ud-vtb/vi_vtb-ud-test.conllu"), nil when absent.
    public static func url(_ relative: String) -> URL? {
        guard let root else { return nil }
        let url = root.appendingPathComponent(relative)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// The UTF-8 text of the file at `relative`, nil when absent or unreadable.
    public static func text(_ relative: String) -> String? {
        guard let url = url(relative) else { return nil }
        return try? String(contentsOf: url, encoding: .utf8)
    }

    /// The texts of the seed reports (`seeds/*`), in file-name order; empty when absent.
    public static func seeds() -> [String] {
        guard let directory = url("seeds") else { return [] }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.sorted().compactMap { text("seeds/\($0)") }
    }

    /// How much of a gzipped corpus ``firstLines(of:_:)`` reads.
    public enum Prefix: Sendable {
        /// The first lines.
        case lines(Int)
        /// The whole lines within the first megabytes (10⁶ bytes).
        case megabytes(Int)
    }

    /// The first lines of the gzipped corpus at `relative` ("data/corpus/viwiki.txt.gz"), read through
    /// `gzip -dc | head`, so that only the prefix is decompressed (gzip stops when `head` closes the
    /// pipe); empty when the file is absent.
    public static func firstLines(of relative: String, _ prefix: Prefix) throws -> [String] {
        guard let url = url(relative) else { return [] }
        let head: String
        switch prefix {
        case .lines(let count): head = "head -n \(count)"
        case .megabytes(let count): head = "head -c \(count * 1_000_000)"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -dc '\(url.path)' 2>/dev/null | \(head)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        var lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // A byte prefix ends inside a line (or after the last newline, in an empty string): drop it.
        if case .megabytes = prefix, !lines.isEmpty { lines.removeLast() }
        return lines.filter { !$0.isEmpty }
    }
}
