import VietTokenizer

/// The scanner's shortcut for the commonest date of news and encyclopaedic text, a year after
/// "năm" ("năm 2024", "Năm 1975", "Năm 605"): read from the tokens, without the lexeme stream,
/// memo tables and the dozen readers the grammar tries at "năm" (a tenth of the scan's
/// instructions on the wiki corpus went to such years).
///
/// Why the grammar gives the same answer where this one answers: at "năm" followed by three or
/// four digits, its year reader (`Recognizer.year(_:)`) reads them as the year; the readers that
/// could read further need a word or symbol after the digits that ``ScanFilter/isPlainNumber(_:_:_:_:_:)``
/// rejects ("năm 2020 đến 2025", "năm 2020-2025", "năm 200 TCN", "năm 2020, 2021" with its
/// group of digits), and the date's wrappers (a clock, a weekday or a date in parentheses after
/// it) need a day. "năm" as the number five begins no reading with such digits after it. The
/// corpus agreement tests (`ScanShortcutTests`) hold it to that.
enum IntroducedYear {
    /// The year at `tokens[index]` ("năm" or "Năm", then whitespace and three or four ASCII digits
    /// that stand alone) and the byte where it ends, or nil when the grammar must decide.
    static func read(
        _ tokens: [Token], _ keys: UnsafeBufferPointer<UInt64>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>,
        _ words: WordClassTable
    ) -> (date: PartialDate, end: Int)? {
        guard index + 1 < tokens.count, isWord(tokens[index].utf8Range, bytes, "năm", capitalised: true) else { return nil }
        let digits = tokens[index + 1].utf8Range
        guard let year = PlainDigits.value(digits, bytes, counts: 3...4), spacesOnly(bytes, tokens[index].utf8Range.upperBound..<digits.lowerBound),
            ScanFilter.isPlainNumber(tokens, keys, index + 1, bytes, words)
        else { return nil }
        return (PartialDate(year: year), digits.upperBound)
    }

    /// Whether parsing at `tokens[index]` certainly finds nothing: "từ" or "Từ", then a year
    /// ``read(_:_:_:_:_:)`` reads ("từ năm 1990, ông…"), after which no range connector or other
    /// continuation comes; the range reader needs one ("từ năm 1990 đến 2000"), and "từ" begins
    /// no other reading before "năm" and its digits. (`IntroducedDate.isFailingRangeStart(_:at:)`
    /// is the same for a full date.)
    static func isFailingRangeStart(
        _ tokens: [Token], _ keys: UnsafeBufferPointer<UInt64>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>,
        _ words: WordClassTable
    ) -> Bool {
        let range = tokens[index].utf8Range
        guard index + 1 < tokens.count, isWord(range, bytes, "từ", capitalised: true),
            spacesOnly(bytes, range.upperBound..<tokens[index + 1].utf8Range.lowerBound)
        else { return false }
        return read(tokens, keys, index + 1, bytes, words) != nil
    }

    /// Whether the token at `range` is `word` (lower case, composed, its first letter ASCII) as
    /// written, or with that letter a capital when `capitalised` ("năm", "Năm"; not "NĂM").
    static func isWord(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString, capitalised: Bool) -> Bool {
        let letters = word.utf8Start
        guard range.count == word.utf8CodeUnitCount else { return false }
        let first = bytes[range.lowerBound]
        guard first == letters[0] || capitalised && first | 0x20 == letters[0] else { return false }
        return (1..<range.count).allSatisfy { bytes[range.lowerBound + $0] == letters[$0] }
    }

    /// Whether `range` is one or more spaces or tabs: what separates two lexemes on one line.
    static func spacesOnly(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        !range.isEmpty && range.allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x09 }
    }
}
