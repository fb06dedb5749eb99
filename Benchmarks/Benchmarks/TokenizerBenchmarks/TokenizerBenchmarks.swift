import Benchmark
import BenchmarkSupport
import VietNLP

/// Tokenizing, segmenting and sentence splitting over the legal corpus, with ICU's plain word
/// break iterator as the baseline measured in the same run: compare the "MB/s" rows.
/// The two "streaming" rows process the corpus once and four times line by line, keeping nothing:
/// their peak resident memory must be the same (memory does not grow with input).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = Throughput.configuration
    let lines = Corpus.legalLines
    let bytes = lines.reduce(0) { $0 + $1.utf8.count + 1 }

    Benchmark("word break (baseline: ICU word break iterator, UTF-16)") { benchmark in
        let breaker = ICUWordBreaker()
        Throughput.measure(benchmark, bytes: bytes) {
            for line in lines { blackHole(breaker.wordCount(line)) }
        }
    }

    Benchmark("tokenize (Tokenizer)") { benchmark in
        let tokenizer = Tokenizer()
        Throughput.measure(benchmark, bytes: bytes) {
            for line in lines { blackHole(tokenizer.tokenize(line).tokens.count) }
        }
    }

    Benchmark("tokenize + segment (Segmenter)") { benchmark in
        let segmenter = Segmenter()
        blackHole(segmenter.segment("khởi động").words.count)  // parse the shipped lexicon outside the timing
        Throughput.measure(benchmark, bytes: bytes) {
            for line in lines { blackHole(segmenter.segment(line).words.count) }
        }
    }

    Benchmark("tokenize + segment + VLSP string (viet segment)") { benchmark in
        let segmenter = Segmenter()
        blackHole(segmenter.segment("khởi động").words.count)
        Throughput.measure(benchmark, bytes: bytes) {
            for line in lines { blackHole(segmenter.segment(line).vlsp) }
        }
    }

    Benchmark("sentences (SentenceSplitter)") { benchmark in
        let splitter = SentenceSplitter()
        Throughput.measure(benchmark, bytes: bytes) {
            for line in lines { blackHole(splitter.split(line).count) }
        }
    }

    for passes in [1, 4] {
        Benchmark("segment streaming, \(passes) pass(es) over the corpus (peak memory must not grow)") { benchmark in
            let segmenter = Segmenter()
            blackHole(segmenter.segment("khởi động").words.count)
            Throughput.measure(benchmark, bytes: bytes * passes) {
                for _ in 0..<passes {
                    for line in lines { blackHole(segmenter.segment(line).words.count) }
                }
            }
        }
    }
}
