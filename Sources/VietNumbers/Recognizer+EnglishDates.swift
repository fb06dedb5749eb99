extension Recognizer {
    // MARK: - English dates

    /// An English date at a capitalised month name (at `index`): "October 18, 2016" and "Oct. 18,
    /// 2016" → 2016-10-18, "April 2013" and "Feb. 1968" → 2013-04, the citation dates of
    /// encyclopaedic text. A month and a day without a year ("May 5") is none: too often a name.
    func englishDate(_ index: Int) -> Match? {
        guard let month = englishMonth(index) else { return nil }
        if isDigits(month.end), digitCount(month.end) <= 2, let day = intValue(month.end), isSymbol(month.end + 1, ","),
            attached(month.end + 1), let year = englishYear(month.end + 2), let date = fullDate(day, month.value, year)
        {
            return date
        }
        guard let year = englishYear(month.end) else { return nil }
        return match(value: .date(PartialDate(year: year.value, month: month.value), end: nil, part: nil), end: year.end)
    }

    /// A day before an English month and a year (at the day's digits, `index`): "18 October 2016".
    func dayEnglishMonthYear(_ index: Int) -> Match? {
        guard digitCount(index) <= 2, let day = intValue(index), let month = englishMonth(index + 1), let year = englishYear(month.end)
        else { return nil }
        return fullDate(day, month.value, year)
    }

    /// The date of `day`, `month` and `year` (ending before `year.end`), when the calendar has it.
    private func fullDate(_ day: Int, _ month: Int, _ year: (value: Int, end: Int)) -> Match? {
        guard CalendarDate(year: year.value, month: month, day: day) != nil else { return nil }
        return match(value: .date(PartialDate(year: year.value, month: month, day: day), end: nil, part: nil), end: year.end)
    }

    /// The month of a capitalised English month name at `index`, with the index after it and an
    /// abbreviation's glued "." ("Feb.").
    private func englishMonth(_ index: Int) -> (value: Int, end: Int)? {
        guard isWord(index), has(index, .englishMonth), let value = Vocabulary.englishMonths[key(index)],
            stream.text(index).unicodeScalars.first?.properties.isUppercase == true
        else { return nil }
        let abbreviated = isSymbol(index + 1, ".") && attached(index + 1) && stream.text(index).count <= 4
        return (value, abbreviated ? index + 2 : index + 1)
    }

    /// A year of four digits (1000–2999) at `index`, as ``yearValue(_:)`` reads one.
    private func englishYear(_ index: Int) -> (value: Int, end: Int)? {
        guard isDigits(index), digitCount(index) == 4, let year = yearValue(index), (1000...2999).contains(year.value) else { return nil }
        return year
    }
}
