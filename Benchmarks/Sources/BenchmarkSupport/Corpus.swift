import Foundation

/// The benchmark corpora from ../shared/data/corpus, decompressed once into a cache file.
///
/// Set `VIETNLP_SHARED` to point at another copy of `shared/`; set `VIETNLP_BENCH_MB` to change
/// how many megabytes of each corpus the benchmarks use (default 20).
public enum Corpus {
    public static let shared: URL = {
        if let path = ProcessInfo.processInfo.environment["VIETNLP_SHARED"] { return URL(fileURLWithPath: path) }
        return checkout.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// The repository checkout these benchmarks are part of (its `Rules/`, beside `shared/`).
    public static let checkout: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()  // Benchmarks/
        .deletingLastPathComponent()

    /// Megabytes of each corpus to use.
    public static let megabytes: Int = Int(ProcessInfo.processInfo.environment["VIETNLP_BENCH_MB"] ?? "") ?? 20

    /// The first `megabytes` MB of the legal corpus, cut at a line end.
    public static let legal: String = load("legal-phapdien.md.gz")

    /// The first `megabytes` MB of Vietnamese Wikipedia, cut at a line end.
    public static let wiki: String = load("viwiki.txt.gz")

    /// The lines of the legal corpus (non-empty).
    public static let legalLines: [String] = legal.split(separator: "\n").map(String.init)

    private static func load(_ name: String) -> String {
        let source = shared.appendingPathComponent("data/corpus/\(name)")
        let cache = URL(fileURLWithPath: NSTemporaryDirectory())
            .appendingPathComponent("vietnlp-bench-\(megabytes)MB-\(name.replacingOccurrences(of: ".gz", with: ""))")
        if let data = try? Data(contentsOf: cache) { return String(decoding: data, as: UTF8.self) }
        guard FileManager.default.fileExists(atPath: source.path) else {
            fatalError("benchmark corpus \(source.path) is missing; set VIETNLP_SHARED to the shared/ folder")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -dc '\(source.path)' | head -c \(megabytes * 1_000_000)"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try! process.run()
        var data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if let lastNewline = data.lastIndex(of: 0x0A) { data = data.prefix(through: lastNewline) }
        try? data.write(to: cache)
        return String(decoding: data, as: UTF8.self)
    }
}
