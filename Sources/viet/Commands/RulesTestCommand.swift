import ArgumentParser
import VietNLP

/// `viet rules test DIR`: run every example and counter line.
struct RulesTestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test",
        abstract: "Run every `example` and `counter` line of the rule files through the full pipeline.",
        discussion: """
            Prints each failure with its position and a diff of expected (-) against actual (+) \
            matches, then a summary. Exit code 0 when all pass, 1 when any fails, 65 when the rules do \
            not compile.
            Examples:
              viet rules test Rules
              viet rules test --rule money Rules
            """
    )

    @Argument(help: "Directory holding .rules files. The shipped rules when omitted.")
    var directory: String?

    @Option(help: "Only the specs of this rule.")
    var rule: String?

    @Flag(help: "Also list the specs that pass.")
    var verbose = false

    func run() throws {
        let rules = try loadRules(directory, showWarnings: false)
        let analyzer = Analyzer(rules: rules)
        let session = analyzer.makeSession()
        var failed = 0
        var count = 0
        for spec in rules.specs where rule == nil || spec.ruleName == rule {
            count += 1
            let outcome = analyzer.check(spec, session: session)
            if outcome.passed {
                if verbose { print("ok   \(spec.location) \(spec.ruleName): \"\(spec.text)\"") }
            } else {
                failed += 1
                print(outcome.rendered() + "\n")
            }
        }
        print("\(count - failed) of \(count) examples and counters passed" + (failed > 0 ? ", \(failed) failed" : ""))
        if failed > 0 { throw ExitCode(1) }
    }
}
