import Foundation
import PackagePlugin

/// Embeds the shipped rules (`Rules/**/*.rules`, `Rules/**/*.txt`) into the target as generated
/// Swift, so `RuleSet.shipped()` works from a binary run anywhere, with no resource bundle to find.
/// The generator reruns when any file it was given changes, and embeds every file under `Rules/` as
/// it finds them then (SwiftPM may keep the file list of an earlier build: see `EmbedRulesTool`).
@main
struct EmbedRules: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let rules = context.package.directoryURL.appending(path: "Rules")
        var inputs: [URL] = []
        if let walker = FileManager.default.enumerator(at: rules, includingPropertiesForKeys: nil) {
            for case let url as URL in walker where url.pathExtension == "rules" || url.pathExtension == "txt" {
                inputs.append(url)
            }
        }
        inputs.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "ShippedRuleSources.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) rule and lexicon files into \(target.name)",
                executable: try context.tool(named: "embed-rules").url,
                arguments: [rules.path, output.path] + inputs.map(\.path),
                inputFiles: inputs,
                outputFiles: [output])
        ]
    }
}
