/// One analysed line: the text at every stage and everything found in it.
///
/// Offsets in ``matches`` are Unicode-scalar offsets into ``original`` (GUIDE §3); token, word and
/// number offsets address ``tokenized``'s text, which is the normalised line.
///
/// ```swift
/// let document = try Analyzer().analyze("Doanh thu đạt 735,3 tỷ đồng.")
/// document.tokens.count        // 7
/// document.numbers[0].label    // .money
/// ```
public struct Document: Sendable {
    /// The line as given.
    public let original: String
    /// The normalised line and the map back to ``original``.
    public let normalized: NormalizedText
    /// The normalised line and its tokens.
    public let tokenized: TokenizedText
    /// Words over ``tokenized``'s tokens (empty when segmentation is off).
    public let words: [Word]
    /// Number expressions over ``tokenized`` (empty when number recognition is off).
    public let numbers: [NumericExpression]
    /// The rules' matches, with spans in ``original``.
    public let matches: [Match]

    /// The tokens of the line.
    public var tokens: [Token] { tokenized.tokens }

    /// The matches carrying `label`.
    public func matches(labelled label: String) -> [Match] {
        matches.filter { $0.label == label }
    }
}
