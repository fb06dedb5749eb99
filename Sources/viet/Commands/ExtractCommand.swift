#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif
import ArgumentParser
import VietNLP

/// `viet extract`: every fact the rules find, one JSON object per match (GUIDE §3).
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract facts (amounts, dates, document references, organisations, people, places) as JSON lines.",
        discussion: """
            Prints one JSON object per match, in input order:
              {"line": L, "start": S, "end": E, "text": "…", "label": "MONEY", …attributes}
            line is 1-based (it restarts at 1 for each input file), start/end are Unicode-scalar offsets \
            into that line (end exclusive), text is the span as written; attribute values are exact \
            decimal strings ("735300000000", "47.13") and ISO-8601 dates with X for unknown parts \
            ("XXXX-01-14"). With --with-filename every record begins with "file": the input's path as \
            given ("-" for standard input), which tells the records of many files apart.
            Without --rules the rules shipped with VietNLP are used.
            Examples:
              echo "Tổng doanh thu năm 2022 đạt 735,3 tỷ đồng" | viet extract
              viet extract --labels MONEY,DATE --format table bao-cao.txt
              viet extract --jobs 2 corpus.txt > facts.jsonl
              viet extract -H --jobs 2 docs/*.txt > facts.jsonl   # records name their file
              viet extract --reference-date 2023-03-01 tin.txt   # "hôm qua": 2023-02-28
            If the input stops being valid UTF-8 (without --lossy), every line already printed is \
            complete, a message names the file and byte offset on stderr, and the exit code is 65.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, table
    }

    @Option(name: .long, help: "A directory of .rules files to use instead of the shipped rules.")
    var rules: String?

    @Option(help: "Output format: json (JSON lines, the default) or table (aligned columns for people).")
    var format: Format = .json

    @Option(help: "Only print these labels (comma-separated, e.g. MONEY,DATE); a label no rule reports is an error.")
    var labels: String?

    @Option(help: "Worker threads (output stays in input order). Default 1.")
    var jobs: Int = 1

    @Option(help: "The date relative expressions (hôm qua, tuần sau, cuối năm) refer to, YYYY-MM-DD, or 'today' (local); without it they carry only their offset.")
    var referenceDate: String = "none"

    @Flag(name: [.customShort("H"), .long], help: "Begin every record with \"file\": the input's path (\"-\" for standard input).")
    var withFilename = false

    @OptionGroup var input: InputOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if let labels, labelSet(labels).isEmpty { throw ValidationError("--labels needs at least one label") }
    }

    private func labelSet(_ text: String) -> Set<String> {
        Set(text.split(separator: ",").map { $0.trimmingSpaces.uppercased() }.filter { !$0.isEmpty })
    }

    func run() throws {
        let output = OutputWriter()
        var options = AnalyzerOptions(segments: false)
        options.numbers.referenceDate = try ReferenceDate.parse(referenceDate)
        let pipeline: ExtractionPipeline
        do {
            pipeline = try ExtractionPipeline(rulesDirectory: rules, options: options)
        } catch {
            var standardError = StandardError()
            print("viet: \(error)", to: &standardError)
            throw ExitCode(65)
        }
        let wanted = labels.map(labelSet)
        if let wanted {
            // A misspelt label would otherwise filter out everything, silently, after reading all the input.
            let emitted = pipeline.analyzer.rules.reportedLabels
            let unknown = wanted.subtracting(emitted).sorted()
            if !unknown.isEmpty {
                var standardError = StandardError()
                let names = unknown.joined(separator: ", ")
                print(
                    "viet: --labels: no rule reports \(names); the rules report \(emitted.sorted().joined(separator: ", "))",
                    to: &standardError)
                throw ExitCode(64)
            }
        }
        let format = format
        // Each worker (or the single thread) gets its own extractor: sessions keep per-thread caches.
        let makeAppend: @Sendable () -> (_ number: Int, _ line: String, _ file: String?, _ bytes: inout [UInt8]) -> Void = {
            let extractor = pipeline.makeExtractor()
            return { number, line, file, bytes in
                var records = extractor.records(in: line, lineNumber: number, labels: wanted)
                // Named in place: `for var record in …` copied and destroyed every record.
                if file != nil { for index in records.indices { records[index].file = file } }
                for record in records {
                    switch format {
                    case .json: JSONLines.append(record, to: &bytes)
                    case .table: ExtractCommand.appendTableRow(record, to: &bytes)
                    }
                }
            }
        }
        let makeRender: @Sendable () -> ([(Int, String, String?)]) -> [UInt8] = {
            let append = makeAppend()
            return { batch in
                var bytes: [UInt8] = []
                for (number, line, file) in batch { append(number, line, file, &bytes) }
                return bytes
            }
        }
        let withFilename = withFilename
        let progress = Progress(enabled: isatty(2) != 0)
        try reportingErrors(output) {
            defer { progress.clear() }
            if format == .table { try output.writeLine(Self.tableHeader(withFilename: withFilename)) }
            if jobs == 1 {
                // Straight into the output buffer: a batch array and a byte array per line, and
                // the copy from one to the other, cost 1.6% of a whole run on Wikipedia text.
                let append = makeAppend()
                try input.forEachLine { line, number, path in
                    try output.appendLines { append(number, line, withFilename ? path : nil, &$0) }
                    progress.advance(lines: 1, bytes: line.utf8.count + 1)
                }
                return
            }
            let runner = OrderedBatchRunner<[(Int, String, String?)], [UInt8]>(jobs: jobs, makeTransform: makeRender)
            var batch: [(Int, String, String?)] = []
            var batchBytes = 0
            let write: ([UInt8]) throws -> Void = { try output.writeLines($0) }
            do {
                try input.forEachLine { line, number, path in
                    batch.append((number, line, withFilename ? path : nil))
                    batchBytes += line.utf8.count + 1
                    // ~64 KB per batch: large enough that hand-offs cost nothing, small enough that
                    // 2 × jobs batches in flight keep memory flat.
                    if batchBytes >= 1 << 16 || batch.count >= 4096 {
                        try runner.submit(batch, write: write)
                        progress.advance(lines: batch.count, bytes: batchBytes)
                        batch.removeAll(keepingCapacity: true)
                        batchBytes = 0
                    }
                }
                if !batch.isEmpty { try runner.submit(batch, write: write) }
                try runner.finish(write: write)
            } catch {
                // Every line read before the error is valid: extract and write it, then report.
                if !batch.isEmpty { try? runner.submit(batch, write: write) }
                try? runner.finish(write: write)
                throw error
            }
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while text.first == " " { text.removeFirst() }
        while text.last == " " { text.removeLast() }
        return text
    }
}
