import VietTokenizer

extension Recognizer {
    // MARK: - Amounts per something

    /// The `match` of an amount (money, a quantity or a percentage) extended by what it is per,
    /// when a "/" glued to it begins one: "360.000 đồng/tháng" (per month), "1.864 đồng/kWh",
    /// "200.000 đồng/hồ sơ", "5.000 đồng/01 km/01 người", "6,5%/năm", "40 giờ/tháng"; or "mỗi" (each)
    /// and one thing: "5 triệu đồng mỗi tháng", "75 USD mỗi năm", "3% mỗi năm". Other matches, and
    /// amounts with neither after them, come back as they are.
    func withPer(_ match: Match) -> Match {
        guard let (timeOnly, season) = Self.perKind(of: match) else { return match }
        guard isSymbol(match.end, "/"), attached(match.end) else {
            let afterNoun = withPerAfterNoun(match)
            return afterNoun.per == nil ? withPerEach(match, timeOnly: timeOnly) : afterNoun
        }
        var parts: [String] = []
        var position = match.end
        // "đồng/người/tháng": at most three, each after a glued "/".
        while parts.count < 3, isSymbol(position, "/"), attached(position),
            let part = perPart(position + 1, timeOnly: timeOnly) ?? (season ? cropSeason(position + 1) : nil)
        {
            parts.append(part.text)
            position = part.end
        }
        guard !parts.isEmpty else { return match }
        return Self.extending(match, per: parts.joined(separator: "/"), to: position)
    }

    /// What an amount may be per: anything (money, a quantity with a simple unit, a duration), only
    /// a time (a percentage), or a time or a crop season (a quantity whose compound unit already took
    /// its "/", "km/h": a yield "60 tạ/ha/năm", "6,5 tấn/ha/vụ"); nil when nothing is per.
    private static func perKind(of match: Match) -> (timeOnly: Bool, season: Bool)? {
        switch match.payload {
        case .percent: return (true, false)
        case .stored:
            switch match.label {
            case .money: return (false, false)
            case .quantity:
                guard case .quantity(_, let unit) = match.value, !unit.utf8.contains(UInt8(ascii: "/")) else { return (true, true) }
                return (false, false)
            // "không quá 40 giờ/tháng", "10-15 phút/chuyến", "5 ngày/tuần".
            case .duration: return (false, false)
            case .percent: return (true, false)
            default: return nil
            }
        default: return nil
        }
    }

    /// `match` with "mỗi" (each) and what it is per after it, spaced: "5 triệu đồng mỗi tháng" (per
    /// month, in the span), "2 tấn mỗi ngày", "50.000 đồng mỗi người", "40 giờ mỗi tuần"; or with
    /// "một" (one) and a word of time, or a unit or gold's "lượng" or "chỉ" after money: "15 triệu
    /// đồng một tháng", "8 giờ một ngày", "7% một năm", "200.000 đồng một lít", "85 triệu đồng một
    /// lượng" (every such amount of the corpora is a rate). Not a length or point of time ("tăng 5%
    /// một năm sau", "một năm qua", "một ngày 2 lần"). Or "trên" (on) and one thing: "7,70 USD trên
    /// 1 kg".
    private func withPerEach(_ match: Match, timeOnly: Bool) -> Match {
        let each = match.end
        // "7,70 USD trên 1 kg", "500.000 đồng trên một m²", "31.521 euro trên một người": "on one", per
        // it (not over one: "trên 1 kg" alone is a bound, but a bound right after an amount would be
        // a second amount). Only money is per a noun: "tiến sâu 600 km trên một chiến tuyến" (on a front).
        if isWord(each), !attached(each), key(each) == "trên", !attached(each + 1), isDigits(each + 1) || stream.exactKey(each + 1) == "một",
            let part = perPart(each + 1, timeOnly: timeOnly), part.end > each + 2,
            Self.isMoney(match) || has(each + 2, .duration) || unit(each + 2) != nil
        {
            return Self.extending(match, per: part.text, to: part.end)
        }
        guard isWord(each), !attached(each), isWord(each + 1), !attached(each + 1) else { return match }
        if key(each) == "mỗi" {
            guard let part = perPart(each + 1, timeOnly: timeOnly) else { return match }
            return Self.extending(match, per: part.text, to: part.end)
        }
        guard stream.exactKey(each) == "một" else { return match }
        if let part = perPart(each + 1, timeOnly: true) {
            guard !isDigits(part.end), !(isWord(part.end) && Vocabulary.afterLengthOfTime.contains(key(part.end))) else { return match }
            // "2 năm một tháng" is two years and a month: a length of time is per a longer one only.
            if case .duration(_, let unit) = match.value, let per = NumericExpression.DurationUnit(rawValue: part.text),
                let perRank = Self.longestFirst.firstIndex(of: per), let unitRank = Self.longestFirst.firstIndex(of: unit), perRank >= unitRank
            {
                return match
            }
            return Self.extending(match, per: part.text, to: part.end)
        }
        guard case .money = match.value else { return match }
        // Gold's units, which "/" gives as written too ("85 triệu đồng một lượng").
        if key(each + 1).isAny(of: "lượng", "chỉ") { return Self.extending(match, per: stream.text(each + 1), to: each + 2) }
        guard let unit = unit(each + 1) else { return match }
        return Self.extending(match, per: unit.symbol, to: unit.end)
    }

