/// Splits text into sentences, knowing that the dots of Vietnamese abbreviations ("TP.HCM",
/// "Tp. Hà Nội", "ThS.", "v.v."), numbers ("1.456.018", "4.42"), dates ("26.10.2006") and
/// document codes do not end sentences: they sit inside tokens, so only standalone sentence
/// punctuation can.
///
/// A sentence ends after "." "!" "?" "…" or "..." (and any closing quotes or brackets that follow)
/// when the next token starts a sentence — an upper-case letter, a digit, an opening quote, bracket
/// or dash — or the text ends; "v.v." and "etc." end one when a capitalised word follows. A straight
/// quote spaced from the full stop and glued to the next word opens the next sentence (". \"Bắt"); a
/// dash before a lower-case word adds who spoke ("\"…\" - anh kể"); the dot of an initial ("ông H.",
/// "điểm a.1") ends a sentence only before a capital. A line break between tokens always ends a
/// sentence (headings, list items).
///
/// Measured by `viet eval sentences` (boundaries inside paragraphs of five sentences written back as
/// text): F1 0.998 on UD-VTB test, 0.993 on dev, 0.987 on UD-TueCL.
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
                        isClosing(bytes, tokens, end)
                            || (isTerminal(bytes, tokens[end]) && !tokens[end].flags.contains(.spaceBefore))
                    {
                        end += 1
                    }
                    if index > 0, isInitial(bytes, tokens, period: index) {
                        // "ông H. (xin giấu tên)", "vụ h. 15 tuổi": an initial's dot ends a sentence
                        // only before a capitalised word.
                        isEnd = end == tokens.count || tokens[end].flags.contains(.capitalized)
                    } else {
                        isEnd = end == tokens.count || startsSentence(bytes, tokens, end)
                    }
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

    /// Whether `tokens[index]` closes what the sentence before it opened: a closing bracket or
    /// quote; a straight quote unless it is spaced from the terminal before it and glued to the
    /// word after it, as an opening quote is ("… này. \"Bắt kiểu này …").
    private func isClosing(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.kind == .punctuation else { return false }
        let first = bytes[token.utf8Range.lowerBound]
        switch first {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return !(token.flags.contains(.spaceBefore) && index + 1 < tokens.count && !tokens[index + 1].flags.contains(.spaceBefore))
        case UInt8(ascii: ")"), UInt8(ascii: "]"): return true
        case 0xE2:  // ” U+201D (E2 80 9D), ’ U+2019 (E2 80 99)
            let last = bytes[token.utf8Range.upperBound - 1]
            return token.utf8Range.count == 3 && (last == 0x9D || last == 0x99)
        case 0xC2:  // » U+00BB
            return bytes[token.utf8Range.upperBound - 1] == 0xBB
        default: return false
        }
    }

    /// Whether `tokens[index]` may begin a sentence after a terminal: a capital, a number, an
    /// opening quote or bracket, or a dash before anything but a lower-case word (a dash before
    /// one adds who spoke: "\"… về nước\" - Vy kể").
    private func startsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        if token.flags.contains(.capitalized) { return true }
        if isDash(bytes, token), index + 1 < tokens.count, tokens[index + 1].kind == .word {
            return tokens[index + 1].flags.contains(.capitalized)
        }
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

    /// Whether `tokens[period]` is a "." glued to a word of one Latin letter after a space: the
    /// dot of an initial ("ông H.", "Thợ săn K.", "điểm a.1"; not a Chinese character's word).
    private func isInitial(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], period: Int) -> Bool {
        let dot = tokens[period]
        let letter = tokens[period - 1]
        guard dot.utf8Range.count == 1, bytes[dot.utf8Range.lowerBound] == UInt8(ascii: "."), !dot.flags.contains(.spaceBefore),
            letter.kind == .word, letter.scalarRange.count == 1, letter.flags.contains(.spaceBefore) || period == 1
        else { return false }
        // One scalar: ASCII, or two bytes (Latin-1 to Latin Extended-B, "Đ"), or Latin Extended
        // Additional (U+1E00–U+1EFF: E1 B8 80 – E1 BB BF, "Ạ").
        let lead = bytes[letter.utf8Range.lowerBound]
        switch letter.utf8Range.count {
        case 1: return true
        case 2: return lead >= 0xC3 && lead <= 0xC9
        case 3: return lead == 0xE1 && (0xB8...0xBB).contains(bytes[letter.utf8Range.lowerBound + 1])
        default: return false
        }
    }

    /// "-", "–" (U+2013) or "—" (U+2014) alone.
    private func isDash(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        let range = token.utf8Range
        if range.count == 1 { return bytes[range.lowerBound] == UInt8(ascii: "-") }
        return range.count == 3 && bytes[range.lowerBound] == 0xE2 && bytes[range.lowerBound + 1] == 0x80
            && (bytes[range.lowerBound + 2] == 0x93 || bytes[range.lowerBound + 2] == 0x94)
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
