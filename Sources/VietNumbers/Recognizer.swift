import VietTokenizer

/// The number grammar over a ``LexemeStream``: reads digit and spelled-out numbers, then (in the
/// `+Measures` and `+Dates` extensions) the expressions built on them. Every reader is a function of
/// a lexeme index that returns where it stopped, so the longest alternative can be chosen without
/// backtracking over more than one expression.
struct Recognizer {
    let stream: LexemeStream
    let options: NumberParser.Options
    /// Parsing a whole phrase (``NumberParser/parse(_:)``) rather than scanning running text: lone
    /// ambiguous words ("không", "năm", "trăm") and Duckling's "3M"/"5G" suffixes are numbers only here.
    let wholePhrase: Bool

    /// One recognised expression, or a stretch the scanner must skip (`emit == false`: "17/NQ-CP", "4G").
    ///
    /// Trivially copyable: readers return optionals of matches, memo tables store and hand them
    /// back, and the scanner tries several readers per candidate. A ``NumericExpression/Value`` is
    /// an indirect enum, a heap box (with a `BigInt` array in its ``ExactDecimal``) allocated when
    /// the reader returns and freed when a longer reading or the next line's memo replaced it, with
    /// a retain and a release per copy. So a number, percentage or ordinal whose value fits a
    /// ``CompactDecimal`` (most matches, and most are never emitted) keeps the words, other values
    /// are kept by the stream (``LexemeStream/storeMatchValue(_:)``), and ``value`` builds
    /// or fetches the public value when the scanner emits the match.
    struct Match {
        /// The value as read.
        var payload: Payload
        // The one-byte fields follow the payload's tag byte, in its padding.
        var qualifier: NumericExpression.Qualifier?
        var emit: Bool
        /// A bare number made of one ambiguous word ("một", "năm"): dropped when scanning.
        var ambiguousWord: Bool
        var end: Int
        /// The stream that keeps a ``Payload/stored(_:)`` value. Unowned and unretained (a plain
        /// pointer): a match is read only while the stream that made it parses, and stored values
        /// live until the stream's next reset, which also forgets the memoised matches.
        private unowned(unsafe) let stream: LexemeStream

        /// What a match holds as its value.
        enum Payload {
            /// Numbers held inline (never a big ``CompactDecimal``: building the value needs no stream).
            case number(CompactDecimal), percent(CompactDecimal), ordinal(CompactDecimal)
            /// Index of a value (and relative offset) kept by the stream.
            case stored(Int)
        }

        init(
            payload: Payload, end: Int, qualifier: NumericExpression.Qualifier? = nil, emit: Bool = true,
            ambiguousWord: Bool = false, stream: LexemeStream
        ) {
            self.payload = payload
            self.qualifier = qualifier
            self.emit = emit
            self.ambiguousWord = ambiguousWord
            self.end = end
            self.stream = stream
        }

        /// The public value (built here for an inline number). Setting it keeps what else is stored
        /// with it (``offset``, ``per``, ``boundQualifiers``).
        var value: NumericExpression.Value {
            get {
                switch payload {
                case .number(let number): .number(Self.decimal(number))
                case .percent(let number): .percent(Self.decimal(number))
                case .ordinal(let number): .ordinal(Self.decimal(number))
                case .stored(let index): stream.matchField(index, \.value)
                }
            }
            set { update { $0.value = newValue } }
        }

        /// The kind of ``value``, for readers that test only that: neither builds an inline value nor
        /// copies a stored one (a box and retains each).
        var label: NumericExpression.Label {
            switch payload {
            case .number: .number
            case .percent: .percent
            case .ordinal: .ordinal
            case .stored(let index): stream.matchField(index, \.value.label)
            }
        }

        /// The value and what is kept with it (nothing more for an inline number).
        private var stored: LexemeStream.StoredMatchValue {
            guard case .stored(let index) = payload else { return LexemeStream.StoredMatchValue(value: value) }
            return stream.matchValue(index)
        }

        /// Stores the value again, changed by `change`.
        private mutating func update(_ change: (inout LexemeStream.StoredMatchValue) -> Void) {
            var changed = stored
            change(&changed)
            payload = .stored(stream.storeMatchValue(changed))
        }

        /// For a relative date ("hôm qua"): the offset from the reference date, e.g. -1 day.
        var offset: RelativeOffset? {
            guard case .stored(let index) = payload else { return nil }
            return stream.matchField(index, \.offset)
        }

        /// For an amount per something ("360.000 đồng/tháng"): what it is per ("month").
        var per: String? {
            get {
                guard case .stored(let index) = payload else { return nil }
                return stream.matchField(index, \.per)
            }
            set { update { $0.per = newValue } }
        }

