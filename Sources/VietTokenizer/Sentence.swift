/// A sentence found by the ``SentenceSplitter``: a range of tokens and the text it spans.
public struct Sentence: Sendable, Hashable {
    /// Indices into the tokens of the tokenized text.
    public var tokenRange: Range<Int>
    /// Byte offsets into the UTF-8 of the text, first token's start to last token's end.
    public var utf8Range: Range<Int>
    /// Unicode-scalar offsets into the text.
    public var scalarRange: Range<Int>

    /// Creates a sentence; the splitter is the usual source of sentences.
    public init(tokenRange: Range<Int>, utf8Range: Range<Int>, scalarRange: Range<Int>) {
        self.tokenRange = tokenRange
        self.utf8Range = utf8Range
        self.scalarRange = scalarRange
    }
}
