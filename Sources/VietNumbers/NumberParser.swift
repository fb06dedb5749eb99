import VietText
import VietTokenizer

/// Finds and reads Vietnamese numbers, quantities and dates exactly.
///
/// Two entry points: ``parse(_:)`` reads a whole phrase as one expression (or throws), and
/// ``scan(_:)-(TokenizedText)`` finds every expression in tokenized text with its span, which is
/// what the rule engine calls. Values are ``ExactDecimal``s, never `Double`s.
///
/// ```swift
/// let parser = NumberParser(options: .init(referenceDate: CalendarDate(year: 2023, month: 6, day: 1)))
/// try parser.parse("735,3 tỷ đồng").attributes.map(\.description)  // ["value=735300000000", "unit=VND"]
/// try parser.parse("hôm qua").date?.description                    // "2023-05-31"
/// try parser.parse("thập niên 1960").attributes.map(\.description)  // ["value=1960/1969"]
/// parser.scan("Doanh thu đạt 735,3 tỷ đồng, tăng 12%.").map(\.label) // [.money, .percent]
/// ```
///
/// - Complexity: scanning is linear in the text: each candidate token starts at most one parse, and
///   a parse reads only the lexemes of the expression plus a bounded look-ahead.
public struct NumberParser: Sendable {
    /// How digits are read and what relative dates are relative to.
    public struct Options: Sendable, Hashable {
        /// How "." and "," in digit strings are read; `.automatic` by default (see ``DecimalStyle``).
        public var decimalStyle: DecimalStyle
        /// "Today" for relative dates ("hôm qua", "tuần sau", "đầu năm", "tháng 3 tới"). When nil,
        /// relative dates are still found, with their `offset` attribute and only the parts of the
        /// `value` the text writes ("tháng 3 tới" → XXXX-03; none for "hôm qua"); a counted one
        /// ("2 năm sau", "3 ngày trước") is then the DURATION of its count ("2 năm").
        public var referenceDate: CalendarDate?

        public init(decimalStyle: DecimalStyle = .automatic, referenceDate: CalendarDate? = nil) {
            self.decimalStyle = decimalStyle
            self.referenceDate = referenceDate
        }
    }

    /// The largest power of ten a number may reach ("tỷ" × 11 112 would exceed it): beyond it
    /// ``parse(_:)`` throws ``NumberParserError/tooLarge(offset:limit:)`` and scanning skips the number.
    public static let maximumExponent = 100_000

    public let options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Reads a whole phrase as one numeric expression. Leading/trailing whitespace and one final
    /// "." are ignored.
    ///
    /// ```swift
    /// try NumberParser().parse("hai mươi mốt nghìn không trăm mười một").value  // 21011
    /// try NumberParser().parse("1.099 người")   // throws .trailingText
    /// ```
    /// - Parameter phrase: the text, e.g. one line of input.
    /// - Returns: the expression, with offsets into `phrase`.
    /// - Throws: ``NumberParserError`` when the phrase is empty, starts with no expression, has text
    ///   after the expression, or holds a number beyond 10^``maximumExponent``.
    /// - Complexity: O(n) lexemes, plus the cost of the exact arithmetic (quadratic in digit count).
    public func parse(_ phrase: String) throws(NumberParserError) -> NumericExpression {
        var text = phrase
        let outcome: Result<NumericExpression, NumberParserError> = text.withUTF8 { bytes in
            let stream = LexemeStream(bytes: bytes, start: 0, limit: bytes.count)
            guard stream.at(0) != nil else { return .failure(.empty) }
            let recognizer = Recognizer(stream: stream, options: options, wholePhrase: true)
            let match = recognizer.expression(at: 0)
            var counter = ScalarCounter(bytes: bytes)
            if let offset = stream.overflowOffset {
                return .failure(.tooLarge(offset: counter.scalarOffset(of: offset), limit: Self.maximumExponent))
            }
            guard let match, match.emit else {
                let first = stream.at(0)!
                return .failure(.notANumber(near: stream.text(0), offset: counter.scalarOffset(of: first.start)))
            }
            var end = match.end
            if recognizer.isSymbol(end, "."), stream.at(end + 1) == nil { end += 1 }
            if let rest = stream.at(end) {
                let restText = String(decoding: UnsafeBufferPointer(rebasing: bytes[rest.start...]), as: UTF8.self)
                let parsedEnd = stream.at(match.end - 1)!.end
                let parsed = String(decoding: UnsafeBufferPointer(rebasing: bytes[stream.at(0)!.start..<parsedEnd]), as: UTF8.self)
                return .failure(.trailingText(parsed: parsed, rest: restText, offset: counter.scalarOffset(of: rest.start)))
            }
            return .success(expression(match, from: 0, stream: stream, in: phrase, counter: &counter))
        }
        return try outcome.get()
    }

