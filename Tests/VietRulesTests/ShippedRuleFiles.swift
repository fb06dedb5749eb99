import Foundation

/// The files of the checkout's `Rules` directory, for tests that run over everything shipped.
enum ShippedRuleFiles {
    /// The checkout's `Rules` directory.
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Rules")

    /// The name and text of every file whose name ends in `suffix` in `Rules/` + `subdirectory`.
    static func texts(in subdirectory: String = "", suffix: String) throws -> [(name: String, text: String)] {
        let directory = directory.appendingPathComponent(subdirectory)
        return try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(suffix) }.sorted().map {
            ($0, try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8))
        }
    }
}
