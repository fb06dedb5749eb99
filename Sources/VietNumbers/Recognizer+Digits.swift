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
        var groups = [index]
        var separators: [UInt8] = []
        var position = index + 1
        while let symbol = lex(position), symbol.kind == .symbol, !symbol.spaceBefore, symbol.end - symbol.start == 1,
            isDigits(position + 1), attached(position + 1)
        {
            let byte = stream.bytes[symbol.start]
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") else { break }
            separators.append(byte)
            groups.append(position + 1)
            position += 2
        }
        if separators.isEmpty, digitCount(index) <= 3, stream.bytes[lex(index)!.start] != UInt8(ascii: "0") {
            // Space grouping "1 099", "12 345 678": three-digit groups not glued to anything after them.
            var next = position
            while isDigits(next), lex(next)!.spaceBefore, digitCount(next) == 3, !continuesWithSeparator(next + 1) {
                groups.append(next)
                separators.append(UInt8(ascii: " "))
                next += 1
            }
            position = next
        }
        guard let layout = decimalLayout(groups: groups, separators: separators) else {
            return NumberRead(number: .zero, end: position, spelled: false, words: 0, plainDigits: false, invalid: true)
        }
        var digits: [UInt8] = []
        var fractionDigits = 0
        for (number, group) in groups.enumerated() {
            let lexeme = lex(group)!
            let bytes = stream.bytes[lexeme.start..<lexeme.end]
            digits.append(contentsOf: bytes)
            if let decimalAfter = layout, number > decimalAfter { fractionDigits += bytes.count }
        }
        var value: ExactDecimal? = ExactDecimal(asciiDigits: digits, fractionDigits: fractionDigits, negative: false)
        let afterSuffix = suffixMultiplier(position, value: &value)
        return NumberRead(
            number: compact(value ?? .zero), end: afterSuffix, spelled: false, words: 0,
            plainDigits: groups.count == 1 && afterSuffix == position)
    }

    /// The common case without arrays or BigInt arithmetic: one group of at most 18 digits with no
    /// separator glued to digits after it and no space grouping ("2019", "05"); nil otherwise.
    /// Same value and end as the general reader below.
    private func singleGroup(_ index: Int) -> NumberRead? {
        guard let lexeme = lex(index), lexeme.end - lexeme.start <= 18 else { return nil }
        if let symbol = lex(index + 1), symbol.kind == .symbol, !symbol.spaceBefore, symbol.end - symbol.start == 1,
            isDigits(index + 2), attached(index + 2),
            stream.bytes[symbol.start] == UInt8(ascii: ".") || stream.bytes[symbol.start] == UInt8(ascii: ",")
        {
            return nil
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
    private func decimalLayout(groups: [Int], separators: [UInt8]) -> Int?? {
        let dot = UInt8(ascii: "."), comma = UInt8(ascii: ","), space = UInt8(ascii: " ")
        guard !separators.isEmpty else { return .some(nil) }
        let firstGroupShort = digitCount(groups[0]) <= 3
        func allThree(_ range: Range<Int>) -> Bool { range.allSatisfy { digitCount(groups[$0]) == 3 } }
        if separators.allSatisfy({ $0 == space }) { return .some(nil) }
        let last = separators.count - 1
        let kinds = Set(separators)
        if kinds.count == 2 {
            // Grouping with one kind, then one decimal point of the other kind.
            let decimal = separators[last]
            guard separators[..<last].allSatisfy({ $0 != decimal }), firstGroupShort, allThree(1..<last + 1) else {
                return nil
            }
            switch options.decimalStyle {
            case .vietnamese: return decimal == comma ? .some(last) : nil
            case .english: return decimal == dot ? .some(last) : nil
            case .automatic: return .some(last)
            }
        }
        let separator = separators[0]
        if separators.count >= 2 {
            guard firstGroupShort, allThree(1..<groups.count) else { return nil }
            switch options.decimalStyle {
            case .vietnamese: return separator == dot ? .some(nil) : nil
            case .english: return separator == comma ? .some(nil) : nil
            case .automatic: return .some(nil)
            }
        }
        let grouping = firstGroupShort && digitCount(groups[1]) == 3
        switch (options.decimalStyle, separator == dot) {
        case (.vietnamese, true): return grouping ? .some(nil) : nil
        case (.vietnamese, false): return .some(0)
        case (.english, true): return .some(0)
        case (.english, false): return grouping ? .some(nil) : nil
        case (.automatic, true): return grouping ? .some(nil) : .some(0)
        case (.automatic, false): return .some(0)
        }
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
