/// Where a relative date lies from the reference date, as the readers build and test it: a value
/// until an expression is emitted, where its ``description`` becomes
/// ``NumericExpression/relativeOffset`` ("-1 day", "+1 week, weekday 3", "next month 3").
enum RelativeOffset: Hashable {
    /// Whole units from the reference date's: "hôm qua" -1 day, "năm sau" +1 year.
    case units(Int, NumericExpression.DurationUnit)
    /// A weekday (1 Monday … 7 Sunday) of the week `weeks` from the reference date's: "thứ Ba tuần
    /// sau" +1 week, weekday 2.
    case weekdayOfWeek(Int, weeks: Int)
    /// The nearest weekday after (`direction` 1) or before (-1) the reference date: "chủ nhật" next
    /// weekday 7, "thứ Hai vừa qua" last weekday 1.
    case nearestWeekday(Int, direction: Int)
    /// The nearest occurrence of a month after (1), before (-1) or in (0) the reference date's
    /// year: "tháng 3 tới" next month 3.
    case nearestMonth(Int, direction: Int)

    /// Whether the offset places a day, not a longer period.
    var namesDay: Bool {
        switch self {
        case .units(_, let unit): unit == .day
        case .weekdayOfWeek, .nearestWeekday: true
        case .nearestMonth: false
        }
    }

    /// N of "+N year": the years from the reference date's, for an offset in years.
    var years: Int? {
        guard case .units(let count, .year) = self else { return nil }
        return count
    }
}

extension RelativeOffset: CustomStringConvertible {
    /// The offset as ``NumericExpression/relativeOffset`` reports it.
    var description: String {
        switch self {
        case .units(let count, let unit): "\(Self.signed(count)) \(unit.rawValue)"
        case .weekdayOfWeek(let weekday, let weeks): "\(Self.signed(weeks)) week, weekday \(weekday)"
        case .nearestWeekday(let weekday, let direction): "\(direction >= 0 ? "next" : "last") weekday \(weekday)"
        case .nearestMonth(let month, let direction): "\(direction > 0 ? "next" : direction < 0 ? "last" : "this") month \(month)"
        }
    }

    private static func signed(_ count: Int) -> String { count >= 0 ? "+\(count)" : "\(count)" }
}
