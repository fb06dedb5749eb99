import VietText
import VietTokenizer

/// The scanner's byte test: decides from a token's bytes (and, for words that only introduce a
/// number, the next few tokens) whether parsing may start there, without building strings.
/// Measured on the legal corpus: without it, parsing at every "năm", "từ", "không", "phần" cost
/// more than tokenising and segmenting together.
enum ScanFilter {
    /// Words that start an expression on their own: unambiguous digit words and relative-date heads.
    static let selfStarting: [String] = [
        "hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười", "hăm", "băm", "hôm", "bữa", "giáng", "chủ", "chúa",
        "những", "thập", "thế", "nửa",
    ] + Vocabulary.englishMonths.keys.map(\.description)

    /// Start words every reading of which needs one of a few words next: "chủ nhật" (the weekday
    /// reader's only use of "chủ"), "phụ lục" (the Roman ordinal's, "Phụ lục II"), "đầu năm"/"cuối
    /// tháng"/"cuối những năm 1990"… (period parts), "đầu tiên" (ordinal), "những năm"/"thập niên"
    /// (decades), "thế kỷ" (centuries), "Thế chiến II", "trung tuần" (ten days of a month), "nửa
    /// năm" (half a year), "nửa đầu năm" (its first half), "nửa triệu" (half a million). Most of
    /// their occurrences are "chủ tịch", "đầu tư", "cuối cùng", "những người", "thu thập", "thế
    /// giới", "trung ương".
    static let requiredFollowers: [(word: String, followers: [LexemeKey])] = [
        ("chủ", ["nhật"]), ("chúa", ["nhật"]), ("đầu", ["năm", "tháng", "quý", "tuần", "tiên", "những", "thập", "thế"]),
        ("cuối", ["năm", "tháng", "quý", "tuần", "những", "thập", "thế"]), ("những", ["năm"]), ("thập", ["niên", "kỷ", "kỉ"]),
        ("thế", ["kỷ", "kỉ", "chiến"]), ("phụ", ["lục"]), ("học", ["kỳ"]),
        ("thượng", ["tuần"]), ("trung", ["tuần"]), ("hạ", ["tuần"]),
        // In running text "vào" begins only "vào khoảng" (its clock, "vào lúc 9h", is a whole phrase's).
        ("vào", ["khoảng"]),
        ("nửa", Array(Vocabulary.durations.keys) + Vocabulary.longPeriodStarts + ["đầu", "cuối"] + Array(Vocabulary.scales.keys)),
    ]

    /// ``requiredFollowers`` by the ``hash(_:)`` of each form (lower-case, Capitalised, UPPER).
    private static let followersByHash: [(hash: UInt64, followers: [LexemeKey])] = requiredFollowers.flatMap { entry in
        [entry.word, VietCase.capitalized(entry.word), VietCase.uppercased(entry.word)].map { (hash($0), entry.followers) }
    }

    /// Words that start an expression only before a number or a date word ("năm 2022", "từ 5", "khóa XII").
    static let needsNumber: [String] = Vocabulary.startWords.map(\.description).filter { !selfStarting.contains($0) }

    /// Tokens that make a number-introducing word worth parsing when they follow it closely.
    static let numeric: [String] =
        (Array(Vocabulary.digits.keys) + Array(Vocabulary.unitsAfterTens.keys) + Array(Vocabulary.scales.keys)
            + Array(Vocabulary.durations.keys) + Array(Vocabulary.ordinalWords.keys)).map(\.description) + [
                "mười", "mươi", "hăm", "băm", "chục", "trăm", "linh", "lẻ", "phẩy", "chấm", "rưỡi", "rưởi", "phần", "nửa",
                "nay", "qua", "kia", "mai", "sau", "tới", "trước", "ngoái", "này", "tiếp", "hiện", "kế", "rồi",
                "vừa", "tiên", "nhật", "giêng", "chạp", "mồng", "mùng", "hôm", "lúc", "đúng", "khoảng", "chừng",
                // "sáng sớm ngày 24 tháng 8": a part of a part of the day (`Recognizer.dayPartDate(_:)`).
                "sớm",
            ]

    /// Words after a bare digit token that may continue an expression ("5 triệu", "25 ha", "3 ngày",
    /// "7 tháng 3", "5 đến 10"). A digit token followed by none of them is a plain NUMBER, read
    /// without running the whole grammar.
    static let continuations: [String] =
        (Vocabulary.currencySuffixes.map { $0.words[0] } + Vocabulary.unitsExact.map { $0.words[0] }
            + Array(Vocabulary.scales.keys) + Array(Vocabulary.durations.keys) + Array(Vocabulary.cents)).map(\.description) + [
                "phần", "phẩy", "chấm", "đến", "đên", "tới", "cho", "trở", "h", "g", "k", "tr", "rưỡi", "rưởi", "nửa", "tiếng",
                "kém", "sáng", "trưa", "chiều", "tối", "đêm", "khuya", "trước", "sau", "nữa", "đầu", "cuối",
                // "từ 12 lên 15%": the first amount of a change takes the second's unit (`Recognizer.changeStart`).
                "lên", "xuống",
                // The first words of `Recognizer.nounUnit(_:)`'s units ("0,5 điểm phần trăm", "2 chỉ vàng").
                "điểm", "chỉ", "lượng",
                // "5 trăm nghìn đồng", "2 chục quả": a digit's hundreds or tens (`Recognizer.digitTimesWord(_:_:)`).
                "trăm", "chục",
                // "4,5 trđ": millions of đồng (`Recognizer.millionsOfDongEnd(_:)`; "tr" is in the list above).
                "trđ",
                // "9.1094 × 10−31 kg": a power of ten; "(13,8 in)": inches; "đại bác 105 ly": a calibre;
                // "3.000 thùng dầu": barrels.
                "×", "x", "in", "ly", "thùng",
                // "1967 to 1977": English years of a range (`Recognizer.range(from:at:between:_:)`).
                "to", "until", "till",
                // "3500 B.C.": the dotted era (`Recognizer.era(at:)`).
                "b",
            ] + Vocabulary.eraWords.map(\.description) + Vocabulary.longPeriodStarts.map(\.description)
            + Vocabulary.englishMonths.keys.map(\.description)

