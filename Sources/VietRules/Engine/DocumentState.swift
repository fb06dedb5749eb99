import VietTokenizer

/// A labelled span visible to rules: an annotation or a match of an earlier phase.
struct Span {
    let label: String
    /// Id in the rule set's label table, -1 when no rule refers to the label.
    let labelID: Int32
    let start: Int32
    let end: Int32
    var attributes: [Attribute]
    /// The rule that produced it; nil for annotations.
    let rule: Int?
    /// Whether it is reported (annotations and `_LABELS` are not; superseded matches stop being).
    var isOutput: Bool
}

/// The per-line working state of a match run: tokens, their forms, and the spans by position.
struct DocumentState {
    let text: TokenizedText
    let tokenCount: Int
    var forms: [Int32] = []
    var spaceBefore: [Bool] = []
    var spans: [Span] = []
    /// The spans starting (ending) at each token, as linked lists in flat arrays, newest first: the
    /// first span at a token (count + 1 entries, -1: none), and per span the next older one. One
    /// allocation per line instead of an array per token.
    var firstStarting: [Int32]
    var firstEnding: [Int32]
    var nextStarting: [Int32] = []
    var nextEnding: [Int32] = []

    init(text: TokenizedText) {
        self.text = text
        tokenCount = text.tokens.count
        firstStarting = Array(repeating: -1, count: tokenCount + 1)
        firstEnding = Array(repeating: -1, count: tokenCount + 1)
    }

    mutating func add(_ span: Span) {
        let index = Int32(spans.count)
        spans.append(span)
        nextStarting.append(firstStarting[Int(span.start)])
        firstStarting[Int(span.start)] = index
        nextEnding.append(firstEnding[Int(span.end)])
        firstEnding[Int(span.end)] = index
    }

    /// The text from the start of token `start` to the end of token `end - 1`.
    func text(tokens range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let tokens = text.tokens
        return String(text.text(utf8Range: tokens[range.lowerBound].utf8Range.lowerBound..<tokens[range.upperBound - 1].utf8Range.upperBound))
    }

    func scalarRange(tokens range: Range<Int>) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        return text.tokens[range.lowerBound].scalarRange.lowerBound..<text.tokens[range.upperBound - 1].scalarRange.upperBound
    }
}