        /// For a range: the qualifiers of its bounds ("từ trên 5 năm đến 10 năm", "từ 60% đến dưới 70%").
        var boundQualifiers: (from: NumericExpression.Qualifier?, to: NumericExpression.Qualifier?) {
            get {
                guard case .stored(let index) = payload else { return (nil, nil) }
                return (stream.matchField(index, \.fromQualifier), stream.matchField(index, \.toQualifier))
            }
            set {
                update {
                    $0.fromQualifier = newValue.from
                    $0.toQualifier = newValue.to
                }
            }
        }

        private static func decimal(_ number: CompactDecimal) -> ExactDecimal {
            ExactDecimal(compactSignificand: number.significand, exponent: Int(number.exponent))
        }
    }

    /// A match whose value is `value`, kept by the stream.
    func match(
        value: NumericExpression.Value, end: Int, qualifier: NumericExpression.Qualifier? = nil, offset: RelativeOffset? = nil,
        per: String? = nil, emit: Bool = true, ambiguousWord: Bool = false
    ) -> Match {
        Match(
            payload: .stored(stream.storeMatchValue(.init(value: value, offset: offset, per: per))), end: end, qualifier: qualifier,
            emit: emit,
            ambiguousWord: ambiguousWord, stream: stream)
    }

    /// The kinds of ``Match/Payload`` a number makes without building its public value.
    enum InlineKind {
        case number, percent, ordinal

        /// The public value of `decimal` as this kind.
        func value(_ decimal: ExactDecimal) -> NumericExpression.Value {
            switch self {
            case .number: .number(decimal)
            case .percent: .percent(decimal)
            case .ordinal: .ordinal(decimal)
            }
        }

        /// `number` held inline as this kind.
        func payload(_ number: CompactDecimal) -> Match.Payload {
            switch self {
            case .number: .number(number)
            case .percent: .percent(number)
            case .ordinal: .ordinal(number)
            }
        }
    }

    /// A match whose value is `number` as `kind`: inline unless the number is big.
    func match(
        _ kind: InlineKind, _ number: CompactDecimal, end: Int, emit: Bool = true, ambiguousWord: Bool = false
    ) -> Match {
        let payload = number.isBig ? .stored(stream.storeMatchValue(.init(value: kind.value(decimal(number))))) : kind.payload(number)
        return Match(payload: payload, end: end, emit: emit, ambiguousWord: ambiguousWord, stream: stream)
    }

    /// A number read from digits and/or words.
    struct NumberRead {
        /// The value; ``value(of:)`` gives it as an ``ExactDecimal``.
        var number: CompactDecimal
        var end: Int
        var spelled: Bool
        var words: Int
        /// A single digits lexeme with no separators, sign or suffix ("2019", "05").
        var plainDigits: Bool
        /// Digits with separators that make no number ("1.2.3"): the scanner skips them whole.
        var invalid = false
    }

    // MARK: - Lexeme helpers

    // Inlined: every reader asks these of each lexeme it looks at, and out of line the call and the
    // optional lexeme's copy cost more than the test (isSymbol alone was 1% of the scan).
    @inline(__always) func lex(_ index: Int) -> Lexeme? { stream.at(index) }
    @inline(__always) func key(_ index: Int) -> LexemeKey { stream.key(index) }
    @inline(__always) func isWord(_ index: Int) -> Bool { lex(index)?.kind == .word }
    /// Whether the lexeme's key is in the vocabulary table(s) of `keyClass`: a bit test once the
    /// stream has looked the key up (``LexemeStream/keyClass(_:)``), so misses never probe a table.
    @inline(__always) func has(_ index: Int, _ keyClass: Vocabulary.KeyClass) -> Bool { stream.keyClass(index).contains(keyClass) }
    @inline(__always) func isDigits(_ index: Int) -> Bool { lex(index)?.kind == .digits }
    @inline(__always) func isSymbol(_ index: Int, _ symbol: LexemeKey) -> Bool { lex(index)?.kind == .symbol && key(index) == symbol }
    /// Whether lexeme `index` begins a unit, a currency or a scale, or is "%": what makes the number
    /// before it an amount.
    func isMeasureWord(_ index: Int) -> Bool {
        has(index, .unitStart) || has(index, .currencySuffixStart) || has(index, .scale) || isSymbol(index, "%")
    }
    /// The lexeme exists and touches the previous one (no whitespace between).
    func attached(_ index: Int) -> Bool { lex(index).map { !$0.spaceBefore } ?? false }
    /// The lower-case word right before lexeme `index` (``wordBefore(_:_:)``); nil when none is.
    func word(before index: Int) -> String? { lex(index).flatMap { Self.wordBefore(stream.bytes, $0.start)?.word } }
    func digitCount(_ index: Int) -> Int { lex(index).map { $0.end - $0.start } ?? 0 }
    func intValue(_ index: Int) -> Int? {
        guard let lexeme = lex(index), lexeme.kind == .digits, lexeme.end - lexeme.start <= 9 else { return nil }
        var value = 0
        for offset in lexeme.start..<lexeme.end { value = value * 10 + Int(stream.bytes[offset] &- UInt8(ascii: "0")) }
        return value
    }