    /// Every numeric expression in a text, left to right, never overlapping.
    ///
    /// ```swift
    /// NumberParser().scan("Nghị quyết số 17/NQ-CP ngày 7-3-2019").map(\.text)  // ["ngày 7-3-2019"]
    /// ```
    /// The text is tokenized and scanned as ``scan(_:)-(TokenizedText)`` scans it, so both find the
    /// same expressions. Skipped as no numbers: document codes ("17/NQ-CP"), digits glued to letters
    /// ("4G", "COVID-19"), list markers at a line start ("1."), numbers inside a URL or an e-mail
    /// address, and runs of more than 18 digits without grouping (identifiers such as the heading
    /// codes of legal databases); ``parse(_:)`` reads a whole phrase whatever its length.
    /// - Parameter text: any text; expressions never span a line break.
    /// - Returns: the expressions with Unicode-scalar and UTF-8 offsets into `text` (no token ranges).
    /// - Complexity: O(n) in the length of the text.
    public func scan(_ text: String) -> [NumericExpression] {
        scan(Tokenizer().tokenize(text), shortcuts: true, tokenRanges: false)
    }

    /// Every numeric expression in tokenized text, with the indices of the tokens it covers: the
    /// entry point of the rule engine. Tokens that cannot start an expression are rejected before
    /// any parsing, by their bytes and the tokenizer's lexicon keys: parsing starts
    /// only at a digit, a currency or minus sign before digits, a digit word, or a word that
    /// introduces numbers ("năm", "từ", "khoảng") when the next token may continue it (a number,
    /// a unit or date word, the rest of a qualifier: not "từ ngữ", "không thực hiện") and a number
    /// follows closely.
    ///
    /// ```swift
    /// let tokenized = Tokenizer().tokenize("Tổng doanh thu đạt 735,3 tỷ đồng.")
    /// let found = NumberParser().scan(tokenized)
    /// found[0].tokenRange    // 4..<7
    /// found[0].label         // .money
    /// ```
    /// - Parameter tokenized: text and its `VietTokenizer` tokens.
    /// - Returns: the expressions with scalar, UTF-8 and token ranges.
    /// - Complexity: O(n) in the number of tokens plus the length of the expressions found.
    public func scan(_ tokenized: TokenizedText) -> [NumericExpression] {
        scan(tokenized, shortcuts: true)
    }

    /// ``scan(_:)-(TokenizedText)`` into the storage of `results`, which is emptied first and holds
    /// the expressions afterwards (the array returned is the same). A caller that keeps it between
    /// lines, and drops every other reference to the previous result before the next line, scans
    /// without allocating the result once it has grown; a result still held elsewhere is never
    /// written to (copy on write, as for `Tokenizer.tokenize(_:reusingTokens:keys:)`).
    package func scan(_ tokenized: TokenizedText, reusing results: inout [NumericExpression]) -> [NumericExpression] {
        scan(tokenized, shortcuts: true, into: &results)
        return results
    }

