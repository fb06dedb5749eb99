extension Recognizer {
    typealias Unit = NumericExpression.DurationUnit

    /// Dates, periods and clock times: "13/11/2020", "ngày 14-1", "Chiều 4/1", "ngày 7 tháng 3 năm 2019",
    /// "tháng 6/2023", "quý I/2023", "năm 2018", "15 giờ 30", "15h30", "hôm qua", "tuần sau",
    /// "3 ngày trước", "đầu năm 2023", "05 tháng đầu năm 2023", "tối hôm qua", "sáng chủ nhật",
    /// "tháng 3 tới", "tháng 12 năm ngoái", "hôm nay lúc 2 giờ chiều", "ngày đầu tiên của tháng 3",
    /// "Thứ Hai, 23/11/2026"; a date takes in a clock after "lúc" (``withClockAfter(_:)``).
    func date(_ index: Int) -> Match? {
        if let cached = stream.memoisedDate(index) { return cached }
        let result = uncachedDate(index).map(withDateInParentheses).map(withWeekdayInParentheses).map(withClockAfter)
        stream.memoise(date: result, at: index)
        return result
    }

    private func uncachedDate(_ index: Int) -> Match? {
        guard let first = lex(index) else { return nil }
        var best: Match?
        func consider(_ candidate: Match?) {
            guard let candidate, candidate.end > (best?.end ?? index) else { return }
            best = candidate
        }
        if first.kind == .digits {
            // Each of these readers first reads the digits alone (one lexeme) and then needs a
            // particular lexeme right after them: tested here once instead of in each reader.
            let next = key(index + 1)
            if let separator = lex(index + 1), separator.kind == .symbol, !separator.spaceBefore {
                consider(numericDate(index, dayMonthAllowed: false))
                consider(dayMonthAfterOrderWord(index))
            }
            // Not "11 tháng năm 2012" (the first eleven months: ``counted(_:)``); "23 tháng năm Ất Dậu" is a day.
            if next == "tháng", !beginsFirstMonthsOfAYear(index) { consider(dayMonthInWords(index)) }
            if has(index + 1, .englishMonth) { consider(dayEnglishMonthYear(index)) }
            if next.isAny(of: "h", "g", "giờ", ":") || Self.isHalf(next) && has(index + 2, .partOfDay) {
                consider(clock(index, introduced: false))
            }
            // "b": the "B.C." of English references.
            if Vocabulary.eraWords.contains(next) || next.isAny(of: "trước", "sau", "b") { consider(eraDate(index)) }
        }
        if first.kind == .digits || isWord(index) {
            consider(counted(index))
        }
        // "ba mươi tháng tư": a day in words before a month's name (April, January, December), no 30 months.
        if first.kind == .word, has(index, .spelledStart), let day = smallNumber(index), key(day.end) == "tháng",
            isWord(day.end + 1), key(day.end + 1).isAny(of: "tư", "giêng", "chạp")
        {
            consider(dayMonthInWords(index))
        }
        if digitWord(index) != nil || key(index) == "mười" {
            consider(clock(index, introduced: false))
        }
        guard first.kind == .word else { return best }
        let word = key(index)
        if has(index, .partOfDay) { consider(dayPartDate(index)) }
        if has(index, .englishMonth) { consider(englishDate(index)) }
        switch word {
        case "buổi" where has(index + 1, .partOfDay): consider(dayPartDate(index + 1))
        // "Rạng sáng 21/11", "rạng sáng nay": the small hours, a morning's.
        case "rạng" where key(index + 1) == "sáng": consider(dayPartDate(index + 1))
        case "ngày" where key(index + 1) == "đầu" && key(index + 2) == "tiên":
            consider(dayOfPeriod(index + 3, last: false))
        case "ngày" where key(index + 1) == "cuối" && key(index + 2) == "cùng":
            consider(dayOfPeriod(index + 3, last: true))
        case "ngày", "mồng", "mùng":
            let day = key(index + 1) == "mồng" || key(index + 1) == "mùng" ? index + 2 : index + 1
            // "mỗi ngày 2-3 lần": times a day, no date.
            let eachDay = word == "ngày" && self.word(before: index) == "mỗi"
            consider(unlessCounting(numericDate(day, dayMonthAllowed: true, dotted: true), afterEach: eachDay))
            // Not after "mồng": "mồng 1 - 6" are the first six days of Tết.
            if word == "ngày" { consider(unlessCounting(spacedDayMonth(day), afterEach: eachDay)) }
            consider(dayMonthInWords(day))
            consider(dayOnly(day))
            if word == "ngày", key(index + 1) == "giáng", key(index + 2) == "sinh" {
                consider(self.match(value: .date(PartialDate(month: 12, day: 25), end: nil, part: nil), end: index + 3))
            }
            // Not "ngày nay": it is "nowadays" ("vùng đất ngày nay là Hungary"; 2 900 times in the wiki
            // corpus, never "today", which is "hôm nay" or "ngày hôm nay").
            switch key(index + 1) {
            case "mai": consider(relative(.day, 1, end: index + 2))
            case "kia": consider(relative(.day, 2, end: index + 2))
            case "hôm": consider(relativeDay(index + 1))
            default: break
            }
        case "hôm", "bữa":
            consider(relativeDay(index))
            // "công bố hôm 14/7": news dates a day so.
            if word == "hôm" { consider(numericDate(index + 1, dayMonthAllowed: true)) }
        case "giáng" where key(index + 1) == "sinh":
            consider(self.match(value: .date(PartialDate(month: 12, day: 25), end: nil, part: nil), end: index + 2))
        case "thứ", "chủ", "chúa": consider(weekday(index))
        case "tháng": consider(month(index))
        case "quý": consider(quarter(index))
        case "năm": consider(year(index))
        case "những" where key(index + 1) == "năm":
            consider(decadeOrCentury(index))
            // "những năm qua/sau/tới/tiếp theo" are the past or following years, no year: read, not emitted.
            if let years = relativePeriod(.year, index + 2) { consider(self.match(.number, .zero, end: years.end, emit: false)) }
        case "thập", "thế": consider(decadeOrCentury(index))
        case "tuần":
            consider(relativePeriod(.week, index + 1))
            if key(index + 1) == "đầu", key(index + 2) == "tiên" { consider(firstWeek(index + 3)) }
        case "đầu", "giữa", "cuối": consider(periodPart(index))
        case "thượng", "trung", "hạ": consider(tenDays(index))
        case "lúc", "vào", "đúng":
            var position = index + 1
            while key(position).isAny(of: "lúc", "đúng") { position += 1 }
            // In running text a time starts at "lúc", as a date starts after "vào" ("vào ⟦lúc 6 giờ
            // sáng⟧", "vào ⟦ngày 12 tháng 8⟧"); a whole phrase may begin with it ("vào lúc 10:52 p.m.").
            if word != "vào" || position > index + 1 && wholePhrase { consider(clock(position, introduced: true)) }
        // The rarer heads last: each case of this switch is one more comparison for every word before it.
        case "nửa" where key(index + 1).isAny(of: "đầu", "cuối"): consider(halfOfPeriod(index + 1))
        case "t", "q", "h": consider(periodCode(index))
        case "ad": consider(yearAfterAnnoDomini(index))
        default: break
        }
        return best
    }

    /// A date with the part of the day before it (the index is at the part's word): "Chiều 4/1",
    /// "sáng ngày 7 tháng 3", "tối nay", "tối hôm qua", "trưa ngày mai", "sáng chủ nhật", "chiều thứ
    /// Hai tuần sau" (after a part of the day a weekday needs no other context); "chiều tối qua",
    /// "đêm khuya nay", "sáng sớm 5/5" (a part of a part); "Đêm 23 rạng sáng 24/11" (a night and the
    /// day it runs into, a RANGE).
    private func dayPartDate(_ index: Int) -> Match? {
        guard var part = Vocabulary.partsOfDay[key(index)] else { return nil }
        var position = index + 1
        switch (key(index), key(position)) {
        case ("chiều", "tối"): (part, position) = (.evening, position + 1)
        case ("đêm", "khuya"), ("sáng", "sớm"): position += 1
        default: break
        }
        if part == .night || part == .evening, let night = nightIntoMorning(position) { return night }
        if key(position) == "ngày" { position += 1 }
        var best: Match?
        func consider(_ candidate: Match?) {
            guard let candidate, candidate.end > (best?.end ?? index) else { return }
            best = candidate
        }
        // "Sáng 23.11", "tối ngày 5.9": the day and month with a dot, as some papers date their news;
        // not before a measure ("màn hình sáng 9.7 inch").
        consider(unlessCounting(numericDate(position, dayMonthAllowed: true, dotted: !isMeasureWord(position + 3)), afterEach: false))
        consider(unlessCounting(spacedDayMonth(position), afterEach: false))
        consider(dayMonthInWords(position))
        switch key(position) {
        case "mai": consider(relative(.day, 1, end: position + 1))
        case "nay": consider(relative(.day, 0, end: position + 1))
        case "qua": consider(relative(.day, -1, end: position + 1))
        case "hôm", "bữa": consider(relativeDay(position))
        case "thứ", "chủ", "chúa": if position == index + 1 { consider(weekday(position, bare: true)) }
        default: break
        }
        guard var found = best, case .date(let date, nil, nil) = found.value else { return best }
        found.value = .date(date, end: nil, part: part)
        return found
    }

    /// "23 rạng sáng 24/11" at `index` (after "Đêm"): the night of the 23rd into the morning of the
    /// 24th, a range of the two days; the first day's month is the second's unless the night is a
    /// month's last ("30 rạng sáng 1/12").
    private func nightIntoMorning(_ index: Int) -> Match? {
        guard isDigits(index), digitCount(index) <= 2, let night = intValue(index), (1...31).contains(night),
            key(index + 1) == "rạng", key(index + 2) == "sáng",
            let morning = numericDate(index + 3, dayMonthAllowed: true, dotted: !isMeasureWord(index + 6)),
            case .date(let to, nil, nil) = morning.value, let day = to.day, let month = to.month, to.hour == nil
        else { return nil }
        var from = to
        from.day = night
        if day == 1 {
            guard night >= 28 else { return nil }
            from.month = month == 1 ? 12 : month - 1
            if month == 1 { from.year = to.year.map { $0 - 1 } }
        } else {
            guard night == day - 1 else { return nil }
        }
        return match(value: .range(from: .date(from, end: nil, part: .night), to: .date(to, end: nil, part: .morning)), end: morning.end)
    }

    /// `found`, a relative day, with the date written after it in parentheses, as news writes it: "Tối
    /// qua (23/11)", "hôm nay (23/7)". The written date is the value (with the reference date's year
    /// when both agree on the day); the part of the day and the offset stay.
    private func withDateInParentheses(_ found: Match) -> Match {
        guard let offset = found.offset, offset.namesDay, case .date(let date, nil, let part) = found.value, date.hour == nil,
            let written = dateInParentheses(at: found.end)
        else { return found }
        let agree = date.month == written.date.month && date.day == written.date.day && written.date.year == nil
        return self.match(value: .date(agree ? date : written.date, end: nil, part: part), end: written.end, offset: offset)
    }

    /// `found`, a day's date, with the weekday's name after it in parentheses, as notices and news write
    /// it: "Ngày 05/12/2025 (thứ Sáu)", "ngày 28/11 (Thứ 6)", "(chủ nhật)". The name joins the span (it
    /// is no ordinal); the written date stays the value.
    func withWeekdayInParentheses(_ found: Match) -> Match {
        guard isSymbol(found.end, "("), case .date(let date, nil, _) = found.value, date.day != nil else { return found }
        let name = found.end + 1
        let nameEnd: Int
        if key(name).isAny(of: "chủ", "chúa"), key(name + 1) == "nhật" {
            nameEnd = name + 2
        } else if key(name) == "thứ", isDigits(name + 1) || isWord(name + 1) && key(name + 1) != "nhì",
            let day = isDigits(name + 1) ? intValue(name + 1) : Vocabulary.ordinalWords[key(name + 1)], (2...7).contains(day)
        {
            nameEnd = name + 2
        } else {
            return found
        }
        guard isSymbol(nameEnd, ")") else { return found }
        var extended = found
        extended.end = nameEnd + 1
        return extended
    }

    /// A day and month, or a whole numeric date, in parentheses at `index` ("(23/11)", "(23/11/2026)"),
    /// and the lexeme after the ")".
    private func dateInParentheses(at index: Int) -> (date: PartialDate, end: Int)? {
        guard isSymbol(index, "("), isDigits(index + 1), let written = numericDate(index + 1, dayMonthAllowed: true),
            case .date(let date, nil, nil) = written.value, date.day != nil, isSymbol(written.end, ")")
        else { return nil }
        return (date, written.end + 1)
    }

    /// `found` with a clock time after it when it is a day and "lúc" or "vào lúc" follows: "hôm nay
    /// lúc 2 giờ chiều", "ngày 4/1 vào lúc 15 giờ", "tối nay lúc 8 giờ" (20:00). A relative day
    /// takes the clock without a reference date too ("tối qua lúc 9 giờ": T21:00, offset −1 day).
    private func withClockAfter(_ found: Match) -> Match {
        guard let position = clockIntroduction(after: found.end), case .date(var date, nil, let part) = found.value,
            date.day != nil || found.offset?.namesDay == true,
            date.hour == nil, let time = clock(position, introduced: true, dateAfter: false),
            case .time(let clockTime) = time.value, var hour = clockTime.hour
        else { return found }
        if let part { hour = Self.hour(hour, in: part) }
        date.hour = hour
        date.minute = clockTime.minute
        date.second = clockTime.second
        return self.match(value: .date(date, end: nil, part: nil), end: time.end, offset: found.offset)
    }

    /// "p.m.", "pm", "PM" (true) or "a.m.", "am", "AM" (false) at `index`, and the index after it.
    private func meridiem(_ index: Int) -> (afternoon: Bool, end: Int)? {
        guard isWord(index) else { return nil }
        switch key(index) {
        case "pm": return (true, index + 1)
        case "am": return (false, index + 1)
        case "p", "a":
            guard isSymbol(index + 1, "."), attached(index + 1), key(index + 2) == "m", isWord(index + 2), attached(index + 2) else {
                return nil
            }
            let end = isSymbol(index + 3, ".") && attached(index + 3) ? index + 4 : index + 3
            return (key(index) == "p", end)
        default: return nil
        }
    }

    /// Whether bytes `start..<end` are a track's length in a listing: a spaced dash before them, the
    /// end of the line or a parenthesis after ("\"Back to December\" – 4:54", "– 3:16 (Marion Raven)").
    private static func isTrackLength(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var before = start
        guard before > 0, bytes[before - 1] == 0x20 else { return false }
        before -= 1
        if before >= 1, bytes[before - 1] == UInt8(ascii: "-") {
            before -= 1
        } else if before >= 3, bytes[before - 3] == 0xE2, bytes[before - 2] == 0x80, bytes[before - 1] == 0x93 || bytes[before - 1] == 0x94 {
            before -= 3
        } else {
            return false
        }
        // A title before the dash, not a date ("04/09/2012 - 00:01" is a clock).
        guard before >= 2, bytes[before - 1] == 0x20, !LexemeStream.isDigit(bytes[before - 2]) else { return false }
        var after = end
        while after < bytes.count, bytes[after] == 0x20 || bytes[after] == 0x0D { after += 1 }
        return after == bytes.count || bytes[after] == 0x0A || bytes[after] == UInt8(ascii: "(")
    }

    /// Whether a capitalised name ends right before byte `offset`, one that introduces no time
    /// ("Luca", "Mátthêu"; not "Lúc", "Khoảng", "Từ"…).
    static func followsName(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        // The word as written, after an opening bracket or quote ("(Luca 4:22)"), and nothing after it
        // ("Việt Nam, 21:30" is a clock).
        guard let name = wordBefore(bytes, offset) else { return false }
        var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[name.start..<offset]), as: UTF8.self)
        while text.last == " " { text.removeLast() }
        let before = text.drop { !$0.isLetter }
        let written = before.prefix { $0.isLetter }
        guard written.count == before.count, let first = written.unicodeScalars.first, first.properties.isUppercase else { return false }
        return !["lúc", "vào", "khoảng", "chừng", "từ", "đến", "tới", "trước", "sau", "hồi", "gần", "đúng", "tầm"].contains(written.lowercased())
    }

    /// Whether a word of lasting ends right before byte `offset`, or before the qualifier that does:
    /// "kéo dài", "dài tới", "mất", "trong", "với", "thời gian", "mất khoảng", "kéo dài hơn" (not
    /// "sau": "sau 22 giờ 30 phút" is after a time of day as often).
    static func followsDurationWord(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, qualified: Bool = true) -> Bool {
        guard let last = wordBefore(bytes, offset) else { return false }
        if qualified, ["khoảng", "hơn", "gần", "chừng", "tầm", "trên", "dưới", "tới"].contains(last.word),
            followsDurationWord(bytes, last.start, qualified: false)
        {
            return true
        }
        if last.word == "tới" || last.word == "đến" { return wordBefore(bytes, last.start)?.word == "dài" }
        // "chậm 2 giờ 30 phút", "muộn 1 giờ 20 phút": a delay.
        return ["dài", "mất", "trong", "với", "gian", "chậm", "muộn", "trễ"].contains(last.word)
    }

    /// Where the clock starts when "lúc" or "vào lúc" (after a comma, if any) follows lexeme `end - 1`,
    /// or a clock with a colon right after a space, as timestamps write it ("2026-02-23 04:20:42",
    /// "Thời gian ký: 19.06.2026 16:27:49").
    func clockIntroduction(after end: Int) -> Int? {
        if lex(end)?.spaceBefore == true, isDigits(end), digitCount(end) <= 2, isSymbol(end + 1, ":"), attached(end + 1),
            isDigits(end + 2), attached(end + 2), digitCount(end + 2) == 2
        {
            return end
        }
        var position = end
        if isSymbol(position, ",") { position += 1 }
        if key(position) == "vào", key(position + 1) == "lúc" { position += 1 }
        return key(position) == "lúc" && isWord(position) ? position + 1 : nil
    }

    /// "ngày đầu tiên của tháng 3", "ngày cuối cùng của năm 2020", "ngày đầu tiên của tháng tiếp
    /// theo": the first or last day of the month or year named at `index` (after "của", if any).
    private func dayOfPeriod(_ index: Int, last: Bool) -> Match? {
        let position = key(index) == "của" ? index + 1 : index
        guard key(position).isAny(of: "tháng", "năm"), var period = date(position),
            case .date(var date, nil, nil) = period.value, date.day == nil, date.week == nil, date.quarter == nil
        else { return nil }
        if date.month == nil {
            guard key(position) == "năm", date.year != nil || period.offset != nil else { return nil }
            date.month = last ? 12 : 1
        }
        guard let month = date.month else { return nil }
        if last {
            // February's last day needs the year.
            guard month != 2 || date.year != nil else { return nil }
            date.day = CalendarDate.daysIn(month: month, year: date.year ?? 2001)
        } else {
            date.day = 1
        }
        period.value = .date(date, end: nil, part: nil)
        return period
    }

    /// "tuần đầu tiên của tháng 9 năm 2017": the ISO week of the month's first Monday; the month's
    /// year must be known (written, or relative with a reference date).
    private func firstWeek(_ index: Int) -> Match? {
        let position = key(index) == "của" ? index + 1 : index
        guard key(position) == "tháng", let period = date(position), case .date(let date, nil, nil) = period.value,
            date.day == nil, let year = date.year, let month = date.month, let first = CalendarDate(year: year, month: month, day: 1)
        else { return nil }
        let monday = first.adding(days: (8 - first.weekday) % 7)
        let (weekYear, week) = Self.isoWeek(monday)
        return self.match(value: .date(PartialDate(year: weekYear, week: week), end: nil, part: nil), end: period.end, offset: period.offset)
    }

    // MARK: - Numeric dates

    /// D/M/Y, D-M-Y, D.M.Y (always a date when valid), M/Y ("06/2023"), and D/M or D-M when a word
    /// such as "ngày" or "chiều" introduces it; D.M with `dotted`, which only "ngày", "mồng" and
    /// "mùng" allow ("chính hội ngày 9.4": 9 April; "sáng 9.30" is a clock). Not when a document code
    /// follows ("01/2019/TT-BTTTT").
    func numericDate(_ index: Int, dayMonthAllowed: Bool, dotted: Bool = false) -> Match? {
        if let iso = isoDate(index) { return iso }
        if dayMonthAllowed, let spaced = spacedDate(index) { return spaced }
        guard isDigits(index), digitCount(index) <= 2, let first = intValue(index),
            let separatorLexeme = lex(index + 1), separatorLexeme.kind == .symbol, !separatorLexeme.spaceBefore,
            isDigits(index + 2), attached(index + 2), let second = intValue(index + 2)
        else { return nil }
        let separator = key(index + 1)
        guard separator.isAny(of: "/", "-", ".", "–") else { return nil }
        let codeFollows = { (position: Int) in self.isSymbol(position, "/") && self.attached(position) }
        if isSymbol(index + 3, separator), attached(index + 3), isDigits(index + 4), attached(index + 4), digitCount(index + 4) == 4,
            let year = intValue(index + 4)
        {
            guard digitCount(index + 2) <= 2, CalendarDate(year: year, month: second, day: first) != nil,
                !codeFollows(index + 5)
            else { return nil }
            return self.match(value: .date(PartialDate(year: year, month: second, day: first), end: nil, part: nil), end: index + 5)
        }
        if isSymbol(index + 3, separator), attached(index + 3), isDigits(index + 4), attached(index + 4) {
            // "3/3/17", "3/9/91": a two-digit year, 1950–2049.
            guard separator == "/", digitCount(index + 4) == 2, let short = intValue(index + 4), !codeFollows(index + 5) else {
                return nil
            }
            let year = short < 50 ? 2000 + short : 1900 + short
            guard CalendarDate(year: year, month: second, day: first) != nil else { return nil }
            return self.match(value: .date(PartialDate(year: year, month: second, day: first), end: nil, part: nil), end: index + 5)
        }
        if separator == "/", digitCount(index + 2) == 4, (1...12).contains(first), !codeFollows(index + 3) {
            return self.match(value: .date(PartialDate(year: second, month: first), end: nil, part: nil), end: index + 3)
        }
        guard dayMonthAllowed, separator != "." || dotted, digitCount(index + 2) <= 2, isValidDay(first, month: second),
            !codeFollows(index + 3), !daysOfAMonthFollow(index + 3)
        else { return nil }
        return withRelativeYear(PartialDate(month: second, day: first), end: index + 3)
    }

    /// "30 - 4 - 1967", "2 - 9 – 1956": a day, a month and a year between spaced dashes, as tokenized
    /// text (the treebanks' news) and some typists write them, where a day word or a word that orders
    /// in time introduces it ("Ngày 30 - 4 - 1967"; read alone, "4 - 1967" was a range).
    private func spacedDate(_ index: Int) -> Match? {
        guard isDigits(index), digitCount(index) <= 2, isSpacedDash(index + 1), digitCount(index + 2) <= 2, isSpacedDash(index + 3),
            digitCount(index + 4) == 4, let day = intValue(index), let month = intValue(index + 2), let year = intValue(index + 4),
            CalendarDate(year: year, month: month, day: day) != nil, !(isSymbol(index + 5, "/") && attached(index + 5))
        else { return nil }
        return match(value: .date(PartialDate(year: year, month: month, day: day), end: nil, part: nil), end: index + 5)
    }

    /// "Chiều 31 - 3", "ngày 10 - 8 ,": a day and a month between a spaced dash, as tokenized text
    /// (the treebanks' news) writes "Chiều 31-3", after a part of the day or "ngày" (the caller's
    /// test). Not before more digits or a dash (a year: ``spacedDate(_:)``), the days' month ("ngày
    /// 2 - 3 tháng 9": two days) or a document code.
    private func spacedDayMonth(_ index: Int) -> Match? {
        guard isDigits(index), digitCount(index) <= 2, isSpacedDash(index + 1), digitCount(index + 2) <= 2, let day = intValue(index),
            let month = intValue(index + 2), isValidDay(day, month: month), !isDigits(index + 3),
            !(key(index + 3).isAny(of: "-", "–", "/", ".") && isDigits(index + 4)), !daysOfAMonthFollow(index + 3)
        else { return nil }
        return withRelativeYear(PartialDate(month: month, day: day), end: index + 3)
    }

    /// Whether lexeme `position` is a dash with spaces around it before digits ("30 - 4 - 1967").
    private func isSpacedDash(_ position: Int) -> Bool {
        key(position).isAny(of: "-", "–") && lex(position)?.spaceBefore == true && isDigits(position + 1) && !attached(position + 1)
    }

    /// `found` unless it is a day and month without a year that counts instead ("ngày 3-4 tiếng",
    /// "sáng 7-8 giờ", "ngày 2 - 3 lần"): before a unit, a scale or a noun of times, or, with
    /// `afterEach`, after "mỗi ngày" ("mỗi ngày 2-3 lần", "mỗi ngày 10-12"), so many a day.
    private func unlessCounting(_ found: Match?, afterEach: Bool) -> Match? {
        guard let found, case .date(let date, nil, nil) = found.value, date.year == nil, date.day != nil, found.offset == nil else {
            return found
        }
        let next = key(found.end)
        let counts =
            next != "năm" && isMeasureWord(found.end) || next.isAny(of: "giờ", "h", "lần", "bữa", "lượt", "cữ", "tiếng", "buổi")
            || next.isAny(of: "chuyến", "viên")
        return afterEach || counts ? nil : found
    }

    /// A bare D/M after a word that orders in time ("tính đến 31/12", "trước 15/3", "từ 10/2 đến
    /// 12/2", "sau 01/7"; D-M after "từ" only: "dẫn trước 5-1" is a score) when it cannot be a
    /// fraction: its day is above its month, or a part is written with a leading zero. "từ 1/2 đến
    /// 2/3" (a half to two thirds), "đến 1/3" and "24/7" (round the clock) stay ratios. The word
    /// may follow an opening bracket or quote ("(trước 30/7)"); "thời điểm 31/12" is one too.
    ///
    /// The same after "và" that follows a day and month, a list of dates ("trước ngày 30/6 và 31/12").
    ///
    /// A day from 13 on ("vào 25/1", "đêm chung kết 20/8", "(muộn nhất 28/8: …)") is no month and no
    /// fraction one writes, and needs no such word: it is a date unless a sign or a number comes
    /// before it ("+ 16/3" of a chemical equation) or a word of ratios ("tỷ lệ 15/8", "tỷ số"), a "="
    /// after it ("17/5 = 3"), nor in a street's name ("đường 30/4").
    private func dayMonthAfterOrderWord(_ index: Int) -> Match? {
        // "Quốc khánh 2/9", "nghỉ lễ 30/4 - 1/5", "Tết Dương lịch 1/1", "Quốc tế Phụ nữ 8/3": a holiday's day.
        if key(index + 1) == "/", let lexeme = lex(index), Self.followsHolidayWord(stream.bytes, lexeme.start) {
            return numericDate(index, dayMonthAllowed: true)
        }
        // "Ngày Quốc tế người cao tuổi (01/10)", "Ngày đô thị Việt Nam (8/11)": a named day's date in brackets.
        // (The bytes before the number, not its lexemes: a scan may start at the number.)
        if key(index + 1) == "/", isSymbol(index + 3, ")"), let lexeme = lex(index), lexeme.start > 0,
            stream.bytes[lexeme.start - 1] == UInt8(ascii: "("), Self.followsNamedDay(stream.bytes, lexeme.start - 1)
        {
            return numericDate(index, dayMonthAllowed: true)
        }
        // "Từ 1/7, mức lương…", "có hiệu lực từ 1/7.": from a day and month that end the clause. A
        // fraction after "từ" goes on to what it is of or to its other bound ("từ 2/3 số phiếu", "từ
        // 1/3 đến 1/2").
        if key(index + 1) == "/", isDigits(index + 2), endsClause(index + 3), let lexeme = lex(index),
            Self.bareWordBefore(stream.bytes, lexeme.start)?.word == "từ"
        {
            return numericDate(index, dayMonthAllowed: true)
        }
        guard key(index + 1).isAny(of: "/", "-"), let day = intValue(index), let month = intValue(index + 2),
            day > month || digitCount(index) == 2 && day < 10 || digitCount(index + 2) == 2 && month < 10,
            !(day == 24 && month == 7), let lexeme = lex(index)
        else { return nil }
        let before = Self.bareWordKeyBefore(stream.bytes, lexeme.start)
        if key(index + 1) == "/", day >= 13, !Self.isOperand(Self.wordBefore(stream.bytes, lexeme.start)?.word),
            before?.key.isAny(of: "lệ", "số", "điểm", "suất", "đường", "phố") != true, key(index + 3) != "="
        {
            return numericDate(index, dayMonthAllowed: true)
        }
        guard let before else { return nil }
        let word = before.key
        // "thời điểm 31/12" (at the moment): a point in time, named as one.
        let atMoment = word == "điểm" && Self.wordBefore(stream.bytes, before.start)?.word == "thời"
        let ordering = key(index + 1) == "/" ? word.isAny(of: "đến", "trước", "sau", "từ", "tới", "hết") || atMoment : word == "từ"
        guard ordering || key(index + 1) == "/" && word == "và" && Self.isDayMonth(Self.wordBefore(stream.bytes, before.start)?.word)
        else { return nil }
        return numericDate(index, dayMonthAllowed: true)
    }

    /// Whether lexeme `index` ends a clause: the text's end, or a ",", "." or ";" that no digit is
    /// glued after.
    private func endsClause(_ index: Int) -> Bool {
        guard lex(index) != nil else { return true }
        return (isSymbol(index, ",") || isSymbol(index, ".") || isSymbol(index, ";")) && !(isDigits(index + 1) && attached(index + 1))
    }

    /// Whether a vague count comes before the period word at `index`: "mấy chục năm nay", "nhiều năm
    /// nay", "những năm sau", "mấy tháng nay" (a length of time up to now, or after, no date).
    private func followsVagueCount(_ index: Int) -> Bool {
        guard let lexeme = lex(index) else { return false }
        return Self.vagueCounts.contains { Self.start(of: $0, before: lexeme.start, in: stream.bytes) != nil }
    }

    /// The words of a vague count before a period word (``followsVagueCount(_:)``).
    private static let vagueCounts: [StaticString] = ["mấy", "nhiều", "chục", "bao", "các", "những", "vài", "hàng"]

    /// The one-word holidays before a day and month (``followsHolidayWord(_:_:)``).
    private static let holidayWords: [StaticString] = ["khánh", "lễ", "dịp"]

    /// Whether a word of a holiday ends right before byte `offset`: "Quốc khánh", "lễ", "dịp", "Dương
    /// lịch", "Phụ nữ" (what a day and month after it are the date of).
    private static func followsHolidayWord(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        if holidayWords.contains(where: { start(of: $0, before: offset, in: bytes) != nil }) { return true }
        if let last = start(of: "lịch", before: offset, in: bytes) { return start(of: "dương", before: last, in: bytes) != nil }
        if let last = start(of: "nữ", before: offset, in: bytes) { return start(of: "phụ", before: last, in: bytes) != nil }
        return false
    }

    /// Whether a name that a capitalised "Ngày" opens ends right before byte `offset` (a bracket's):
    /// "Ngày người cao tuổi Việt Nam (06/6)", within 80 bytes and no punctuation of a clause or a
    /// bracket between (three of the corpora's, which read a ratio).
    private static func followsNamedDay(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        var position = offset - 1
        while position >= max(0, offset - 80) {
            switch bytes[position] {
            case UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"):
                return false
            case UInt8(ascii: "N"):
                if position + namedDayWord.count <= offset, (0..<namedDayWord.count).allSatisfy({ bytes[position + $0] == namedDayWord[$0] }),
                    position == 0 || bytes[position - 1] == UInt8(ascii: " ")
                {
                    return true
                }
            default: break
            }
            position -= 1
        }
        return false
    }

    /// "Ngày " in UTF-8 (NFC), the word that opens a named day (``followsNamedDay(_:_:)``).
    private static let namedDayWord = Array("Ngày ".utf8)

    /// Whether `word` ends in a digit or an arithmetic sign: what a fraction, not a date, follows.
    private static func isOperand(_ word: String?) -> Bool {
        guard let last = word?.last else { return false }
        return last.isNumber || "+-−=×*:/".contains(last)
    }

    /// Whether `word` is a day and month written "D/M" ("30/6", "01/7"), as a list of dates has it.
    private static func isDayMonth(_ word: String?) -> Bool {
        guard let parts = word?.split(separator: "/", omittingEmptySubsequences: false), parts.count == 2,
            let day = Int(parts[0]), let month = Int(parts[1]), parts[0].count <= 2, parts[1].count <= 2
        else { return false }
        return CalendarDate(year: 2000, month: month, day: day) != nil
    }

    /// `date` (no year yet) ending before lexeme `end`, with "năm sau", "năm nay", "năm trước", "năm
    /// tiếp theo"… after it taken in as a relative year ("ngày 28 tháng 02 năm sau"), or alone.
    func withRelativeYear(_ date: PartialDate, end: Int) -> Match? {
        guard let year = relativeYear(at: end) else { return self.match(value: .date(date, end: nil, part: nil), end: end) }
        return dated(date, inRelativeYear: year)
    }

    /// The relative year at lexeme `end` ("năm sau", "năm ngoái", "năm tiếp theo"), if any.
    func relativeYear(at end: Int) -> Match? {
        key(end) == "năm" ? relativePeriod(.year, end + 1) : nil
    }

    /// `date` in `year`, a ``relativeYear(at:)``: unknown without a reference date, as the offset
    /// ("+1 year") says. Nil when the year it gives has no such day (29 February).
    private func dated(_ date: PartialDate, inRelativeYear year: Match) -> Match? {
        guard case .date(let relativeYear, _, _) = year.value else { return nil }
        var date = date
        date.year = relativeYear.year
        if let year = date.year, let month = date.month, let day = date.day, CalendarDate(year: year, month: month, day: day) == nil {
            return nil
        }
        return self.match(value: .date(date, end: nil, part: nil), end: year.end, offset: year.offset)
    }

    /// ISO-8601 "2021-01" and "2021-01-14" (two-digit month and day, so "2021-2025" stays a range).
    private func isoDate(_ index: Int) -> Match? {
        guard isDigits(index), digitCount(index) == 4, let year = intValue(index), isSymbol(index + 1, "-"), attached(index + 1),
            isDigits(index + 2), attached(index + 2), digitCount(index + 2) == 2, let month = intValue(index + 2),
            (1...12).contains(month)
        else { return nil }
        if isSymbol(index + 3, "-"), attached(index + 3), isDigits(index + 4), attached(index + 4), digitCount(index + 4) == 2,
            let day = intValue(index + 4), CalendarDate(year: year, month: month, day: day) != nil
        {
            var date = PartialDate(year: year, month: month, day: day)
            var end = index + 5
            if let (hour, minute, timeEnd) = isoTime(after: end) {
                (date.hour, date.minute, end) = (hour, minute, timeEnd)
            }
            return self.match(value: .date(date, end: nil, part: nil), end: end)
        }
        // "2008-09", "1911-12": a season of two years (the range reader's), not September 2008.
        guard month != (year + 1) % 100 else { return nil }
        return self.match(value: .date(PartialDate(year: year, month: month), end: nil, part: nil), end: index + 3)
    }

    /// The time of an ISO-8601 date-time after its date ("2026-07-21T04:33", "T04:33:15",
    /// "T04:33:15+07:00", "T04:33Z"): hour, minute (seconds dropped: dates keep minutes) and the
    /// lexeme after the time and its zone.
    private func isoTime(after end: Int) -> (hour: Int, minute: Int, end: Int)? {
        guard isWord(end), attached(end), stream.exactKey(end) == "T" || stream.exactKey(end) == "t", isDigits(end + 1),
            attached(end + 1), digitCount(end + 1) == 2, let hour = intValue(end + 1), hour < 24, isSymbol(end + 2, ":"),
            attached(end + 2), isDigits(end + 3), attached(end + 3), digitCount(end + 3) == 2, let minute = intValue(end + 3), minute < 60
        else { return nil }
        var position = end + 4
        // Seconds and a fraction of them, then a zone: "Z" or "+07:00" / "-0500".
        if isSymbol(position, ":"), attached(position), isDigits(position + 1), attached(position + 1) { position += 2 }
        if isSymbol(position, "."), attached(position), isDigits(position + 1), attached(position + 1) { position += 2 }
        if stream.exactKey(position) == "Z", attached(position), isWord(position) {
            position += 1
        } else if isSymbol(position, "+") || isSymbol(position, "-"), attached(position), isDigits(position + 1), attached(position + 1) {
            position += 2
            if isSymbol(position, ":"), attached(position), isDigits(position + 1), attached(position + 1) { position += 2 }
        }
        return (hour, minute, position)
    }

    func isValidDay(_ day: Int, month: Int) -> Bool {
        (1...12).contains(month) && day >= 1 && day <= CalendarDate.daysIn(month: month, year: 2000)
    }

    /// "7 tháng 3 năm 2019", "7 tháng 3" (after "ngày").
    func dayMonthInWords(_ index: Int) -> Match? {
        guard let day = smallNumber(index), key(day.end) == "tháng", let month = monthValue(day.end + 1),
            isValidDay(day.value, month: month.value)
        else { return nil }
        var date = PartialDate(month: month.value, day: day.value)
        var end = month.end
        if key(end) == "năm", let year = yearInEra(end + 1) {
            date.year = year.value
            end = year.end
        } else if key(month.end - 1) == "năm", isWord(month.end - 1), isDigits(end), let year = yearValue(end) {
            // "ngày 12 tháng năm 2010": May's name is the word of the year too.
            date.year = year.value
            end = year.end
        } else if isSymbol(end, "/") || isSymbol(end, ","), let year = yearValue(end + 1), digitCount(end + 1) == 4 {
            date.year = year.value
            end = year.end
        } else {
            return withRelativeYear(date, end: end)
        }
        guard date.year.map({ CalendarDate(year: $0, month: month.value, day: day.value) != nil }) ?? true else { return nil }
        return self.match(value: .date(date, end: nil, part: nil), end: end)
    }

    /// "ngày 15" alone: a day of an unknown month.
    private func dayOnly(_ index: Int) -> Match? {
        guard isDigits(index), digitCount(index) <= 2, let day = intValue(index), (1...31).contains(day),
            !(lex(index + 1).map { !$0.spaceBefore && $0.kind != .symbol } ?? false)
        else { return nil }
        // Not "ngày 2/3", "ngày 2-3" (day and month); but "ngày 2-3 tháng 5", "Ngày 2-3/5/2020" begin a
        // range at the day alone.
        if isSymbol(index + 1, "/") || isSymbol(index + 1, "-"), attached(index + 1),
            !(isSymbol(index + 1, "-") && beginsDayOfAMonth(index + 2))
        {
            return nil
        }
        return self.match(value: .date(PartialDate(day: day), end: nil, part: nil), end: index + 1)
    }

    /// Whether the digits at `index` begin a date with its day and month ("3 tháng 5", "3/5/2020", "3/5").
    private func beginsDayOfAMonth(_ index: Int) -> Bool {
        guard isDigits(index), let found = date(index) ?? numericDate(index, dayMonthAllowed: true),
            case .date(let date, nil, _) = found.value
        else { return false }
        return date.day != nil && date.month != nil
    }

    /// Whether "tháng" and a month's digits are at `index`, after "D-D": "ngày 2-3 tháng 5" is the 2nd
    /// to the 3rd of May (a range whose first bound is the day alone), not 2 March.
    private func daysOfAMonthFollow(_ index: Int) -> Bool {
        key(index) == "tháng" && isWord(index) && isDigits(index + 1)
    }

    /// A number 0…99 in digits or words.
    func smallNumber(_ index: Int) -> (value: Int, end: Int)? {
        if isDigits(index) {
            guard digitCount(index) <= 2, let value = intValue(index) else { return nil }
            return (value, index + 1)
        }
        guard let group = spelledGroup(index, afterScale: false), group.value < 100 else { return nil }
        return (group.value, group.end)
    }

    /// A month 1…12 after "tháng": digits, words ("ba", "mười hai", "tư") or "giêng"/"chạp".
    func monthValue(_ index: Int) -> (value: Int, end: Int)? {
        // "6 tháng một lần", "mỗi tháng một lần": once every so many months, not January.
        if isWord(index), key(index) == "một", key(index + 1) == "lần" { return nil }
        if isWord(index), has(index, .monthName), let named = Vocabulary.monthNames[key(index)], key(index + 1) != "mươi" {
            if named == 1, key(index) == "một" || key(index) == "hai" || key(index) == "ba" {
                // fall through to the general reader so "mười một"/"mười hai" stay whole
            } else {
                return (named, index + 1)
            }
        }
        guard let number = smallNumber(index), (1...12).contains(number.value) else { return nil }
        return number
    }

    /// The year after a day's, a month's or a quarter's "năm": with its era when one follows ("tháng 7
    /// năm 209 TCN" is in 209 BC, astronomical year -208, as "năm 209 TCN" alone is), else
    /// ``yearValue(_:)``.
    func yearInEra(_ index: Int) -> (value: Int, end: Int)? {
        yearWithEra(index) ?? yearValue(index)
    }

    /// A year: three or four digits, or a spelled number from 1000 ("hai nghìn không trăm hai mươi").
    func yearValue(_ index: Int) -> (value: Int, end: Int)? {
        if isDigits(index) {
            guard (3...4).contains(digitCount(index)), let year = intValue(index) else { return nil }
            if let next = lex(index + 1), !next.spaceBefore, next.kind != .symbol { return nil }
            if isSymbol(index + 1, "/"), attached(index + 1), isWord(index + 2) { return nil }  // "2019/NĐ-CP"
            if (isSymbol(index + 1, ".") || isSymbol(index + 1, ",")), attached(index + 1), isDigits(index + 2), attached(index + 2) {
                return nil
            }
            return (year, index + 1)
        }
        guard digitWord(index) != nil, let read = compound(index), read.spelled, let year = intValue(of: read), year >= 1000, year < 3000
        else { return nil }
        return (year, read.end)
    }

    // MARK: - Named periods

    /// "tháng 6/2023", "tháng 6 năm 2023", "tháng 6", "tháng ba", "tháng này/sau/trước".
    private func month(_ index: Int) -> Match? {
        if let relative = relativePeriod(.month, index + 1) { return followsVagueCount(index) ? nil : relative }
        guard let month = monthValue(index + 1) else { return nil }
        // "Cách mạng tháng Tám", "Cách mạng tháng Mười Nga", "Cách mạng tháng 8": a revolution's name,
        // no date (a year after the digits is the revolution's date: "Cách mạng tháng 8/1945", "…
        // tháng 8 năm 1945").
        if isWord(index + 1) || isDigits(index + 1) && !isSymbol(month.end, "/") && !isSymbol(month.end, "-") && key(month.end) != "năm",
            let lexeme = lex(index), Self.start(of: "mạng", before: lexeme.start, in: stream.bytes) != nil
        {
            return self.match(.number, .zero, end: month.end, emit: false)
        }
        // "ngày tháng năm sinh", "ghi rõ ngày, tháng, năm", "kể từ ngày tháng năm 2018" (a template's
        // blank day and month): the words of a date's fields, no May.
        if isWord(index + 1), key(index + 1) == "năm", key(month.end) == "sinh" || isFieldAfterDay(index) {
            return nil
        }
        if isDigits(index + 1), let months = monthRange(month.value, dash: month.end) { return months }
        var date = PartialDate(month: month.value)
        var end = month.end
        // "tháng 6/2023", "tháng 6-2023", "tháng 6.2023" (not "tháng 1. 1995": a sentence may end there).
        if isSymbol(end, "/") || isSymbol(end, "-") || isSymbol(end, ".") && attached(end + 1), attached(end),
            let year = yearValue(end + 1), digitCount(end + 1) == 4
        {
            date.year = year.value
            end = year.end
        } else if isDigits(index + 1), isSpacedDash(end), digitCount(end + 1) == 4, let year = yearValue(end + 1), year.value >= 1000
        {
            // "tháng 9 - 1987", as tokenized text (the treebanks' news) writes "tháng 9-1987".
            date.year = year.value
            end = year.end
        } else if key(end) == "năm", let year = yearInEra(end + 1) {
            date.year = year.value
            end = year.end
        } else if isWord(index + 1), key(index + 1) == "năm", isDigits(end), digitCount(end) == 4, let year = yearValue(end) {
            // "tháng năm 2020": the month's own word "năm" is the year's too.
            date.year = year.value
            end = year.end
        } else if isSymbol(end, ","), let year = yearValue(end + 1), digitCount(end + 1) == 4 {
            // "tháng 10, 1553", as "9 tháng 12, 1608" is written (``dayMonthInWords(_:)``).
            date.year = year.value
            end = year.end
        } else if let year = relativeYear(at: end) {
            return dated(date, inRelativeYear: year)
        } else if isDigits(month.end - 1), isSymbol(end, "/") || isSymbol(end, "-"), attached(end),
            !(isSymbol(end, "-") && key(end + 1) == "tháng" && isWord(end + 1))
        {
            // (Not before a glued dash and the next month, "Tháng 1-Tháng 6", a range's first bound.)
            return nil
        } else if let (direction, suffixEnd) = relativeSuffix(end) {
            return monthOccurrence(month.value, direction: direction, end: suffixEnd)
        }
        return self.match(value: .date(date, end: nil, part: nil), end: end)
    }

    /// Whether the "tháng" at `index` follows a bare "ngày" ("ngày tháng năm", "ngày, tháng, năm"):
    /// the words of a date's field, not a date.
    private func isFieldAfterDay(_ index: Int) -> Bool {
        guard let lexeme = lex(index), let before = Self.wordBefore(stream.bytes, lexeme.start) else { return false }
        return before.word == "ngày" || before.word == "ngày,"
    }

    /// "tháng 7-8 năm 1995", "tháng 7–8/2011", "tháng 11 - 12": months `first` and the one after the
    /// dash at lexeme `dash`, a later month in digits, both in the year written after the second (if
    /// any). About 230 such months of the wiki corpus were numbers, or years "7-8 năm".
    private func monthRange(_ first: Int, dash: Int) -> Match? {
        guard isSymbol(dash, "-") || isSymbol(dash, "–"), attached(dash) == attached(dash + 1), isDigits(dash + 1),
            digitCount(dash + 1) <= 2, let second = monthValue(dash + 1), second.value > first
        else { return nil }
        var (from, to) = (PartialDate(month: first), PartialDate(month: second.value))
        var end = second.end
        if isSymbol(end, "/"), attached(end), attached(end + 1), digitCount(end + 1) == 4, let year = yearValue(end + 1) {
            (from.year, to.year, end) = (year.value, year.value, year.end)
        } else if key(end) == "năm", let year = yearInEra(end + 1) {
            (from.year, to.year, end) = (year.value, year.value, year.end)
        } else if isSymbol(end, "/") || isSymbol(end, "-"), attached(end) {
            return nil
        }
        return match(value: .range(from: .date(from, end: nil, part: nil), to: .date(to, end: nil, part: nil)), end: end)
    }

    /// The direction of a word after a period that places it relative to the reference date: "tới" and
    /// "sắp tới" (+1, the next one), "này" (0), "vừa qua" and "vừa rồi" (−1, the last one); with the
    /// index after it. Not "tới" that joins a range ("tháng 3 tới tháng 6", ``isComingWord(_:)``).
    func relativeSuffix(_ index: Int) -> (direction: Int, end: Int)? {
        guard isWord(index) else { return nil }
        switch key(index) {
        case "tới" where isComingWord(index): return (1, index + 1)
        case "sắp" where isComingWord(index + 1): return (1, index + 2)
        case "này": return (0, index + 1)
        case "vừa" where key(index + 1).isAny(of: "qua", "rồi"): return (-1, index + 2)
        default: return nil
        }
    }

    /// Whether "tới" at `index` means "next" ("tháng 3 tới", "thứ sáu tới") rather than joining a
    /// range ("tháng 3 tới tháng 6", "thứ hai tới thứ sáu"): no number or date word follows it.
    func isComingWord(_ index: Int) -> Bool {
        guard key(index) == "tới", isWord(index) else { return false }
        let next = index + 1
        if isDigits(next) || digitWord(next) != nil || has(next, .partOfDay) || has(next, .duration) { return false }
        return !key(next).isAny(of: "thứ", "chủ", "mồng", "mùng", "hết", "đầu", "cuối", "giữa")
    }

    /// "tháng 3 tới" (the next March), "tháng 3 này", "tháng 10 vừa qua" (the last October): the
    /// month's nearest occurrence in `direction` from the reference date's month; its year stays
    /// unknown without a reference date.
    private func monthOccurrence(_ month: Int, direction: Int, end: Int) -> Match? {
        var date = PartialDate(month: month)
        if let reference = options.referenceDate {
            switch direction {
            case 1: date.year = month > reference.month ? reference.year : reference.year + 1
            case -1: date.year = month < reference.month ? reference.year : reference.year - 1
            default: date.year = reference.year
            }
        }
        return self.match(value: .date(date, end: nil, part: nil), end: end, offset: .nearestMonth(month, direction: direction))
    }

    /// "quý I/2023", "quý 2 năm 2023", "quý IV", "quý này".
    private func quarter(_ index: Int) -> Match? {
        if let relative = relativePeriod(.quarter, index + 1) { return relative }
        var value: Int?
        if let roman = roman(index + 1) {
            value = roman
        } else if isDigits(index + 1), digitCount(index + 1) == 1 {
            value = intValue(index + 1)
        } else if isWord(index + 1) {
            value = ["một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "nhất": 1][key(index + 1)]
        }
        guard let quarter = value, (1...4).contains(quarter) else { return nil }
        var date = PartialDate(quarter: quarter)
        var end = index + 2
        if key(end) == "của", key(end + 1) == "năm" { end += 1 }
        if (isSymbol(end, "/") || isSymbol(end, "-")), let year = yearValue(end + 1), digitCount(end + 1) == 4 {
            date.year = year.value
            end = year.end
        } else if key(end) == "năm", let year = yearInEra(end + 1) {
            date.year = year.value
            end = year.end
        }
        return self.match(value: .date(date, end: nil, part: nil), end: end)
    }

    /// "năm 2018", "năm hai nghìn", "năm nay", "năm ngoái", "năm sau", "năm 36 TCN".
    private func year(_ index: Int) -> Match? {
        if let relative = relativePeriod(.year, index + 1) { return followsVagueCount(index) ? nil : relative }
        if let dated = eraDate(index + 1) { return dated }
        guard let year = yearValue(index + 1) else { return nil }
        // "năm 2019 100 người": the year reader stops at 2019; "năm 1.200" is no year.
        return self.match(value: .date(PartialDate(year: year.value), end: nil, part: nil), end: year.end)
    }

    /// A decade after "những năm" or "thập niên/kỷ" (`index` at its digits): the ten years as an
    /// interval, "những năm 1960" and "thập niên 1960" 1960/1969 (3 100 facts of the wiki corpus,
    /// where "những năm 1960" was the year 1960 and "thập niên 1990" the number 1990). A run of
    /// consecutive decades is one span ("những năm 1960 và 1970", "thập niên 1980, 1990":
    /// 1960/1979, 1980/1999; ``consecutiveRun(from:last:step:descending:_:)``). Two digits name a
    /// decade, or a run of them, of the century after them ("thập niên 60 của thế kỷ XX", "những năm
    /// 60, 70 của thế kỷ 20"); without one ("những năm 60,", "thập niên 80 và 90") the decades are
    /// read and not emitted: they are no numbers sixty or eighty, and their century is not written.
    /// Left to the other readers: "những năm 20 tuổi" (in one's twenties), a year that does not end
    /// in 0 ("những năm 2019 và 2020") and a decade that starts a range ("những năm 1990-2000",
    /// "thập niên 1960 đến 1980": years or decades).
    private func decade(_ index: Int) -> Match? {
        guard isDigits(index), digitCount(index) == 4 || digitCount(index) == 2, let written = intValue(index), written % 10 == 0,
            !rulesOutDecade(index + 1)
        else { return nil }
        let digits = digitCount(index)
        var (last, end) = consecutiveRun(from: index + 1, last: written, step: 10) { position in
            self.digitCount(position) == digits && !self.rulesOutDecade(position + 1) ? self.intValue(position) : nil
        }
        var first = written
        if digits == 2 {
            // "những năm 60, 70 của thế kỷ 20": the run's century after it.
            var position = end
            if key(position) == "của" { position += 1 }
            guard key(position) == "thế", key(position + 1).isAny(of: "kỷ", "kỉ"), let century = centuryNumber(position + 2) else {
                // "những năm 20 tuổi" (in one's twenties) is no decade; "những năm 60 của thế kỷ
                // trước", "những năm 80 và 90" are decades whose century is not written (a run of
                // them whatever follows: "thập niên 50, 60 nền kinh tế").
                let lone = end == index + 1
                return lone && isWord(end) && key(end) != "của" && key(end) != "thế" ? nil : match(.number, .zero, end: end, emit: false)
            }
            (first, last) = ((century - 1) * 100 + written, (century - 1) * 100 + last)
            end = position + 3
        }
        return self.match(value: .date(PartialDate(year: first), end: PartialDate(year: last + 9), part: nil), end: end)
    }

    /// Where a run of consecutive decades or centuries ends: from `position`, the lexeme after the
    /// first one's number `last`, each next number (read by `read`) that is `last + step` after ","
    /// or "và" ("những năm 1960, 1970 và 1980", "các thế kỷ 15, 16, 17": one span), unless a noun
    /// it counts follows ("thế kỷ 19, 20 năm sau"). With `descending`, a run may count down
    /// instead ("thế kỷ 5 và 4 trước Công nguyên"). The last number and the lexeme after the run.
    private func consecutiveRun(
        from position: Int, last: Int, step: Int, descending: Bool = false, _ read: (Int) -> Int?
    ) -> (last: Int, end: Int) {
        var (last, position, step, mayTurn) = (last, position, step, descending)
        while isSymbol(position, ",") || key(position) == "và", isDigits(position + 1) || isWord(position + 1),
            let next = read(position + 1), !countsNoun(position + 2)
        {
            if next != last + step {
                // The second number sets the direction.
                guard mayTurn, next == last - step else { break }
                step = -step
            }
            mayTurn = false
            (last, position) = (next, position + 2)
        }
        return (last, position)
    }

    /// Whether the word at `index` is one a number before it counts or measures: a duration, scale,
    /// unit or currency word.
    private func countsNoun(_ index: Int) -> Bool {
        isWord(index) && (has(index, .duration) || has(index, .scale) || has(index, .unitStart) || has(index, .currencySuffixStart))
    }

    /// A century after "thế kỷ" (`index` at its number): its hundred years as an interval, "thế kỷ
    /// 19", "thế kỷ XIX", "thế kỷ thứ 19" 1801/1900 (a century begins with its year 1), "thế kỷ 5
    /// TCN" (before Christ) -0499/-0400 in ISO 8601's astronomical years (1 BC is year 0). Two
    /// numbers joined by a dash or "đến" are one span ("thế kỷ 18–19" 1701/1900), and so is a run
    /// of consecutive ones, as for decades (``consecutiveRun(from:last:step:descending:_:)``).
    /// About 4 900 facts of the wiki corpus, which read "thế kỷ 19" as the number 19, "thế kỷ XX"
    /// as nothing and "thế kỷ 18–19" as a range of numbers.
    private func century(_ index: Int) -> Match? {
        var position = key(index) == "thứ" ? index + 1 : index
        let number: Int
        if position > index, let spelled = spelledOrdinal(position), (1...30).contains(spelled.value) {
            // "thế kỷ thứ hai TCN", "thế kỷ thứ mười chín": the ordinal in words (140 in the wiki corpus).
            (number, position) = spelled
        } else if position == index, let spelled = spelledCentury(position) {
            // "thế kỷ mười chín", "thế kỷ hai mươi": a number of two words or more without "thứ" (about
            // 30 in the wiki corpus); not one word ("thế kỷ năm 1900" is no fifth century).
            (number, position) = spelled
        } else {
            guard let written = centuryNumber(position) else { return nil }
            (number, position) = (written, position + 1)
        }
        var (low, high) = (number, number)
        // "thế kỷ 18–19", "thế kỷ 14 đến 16": one span (1701/1900); "thế kỷ 19 và 20" too.
        if key(position).isAny(of: "-", "–", "—", "đến", "tới"), let next = centuryNumber(position + 1), next != number {
            (low, high) = (Swift.min(number, next), Swift.max(number, next))
            position += 2
        } else {
            let run = consecutiveRun(from: position, last: number, step: 1, descending: true, centuryNumber)
            (low, high, position) = (Swift.min(number, run.last), Swift.max(number, run.last), run.end)
        }
        var beforeChrist = false
        if let era = era(at: position) { (beforeChrist, position) = (era.beforeChrist, era.end) }
        let first = beforeChrist ? 1 - 100 * high : 100 * (low - 1) + 1
        let end = beforeChrist ? 100 - 100 * low : 100 * high
        return self.match(value: .date(PartialDate(year: first), end: PartialDate(year: end), part: nil), end: position)
    }

    /// The number an ordinal in words names after "thứ" (`index` at its first word: "nhất", "hai",
    /// "tư", "mười chín") and the index after it; nil for digits or anything else.
    private func spelledOrdinal(_ index: Int) -> (value: Int, end: Int)? {
        guard isWord(index), has(index, .ordinalWord) || has(index, .spelledStart) else { return nil }
        if let read = compound(index), read.words > 1, let value = intValue(of: read) { return (value, read.end) }
        return Vocabulary.ordinalWords[key(index)].map { ($0, index + 1) }
    }

    /// A century's number of two words or more at `index` ("mười chín", "hai mươi mốt"), 1 to 30, and
    /// the index after it: ``spelledOrdinal(_:)``'s reading of a number in words, not of one word.
    private func spelledCentury(_ index: Int) -> (value: Int, end: Int)? {
        guard has(index, .spelledStart), let spelled = spelledOrdinal(index), spelled.end > index + 1, (1...30).contains(spelled.value)
        else { return nil }
        return spelled
    }

    /// The number of a century at `index`: one or two digits or a Roman numeral, 1 to 30, that no
    /// glued letters or "/" continue.
    private func centuryNumber(_ index: Int) -> Int? {
        let number: Int?
        if isDigits(index) {
            guard digitCount(index) <= 2, !gluesNameOrCode(index + 1) else { return nil }
            number = intValue(index)
        } else {
            number = roman(index)
        }
        guard let number, (1...30).contains(number) else { return nil }
        return number
    }

    /// Whether the lexeme at `index` makes the digits before it no decade: a name or code glued to
    /// them (``gluesNameOrCode(_:)``) or a range's second bound ("-2000", "– 2000", "đến 2000").
    private func rulesOutDecade(_ index: Int) -> Bool {
        gluesNameOrCode(index) || key(index).isAny(of: "-", "–", "—", "đến", "tới") && isDigits(index + 1)
    }

    /// Whether the lexeme at `index` glues the digits before it into a name or code: letters, more
    /// digits or a "/" with nothing between ("1990s", "12a", "1990/QĐ").
    private func gluesNameOrCode(_ index: Int) -> Bool {
        guard let next = lex(index), !next.spaceBefore else { return false }
        return next.kind == .word || next.kind == .digits || isSymbol(index, "/")
    }

    /// "đầu năm 2023", "cuối tháng 6", "giữa năm", "đầu quý II", "cuối tuần". Not the "đầu" of
    /// "bắt đầu" (to begin): "ông bắt đầu năm 2010" is the year 2010, not its start.
    private func periodPart(_ index: Int) -> Match? {
        let part: NumericExpression.PeriodPart =
            switch key(index) {
            case "đầu": .start
            case "giữa": .middle
            default: .end
            }
        if part == .start, word(before: index) == "bắt" { return nil }
        let period = key(index + 1)
        // "cuối những năm 1990", "đầu thập niên 1980", "giữa thế kỷ 19": a part of a decade or a century.
        if isWord(index + 1), let whole = decadeOrCentury(index + 1), case .date(let date, let end, nil) = whole.value {
            var partOf = whole
            partOf.value = .date(date, end: end, part: part)
            return partOf
        }
        guard period.isAny(of: "năm", "tháng", "quý", "tuần"), isWord(index + 1) else { return nil }
        let inner: Match?
        switch period {
        case "năm": inner = year(index + 1)
        case "tháng": inner = month(index + 1)
        case "quý": inner = quarter(index + 1)
        default: inner = relativePeriod(.week, index + 2)
        }
        if var inner, case .date(let date, let end, nil) = inner.value, end == nil {
            inner.value = .date(date, end: nil, part: part)
            return inner
        }
        // "đầu năm", "cuối tháng": the current period of the reference date.
        let unit: Unit = period == "năm" ? .year : period == "tháng" ? .month : period == "quý" ? .quarter : .week
        guard var current = relative(unit, 0, end: index + 2), case .date(let date, _, _) = current.value else { return nil }
        current.value = .date(date, end: nil, part: part)
        return current
    }

    /// "nửa đầu năm 2025" (2025-01/2025-06), "nửa cuối năm nay", "nửa đầu tháng 12" (XXXX-12-01/
    /// XXXX-12-15), "nửa cuối tháng 2/2024" (2024-02-16/2024-02-29): the first or last half of a year
    /// or a month (`index` is at "đầu" or "cuối"). The second half of a February of no known year
    /// has no known end: nil.
    private func halfOfPeriod(_ index: Int) -> Match? {
        let first = key(index) == "đầu"
        let period = key(index + 1)
        guard isWord(index + 1), let whole = period == "năm" ? year(index + 1) : period == "tháng" ? month(index + 1) : nil,
            case .date(let date, nil, nil) = whole.value, date.day == nil, date.quarter == nil, date.week == nil,
            date.hasDate || whole.offset != nil
        else { return nil }
        guard let month = date.month else {
            let from = PartialDate(year: date.year, month: first ? 1 : 7)
            return self.match(value: .date(from, end: PartialDate(year: date.year, month: first ? 6 : 12), part: nil), end: whole.end, offset: whole.offset)
        }
        guard first || date.year != nil || month != 2 else { return nil }
        let last = first ? 15 : CalendarDate.daysIn(month: month, year: date.year ?? 2001)
        let from = PartialDate(year: date.year, month: month, day: first ? 1 : 16)
        return self.match(value: .date(from, end: PartialDate(year: date.year, month: month, day: last), part: nil), end: whole.end, offset: whole.offset)
    }

    /// "thượng tuần tháng 12" (XXXX-12-01/XXXX-12-10), "trung tuần tháng 11/2024" (2024-11-11/
    /// 2024-11-20), "hạ tuần tháng này" (the 21st to the month's last day): the first, middle or
    /// last ten days of a month (`index` is at "thượng", "trung" or "hạ"). The last ten days of a
    /// February of no known year have no known end: nil.
    private func tenDays(_ index: Int) -> Match? {
        guard key(index + 1) == "tuần", key(index + 2) == "tháng", isWord(index + 2), let whole = month(index + 2),
            case .date(let date, nil, nil) = whole.value, let month = date.month, date.day == nil
        else { return nil }
        let (first, last): (Int, Int?) =
            switch key(index) {
            case "thượng": (1, 10)
            case "trung": (11, 20)
            default: (21, date.year == nil && month == 2 ? nil : CalendarDate.daysIn(month: month, year: date.year ?? 2001))
            }
        guard let last else { return nil }
        let from = PartialDate(year: date.year, month: month, day: first)
        let to = PartialDate(year: date.year, month: month, day: last)
        return self.match(value: .date(from, end: to, part: nil), end: whole.end, offset: whole.offset)
    }

    /// "T11/2025" (a month), "Q3/2025" (a quarter), "H1/2025" (a half year: 2025-01/2025-06), as
    /// business reports abbreviate them: a capital letter, its number and a four-digit year, glued.
    private func periodCode(_ index: Int) -> Match? {
        let letter = stream.exactKey(index)
        guard letter.isAny(of: "T", "Q", "H"), isDigits(index + 1), attached(index + 1), digitCount(index + 1) <= 2,
            let number = intValue(index + 1), isSymbol(index + 2, "/"), attached(index + 2), isDigits(index + 3), attached(index + 3),
            digitCount(index + 3) == 4, let year = yearValue(index + 3), year.end == index + 4, !attachedToAlphanumericBefore(index),
            !continuesGlued(index + 4), !(key(index + 4).isAny(of: "-", "/") && attached(index + 4) && attached(index + 5))  // "T1/2025-BTC": a code
        else { return nil }
        switch letter {
        case "T" where (1...12).contains(number):
            return self.match(value: .date(PartialDate(year: year.value, month: number), end: nil, part: nil), end: year.end)
        case "Q" where (1...4).contains(number):
            var quarter = PartialDate(quarter: number)
            quarter.year = year.value
            return self.match(value: .date(quarter, end: nil, part: nil), end: year.end)
        case "H" where (1...2).contains(number):
            let from = PartialDate(year: year.value, month: number == 1 ? 1 : 7)
            return self.match(value: .date(from, end: PartialDate(year: year.value, month: number == 1 ? 6 : 12), part: nil), end: year.end)
        default:
            return nil
        }
    }

    /// The decade or century named from `index` on: "những năm 1990", "thập niên 1980", "thập kỷ
    /// 1960", "thế kỷ 19".
    private func decadeOrCentury(_ index: Int) -> Match? {
        switch key(index) {
        case "những" where key(index + 1) == "năm": decade(index + 2)
        case "thập" where key(index + 1).isAny(of: "niên", "kỷ", "kỉ"): decade(index + 2)
        case "thế" where key(index + 1).isAny(of: "kỷ", "kỉ"): century(index + 2)
        default: nil
        }
    }

    /// "05 tháng đầu năm 2023" (a period), "3 ngày trước", "2 tuần nữa", "hai năm sau".
    private func counted(_ index: Int) -> Match? {
        guard let count = compound(index), !count.invalid, let amount = intValue(of: count), amount >= 0, amount < 100_000,
            isWord(count.end), has(count.end, .duration), let unit = Vocabulary.durations[key(count.end)]
        else { return nil }
        let after = count.end + 1
        if unit == .month, key(after) == "đầu" || key(after) == "cuối", key(after + 1) == "năm", (1...12).contains(amount) {
            if let written = yearValue(after + 2) {
                return months(amount, fromStart: key(after) == "đầu", of: written.value, end: written.end)
            }
            return months(amount, fromStart: key(after) == "đầu", of: options.referenceDate?.year, end: after + 2)
        }
        // "11 tháng năm 2012", "9 tháng năm nay": the year's first months, as economic reports write
        // "11 tháng đầu năm 2012" without "đầu"; after "ngày" (or with "Năm", the month's name) the
        // words are the date "ngày 12 tháng năm 2010", 12 May (the date reader's).
        if unit == .month, key(after) == "năm", isWord(after), stream.exactKey(after) == "năm", (1...12).contains(amount) {
            if let written = yearValue(after + 1) { return months(amount, fromStart: true, of: written.value, end: written.end) }
            if let relative = relativeYear(at: after), case .date(let year, _, _) = relative.value,
                let found = months(amount, fromStart: true, of: year.year, end: relative.end)
            {
                return self.match(value: found.value, end: found.end, offset: relative.offset)
            }
        }
        switch unit {
        case .day, .week, .month, .quarter, .year: break
        case .hour, .minute, .second: return nil
        }
        // Without a reference date such a date has no value, and no fact is made of it: the count is
        // then read as the length it is ("2 năm sau, Tần…" → DURATION "2 năm"), as the narrative of
        // an encyclopaedia means it (two years after the last event told, not after any date).
        guard options.referenceDate != nil else { return nil }
        // Before a word "trước" and "sau" are prepositions: "15 ngày trước ngày họp", "3 năm sau khi
        // ra trường" are a duration and what it counts from, not a date relative to today. Not
        // before a word that begins the rest of the clause ("10 năm trước và …"); "trước đây" is
        // "ago" ("3 năm trước đây").
        if key(after) == "trước", key(after + 1) == "đây" { return relative(unit, -amount, end: after + 2) }
        let ends = !isWord(after + 1) || Vocabulary.clauseWords.contains(key(after + 1))
        switch key(after) {
        case "trước" where ends: return relative(unit, -amount, end: after + 1)
        case "sau" where ends, "nữa": return relative(unit, amount, end: after + 1)
        default: return nil
        }
    }

    /// Whether the digits at `index` begin "11 tháng năm 2012" or "9 tháng năm nay": a count of months
    /// 1…12, "tháng", the lower-case "năm" and a year, written or relative.
    private func beginsFirstMonthsOfAYear(_ index: Int) -> Bool {
        guard let count = intValue(index), (1...12).contains(count), isWord(index + 2), stream.exactKey(index + 2) == "năm" else { return false }
        return yearValue(index + 3) != nil || relativeYear(at: index + 2) != nil
    }

    /// The first (`fromStart`) or last `count` months of `year` as a period ending at lexeme `end`:
    /// "2023-01/2023-05"; without a year and a reference date, the months alone ("XXXX-01/XXXX-05").
    private func months(_ count: Int, fromStart: Bool, of year: Int?, end: Int) -> Match? {
        let first = PartialDate(year: year, month: fromStart ? 1 : 13 - count)
        let last = PartialDate(year: year, month: fromStart ? count : 12)
        return self.match(value: .date(first, end: last, part: nil), end: end)
    }

    /// "hôm nay", "hôm qua", "hôm kia"; the index is at "hôm".
    private func relativeDay(_ index: Int) -> Match? {
        switch key(index + 1) {
        case "nay" where key(index) == "bữa": relative(.day, 0, end: index + 2)
        case "qua" where key(index) == "bữa": relative(.day, -1, end: index + 2)
        case _ where key(index) == "bữa": nil
        case "nay": relative(.day, 0, end: index + 2)
        case "qua": relative(.day, -1, end: index + 2)
        case "kia": relative(.day, -2, end: index + 2)
        default: nil
        }
    }

    /// "này/nay" (0), "sau/tới" (+1), "trước/qua/ngoái" (−1) after a period word at `index - 1`.
    private func relativePeriod(_ unit: Unit, _ index: Int) -> Match? {
        guard isWord(index) else { return nil }
        switch key(index) {
        case "này", "nay": return relative(unit, 0, end: index + 1)
        case "tiếp" where key(index + 1) == "theo", "kế" where key(index + 1) == "tiếp":
            return relative(unit, 1, end: index + 2)
        case "hiện" where key(index + 1) == "tại": return relative(unit, 0, end: index + 2)
        case "sau", "tới", "tiếp": return relative(unit, 1, end: index + 1)
        case "trước", "ngoái", "qua", "rồi": return relative(unit, -1, end: index + 1)
        default: return nil
        }
    }

    /// A date `offset` units from the reference date; without one, the value stays unknown and the
    /// offset is reported alone.
    func relative(_ unit: Unit, _ offset: Int, end: Int) -> Match? {
        var date = PartialDate()
        if let reference = options.referenceDate {
            switch unit {
            case .day: date = PartialDate(reference.adding(days: offset))
            case .week:
                let (year, week) = Self.isoWeek(reference.adding(days: 7 * offset))
                date = PartialDate(year: year, week: week)
            case .month:
                let target = reference.adding(months: offset)
                date = PartialDate(year: target.year, month: target.month)
            case .quarter:
                let index = reference.year * 4 + (reference.month - 1) / 3 + offset
                date = PartialDate(year: index / 4, quarter: index % 4 + 1)
            case .year: date = PartialDate(year: reference.year + offset)
            case .hour, .minute, .second: return nil
            }
        }
        return self.match(value: .date(date, end: nil, part: nil), end: end, offset: .units(offset, unit))
    }

    /// ISO-8601 week-numbering year and week of a date.
    static func isoWeek(_ date: CalendarDate) -> (year: Int, week: Int) {
        let thursday = date.adding(days: 4 - date.weekday)
        guard let januaryFirst = CalendarDate(year: thursday.year, month: 1, day: 1) else { return (thursday.year, 1) }
        let dayOfYear = thursday.daysSinceEpoch - januaryFirst.daysSinceEpoch
        return (thursday.year, dayOfYear / 7 + 1)
    }

    // MARK: - Weekdays

    /// Whether the word before lexeme `index` is one after which a weekday's name is the day: "vào",
    /// "ngày", "trừ", "mỗi"… (with `lowerCase`, one after which even "thứ năm" is: "vào", "mỗi", "hôm").
    private func followsDayWord(_ index: Int, lowerCase: Bool = false) -> Bool {
        guard let lexeme = lex(index), let before = Self.bareWordKeyBefore(stream.bytes, lexeme.start) else { return false }
        return (lowerCase ? Self.lowerCaseDayIntroducers : Self.dayIntroducers).contains(before.key)
    }

    /// The words after which even a lower-case "thứ năm" is the day ("bắt đầu vào thứ năm", "mỗi thứ
    /// ba", "hôm thứ sáu"); after the others it is often the ordinal ("đến ngày thứ ba", "và thứ ba").
    private static let lowerCaseDayIntroducers: KeySet = ["vào", "mỗi", "hôm"]

    /// The words after which a weekday's name is the day ("vào thứ Năm", "các ngày thứ Bảy").
    private static let dayIntroducers: KeySet = [
        "vào", "ngày", "trừ", "các", "mỗi", "hàng", "hằng", "từ", "đến", "tới", "hôm", "buổi", "và", "hoặc", "sáng", "trưa", "chiều",
        "tối", "đêm", "khuya", "hết", "phiên",
    ]

    /// "thứ hai tuần sau", "thứ 5 của tuần này", "thứ ba vừa rồi", "thứ sáu tới", "thứ 2 ngày 6 tháng 2",
    /// "Thứ Hai, 23/11/2026", "chủ nhật". A bare "thứ ba" stays the ordinal 3 unless `bare` (after a
    /// part of the day: "sáng thứ Hai"); with one of these contexts it is a day.
    func weekday(_ index: Int, bare: Bool = false) -> Match? {
        var weekday: Int
        var position: Int
        if key(index) == "chủ" || key(index) == "chúa" {
            // "dân chủ Nhật Bản", "quân chủ Nhật Bản": Japan, not Sunday.
            guard key(index + 1) == "nhật", key(index + 2) != "bản" else { return nil }
            weekday = 7
            position = index + 2
        } else {
            if let digits = intValue(index + 1), isDigits(index + 1), (2...7).contains(digits) {
                weekday = digits - 1
            } else if isWord(index + 1), has(index + 1, .ordinalWord), key(index + 1) != "nhì",
                let word = Vocabulary.ordinalWords[key(index + 1)], (2...7).contains(word)
            {
                weekday = word - 1
            } else {
                return nil
            }
            position = index + 2
        }
        // An explicit date wins: "thứ 2 ngày 6 tháng 2".
        var afterComma = position
        if isSymbol(afterComma, ",") { afterComma += 1 }
        if key(afterComma).isAny(of: "ngày", "mồng", "mùng"), let day = date(afterComma), case .date(let d, nil, _) = day.value,
            d.day != nil
        {
            return self.match(value: day.value, end: day.end, offset: day.offset)
        }
        // "Thứ Hai, 23/11/2026", "thứ Năm, 22 tháng 1": a whole numeric date or a day and month in
        // words; a bare day and month only after the day's name ("Chủ nhật 24/11", "thứ Bảy, 23/11":
        // after "thứ hai" a "3/4" may be a fraction).
        let named = weekday == 7 || startsWithCapital(index + 1)
        if isDigits(afterComma),
            let day = numericDate(afterComma, dayMonthAllowed: named) ?? dayMonthInWords(afterComma),
            case .date(let d, nil, _) = day.value, d.day != nil
        {
            return day
        }
        // "Thứ Hai (23/11)", as news writes the day of an event.
        if let written = dateInParentheses(at: position) { return self.match(value: .date(written.date, end: nil, part: nil), end: written.end) }
        // Where the day's name ends: "của" belongs to the day only before "tuần này/sau…".
        let nameEnd = position
        if key(position) == "của", key(position + 1) == "tuần" { position += 1 }
        // Written as a weekday's name (`named`): "chủ nhật", or "thứ Hai" with a capital (the ordinal is "thứ
        // hai", "thứ 2"). Only such a day takes a bare "này", "sau", "trước" ("thứ Sáu này"): after
        // an ordinal they are the rest of the sentence ("đứng thứ hai sau dầu mỏ", "thế kỷ thứ 7 trước
        // Công nguyên", "giai đoạn thứ ba này"), as is "tới" before a word ("lần thứ ba tới châu Mỹ").
        // Before a word "sau" and "trước" are prepositions even then ("thứ Ba sau Lễ Hiện Xuống").
        let ends = !isWord(position + 1)
        var weekOffset: Int?
        var direction = 1
        // The end of the context words read (none: the day alone).
        var end = position
        switch (key(position), key(position + 1)) {
        case ("tuần", "này"), ("tuần", "nay"): (weekOffset, end) = (0, position + 2)
        case ("tuần", "sau"), ("tuần", "tới"): (weekOffset, end) = (1, position + 2)
        case ("tuần", "trước"), ("tuần", "qua"): (weekOffset, end) = (-1, position + 2)
        case ("vừa", "rồi"), ("vừa", "qua"): (direction, end) = (-1, position + 2)
        case ("tới", _) where isComingWord(position) && (named || ends): end = position + 1
        case ("này", _) where named, ("sau", _) where named && ends: end = position + 1
        case ("trước", _) where named && ends: (direction, end) = (-1, position + 1)
        default:
            // "chủ nhật" alone is a day (the next one), and so is "thứ ba" after a part of the day,
            // and "thứ Năm" named after a word that introduces a day ("vào thứ Năm", "trừ thứ Bảy");
            // "thứ ba" alone is the ordinal 3, and so is "thứ Hai" after a noun ("Vương triều thứ Hai").
            guard weekday == 7 || bare || followsDayWord(index, lowerCase: !named) else { return nil }
            end = nameEnd
        }
        let offset = weekOffset.map { RelativeOffset.weekdayOfWeek(weekday, weeks: $0) }
            ?? .nearestWeekday(weekday, direction: direction >= 0 ? 1 : -1)
        guard let reference = options.referenceDate else {
            return self.match(value: .date(PartialDate(), end: nil, part: nil), end: end, offset: offset)
        }
        let target: CalendarDate
        if let weekOffset {
            target = reference.adding(days: 7 * weekOffset - (reference.weekday - 1) + (weekday - 1))
        } else if direction > 0 {
            let ahead = (weekday - reference.weekday + 7) % 7
            target = reference.adding(days: ahead == 0 ? 7 : ahead)
        } else {
            let back = (reference.weekday - weekday + 7) % 7
            target = reference.adding(days: -(back == 0 ? 7 : back))
        }
        return self.match(value: .date(PartialDate(target), end: nil, part: nil), end: end, offset: offset)
    }

    // MARK: - Clock times

    /// "15 giờ 30", "15h30", "15h", "8:45", "3 giờ chiều", "lúc ba rưỡi chiều", then optionally (with `dateAfter`) "ngày
    /// 4/1" (merged into one DATE). A bare "3 giờ" is a clock time only when introduced ("lúc 3 giờ")
    /// or followed by a part of the day or a date; otherwise it is a duration. Without `dateAfter`
    /// (a date before it takes the clock in: "hôm nay lúc 3 giờ"), no date is read after it, so that
    /// "… lúc 3 giờ ngày … lúc 3 giờ ngày …" is no chain of readings as long as the line.
    func clock(_ index: Int, introduced: Bool, dateAfter: Bool = true) -> Match? {
        guard let hourRead = smallNumber(index), hourRead.value <= 24 else { return nil }
        var hour = hourRead.value
        var minute: Int?
        var second: Int?
        var position = hourRead.end
        var decisive = introduced
        let marker = key(position)
        if marker == "h" || stream.exactKey(position) == "g", isWord(position), attached(position), isDigits(index) {
            // A bare "6g" is a clock only when introduced or followed by its minutes or a part of the
            // day ("20g00", "lúc 6g"): "Phụ lục 6g" is a label. So is a bare "1H" ("1H." of a list).
            decisive = marker == "h" && stream.exactKey(position) == "h" || introduced
            position += 1
            if isDigits(position), attached(position), let value = intValue(position) {
                // "15h30", "7h5"; not a chemical formula ("2H2O", "3H2SO4"), a code ("0H0") nor "7h5x".
                let formula = attached(position + 1) && (isWord(position + 1) || isDigits(position + 1))
                guard !formula, value < 60, digitCount(position) == 2 || (digitCount(position) == 1 && stream.exactKey(position - 1) == "h")
                else { return nil }
                minute = value
                position += 1
                decisive = true
            } else if isWord(position), attached(position) {
                return nil  // "2HCl", "8hx"
            } else if isSymbol(position, ":"), attached(position), isDigits(position + 1), attached(position + 1),
                digitCount(position + 1) == 2, let value = intValue(position + 1), value < 60
            {
                minute = value  // "8H:00"
                position += 2
                decisive = true
            }
        } else if marker == "giờ", isWord(position) {
            position += 1
            // "0 giờ" is midnight: no length of time is written so.
            if hour == 0 { decisive = true }
            // Not "01 giờ 4 lần" (every hour, four times); "9 giờ 30 ngày 5/5" is half past nine on a day.
            if let value = smallNumber(position), value.value < 60,
                !has(value.end, .duration) || key(value.end) == "phút" || key(value.end) == "ngày" && isDigits(value.end + 1),
                key(value.end) != "lần"
            {
                minute = value.value
                position = value.end
                decisive = true
                if key(position) == "phút" {
                    position += 1
                    // "lúc 10 giờ 30 phút 15 giây": the clock's seconds.
                    if introduced, let seconds = secondsAfter(position), let whole = seconds.value.intValue {
                        second = whole
                        position = seconds.end
                    }
                }
            } else if Self.isHalf(key(position)) {
                minute = 30
                position += 1
                decisive = decisive || has(position, .partOfDay)
            } else if key(position) == "kém", let value = smallNumber(position + 1), value.value < 60 {
                decisive = true
                hour -= 1
                minute = 60 - value.value
                position = value.end
                if key(position) == "phút" { position += 1 }
            }
        } else if Self.isHalf(marker), isWord(position), hour > 0, introduced || has(position + 1, .partOfDay) {
            // "lúc ba rưỡi chiều", "6 rưỡi sáng": half past, "giờ" left out as speech leaves it; only
            // "lúc" or a part of the day makes it a clock ("ba rưỡi" alone is 3.5).
            minute = 30
            position += 1
            decisive = true
        } else if isSymbol(position, ":"), attached(position), isDigits(position + 1), attached(position + 1),
            digitCount(position + 1) == 2, let value = intValue(position + 1), value < 60, isDigits(index),
            !followsPlusSign(index)
        {
            minute = value
            position += 2
            decisive = true
            if isSymbol(position, ":"), attached(position), isDigits(position + 1), attached(position + 1) {
                // Seconds ("23:59:59"), kept when they are two digits below 60.
                if digitCount(position + 1) == 2, let value = intValue(position + 1), value < 60 { second = value }
                position += 2
            }
            // "1:50.000" is a map's scale, not a clock.
            if isSymbol(position, "."), attached(position), isDigits(position + 1), attached(position + 1) { return nil }
        } else {
            return nil
        }
        if !introduced, marker == ":", let minutes = minute, !has(position, .partOfDay), key(position) != "ngày",
            let start = lex(index)?.start
        {
            // "Back to December" – 4:54: a track's length in a listing (minutes and seconds; with a
            // third part it would be hours).
            if position == index + 3, Self.isTrackLength(stream.bytes, from: start, to: lex(position - 1)!.end) {
                return self.match(value: .duration(ExactDecimal(hour * 60 + minutes), unit: .second), end: position)
            }
        }
        // "kéo dài 5 giờ 41 phút", "chỉ mất 14 giờ 38 phút", "trong 4 giờ 3 phút": after a word of
        // lasting, hours and minutes are a duration (in minutes), not a time of day.
        // Not "mất 15 giờ 00" nor a clock of a day ("trong 9 giờ 30 phút ngày 5/3").
        // "về đích sau 2 giờ 28 phút 15 giây": seconds in words make a length of time, no clock.
        if !introduced, marker == "giờ", let minutes = minute, key(position - 1) == "phút", let seconds = secondsAfter(position) {
            return self.match(value: .duration(ExactDecimal(hour * 3600 + minutes * 60) + seconds.value, unit: .second), end: seconds.end)
        }
        if !introduced, marker == "giờ", let minutes = minute, minutes > 0, !has(position, .partOfDay),
            !key(isSymbol(position, ",") ? position + 1 : position).isAny(of: "ngày", "hôm"),
            let start = lex(index)?.start, Self.followsDurationWord(stream.bytes, start)
        {
            return self.match(value: .duration(ExactDecimal(hour * 60 + minutes), unit: .minute), end: position)
        }
        // "kéo dài 2h", "mất khoảng 1h30", "chờ trong 3h": the news' "h" after a word of lasting is
        // hours of it, as "giờ" is; "1h30 phút" takes its "phút". Not a clock of a part of the day
        // or of a day ("trong 2h sáng", "trong 9h30 ngày 5/3"), nor midnight ("0h").
        if !introduced, marker == "h", stream.exactKey(hourRead.end) == "h", hour > 0, !has(position, .partOfDay),
            !key(isSymbol(position, ",") ? position + 1 : position).isAny(of: "ngày", "hôm"),
            let start = lex(index)?.start, Self.followsDurationWord(stream.bytes, start)
        {
            guard let minutes = minute else { return self.match(value: .duration(ExactDecimal(hour), unit: .hour), end: position) }
            if key(position) == "phút", isWord(position) { position += 1 }
            return self.match(value: .duration(ExactDecimal(hour * 60 + minutes), unit: .minute), end: position)
        }
        var dayOffset: Int?
        var afterPart = false
        var dayOfPart: Match?
        if key(position) == "rạng", key(position + 1) == "sáng" { position += 1 }  // "4h rạng sáng 22/11"
        if has(position, .partOfDay), let part = Vocabulary.partsOfDay[key(position)], isWord(position) {
            hour = Self.hour(hour, in: part)
            // The part of the day may begin the day's date: "5h sáng mai", "19h30 tối thứ Bảy", "20 giờ 15
            // tối 3/9", "15h chiều thứ Sáu (28/11)".
            if dateAfter, let day = dayPartDate(position), case .date(let calendar, nil, _) = day.value, calendar.hour == nil {
                dayOfPart = day
            }
            position += 1
            decisive = true
            afterPart = true
            if key(position) == "nay" {  // "8 giờ tối nay"
                dayOffset = 0
                position += 1
            }
        } else if hour <= 12, let (afternoon, end) = meridiem(position) {
            // "lúc 10:52 p.m.", "9:00 PM": a 12-hour clock, as translated English text writes it.
            hour = afternoon ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour)
            position = end
            decisive = true
        }
        guard hour < 24 || (hour == 24 && (minute ?? 0) == 0) else { return nil }
        var time = PartialDate(hour: hour, minute: minute ?? 0, second: second)
        var afterDate = position
        if isSymbol(afterDate, ",") { afterDate += 1 }
        var day = dayOfPart
        // "19h30 thứ Bảy (23/11)", "20h Chủ nhật": a weekday after the clock begins its date, as "ngày"
        // does; capitalised, since "giờ thứ hai" may count hours; not every week's ("16h00 thứ Ba hằng
        // tuần" is a time of every Tuesday, no date).
        let named = key(afterDate) == "thứ" && startsWithCapital(afterDate + 1)
            || key(afterDate) == "chủ" && key(afterDate + 1) == "nhật"
        let everyWeek = key(afterDate + 2).isAny(of: "hằng", "hàng", "mỗi") && key(afterDate + 3) == "tuần"
        let weekdayNext = named && !everyWeek
        if day == nil, dateAfter, weekdayNext {
            day = weekday(afterDate, bare: true)
        } else if day == nil, dateAfter,
            key(afterDate) == "ngày" || has(afterDate, .partOfDay) || key(afterDate) == "hôm"
        {
            day = date(afterDate)
        }
        // A relative day takes the clock without a reference date too ("8 giờ sáng hôm qua": T08:00, −1 day).
        if let day, case .date(let calendar, nil, _) = day.value, calendar.hour == nil, calendar.hasDate || day.offset?.namesDay == true {
            time.year = calendar.year
            time.month = calendar.month
            time.day = calendar.day
            return self.match(value: .date(time, end: nil, part: nil), end: day.end, offset: day.offset)
        }
        // "lượng mưa 24h qua", "100 mm/24h": a day's length, as "24 giờ" is; the end of a day is
        // "lúc 24 giờ" or "24h ngày 31/12" (above).
        if hour == 24, minute == nil, !introduced, !afterPart { return self.match(value: .duration(ExactDecimal(24), unit: .hour), end: position) }
        guard decisive else { return nil }
        if let dayOffset, let today = relative(.day, dayOffset, end: position), case .date(let day, _, _) = today.value {
            time.year = day.year
            time.month = day.month
            time.day = day.day
            return self.match(value: .date(time, end: nil, part: nil), end: position, offset: today.offset)
        }
        return self.match(value: .time(time), end: position)
    }

    /// Whether a "+" is glued before the lexeme at `index`: "+07:00" is a time zone's offset (the
    /// signatures of legal documents: "ký lúc 03/02/2026 17:20:13 +07:00"), not a clock.
    func followsPlusSign(_ index: Int) -> Bool {
        guard let lexeme = lex(index), !lexeme.spaceBefore || index == 0 else { return false }
        if index > 0 { return isSymbol(index - 1, "+") }
        // The scanner starts its stream at the candidate: what touches it is read from the bytes.
        return lexeme.start > 0 && stream.bytes[lexeme.start - 1] == UInt8(ascii: "+")
    }

    /// Whether the word at `index` starts with an ASCII capital (the weekdays' names Hai, Ba, Tư, Năm,
    /// Sáu, Bảy all do).
    private func startsWithCapital(_ index: Int) -> Bool {
        guard let lexeme = lex(index), lexeme.kind == .word else { return false }
        return stream.bytes[lexeme.start] &- UInt8(ascii: "A") < 26
    }

    /// The 24-hour hour of `hour` on a 12-hour clock in a part of the day: "2 giờ chiều" 14, "7 giờ
    /// tối" 19, "1 giờ trưa" 13 but "11 giờ trưa" 11, "11 giờ đêm" 23 but "2 giờ đêm" 2, "12 giờ đêm" 0.
    static func hour(_ hour: Int, in part: NumericExpression.PeriodPart) -> Int {
        switch part {
        case .noon: (1...5).contains(hour) ? hour + 12 : hour
        case .afternoon, .evening: (1...11).contains(hour) ? hour + 12 : hour
        case .night: (6...11).contains(hour) ? hour + 12 : hour == 12 ? 0 : hour
        case .morning, .start, .middle, .end: hour
        }
    }
}
