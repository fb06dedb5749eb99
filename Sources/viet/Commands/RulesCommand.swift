import ArgumentParser
import VietNLP

/// `viet rules`: tools for rule authors.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "Check and test .rules files (see Rules/README.md for the language).",
        subcommands: [RulesCheckCommand.self, RulesTestCommand.self]
    )
}

/// Loads rules from a directory, or the shipped ones when `directory` is nil; prints every
/// diagnostic to stderr and throws exit code 65 when there are errors.
func loadRules(_ directory: String?, showWarnings: Bool = true) throws -> RuleSet {
    var standardError = StandardError()
    do throws(RuleLoadError) {
        let rules: RuleSet
        if let directory { rules = try RuleSet(directory: directory) } else { rules = try RuleSet.shipped() }
        if showWarnings {
            for warning in rules.warnings { print(warning.rendered() + "\n", to: &standardError) }
        }
        return rules
    } catch {
        for diagnostic in error.diagnostics { print(diagnostic.rendered() + "\n", to: &standardError) }
        let errors = error.errors.count
        let warnings = error.diagnostics.count - errors
        print("viet: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")", to: &standardError)
        throw ExitCode(65)
    }
}
