import ArgumentParser
import VietNLP

/// `viet eval extract`: precision, recall and F1 per label of extraction against gold JSON lines.
struct EvalExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Score extraction against gold JSON lines: precision, recall, F1 per label, attribute accuracy.",
        discussion: """
            A prediction is correct when its line, start, end and label equal a gold record's (exact \
            span). Attributes are scored separately on the correct spans: each attribute the gold names \
            must have the same value; attributes the gold does not name are ignored.
            Predictions come from, for each GOLD file in order:
              - the next --predicted file (JSON lines, as `viet extract` prints them), or
              - running the rules (--rules DIR, default the shipped ones) on the next
                --input text file, or
              - running them on the text file next to the gold: X.gold.jsonl → X.txt.
            Examples:
              viet eval extract Tests/Fixtures/seeds/*.gold.jsonl
              viet eval extract gold.jsonl --predicted pred.jsonl --errors
              viet eval extract gold.jsonl --input report.txt --rules MyRules/
            Exit code 1 when --min-f1 is given and a label with gold records scores below it.
            """
    )

    @Argument(help: "Gold files in the `viet extract` JSON-lines format.")
    var gold: [String]

    @Option(name: .customLong("predicted"), help: "Predicted JSON lines, one per gold file, in order.")
    var predicted: [String] = []

    @Option(name: .customLong("input"), help: "Text to extract from, one per gold file, in order.")
    var inputs: [String] = []

    @Option(help: "A directory of .rules files instead of the shipped rules.")
    var rules: String?

    @Option(help: "Only score these labels (comma-separated).")
    var labels: String?

    @Flag(help: "List every missed, spurious and attribute-mismatched record.")
    var errors = false

    @Option(help: "Fail (exit 1) when any label that has gold records scores an F1 below this.")
    var minF1: Double?

    func validate() throws {
        guard !gold.isEmpty else { throw ValidationError("give at least one gold file") }
        if !predicted.isEmpty && predicted.count != gold.count {
            throw ValidationError("\(gold.count) gold files but \(predicted.count) --predicted files")
        }
        if !inputs.isEmpty && inputs.count != gold.count {
            throw ValidationError("\(gold.count) gold files but \(inputs.count) --input files")
        }
        if !predicted.isEmpty && (!inputs.isEmpty || rules != nil) {
            throw ValidationError("--predicted cannot be combined with --input or --rules")
        }
    }

    func run() throws {
        let output = OutputWriter()
        let wanted = labels.map { Set($0.split(separator: ",").map { $0.uppercased() }) }
        var evaluation = ExtractionEvaluation()
        try reportingErrors(output) {
            let pipeline = predicted.isEmpty ? try loadPipeline() : nil
            for (index, goldPath) in gold.enumerated() {
                let goldRecords = try Self.readRecords(goldPath)
                let predictedRecords: [ExtractionRecord]
                if let pipeline {
                    let textPath = inputs.isEmpty ? Self.textPath(forGold: goldPath) : inputs[index]
                    predictedRecords = try Self.extract(textPath, with: pipeline)
                } else {
                    predictedRecords = try Self.readRecords(predicted[index])
                }
                evaluation.add(gold: goldRecords, predicted: predictedRecords, document: goldPath, labels: wanted)
            }
            for line in Self.report(evaluation, errors: errors) { try output.writeLine(line) }
        }
        if let minF1 {
            let failing = evaluation.labelScores.filter { $0.gold > 0 && ($0.f1 ?? 0) < minF1 }
            if !failing.isEmpty {
                var standardError = StandardError()
                print("viet: F1 below \(minF1) for \(failing.map(\.label).joined(separator: ", "))", to: &standardError)
                throw ExitCode(1)
            }
        }
    }

    private func loadPipeline() throws -> ExtractionPipeline {
        do {
            return try ExtractionPipeline(rulesDirectory: rules)
        } catch {
            throw CLIError.invalidInput("\(error)")
        }
    }

    /// "dir/003.gold.jsonl" → "dir/003.txt"; otherwise the path with ".jsonl" replaced by ".txt".
    static func textPath(forGold path: String) -> String {
        for suffix in [".gold.jsonl", ".jsonl"] where path.hasSuffix(suffix) {
            return String(path.dropLast(suffix.count)) + ".txt"
        }
        return path + ".txt"
    }

    static func readRecords(_ path: String) throws -> [ExtractionRecord] {
        let reader = try LineReader(path: path)
        var records: [ExtractionRecord] = []
        var number = 0
        while let line = try reader.nextLine(lossy: false) {
            number += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            do {
                records.append(try JSONLines.parse(line))
            } catch let error as JSONLinesError {
                throw CLIError.invalidInput("\(reader.displayName):\(number):\(error.column): \(error.message)")
            }
        }
        return records
    }

    static func extract(_ path: String, with pipeline: ExtractionPipeline) throws -> [ExtractionRecord] {
        let reader = try LineReader(path: path)
        let extractor = pipeline.makeExtractor()
        var records: [ExtractionRecord] = []
        var number = 0
        while let line = try reader.nextLine(lossy: false) {
            number += 1
            records += extractor.records(in: line, lineNumber: number)
        }
        return records
    }

    /// The report: a table of labels, then attribute accuracy, then (with `errors`) the differences.
    static func report(_ evaluation: ExtractionEvaluation, errors: Bool) -> [String] {
        func cell(_ text: String, _ width: Int) -> String {
            String(repeating: " ", count: max(0, width - text.unicodeScalars.count)) + text
        }
        func ratio(_ value: Double?) -> String {
            guard let value else { return "-" }
            let thousandths = Int((value * 1000).rounded())
            let fraction = String(thousandths % 1000)
            return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
        }
        var lines = ["label".padding(10) + cell("gold", 6) + cell("pred", 6) + cell("ok", 6)
            + cell("P", 7) + cell("R", 7) + cell("F1", 7)]
        for score in evaluation.labelScores + [evaluation.overall] {
            lines.append(
                score.label.padding(10) + cell("\(score.gold)", 6) + cell("\(score.predicted)", 6)
                    + cell("\(score.correct)", 6) + cell(ratio(score.precision), 7) + cell(ratio(score.recall), 7)
                    + cell(ratio(score.f1), 7))
        }
        let attributes = evaluation.attributeAccuracy
        if !attributes.isEmpty {
            lines.append("")
            lines.append("attribute accuracy on correct spans (attributes named by the gold):")
            for score in attributes {
                lines.append(
                    "  " + "\(score.label).\(score.name)".padding(24) + cell("\(score.equal)/\(score.compared)", 9)
                        + cell(ratio(score.accuracy), 7))
            }
        }
        if errors {
            lines.append("")
            for difference in evaluation.differences {
                let where_ = difference.document.isEmpty ? "" : difference.document + ": "
                switch difference.kind {
                case .missed: lines.append("missed    \(where_)\(difference.gold!.jsonLine)")
                case .spurious: lines.append("spurious  \(where_)\(difference.predicted!.jsonLine)")
                case .attributes:
                    lines.append("attrs     \(where_)gold \(difference.gold!.jsonLine)")
                    lines.append("          \(where_)pred \(difference.predicted!.jsonLine)")
                }
            }
        }
        return lines
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String {
        self + String(repeating: " ", count: max(1, width - unicodeScalars.count))
    }
}
