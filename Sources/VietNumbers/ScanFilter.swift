import VietText
import VietTokenizer

/// The scanner's byte test: decides from a token's bytes (and, for words that only introduce a
/// number, the next few tokens) whether parsing may start there, without building strings.
/// Measured on the legal corpus: without it, parsing at every "năm", "từ", "không", "phần" cost
/// more than tokenising and segmenting together.
enum ScanFilter {
    /// Words that start an expression on their own: unambiguous digit words and relative-date heads.
    static let selfStarting = forms([
        "hai", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "hăm", "băm", "âm", "hôm", "bữa", "giáng", "chủ", "chúa",
    ])

    /// Words that start an expression only before a number or a date word ("năm 2022", "từ 5", "khóa XII").
    static let needsNumber = forms(Vocabulary.startWords.subtracting(
        ["hai", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "hăm", "băm", "âm", "hôm", "bữa", "giáng", "chủ", "chúa"]
    ).map(\.description))

    /// Tokens that make a number-introducing word worth parsing when they follow it closely.
    static let numeric = forms(
        (Array(Vocabulary.digits.keys) + Array(Vocabulary.unitsAfterTens.keys) + Array(Vocabulary.scales.keys)
            + Array(Vocabulary.durations.keys) + Array(Vocabulary.ordinalWords.keys)).map(\.description) + [
                "mười", "mươi", "hăm", "băm", "chục", "trăm", "linh", "lẻ", "phẩy", "chấm", "rưỡi", "rưởi", "phần",
                "nay", "qua", "kia", "mai", "sau", "tới", "trước", "ngoái", "này", "tiếp", "hiện", "kế", "rồi",
                "vừa", "tiên", "nhật", "giêng", "chạp", "mồng", "mùng", "hôm", "lúc", "đúng", "khoảng", "chừng",
            ])

    /// Words after a bare digit token that may continue an expression ("5 triệu", "25 ha", "3 ngày",
    /// "7 tháng 3", "5 đến 10"). A digit token followed by none of them is a plain NUMBER, read
    /// without running the whole grammar.
    static let continuations = forms(
        (Vocabulary.currencySuffixes.map { $0.words[0] } + Vocabulary.unitsExact.map { $0.words[0] }
            + Array(Vocabulary.scales.keys) + Array(Vocabulary.durations.keys) + Array(Vocabulary.cents)).map(\.description) + [
                "phần", "phẩy", "chấm", "đến", "tới", "cho", "trở", "h", "g", "k", "tr", "rưỡi", "rưởi", "tiếng", "kém",
                "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "trước", "sau", "nữa", "đầu", "cuối",
            ])

    /// True when `tokens[index]` is a digit token whose number stands alone: at the end of the text,
    /// before punctuation no reader continues with (``isClosingPunctuation(_:_:_:)``), or followed by
    /// a space and a word that continues no expression, with no slash close after it (rates
    /// "119,09 thuê bao/100 dân").
    static func isPlainNumber(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard tokens[index].kind == .number else { return false }
        guard index + 1 < tokens.count else {
            // Last token: only whitespace the lexer skips too may follow (a line break is a lexeme).
            return isWhitespaceOrEnd(bytes, tokens[index].utf8Range.upperBound)
        }
        let next = tokens[index + 1]
        if next.kind == .punctuation { return isClosingPunctuation(tokens, index + 1, bytes) }
        guard next.flags.contains(.spaceBefore), let hash = wordHash(next, bytes), !continuations.contains(hash) else {
            return false
        }
        var ahead = index + 2
        while ahead < tokens.count, ahead <= index + 5 {
            let token = tokens[ahead]
            let lead = bytes[token.utf8Range.lowerBound]
            if lead == UInt8(ascii: "/") || lead == UInt8(ascii: "-") || LexemeStream.isDigit(lead) { return false }
            ahead += 1
        }
        return true
    }

    /// Punctuation after a number that no reader continues with: ")" ";" "]" "!" "?" "(" "…" and
    /// quotes; "." "," ":" only when whitespace or the end follows (a glued "." or "," may be a
    /// separator, "5.000.000đ"; a glued ":" a clock). List markers ("1.", "2)") are the plain
    /// reader's skip rule.
    static func isClosingPunctuation(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = tokens[index].utf8Range
        let lead = bytes[range.lowerBound]
        if range.count == 3, lead == 0xE2, bytes[range.lowerBound + 1] == 0x80, bytes[range.lowerBound + 2] == 0xA6 { return true }  // …
        guard range.count == 1 else { return false }
        switch lead {
        case UInt8(ascii: ")"), UInt8(ascii: ";"), UInt8(ascii: "]"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "("),
            UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"):
            return isWhitespaceOrEnd(bytes, range.upperBound)
        default:
            return false
        }
    }

