/// The extraction job of `viet extract`: a line of text in, every fact the rules find out, as
/// ``ExtractionRecord``s with Unicode-scalar offsets into that line (GUIDE §3).
///
/// It runs an ``Analyzer`` (normalise, tokenise, segment, numbers, rule phases) and turns its
/// matches into records. The pipeline is immutable and `Sendable`; share one across threads and give
/// each thread its own ``LineExtractor`` (sessions keep per-thread caches).
///
/// ```swift
/// let pipeline = try ExtractionPipeline(rulesDirectory: nil)        // the shipped rules
/// let extractor = pipeline.makeExtractor()
/// for record in extractor.records(in: "Năm 2022 đạt 735,3 tỷ đồng", lineNumber: 1) {
///     print(record.jsonLine)
/// }
/// // {"line": 1, "start": 0, "end": 8, "text": "Năm 2022", "label": "DATE", "value": "2022"}
/// // {"line": 1, "start": 13, "end": 26, "text": "735,3 tỷ đồng", "label": "MONEY", …}
/// ```
public struct ExtractionPipeline: Sendable {
    /// The analyzer that finds the matches.
    public let analyzer: Analyzer

    /// A pipeline over an analyzer.
    public init(analyzer: Analyzer) {
        self.analyzer = analyzer
    }

    /// A pipeline over the rules of a directory, or over the shipped rules when `rulesDirectory` is nil.
    ///
    /// - Parameters:
    ///   - rulesDirectory: a folder of `.rules` files (lexicons in its `lexicons/`), or nil.
    ///   - options: the analyzer's stages. Word segmentation is off by default here: rules match
    ///     tokens, and no shipped rule needs words, so segmenting would only cost time.
    /// - Throws: ``RuleLoadError`` with every problem of every file.
    public init(rulesDirectory: String?, options: AnalyzerOptions = AnalyzerOptions(segments: false)) throws {
        let rules = try rulesDirectory.map { try RuleSet(directory: $0) } ?? RuleSet.shipped()
        analyzer = Analyzer(rules: rules, options: options)
    }

    /// An extractor for one thread.
    public func makeExtractor() -> LineExtractor {
        LineExtractor(session: analyzer.makeSession())
    }
}
