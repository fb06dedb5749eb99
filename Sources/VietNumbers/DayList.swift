/// A list of days that share the month (and year) of the last one: "ngày 5, 6 và 7 tháng 12",
/// "các ngày 21 và 22 tháng 8 năm 2008" (about 75 in the wiki corpus). Only the last day has its
/// month: the scanner reads the first as a day alone ("ngày 5"), the ones between as plain
/// numbers, and gives them all the last one's month and year when it comes.
struct DayList {
    /// The days read so far: where each is in the scanner's results, and its day of the month.
    private(set) var days: [(result: Int, day: Int)]
    /// The UTF-8 offset where the last day so far ends.
    private(set) var end: Int

    /// The list a found expression begins: a DATE of a day alone ("ngày 5"), at `result`. A static
    /// function, not an initialiser, so that the expression is borrowed: most are no date, and
    /// copying each in cost the scan ~1%.
    static func begun(by expression: NumericExpression, at result: Int) -> DayList? {
        guard case .date(let date, nil, nil)? = expression.storedValue, let day = date.day, date.month == nil, date.year == nil,
            date.week == nil, date.hour == nil, expression.qualifier == nil, expression.relativeOffset == nil
        else { return nil }
        return DayList(days: [(result, day)], end: expression.utf8Range.upperBound)
    }

    /// Adds the plain digits at `range` (a NUMBER at `result`) when they are a day that continues
    /// the list after a separator; false when they do not.
    mutating func add(_ range: Range<Int>, at result: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let day = Self.day(range, after: end, bytes) else { return false }
        days.append((result, day))
        end = range.upperBound
        return true
    }

    /// The dates of the list's days, by their places in the results, when `expression` (at `result`)
    /// ends it: a date of a month's day (and maybe its year) after a separator, or a bare "D/M" that
    /// alone reads as a ratio, after the list's days ("ngày 11 và 12/6", "các ngày 5, 6 và 7/12": the
    /// list makes it a date, and it is among the dates returned); nil when it does not end the list.
    func dates(
        endedBy expression: NumericExpression, at result: Int, _ bytes: UnsafeBufferPointer<UInt8>
    ) -> [(result: Int, date: PartialDate)]? {
        guard expression.qualifier == nil, ListSeparator(bytes, end..<expression.utf8Range.lowerBound) != nil else { return nil }
        if case .date(let last, nil, nil)? = expression.storedValue, let month = last.month, last.day != nil, last.hour == nil {
            return days.map { ($0.result, PartialDate(year: last.year, month: month, day: $0.day)) }
        }
        // The days of such a list rise ("ngày 5 và 1/3 số người" is a day and a third).
        guard expression.label == .ratio, let last = Self.dayAndMonth(expression.utf8Range, bytes), let month = last.month,
            let day = last.day, day > days[days.count - 1].day
        else { return nil }
        return days.map { ($0.result, PartialDate(month: month, day: $0.day)) } + [(result, last)]
    }

    /// The day and month of a bare "D/M" at `range` (one or two digits each, a valid day of that month).
    private static func dayAndMonth(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> PartialDate? {
        guard let slash = range.firstIndex(where: { bytes[$0] == UInt8(ascii: "/") }), (1...2).contains(slash - range.lowerBound),
            (1...2).contains(range.upperBound - slash - 1), let day = LexemeStream.digitsValue(bytes, range.lowerBound..<slash),
            let month = LexemeStream.digitsValue(bytes, slash + 1..<range.upperBound),
            CalendarDate(year: 2000, month: month, day: day) != nil
        else { return nil }
        return PartialDate(month: month, day: day)
    }

    /// The day of the month (1 to 31, one or two digits) at `range`, after a separator from `end`.
    private static func day(_ range: Range<Int>, after end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard range.lowerBound > end, (1...2).contains(range.count), ListSeparator(bytes, end..<range.lowerBound) != nil,
            let value = LexemeStream.digitsValue(bytes, range), (1...31).contains(value)
        else { return nil }
        return value
    }
}
