/// Tokenized text grouped into words.
///
/// ```swift
/// let segmented = Segmenter().segment("Sở Thông tin và Truyền thông tỉnh Cao Bằng")
/// segmented.vlsp        // "Sở Thông_tin và Truyền_thông tỉnh Cao_Bằng"
/// segmented.words.count // 5
/// ```
public struct SegmentedText: Sendable {
    /// The text and its tokens.
    public let tokenized: TokenizedText
    /// The words in text order; together they cover every token exactly once.
    public let words: [Word]

    /// Pairs tokenized text with words over its tokens.
    public init(tokenized: TokenizedText, words: [Word]) {
        self.tokenized = tokenized
        self.words = words
    }

    /// The segmented string.
    public var text: String { tokenized.text }

    /// The text a word covers, as written (syllables separated as in the input).
    public func text(of word: Word) -> Substring { tokenized.text(utf8Range: word.utf8Range) }

    /// The VLSP rendering: a word's syllables joined by "_", words separated by one space
    /// ("Sở Thông_tin và Truyền_thông ."). Tokens of a word that touch in the text stay touching
    /// ("47,13%", "2021-2025").
    ///
    /// - Complexity: O(n) in the length of the text.
    public var vlsp: String {
        var output: [UInt8] = []
        var source = tokenized.text
        source.withUTF8 { bytes in
            output.reserveCapacity(bytes.count + 8)
            for (wordIndex, word) in words.enumerated() {
                if wordIndex > 0 { output.append(UInt8(ascii: " ")) }
                for index in word.tokenRange {
                    let token = tokenized.tokens[index]
                    if index > word.tokenRange.lowerBound, token.flags.contains(.spaceBefore) {
                        output.append(UInt8(ascii: "_"))
                    }
                    let range = token.utf8Range
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}
