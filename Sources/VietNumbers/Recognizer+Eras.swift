extension Recognizer {
    /// The era written at `index` after a year or a century: "TCN", "trước Công nguyên", "trước CN"
    /// (before Christ), "SCN", "sau Công nguyên", "CN", "Công nguyên" (after), and the English "BC",
    /// "BCE", "AD", "CE" of quotations ("Athens in 421 BC", "From 3500 B.C. To"), and the lexeme
    /// after it. Not "TCN" before digits: "22 TCN 359-06" is a standard of an industry (Tiêu chuẩn
    /// ngành).
    func era(at index: Int) -> (beforeChrist: Bool, end: Int)? {
        if isWord(index), key(index).isAny(of: "tcn", "scn") || stream.exactKey(index).isAny(of: "CN", "BC", "BCE", "AD", "CE") {
            guard !isDigits(index + 1) else { return nil }
            return (key(index).isAny(of: "tcn", "bc", "bce"), index + 1)
        }
        // "B.C.", dotted as English references write it; the last dot is the abbreviation's.
        if stream.exactKey(index) == "B", isSymbol(index + 1, "."), attached(index + 1), stream.exactKey(index + 2) == "C", attached(index + 2) {
            return (true, isSymbol(index + 3, ".") && attached(index + 3) ? index + 4 : index + 3)
        }
        // "năm 58 Công Nguyên": the era itself, after Christ.
        if key(index) == "công", isWord(index), key(index + 1) == "nguyên", isWord(index + 1) { return (false, index + 2) }
        guard key(index).isAny(of: "trước", "sau") else { return nil }
        if key(index + 1) == "công", key(index + 2) == "nguyên" { return (key(index) == "trước", index + 3) }
        if isWord(index + 1), stream.exactKey(index + 1) == "CN" { return (key(index) == "trước", index + 2) }
        return nil
    }

    /// A year of one to four digits at `index` with its era after it ("36 TCN", "200 trước Công
    /// nguyên", "14 SCN"), in ISO 8601's astronomical years, as centuries are (1 BC is year 0,
    /// 36 BC -0035). About 1 900 years of the wiki corpus were numbers ("42 TCN") or, after "năm",
    /// years of the wrong sign ("năm 200 TCN" was the year 200).
    func yearWithEra(_ index: Int) -> (value: Int, end: Int)? {
        guard isDigits(index), digitCount(index) <= 4, let written = intValue(index), written > 0, !attached(index + 1),
            let era = era(at: index + 1)
        else { return nil }
        return (era.beforeChrist ? 1 - written : written, era.end)
    }

    /// "AD" before a year, as English references write it: "Vào khoảng AD 323", "(d. AD 60 hoặc
    /// 61)", "9000 BC - AD 1000" (the year; before, "AD 323" was read as a model's name, no number).
    /// Not before digits glued to more ("AD 12a").
    func yearAfterAnnoDomini(_ index: Int) -> Match? {
        guard stream.exactKey(index) == "AD", isDigits(index + 1), !attached(index + 1), digitCount(index + 1) <= 4,
            let year = intValue(index + 1), year > 0, !continuesGlued(index + 2)
        else { return nil }
        return match(value: .date(PartialDate(year: year), end: nil, part: nil), end: index + 2)
    }

    /// ``yearWithEra(_:)`` as a date.
    func eraDate(_ index: Int) -> Match? {
        guard let year = yearWithEra(index) else { return nil }
        return match(value: .date(PartialDate(year: year.value), end: nil, part: nil), end: year.end)
    }

    /// `first`, a range's first bound, read in the era of its second, which starts at lexeme
    /// `connector` and ends at `end`, when only the second writes it: "1000 đến 550 TCN", "năm 455
    /// – 395 TCN", "năm 200-300 TCN" (both before Christ, in the order written), "25–220 SCN", "từ
    /// năm 30 đến 100 CN". Nil when it does not apply (the first writes an era of its own).
    func firstBound(_ first: Match, inEraOfYearAt connector: Int, end: Int) -> NumericExpression.Value? {
        guard let last = yearWithEra(connector) ?? (key(connector) == "năm" && isWord(connector) ? yearWithEra(connector + 1) : nil),
            last.end == end
        else { return nil }
        let written: Int?
        var part: NumericExpression.PeriodPart?
        switch first.value {
        case .number(let number): written = number.intValue
        case .date(let date, nil, let datePart) where date.month == nil && date.quarter == nil && date.week == nil && date.hour == nil:
            (written, part) = (date.year, datePart)
        default: written = nil
        }
        // "12.000 đến 5000 TCN": prehistory too, but no count of a measure.
        guard let written, written > 0, written < 100_000 else { return nil }
        // Year 0 and those before it are years before Christ (1 BC is year 0).
        return .date(PartialDate(year: last.value <= 0 ? 1 - written : written), end: nil, part: part)
    }
}