    /// The token scan; without `shortcuts` every candidate runs the whole grammar (the reference the
    /// tests compare the shortcuts with); with `everyToken` every token is a candidate (the reference
    /// for ``ScanFilter``); without `tokenRanges` the expressions carry none.
    func scan(
        _ tokenized: TokenizedText, shortcuts: Bool, everyToken: Bool = false, tokenRanges: Bool = true
    ) -> [NumericExpression] {
        var results: [NumericExpression] = []
        scan(tokenized, shortcuts: shortcuts, everyToken: everyToken, tokenRanges: tokenRanges, into: &results)
        return results
    }

    /// ``scan(_:shortcuts:everyToken:tokenRanges:)`` into `results`, emptied first (its storage kept).
    private func scan(
        _ tokenized: TokenizedText, shortcuts: Bool, everyToken: Bool = false, tokenRanges: Bool = true,
        into results: inout [NumericExpression]
    ) {
        // (removeAll(keepingCapacity:) is a generic replaceSubrange: skipped when already empty.)
        if !results.isEmpty { results.removeAll(keepingCapacity: true) }
        // Empty lines (nearly half of the legal corpus's) need none of the set-up below.
        guard !tokenized.tokens.isEmpty else { return }
        var copy = tokenized.text
        copy.withUTF8 { bytes in
            tokenized.lexiconKeys.withUnsafeBufferPointer {
                scan(
                    tokenized, bytes, $0, shortcuts: shortcuts && !everyToken, everyToken: everyToken, tokenRanges: tokenRanges,
                    into: &results)
            }
        }
    }

