import VietText

/// A date, period or time of day of which some parts may be unknown, written as ISO-8601 with `X`
/// for the unknown parts, as GUIDE §3 requires.
///
/// ```swift
/// PartialDate(month: 1, day: 14).description            // "XXXX-01-14"
/// PartialDate(year: 2023, month: 6).description         // "2023-06"
/// PartialDate(year: 2023, quarter: 1).description       // "2023-Q1"
/// PartialDate(year: 2020, month: 11, day: 13, hour: 15, minute: 30).description  // "2020-11-13T15:30"
/// PartialDate(hour: 15, minute: 30).description         // "T15:30"
/// PartialDate(hour: 23, minute: 59, second: 59).description  // "T23:59:59"
/// PartialDate(year: -35).description                    // "-0035" (36 TCN)
/// ```
public struct PartialDate: Sendable, Hashable, CustomStringConvertible {
    /// The year, astronomical before Christ as in ISO 8601: 1 BC is 0, 36 BC (36 TCN) is -35.
    public var year: Int?
    public var quarter: Int?
    public var month: Int?
    /// ISO week of the year (1…53), for "tuần sau" and the like.
    public var week: Int?
    public var day: Int?
    public var hour: Int?
    public var minute: Int?
    /// The seconds of a clock written with them ("23:59:59"); nil for most times.
    public var second: Int?

    public init(
        year: Int? = nil, quarter: Int? = nil, month: Int? = nil, week: Int? = nil, day: Int? = nil,
        hour: Int? = nil, minute: Int? = nil, second: Int? = nil
    ) {
        self.year = year
        self.quarter = quarter
        self.month = month
        self.week = week
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The whole day of a calendar date.
    public init(_ date: CalendarDate) {
        self.init(year: date.year, month: date.month, day: date.day)
    }

    /// True when the value carries a calendar part (not only a time of day).
    public var hasDate: Bool { year != nil || quarter != nil || month != nil || week != nil || day != nil }

    /// ISO-8601 text with X for unknown parts: "2020-11-13", "XXXX-01-14", "2023-06", "2023",
    /// "2023-Q1", "2023-W05", "2020-11-13T15:30", "T15:30", "T23:59:59".
    public var description: String {
        // Written as bytes into a stack buffer and made a string once: built from padded pieces
        // (a string per number, then a concatenation each), it cost ~1,400 instructions a date,
        // and `viet extract` describes every date it finds. The longest text, every part at
        // Int.min ("-" and 19 digits), is under `maxLength`.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maxLength) { buffer in
            var count = 0
            func byte(_ value: UInt8) {
                buffer[count] = value
                count += 1
            }
            func number(_ value: Int, width: Int) { DecimalDigits.write(value, width: width, into: buffer, count: &count) }
            if hasDate {
                if let year { number(year, width: 4) } else { for _ in 0..<4 { byte(UInt8(ascii: "X")) } }
                if let quarter {
                    byte(UInt8(ascii: "-"))
                    byte(UInt8(ascii: "Q"))
                    number(quarter, width: 1)
                } else if let week {
                    byte(UInt8(ascii: "-"))
                    byte(UInt8(ascii: "W"))
                    number(week, width: 2)
                } else if month != nil || day != nil {
                    byte(UInt8(ascii: "-"))
                    if let month { number(month, width: 2) } else { for _ in 0..<2 { byte(UInt8(ascii: "X")) } }
                    if let day {
                        byte(UInt8(ascii: "-"))
                        number(day, width: 2)
                    }
                }
            }
            if let hour {
                byte(UInt8(ascii: "T"))
                number(hour, width: 2)
                byte(UInt8(ascii: ":"))
                number(minute ?? 0, width: 2)
                if let second {
                    byte(UInt8(ascii: ":"))
                    number(second, width: 2)
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// A bound on the length of ``description``: the year, month, day, hour, minute and second
    /// (the most parts it writes) at 20 characters each, and five separators and a "T".
    private static var maxLength: Int { 6 * 20 + 6 }
}
