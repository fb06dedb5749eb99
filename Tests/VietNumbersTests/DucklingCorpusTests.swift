import Foundation
import Testing

@testable import VietNumbers

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

    /// Time examples are reported, not required: prints the pass rate and the failures.
    @Test func timeExamplesPassRate() throws {
        let examples = try #require(DucklingCorpus.examples).filter { $0.dimension == "time" }
        // The time corpus's own reference time (contexts.time.reference_time): 2017-02-02, a Thursday.
        let parser = NumberParser(options: .init(referenceDate: DucklingCorpus.timeReference))
        var passed = 0
        var failures: [String] = []
        for example in examples {
            guard let expected = example.expectedTime else { continue }
            if let found = try? parser.parse(example.text), DucklingCorpus.timeMatches(found, expected) {
                passed += 1
            } else {
                failures.append("\(example.text) ⇒ \(parsed(example.text, parser)) (Duckling \(expected))")
            }
        }
        print("duckling time: \(passed)/\(examples.count) pass")
        for failure in failures { print("  time miss: \(failure)") }
        #expect(passed > 0)
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

    struct TimeExpectation: Sendable, CustomStringConvertible {
        let value: String
        let grain: String
        var description: String { "\(value) grain \(grain)" }
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

        /// Duckling's time value "2013-02-12T04:30:00.000-02:00" with its grain, when it is a single value.
        var expectedTime: TimeExpectation? {
            guard expected["type"] as? String == "value", let value = expected["value"] as? String,
                let grain = expected["grain"] as? String
            else { return nil }
            return TimeExpectation(value: value, grain: grain)
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

    /// A time example passes when our date/time carries the same calendar parts at Duckling's grain
    /// (an unknown year counts as matching).
    static func timeMatches(_ found: NumericExpression, _ expected: TimeExpectation) -> Bool {
        guard let foundDate = found.date else { return false }
        let value = Array(expected.value.utf8)
        func field(_ from: Int, _ length: Int) -> Int? { Int(String(decoding: value[from..<from + length], as: UTF8.self)) }
        guard value.count >= 16, let year = field(0, 4), let month = field(5, 2), let day = field(8, 2),
            let hour = field(11, 2), let minute = field(14, 2)
        else { return false }
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
