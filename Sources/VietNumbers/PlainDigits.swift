import VietTokenizer

/// The scanner's shortcut for the commonest candidate of all: a token of plain ASCII digits
/// ("5", "2019", "01") standing alone (``ScanFilter/isPlainNumber(_:_:_:_:_:)``). It gives exactly
/// what the grammar's plain reader (`Recognizer.plainNumber(at:)`) gives for such a token, read
/// straight from the bytes without lexing, keys or arbitrary-precision arithmetic: the number, or
/// the list marker it starts ("1." at a line start, skipped whole), or an identifier too long to be
/// a number.
enum PlainDigits {
    enum Outcome {
        /// The token is a number: the one its digits spell (``NumericExpression/init(plainDigitsIn:scalarRange:utf8Range:tokenRange:)``).
        case number
        /// The token and the "." after it are a list marker: nothing to emit, resume after the ".".
        case listMarker
        /// The token is an identifier (more than `Recognizer.longestRunOfDigits` digits, or after an
        /// ``IdentifierLabel``), a ``ReferenceMarker``'s, a formula's piece
        /// (`LexemeStream.isFormulaPiece`), the tail of a number glued to letters ("RM1,50", "铁甲008"),
        /// a time zone's offset ("+3:"), an offset after a letter ("N+1") or a telephone number ("0912345678"):
        /// nothing to emit, resume after it.
        case code
    }

    /// The outcome for `tokens[index]`, or nil when the shortcut does not apply (separators, a ")"
    /// after it) and the grammar must decide.
    /// - Precondition: ``ScanFilter/isPlainNumber(_:_:_:_:_:)`` holds for the token.
    static func read(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Outcome? {
        let range = tokens[index].utf8Range
        // The value is not built here: an expression of plain digits reads it from its text when
        // asked. The digits are checked eight bytes at a time (a fifth of the legal corpus's
        // candidates are 40- to 80-digit codes, which are then skipped as identifiers).
        guard allDigits(bytes, range) else { return nil }
        if range.count > Recognizer.longestRunOfDigits || IdentifierLabel.precedes(bytes, range.lowerBound) { return .code }
        if range.count <= 2, Recognizer.followsGamesName(bytes, range.lowerBound) { return .code }
        // The grammar's telephone rule (`Recognizer.skip`): "0912345678" is a telephone or tax
        // number; "(028)" may begin one, which the grammar reads on.
        if bytes[range.lowerBound] == UInt8(ascii: "0") {
            if (10...11).contains(range.count) { return .code }
            if range.upperBound < bytes.count, bytes[range.upperBound] == UInt8(ascii: ")") { return nil }
        }
        // Digits glued after a letter the tokenizer split off ("铁甲008": another script) are a
        // name's, as the grammar reads them (`Recognizer.skip`).
        if Recognizer.touchesAlphanumeric(bytes, before: range.lowerBound) { return .code }
        // Digits after a "+" glued to a letter ("năm N+1", "ASEAN+3") are an offset or a name's (`Recognizer.skip`).
        if Recognizer.followsLetterAndPlus(bytes, range.lowerBound) { return .code }
        // The grammar's time-zone rule (`Recognizer.skip`, "+07:00"): digits between a glued "+" and a
        // glued ":" ("ASEAN+3: hội nghị") are no number.
        if range.lowerBound > 0, bytes[range.lowerBound - 1] == UInt8(ascii: "+"), range.upperBound < bytes.count,
            bytes[range.upperBound] == UInt8(ascii: ":")
        {
            return .code
        }
        // The rest of a chain a range or date before took ("(3–1)" after a dash the tokenizer keeps
        // apart; "-1" is one token, no plain digits): the grammar skips it (`Recognizer.skip`).
        if ReferenceMarker.encloses(bytes, range) || LexemeStream.isFormulaPiece(bytes, range)
            || LexemeStream.followsGluedDigitSeparator(bytes, range.lowerBound) || Recognizer.followsGluedDashAfterDigits(bytes, range.lowerBound)
        {
            return .code
        }
        // The grammar's list-marker rule (`Recognizer.skip`): at a line start, a glued "." or ")"
        // followed by what the lexer calls whitespace (not a line break: that is a lexeme). After a
        // "." ``ScanFilter/isClosingPunctuation(_:_:_:)`` allowed only ASCII whitespace or the end;
        // after ")" the grammar decides.
        if index + 1 < tokens.count, tokens[index + 1].utf8Range.lowerBound == range.upperBound,
            LexemeStream.mayBeginListMarker(bytes, range)
        {
            switch bytes[range.upperBound] {
            case UInt8(ascii: "."):
                let after = range.upperBound + 1
                if after >= bytes.count || bytes[after] == 0x20 || bytes[after] == 0x09 || bytes[after] == 0x0D { return .listMarker }
            case UInt8(ascii: ")"): return nil
            default: break
            }
        }
        return .number
    }

    /// The value of the ASCII digits at `range` when there are `counts` of them ("05" → 5 for
    /// `1...2`), else nil: a day, a month or a year the token shortcuts read (``BareDayMonth``,
    /// ``IntroducedYear``).
    @inline(__always)
    static func value(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, counts: ClosedRange<Int>) -> Int? {
        guard counts.contains(range.count) else { return nil }
        var value = 0
        for offset in range {
            let digit = bytes[offset] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// Whether every byte of `range` is an ASCII digit: per eight bytes, each byte minus "0" must
    /// stay below 10 without borrowing (0x30…0x39 → 0x00…0x09; adding 0x76 then sets no high bit).
    private static func allDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard let base = bytes.baseAddress else { return range.isEmpty }
        var offset = range.lowerBound
        let high: UInt64 = 0x8080_8080_8080_8080
        while offset + 8 <= range.upperBound {
            let word = UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self)
            // A byte below 0x30 borrows or wraps to ≥ 0x80 after the subtraction; one above 0x39
            // reaches 0x80 after adding 0x76. Bytes ≥ 0x80 are caught by the first test.
            let shifted = word &- 0x3030_3030_3030_3030
            guard (word | shifted | (shifted &+ 0x7676_7676_7676_7676)) & high == 0 else { return false }
            offset += 8
        }
        while offset < range.upperBound {
            guard bytes[offset] &- UInt8(ascii: "0") < 10 else { return false }
            offset += 1
        }
        return true
    }
}
