/// One token of a ``TokenizedText``: a span of the input with a kind and flags. Tokens never copy
/// text; they point into the tokenized `String` both by UTF-8 byte offsets (fast slicing) and by
/// Unicode-scalar offsets (the offsets `viet extract` prints).
///
/// ```swift
/// let text = Tokenizer().tokenize("Nghị quyết 17/NQ-CP")
/// let code = text.tokens[2]
/// code.kind                 // .code
/// text.text(of: code)       // "17/NQ-CP"
/// code.scalarRange          // 11..<19
/// ```
public struct Token: Sendable, Hashable {
    /// What the token is (a syllable or word, a number, a document code…).
    public var kind: TokenKind
    /// Orthographic properties (capitalised, all caps, has diacritics, foreign…).
    public var flags: TokenFlags
    /// Byte offsets into the UTF-8 of the tokenized string, end exclusive.
    public var utf8Range: Range<Int>
    /// Unicode-scalar offsets into the tokenized string, end exclusive.
    public var scalarRange: Range<Int>

    /// Creates a token; the tokenizer is the usual source of tokens.
    public init(kind: TokenKind, flags: TokenFlags = [], utf8Range: Range<Int>, scalarRange: Range<Int>) {
        self.kind = kind
        self.flags = flags
        self.utf8Range = utf8Range
        self.scalarRange = scalarRange
    }
}
