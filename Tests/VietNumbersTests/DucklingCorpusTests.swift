import Foundation
import Testing

@testable import VietNumbers
import VietTestSupport

/// Duckling's Vietnamese corpus (../shared/data/duckling-vi/vi_corpus.json, BSD-3, never copied here)
/// as an external suite: every numeral, ordinal and amount-of-money example must parse as one whole
/// expression with Duckling's value, except the divergences listed below with their reasons.
@Suite(.enabled(if: DucklingCorpus.examples != nil, "duckling-vi corpus absent (../shared/data/duckling-vi)"))
struct DucklingCorpusTests {
    /// Examples where Duckling's expected output is not what a Vietnamese reader means, and what we give instead.
    static let divergences: [String: (ours: String, reason: String)] = [
        "mười xen": ("MONEY value=0.1 unit=USD", "Duckling keeps 'cent' as a unit; we convert cents to the ISO 4217 currency (USD)"),
        "mười xu": ("MONEY value=0.1 unit=USD", "as 'mười xen': a cent is a hundredth of a dollar, not a currency"),
        "£9": ("MONEY value=9 unit=GBP", "Duckling leaves the pound sign '£'; ISO 4217 is GBP"),
        "chín pounds": ("MONEY value=9 unit=GBP", "Duckling leaves '£'; ISO 4217 is GBP"),
    ]

    @Test func numerals() throws {
        try check(dimension: "numeral")
    }

    @Test func ordinals() throws {
        try check(dimension: "ordinal")
    }

    @Test func amountsOfMoney() throws {
        try check(dimension: "amount_of_money")
    }

    /// Time examples where we read the words differently from Duckling, or cannot give its value: what
    /// we give instead (the start of our summary; "error" when the phrase is not one expression) and why.
    static let timeDivergences: [String: (ours: String, reason: String)] = {
        let noInstant = "Duckling resolves it against its reference instant (03:55); our reference is a calendar date"
        let duration =
            "a count of units before qua/tới/vừa rồi/tiếp theo is a DURATION in our reports ('trong 15 năm qua' "
            + "→ '15 năm', Tests/Fixtures/README.md); Duckling resolves the phrase to an interval of dates"
        let season = "Duckling's seasons are astronomical (21 June – 23 September); Vietnamese seasons have no fixed dates"
        var table: [String: (ours: String, reason: String)] = [
            "bây giờ": ("error", noInstant), "ngay bây giờ": ("error", noInstant), "ngay lúc này": ("error", noInstant),
            "thứ 2": ("ORDINAL value=2", "a bare 'thứ hai' is far more often 'the second' in text; it is a weekday with a week, "
                + "a date, tới/này/sau or a part of the day ('sáng thứ Hai')"),
            "7/3": ("RATIO numerator=7 denominator=3", "a bare D/M is a ratio unless a word introduces a date ('ngày 7/3', 'Chiều 7/3')"),
            "2:30": ("TIME value=T02:30", "we keep the clock as written; Duckling moves it to the next 2:30 after its reference instant (14:30)"),
            "hai giờ rưỡi": ("DURATION value=2.5 unit=hour", "without 'lúc' or a part of the day 'hai giờ rưỡi' is also two and a half hours"),
            "4pm CET": ("error", "English clock notation with a time zone, outside Vietnamese text"),
            "mùa hè này": ("error", season), "mùa hè năm nay": ("error", season), "mùa đông này": ("error", season),
            "sau bữa trưa": ("error", "'after lunch' has no calendar value; Duckling's 13:00–17:00 is a convention"),
        ]
        for text in ["thứ hai", "thứ 3", "thứ ba"] { table[text] = ("ORDINAL", table["thứ 2"]!.reason) }
        table["07/03"] = ("RATIO numerator=7 denominator=3", table["7/3"]!.reason)
        for text in [
            "2 ngày vừa rồi", "2 ngày vừa qua", "3 ngày tới", "3 ngày tiếp theo", "2 tháng vừa rồi", "2 tháng qua", "3 tháng tới",
            "ba tháng tiếp theo", "2 năm vừa rồi", "3 năm tới", "3 năm tiếp theo",
        ] {
            table[text] = ("error", duration)
        }
        for text in [
            "2 giây vừa rồi", "3 giây tới", "3 giây tiếp theo", "3 s tiếp theo", "2 phút vừa rồi", "3 phút tới", "3 phút tiếp theo",
            "một tiếng vừa rồi", "1 giờ vừa qua", "3 tiếng tiếp theo", "3 giờ tới",
        ] {
            table[text] = ("error", duration + "; " + noInstant)
        }
        return table
    }()

