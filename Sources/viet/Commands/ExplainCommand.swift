import ArgumentParser
import VietNLP

/// `viet explain`: why the rules found what they found in one text.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show the tokens, number spans and matches of a text, where each rule stopped, and why matches lost overlaps.",
        discussion: """
            Examples:
              viet explain "Tổng doanh thu đạt hơn 735,3 tỷ đồng"
              viet explain --rules my-rules --rule money "hơn 1,6 tỷ đồng"
            """
    )

    @Option(help: "Directory of .rules files (the shipped rules when omitted).")
    var rules: String?

    @Option(help: "Only report on this rule.")
    var rule: String?

    @Flag(help: "Also list rules that were never started.")
    var all = false

    @Argument(help: "The text to explain (one line).")
    var text: String

    func run() throws {
        let ruleSet = try loadRules(rules, showWarnings: false)
        let session = Analyzer(rules: ruleSet).makeSession()
        let trace = MatchTrace()
        let document = session.analyze(text, trace: trace)
        let tokenized = document.tokenized

        print("Tokens")
        print(pad("#", 4) + pad("text", 22) + pad("kind", 14) + pad("scalars", 10) + "flags")
        for (index, token) in tokenized.tokens.enumerated() {
            let flags = token.flags.names.joined(separator: ",")
            print(
                pad(String(index), 4) + pad(String(tokenized.text(of: token)), 22) + pad(token.kind.description, 14)
                    + pad("\(token.scalarRange.lowerBound)..<\(token.scalarRange.upperBound)", 10) + flags)
        }
        print("\nNumber spans (visible to rules as labels)")
        if document.numbers.isEmpty { print("  (none)") }
        for number in document.numbers {
            let range = number.tokenRange.map { "tokens \($0.lowerBound)..<\($0.upperBound)" } ?? ""
            print("  \(number.label.rawValue) \"\(number.text)\" " + number.attributes.map(\.description).joined(separator: " ") + "  \(range)")
        }
        print("\nMatches")
        if document.matches.isEmpty { print("  (none)") }
        for match in document.matches { print("  \(match)") }

        print("\nRules")
        for report in trace.reports where rule == nil || report.rule == rule {
            if report.starts == 0, !all, rule == nil { continue }
            var line = "  \(report.rule) [\(report.phase)]: started \(report.starts)×, \(report.candidates) candidate\(report.candidates == 1 ? "" : "s"), \(report.matches) kept"
            if let stop = report.furthest, report.matches == 0 || rule != nil {
                let at =
                    stop.token < tokenized.tokens.count
                    ? "token \(stop.token) \"\(tokenized.text(of: tokenized.tokens[stop.token]))\"" : "the end of the line"
                line += "; furthest attempt from token \(stop.startToken) stopped at \(at), expecting \(stop.expected)"
            }
            print(line)
        }
        if !trace.losses.isEmpty {
            print("\nOverlaps lost")
            for loss in trace.losses where rule == nil || loss.loser.rule == rule || loss.winner.rule == rule {
                print("  \(loss.loser)\n    lost to \(loss.winner)\n    because it is \(loss.reason)")
            }
        }
        if !trace.emitFailures.isEmpty {
            print("\nCandidates dropped because emit failed")
            for failure in trace.emitFailures where rule == nil || failure.rule == rule {
                print("  \(failure.rule) on \"\(failure.text)\": \(failure.message)")
            }
        }
    }

    private func pad(_ text: String, _ width: Int) -> String {
        let count = text.unicodeScalars.count
        return count >= width ? text + " " : text + String(repeating: " ", count: width - count)
    }
}
