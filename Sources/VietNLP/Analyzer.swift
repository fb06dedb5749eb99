/// The whole pipeline on one line of text: normalise → tokenize → segment → numbers → rule phases.
///
/// ```swift
/// let analyzer = Analyzer(rules: try RuleSet.shipped())
/// let document = analyzer.analyze("Tổng doanh thu năm 2022 đạt 735,3 tỷ đồng")
/// for match in document.matches { print(match) }
/// // MONEY "735,3 tỷ đồng" value=735300000000 unit=VND @28..<41 (money)
///
/// // Many lines, one thread: a session keeps the matcher's caches warm.
/// let session = analyzer.makeSession()
/// for line in lines { _ = session.analyze(line) }
/// ```
///
/// `Analyzer` is immutable and `Sendable`; share it, and give each thread its own
/// ``AnalyzerSession``.
public struct Analyzer: Sendable {
    /// The compiled rules run after number recognition.
    public let rules: RuleSet
    /// How text is prepared.
    public let options: AnalyzerOptions
    let normalizer: TextNormalizer
    let tokenizer: Tokenizer
    /// Nil when ``AnalyzerOptions/segments`` is off: creating one loads the shipped word lexicon,
    /// which costs more at start-up than compiling all the shipped rules.
    let segmenter: Segmenter?
    let numberParser: NumberParser

    /// Creates an analyzer.
    ///
    /// - Parameters:
    ///   - rules: the rules to run (for example ``RuleSet/shipped()`` or `RuleSet(directory:)`).
    ///   - options: the pipeline stages and their options.
    public init(rules: RuleSet, options: AnalyzerOptions = AnalyzerOptions()) {
        self.rules = rules
        self.options = options
        normalizer = TextNormalizer(toneStyle: options.toneStyle)
        tokenizer = Tokenizer()
        segmenter = options.segments ? Segmenter(tokenizer: tokenizer) : nil
        numberParser = NumberParser(options: options.numbers)
    }

    /// Creates an analyzer with the shipped rules.
    ///
    /// - Throws: ``RuleLoadError`` if the shipped rules do not compile (a build of the library whose
    ///   `Rules/` has errors; `viet rules check Rules` shows them).
    public init(options: AnalyzerOptions = AnalyzerOptions()) throws(RuleLoadError) {
        self.init(rules: try RuleSet.shipped(), options: options)
    }

    /// Analyses one line with a fresh session (convenient for a few lines; use
    /// ``makeSession()`` for many).
    ///
    /// - Complexity: linear in the length of the line.
    public func analyze(_ line: String) -> Document {
        makeSession().analyze(line)
    }

    /// A single-thread worker that keeps caches between lines.
    public func makeSession() -> AnalyzerSession {
        AnalyzerSession(analyzer: self)
    }
}

/// One thread's use of an ``Analyzer``: reuse it for every line that thread processes, so that each
/// distinct word is analysed by the rules only once.
public final class AnalyzerSession {
    /// The analyzer this session runs.
    public let analyzer: Analyzer
    let matcher: RuleMatcher
    // The arrays below are reached only by ``analyze(_:trace:)``, which calls nothing that could
    // come back into the session, so their exclusivity checks could never fire: unchecked, as
    // `RuleMatcher.core` is. (Checked, the three recycled arrays' accesses cost ~180 instructions a
    // line in the runtime, most of what recycling them saves; the annotations' a check per
    // number appended and two per line: 0.5% of the warm pass on both the legal and wiki samples.)

    /// The number spans handed to the matcher, refilled per line (kept to reuse its storage).
    @exclusivity(unchecked) private var annotations: [Annotation] = []
    /// The previous line's token, lexicon-key and word arrays, refilled by the next line. The
    /// document returned holds them too; once its holder drops it (``LineExtractor`` does at once),
    /// the session's references are the only ones left and the next line reuses their storage
    /// instead of allocating three arrays. A document still held keeps its arrays: refilling an
    /// array that is not uniquely referenced gives it new storage (copy on write).
    @exclusivity(unchecked) private(set) var recycledTokens: [Token] = []
    @exclusivity(unchecked) private var recycledKeys: [UInt64] = []
    @exclusivity(unchecked) private var recycledWords: [Word] = []
    /// The segmenter's working room for long lines, grown to the longest line seen rather than
    /// allocated and freed for each (dropped with the arrays above after a huge line).
    @exclusivity(unchecked) private var segmentationScratch = SegmentationScratch()
    /// The previous line's number expressions, refilled by the next line as the arrays above are.
    @exclusivity(unchecked) private var recycledNumbers: [NumericExpression] = []
    /// The most tokens whose storage is kept for the next line.
    static let recycledTokenLimit = 1 << 16

    init(analyzer: Analyzer) {
        self.analyzer = analyzer
        matcher = analyzer.rules.makeMatcher()
    }

    /// Analyses one line (a line break inside is treated as whitespace).
    ///
    /// - Parameters:
    ///   - line: the text to analyse, in any normalisation form.
    ///   - trace: when given, filled with what each rule did (for `viet explain`).
    /// - Complexity: linear in the length of the line.
    public func analyze(_ line: String, trace: MatchTrace? = nil) -> Document {
        let normalized = analyzer.normalizer.normalizeWithOffsets(line)
        // A line of a megabyte would otherwise leave its ~10 MB of token storage held by the
        // session for as long as it lives; an ordinary line has well under a thousand tokens.
        if recycledTokens.capacity > Self.recycledTokenLimit {
            recycledTokens = []
            recycledKeys = []
            recycledWords = []
            recycledNumbers = []
            segmentationScratch = SegmentationScratch()
        }
        let tokenized = analyzer.tokenizer.tokenize(normalized.text, reusingTokens: &recycledTokens, keys: &recycledKeys)
        let words = analyzer.segmenter?.segment(tokenized, reusing: &recycledWords, scratch: &segmentationScratch).words ?? []
        let numbers = analyzer.options.recognizesNumbers ? analyzer.numberParser.scan(tokenized, reusing: &recycledNumbers) : []
        annotations.removeAll(keepingCapacity: true)
        for number in numbers {
            guard let range = number.tokenRange else { continue }
            let attributes = number.attributes
            // GUIDE §3: a DATE has a value. A relative date whose every part would come from a
            // reference date the options do not give ("hôm qua", "chủ nhật") is no fact. (A counted
            // one, "2 ngày sau", is then read as the DURATION "2 ngày" by the number parser.)
            if number.label == .date, !attributes.contains(where: { $0.name == "value" }) { continue }
            annotations.append(Annotation(label: number.label.rawValue, tokenRange: range, attributes: attributes))
        }
        let found = matcher.matches(in: tokenized, annotations: annotations, trace: trace)
        let matches = Self.relocate(found, normalized: normalized, original: line)
        return Document(
            original: line, normalized: normalized, tokenized: tokenized, words: words, numbers: numbers, matches: matches)
    }

    /// Maps match spans from the normalised text back to the original line (NFC can merge scalars).
    static func relocate(_ matches: [Match], normalized: NormalizedText, original: String) -> [Match] {
        guard !matches.isEmpty else { return matches }
        if normalized.isOffsetPreserving, normalized.text == original { return matches }
        let scalars = Array(original.unicodeScalars)
        return matches.map { match in
            let range = normalized.originalScalarRange(match.scalarRange)
            let clamped = min(range.lowerBound, scalars.count)..<min(range.upperBound, scalars.count)
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[clamped])
            return match.relocated(scalarRange: clamped, text: String(text))
        }
    }
}
