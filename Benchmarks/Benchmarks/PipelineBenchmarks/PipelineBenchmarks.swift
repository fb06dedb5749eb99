import Benchmark
import BenchmarkSupport
import Dispatch
import Foundation
import VietNLP

/// The extraction pipeline over the legal corpus, on one core and on two, with a tokenise-only
/// baseline measured in the same run. Issue 6 bars: ≥ 22 MB/s on one core, ≥ 1.8× that on two.
///
/// Two variants: "full" runs every Analyzer stage (normalise, tokenise, segment, numbers, all
/// shipped rules); "extract" is what `viet extract` runs — the same without word segmentation,
/// which no shipped rule uses. Both write every match as a JSON line (into a reused buffer).
/// "Full" is also measured with the rules loaded afresh for each iteration (see that row).
let benchmarks: @Sendable () -> Void = {
    let lines = Corpus.legalLines
    let bytes = lines.reduce(0) { $0 + $1.utf8.count + 1 }
    let full = try! ExtractionPipeline(rulesDirectory: nil, options: AnalyzerOptions(segments: true))
    let extract = try! ExtractionPipeline(rulesDirectory: nil)
    let rulesDirectory = Corpus.checkout.appendingPathComponent("Rules").path

    /// Extracts `lines[range]` with one extractor, writing JSON lines; returns how many records.
    @Sendable func run(_ pipeline: ExtractionPipeline, _ range: Range<Int>) -> Int {
        let extractor = pipeline.makeExtractor()
        var output: [UInt8] = []
        output.reserveCapacity(1 << 20)
        var count = 0
        for index in range {
            for record in extractor.records(in: lines[index], lineNumber: index + 1) {
                JSONLines.append(record, to: &output)
                count += 1
            }
            if output.count > 1 << 20 { output.removeAll(keepingCapacity: true) }
        }
        return count
    }

    /// The same split as `viet extract --jobs N`: each worker takes its share of the lines with its
    /// own extractor.
    @Sendable func runParallel(_ pipeline: ExtractionPipeline, jobs: Int) -> Int {
        let chunk = (lines.count + jobs - 1) / jobs
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: jobs)
        defer { counts.deallocate() }
        nonisolated(unsafe) let shared = counts
        DispatchQueue.concurrentPerform(iterations: jobs) { job in
            shared[job] = run(pipeline, (job * chunk)..<min(lines.count, (job + 1) * chunk))
        }
        return counts.reduce(0, +)
    }

    Benchmark("Tokenise only (baseline), legal corpus", configuration: Throughput.configuration) { benchmark in
        let tokenizer = Tokenizer()
        Throughput.measure(benchmark, bytes: bytes) {
            var count = 0
            for line in lines { count &+= tokenizer.tokenize(line).tokens.count }
            blackHole(count)
        }
    }

    Benchmark("Full pipeline incl. segmentation, 1 job, legal corpus", configuration: Throughput.configuration) { benchmark in
        Throughput.measure(benchmark, bytes: bytes) { blackHole(run(full, 0..<lines.count)) }
    }

    // A rule set hands what its matchers learnt about token forms to its later matchers (the
    // first sight of a form is most of what a new extractor pays), and the shipped rule set is
    // compiled once per process: in the rows above, from the second iteration on, extractors go
    // on from what earlier ones learnt — the throughput of a long run. This one compiles the
    // repository's Rules/ (what the shipped set is built from) afresh each iteration (not timed
    // in MB/s; the wall clock includes it): what one `viet extract` process over the corpus does.
    Benchmark("Full pipeline incl. segmentation, 1 job, rules compiled afresh, legal corpus", configuration: Throughput.configuration) {
        benchmark in
        let fresh = try! ExtractionPipeline(rulesDirectory: rulesDirectory, options: AnalyzerOptions(segments: true))
        Throughput.measure(benchmark, bytes: bytes) { blackHole(run(fresh, 0..<lines.count)) }
    }

    Benchmark("Full pipeline incl. segmentation, 2 jobs, legal corpus", configuration: Throughput.configuration) { benchmark in
        Throughput.measure(benchmark, bytes: bytes) { blackHole(runParallel(full, jobs: 2)) }
    }

    Benchmark("viet extract pipeline, 1 job, legal corpus", configuration: Throughput.configuration) { benchmark in
        Throughput.measure(benchmark, bytes: bytes) { blackHole(run(extract, 0..<lines.count)) }
    }

    Benchmark("viet extract pipeline, 2 jobs, legal corpus", configuration: Throughput.configuration) { benchmark in
        Throughput.measure(benchmark, bytes: bytes) { blackHole(runParallel(extract, jobs: 2)) }
    }
}
