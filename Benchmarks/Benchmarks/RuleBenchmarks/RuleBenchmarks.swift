import Benchmark
import BenchmarkSupport
import VietNLP

/// The rule engine alone (tokens are prepared before timing) over the legal corpus.
///
/// Issue 5 bars: with 1, 100 and 1 000 rules plus a 10 000-entry lexicon, 1 000 rules stay within 2×
/// of 1 rule; a hostile rule set stays linear (1 MB vs 10 MB of input as one line each).
///
/// Issue 6 needs the matcher's share of `viet extract` on its own: "shipped rules, legal corpus"
/// times only `RuleMatcher.matches(in:annotations:)` with the shipped rules, over lines normalised,
/// tokenized and number-scanned beforehand exactly as `AnalyzerSession.analyze` prepares them.
///
/// The rules are generated from the corpus itself so that they really fire: rule i is anchored on
/// the i-th most frequent word (rule 0 on the most frequent), in four shapes (capitalised run,
/// case-insensitive word + any token, look-behind + optional number, diacritic-insensitive word +
/// optional lexicon entry). The lexicon holds the 10 000 most frequent adjacent word pairs.
let benchmarks: @Sendable () -> Void = {
    let lines = Corpus.legalLines
    let bytes = lines.reduce(0) { $0 + $1.utf8.count + 1 }
    let tokenizer = Tokenizer()
    let tokenized = lines.map { tokenizer.tokenize($0) }

    // Word and pair frequencies of the corpus.
    var wordCounts: [String: Int] = [:]
    var pairCounts: [String: Int] = [:]
    for text in tokenized.prefix(20_000) {
        var previous: String?
        for token in text.tokens where token.kind == .word {
            let word = String(text.text(of: token)).lowercased()
            wordCounts[word, default: 0] += 1
            if let previous { pairCounts[previous + " " + word, default: 0] += 1 }
            previous = word
        }
    }
    let words = wordCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key).filter { !$0.contains("\"") }
    let pairs = pairCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(10_000).map(\.key)
    let lexicon = "lexicon PAIRS = " + pairs.map { "\"\($0)\"" }.joined(separator: " | ") + " ignore case\n"
        + "rule pairs match @PAIRS emit TERM\n"

    func ruleSet(_ count: Int) -> RuleSet {
        var source = lexicon
        for (index, word) in words.prefix(count).enumerated() {
            let pattern: String
            switch index % 4 {
            case 0: pattern = "\"\(word)\"i [is:capitalized]+"
            case 1: pattern = "\"\(word)\"i _"
            case 2: pattern = "(?<= _) \"\(word)\"i kind:number?"
            default: pattern = "\"\(word)\"id @PAIRS?"
            }
            source += "rule r\(index) match w:(\(pattern)) emit L\(index % 10) text = w\n"
        }
        do { return try RuleSet(source: source) } catch { fatalError("generated rules do not compile:\n\(error)") }
    }

    for count in [1, 100, 1000] {
        let rules = ruleSet(count)
        Benchmark("\(count) rule\(count == 1 ? "" : "s") + 10k-entry lexicon, legal corpus", configuration: Throughput.configuration) {
            benchmark in
            let matcher = rules.makeMatcher()
            Throughput.measure(benchmark, bytes: bytes) {
                var found = 0
                for text in tokenized { found &+= matcher.matches(in: text).count }
                blackHole(found)
            }
        }
    }

    // The shipped rules as `viet extract` runs them: annotations are the number parser's spans.
    let shipped: RuleSet
    do { shipped = try RuleSet.shipped() } catch { fatalError("the shipped rules do not compile:\n\(error)") }
    let normalizer = TextNormalizer()
    let numberParser = NumberParser()
    let prepared = lines.map { line in
        let text = tokenizer.tokenize(normalizer.normalize(line))
        let annotations = numberParser.scan(text).compactMap { number in
            number.tokenRange.map { Annotation(label: number.label.rawValue, tokenRange: $0, attributes: number.attributes) }
        }
        return (text, annotations)
    }
    Benchmark("shipped rules, legal corpus", configuration: Throughput.configuration) { benchmark in
        let matcher = shipped.makeMatcher()
        Throughput.measure(benchmark, bytes: bytes) {
            var found = 0
            for (text, annotations) in prepared { found &+= matcher.matches(in: text, annotations: annotations).count }
            blackHole(found)
        }
    }

    // Hostile rules: every thread stays alive to the end of the line, which is one huge line here.
    let hostile = try! RuleSet(
        source: """
            rule h1 match (_*)* "không-có-từ-này" emit H
            rule h2 match (_+)+? (_ | _ _)* [is:capitalized]{0,5} "zzzzz" emit H
            rule h3 match ((_)*)*? $ emit H
            rule h4 match ([!"xxxxx"]+ | _*)+ (?= "yyyyy") emit H
            """)
    let corpus = Corpus.legal.utf8
    for megabytes in [1, 10] {
        let end = corpus.index(corpus.startIndex, offsetBy: min(corpus.count, megabytes * 1_000_000))
        let line = String(decoding: corpus[corpus.startIndex..<end].map { $0 == 0x0A ? 0x20 : $0 }, as: UTF8.self)
        let text = tokenizer.tokenize(line)
        Benchmark("hostile (_*)* rules, \(megabytes) MB as one line", configuration: Throughput.configuration) { benchmark in
            let matcher = hostile.makeMatcher()
            Throughput.measure(benchmark, bytes: line.utf8.count) { blackHole(matcher.matches(in: text).count) }
        }
    }
}