    /// Every time example, points and intervals, against the corpus's reference date (2017-02-02, a
    /// Thursday): Duckling's value at its grain, or a listed divergence.
    @Test func timeExamples() throws {
        let examples = try #require(DucklingCorpus.examples).filter { $0.dimension == "time" }
        let parser = NumberParser(options: .init(referenceDate: DucklingCorpus.timeReference))
        var passed = 0
        for example in examples {
            let ours = parsed(example.text, parser)
            if let divergence = Self.timeDivergences[example.text] {
                #expect(ours.hasPrefix(divergence.ours), "\(example.text): \(ours); listed as \(divergence.ours): \(divergence.reason)")
                continue
            }
            let expected = try #require(example.expectedTime, "\(example.text): no Duckling value")
            let found = try? parser.parse(example.text)
            let matches = found.map { DucklingCorpus.timeMatches($0, expected) } ?? false
            #expect(matches, "\(example.text) ⇒ \(ours) (Duckling \(expected))")
            if matches { passed += 1 }
        }
        print("duckling time: \(passed)/\(examples.count) equal, \(examples.count - passed) listed divergences or failures")
    }

    private func check(dimension: String) throws {
        let examples = try #require(DucklingCorpus.examples).filter { $0.dimension == dimension }
        #expect(!examples.isEmpty)
        var passed = 0
        for example in examples {
            let ours = parsed(example.text)
            if let divergence = Self.divergences[example.text] {
                #expect(ours == divergence.ours, "\(example.text): \(divergence.reason)")
                continue
            }
            var accepted = DucklingCorpus.alternatives(example.expectedSummary)
            if accepted[0].hasPrefix("RANGE") {
                // Duckling drops "khoảng"/"xấp xỉ" before an interval; we keep it as the qualifier.
                accepted.append(accepted[0] + " qualifier=approx")
            }
            #expect(accepted.contains(ours), "\(example.text): Duckling \(accepted)")
            if accepted.contains(ours) { passed += 1 }
        }
        print("duckling \(dimension): \(passed)/\(examples.count) equal, \(examples.count - passed) listed divergences or failures")
    }
}

/// The corpus file read with Foundation's JSON parser, and Duckling values turned into our summaries.
enum DucklingCorpus {
    struct Example: Sendable {
        let dimension: String
        let text: String
        let expectedSummary: String
        let expectedTime: TimeExpectation?
    }

    /// A Duckling time value ("2013-02-12T04:30:00.000-02:00") with its grain.
    struct TimePoint: Sendable, CustomStringConvertible {
        let value: String
        let grain: String
        var description: String { "\(value) grain \(grain)" }

        /// The calendar and clock fields of the value.
        var fields: (year: Int, month: Int, day: Int, hour: Int, minute: Int)? {
            let bytes = Array(value.utf8)
            func field(_ from: Int, _ length: Int) -> Int? { Int(String(decoding: bytes[from..<from + length], as: UTF8.self)) }
            guard bytes.count >= 16, let year = field(0, 4), let month = field(5, 2), let day = field(8, 2),
                let hour = field(11, 2), let minute = field(14, 2)
            else { return nil }
            return (year, month, day, hour, minute)
        }
    }

    /// A single time value, or an interval whose end is exclusive (Duckling's "to").
    enum TimeExpectation: Sendable, CustomStringConvertible {
        case point(TimePoint)
        case interval(from: TimePoint, to: TimePoint)

        var description: String {
            switch self {
            case .point(let point): point.description
            case .interval(let from, let to): "\(from) to \(to)"
            }
        }
    }

    /// Reads one corpus entry.
    struct Entry {
        let dimension: String
        let expected: [String: Any]

        /// Our summary for Duckling's expected value: numbers exact, "$" read as USD (Vietnamese "đô"
        /// is the US dollar), intervals as RANGE or as a qualified single value.
        var expectedSummary: String {
            func decimal(_ any: Any?) -> String {
                if let number = any as? NSNumber { return ExactDecimal(number.stringValue).map(\.description) ?? "?" }
                return "?"
            }
            func currency(_ any: Any?) -> String {
                let unit = any as? String ?? "?"
                return unit == "$" ? "USD" : unit
            }
            switch dimension {
            case "numeral": return "NUMBER value=\(decimal(expected["value"]))"
            case "ordinal": return "ORDINAL value=\(decimal(expected["value"]))"
            default:
                if expected["type"] as? String == "interval" {
                    let from = expected["from"] as? [String: Any]
                    let to = expected["to"] as? [String: Any]
                    if let from, let to {
                        return "RANGE from=\(decimal(from["value"])) to=\(decimal(to["value"])) unit=\(currency(to["unit"]))"
                    }
                    if let to {
                        return "MONEY value=\(decimal(to["value"])) unit=\(currency(to["unit"])) qualifier=under|at_most"
                    }
                    if let from {
                        return "MONEY value=\(decimal(from["value"])) unit=\(currency(from["unit"])) qualifier=over|at_least"
                    }
                }
                return "MONEY value=\(decimal(expected["value"])) unit=\(currency(expected["unit"]))"
            }
        }