    /// ``scan(_:shortcuts:everyToken:tokenRanges:)`` over `bytes`, the UTF-8 of `tokenized.text`,
    /// and `keys`, its lexicon keys, appending to `results` (empty): a function of its own, not the
    /// body of the `withUTF8` closure, where the optimiser kept less in registers.
    private func scan(
        _ tokenized: TokenizedText, _ bytes: UnsafeBufferPointer<UInt8>, _ keys: UnsafeBufferPointer<UInt64>, shortcuts: Bool,
        everyToken: Bool, tokenRanges: Bool, into results: inout [NumericExpression]
    ) {
        let tokens = tokenized.tokens
        var resume = 0
        var tokenIndex = 0
        // One stream for every candidate of the text, reset at each start (no allocation per
        // candidate), created only when a candidate needs the grammar (most lines have none).
        var reusable: LexemeStream?
        let words = ScanFilter.words
        // The list of years the last expression began or continued ("các năm 1997, 1998 và 2005"),
        // and of days that wait for the month of the last ("ngày 5, 6 và 7 tháng 12").
        var yearList: YearList?
        var dayList: DayList?
        while true {
            tokenIndex =
                everyToken
                ? Self.firstToken(from: tokenIndex, atOrAfter: resume, in: tokens)
                : ScanFilter.nextCandidate(tokens, keys, from: tokenIndex, notBefore: resume, bytes, words)
            guard tokenIndex < tokens.count else { break }
            let token = tokens[tokenIndex]
            let start = token.utf8Range.lowerBound
            if Self.isStrandedZeroGroup(at: start, bytes) {
                resume = token.utf8Range.upperBound
                tokenIndex += 1
                continue
            }
            // A lone number ("Điều 5 quy định") needs only the digit reader and the skip rules,
            // and when it is plain digits not even those.
            let plain = shortcuts && ScanFilter.isPlainNumber(tokens, keys, tokenIndex, bytes, words)
            if plain, let outcome = PlainDigits.read(tokens, tokenIndex, bytes) {
                switch outcome {
                case .number:
                    let range = token.utf8Range
                    let scalarStart = token.scalarRange.lowerBound
                    let scalarRange = scalarStart..<scalarStart + range.count
                    let tokenRange = tokenRanges ? tokenIndex..<tokenIndex + 1 : nil
                    if let list = yearList,
                        let year = list.year(continuedBy: range, before: tokenIndex + 1 < tokens.count ? tokens[tokenIndex + 1] : nil, bytes)
                    {
                        Self.append(
                            Self.listedYear(year, in: tokenized.text, scalarRange: scalarRange, utf8Range: range, tokenRange: tokenRange),
                            to: &results)
                        yearList = YearList(year: year, end: range.upperBound)
                        dayList = nil
                    } else {
                        Self.append(
                            NumericExpression(plainDigitsIn: tokenized.text, scalarRange: scalarRange, utf8Range: range, tokenRange: tokenRange),
                            to: &results)
                        yearList = nil
                        // Plain digits may continue a list of days, never begin or end one.
                        if dayList?.add(range, at: results.count - 1, bytes) != true { dayList = nil }
                    }
                    resume = range.upperBound
                    tokenIndex += 1
                case .listMarker:
                    resume = tokens[tokenIndex + 1].utf8Range.upperBound
                    tokenIndex += 2
                case .code:
                    resume = token.utf8Range.upperBound
                    tokenIndex += 1
                }
                continue
            }
            // After the plain reader: the digits it reads are followed by whitespace, the end or
            // closing punctuation (``ScanFilter/isPlainNumber(_:_:_:_:_:)``), which no skipped run
            // continues with.
            if shortcuts, let end = SkippedRun.end(bytes, from: start) {
                resume = end
                tokenIndex = Self.firstToken(from: tokenIndex + 1, atOrAfter: end, in: tokens)
                continue
            }
            if shortcuts, bytes[start] | 0x20 == UInt8(ascii: "t"),
                IntroducedDate.isFailingRangeStart(bytes, at: start)
                    || IntroducedYear.isFailingRangeStart(tokens, keys, tokenIndex, bytes, words)
            {
                tokenIndex += 1
                continue
            }
            if shortcuts, let (date, end) = Self.shortcutDate(tokens, keys, tokenIndex, bytes, words) {
                let endToken = Self.firstToken(from: tokenIndex + 1, atOrAfter: end, in: tokens)
                var counter = ScalarCounter(bytes: bytes, anchorByte: start, anchorScalar: token.scalarRange.lowerBound)
                let scalarRange = token.scalarRange.lowerBound..<counter.scalarOffset(of: end)
                Self.append(
                    NumericExpression(
                        .date(date, end: nil, part: nil), in: tokenized.text, scalarRange: scalarRange, utf8Range: start..<end,
                        tokenRange: tokenRanges ? tokenIndex..<endToken : nil),
                    to: &results)
                yearList = YearList(.date(date, end: nil, part: nil), end: end)
                Self.trackDays(&dayList, results[results.count - 1], in: &results, tokenized.text, bytes)
                resume = end
                tokenIndex = endToken
                continue
            }
            let stream: LexemeStream
            // The lexeme the parse starts at: 0 after a reset, or a lexeme the last parse already
            // read (`continuation(of:at:)`), whose memoised readings are then reused.
            var first = 0
            if let reusable {
                stream = reusable
                if shortcuts, let index = Self.continuation(of: stream, at: start) {
                    first = index
                } else {
                    stream.reset(start: start)
                }
            } else {
                stream = LexemeStream(bytes: bytes, start: start, limit: bytes.count)
                reusable = stream
            }
            let recognizer = Recognizer(stream: stream, options: options, wholePhrase: false)
            let candidate: Recognizer.Match?
            if plain {
                candidate = recognizer.plainNumber(at: first)
            } else if shortcuts, ScanFilter.startsOnlyRomanOrdinal(token, bytes, words),
                stream.at(first)?.end == token.utf8Range.upperBound
            {
                // "Chương II": the grammar's lexeme is the token itself, a word no other reader starts with.
                candidate = recognizer.ordinal(first)
            } else if shortcuts, let date = recognizer.commonDate(at: first) {
                candidate = date
            } else {
                candidate = recognizer.expression(at: first)
            }
            guard let match = candidate, let last = stream.at(match.end - 1) else {
                tokenIndex += 1
                continue
            }
            resume = last.end
            let endToken = Self.firstToken(from: tokenIndex + 1, atOrAfter: last.end, in: tokens)
            if match.emit, !match.ambiguousWord {
                var counter = ScalarCounter(bytes: bytes, anchorByte: start, anchorScalar: token.scalarRange.lowerBound)
                var found = expression(match, from: first, stream: stream, in: tokenized.text, counter: &counter,
                    tokenRange: tokenRanges ? tokenIndex..<endToken : nil)
                // What the plain reader below makes of a year in a list, when the grammar read its digits.
                if case .number? = found.storedValue, found.qualifier == nil, let list = yearList,
                    let year = list.year(continuedBy: found.utf8Range, before: endToken < tokens.count ? tokens[endToken] : nil, bytes)
                {
                    found = Self.listedYear(
                        year, in: tokenized.text, scalarRange: found.scalarRange, utf8Range: found.utf8Range, tokenRange: found.tokenRange)
                }
                Self.append(found, to: &results)
                yearList = found.relativeOffset == nil ? YearList(found.storedValue, end: last.end) : nil
                Self.trackDays(&dayList, found, in: &results, tokenized.text, bytes)
            }
            tokenIndex = endToken
        }
    }

