/// Groups syllables into words (Vietnamese word segmentation, "Truyền thông" → "Truyền_thông").
///
/// Method: within every run of word tokens the segmenter picks the segmentation with the best
/// total score (dynamic programming, linear in the run length times the longest word). Candidate
/// words come from the ``Lexicon`` — looked up without regard to case or tone placement — and from
/// proper-name rules (runs of capitalised syllables: "Nguyễn Tuấn Hà", "Buôn Ma Thuột"); a word of
/// n syllables scores n² times its weight, a lone syllable 1. Numbers, codes, dates, URLs and
/// punctuation are words of their own.
///
/// ```swift
/// let segmenter = Segmenter()
/// segmenter.segment("Sở Thông tin và Truyền thông tỉnh Cao Bằng").vlsp
/// // "Sở Thông_tin và Truyền_thông tỉnh Cao_Bằng"
///
/// var lexicon = Lexicon.shipped
/// lexicon.insert("chuyển đổi số")
/// Segmenter(lexicon: lexicon).segment("chuyển đổi số").vlsp   // "chuyển_đổi_số"
/// ```
public struct Segmenter: Sendable {
    /// The words the segmenter knows.
    public let lexicon: Lexicon
    /// The tokenizer used by ``segment(_:)-(String)``.
    public let tokenizer: Tokenizer

    /// Creates a segmenter.
    ///
    /// - Parameters:
    ///   - lexicon: The words to recognise; ``Lexicon/shipped`` by default.
    ///   - tokenizer: The tokenizer for string input.
    public init(lexicon: Lexicon = .shipped, tokenizer: Tokenizer = Tokenizer()) {
        self.lexicon = lexicon
        self.tokenizer = tokenizer
    }

    /// Tokenizes and segments a line or a document.
    ///
    /// - Complexity: O(n · L) for n tokens and L the longest lexicon word.
    public func segment(_ text: String) -> SegmentedText {
        segment(tokenizer.tokenize(text))
    }

    /// Segments text that is already tokenized.
    ///
    /// - Complexity: O(n · L) for n tokens and L the longest lexicon word.
    public func segment(_ tokenized: TokenizedText) -> SegmentedText {
        var text = tokenized.text
        var words: [Word] = []
        words.reserveCapacity(tokenized.tokens.count)
        text.withUTF8 { bytes in
            var state = SegmentationState()
            segment(bytes, tokenized.tokens, into: &words, state: &state)
        }
        return SegmentedText(tokenized: tokenized, words: words)
    }

    /// Segments tokens of a UTF-8 buffer, appending words; `state` holds reusable scratch arrays so
    /// that streaming callers allocate nothing per line.
    func segment(
        _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], into words: inout [Word],
        state: inout SegmentationState
    ) {
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .word else {
                let end = Self.numericWordEnd(bytes, tokens, from: index)
                words.append(Word(tokens, index..<end))
                index = end
                continue
            }
            var end = index + 1
            while end < tokens.count, tokens[end].kind == .word { end += 1 }
            segmentRun(bytes, tokens, index..<end, into: &words, state: &state)
            index = end
        }
    }
}

extension Segmenter {
    /// Numbers written together without spaces form one word: "100%", "30/11", "2021-2025",
    /// "70.000-150.000". Returns the end of the word that starts at `start` (at least `start + 1`).
    static func numericWordEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], from start: Int) -> Int {
        guard tokens[start].kind == .number else { return start + 1 }
        var end = start + 1
        while end < tokens.count, !tokens[end].flags.contains(.spaceBefore) {
            let token = tokens[end]
            if token.kind == .symbol, token.utf8Range.count == 1, bytes[token.utf8Range.lowerBound] == UInt8(ascii: "%") {
                return end + 1
            }
            guard token.kind == .punctuation, token.utf8Range.count == 1, end + 1 < tokens.count,
                tokens[end + 1].kind == .number, !tokens[end + 1].flags.contains(.spaceBefore)
            else { break }
            let separator = bytes[token.utf8Range.lowerBound]
            guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") else { break }
            end += 2
        }
        return end
    }
}

extension Word {
    /// The word made of `tokens[range]`.
    init(_ tokens: [Token], _ range: Range<Int>) {
        let (utf8Range, scalarRange) = tokens.spans(range)
        self.init(tokenRange: range, utf8Range: utf8Range, scalarRange: scalarRange)
    }
}

extension Array where Element == Token {
    /// The byte and scalar spans from the start of `self[range.lowerBound]` to the end of the last token.
    @inline(__always)
    func spans(_ range: Range<Int>) -> (Range<Int>, Range<Int>) {
        let first = self[range.lowerBound]
        let last = self[range.upperBound - 1]
        return (
            first.utf8Range.lowerBound..<last.utf8Range.upperBound,
            first.scalarRange.lowerBound..<last.scalarRange.upperBound
        )
    }
}
