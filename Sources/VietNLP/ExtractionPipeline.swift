/// The extraction job of `viet extract`: a line of text in, every fact the rules find out, as
/// ``ExtractionRecord``s with Unicode-scalar offsets into that line (GUIDE §3).
///
/// The pipeline is immutable and `Sendable`; share one across threads and give each thread its own
/// ``LineExtractor`` (matchers keep per-thread caches).
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
    /// The compiled rules.
    public let rules: RuleSet

    /// A pipeline over compiled rules.
    public init(rules: RuleSet) {
        self.rules = rules
    }

    /// A pipeline over the rules of a directory, or over the shipped rules when `rulesDirectory` is nil.
    ///
    /// - Throws: ``RuleLoadError`` with every problem of every file.
    public init(rulesDirectory: String?) throws {
        if let rulesDirectory {
            rules = try RuleSet(directory: rulesDirectory)
        } else {
            rules = try ShippedRules.ruleSet()
        }
    }

    /// An extractor for one thread.
    public func makeExtractor() -> LineExtractor {
        LineExtractor(rules: rules)
    }
}