    /// Whether `match` is an amount of money (the only amount ``withPerEach(_:timeOnly:)`` lets be
    /// per a noun after "trên").
    private static func isMoney(_ match: Match) -> Bool {
        if case .money = match.value { return true }
        return false
    }

    /// The units of time, the longest first (their declaration order; the tests of "một" pin it).
    private static let longestFirst = NumericExpression.DurationUnit.allCases

    /// `match` per `per`, its span reaching lexeme `end`.
    private static func extending(_ match: Match, per: String, to end: Int) -> Match {
        var extended = match
        extended.per = per
        extended.end = end
        return extended
    }

    /// `match`, a quantity, with what it is of and the time it is per: "25 lít sữa/ngày" (litres of
    /// milk a day: per day, the noun in the span). Only a word of time after the noun's "/", since a
    /// noun before any other "/" may begin a rate of its own ("5 kg gạo/người" is left as it is).
    private func withPerAfterNoun(_ match: Match) -> Match {
        let noun = match.end
        guard isSymbol(noun + 1, "/"), attached(noun + 1), isWord(noun), !attached(noun), case .quantity = match.value,
            stream.text(noun).unicodeScalars.first?.properties.isLowercase == true, !has(noun, .digit), !has(noun, .duration),
            let part = perPart(noun + 2, timeOnly: true)
        else { return match }
        return Self.extending(match, per: part.text, to: part.end)
    }

    /// One thing an amount is per, from lexeme `index` (after a "/"): a word of time as its
    /// duration unit ("tháng" → "month"; "năm học", "ngày công" as written), a unit of measure as
    /// its symbol ("kWh", "tấn" → "t"), else a noun as written, one syllable or a word of the
    /// shipped lexicon ("hồ sơ", "hợp đồng"). "01 km", "1 trang", "một người" are per one of it.
    /// Nil for anything else: a count other than one ("đồng/100 kg"), a date ("USD/năm 2020"), a
    /// capitalised name; only words of time when `timeOnly` (a percentage's "%/năm").
    private func perPart(_ index: Int, timeOnly: Bool) -> (text: String, end: Int)? {
        // "/ người" may be spaced; an abbreviation after a spaced "/" ("12 hải lý/ DLM:") is a label.
        let spaced = !attached(index)
        var position = index
        if isDigits(position) || key(position) == "một", let read = number(position), !read.invalid, value(of: read) == ExactDecimal(1),
            !attached(read.end)
        {
            position = read.end
        }
        guard isWord(position) else { return nil }
        let word = key(position)
        // "m3/ngđ": the waterworks' "ngày đêm", a day.
        if word == "ngđ" { return (NumericExpression.DurationUnit.day.rawValue, position + 1) }
        if let unit = Vocabulary.durations[word] {
            let next = key(position + 1)
            // "USD/năm 2020", "đồng/tháng 5": a date follows, not a rate.
            if isDigits(position + 1) || roman(position + 1) != nil { return nil }
            if isWord(position + 1), !attached(position + 1) {
                if word == "ngày", next == "đêm" { return (NumericExpression.DurationUnit.day.rawValue, position + 2) }
                if next.isAny(of: "học", "công") { return (stream.text(position) + " " + stream.text(position + 1), position + 2) }
            }
            return (unit.rawValue, position + 1)
        }
        if timeOnly { return nil }
        if let unit = unit(position) { return (unit.symbol, unit.end) }
        // "5.862,08 ha/tổng diện tích": a share of a total, not a rate; "6 tháng/hằng năm/đột xuất": a
        // list of how often.
        guard isPerNoun(position, spaced: spaced), !word.isAny(of: "tổng", "hằng", "hàng") else { return nil }
        let end = lexiconWordEnd(from: position)
        return ((position..<end).map { stream.text($0) }.joined(separator: " "), end)
    }

    /// "vụ" (a crop season) at `index`, glued to its "/" and not a season's number ("vụ 2"), as a
    /// part of what a yield is per.
    private func cropSeason(_ index: Int) -> (text: String, end: Int)? {
        guard isWord(index), attached(index), stream.exactKey(index) == "vụ", !isDigits(index + 1) else { return nil }
        return ("vụ", index + 1)
    }

    /// The end of the longest word of the shipped lexicon that starts at the word at `index`: up to
    /// three syllables, each lower case and spaced from the last ("hồ sơ", "phụ nữ"); one at least.
    func lexiconWordEnd(from index: Int) -> Int {
        var syllables = [stream.text(index)]
        var end = index + 1
        for next in index + 1..<index + 3 {
            guard isWord(next), !attached(next), isPerNoun(next, spaced: true) else { break }
            syllables.append(stream.text(next))
            if Lexicon.shipped.contains(syllables.joined(separator: " ")) { end = next + 1 }
        }
        return end
    }

    /// A word that may name what an amount is per: lower case ("người", "hộ") or, glued to its
    /// "/" (not `spaced`), an upper-case abbreviation ("BTU", "HTX"); not a capitalised name.
    private func isPerNoun(_ index: Int, spaced: Bool) -> Bool {
        let scalars = stream.text(index).unicodeScalars
        guard let first = scalars.first else { return false }
        if first.properties.isLowercase { return true }
        return !spaced && scalars.count > 1 && scalars.allSatisfy { $0.properties.isUppercase }
    }
}
