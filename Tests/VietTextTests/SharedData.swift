import Foundation

/// Locates ../shared next to the checkout; tests that need it skip with a message when absent.
enum SharedData {
    static var isAvailable: Bool { root != nil }

    static let root: URL? = {
        if let override = ProcessInfo.processInfo.environment["VIETNLP_SHARED"] {
            return URL(fileURLWithPath: override)
        }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }  // …/Tests/VietTextTests/File.swift → checkout
        let shared = url.deletingLastPathComponent().appendingPathComponent("shared")
        return FileManager.default.fileExists(atPath: shared.path) ? shared : nil
    }()

    static func text(_ relative: String) -> String? {
        guard let root else { return nil }
        return try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    static func seeds() -> [String] {
        guard let root else { return [] }
        let dir = root.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.sorted().compactMap { text("seeds/\($0)") }
    }
}