    /// Keys of `words` match the lexemes from `index`; returns the end index. Symbols inside a phrase
    /// ("ki-lô-mét", "đô-la") must touch their neighbours.
    func matchKeys(_ words: [LexemeKey], at index: Int) -> Int? {
        var position = index
        for word in words {
            guard let lexeme = lex(position), key(position) == word else { return nil }
            if position > index, lexeme.kind != .word || words.contains("-"), word == "-" || lex(position - 1)?.kind == .symbol {
                guard !lexeme.spaceBefore else { return nil }
            }
            position += 1
        }
        return position
    }

    /// Like ``matchKeys(_:at:)`` on the exact text (case-sensitive, for unit symbols); digits and
    /// symbols after the first element must touch it ("m2", "km/h").
    func matchExact(_ words: [LexemeKey], at index: Int) -> Int? {
        var position = index
        for word in words {
            guard let lexeme = lex(position) else { return nil }
            guard stream.exactKey(position) == word || (Vocabulary.caselessUnitWords.contains(word) && key(position) == word) else {
                return nil
            }
            if position > index, lexeme.kind != .word || lex(position - 1)?.kind != .word {
                guard !lexeme.spaceBefore else { return nil }
            }
            position += 1
        }
        // A unit must not run on into letters ("m" of "mức", "ha" of "hai" are whole words already;
        // this guards "km" followed directly by digits or letters such as "km2x").
        if let next = lex(position), !next.spaceBefore, next.kind == .word { return nil }
        return position
    }

    /// True when lexeme `index` touches a letter or digit before it ("COVID-19", "H5N1", "F0").
    func attachedToAlphanumericBefore(_ index: Int) -> Bool {
        guard let lexeme = lex(index) else { return false }
        if index > 0 { return !lexeme.spaceBefore && lex(index - 1)?.kind != .symbol }
        // The stream's first lexeme counts as spaced ("a fresh start"), but the scanner starts
        // streams inside the text: what touches it is read from the bytes ("10-100" read from "-").
        return Self.touchesAlphanumeric(stream.bytes, before: lexeme.start)
    }

