import Benchmark
import BenchmarkSupport
import VietNLP

/// Normalisation and folding over the legal corpus, with ICU's transliterator as the baseline
/// measured in the same run: compare the "MB/s" rows.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = Throughput.configuration
    let lines = Corpus.legalLines
    let bytes = lines.reduce(0) { $0 + $1.utf8.count + 1 }

    Benchmark("fold (baseline: ICU NFD; [:Nonspacing Mark:] Remove; NFC)") { benchmark in
        let icu = try! ICUTransliterator("NFD; [:Nonspacing Mark:] Remove; NFC")
        Throughput.measure(benchmark, bytes: bytes) {
            for line in lines { blackHole(icu.transliterate(line)) }
        }
    }

    for (name, folder) in [
        ("fold (DiacriticFolder)", DiacriticFolder()),
        ("fold --lowercase (DiacriticFolder)", DiacriticFolder(lowercase: true)),
    ] {
        Benchmark(name) { benchmark in
            Throughput.measure(benchmark, bytes: bytes) {
                for line in lines { blackHole(folder.fold(line)) }
            }
        }
    }

    for (name, normalizer) in [
        ("normalize NFC (TextNormalizer)", TextNormalizer()),
        ("normalize NFC + new tone style (TextNormalizer)", TextNormalizer(toneStyle: .new)),
    ] {
        Benchmark(name) { benchmark in
            Throughput.measure(benchmark, bytes: bytes) {
                for line in lines { blackHole(normalizer.normalize(line)) }
            }
        }
    }

    Benchmark("normalize NFC of decomposed text (ICU path)") { benchmark in
        let decomposed = lines.prefix(2_000).map { UnicodeNormalizer.nfd($0) }
        let decomposedBytes = decomposed.reduce(0) { $0 + $1.utf8.count + 1 }
        let normalizer = TextNormalizer()
        Throughput.measure(benchmark, bytes: decomposedBytes) {
            for line in decomposed { blackHole(normalizer.normalize(line)) }
        }
    }
}
