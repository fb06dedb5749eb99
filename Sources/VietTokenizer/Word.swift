/// A word found by the ``Segmenter``: one or more consecutive tokens ("Truyền thông" is two
/// syllable tokens, "17/NQ-CP" one code token).
///
/// ```swift
/// let segmented = Segmenter().segment("Sở Thông tin và Truyền thông")
/// let word = segmented.words[1]
/// segmented.text(of: word)     // "Thông tin"
/// word.tokenRange              // 1..<3
/// ```
public struct Word: Sendable, Hashable {
    /// Indices into the tokens of the segmented text.
    public var tokenRange: Range<Int>
    /// Byte offsets into the UTF-8 of the text, from the first token's start to the last one's end.
    public var utf8Range: Range<Int>
    /// Unicode-scalar offsets into the text.
    public var scalarRange: Range<Int>

    /// Creates a word; the segmenter is the usual source of words.
    public init(tokenRange: Range<Int>, utf8Range: Range<Int>, scalarRange: Range<Int>) {
        self.tokenRange = tokenRange
        self.utf8Range = utf8Range
        self.scalarRange = scalarRange
    }
}