    /// The date one of the scanner's shortcuts reads at `tokens[index]` from the tokens or bytes, and
    /// the byte where it ends: a full date after "ngày" (``IntroducedDate``), a year after "năm"
    /// (``IntroducedYear``), a day and month in words (``BareDayMonth``); nil when the grammar decides.
    private static func shortcutDate(
        _ tokens: [Token], _ keys: UnsafeBufferPointer<UInt64>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>,
        _ words: WordClassTable
    ) -> (date: PartialDate, end: Int)? {
        let lead = bytes[tokens[index].utf8Range.lowerBound]
        if lead | 0x20 == UInt8(ascii: "n") {
            return IntroducedDate.read(bytes, at: tokens[index].utf8Range.lowerBound) ?? IntroducedYear.read(tokens, keys, index, bytes, words)
        }
        return LexemeStream.isDigit(lead) ? BareDayMonth.read(tokens, keys, index, bytes, words) : nil
    }

    /// A year of a list of years (``YearList``): a DATE of the year alone, at digits of `text`.
    private static func listedYear(
        _ year: Int, in text: String, scalarRange: Range<Int>, utf8Range: Range<Int>, tokenRange: Range<Int>?
    ) -> NumericExpression {
        NumericExpression(
            .date(PartialDate(year: year), end: nil, part: nil), in: text, scalarRange: scalarRange, utf8Range: utf8Range,
            tokenRange: tokenRange)
    }

    /// Follows the list of days `list` with `found`, the expression just appended to `results`: a day
    /// that continues it ("6" of "ngày 5, 6 và 7 tháng 12"), or its last day, with its month ("7
    /// tháng 12"), which gives that month and year to the days before it; else the list, if any,
    /// is over, and the expression may begin another ("ngày 5").
    private static func trackDays(
        _ list: inout DayList?, _ found: NumericExpression, in results: inout [NumericExpression], _ text: String,
        _ bytes: UnsafeBufferPointer<UInt8>
    ) {
        // Most expressions follow no list and begin none: the initialiser's test on the value's case.
        guard var current = list else {
            list = DayList.begun(by: found, at: results.count - 1)
            return
        }
        if found.label == .number, found.qualifier == nil, current.add(found.utf8Range, at: results.count - 1, bytes) {
            list = current
            return
        }
        guard let dates = current.dates(endedBy: found, at: results.count - 1, bytes) else {
            list = DayList.begun(by: found, at: results.count - 1)
            return
        }
        for (index, date) in dates {
            let day = results[index]
            results[index] = NumericExpression(
                .date(date, end: nil, part: nil), in: text, scalarRange: day.scalarRange, utf8Range: day.utf8Range,
                tokenRange: day.tokenRange)
        }
        list = nil
    }

    /// Room for a line's first expressions, reserved at its first: appending one at a time regrew
    /// the array at the second and third (a reallocation and a copy for most lines with results).
    private static var initialResultCapacity: Int { 4 }

