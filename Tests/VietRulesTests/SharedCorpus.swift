import Foundation

/// The first lines of the Wikipedia corpus in ../shared/data/corpus (gzipped), for tests that compare
/// a fast path with the general one over real words; nil when ../shared is absent (the tests skip).
enum SharedCorpus {
    /// The gzipped corpus: ../shared next to the checkout, or `VIETNLP_SHARED`.
    static let wikipedia: URL? = {
        var checkout = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { checkout.deleteLastPathComponent() }  // …/Tests/VietRulesTests/File.swift → checkout
        let shared = ProcessInfo.processInfo.environment["VIETNLP_SHARED"].map { URL(fileURLWithPath: $0) }
            ?? checkout.deletingLastPathComponent().appendingPathComponent("shared")
        let url = shared.appendingPathComponent("data/corpus/viwiki.txt.gz")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }()

    /// The corpus's first `count` lines (gzip reads no further: it stops when `head` closes the pipe).
    static func firstLines(_ count: Int) throws -> [String] {
        guard let url = wikipedia else { return [] }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -dc '\(url.path)' 2>/dev/null | head -n \(count)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
