/// A string with its tokens. Tokens address `text` by UTF-8 byte and Unicode-scalar offsets.
///
/// ```swift
/// let tokenized = Tokenizer().tokenize("Tổng doanh thu đạt 735,3 tỷ đồng.")
/// tokenized.tokens.count                         // 8
/// tokenized.text(of: tokenized.tokens[4])        // "735,3"
/// ```
public struct TokenizedText: Sendable {
    /// The tokenized string, unchanged.
    public let text: String
    /// The tokens in text order; they never overlap and whitespace belongs to none.
    public let tokens: [Token]

    /// One lexicon key per token when the ``Tokenizer`` made this value (``SyllableKey``: the hash
    /// of a single-run word's lower-cased scalars; for punctuation and symbols a tagged key of
    /// their first scalar that no word has, ``SyllableKey/markKey(_:)``; 0 for other tokens), else
    /// empty. The scanner computes the key while it reads the word anyway; keeping it spares the
    /// segmenter and the number scanner a second pass over every word's bytes, and lets the number
    /// scanner's walk pass over punctuation by key alone.
    package let lexiconKeys: [UInt64]

    /// Pairs a string with tokens that point into it.
    public init(text: String, tokens: [Token]) {
        self.init(text: text, tokens: tokens, lexiconKeys: [])
    }

    package init(text: String, tokens: [Token], lexiconKeys: [UInt64]) {
        self.text = text
        self.tokens = tokens
        self.lexiconKeys = lexiconKeys.count == tokens.count ? lexiconKeys : []
    }

    /// The text a token covers.
    ///
    /// - Complexity: O(1) for native Swift strings.
    public func text(of token: Token) -> Substring {
        text(utf8Range: token.utf8Range)
    }

    /// The text between two UTF-8 byte offsets of ``text``.
    public func text(utf8Range range: Range<Int>) -> Substring {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return text[start..<end]
    }
}
