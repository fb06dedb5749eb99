import Benchmark
import BenchmarkSupport
import VietNLP

/// The cost of number scanning on top of tokenise + segment, measured in the same run over the legal
/// corpus: compare the "MB/s" of the first two rows (the bar: scanning adds less than 10%).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = Throughput.configuration
    let lines = Corpus.legalLines
    let bytes = lines.reduce(0) { $0 + $1.utf8.count + 1 }
    let tokenizer = Tokenizer()
    let segmenter = Segmenter()
    let parser = NumberParser()

    Benchmark("baseline: tokenize + segment") { benchmark in
        Throughput.measure(benchmark, bytes: bytes) {
            for line in lines {
                let tokenized = tokenizer.tokenize(line)
                blackHole(segmenter.segment(tokenized))
            }
        }
    }

    Benchmark("tokenize + segment + number scan (tokens)") { benchmark in
        Throughput.measure(benchmark, bytes: bytes) {
            for line in lines {
                let tokenized = tokenizer.tokenize(line)
                blackHole(segmenter.segment(tokenized))
                blackHole(parser.scan(tokenized))
            }
        }
    }

    Benchmark("tokenize + number scan (tokens)") { benchmark in
        Throughput.measure(benchmark, bytes: bytes) {
            for line in lines { blackHole(parser.scan(tokenizer.tokenize(line))) }
        }
    }
}