    /// The four lists above in one table, in their lower-case, Capitalised and UPPER forms: one
    /// probe per token. Callers load it once per scan (a `static let` access costs a `swift_once`).
    static let words = WordClassTable(caseForms(mergingDuplicates(wordLists)), startingMarks: startingMarks)

    /// The lists of ``words`` and the class each gives its words (a word may be in several).
    static var wordLists: [(words: [String], wordClass: WordClass)] {
        [
            (selfStarting, .selfStarting), (needsNumber, .needsNumber), (numeric, .numeric),
            (continuations, .continuation), (requiredFollowers.map(\.word), .needsFollower),
            (Vocabulary.romanIntroducersOnly.map(\.description), .romanIntroducerOnly),
            (expressionIntroducers, .expressionIntroducer), (phraseContinuations, .phraseContinuation), (numberWords, .numberWord),
            (requiredFollowers.flatMap { $0.followers.map(\.description) }, .requiredFollower),
            (Vocabulary.ranks.keys.map(\.description), .rankIntroducer),
            (Vocabulary.ranks.keys.flatMap { Vocabulary.ranks[$0]!.keys }.map(\.description), .rankWord),
        ]
    }

    /// Each word of `lists` once, with the union of the classes of the lists that hold it, in the
    /// order of first appearance (words are the same when their bytes are). The table gives a form
    /// listed twice the union of its classes anyway; merged first, each word's case forms are made
    /// and keyed once: the lists hold about 1 000 words but far fewer distinct ones (every unit's
    /// first word, every digit word in several lists), and making and tokenizing their forms was
    /// most of the table's cost, paid at the first scan of every process.
    static func mergingDuplicates(_ lists: [(words: [String], wordClass: WordClass)]) -> [(word: String, wordClass: WordClass)] {
        var merged: [(word: String, wordClass: WordClass)] = []
        // Found by the FNV hash of the bytes and compared byte by byte, not as `String`s (whose
        // hashing normalises, and two canonically equivalent spellings are two forms here). A
        // word whose hash another word has is kept apart: the table merges it anyway.
        var position: [UInt64: Int] = [:]
        for (list, wordClass) in lists {
            for word in list {
                let hash = hash(word)
                if let index = position[hash], merged[index].word.utf8.elementsEqual(word.utf8) {
                    merged[index].wordClass.formUnion(wordClass)
                } else {
                    if position[hash] == nil { position[hash] = merged.count }
                    merged.append((word, wordClass))
                }
            }
        }
        return merged
    }

    /// The forms ``words`` lists of each word: lower case, Capitalised and UPPER.
    static func caseForms(_ entries: [(word: String, wordClass: WordClass)]) -> [(form: String, wordClass: WordClass)] {
        entries.flatMap { word, wordClass in
            // An English month starts and continues nothing in lower case (the reader wants a
            // capital): "may" is Vietnamese "sew" ("may dán ký hiệu", the legal corpus's uniforms).
            let lower = englishMonthNames.contains(word) ? [] : [word]
            return (lower + [VietCase.capitalized(word), VietCase.uppercased(word)]).map { (form: $0, wordClass: wordClass) }
        }
    }

    /// The punctuation and symbols that may start an expression, one string a scalar: every scalar
    /// ``isStartSymbol(_:_:)`` accepts (its bytes are all it reads), ASCII or led by 0xC2 or 0xE2.
    static var startingMarks: [String] {
        let scalars = ((0x21...0xBF) as ClosedRange<UInt32>).compactMap(Unicode.Scalar.init)
            + ((0x2000...0x2FFF) as ClosedRange<UInt32>).compactMap(Unicode.Scalar.init)
        return scalars.map { String($0) }.filter { mark in
            var text = mark
            return text.withUTF8 { isStartSymbol($0, 0) }
        }
    }

    /// ``Vocabulary/englishMonths``' names as the lists above hold them.
    private static let englishMonthNames = Set(Vocabulary.englishMonths.keys.map(\.description))

    /// True when `tokens[index]` is a digit token whose number stands alone: at the end of the text,
    /// before punctuation no reader continues with (``isClosingPunctuation(_:_:_:)``), or followed by
    /// a space and a word that continues no expression and starts no rate ("119,09 thuê bao/100 dân").
    static func isPlainNumber(
        _ tokens: [Token], _ keys: UnsafeBufferPointer<UInt64>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>,
        _ words: WordClassTable
    ) -> Bool {
        // A signed number ("-5", one token) is the grammar's: the plain reader reads digits only.
        guard tokens[index].kind == .number, LexemeStream.isDigit(bytes[tokens[index].utf8Range.lowerBound]) else { return false }
        guard index + 1 < tokens.count else {
            // Last token: only whitespace the lexer skips too may follow (a line break is a lexeme).
            return isWhitespaceOrEnd(bytes, tokens[index].utf8Range.upperBound)
        }
        let next = tokens[index + 1]
        if next.kind == .punctuation {
            if isClosingPunctuation(tokens, index + 1, bytes) {
                return !opensRestatement(tokens, keys, index + 1, bytes, words) && !breaksThousands(tokens, index + 1, bytes)
            }
            return isSpacedDashBeforeWord(tokens, keys, index + 1, bytes, words) && !countsBeforeBound(tokens, index, bytes)
        }
        guard next.flags.contains(.spaceBefore) else { return false }
        if !hasTrustedKey(next, keys, index + 1) || words.classes(ofLexiconKey: keys[index + 1]).contains(.continuation) {
            guard let hash = untrustedWordHash(next, bytes), !words.classes(of: hash).contains(.continuation) else { return false }
        }
        return !mayStartRate(bytes, next.utf8Range.lowerBound) && !countsBeforeBound(tokens, index, bytes)
    }

