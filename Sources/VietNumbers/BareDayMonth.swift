import VietTokenizer

/// The scanner's shortcut for a day and month in words without a year, "1 tháng 11", as the
/// encyclopaedia's lists of days and news datelines write them ("1 tháng 11: …", "12 tháng 10 –
/// …"): read from the tokens, without the grammar (a fifth of the scan's instructions on the wiki
/// corpus's pages of the days of the year went to them).
///
/// Why the grammar gives the same answer where this one answers: at digits of a day, "tháng" and
/// the month's digits, the date reader (`Recognizer.dayMonthInWords(_:)`) reads the day and month;
/// the duration readers ("1 tháng") read less; whatever could read further needs a word or symbol
/// after the month that ``ScanFilter/isPlainNumber(_:_:_:_:_:)`` rejects (a year, "năm nay", a
/// range's connector, a dash before what may be a second bound) or that ends a full date for
/// `IntroducedDate` (a weekday in parentheses, a clock after "lúc" or a comma); the skip rules at
/// the day are ``PlainDigits/read(_:_:_:)``'s. The corpus agreement tests (`ScanShortcutTests`)
/// hold it to that.
enum BareDayMonth {
    /// The day and month at `tokens[index]` (one or two ASCII digits, whitespace, "tháng", whitespace,
    /// one or two ASCII digits that stand alone, a valid day of that month) and the byte where they
    /// end, or nil when the grammar must decide.
    static func read(
        _ tokens: [Token], _ keys: UnsafeBufferPointer<UInt64>, _ index: Int, _ bytes: UnsafeBufferPointer<UInt8>,
        _ words: WordClassTable
    ) -> (date: PartialDate, end: Int)? {
        guard index + 2 < tokens.count, let day = PlainDigits.value(tokens[index].utf8Range, bytes, counts: 1...2),
            IntroducedYear.isWord(tokens[index + 1].utf8Range, bytes, "tháng", capitalised: false), let month = PlainDigits.value(tokens[index + 2].utf8Range, bytes, counts: 1...2),
            (1...12).contains(month), (1...CalendarDate.daysIn(month: month, year: 2000)).contains(day),
            IntroducedYear.spacesOnly(bytes, tokens[index].utf8Range.upperBound..<tokens[index + 1].utf8Range.lowerBound),
            IntroducedYear.spacesOnly(bytes, tokens[index + 1].utf8Range.upperBound..<tokens[index + 2].utf8Range.lowerBound),
            ScanFilter.isPlainNumber(tokens, keys, index + 2, bytes, words), case .number? = PlainDigits.read(tokens, index, bytes)
        else { return nil }
        // A date with its day takes a weekday in parentheses or a clock after it, as after a year;
        // a dash is a range's only before what may be its second bound ("12 tháng 10 – Melvin" is none).
        var after = IntroducedDate.Reader(bytes: bytes, offset: tokens[index + 2].utf8Range.upperBound)
        guard after.endsDateWithoutRange() || ScanFilter.isSpacedDashBeforeWord(tokens, keys, index + 3, bytes, words) else { return nil }
        return (PartialDate(month: month, day: day), tokens[index + 2].utf8Range.upperBound)
    }
}
