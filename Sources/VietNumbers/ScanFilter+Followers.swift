import VietTokenizer

/// What must follow a number-introducing word (``WordClass/needsNumber``) for the grammar to read
/// an expression there, tested on the next one or two tokens before any parsing.
///
/// The look-ahead of ``ScanFilter/mayStart(_:_:_:_:_:)`` (a digit or numeric word within four
/// tokens) let through many words the grammar then rejects: on the legal corpus 680 of 1 529
/// parses per MB failed, at "từ ngày nhận", "không thực hiện", "ngày … tháng … năm", "trên không
/// gian", each costing as much as a successful one (with this test: 174). Every reader that starts at such a word
/// needs the next token to be part of the expression: the date words read a number or a relative
/// word right after them ("tháng 6", "năm nay"), the number words a number, unit or currency
/// word ("ba triệu", "năm ha"), the qualifiers their own next word or a whole expression ("không
/// quá", "trên 5"), "từ" an expression ("từ 5", "từ ngày 1/7"). The test here is that condition
/// widened to whole word classes, so it may pass a token the grammar rejects, never the reverse.
extension ScanFilter {
    /// Words whose every reading is a qualifier or range introducer before a whole expression:
    /// after them comes the rest of a qualifier phrase ("ước tính") or an expression's start
    /// ("trên 5 ha", "từ ngày 1/7"), never a bare date or unit word. (Words with other readings —
    /// "giữa năm" is a period, "khoảng" in "lúc khoảng" — are not listed.)
    static let expressionIntroducers: [String] = ["từ", "trên", "hơn", "vượt", "quá", "dưới", "gần", "tầm", "ước", "chừng"]

    /// Words that are a number on their own after a qualifier ("trên ba", "hơn mười", "hơn chục", "hơn
    /// trăm"): the digit words but "không" (zero only before "phẩy" or "chấm") and the tens, hundreds
    /// and unit words. (Scale words alone are no number in running text.)
    static let numberWords: [String] =
        (Array(Vocabulary.digits.keys) + Array(Vocabulary.unitsAfterTens.keys)).map(\.description).filter { $0 != "không" } + [
            "mười", "mươi", "hăm", "băm", "chục", "trăm",
        ]

    /// The later words of the qualifier phrases ("không quá", "tối đa", "ít nhất", "xấp xỉ"), and the
    /// "đủ" of a range's "từ đủ 3 tháng" and "ngoài" of "từ ngoài 15 hải lý".
    static let phraseContinuations: [String] = Vocabulary.qualifiers.flatMap { $0.words.dropFirst() }.map(\.description) + [
        "đủ", "ngoài",
    ]

    /// How deep ``mayContinue(_:_:_:_:_:_:depth:)`` follows introducers ("từ trên 5", "trên
    /// không quá 5"): deeper chains are let through.
    static var followDepth: Int { 2 }

    /// Whether the tokens after the number-introducing word `tokens[index]` (of classes `classes`)
    /// may continue it into an expression. Always true for a token whose key is not trusted
    /// (``hasTrustedKey(_:_:_:)``): the grammar's next lexeme may be inside it ("năm2015", "USD1,23").
    static func mayContinue(
        _ tokens: [Token], _ keys: UnsafeBufferPointer<UInt64>, _ index: Int, _ classes: WordClass,
        _ bytes: UnsafeBufferPointer<UInt8>, _ words: WordClassTable, depth: Int
    ) -> Bool {
        let next = index + 1
        guard depth > 0, hasTrustedKey(tokens[index], keys, index) else { return true }
        guard next < tokens.count else { return false }
        let token = tokens[next]
        let lead = bytes[token.utf8Range.lowerBound]
        if LexemeStream.isDigit(lead) { return true }
        guard isLetter(lead) else {
            // "năm (05) ngày": a number word restated in digits, which the grammar reads with it.
            return !isEndingPunctuation(token, bytes) || classes.contains(.numberWord) && lead == UInt8(ascii: "(") && next + 1 < tokens.count
                && LexemeStream.isDigit(bytes[tokens[next + 1].utf8Range.lowerBound])
        }
        let following = wordClasses(tokens, keys, next, bytes, words)
        if following.contains(.phraseContinuation) { return true }
        if classes.contains(.expressionIntroducer) {
            // The next word must start the expression itself: a number word, a word that starts
            // one alone, or an introducer ("ngày", "tháng", "khoảng") followed as far as ``followDepth``.
            if !following.isDisjoint(with: [.numberWord, .selfStarting, .needsFollower]) { return true }
            guard following.contains(.needsNumber) else { return false }
            return mayContinue(tokens, keys, next, following, bytes, words, depth: depth - 1)
        }
        // An upper-case Roman letter may start a numeral lexeme ("quý III/2018", "Chương IV"); a
        // number word may be a rate's numerator ("ba chuyến/tuần").
        return !following.isDisjoint(with: [.numeric, .continuation, .selfStarting, .needsNumber]) || isRomanLetter(lead)
            || classes.contains(.numberWord) && mayStartRate(bytes, token.utf8Range.lowerBound)
    }

    /// The classes of the letter token `tokens[index]`: by its lexicon key when trusted (the union
    /// over case forms, a superset of the exact answer), else by the hash of its leading letters.
    @inline(__always)
    static func wordClasses(
        _ tokens: [Token], _ keys: UnsafeBufferPointer<UInt64>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>,
        _ words: WordClassTable
    ) -> WordClass {
        if hasTrustedKey(tokens[index], keys, index) { return words.classes(ofLexiconKey: keys[index]) }
        return untrustedWordHash(tokens[index], bytes).map { words.classes(of: $0) } ?? []
    }

    /// Punctuation no reader reads between a number-introducing word and its number: "," ";" ":"
    /// "(" ")" "[" "]" "!" "?" quotes and the ellipsis ("…", "..."). ("." is read in "Rs. 5", "-"
    /// is a minus, and other symbols may be what the tokenizer keeps and the lexer skips.)
    static func isEndingPunctuation(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .punctuation else { return false }
        let range = token.utf8Range
        if isEllipsis(range, bytes) { return true }
        if range.count > 1 { return range.allSatisfy { bytes[$0] == UInt8(ascii: ".") } }
        switch bytes[range.lowerBound] {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["),
            UInt8(ascii: "]"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "'"):
            return true
        default:
            return false
        }
    }
}
