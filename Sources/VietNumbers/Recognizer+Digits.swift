extension Recognizer {
    /// Digits with their separators, read per ``DecimalStyle``: "1.456.018", "47,13", "1,500.5",
    /// "1 099", "100K". Returns an `invalid` read covering the whole chain when the separators make
    /// no number ("1.2.3.4.5"), so the scanner skips it whole instead of emitting pieces.
    func digitNumber(_ index: Int) -> NumberRead? {
        guard isDigits(index) else { return nil }
        if let cached = stream.memoisedDigits(index) { return cached }
        let result = uncachedDigitNumber(index)
        stream.memoise(digits: result, at: index)
        return result
    }

    private func uncachedDigitNumber(_ index: Int) -> NumberRead? {
        if let single = singleGroup(index) { return single }
        var chain = DigitChain(first: index, separators: 0, spaced: false)
        var position = index + 1
        // Where the chain of glued groups ends, kept while groups broken off by a space are tried.
        var glued: (separators: Int, position: Int)?
        while let symbol = lex(position), symbol.kind == .symbol, !symbol.spaceBefore, symbol.end - symbol.start == 1,
            isDigits(position + 1)
        {
            let byte = stream.bytes[symbol.start]
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") else { break }
            if !attached(position + 1) || glued != nil {
                // "30.000. 000 đồng", "50. 000. 000 đồng": thousands broken at a separator by a space
                // (the legal corpus's scans): three-digit groups, read only before a currency or scale.
                guard digitCount(position + 1) == 3 else { break }
                if glued == nil { glued = (chain.separators, position) }
            }
            chain.separators += 1
            position += 2
        }
        if let glued, !readsBrokenThousands(chain, before: position) {
            (chain.separators, position) = (glued.separators, glued.position)
        }
        if chain.separators == 0, digitCount(index) <= 3, stream.bytes[lex(index)!.start] != UInt8(ascii: "0") {
            // Space grouping "1 099", "12 345 678": three-digit groups not glued to anything after them.
            var next = position
            while isDigits(next), lex(next)!.spaceBefore, digitCount(next) == 3, !continuesWithSeparator(next + 1) {
                chain.separators += 1
                chain.spaced = true
                next += 1
            }
            position = next
        }
        guard let layout = decimalLayout(chain) else {
            return NumberRead(number: .zero, end: position, spelled: false, words: 0, plainDigits: false, invalid: true)
        }
        var fractionDigits = 0
        var digitTotal = 0
        var word: UInt64 = 0
        for number in 0...chain.separators {
            let lexeme = lex(chain.group(number))!
            digitTotal += lexeme.end - lexeme.start
            if digitTotal <= 18 {
                for offset in lexeme.start..<lexeme.end { word = word &* 10 &+ UInt64(stream.bytes[offset] &- UInt8(ascii: "0")) }
            }
            if let decimalAfter = layout, number > decimalAfter { fractionDigits += lexeme.end - lexeme.start }
        }
        var number: CompactDecimal
        if digitTotal <= 18 {
            // What ExactDecimal(asciiDigits:fractionDigits:) gives, on one machine word.
            let integer = CompactDecimal(word: word)
            number = integer.significand == 0
                ? integer
                : CompactDecimal(significand: integer.significand, exponent: integer.exponent - Int32(fractionDigits), bigIndex: -1)
        } else {
            var digits: [UInt8] = []
            for number in 0...chain.separators {
                let lexeme = lex(chain.group(number))!
                digits.append(contentsOf: stream.bytes[lexeme.start..<lexeme.end])
            }
            number = compact(ExactDecimal(asciiDigits: digits, fractionDigits: fractionDigits, negative: false))
        }
        var afterSuffix = position
        if let exponent = suffixExponent(position) {
            number = number.scaled(byPowerOf10: exponent) ?? compact(decimal(number).scaled(byPowerOf10: exponent))
            afterSuffix += 1
        }
        return NumberRead(
            number: number, end: afterSuffix, spelled: false, words: 0, plainDigits: chain.separators == 0 && afterSuffix == position)
    }

    /// Whether `chain`, some of whose groups a space broke off, is thousands before a currency or
    /// scale word at lexeme `end` ("30.000. 000 đồng"): else only its glued groups are read.
    private func readsBrokenThousands(_ chain: DigitChain, before end: Int) -> Bool {
        guard isWord(end), has(end, .scale) || currencySuffix(end) != nil, case .some(nil) = decimalLayout(chain) else { return false }
        // Dots only: commas and spaces list numbers ("các mệnh giá 50, 100, 500 đồng").
        return (0..<chain.separators).allSatisfy { separator($0, of: chain) == UInt8(ascii: ".") }
    }

    /// Digit groups from lexeme `first`: joined by one-byte "." or "," separators (groups at
    /// `first`, `first + 2`, …) or, when `spaced`, by whitespace (groups at `first`, `first + 1`, …).
    private struct DigitChain {
        let first: Int
        /// How many separators (one less than the groups).
        var separators: Int
        var spaced: Bool

        /// The lexeme index of group `number`.
        func group(_ number: Int) -> Int { spaced ? first + number : first + 2 * number }
    }

    /// The byte of separator `number` of `chain` (a space for space grouping).
    private func separator(_ number: Int, of chain: DigitChain) -> UInt8 {
        chain.spaced ? UInt8(ascii: " ") : stream.bytes[lex(chain.first + 2 * number + 1)!.start]
    }

    /// The common case without arrays or BigInt arithmetic: one group of at most 18 digits with no
    /// separator glued to digits after it and no space grouping ("2019", "05"); nil otherwise.
    /// Same value and end as the general reader below.
    private func singleGroup(_ index: Int) -> NumberRead? {
        guard let lexeme = lex(index), lexeme.end - lexeme.start <= 18 else { return nil }
        if let symbol = lex(index + 1), symbol.kind == .symbol, !symbol.spaceBefore, symbol.end - symbol.start == 1,
            isDigits(index + 2), attached(index + 2) || digitCount(index + 2) == 3,
            stream.bytes[symbol.start] == UInt8(ascii: ".") || stream.bytes[symbol.start] == UInt8(ascii: ",")
        {
            return nil  // a chain, maybe with groups broken off ("50. 000. 000 đồng")
        }
        if lexeme.end - lexeme.start <= 3, stream.bytes[lexeme.start] != UInt8(ascii: "0"), isDigits(index + 1) {
            return nil  // maybe space grouping ("1 099")
        }
        var word: UInt64 = 0
        for offset in lexeme.start..<lexeme.end { word = word &* 10 &+ UInt64(stream.bytes[offset] &- UInt8(ascii: "0")) }
        var number = CompactDecimal(word: word)
        var afterSuffix = index + 1
        if let exponent = suffixExponent(afterSuffix) {
            number = number.scaled(byPowerOf10: exponent) ?? compact(decimal(number).scaled(byPowerOf10: exponent))
            afterSuffix += 1
        }
        return NumberRead(number: number, end: afterSuffix, spelled: false, words: 0, plainDigits: afterSuffix == index + 1)
    }

    /// A separator glued to the next digits ("5 100/141", "3 100.5"): then a space is no grouping.
    private func continuesWithSeparator(_ index: Int) -> Bool {
        guard let lexeme = lex(index), lexeme.kind == .symbol, !lexeme.spaceBefore else { return false }
        return isDigits(index + 1) && attached(index + 1)
    }

    /// Which separator is the decimal point, by the rules documented on ``DecimalStyle``.
    /// - Returns: nil when the layout is no number; `.some(nil)` for an integer; `.some(k)` when the
    ///   decimal point follows group `k`.
    private func decimalLayout(_ chain: DigitChain) -> Int?? {
        let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        guard chain.separators > 0 else { return .some(nil) }
        let firstGroupShort = digitCount(chain.group(0)) <= 3
        func allThree(_ range: Range<Int>) -> Bool { range.allSatisfy { digitCount(chain.group($0)) == 3 } }
        if chain.spaced { return .some(nil) }
        let last = chain.separators - 1
        let first = separator(0, of: chain)
        let decimal = separator(last, of: chain)
        var mixed = false
        for number in 1..<chain.separators where separator(number, of: chain) != first {
            mixed = true
            break
        }
        if mixed {
            // Grouping with one kind, then one decimal point of the other kind.
            guard (0..<last).allSatisfy({ separator($0, of: chain) != decimal }), firstGroupShort, allThree(1..<last + 1) else {
                return nil
            }
            switch options.decimalStyle {
            case .vietnamese: return decimal == comma ? .some(last) : nil
            case .english: return decimal == dot ? .some(last) : nil
            case .automatic: return .some(last)
            }
        }
        if chain.separators >= 2 {
            guard firstGroupShort, allThree(1..<chain.separators + 1) else { return nil }
            switch options.decimalStyle {
            case .vietnamese: return first == dot ? .some(nil) : nil
            case .english: return first == comma ? .some(nil) : nil
            case .automatic: return .some(nil)
            }
        }
        let grouping = firstGroupShort && digitCount(chain.group(1)) == 3
        switch (options.decimalStyle, first == dot) {
        case (.vietnamese, true): return grouping ? .some(nil) : nil
        case (.vietnamese, false): return .some(0)
        case (.english, true): return .some(0)
        case (.english, false): return grouping ? .some(nil) : nil
        case (.automatic, true): return grouping && !beforeEnglishScale(chain) ? .some(nil) : .some(0)
        case (.automatic, false):
            return grouping && (isEnglishPrice(chain) || countsWholeThings(chain) || isWholeThousands(chain) || beforeEnglishUnit(chain) || inEnglishLine(chain))
                ? .some(nil) : .some(0)
        }
    }

    /// Whether an English scale word follows the one-dot `chain` ("$82.272 billion"): the writer
    /// writes English, whose "." is a decimal point (82.272 × 10⁹; no one writes 82 272 billion).
    private func beforeEnglishScale(_ chain: DigitChain) -> Bool {
        let next = chain.group(1) + 1
        return isWord(next) && key(next).isAny(of: "million", "billion", "trillion")
    }

    /// Whether an English unit word follows the one-comma `chain` ("1,350 miles (2,170 km)", "2,700
    /// mi", "158,109 sq mi", "58,900 cu yd"): a measure left as English wrote it, whose "," groups
    /// thousands. (A translator who regroups the digits writes "281.947 acres", which Vietnamese
    /// grouping reads already.) Only English abbreviations: "km", "m" and "kg" are Vietnamese too.
    private func beforeEnglishUnit(_ chain: DigitChain) -> Bool {
        let next = chain.group(1) + 1
        guard isWord(next) else { return false }
        let word = key(next)
        return word.isAny(of: "miles", "mile", "inches", "yards", "acres", "feet", "kilometres", "kilometers")
            || word.isAny(of: "mi", "sq", "cu", "ft", "yd", "lb", "lbs")
    }

    /// Whether the one-comma `chain` ("36,695") stands in a line whose other numbers are written
    /// only the English way ("Dân số 5,404,145 Diện tích 9,661 km²", "6,823 bác sĩ … cao 4.5 m"):
    /// ``NumberStyleEvidence``. Not a group that starts with 0 ("0,342" is Vietnamese evidence itself).
    private func inEnglishLine(_ chain: DigitChain) -> Bool {
        guard let first = lex(chain.first), stream.bytes[first.start] != UInt8(ascii: "0") else { return false }
        return NumberStyleEvidence.linePrefersEnglish(stream.bytes, around: first.start)
    }

    /// "10,000 năm", "2,000 kilômét": a comma before "000" after a group that does not start with
    /// "0" — thousands as English writes them; no one writes an exact decimal so ("0,500" stays 0.5).
    private func isWholeThousands(_ chain: DigitChain) -> Bool {
        guard let first = lex(chain.group(0)), let second = lex(chain.group(1)), stream.bytes[first.start] != UInt8(ascii: "0") else {
            return false
        }
        return (second.start..<second.end).allSatisfy { stream.bytes[$0] == UInt8(ascii: "0") }
    }

    /// Whether the one-comma `chain` ("4,700") counts people or things that come only whole ("4,700
    /// người", "28,222 phương tiện"): English grouping, since 4.7 people is no count. Not before a
    /// rate's "/" ("3,125 người/hộ" is an average), nor a group that starts with 0.
    private func countsWholeThings(_ chain: DigitChain) -> Bool {
        guard stream.bytes[lex(chain.first)!.start] != UInt8(ascii: "0") else { return false }
        var noun = chain.group(1) + 1
        // "từ 450,000 tới 500,000 người", "80,000-90,000 tín đồ": a range's first bound counts what
        // the second, written the same way, does.
        if key(noun).isAny(of: "đến", "tới", "-", "–"), case let second = noun + 1, isDigits(second), digitCount(second) <= 3,
            isSymbol(second + 1, ","), attached(second + 1), isDigits(second + 2), attached(second + 2), digitCount(second + 2) == 3,
            !(attached(second + 3) && lex(second + 3)?.kind == .symbol && isDigits(second + 4))
        {
            noun = second + 3
        }
        guard isWord(noun), !attached(noun) else { return false }
        var end = noun + 1
        if !Vocabulary.wholeThings.contains(key(noun)) {
            guard let seconds = Vocabulary.wholeThingsOfTwoSyllables[key(noun)], seconds.contains(key(noun + 1)) else { return false }
            end = noun + 2
        }
        return !(isSymbol(end, "/") && attached(end))
    }

    /// Whether the one-comma `chain` is a price after a currency sign ("£140,000", "US$2,000"): English
    /// style, whose "," groups thousands (no price is written to a thousandth). Not "$0,121" (no group
    /// starts with 0) nor before a scale word ("€1,294 triệu" is 1.294 million, as Vietnamese writes it).
    private func isEnglishPrice(_ chain: DigitChain) -> Bool {
        let index = chain.first
        guard index > 0, attached(index), lex(index - 1)?.kind == .symbol, key(index - 1).isAny(of: "$", "£", "€", "¥"),
            stream.bytes[lex(index)!.start] != UInt8(ascii: "0")
        else { return false }
        return !has(chain.group(1) + 1, .scale)
    }

    /// Duckling's multiplier suffixes glued to the digits: "10K", "100k" (×10³) everywhere; "3M" (×10⁶)
    /// and ",0012G" (×10⁹) only in a whole phrase, since running text has "5G" networks.
    func suffixMultiplier(_ index: Int, value: inout ExactDecimal?) -> Int {
        guard let exponent = suffixExponent(index) else { return index }
        value = value?.scaled(byPowerOf10: exponent)
        return index + 1
    }

    /// The power of ten of a multiplier suffix at `index` (see ``suffixMultiplier(_:value:)``), if any.
    private func suffixExponent(_ index: Int) -> Int? {
        guard let lexeme = lex(index), lexeme.kind == .word, !lexeme.spaceBefore, lexeme.end - lexeme.start == 1 else {
            return nil
        }
        switch stream.bytes[lexeme.start] {
        case UInt8(ascii: "k"), UInt8(ascii: "K"): return 3
        case UInt8(ascii: "M") where wholePhrase: return 6
        case UInt8(ascii: "G") where wholePhrase: return 9
        default: return nil
        }
    }
}