    /// ASCII whitespace or the end of the text at `offset`: what both the tokenizer and the lexer skip.
    private static func isWhitespaceOrEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        guard offset < bytes.count else { return true }
        let byte = bytes[offset]
        return byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    /// How many tokens after a number-introducing word are looked at ("không ít hơn 5": three words).
    static let lookahead = 4

    /// True when parsing may start at `tokens[index]`.
    static func mayStart(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        let start = token.utf8Range.lowerBound
        let lead = bytes[start]
        if LexemeStream.isDigit(lead) { return true }
        guard let hash = wordHash(token, bytes) else {
            // A symbol: currency or minus sign directly before digits ("$10", "-5", "€20").
            return index + 1 < tokens.count && isDigitToken(tokens[index + 1], bytes) && isStartSymbol(bytes, start)
        }
        if selfStarting.contains(hash) { return true }
        guard needsNumber.contains(hash) else { return false }
        var next = index + 1
        while next < tokens.count, next <= index + lookahead {
            let following = tokens[next]
            if isDigitToken(following, bytes) || isRoman(following, bytes) { return true }
            if let followingHash = wordHash(following, bytes), numeric.contains(followingHash) { return true }
            next += 1
        }
        return false
    }

    private static func isDigitToken(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        LexemeStream.isDigit(bytes[token.utf8Range.lowerBound])
    }

    /// An upper-case Roman numeral token ("XII", "IV").
    private static func isRoman(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = token.utf8Range
        guard range.count <= 15 else { return false }
        for offset in range {
            switch bytes[offset] {
            case UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L"), UInt8(ascii: "C"),
                UInt8(ascii: "D"), UInt8(ascii: "M"):
                continue
            default: return false
            }
        }
        return true
    }

    /// FNV-1a hash of the token's leading letters (at most 16 bytes), or nil when it starts with no letter.
    static func wordHash(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var offset = token.utf8Range.lowerBound
        let limit = Swift.min(token.utf8Range.upperBound, bytes.count)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var length = 0
        while offset < limit {
            let byte = bytes[offset]
            let isLetter = LexemeStream.isASCIILetter(byte) || (byte >= 0x80 && byte != 0xC2 && byte != 0xE2)
            guard isLetter else { break }
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            offset += 1
            length += 1
            if length > 16 { return 0 }
        }
        return length == 0 ? nil : hash
    }

    private static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Hashes of the lower-case, Capitalised and UPPER NFC forms of `words`.
    private static func forms(_ words: [String]) -> FNVHashSet {
        var result = FNVHashSet()
        for word in words {
            result.insert(hash(word))
            result.insert(hash(VietCase.capitalized(word)))
            result.insert(hash(VietCase.uppercased(word)))
        }
        return result
    }

    static func isStartSymbol(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        switch bytes[offset] {
        case UInt8(ascii: "$"), UInt8(ascii: "-"), UInt8(ascii: ","): return true
        case 0xC2: return offset + 1 < bytes.count && (bytes[offset + 1] == 0xA3 || bytes[offset + 1] == 0xA5)  // £ ¥
        case 0xE2:  // € ₫ −
            return offset + 2 < bytes.count
                && (bytes[offset + 1] == 0x82 && (bytes[offset + 2] == 0xAC || bytes[offset + 2] == 0xAB)
                    || bytes[offset + 1] == 0x88 && bytes[offset + 2] == 0x92)
        default: return false
        }
    }
}

/// A set of FNV-1a hashes with open addressing: the hashes are already well mixed, so probing on
/// their low bits avoids the cost of `Set<UInt64>`'s SipHash on every token (measured: 6% of the scan).
struct FNVHashSet {
    private var slots = [UInt64](repeating: 0, count: 1024)
    private var count = 0

    mutating func insert(_ hash: UInt64) {
        let value = hash == 0 ? 1 : hash
        if (count + 1) * 2 > slots.count { grow() }
        var index = Int(truncatingIfNeeded: value) & (slots.count - 1)
        while slots[index] != 0 {
            if slots[index] == value { return }
            index = (index + 1) & (slots.count - 1)
        }
        slots[index] = value
        count += 1
    }

    func contains(_ hash: UInt64) -> Bool {
        let value = hash == 0 ? 1 : hash
        var index = Int(truncatingIfNeeded: value) & (slots.count - 1)
        while slots[index] != 0 {
            if slots[index] == value { return true }
            index = (index + 1) & (slots.count - 1)
        }
        return false
    }

    private mutating func grow() {
        let old = slots.filter { $0 != 0 }
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        count = 0
        for value in old { insert(value) }
    }
}

