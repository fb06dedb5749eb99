import Testing

@testable import VietNLP

/// Every `example` and `counter` line of every shipped rule file, run through the full pipeline
/// against the rules embedded in the library (the same ones `viet extract` uses).
@Suite("Shipped rule specs")
struct ShippedRuleSpecTests {
    @Test func shippedRulesCompile() throws {
        do {
            let rules = try RuleSet.shipped()
            #expect(rules.files.count == RuleSet.shippedFiles.count)
        } catch {
            Issue.record("shipped rules do not compile:\n\(error)")
        }
    }

    @Test func everyExampleAndCounterHolds() throws {
        guard let rules = try? RuleSet.shipped() else { return }  // reported by shippedRulesCompile
        let outcomes = Analyzer(rules: rules).runSpecs()
        for outcome in outcomes where !outcome.passed {
            Issue.record(Comment(rawValue: outcome.rendered()))
        }
        #expect(outcomes.count == rules.specs.count)
    }

    @Test func embeddedFilesMatchTheRulesDirectory() throws {
        // The plugin embeds Rules/ at build time; a stale build would fail here.
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        guard let fromDisk = try? RuleSet(directory: path + "/Rules"), let embedded = try? RuleSet.shipped() else { return }
        #expect(fromDisk.ruleNames == embedded.ruleNames)
        #expect(fromDisk.specs.map(\.text) == embedded.specs.map(\.text))
    }
}