    /// Whether a letter or digit ends right before byte `offset`: an ASCII one, or a letter as the
    /// lexer sees one by its lead byte (not a quote or a no-break space: "“15%”"; "铁甲008" is glued).
    static func touchesAlphanumeric(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> Bool {
        guard offset > 0 else { return false }
        let before = bytes[offset - 1]
        if before < 0x80 { return LexemeStream.isDigit(before) || LexemeStream.isASCIILetter(before) }
        var lead = offset - 1
        while lead > 0, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return LexemeStream.isLetterStart(bytes, at: lead, limit: bytes.count)
    }

    /// Whether a "+" glued after a letter ends right before byte `offset`: the digits there are an
    /// offset or a name's ("năm N+1", "tháng M+2", "ngày D+5", "ASEAN+3"), no count; after digits the
    /// "+" is a sum's ("5+3").
    static func followsLetterAndPlus(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        guard offset >= 2, bytes[offset - 1] == UInt8(ascii: "+"), !LexemeStream.isDigit(bytes[offset - 2]) else { return false }
        return touchesAlphanumeric(bytes, before: offset - 1)
    }

    // MARK: - Numbers

    /// Whether "âm" at `index` is a minus sign in running text: in lower case (or at a line's
    /// start), before digits ("tăng trưởng âm 5,2%", "nhiệt độ âm 30 độ C") or a number word and
    /// "độ" ("âm năm độ"), and not the end of a word it makes with the word before ("thu âm một
    /// bản", "nguyên âm ba", "độ điện âm 2,55", "ngày âm 12/03", a lunar date). Another number in
    /// words after it is no negative one there ("xuống mức âm năm 2009"; a whole phrase, "âm năm",
    /// still is).
    private func isMinusWord(_ index: Int) -> Bool {
        guard let lexeme = lex(index), isDigits(index + 1) || key(index + 2) == "độ",
            stream.exactKey(index) == "âm" || LexemeStream.isLineStart(stream.bytes, lexeme.start)
        else { return false }
        guard let before = word(before: index) else { return true }
        return !["thu", "ghi", "điện", "nguyên", "phụ", "biến", "bán", "phát", "ngữ", "thanh", "hòa", "hoà", "đa", "ngày", "tháng", "lịch"]
            .contains(before)
    }

    /// A number at `index`: signed, digits with separators and suffixes, spelled out, or mixed
    /// ("2 triệu 500 nghìn", "1,5 triệu", "hai phẩy năm", "âm 1.200.000").
    func number(_ index: Int) -> NumberRead? {
        var position = index
        var negative = false
        var plus = false
        if key(position) == "âm", isWord(position), wholePhrase || isMinusWord(position) {
            negative = true
            position += 1
        } else if isSymbol(position, "-") || isSymbol(position, "−"), isDigits(position + 1) || (wholePhrase && isSymbol(position + 1, ",")),
            attached(position + 1) || (wholePhrase && position == 0), !attachedToAlphanumericBefore(position)
        {
            negative = true
            position += 1
        } else if isSymbol(position, "+"), isDigits(position + 1), attached(position + 1), !attachedToAlphanumericBefore(position),
            !isPhoneOrZonePrefix(position + 1)
        {
            // "+3,2%", "từ +5 đến -3 độ C": a sign that says the number is positive (a change, a temperature).
            plus = true
            position += 1
        }
        guard var read = compound(position) else { return nil }
        if let end = restatementEnd(of: read) {
            read.end = end
            read.plainDigits = false
            // "3.000 (ba nghìn) tỷ đồng": the scale words after the restatement scale both.
            while let exponent = scaleExponent(read.end), let scaled = read.number.scaled(byPowerOf10: exponent) {
                read.number = scaled
                read.end += 1
            }
        }
        if !read.spelled, !read.invalid, let fraction = vulgarFraction(read.end) {
            // "7½ bao tải", "5 ½", "2¼ inch": a whole number and a fraction of one.
            let whole = value(of: read)
            if whole.isInteger {
                if let part = ExactDecimal(fraction.numerator).dividedExactly(by: ExactDecimal(fraction.denominator)) {
                    read.number = compact(whole + part)
                } else {
                    // "2⅓": no decimal says it exactly; skipped whole, as digits that make no number are.
                    read.invalid = true
                }
                read.end += 1
                read.plainDigits = false
            }
        }
        if negative {
            read.number = read.number.negated ?? compact(-value(of: read))
        }
        if negative || plus {
            read.plainDigits = false
            read.words += 1
        }
        return read
    }

    /// Whether the digits at `index`, after a "+", begin a telephone number or a time zone's offset,
    /// no signed number: "+84 912 345 678" (a country's code before more digits), "+84912345678" (nine
    /// digits or more without grouping), "+07:00".
    func isPhoneOrZonePrefix(_ index: Int) -> Bool {
        if isSymbol(index + 1, ":"), attached(index + 1) { return true }
        return digitCount(index) >= 9 || digitCount(index) <= 3 && isDigits(index + 1) && !attached(index + 1)
    }

    /// The end of the parentheses that restate `read` the other way, as legal text writes counts
    /// and periods: digits in words, "15 (mười lăm) ngày", "02 (hai) bản", "5.000.000 (năm triệu)
    /// đồng", or words in digits, "Bảy (07) ngày làm việc", "hai (02) bộ hồ sơ". The lexeme after
    /// the ")" then follows the number (its unit), and the restatement is no second number. Nil
    /// when it says another number or is not all of the parentheses.
    private func restatementEnd(of read: NumberRead) -> Int? {
        guard isSymbol(read.end, "("), read.spelled ? isDigits(read.end + 1) : isWord(read.end + 1),
            let other = compound(read.end + 1), other.spelled != read.spelled, !other.invalid, isSymbol(other.end, ")"),
            value(of: other) == value(of: read)
        else { return nil }
        return other.end + 1
    }

    /// Digits, groups and scale words combined by a stack: each scale word multiplies everything
    /// before it that has a smaller or equal scale, so "hai trăm nghìn" = 200 000,
    /// "một nghìn tỷ" = 10¹², "ba tỷ hai trăm năm mươi triệu" = 3 250 000 000.
    func compound(_ index: Int) -> NumberRead? {
        if cannotStartNumber(index), !isHalfBeforeScale(index) { return nil }
        if let cached = stream.memoisedCompound(index) { return cached }
        let result = uncachedCompound(index)
        stream.memoise(compound: result, at: index)
        return result
    }

    private func uncachedCompound(_ index: Int) -> NumberRead? {
        // Digits alone (most numbers): the digit reader's read, unless a decimal word or a scale
        // word follows; the loop below would return the same read through an ExactDecimal.
        if let digits = digitNumber(index) {
            if digits.invalid { return digits }
            let next = key(digits.end)
            if next != "phẩy", next != "chấm", scaleExponent(digits.end) == nil, digitTimesWord(digits, index) == nil {
                return Self.isHalf(next) ? withHalf(digits, from: index) : digits
            }
        } else if let group = spelledGroup(index, afterScale: false) {
            // One spelled group ("năm", "hai mươi mốt") likewise: its value as a machine word.
            let next = key(group.end)
            if next != "phẩy", next != "chấm", scaleExponent(group.end) == nil {
                let read = NumberRead(
                    number: CompactDecimal(word: UInt64(group.value)), end: group.end, spelled: true, words: group.words,
                    plainDigits: false)
                return Self.isHalf(next) ? withHalf(read, from: index) : read
            }
        }
        var parts: [(value: ExactDecimal, exponent: Int)] = []
        var current: ExactDecimal?
        var position = index
        var spelled = false
        var words = 0
        var plainDigits = false
        var lastScale = 0
        while true {
            if current == nil {
                if parts.isEmpty, isHalfBeforeScale(position) {
                    // "nửa triệu người", "gần nửa tỉ đồng": half of the scale word after it.
                    current = ExactDecimal(significand: 5, exponent: -1)
                    spelled = true
                    words += 1
                    position += 1
                } else if let digits = digitNumber(position) {
                    if digits.invalid {
                        guard parts.isEmpty else { break }
                        return digits
                    }
                    // After a scale word, digits continue the number before another scale ("2 triệu 500 nghìn"),
                    // or as the rest below it: "12 nghìn 500" (three digits after a thousand), "1 tỷ 2" (one
                    // digit after a million or more at the phrase's end is its tenths, as "ba triệu hai").
                    if !parts.isEmpty, scaleExponent(digits.end) == nil {
                        guard digits.plainDigits else { break }
                        if isDigitHundreds(digits, position) {
                            // "12 nghìn 5 trăm", "1 triệu 5 trăm nghìn": hundreds below the scale, or before the next.
                            current = value(of: digits).scaled(byPowerOf10: 2)
                            position = digits.end + 1
                            words += 2
                            continue
                        }
                        if lastScale == 3, digitCount(position) == 3 {
                            current = value(of: digits)
                        } else if lastScale >= 6, digitCount(position) == 1, !isWord(digits.end) || endsCountlessDigit(digits.end),
                            let digit = intValue(position)
                        {
                            current = ExactDecimal(digit).scaled(byPowerOf10: lastScale - 1)
                        } else {
                            break
                        }
                        words += 1
                        position = digits.end
                        break
                    }
                    current = value(of: digits)
                    plainDigits = parts.isEmpty && digits.plainDigits
                    position = digits.end
                    if let exponent = digitTimesWord(digits, digits.end - 1) {
                        // "5 trăm nghìn": a digit's hundreds, as "năm trăm nghìn"; "2 chục quả": its tens.
                        current = value(of: digits).scaled(byPowerOf10: exponent)
                        plainDigits = false
                        position += 1
                        words += 1
                    }
                } else if let group = spelledGroup(position, afterScale: !parts.isEmpty) {
                    if !parts.isEmpty, group.words == 1, let digit = group.loneDigit, scaleExponent(group.end) == nil {
                        // "ba triệu hai" = 3 200 000; but "hai nghìn năm" is two thousand years.
                        guard let tenth = Self.loneDigitAfterScale(digit, key(position)) else { break }
                        current = ExactDecimal(tenth).scaled(byPowerOf10: lastScale - 1)
                    } else {
                        current = ExactDecimal(group.value)
                    }
                    spelled = true
                    words += group.words
                    position = group.end
                } else if !parts.isEmpty, let tenth = tenthWordAfterScale(position) {
                    // "hai triệu tư" (2 400 000), "hai nghìn mốt" (2 100): as "ba triệu hai".
                    current = ExactDecimal(tenth).scaled(byPowerOf10: lastScale - 1)
                    spelled = true
                    words += 1
                    position += 1
                } else if wholePhrase, parts.isEmpty, isSymbol(position, ","), isDigits(position + 1), attached(position + 1) {
                    // Duckling's ",77" = 0.77.
                    let digits = Array(stream.text(position + 1).utf8)
                    current = ExactDecimal(asciiDigits: digits, fractionDigits: digits.count, negative: false)
                    position += 2
                    position = suffixMultiplier(position, value: &current)
                }
            }
            if let value = current, key(position) == "phẩy" || key(position) == "chấm", let fraction = fraction(position + 1) {
                current = value + fraction.value
                position = fraction.end
                spelled = true
                plainDigits = false
                words += 1
            }
            if let exponent = scaleExponent(position) {
                if current == nil, parts.isEmpty, !wholePhrase { break }
                var sum = current ?? (parts.isEmpty ? ExactDecimal(1) : .zero)
                var popped = 0
                // A scale right after a scale ("nghìn tỷ", "tỷ tỷ") multiplies everything before it.
                while let last = parts.last, last.exponent <= exponent || current == nil {
                    sum = sum + last.value
                    popped = Swift.max(popped, last.exponent)
                    parts.removeLast()
                }
                let combined = exponent + popped
                guard combined <= NumberParser.maximumExponent else {
                    stream.overflowOffset = lex(position)?.start
                    return nil
                }
                parts.append((sum.scaled(byPowerOf10: exponent), combined))
                current = nil
                lastScale = exponent
                position += 1
                words += 1
                spelled = true
                plainDigits = false
                if Self.isHalf(key(position)) {
                    parts.append((ExactDecimal(5).scaled(byPowerOf10: exponent - 1), 0))
                    position += 1
                    words += 1
                }
                continue
            }
            break
        }
        if parts.isEmpty {
            // One part (most numbers): no array. The same total as the sum below.
            guard let current else { return nil }
            return NumberRead(number: compact(current), end: position, spelled: spelled, words: words, plainDigits: plainDigits)
        }
        if let current { parts.append((current, 0)) }
        let total = parts.dropFirst().reduce(parts[0].value) { $0 + $1.value }
        return NumberRead(number: compact(total), end: position, spelled: spelled, words: words, plainDigits: plainDigits)
    }

    /// A word that begins no number when scanning (no digit or spelled-group word): ``compound(_:)``
    /// finds nothing there (a lone scale word counts only in a whole phrase), so readers skip it
    /// with a bit test instead of a memoised read (most words the grammar looks at are such).
    @inline(__always)
    func cannotStartNumber(_ index: Int) -> Bool {
        !wholePhrase && lex(index)?.kind == .word && !has(index, .spelledStart)
    }

    static func isHalf(_ key: LexemeKey) -> Bool { key == "rưỡi" || key == "rưởi" }

    /// `read`, a whole number from lexeme `index` that "rưỡi" or "rưởi" follows, and a half: "hai
    /// rưỡi" (2.5), "mười rưỡi" (10.5), "3 rưỡi" (3.5), as after a scale ("hai triệu rưỡi") or a
    /// unit ("hai năm rưỡi"). Only a count from 1 to 19 in at most two words, or of one or two digits
    /// without a leading zero: "năm rưỡi" is as often a year and a half ("một" left out), and a half
    /// of larger numbers is written with "trăm" ("trăm rưỡi", 150) or in digits.
    private func withHalf(_ read: NumberRead, from index: Int) -> NumberRead {
        guard let whole = intValue(of: read) else { return read }
        let halved =
            read.spelled
            ? (1...19).contains(whole) && read.words <= 2 && key(index) != "năm"
            // As many digits as the value has: no leading zero ("05 rưỡi").
            : read.plainDigits && (1...99).contains(whole) && digitCount(index) == (whole < 10 ? 1 : 2)
        guard halved else { return read }
        return NumberRead(
            number: CompactDecimal(significand: Int64(whole) * 10 + 5, exponent: -1, bigIndex: -1), end: read.end + 1,
            spelled: read.spelled, words: read.words + 1, plainDigits: false)
    }

    /// The vulgar fraction ("½", "¼", "⅓") that lexeme `index` is, if any.
    func vulgarFraction(_ index: Int) -> (numerator: Int, denominator: Int)? {
        guard let lexeme = lex(index), lexeme.kind == .symbol else { return nil }
        return VulgarFraction.at(stream.bytes, lexeme.start)
    }

    /// "nửa" before a scale word ("nửa triệu", "nửa tỷ", "nửa nghìn"): a number, half of the scale.
    func isHalfBeforeScale(_ index: Int) -> Bool { key(index) == "nửa" && isWord(index) && scaleExponent(index + 1) != nil }

    /// Whether `digits`, read from lexeme `index`, are one digit 1–9 that "trăm" follows: "5 trăm
    /// nghìn đồng", "3 trăm", the hundreds written as a digit.
    func isDigitHundreds(_ digits: NumberRead, _ index: Int) -> Bool { digitTimesWord(digits, index) == 2 }

    /// The power of ten of "trăm" (2) or "chục" (1) after `digits`, read from lexeme `index`, when
    /// they are one digit 1–9: "5 trăm nghìn đồng", "2 chục quả" (the hundreds or tens written as a digit).
    func digitTimesWord(_ digits: NumberRead, _ index: Int) -> Int? {
        guard digits.plainDigits, digits.end == index + 1, digitCount(index) == 1, isWord(digits.end), intValue(index) != 0 else { return nil }
        switch key(digits.end) {
        case "trăm": return 2
        case "chục": return 1
        default: return nil
        }
    }

    /// The tenth of a scale a lone word after it means: "ba triệu hai" (2), "nghìn mốt" (1), "trăm tư" (4), "lăm" (5).
    static func loneDigitAfterScale(_ digit: Int, _ key: LexemeKey) -> Int? {
        switch key {
        case "mốt", "tư", "lăm", "nhăm": digit
        case "năm", "một", "không": nil
        default: digit
        }
    }

    /// Whether the word at `index` counts nothing, so that a lone digit before it after a scale is
    /// the scale's tenths ("vay 2 tỷ 5 của ngân hàng", "giá 1 triệu 2 một chiếc"), not a count of
    /// it ("1 triệu 2 chiếc").
    private func endsCountlessDigit(_ index: Int) -> Bool {
        isWord(index) && key(index).isAny(of: "của", "và", "một", "mỗi", "cho", "để", "là", "thì")
    }

    /// The digit of a word that only follows tens (``Vocabulary/unitsAfterTens`` that starts no
    /// spelled group: "mốt" 1, "tư" 4, "lăm" and "nhăm" 5) at `index`, which alone after a scale word
    /// is its tenths ("hai triệu tư"). Not before another scale, nor as the first syllable of a word
    /// of the lexicon ("hai triệu tư nhân").
    func tenthWordAfterScale(_ index: Int) -> Int? {
        guard isWord(index), !has(index, .spelledStart), let tenth = Vocabulary.unitsAfterTens[key(index)], scaleExponent(index + 1) == nil
        else { return nil }
        if isWord(index + 1), Lexicon.shipped.contains(key(index).description + " " + key(index + 1).description) { return nil }
        return tenth
    }

    /// The power of ten of a scale word at `index`, unless it is part of another word ("tỷ lệ").
    func scaleExponent(_ index: Int) -> Int? {
        guard isWord(index), has(index, .scale), let exponent = Vocabulary.scales[key(index)] else { return nil }
        if exponent >= 6, Vocabulary.notScaleAfter[key(index)]?.contains(key(index + 1)) == true,
            key(index + 1) != "chứng" || !Vocabulary.chungCompounds.contains(key(index + 2))
        {
            return nil
        }
        return exponent
    }

    /// A spelled group below a thousand: "bảy trăm hai mươi mốt", "không trăm mười một", "một trăm linh năm",
    /// "hăm mốt", "hai chục", "trăm rưỡi". `loneDigit` is set when the group is one digit word.
    func spelledGroup(_ index: Int, afterScale: Bool) -> (value: Int, end: Int, words: Int, loneDigit: Int?)? {
        // Every reading below begins with one of these words (a bit test: most calls are on other words).
        guard has(index, .spelledStart) else { return nil }
        var position = index
        var value = 0
        var hundreds = false
        // The digit word at `position`, looked up once for the tests below (a table probe each).
        let leading = digitWord(position)
        if let digit = leading, key(position + 1) == "trăm" {
            value = digit * 100
            hundreds = true
            position += 2
        } else if key(position) == "trăm", wholePhrase || afterScale || followsQualifierOfBareTens(index) {
            // "hơn trăm người", "gần trăm triệu": a hundred after a qualifier, as "hơn chục" is ten.
            value = 100
            hundreds = true
            position += 1
        }
        if hundreds, Self.isHalf(key(position)) {
            return (value + 50, position + 1, position + 1 - index, nil)
        }
        let tensKey = key(position)
        // "một trăm lẻ tư" = 104: the colloquial "tư" for four, as after "mươi".
        if tensKey == "linh" || tensKey == "lẻ", hundreds || afterScale,
            let unit = digitWord(position + 1) ?? (key(position + 1) == "tư" && isWord(position + 1) ? 4 : nil), unit > 0
        {
            return (value + unit, position + 2, position + 2 - index, nil)
        }
        if tensKey == "mười" {
            value += 10
            position += 1
            if let unit = unitAfterTens(position) {
                value += unit
                position += 1
            }
            return (value, position, position - index, nil)
        }
        if tensKey == "hăm" || tensKey == "băm" {
            value += tensKey == "hăm" ? 20 : 30
            position += 1
            if let unit = unitAfterTens(position) {
                value += unit
                position += 1
            }
            return (value, position, position - index, nil)
        }
        let digitHere = hundreds ? digitWord(position) : leading
        if let digit = digitHere, digit > 0 || key(position + 1) == "mươi" {
            if key(position + 1) == "mươi" {
                value += digit * 10
                position += 2
                if let unit = unitAfterTens(position) {
                    value += unit
                    position += 1
                }
                return (value, position, position - index, nil)
            }
            if key(position + 1) == "chục" {
                return (value + digit * 10, position + 2, position + 2 - index, nil)
            }
            // Colloquial tens: "hai lăm" = 25, "ba mốt" = 31 (and "hai tư" = 24 in a whole phrase).
            let next = key(position + 1)
            if digit >= 2, next == "mốt" || next == "lăm" || next == "nhăm" || (wholePhrase && next == "tư"),
                isWord(position + 1)
            {
                return (value + digit * 10 + (Vocabulary.unitsAfterTens[next] ?? 0), position + 2, position + 2 - index, nil)
            }
            if hundreds {
                // "một trăm hai" = 120 (a lone digit after hundreds is the tens); "một trăm năm" is a century.
                guard let tens = Self.loneDigitAfterScale(digit, key(position)), scaleExponent(position + 1) == nil else {
                    return (value, position, position - index, nil)
                }
                return (value + tens * 10, position + 1, position + 1 - index, nil)
            }
            return (value + digit, position + 1, 1, digit)
        }
        // "chục" alone is ten in a whole phrase, after a scale, "vài" or a qualifier ("hơn chục người",
        // "gần chục năm"); in running text "hàng chục" and "chục năm" are vaguer.
        if tensKey == "chục", !hundreds,
            wholePhrase || afterScale || index > 0 && key(index - 1) == "vài" || followsQualifierOfBareTens(index)
        {
            return (10, position + 1, 1, nil)
        }
        if hundreds {
            if key(position) == "mốt" || key(position) == "tư" || key(position) == "lăm" {
                return (value + (Vocabulary.unitsAfterTens[key(position)] ?? 0) * 10, position + 1, position + 1 - index, nil)
            }
            return (value, position, position - index, nil)
        }
        if let digit = digitHere, digit == 0, wholePhrase || key(position + 1) == "phẩy" || key(position + 1) == "chấm" || afterScale {
            return (0, position + 1, 1, 0)
        }
        return nil
    }

    /// Whether a qualifier word comes right before lexeme `index`, which makes a bare "chục" ten and a
    /// bare "trăm" a hundred ("hơn chục người", "gần trăm triệu"; "hàng chục", "hàng trăm" stay vague).
    private func followsQualifierOfBareTens(_ index: Int) -> Bool {
        index > 0 && key(index - 1).isAny(of: "hơn", "gần", "trên", "dưới", "khoảng", "ngót", "chừng")
    }

    func digitWord(_ index: Int) -> Int? {
        guard isWord(index), has(index, .digit) else { return nil }
        return Vocabulary.digits[key(index)]
    }

    func unitAfterTens(_ index: Int) -> Int? {
        guard isWord(index), has(index, .unitAfterTens), let unit = Vocabulary.unitsAfterTens[key(index)] else { return nil }
        // "hai mươi mốt nghìn" keeps going; "mười hai trăm"? is not Vietnamese: stop before "trăm".
        if key(index + 1) == "trăm" || key(index + 1) == "mươi" { return nil }
        return unit
    }

    /// The digits after "phẩy"/"chấm": digits ("2 chấm 23"), or words read as a digit string with
    /// leading "không" as zeros ("không năm" = .05, "hai lăm" = .25, "mười lăm" = .15).
    func fraction(_ index: Int) -> (value: ExactDecimal, end: Int)? {
        if isDigits(index) {
            let digits = Array(stream.text(index).utf8)
            return (ExactDecimal(asciiDigits: digits, fractionDigits: digits.count, negative: false), index + 1)
        }
        var position = index
        var text = ""
        while key(position) == "không", isWord(position) {
            text += "0"
            position += 1
        }
        if let group = spelledGroup(position, afterScale: true), group.value > 0 {
            text += String(group.value)
            position = group.end
        }
        guard !text.isEmpty else { return nil }
        let digits = Array(text.utf8)
        return (ExactDecimal(asciiDigits: digits, fractionDigits: digits.count, negative: false), position)
    }
}
