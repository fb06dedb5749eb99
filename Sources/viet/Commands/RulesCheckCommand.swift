import ArgumentParser
import VietNLP

/// `viet rules check DIR`: compile the rules and report every error and warning.
struct RulesCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Compile rule files and print every error and warning with file:line:column.",
        discussion: """
            Exit code 0 when the rules compile (warnings allowed), 65 when any file has an \
            error.
            Examples:
              viet rules check Rules
              viet rules check --strict my-rules/     # warnings fail too
            """
    )

    @Argument(help: "Directory holding .rules files (and lexicons/*.txt). The shipped rules when omitted.")
    var directory: String?

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    func run() throws {
        let rules = try loadRules(directory)
        let specs = rules.specs
        print(
            "\(rules.files.count) files, \(rules.ruleNames.count) rules in \(rules.phaseNames.count) phases (\(rules.phaseNames.joined(separator: " → "))), "
                + "\(rules.lexiconEntryCount) lexicon entries, \(specs.count) examples/counters: ok"
                + (rules.warnings.isEmpty ? "" : " with \(rules.warnings.count) warning\(rules.warnings.count == 1 ? "" : "s")"))
        if strict, !rules.warnings.isEmpty { throw ExitCode(65) }
    }
}
