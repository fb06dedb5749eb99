extension Recognizer {
    /// The scanner's shortcut for the commonest full dates of legal text, "ngày 7 tháng 3 năm 2019",
    /// "7-3-2019" and "13/11/2020" at lexeme 0: exactly what ``expression(at:)`` returns for them,
    /// without trying every reader (each costs as much as the date itself), or nil when anything
    /// differs from these plain shapes and the grammar must decide.
    ///
    /// Why the grammar gives the same answer, reader by reader:
    /// - "ngày D tháng M năm Y": no skip (a word), no qualifier, measure or ordinal starts with
    ///   "ngày"; the date reader's longest reading is `dayMonthInWords` (a numeric date needs a
    ///   symbol after D, "ngày D" alone is shorter); a range would need a connector after the year,
    ///   which is checked here.
    /// - "D-M-YYYY", "D/M/YYYY": the skip rules need a glued letter or digit before D, a "/" and a
    ///   capital after the year (checked here) or a word glued after D; the range reader's first
    ///   bound is the number D, so a range ends at M at the latest; a measure ends at D.
    /// - Complexity: O(1): at most eight lexemes.
    @inline(never)  // Inlined into the scan loop, it pushed `ScanFilter.mayStart` out of it (+8% per token).
    func commonDate() -> Match? {
        fullDateInWords() ?? numericFullDate()
    }

    /// "ngày D tháng M năm Y" with digits, not followed by a range connector.
    private func fullDateInWords() -> Match? {
        guard isWord(0), key(0) == "ngày", isDigits(1), digitCount(1) <= 2, let day = intValue(1), key(2) == "tháng",
            isDigits(3), digitCount(3) <= 2, let month = intValue(3), isValidDay(day, month: month), key(4) == "năm",
            isDigits(5), let year = yearValue(5), CalendarDate(year: year.value, month: month, day: day) != nil,
            !key(year.end).isAny(of: "-", "–", "—", "~", "−", "đến", "tới", "cho")
        else { return nil }
        var date = PartialDate(month: month, day: day)
        date.year = year.value
        return Match(value: .date(date, end: nil, part: nil), end: year.end)
    }

    /// "D-M-YYYY" or "D/M/YYYY", glued, not glued to letters or digits before, no document code after.
    private func numericFullDate() -> Match? {
        guard isDigits(0), digitCount(0) <= 2, !attachedToAlphanumericBefore(0), isSymbol(1, "-") || isSymbol(1, "/"),
            attached(1), isDigits(2), attached(2), digitCount(2) <= 2, isSymbol(3, key(1)), attached(3), isDigits(4), attached(4),
            digitCount(4) == 4, !(isSymbol(5, "/") && attached(5))
        else { return nil }
        return numericDate(0, dayMonthAllowed: false)
    }
}
