import VietTokenizer

/// The scanner's shortcut for the commonest candidate of all: a token of plain ASCII digits
/// ("5", "2019", "01") standing alone (``ScanFilter/isPlainNumber(_:_:_:_:)``). It gives exactly
/// what the grammar's plain reader (`Recognizer.plainNumber(at:)`) gives for such a token, read
/// straight from the bytes without lexing, keys or arbitrary-precision arithmetic: the number, or
/// the list marker it starts ("1." at a line start, skipped whole).
enum PlainDigits {
    enum Outcome {
        /// The token is the number `value`.
        case number(ExactDecimal)
        /// The token and the "." after it are a list marker: nothing to emit, resume after the ".".
        case listMarker
    }

    /// The outcome for `tokens[index]`, or nil when the shortcut does not apply (separators, a ")"
    /// after it) and the grammar must decide.
    /// - Precondition: ``ScanFilter/isPlainNumber(_:_:_:_:)`` holds for the token.
    static func read(_ tokens: [Token], _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Outcome? {
        let range = tokens[index].utf8Range
        var value: UInt64 = 0
        for offset in range {
            let digit = bytes[offset] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ UInt64(digit)
        }
        // The grammar's list-marker rule (`Recognizer.skip`): at a line start, a glued "." or ")"
        // followed by what the lexer calls whitespace (not a line break: that is a lexeme). After a
        // "." ``ScanFilter/isClosingPunctuation(_:_:_:)`` allowed only ASCII whitespace or the end;
        // after ")" the grammar decides.
        if index + 1 < tokens.count, tokens[index + 1].utf8Range.lowerBound == range.upperBound, isLineStart(bytes, range.lowerBound) {
            switch bytes[range.upperBound] {
            case UInt8(ascii: "."):
                let after = range.upperBound + 1
                if after >= bytes.count || bytes[after] == 0x20 || bytes[after] == 0x09 || bytes[after] == 0x0D { return .listMarker }
            case UInt8(ascii: ")"): return nil
            default: break
            }
        }
        guard range.count > 18 else { return .number(ExactDecimal(machineWord: value)) }
        // Long codes ("0100100000000000100000240220600016000010", a fifth of the legal corpus's
        // candidates): the grammar's digit reader builds the same value from the digits.
        return .number(ExactDecimal(asciiDigits: UnsafeBufferPointer(rebasing: bytes[range]), fractionDigits: 0, negative: false))
    }

    /// Only spaces and tabs between the last line break (or the start) and `offset`.
    private static func isLineStart(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        var position = offset - 1
        while position >= 0 {
            let byte = bytes[position]
            if byte == 0x0A { return true }
            if byte != 0x20 && byte != 0x09 { return false }
            position -= 1
        }
        return true
    }
}
