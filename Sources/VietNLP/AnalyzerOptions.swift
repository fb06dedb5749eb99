/// How an ``Analyzer`` prepares text before the rules run.
///
/// ```swift
/// var options = AnalyzerOptions()
/// options.segments = false                          // skip word segmentation when only facts matter
/// options.numbers.referenceDate = CalendarDate(year: 2023, month: 6, day: 1)
/// let analyzer = Analyzer(rules: try RuleSet(directory: "Rules"), options: options)
/// ```
public struct AnalyzerOptions: Sendable {
    /// Tone-mark placement to rewrite the text to before tokenizing, or nil to keep it as written
    /// (rules compare text placement-insensitively either way, so nil is the cheaper default).
    public var toneStyle: ToneStyle?
    /// Whether to group tokens into words (``Document/words``); the rules do not need it.
    public var segments: Bool
    /// Whether to run the number parser; its expressions are the spans rules see as NUMBER, MONEY….
    public var recognizesNumbers: Bool
    /// Options of the number parser (decimal style, reference date for relative dates). Without a
    /// reference date, a relative date that writes no part of its date ("hôm qua", "chủ nhật") has no
    /// value and is no DATE span for the rules (GUIDE §3: a DATE has a value).
    public var numbers: NumberParser.Options

    /// Creates options; the defaults run every stage.
    public init(
        toneStyle: ToneStyle? = nil, segments: Bool = true, recognizesNumbers: Bool = true,
        numbers: NumberParser.Options = NumberParser.Options()
    ) {
        self.toneStyle = toneStyle
        self.segments = segments
        self.recognizesNumbers = recognizesNumbers
        self.numbers = numbers
    }
}
