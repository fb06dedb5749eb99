/// Splits text into sentences, knowing that the dots of Vietnamese abbreviations ("TP.HCM",
/// "Tp. Hà Nội", "ThS.", "v.v."), numbers ("1.456.018", "4.42"), dates ("26.10.2006") and
/// document codes do not end sentences: they sit inside tokens, so only standalone sentence
/// punctuation can.
///
/// A sentence ends after "." "!" "?" "…" or "..." (and any closing quotes or brackets that follow)
/// when the next token starts a sentence — an upper-case letter, a digit, an opening quote, bracket
/// or dash — or the text ends; "v.v." and "etc." end one when a capitalised word follows. A line
/// break between tokens always ends a sentence (headings, list items).
///
/// ```swift
/// let splitter = SentenceSplitter()
/// let text = "Tp. Hồ Chí Minh có 1.456.018 hộ. Nghị quyết 17/NQ-CP ban hành ngày 7-3-2019!"
/// splitter.split(text)
/// // ["Tp. Hồ Chí Minh có 1.456.018 hộ.", "Nghị quyết 17/NQ-CP ban hành ngày 7-3-2019!"]
/// ```
public struct SentenceSplitter: Sendable {
    /// The tokenizer used for string input.
    public let tokenizer: Tokenizer

    /// Creates a splitter.
    public init(tokenizer: Tokenizer = Tokenizer()) {
        self.tokenizer = tokenizer
    }

    /// The sentences of `text` as strings, in order (surrounding whitespace excluded).
    ///
    /// - Complexity: O(n) in the length of `text`.
    public func split(_ text: String) -> [Substring] {
        let tokenized = tokenizer.tokenize(text)
        return sentences(in: tokenized).map { tokenized.text(utf8Range: $0.utf8Range) }
    }

    /// The sentences of tokenized text.
    ///
    /// - Complexity: O(n) in the number of tokens.
    public func sentences(in tokenized: TokenizedText) -> [Sentence] {
        var sentences: [Sentence] = []
        var text = tokenized.text
        let tokens = tokenized.tokens
        text.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < tokens.count {
                var end = index + 1
                var isEnd = false
                if isTerminal(bytes, tokens[index]) {
                    while end < tokens.count,
                        isClosing(bytes, tokens[end])
                            || (isTerminal(bytes, tokens[end]) && !tokens[end].flags.contains(.spaceBefore))
                    {
                        end += 1
                    }
                    isEnd = end == tokens.count || startsSentence(bytes, tokens[end])
                } else if tokens[index].kind == .abbreviation, isEtcetera(bytes, tokens[index]) {
                    isEnd = end == tokens.count || tokens[end].flags.contains(.capitalized)
                }
                if !isEnd, end < tokens.count,
                    hasLineBreak(bytes, tokens[end - 1].utf8Range.upperBound, tokens[end].utf8Range.lowerBound)
                {
                    isEnd = true
                }
                if isEnd || end == tokens.count {
                    let first = tokens[start]
                    let last = tokens[end - 1]
                    sentences.append(
                        Sentence(
                            tokenRange: start..<end,
                            utf8Range: first.utf8Range.lowerBound..<last.utf8Range.upperBound,
                            scalarRange: first.scalarRange.lowerBound..<last.scalarRange.upperBound
                        ))
                    start = end
                }
                index = end
            }
        }
        return sentences
    }

    private func isTerminal(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch bytes[token.utf8Range.lowerBound] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
        case 0xE2:  // "…" U+2026 = E2 80 A6
            return token.utf8Range.count == 3 && bytes[token.utf8Range.lowerBound + 1] == 0x80
                && bytes[token.utf8Range.lowerBound + 2] == 0xA6
        default: return false
        }
    }

    private func isClosing(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        let first = bytes[token.utf8Range.lowerBound]
        switch first {
        case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"): return true
        case 0xE2:  // ” U+201D (E2 80 9D), ’ U+2019 (E2 80 99)
            let last = bytes[token.utf8Range.upperBound - 1]
            return token.utf8Range.count == 3 && (last == 0x9D || last == 0x99)
        case 0xC2:  // » U+00BB
            return bytes[token.utf8Range.upperBound - 1] == 0xBB
        default: return false
        }
    }

    private func startsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        if token.flags.contains(.capitalized) { return true }
        switch token.kind {
        case .number, .date, .time, .code, .url, .email: return true
        case .punctuation, .symbol:
            let first = bytes[token.utf8Range.lowerBound]
            return first == UInt8(ascii: "\"") || first == UInt8(ascii: "(") || first == UInt8(ascii: "[")
                || first == UInt8(ascii: "-") || first == UInt8(ascii: "'") || first == 0xE2 || first == 0xC2
                || first == UInt8(ascii: "*")
        case .word:
            return false  // lower case continues the sentence ("… và v.v… các đơn vị")
        case .abbreviation:
            return true
        }
    }

    private func isEtcetera(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        let text = UnsafeBufferPointer(rebasing: bytes[token.utf8Range])
        return text.elementsEqual("v.v.".utf8) || text.elementsEqual("etc.".utf8)
    }

    private func hasLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            if bytes[index] == 0x0A || bytes[index] == 0x0D { return true }
            index += 1
        }
        return false
    }
}
