extension Recognizer {
    /// The scanner's shortcut for the commonest full dates of legal text, "ngày 7 tháng 3 năm 2019",
    /// "7-3-2019" and "13/11/2020" at lexeme `index`: exactly what ``expression(at:)`` returns for them,
    /// without trying every reader (each costs as much as the date itself), or nil when anything
    /// differs from these plain shapes and the grammar must decide.
    ///
    /// Why the grammar gives the same answer, reader by reader:
    /// - "ngày D tháng M năm Y": no skip (a word), no qualifier, measure or ordinal starts with
    ///   "ngày"; the date reader's longest reading is `dayMonthInWords` (a numeric date needs a
    ///   symbol after D, "ngày D" alone is shorter); a range would need a connector after the year,
    ///   which is checked here.
    /// - "D-M-YYYY", "D/M/YYYY": the skip rules need a glued letter or digit before D, a "/" and a
    ///   capital after the year (checked here) or a word glued after D; a range needs a connector
    ///   after M (its first bound the number D) or after the year (the date; checked here); a
    ///   measure ends at D.
    /// - Either way a clock may follow ("ngày 7/3/2019, lúc 9h"), which the date reader takes in:
    ///   checked here. A weekday's name in parentheses after it joins it as the date reader's does
    ///   (``withWeekdayInParentheses(_:)``).
    /// - Complexity: O(1): at most eleven lexemes.
    @inline(never)  // Inlined into the scan loop, it pushed `ScanFilter.mayStart` out of it (+8% per token).
    func commonDate(at index: Int) -> Match? {
        // Not `.map(withWeekdayInParentheses)`: the bound method is a closure allocated per call.
        guard let date = fullDateInWords(index) ?? numericFullDate(index) else { return nil }
        return withWeekdayInParentheses(date)
    }

    /// "ngày D tháng M năm Y" with digits, not followed by a range connector or an era ("TCN").
    private func fullDateInWords(_ index: Int) -> Match? {
        guard isWord(index), key(index) == "ngày", isDigits(index + 1), digitCount(index + 1) <= 2, let day = intValue(index + 1),
            key(index + 2) == "tháng", isDigits(index + 3), digitCount(index + 3) <= 2, let month = intValue(index + 3),
            isValidDay(day, month: month), key(index + 4) == "năm", isDigits(index + 5), let year = yearValue(index + 5),
            CalendarDate(year: year.value, month: month, day: day) != nil,
            !key(year.end).isAny(of: "-", "–", "—", "~", "−", "đến", "tới", "cho"),
            clockIntroduction(after: year.end) == nil, era(at: year.end) == nil
        else { return nil }
        var date = PartialDate(month: month, day: day)
        date.year = year.value
        return self.match(value: .date(date, end: nil, part: nil), end: year.end)
    }

    /// "D-M-YYYY" or "D/M/YYYY", glued, not glued to letters or digits before, no document code after.
    private func numericFullDate(_ index: Int) -> Match? {
        guard isDigits(index), digitCount(index) <= 2, !attachedToAlphanumericBefore(index),
            isSymbol(index + 1, "-") || isSymbol(index + 1, "/"), attached(index + 1), isDigits(index + 2), attached(index + 2),
            digitCount(index + 2) <= 2, isSymbol(index + 3, key(index + 1)), attached(index + 3), isDigits(index + 4),
            attached(index + 4), digitCount(index + 4) == 4, !(isSymbol(index + 5, "/") && attached(index + 5)),
            !key(index + 5).isAny(of: "-", "–", "—", "~", "−", "đến", "tới", "cho"), clockIntroduction(after: index + 5) == nil
        else { return nil }
        return numericDate(index, dayMonthAllowed: false)
    }
}
