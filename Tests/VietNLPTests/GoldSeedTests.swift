import Foundation
import Testing
import VietNLP

/// The issue 6 bars, on the hand-written gold of the five seed reports (Tests/Fixtures/README.md):
/// F1 ≥ 0.95 for every numeric label and DOCREF, ≥ 0.85 for ORG, PERSON and LOCATION.
@Suite("Shipped rules against the seed gold")
struct GoldSeedTests {
    static let fixtures: String = {
        var path = #filePath
        for _ in 0..<2 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }  // …/Tests
        return path + "/Fixtures/seeds"
    }()
    static let stems = ["000", "001", "002", "003", "004"]
    static let numericLabels = ["NUMBER", "PERCENT", "MONEY", "QUANTITY", "RATIO", "DATE", "RANGE", "DURATION", "ORDINAL", "DOCREF"]
    static let entityLabels = ["ORG", "PERSON", "LOCATION"]

    static func readLines(_ path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map {
            $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
        }
    }

    /// Extraction over the five seeds, scored once for all tests (or the error that prevented it).
    static let outcome: Result<ExtractionEvaluation, any Error> = Result {
        let extractor = try ExtractionPipeline(rulesDirectory: nil).makeExtractor()
        var evaluation = ExtractionEvaluation()
        for stem in stems {
            let gold = try readLines("\(fixtures)/\(stem).gold.jsonl").filter { !$0.isEmpty }.map { try JSONLines.parse($0) }
            var predicted: [ExtractionRecord] = []
            for (index, line) in try readLines("\(fixtures)/\(stem).txt").enumerated() {
                predicted += extractor.records(in: line, lineNumber: index + 1)
            }
            evaluation.add(gold: gold, predicted: predicted, document: stem)
        }
        return evaluation
    }

    static var evaluation: ExtractionEvaluation { (try? outcome.get()) ?? ExtractionEvaluation() }

    @Test func seedsAndGoldLoad() throws {
        let evaluation = try Self.outcome.get()
        #expect(evaluation.overall.gold > 300)
    }

    static func explain(_ label: String) -> String {
        evaluation.differences.filter { ($0.gold ?? $0.predicted!).label == label && $0.kind != .attributes }
            .prefix(12).map { "\($0.kind) \($0.document) \(($0.gold ?? $0.predicted!).jsonLine)" }
            .joined(separator: "\n")
    }

    @Test(arguments: numericLabels)
    func numericLabelReachesF1Of95(label: String) {
        let score = Self.evaluation.score(for: label)
        if score.gold == 0 {
            #expect(score.predicted == 0, "no \(label) in the gold, but the rules found some:\n\(Self.explain(label))")
        } else {
            #expect((score.f1 ?? 0) >= 0.95, "\(label): P \(score.precision ?? 0) R \(score.recall ?? 0)\n\(Self.explain(label))")
        }
    }

    @Test(arguments: entityLabels)
    func entityLabelReachesF1Of85(label: String) {
        let score = Self.evaluation.score(for: label)
        #expect(score.gold > 0)
        #expect((score.f1 ?? 0) >= 0.85, "\(label): P \(score.precision ?? 0) R \(score.recall ?? 0)\n\(Self.explain(label))")
    }

    @Test func goldOffsetsPointAtTheirText() throws {
        for stem in Self.stems {
            let lines = try Self.readLines("\(Self.fixtures)/\(stem).txt")
            for json in try Self.readLines("\(Self.fixtures)/\(stem).gold.jsonl") where !json.isEmpty {
                let record = try JSONLines.parse(json)
                let scalars = Array(lines[record.line - 1].unicodeScalars)
                let span = String(String.UnicodeScalarView(scalars[record.start..<record.end]))
                #expect(span == record.text, "\(stem):\(record.line)")
            }
        }
    }
}