    /// Appends a found expression, reserving ``initialResultCapacity`` when the array has less room
    /// (only a fresh one: storage reused from an earlier line already has it, and reserving again
    /// would test its uniqueness once more before the append does).
    @inline(__always)
    private static func append(_ expression: NumericExpression, to results: inout [NumericExpression]) {
        if results.capacity < initialResultCapacity { results.reserveCapacity(initialResultCapacity) }
        results.append(expression)
    }

    /// Whether `bytes[start...]` begins two or more zeros right after digits and a space or colon:
    /// the groups of a number a typo broke ("1000 000$", "180.000:000 đồng"), which would read
    /// alone as an amount of 0 ("000$" → 0 USD); no expression starts there.
    @inline(__always)
    private static func isStrandedZeroGroup(at start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes[start] == UInt8(ascii: "0"), start >= 2, start + 1 < bytes.count, bytes[start + 1] == UInt8(ascii: "0") else {
            return false
        }
        let separator = bytes[start - 1]
        return (separator == UInt8(ascii: " ") || separator == UInt8(ascii: ":")) && LexemeStream.isDigit(bytes[start - 2])
    }

    /// The index of the first token from `index` on that starts at or after byte `offset`: the
    /// token after an expression or skipped run that ends there.
    @inline(__always)
    private static func firstToken(from index: Int, atOrAfter offset: Int, in tokens: [Token]) -> Int {
        var index = index
        while index < tokens.count, tokens[index].utf8Range.lowerBound < offset { index += 1 }
        return index
    }

    /// The index of the lexeme of `stream` at byte `start` when parsing there may go on in the
    /// same stream instead of a fresh one, with the same result: the lexeme was read by an earlier
    /// parse ("từ ngày 1/7/2020" fails at "từ" after reading the date the next parse starts with),
    /// whitespace precedes it (a fresh stream's first lexeme counts as spaced, and the grammar's
    /// only other look behind its start, "vài chục", needs "vài" there). Readings memoised at
    /// later lexemes depend only on the lexemes from one before them on, which both streams share.
    private static func continuation(of stream: LexemeStream, at start: Int) -> Int? {
        guard let index = stream.lexedIndex(startingAt: start), index > 0, stream.at(index)?.spaceBefore == true,
            stream.key(index - 1) != "vài"
        else { return nil }
        return index
    }

    /// The expression `match` found from lexeme `index` of `stream`, which reads `source`.
    private func expression(
        _ match: Recognizer.Match, from index: Int, stream: LexemeStream, in source: String, counter: inout ScalarCounter,
        tokenRange: Range<Int>? = nil
    ) -> NumericExpression {
        let start = stream.at(index)!.start
        let end = stream.at(match.end - 1)!.end
        let scalarStart = counter.scalarOffset(of: start)
        let scalarEnd = counter.scalarOffset(of: end)
        return NumericExpression(
            match.value, qualifier: match.qualifier, relativeOffset: match.offset?.description, per: match.per,
            fromQualifier: match.boundQualifiers.from, toQualifier: match.boundQualifiers.to, in: source,
            scalarRange: scalarStart..<scalarEnd, utf8Range: start..<end, tokenRange: tokenRange)
    }
}

/// Converts increasing UTF-8 offsets to Unicode-scalar offsets in amortised O(1) by counting lead
/// bytes forward from the last answer.
struct ScalarCounter {
    let bytes: UnsafeBufferPointer<UInt8>
    private var byte: Int
    private var scalar: Int

    init(bytes: UnsafeBufferPointer<UInt8>, anchorByte: Int = 0, anchorScalar: Int = 0) {
        self.bytes = bytes
        self.byte = anchorByte
        self.scalar = anchorScalar
    }

    mutating func scalarOffset(of offset: Int) -> Int {
        if offset < byte {
            byte = 0
            scalar = 0
        }
        while byte < offset {
            if bytes[byte] & 0xC0 != 0x80 { scalar += 1 }
            byte += 1
        }
        return scalar
    }
}