    /// Whether `tokens[index]` is a dash between spaces ("-", "–", "—") before a word that starts,
    /// continues and introduces nothing: the "1890 – Người Bồ Đào Nha…", "1967 - John Barrowman" of
    /// Wikipedia's timelines (half of the parses of its day-of-the-year pages). A range's second
    /// bound after a dash is a number, a number word, "nay", a month, an introduced date: each is
    /// in such a class of ``words`` (a word only some start word needs next, "Chiến" of "Thế
    /// chiến II", is in none of them).
    static func isSpacedDashBeforeWord(
        _ tokens: [Token], _ keys: UnsafeBufferPointer<UInt64>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>,
        _ words: WordClassTable
    ) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let dash = tokens[index]
        guard dash.flags.contains(.spaceBefore), isDash(dash.utf8Range, bytes) else { return false }
        let word = tokens[index + 1]
        guard word.flags.contains(.spaceBefore), !word.flags.contains(.hasDigits), isLetter(bytes[word.utf8Range.lowerBound]) else {
            return false
        }
        return wordClasses(tokens, keys, index + 1, bytes, words).isSubset(of: .requiredFollower)
    }

    /// Whether `range` is "-", "–" (U+2013) or "—" (U+2014).
    private static func isDash(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = range.lowerBound
        if range.count == 1 { return bytes[start] == UInt8(ascii: "-") }
        return range.count == 3 && bytes[start] == 0xE2 && bytes[start + 1] == 0x80 && (bytes[start + 2] == 0x93 || bytes[start + 2] == 0x94)
    }

    /// Whether "trở" follows the noun one to four words after the number `tokens[index]`: "18 tuổi
    /// trở lên", "10 lao động trở xuống", "50 hộ gia đình trở lên" are bounds the grammar reads
    /// (``Recognizer``'s counted suffix qualifier). Four byte comparisons at most.
    private static func countsBeforeBound(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + 2 < tokens.count else { return false }
        // The word loaded once, not at every comparison (each a `static let` access and bounds checks).
        let word = trở
        for position in index + 2..<Swift.min(index + 6, tokens.count) {
            let range = tokens[position].utf8Range
            if range.count == word.count, UnsafeBufferPointer(rebasing: bytes[range]).elementsEqual(word) { return true }
        }
        return false
    }

    /// The UTF-8 of "trở".
    private static let trở: [UInt8] = Array("trở".utf8)

    /// Whether `tokens[index]`, a "." or ",", is followed by three digits after a space: a group of
    /// thousands a scan broke off ("30.000. 000 đồng"), which the grammar may read with the digits before.
    private static func breaksThousands(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index + 1 < tokens.count, tokens[index].utf8Range.count == 1 else { return false }
        let lead = bytes[tokens[index].utf8Range.lowerBound]
        guard lead == UInt8(ascii: ".") || lead == UInt8(ascii: ",") else { return false }
        let group = tokens[index + 1]
        return group.kind == .number && group.utf8Range.count >= 3 && LexemeStream.isDigit(bytes[group.utf8Range.lowerBound])
    }

    /// Whether `tokens[index]` is a "(" before a number word: the digits before it may be restated in
    /// words ("15 (mười lăm) ngày"), which the grammar reads with them.
    private static func opensRestatement(
        _ tokens: [Token], _ keys: UnsafeBufferPointer<UInt64>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>,
        _ words: WordClassTable
    ) -> Bool {
        guard bytes[tokens[index].utf8Range.lowerBound] == UInt8(ascii: "("), index + 1 < tokens.count else { return false }
        return isNumericWord(tokens, keys, index + 1, bytes, words, .numberWord)
    }

    /// Whether the words at `offset` may be a rate's nouns: the grammar's rate readers take up to
    /// three words and need a "/" glued to one of them ("thuê bao/100 dân") or "trên" and digits
    /// after them ("người trên 100.000 dân", `Recognizer.ratePerPopulation(_:_:)`; "trên" alone
    /// too, "2 trên 3", `Recognizer.partOutOf(_:_:)`). Read on the
    /// lexer's letters and whitespace, so a false answer means the readers cannot match.
    static func mayStartRate(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        // The readers pass only letters and whitespace before their "/" or digits, so one of those
        // must be the first ASCII byte that is neither: looked for first by a byte loop cheaper than
        // the lexer's letter and whitespace tests, which then run only when it finds one or gives
        // up. It gives up after `rateProbeLength` bytes: unbounded, a line of words without
        // punctuation ("ba xyz ba xyz …") made every number word walk to the line's end.
        var probe = start
        let probeEnd = Swift.min(bytes.count, start + rateProbeLength)
        while probe < probeEnd {
            let byte = bytes[probe]
            guard byte < 0x80, (byte | 0x20) &- UInt8(ascii: "a") >= 26, byte != 0x20, byte != 0x09, byte != 0x0D else {
                probe += 1
                continue
            }
            break
        }
        if probe < probeEnd, bytes[probe] != UInt8(ascii: "/"), !LexemeStream.isDigit(bytes[probe]) { return false }
        if probe == bytes.count { return false }
        var offset = start
        // Up to three nouns before a "/", or before "trên" (the fourth word at most): "2 trên 3" has none.
        for word in 0..<4 {
            guard offset < bytes.count, LexemeStream.isLetterStart(bytes, at: offset, limit: bytes.count) else { return false }
            let wordStart = offset
            while offset < bytes.count, LexemeStream.isLetterStart(bytes, at: offset, limit: bytes.count) {
                offset = Swift.min(bytes.count, offset + LexemeStream.scalarLength(bytes[offset]))
            }
            guard offset < bytes.count else { return false }
            if bytes[offset] == UInt8(ascii: "/") { return word < 3 }
            let per = trênForms.contains { $0.elementsEqual(UnsafeBufferPointer(rebasing: bytes[wordStart..<offset])) }
            var spaced = false
            while offset < bytes.count {
                let length = LexemeStream.whitespaceLength(bytes, at: offset, limit: bytes.count)
                guard length > 0 else { break }
                offset += length
                spaced = true
            }
            guard spaced else { return false }
            if per { return offset < bytes.count && LexemeStream.isDigit(bytes[offset]) }
        }
        return false
    }

    /// The UTF-8 of "trên", composed and with a combining circumflex.
    private static let trênForms: [[UInt8]] = [Array("trên".utf8), Array("tre\u{0302}n".utf8)]

    /// How far ``mayStartRate(_:_:)`` looks for a "/" by its cheap byte test: three words and the
    /// spaces between them fit in most cases, and past it the exact test decides.
    static var rateProbeLength: Int { 64 }

    /// The ellipsis character "…" (U+2026), the whole of `range`.
    @inline(__always)
    static func isEllipsis(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        range.count == 3 && bytes[range.lowerBound] == 0xE2 && bytes[range.lowerBound + 1] == 0x80 && bytes[range.lowerBound + 2] == 0xA6
    }

    /// What ``mayStart(_:_:_:_:_:)`` answers for a token that does not begin with a letter (at the
    /// bytes `range`, before the token `next`, if any): a digit or a vulgar fraction ("¼") starts, any
    /// other symbol only as a currency or minus sign directly before digits, in the same token ("-5",
    /// which the tokenizer keeps whole) or the next ("$10", "€20").
    @inline(__always)
    static func nonLetterMayStart(_ range: Range<Int>, before next: Token?, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = range.lowerBound
        if LexemeStream.isDigit(bytes[start]) { return true }
        guard isStartSymbol(bytes, start) else { return false }
        if VulgarFraction.at(bytes, start) != nil { return true }
        let symbolEnd = start + LexemeStream.scalarLength(bytes[start])
        if symbolEnd < range.upperBound { return symbolEnd < bytes.count && LexemeStream.isDigit(bytes[symbolEnd]) }
        guard let next else { return false }
        return isDigitToken(next, bytes)
    }

    /// Punctuation after a number that no reader continues with: ")" ";" "]" "!" "?" "(" "…" and
    /// quotes; "." "," ":" only when whitespace or the end follows (a glued "." or "," may be a
    /// separator, "5.000.000đ"; a glued ":" a clock). List markers ("1.", "2)") are the plain
    /// reader's skip rule.
    static func isClosingPunctuation(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = tokens[index].utf8Range
        let lead = bytes[range.lowerBound]
        if isEllipsis(range, bytes) { return true }
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

    /// The index of the first token from `index` on where parsing may start (``mayStart(_:_:_:_:_:)``)
    /// that begins at or after byte `resume` (the end of the last expression); `tokens.count` when
    /// there is none. The scanner's loop over every token, kept apart from the parsing.
    static func nextCandidate(
        _ tokens: [Token], _ keys: UnsafeBufferPointer<UInt64>, from index: Int, notBefore resume: Int,
        _ bytes: UnsafeBufferPointer<UInt8>, _ words: WordClassTable
    ) -> Int {
        guard keys.count == tokens.count else {
            var index = index
            while index < tokens.count {
                if mayStart(tokens, keys, index, notBefore: resume, bytes, words) { return index }
                index += 1
            }
            return index
        }
        // With the tokenizer's keys (so its tokens, which lie inside the text), most tokens are
        // rejected here without a call: a word with a trusted key (``hasTrustedKey(_:_:_:)``) and
        // punctuation or a symbol (whose key is its scalar's, a fifth of the legal corpus's tokens)
        // by the walk's bit filter (a multiply, a load and a bit test) and, for the few percent of
        // words it passes, the exact table (frequent words such as "an", "bộ", "thuế", "tại" share
        // a bit with a start word: 7 000 calls per MB); digits, the marks that may start and
        // tokens without a key by the tests ``mayStart(_:_:_:_:_:)`` would make.
        let untrusted = untrustedKeyFlags.rawValue
        return tokens.withUnsafeBufferPointer { tokenBuffer in
            var index = index
            while true {
                index = firstUnfilteredToken(from: index, tokenBuffer, keys, words.walkStops)
                guard index < tokenBuffer.count else { return index }
                let key = keys[index]
                let token = tokenBuffer[index]
                // A trusted key (``hasTrustedKey(_:_:_:)``): a mark's key that the filter let
                // through ("$", "-") is no word's and goes on with the other marks below.
                if key != 0 && token.kind == .word && token.flags.rawValue & untrusted == 0 {
                    let (classes, uniform) = words.classesAndUniformity(ofLexiconKey: key)
                    // Two kinds of word are rejected here as ``mayStart(_:_:_:_:_:)`` would reject
                    // them (a third of the words that get this far in legal text): one that starts only
                    // a Roman ordinal ("nhiệm kỳ", "cấp", "Hội", "vùng") when no Roman numeral may
                    // come next, and one that needs a follower ("chủ tịch", "đầu tư", "vào đó") when
                    // the next word, with a trusted key, is none (``isFollowedByRequiredWord``'s test).
                    if classes.isDisjoint(with: .starting)
                        || classes.contains(.romanIntroducerOnly) && classes.isSubset(of: [.needsNumber, .romanIntroducerOnly])
                            && !romanLetterMayFollow(tokenBuffer, index, bytes)
                        || classes.contains(.needsFollower) && index + 1 < tokenBuffer.count
                            && isTrustedNonFollower(tokenBuffer[index + 1], keys, index + 1, words)
                    {
                        index += 1
                        continue
                    }
                    // The first path of ``mayStart(_:_:_:_:_:)``, without its tests of what is known here.
                    if uniform {
                        if token.utf8Range.lowerBound >= resume, mayStart(tokens, keys, index, uniformClasses: classes, bytes, words) {
                            return index
                        }
                        index += 1
                        continue
                    }
                } else {
                    // A token that is not a letter is decided here, without a call.
                    let start = token.utf8Range.lowerBound
                    let lead = bytes[start]
                    if !isLetter(lead) {
                        // Digits start (``nonLetterMayStart``'s first test, without the call); the
                        // marks that may start are tested in full, with the next token.
                        if start >= resume, LexemeStream.isDigit(lead)
                            || isStartSymbol(bytes, start)
                                && nonLetterMayStart(token.utf8Range, before: index + 1 < tokenBuffer.count ? tokenBuffer[index + 1] : nil, bytes)
                        {
                            return index
                        }
                        index += 1
                        continue
                    }
                    // A letter token without a trusted key (a foreign word, a name, a unit, letters
                    // and digits: a sixth of the encyclopaedia's words, "Gregory", "Canada", "m") is
                    // turned away by its first letters here, as ``candidateHash`` would turn it away.
                    if isTurnedAway(token, bytes, by: words.starts) {
                        index += 1
                        continue
                    }
                }
                if mayStart(tokens, keys, index, notBefore: resume, bytes, words) { return index }
                index += 1
            }
        }
    }

    /// The index of the first token from `index` on whose key `stops` (``WordClassTable/walkStops``)
    /// passes or that is a word with an untrusted key (`tokens.count` when there is none): the walk
    /// over most of the tokens, in a loop of its own that holds only what it reads in registers
    /// (inside the candidate loop the filter's address was reloaded from memory at every word).
    /// A key of 0 is in `stops`, so it needs no test of its own.
    @inline(__always)
    private static func firstUnfilteredToken(
        from index: Int, _ tokens: UnsafeBufferPointer<Token>, _ keys: UnsafeBufferPointer<UInt64>, _ stops: HashBitFilter
    ) -> Int {
        let untrusted = untrustedKeyFlags.rawValue
        var index = index
        while index < tokens.count {
            let key = keys[index]
            if stops.mayContain(key) || tokens[index].flags.rawValue & untrusted != 0 { return index }
            index += 1
        }
        return index
    }

    /// ``nextLexemeMayStart(after:_:_:)`` for an upper-case Roman letter after `tokens[index]`, a
    /// word with a trusted key (so letters to its end): read from the next token when one space
    /// and an ASCII byte, which the lexer does not skip, begin it ("cấp tỉnh", "nhiệm kỳ 2021").
    @inline(__always)
    private static func romanLetterMayFollow(_ tokens: UnsafeBufferPointer<Token>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = tokens[index].utf8Range.upperBound
        if index + 1 < tokens.count, tokens[index + 1].utf8Range.lowerBound == end + 1, bytes[end] == 0x20, bytes[end + 1] < 0x80 {
            return isRomanLetter(bytes[end + 1])
        }
        return nextLexemeMayStart(after: tokens[index], bytes) { isRomanLetter(bytes[$0]) }
    }

    /// Flags of tokens whose lexicon key is not trusted (``hasTrustedKey(_:_:_:)``).
    private static var untrustedKeyFlags: TokenFlags { [.foreign, .hasDigits, .combiningMarks] }

    /// ``mayStart(_:_:_:_:_:)`` for a token that begins at or after byte `resume` and inside the text.
    @inline(__always)
    private static func mayStart(
        _ tokens: [Token], _ keys: UnsafeBufferPointer<UInt64>, _ index: Int, notBefore resume: Int,
        _ bytes: UnsafeBufferPointer<UInt8>, _ words: WordClassTable
    ) -> Bool {
        let start = tokens[index].utf8Range.lowerBound
        return start >= resume && start < bytes.count && mayStart(tokens, keys, index, bytes, words)
    }

    /// True when parsing may start at `tokens[index]`: the whole test, for the tokens the loop in
    /// ``nextCandidate(_:_:from:notBefore:_:_:)`` does not decide itself (words that may start an
    /// expression or have no trusted key; every token when the text came without keys).
    ///
    /// `keys` are the tokenizer's lexicon keys (`TokenizedText.lexiconKeys`, empty when the text
    /// came without them): a word whose key is trusted (``hasTrustedKey(_:_:_:)``) and in no start
    /// word's set is rejected with one probe; other words go through ``WordPrefixFilter``.
    @inline(__always)
    static func mayStart(
        _ tokens: [Token], _ keys: UnsafeBufferPointer<UInt64>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>,
        _ words: WordClassTable
    ) -> Bool {
        let token = tokens[index]
        let start = token.utf8Range.lowerBound
        guard isLetter(bytes[start]) else {
            return nonLetterMayStart(token.utf8Range, before: index + 1 < tokens.count ? tokens[index + 1] : nil, bytes)
        }
        // A word with a trusted key whose listed forms all have the same classes (``WordClassTable/uniformClasses(ofLexiconKey:)``)
        // has those classes or none (a form the lists do not hold: "nĂm"), barring a collision of
        // word hashes: the test runs on them, and the word's bytes are hashed only to confirm a
        // start (four in five such words fail: "không thực hiện", "từ ngày ký", "trên cơ sở").
        if hasTrustedKey(token, keys, index), let keyClasses = words.uniformClasses(ofLexiconKey: keys[index]) {
            return mayStart(tokens, keys, index, uniformClasses: keyClasses, bytes, words)
        }
        guard let hash = candidateHash(tokens, keys, index, bytes, words, .starting, prefixes: words.starts) else {
            return false
        }
        return mayStart(tokens, keys, index, words.classes(of: hash), hash: hash, bytes, words)
    }

    /// ``mayStart(_:_:_:_:_:)`` for the word `tokens[index]`, with a trusted key whose classes are
    /// `classes` and uniform: tested on them, then confirmed by the word's hash.
    @inline(__always)
    private static func mayStart(
        _ tokens: [Token], _ keys: UnsafeBufferPointer<UInt64>, _ index: Int, uniformClasses classes: WordClass,
        _ bytes: UnsafeBufferPointer<UInt8>, _ words: WordClassTable
    ) -> Bool {
        mayStart(tokens, keys, index, classes, hash: nil, bytes, words)
            && wordHash(tokens[index], bytes).map { words.classes(of: $0) == classes } == true
    }

    /// ``mayStart(_:_:_:_:_:)`` for the letter token `tokens[index]` of classes `classes`; `hash` is
    /// its word hash when the caller has it (else computed if a follower must be looked up).
    @inline(__always)
    private static func mayStart(
        _ tokens: [Token], _ keys: UnsafeBufferPointer<UInt64>, _ index: Int, _ classes: WordClass, hash: UInt64?,
        _ bytes: UnsafeBufferPointer<UInt8>, _ words: WordClassTable
    ) -> Bool {
        let token = tokens[index]
        if classes.contains(.needsFollower), let hash = hash ?? wordHash(token, bytes),
            !isFollowedByRequiredWord(tokens, keys, index, hash, bytes, words)
        {
            return false
        }
        if classes.contains(.selfStarting) { return true }
        // "hạng Nhất", "giải nhì": a rank in words (the Roman test below wants "hạng III").
        if classes.contains(.rankIntroducer), index + 1 < tokens.count, isNumericWord(tokens, keys, index + 1, bytes, words, .rankWord) {
            return true
        }
        guard classes.contains(.needsNumber) else { return false }
        // The Roman ordinal reader needs an upper-case numeral next ("Chương II", not "nhiệm kỳ 2021"):
        // a further condition, not instead of the look-ahead below (which finds "V." and "III/2018" too).
        // After "Phụ" (which needs "lục", above) the numeral and the look-ahead come after "lục".
        var introducer = index
        if classes.contains(.romanIntroducerOnly) {
            if classes.contains(.needsFollower) { introducer = Swift.min(index + 1, tokens.count - 1) }
            if !nextLexemeMayStart(after: tokens[introducer], bytes, { isRomanLetter(bytes[$0]) }) { return false }
        }
        // "năm2015": digits glued inside the token, where the tests of the next tokens below do not look.
        if token.flags.contains(.hasDigits), digitFollowsLetters(of: token, bytes) { return true }
        // The one-letter start words ("T11/2025", "Q3/2025", "H1/2025") start only with their digits
        // in the token: a lone "h" ("điểm h khoản 1", a list's item) is none.
        if token.utf8Range.count == 1 { return false }
        guard mayContinue(tokens, keys, introducer, classes, bytes, words, depth: followDepth) else { return false }
        var next = introducer + 1
        while next < tokens.count, next <= introducer + lookahead {
            let following = tokens[next]
            // A signed number is one number token ("khoảng -3 đến -7"); a vulgar fraction one symbol ("khoảng ¼").
            if following.kind == .number || isDigitToken(following, bytes) || isRoman(following, bytes)
                || VulgarFraction.at(bytes, following.utf8Range.lowerBound) != nil
            {
                return true
            }
            if isNumericWord(tokens, keys, next, bytes, words) { return true }
            next += 1
        }
        // "một tấn", "năm thế kỷ", "một đồng": a number word and the unit, currency or period right
        // after it (tested last: most number words pass above, or fail at ``mayContinue``).
        return classes.contains(.numberWord) && isFollowedByMeasureWord(tokens, keys, index, bytes, words)
    }

    /// Whether a letter token that may continue a number ("tấn", "thế", "đồng") follows `tokens[index]`.
    @inline(never)  // Rarely asked: kept out of `mayStart`, which every candidate word runs.
    private static func isFollowedByMeasureWord(
        _ tokens: [Token], _ keys: UnsafeBufferPointer<UInt64>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>, _ words: WordClassTable
    ) -> Bool {
        index + 1 < tokens.count && isLetter(bytes[tokens[index + 1].utf8Range.lowerBound])
            && wordClasses(tokens, keys, index + 1, bytes, words).contains(.continuation)
    }

    /// Whether the tokenizer kept `tokens[index]` one run of Vietnamese letters with a lexicon
    /// key (not foreign, no digit, no combining mark): then every byte is a letter here too and
    /// the key of a word in any of the tables' cases is the key of its lower-case form.
    @inline(__always)
    static func hasTrustedKey(_ token: Token, _ keys: UnsafeBufferPointer<UInt64>, _ index: Int) -> Bool {
        index < keys.count && keys[index] != 0 && token.kind == .word && token.flags.isDisjoint(with: untrustedKeyFlags)
    }

    /// Whether `tokens[index]` is a word of `wordClass`: by default ``WordClass/numeric`` ("triệu",
    /// "nay", "tháng").
    @inline(__always)
    private static func isNumericWord(
        _ tokens: [Token], _ keys: UnsafeBufferPointer<UInt64>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>,
        _ words: WordClassTable, _ wordClass: WordClass = .numeric
    ) -> Bool {
        guard isLetter(bytes[tokens[index].utf8Range.lowerBound]),
            let hash = candidateHash(tokens, keys, index, bytes, words, wordClass, prefixes: words.numerics)
        else { return false }
        return words.classes(of: hash).contains(wordClass)
    }

    /// The word hash of the letter token `tokens[index]` when it may be a word of one of `classes`,
    /// or nil when it certainly is not: one probe of the table by lexicon key when the tokenizer's
    /// key is trusted (``hasTrustedKey(_:_:_:)``), else the byte-prefix filter (not for letters
    /// with combining marks), before the bytes are hashed (the hash then decides, case form included).
    @inline(__always)
    private static func candidateHash(
        _ tokens: [Token], _ keys: UnsafeBufferPointer<UInt64>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>,
        _ words: WordClassTable, _ classes: WordClass, prefixes: WordPrefixFilter
    ) -> UInt64? {
        let token = tokens[index]
        if hasTrustedKey(token, keys, index) {
            guard !words.classes(ofLexiconKey: keys[index]).isDisjoint(with: classes) else { return nil }
            return wordHash(token, bytes)
        }
        // The prefixes are of composed letters: a token with combining marks is hashed composed.
        if token.flags.contains(.combiningMarks) { return composedWordHash(token, bytes) }
        guard !isTurnedAway(token, bytes, by: prefixes) else { return nil }
        return wordHash(token, bytes)
    }

    /// Whether the letter token `token`, which has no trusted key, is surely none of the words
    /// `prefixes` was built from: its first letters are not in the filter (without combining
    /// marks: the filter's letters are composed).
    @inline(__always)
    private static func isTurnedAway(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, by prefixes: WordPrefixFilter) -> Bool {
        !token.flags.contains(.combiningMarks) && !prefixes.mayContainPrefix(of: token.utf8Range, bytes)
    }

    /// Whether the word `token` starts no reader but the Roman ordinal ("Chương", "Mục", "Phụ"…:
    /// ``WordClass/romanIntroducerOnly``). At such a word the grammar's other readers all fail at
    /// once (no skip rule, date, qualifier, range or measure begins with it), so the whole
    /// expression there is `Recognizer.ordinal(_:)`.
    static func startsOnlyRomanOrdinal(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ words: WordClassTable) -> Bool {
        guard token.kind == .word, let hash = untrustedWordHash(token, bytes) else { return false }
        return words.classes(of: hash).contains(.romanIntroducerOnly)
    }

    /// Whether the lexeme after the word `token` starts with may be one `allowed` accepts (given
    /// the byte offset where it starts), as the grammar's lexer sees it: whitespace skipped, a
    /// line break or the end meaning no such lexeme. True when letters glued after the token
    /// continue the lexer's word (another word then, left to the grammar).
    static func nextLexemeMayStart(after token: Token, _ bytes: UnsafeBufferPointer<UInt8>, _ allowed: (Int) -> Bool) -> Bool {
        var offset = token.utf8Range.lowerBound
        let end = Swift.min(token.utf8Range.upperBound, bytes.count)
        while offset < end, isLetter(bytes[offset]) { offset += 1 }
        if offset < bytes.count, LexemeStream.isLetterStart(bytes, at: offset, limit: bytes.count) { return true }
        while offset < bytes.count {
            let length = LexemeStream.whitespaceLength(bytes, at: offset, limit: bytes.count)
            guard length > 0 else { break }
            offset += length
        }
        return offset < bytes.count && allowed(offset)
    }

    /// Whether the word after `token` (whose word hash is `hash`) is one of its
    /// ``requiredFollowers``, compared as the grammar compares keys (lower-cased NFC).
    private static func isFollowedByRequiredWord(
        _ tokens: [Token], _ keys: UnsafeBufferPointer<UInt64>, _ index: Int, _ hash: UInt64, _ bytes: UnsafeBufferPointer<UInt8>,
        _ words: WordClassTable
    ) -> Bool {
        // After a word with a trusted key (a whole run of letters) the next lexeme is the next
        // token's letters: a next word with a trusted key that is no required follower is none of
        // them ("chủ tịch", "đầu tư"), whatever the case.
        let next = index + 1
        if hasTrustedKey(tokens[index], keys, index), next < tokens.count, isTrustedNonFollower(tokens[next], keys, next, words) {
            return false
        }
        let token = tokens[index]
        guard let followers = followersByHash.first(where: { $0.hash == hash })?.followers else { return true }
        return nextLexemeMayStart(after: token, bytes) { start in
            guard LexemeStream.isLetterStart(bytes, at: start, limit: bytes.count) else { return false }
            var end = start
            while end < bytes.count, LexemeStream.isLetterStart(bytes, at: end, limit: bytes.count) {
                end = Swift.min(bytes.count, end + LexemeStream.scalarLength(bytes[end]))
            }
            return followers.contains(LexemeStream.key(of: UnsafeBufferPointer(rebasing: bytes[start..<end]), kind: .word))
        }
    }

    /// Whether `token` (at `index`) has a trusted key and is no word that a start word needs next.
    @inline(__always)
    private static func isTrustedNonFollower(_ token: Token, _ keys: UnsafeBufferPointer<UInt64>, _ index: Int, _ words: WordClassTable) -> Bool {
        hasTrustedKey(token, keys, index) && !words.classes(ofLexiconKey: keys[index]).contains(.requiredFollower)
    }

    /// Whether a digit comes right after the leading letters of the word `token` ("năm2015").
    private static func digitFollowsLetters(of token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = token.utf8Range.lowerBound
        let end = Swift.min(token.utf8Range.upperBound, bytes.count)
        while offset < end, isLetter(bytes[offset]) { offset += 1 }
        return offset < end && LexemeStream.isDigit(bytes[offset])
    }

    /// An upper-case Roman numeral letter: all a numeral lexeme is made of (`Recognizer.roman(_:)`).
    static func isRomanLetter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "I"), UInt8(ascii: "V"), UInt8(ascii: "X"), UInt8(ascii: "L"), UInt8(ascii: "C"),
            UInt8(ascii: "D"), UInt8(ascii: "M"):
            true
        default: false
        }
    }

    private static func isDigitToken(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        LexemeStream.isDigit(bytes[token.utf8Range.lowerBound])
    }

    /// An upper-case Roman numeral token ("XII", "IV", at most 15 letters), alone or as the tokenizer
    /// keeps it in an abbreviation ("V." of "Chương V.") or a quarter's code ("III/2018"); the
    /// grammar's lexer reads the numeral alone. Not a model or a code: "M1903", "V-100".
    static func isRoman(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let range = token.utf8Range
        var offset = range.lowerBound
        while offset < range.upperBound, isRomanLetter(bytes[offset]) { offset += 1 }
        let letters = offset - range.lowerBound
        guard letters > 0, letters <= 15 else { return false }
        guard offset < range.upperBound else { return true }
        switch bytes[offset] {
        case UInt8(ascii: "."): return offset + 1 == range.upperBound
        case UInt8(ascii: "/"): return offset + 1 < range.upperBound && LexemeStream.isDigit(bytes[offset + 1])
        default: return false
        }
    }

    /// FNV-1a hash of the token's leading letters (at most 16 bytes), or nil when it starts with no letter.
    @inline(__always)
    static func wordHash(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        letterHash(bytes, token.utf8Range.lowerBound, Swift.min(token.utf8Range.upperBound, bytes.count))
    }

    /// ``wordHash(_:_:)`` of a token whose lexicon key is not trusted: letters with combining marks
    /// ("ngày" typed as "nga" + U+0300 + "y") are hashed in their composed form (NFC), the form
    /// the tables list and the grammar keys words by. (Tokens with a trusted key have no such marks.)
    @inline(__always)
    static func untrustedWordHash(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        token.flags.contains(.combiningMarks) ? composedWordHash(token, bytes) : wordHash(token, bytes)
    }

    /// ``wordHash(_:_:)`` of a token with combining marks: its leading letters composed first
    /// (``CombiningMarkComposer``).
    @inline(never)
    private static func composedWordHash(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        let start = token.utf8Range.lowerBound
        let end = Swift.min(token.utf8Range.upperBound, bytes.count)
        var offset = start
        while offset < end, isLetter(bytes[offset]) { offset += 1 }
        guard offset > start else { return nil }
        let letters = UnsafeBufferPointer(rebasing: bytes[start..<offset])
        if let hash = CombiningMarkComposer.withComposedUTF8(letters, { letterHash($0, 0, $0.count) }) { return hash }
        var composed = UnicodeNormalizer.nfc(String(decoding: letters, as: UTF8.self))
        return composed.withUTF8 { letterHash($0, 0, $0.count) }
    }

    /// FNV-1a hash of the letters of `bytes` from `start` (before `end`): nil when there are none,
    /// 0 when there are more than 16.
    @inline(__always)
    private static func letterHash(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64? {
        // Past 16 letters the answer is 0 whatever follows, so the walk stops at the 17th.
        let limit = Swift.min(end, start + 17)
        var offset = start
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        while offset < limit {
            let byte = bytes[offset]
            guard isLetter(byte) else { break }
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
            offset += 1
        }
        let length = offset - start
        return length == 0 ? nil : length > 16 ? 0 : hash
    }

    /// The letters of ``wordHash(_:_:)``: ASCII letters, and every byte of a non-ASCII scalar
    /// except the leads of Latin-1 and general punctuation (0xC2, 0xE2).
    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool {
        byte >= 0x80 ? byte != 0xC2 && byte != 0xE2 : (byte | 0x20) &- 0x61 < 26
    }

    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }

    /// A symbol that may start an expression in running text: a currency sign, a minus or plus sign,
    /// "≤", "≥", "<", ">", "≈", "~" or a vulgar fraction ("¼", "⅓"). (A leading "," — Duckling's ",77" — is read
    /// only in a whole phrase, where this test is not used.)
    @inline(__always)
    static func isStartSymbol(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        switch bytes[offset] {
        case UInt8(ascii: "$"), UInt8(ascii: "-"), UInt8(ascii: "~"), UInt8(ascii: "+"), UInt8(ascii: ">"), UInt8(ascii: "<"):
            return true
        case 0xC2:  // £ ¥ ¼ ½ ¾
            return offset + 1 < bytes.count && (bytes[offset + 1] == 0xA3 || bytes[offset + 1] == 0xA5 || VulgarFraction.at(bytes, offset) != nil)
        case 0xE2:  // € ₫ − ≤ ≥ ≈ ⅐…⅞
            return offset + 2 < bytes.count
                && (bytes[offset + 1] == 0x82 && (bytes[offset + 2] == 0xAC || bytes[offset + 2] == 0xAB)
                    || bytes[offset + 1] == 0x88 && bytes[offset + 2] == 0x92
                    || bytes[offset + 1] == 0x89 && (bytes[offset + 2] == 0xA4 || bytes[offset + 2] == 0xA5 || bytes[offset + 2] == 0x88)
                    || VulgarFraction.at(bytes, offset) != nil)
        default: return false
        }
    }
}