        /// Duckling's time value "2013-02-12T04:30:00.000-02:00" with its grain, or its interval.
        var expectedTime: TimeExpectation? {
            func point(_ entry: [String: Any]?) -> TimePoint? {
                guard let value = entry?["value"] as? String, let grain = entry?["grain"] as? String else { return nil }
                return TimePoint(value: value, grain: grain)
            }
            switch expected["type"] as? String {
            case "value": return point(expected).map(TimeExpectation.point)
            case "interval":
                guard let from = point(expected["from"] as? [String: Any]), let to = point(expected["to"] as? [String: Any]) else {
                    return nil
                }
                return .interval(from: from, to: to)
            default: return nil
            }
        }
    }

    /// "… qualifier=under|at_most" → both spellings: a one-sided Duckling interval is our qualifier.
    static func alternatives(_ summary: String) -> [String] {
        guard let range = summary.range(of: "qualifier=") else { return [summary] }
        let head = summary[..<range.upperBound]
        return summary[range.upperBound...].split(separator: "|").map { String(head + $0) }
    }

    static let timeReference: CalendarDate? = {
        guard let url = SharedData.url("data/duckling-vi/vi_corpus.json"), let data = try? Data(contentsOf: url),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let contexts = root["contexts"] as? [String: Any], let time = contexts["time"] as? [String: Any],
            let reference = time["reference_time"] as? [String: Any], let tuple = reference["datetime_tuple"] as? [Int],
            tuple.count >= 3
        else { return nil }
        return CalendarDate(year: tuple[0], month: tuple[1], day: tuple[2])
    }()

    static let examples: [Example]? = {
        guard let url = SharedData.url("data/duckling-vi/vi_corpus.json"), let data = try? Data(contentsOf: url),
            let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let list = root["examples"] as? [[String: Any]]
        else { return nil }
        return list.compactMap { entry in
            guard let dimension = entry["dimension"] as? String, let text = entry["text"] as? String,
                let expected = entry["expected"] as? [String: Any]
            else { return nil }
            let entry = Entry(dimension: dimension, expected: expected)
            return Example(dimension: dimension, text: text, expectedSummary: entry.expectedSummary, expectedTime: entry.expectedTime)
        }
    }()

    /// Duckling's hours for a part of the day ("tối nay" is 18:00 to midnight), end exclusive.
    static let partOfDayHours: [NumericExpression.PeriodPart: (from: Int, to: Int)] = [
        .morning: (4, 12), .noon: (12, 14), .afternoon: (12, 19), .evening: (18, 24), .night: (18, 24),
    ]

    /// A time example passes when our date/time carries the same calendar parts at Duckling's grain
    /// (an unknown year counts as matching); an interval, when our date is that part of the day.
    static func timeMatches(_ found: NumericExpression, _ expected: TimeExpectation) -> Bool {
        switch expected {
        case .point(let point):
            return timeMatches(found, point)
        case .interval(let from, let to):
            guard case .date(let date, nil, let part?) = found.typedValue, let hours = partOfDayHours[part],
                let start = from.fields, let end = to.fields,
                let day = CalendarDate(year: start.year, month: start.month, day: start.day)
            else { return false }
            let endDay = day.adding(days: hours.to / 24)
            return date.year == start.year && date.month == start.month && date.day == start.day && date.hour == nil
                && start.hour == hours.from && end.hour == hours.to % 24
                && (end.year, end.month, end.day) == (endDay.year, endDay.month, endDay.day)
        }
    }

    private static func timeMatches(_ found: NumericExpression, _ expected: TimePoint) -> Bool {
        guard let foundDate = found.date, let (year, month, day, hour, minute) = expected.fields else { return false }
        // Our partial dates leave an unwritten year unknown ("tháng 6" → XXXX-06) where Duckling picks the
        // next such month; an unknown year is consistent with any year.
        var date = foundDate
        if date.year == nil, date.hasDate { date.year = year }
        switch expected.grain {
        case "year": return date.year == year && date.month == nil && date.quarter == nil
        case "quarter": return date.year == year && date.quarter == (month - 1) / 3 + 1
        case "month": return date.year == year && date.month == month && date.day == nil
        case "week":
            let (isoYear, week) = Recognizer.isoWeek(CalendarDate(year: year, month: month, day: day) ?? CalendarDate(daysSinceEpoch: 0))
            return date.year == isoYear && date.week == week
        case "day": return date.year == year && date.month == month && date.day == day && date.hour == nil
        case "hour": return (date.year == nil || date.year == year && date.month == month && date.day == day) && date.hour == hour
        default:
            return (date.year == nil || date.year == year && date.month == month && date.day == day) && date.hour == hour
                && date.minute == minute
        }
    }
}
