import Testing
import VietTokenizer

@testable import VietNumbers

/// Parts of the day, months placed relative to the reference date, a clock after a day, and the
/// first or last day or week of a period. Reference date: Thursday 2 February 2017 (Duckling's).
@Suite struct TimeExpressionTests {
    static let reference = CalendarDate(year: 2017, month: 2, day: 2)!

    static let phrases: [(String, String)] = [
        // The first months of a year, written without "đầu" as economic reports do; after "ngày", May.
        ("11 tháng năm 2012", "DATE value=2012-01/2012-11"),
        ("chín tháng năm nay", "DATE value=2017-01/2017-09 offset=+0 year"),
        ("ngày 12 tháng năm 2010", "DATE value=2010-05-12"),
        ("12 tháng Năm 2010", "DATE value=2010-05-12"),
        ("23 tháng năm", "DATE value=XXXX-05-23"),
        ("ba mươi tháng tư", "DATE value=XXXX-04-30"),
        // Clocks with seconds, with minutes before a day, with a day after the part of the day.
        ("23:59:59", "TIME value=T23:59:59"),
        ("0 giờ", "TIME value=T00:00"),
        // Half past without "giờ", as speech says it: after "lúc" or before a part of the day only.
        ("lúc ba rưỡi chiều", "TIME value=T15:30"),
        ("lúc 6 rưỡi", "TIME value=T06:30"),
        ("6 rưỡi sáng", "TIME value=T06:30"),
        ("vào lúc mười rưỡi tối", "TIME value=T22:30"),
        ("7 rưỡi tối nay", "DATE value=2017-02-02T19:30 offset=+0 day"),
        ("ba rưỡi", "NUMBER value=3.5"),
        ("lúc 23:59:59 ngày 31/12/2024", "DATE value=2024-12-31T23:59:59"),
        ("9 giờ 30 ngày 5/5", "DATE value=XXXX-05-05T09:30"),
        ("Lúc 20 giờ 15 tối 3/9", "DATE value=XXXX-09-03T20:15"),
        // A clock before a part of the day that begins a day: a relative one, a weekday, a date.
        ("lúc 7h sáng mai", "DATE value=2017-02-03T07:00 offset=+1 day"),
        ("22h đêm nay", "DATE value=2017-02-02T22:00 offset=+0 day"),
        ("9 giờ tối qua", "DATE value=2017-02-01T21:00 offset=-1 day"),
        ("8 giờ sáng hôm qua", "DATE value=2017-02-01T08:00 offset=-1 day"),
        ("19h30 tối thứ Bảy", "DATE value=2017-02-04T19:30 offset=next weekday 6"),
        ("lúc 6h sáng thứ Hai tới", "DATE value=2017-02-06T06:00 offset=next weekday 1"),
        ("lúc 15h chiều thứ Sáu (28/11)", "DATE value=XXXX-11-28T15:00"),
        // A clock before a weekday's name (capitalised: "8 giờ thứ hai" may count hours), with its date or not.
        ("lúc 19h30 thứ Bảy (23/11)", "DATE value=XXXX-11-23T19:30"),
        ("20h Chủ nhật 24/11", "DATE value=XXXX-11-24T20:00"),
        ("19h30 thứ Bảy", "DATE value=2017-02-04T19:30 offset=next weekday 6"),
        // A weekday's name and a bare day and month: a dateline's or a schedule's date.
        ("thứ Bảy 23/11", "DATE value=XXXX-11-23"),
        ("Chủ nhật, 24/11", "DATE value=XXXX-11-24"),
        // "rạng sáng", the small hours; a part of a part ("chiều tối"); a night into a morning.
        ("lúc 3h15 rạng sáng 21/11", "DATE value=XXXX-11-21T03:15"),
        ("Khoảng 4h rạng sáng 22/11", "DATE value=XXXX-11-22T04:00 qualifier=approx"),
        ("Rạng sáng 21/11", "DATE value=XXXX-11-21 part=morning"),
        ("rạng sáng nay", "DATE value=2017-02-02 part=morning offset=+0 day"),
        ("Chiều tối qua", "DATE value=2017-02-01 part=evening offset=-1 day"),
        ("Đêm 23 rạng sáng 24/11", "RANGE from=XXXX-11-23 to=XXXX-11-24 from_part=night to_part=morning"),
        ("Đêm 31 rạng sáng 1/1/2017", "RANGE from=2016-12-31 to=2017-01-01 from_part=night to_part=morning"),
        // A weekday's name in parentheses after a day's date joins it.
        ("Ngày 05/12/2025 (thứ Sáu)", "DATE value=2025-12-05"),
        ("lúc 10 giờ ngày 26/11/2025 (thứ Tư)", "DATE value=2025-11-26T10:00"),
        ("ngày 5 tháng 12 năm 2025 (Chủ nhật)", "DATE value=2025-12-05"),
        ("ngày 28/11 (Thứ 6) lúc 9 giờ", "DATE value=XXXX-11-28T09:00"),
        // A part of the day before a day.
        ("tối nay", "DATE value=2017-02-02 part=evening offset=+0 day"),
        ("tối hôm nay", "DATE value=2017-02-02 part=evening offset=+0 day"),
        ("tối hôm qua", "DATE value=2017-02-01 part=evening offset=-1 day"),
        ("trưa ngày mai", "DATE value=2017-02-03 part=noon offset=+1 day"),
        ("buổi sáng nay", "DATE value=2017-02-02 part=morning offset=+0 day"),
        ("Buổi chiều 4/1", "DATE value=XXXX-01-04 part=afternoon"),
        ("đêm 30/4", "DATE value=XXXX-04-30 part=night"),
        ("sáng chủ nhật", "DATE value=2017-02-05 part=morning offset=next weekday 7"),
        ("sáng thứ Hai", "DATE value=2017-02-06 part=morning offset=next weekday 1"),
        ("chiều thứ sáu tuần sau", "DATE value=2017-02-10 part=afternoon offset=+1 week, weekday 5"),
        // A bare "này", "sau", "trước" or "tới" before a word makes a weekday only of a day's name.
        ("thứ Sáu này", "DATE value=2017-02-03 offset=next weekday 5"),
        ("chủ nhật trước", "DATE value=2017-01-29 offset=last weekday 7"),
        ("thứ sáu tới", "DATE value=2017-02-03 offset=next weekday 5"),
        // The date of a relative day or a weekday in parentheses, as news writes it.
        ("Tối qua (1/2)", "DATE value=2017-02-01 part=evening offset=-1 day"),
        ("hôm nay (23/7)", "DATE value=XXXX-07-23 offset=+0 day"),
        ("Thứ Hai (23/11/2026)", "DATE value=2026-11-23"),
        ("thứ Năm (2/2)", "DATE value=XXXX-02-02"),
        // A weekday with a whole date.
        ("Thứ Hai, 23/11/2026", "DATE value=2026-11-23"),
        ("chủ nhật, 5/2/2017", "DATE value=2017-02-05"),
        ("thứ Năm, 22 tháng 1 năm 2015", "DATE value=2015-01-22"),
        ("thứ Bảy 12 tháng 8", "DATE value=XXXX-08-12"),
        // A month placed from the reference date's month.
        ("tháng 3 tới", "DATE value=2017-03 offset=next month 3"),
        ("tháng 1 tới", "DATE value=2018-01 offset=next month 1"),
        ("tháng 2 sắp tới", "DATE value=2018-02 offset=next month 2"),
        ("tháng 10 vừa qua", "DATE value=2016-10 offset=last month 10"),
        ("tháng 1 vừa rồi", "DATE value=2017-01 offset=last month 1"),
        ("tháng 2 này", "DATE value=2017-02 offset=this month 2"),
        ("tháng 12 năm ngoái", "DATE value=2016-12 offset=-1 year"),
        ("tháng 3 năm sau", "DATE value=2018-03 offset=+1 year"),
        ("ngày 28 tháng 02 năm sau", "DATE value=2018-02-28 offset=+1 year"),
        ("ngày 20/01 năm sau", "DATE value=2018-01-20 offset=+1 year"),
        ("ngày 30 tháng 9 năm tiếp theo", "DATE value=2018-09-30 offset=+1 year"),
        // A relative year in a range counts from the other bound's year, not from the reference date.
        ("từ tháng 11 đến tháng 2 năm sau", "RANGE from=XXXX-11 to=XXXX-02"),
        // "năm nay" after a range is the year of both bounds.
        ("30/4 - 1/5 năm nay", "RANGE from=2017-04-30 to=2017-05-01"),
        ("từ 10/2 đến 12/2 năm nay", "RANGE from=2017-02-10 to=2017-02-12"),
        ("từ tháng 11 năm 2020 đến tháng 2 năm sau", "RANGE from=2020-11 to=2021-02"),
        ("tháng 12 năm trước đến tháng 4 năm 2020", "RANGE from=2019-12 to=2020-04"),
        ("tháng 12 năm trước đến tháng 4 năm sau", "error: \"tháng 12 năm trước\" is a numeric expression but \"đến tháng 4 năm sau\" at offset 19 is not part of it"),
        ("từ năm 1956 đến ngày nay", "error: no numeric expression at offset 0 (near \"từ\")"),
        // "tới" joining a range is no "next".
        ("tháng 3 tới tháng 6", "RANGE from=XXXX-03 to=XXXX-06"),
        ("chủ nhật tới thứ hai", "error: \"chủ nhật\" is a numeric expression but \"tới thứ hai\" at offset 9 is not part of it"),
        // A clock after a day.
        ("hôm nay lúc 2 giờ chiều", "DATE value=2017-02-02T14:00 offset=+0 day"),
        ("ngày 4/1 vào lúc 15 giờ 30", "DATE value=XXXX-01-04T15:30"),
        ("tối nay lúc 8 giờ", "DATE value=2017-02-02T20:00 offset=+0 day"),
        ("ngày 7/3/2019, lúc 9h", "DATE value=2019-03-07T09:00"),
        ("ngày 7 tháng 3 năm 2019 lúc 9 giờ", "DATE value=2019-03-07T09:00"),
        ("7-3-2019 vào lúc 9 giờ sáng", "DATE value=2019-03-07T09:00"),
        // A 12-hour clock with "p.m." or "a.m.", as translated English writes it.
        ("vào lúc 10:52 p.m.", "TIME value=T22:52"),
        ("lúc 5:43 pm", "TIME value=T17:43"),
        ("12:30 a.m.", "TIME value=T00:30"),
        ("9:00 PM", "TIME value=T21:00"),
        // "hôm" before a day and month, as news dates a day.
        ("hôm 14/7", "DATE value=XXXX-07-14"),
        // Timestamps: a clock with a colon after a space.
        ("2026-02-23 04:20:42", "DATE value=2026-02-23T04:20:42"),
        ("19.06.2026 16:27:49", "DATE value=2026-06-19T16:27:49"),
        ("ngày 7/3/2019 09:30", "DATE value=2019-03-07T09:30"),
        // ISO-8601 date-times, seconds and zone read over.
        ("2026-07-21T04:33", "DATE value=2026-07-21T04:33"),
        ("2026-02-23T04:20:36", "DATE value=2026-02-23T04:20"),
        ("2026-07-21T04:33:15+07:00", "DATE value=2026-07-21T04:33"),
        ("2026-07-21T04:33:15.250Z", "DATE value=2026-07-21T04:33"),
        // Minutes after "h": one digit after a lower-case "h", a colon after either.
        ("7h5 sáng", "TIME value=T07:05"),
        ("lúc 8H:00", "TIME value=T08:00"),
        ("15h:30", "TIME value=T15:30"),
        // A part of the day after a clock.
        ("11 giờ trưa", "TIME value=T11:00"),
        ("1 giờ trưa", "TIME value=T13:00"),
        ("2 giờ đêm", "TIME value=T02:00"),
        ("11 giờ đêm", "TIME value=T23:00"),
        ("12 giờ đêm", "TIME value=T00:00"),
        ("7 giờ tối", "TIME value=T19:00"),
        // The first or last day or week of a period.
        ("ngày đầu tiên của tháng ba", "DATE value=XXXX-03-01"),
        ("ngày đầu tiên của tháng 3 năm 2020", "DATE value=2020-03-01"),
        ("ngày cuối cùng của tháng 2 năm 2024", "DATE value=2024-02-29"),
        ("ngày cuối cùng của tháng 4", "DATE value=XXXX-04-30"),
        ("ngày đầu tiên của năm 2020", "DATE value=2020-01-01"),
        ("ngày cuối cùng của năm 2020", "DATE value=2020-12-31"),
        ("ngày đầu tiên của tháng tiếp theo", "DATE value=2017-03-01 offset=+1 month"),
        ("tuần đầu tiên của tháng 9 năm 2017", "DATE value=2017-W36"),
        ("tuần đầu tiên của tháng 1 năm 2018", "DATE value=2018-W01"),
        // The first, middle and last ten days of a month.
        ("thượng tuần tháng 11/2024", "DATE value=2024-11-01/2024-11-10"),
        ("Trung tuần tháng 12", "DATE value=XXXX-12-11/XXXX-12-20"),
        ("hạ tuần tháng 2/2024", "DATE value=2024-02-21/2024-02-29"),
        ("hạ tuần tháng này", "DATE value=2017-02-21/2017-02-28 offset=+0 month"),
    ]

    @Test(arguments: phrases)
    func parsesPhrase(_ phrase: String, _ expected: String) {
        #expect(parsed(phrase, NumberParser(options: .init(referenceDate: Self.reference))) == expected)
    }

    /// Without a reference date the relative parts stay unknown and the offset says what they are.
    @Test func relativeMonthsWithoutAReferenceDate() {
        #expect(parsed("tháng 3 tới") == "DATE value=XXXX-03 offset=next month 3")
        #expect(parsed("tháng 12 năm ngoái") == "DATE value=XXXX-12 offset=-1 year")
        #expect(parsed("ngày 28 tháng 02 năm sau") == "DATE value=XXXX-02-28 offset=+1 year")
        #expect(parsed("tối qua") == "DATE part=evening offset=-1 day")
        #expect(parsed("tối qua lúc 9 giờ") == "DATE value=T21:00 offset=-1 day")
        #expect(parsed("chủ nhật lúc 8 giờ sáng") == "DATE value=T08:00 offset=next weekday 7")
        #expect(parsed("tháng sau lúc 8 giờ").hasPrefix("error"))
        #expect(parsed("tuần đầu tiên của tháng 9").hasPrefix("error"))
    }

    /// Two months joined by a dash are a range of months, in the year written after the second.
    @Test func monthRanges() {
        #expect(scanned("vào tháng 7-8 năm 1995; tháng 7–8/2011; Tháng 11 - 12; tháng 8-1945; tháng 8-7") == [
            "tháng 7-8 năm 1995 → RANGE from=1995-07 to=1995-08", "tháng 7–8/2011 → RANGE from=2011-07 to=2011-08",
            "Tháng 11 - 12 → RANGE from=XXXX-11 to=XXXX-12", "tháng 8-1945 → DATE value=1945-08", "8 → NUMBER value=8",
        ])
        // The second month with its word after a glued dash, as with spaces.
        #expect(scanned("Tháng 1-Tháng 6 năm 2010; tháng 1-tháng 3") == [
            "Tháng 1-Tháng 6 năm 2010 → RANGE from=2010-01 to=2010-06", "tháng 1-tháng 3 → RANGE from=XXXX-01 to=XXXX-03",
        ])
    }

    /// A weekday's name ("thứ Năm", with a capital) after a word that introduces a day is the day, as
    /// "chủ nhật" is; after a noun, or written "thứ hai", it is an ordinal, but after "vào", "mỗi"
    /// and "hôm" (never before an ordinal) even "thứ hai" is the day.
    @Test func namedWeekdaysAfterADayWord() {
        #expect(scanned("bắt đầu vào thứ Năm; làm việc trừ thứ Bảy, Chủ nhật; các ngày thứ Bảy; Vương triều thứ Hai; ngày thứ hai; vào thứ Sáu của tuần đó") == [
            "thứ Năm → DATE offset=next weekday 4", "thứ Bảy → DATE offset=next weekday 6", "Chủ nhật → DATE offset=next weekday 7",
            "thứ Bảy → DATE offset=next weekday 6", "thứ Hai → ORDINAL value=2", "thứ hai → ORDINAL value=2",
            "thứ Sáu → DATE offset=next weekday 5",
        ])
        #expect(scanned("Hôm thứ sáu, trời mưa; bắt đầu vào thứ năm; mỗi thứ ba; đến ngày thứ ba; và thứ ba là; đứng hàng thứ hai") == [
            "thứ sáu → DATE offset=next weekday 5", "thứ năm → DATE offset=next weekday 4", "thứ ba → DATE offset=next weekday 2",
            "thứ ba → ORDINAL value=3", "thứ ba → ORDINAL value=3", "thứ hai → ORDINAL value=2",
        ])
        // A day from 13 on is no month and no fraction: a date, after a sign or a ratio word a ratio.
        #expect(scanned("đêm chung kết xếp hạng 20/8 tại Nhà hát; vào 31/12, tổng kết; hoạt động 24/7; + 16/3 H2O; tỷ lệ 15/8; đường 30/4; 17/5 = 3; đạt 13/20; 7/5") == [
            "20/8 → DATE value=XXXX-08-20", "31/12 → DATE value=XXXX-12-31", "24/7 → RATIO numerator=24 denominator=7",
            "16/3 → RATIO numerator=16 denominator=3", "15/8 → RATIO numerator=15 denominator=8", "30/4 → RATIO numerator=30 denominator=4",
            "17/5 → RATIO numerator=17 denominator=5", "3 → NUMBER value=3", "13/20 → RATIO numerator=13 denominator=20",
            "7/5 → RATIO numerator=7 denominator=5",
        ])
        // After a qualifier the same digits are the same date ("no later than 30/6", "about 28/8"): a
        // deadline's day and month, no ratio; the bound of a date is kept only when estimated. Fractions
        // and a month of a year stay ratios after one.
        #expect(scanned("nộp chậm nhất 30/6 năm nay; (muộn nhất 28/8: Đồng); khoảng 28/8 thì; ít nhất 3/5 số phiếu; khoảng 1/1000 giây") == [
            "30/6 năm nay → DATE value=XXXX-06-30 offset=+0 year", "28/8 → DATE value=XXXX-08-28", "khoảng 28/8 → DATE value=XXXX-08-28 qualifier=approx",
            "ít nhất 3/5 → RATIO numerator=3 denominator=5 qualifier=at_least",
            "khoảng 1/1000 giây → DURATION value=0.001 unit=second qualifier=approx",
        ])
        // "ngày tháng năm sinh" is a form's field, "ngày tháng năm 2018" a template's year; "tháng năm
        // 2020" is May 2020.
        #expect(scanned("Ghi rõ ngày tháng năm sinh; ngày, tháng, năm cấp; vào tháng năm 2020; tháng Năm âm lịch; ngày 5 tháng năm; kể từ ngày tháng năm 2018.") == [
            "tháng năm 2020 → DATE value=2020-05", "tháng Năm → DATE value=XXXX-05", "ngày 5 tháng năm → DATE value=XXXX-05-05",
            "năm 2018 → DATE value=2018",
        ])
        // "6 tháng một lần" is once every six months, no 6 January.
        #expect(scanned("định kỳ 6 tháng một lần; mỗi tháng một lần; ngày 6 tháng một năm 2020") == [
            "6 tháng → DURATION value=6 unit=month", "ngày 6 tháng một năm 2020 → DATE value=2020-01-06",
        ])
        // "Nhật Bản" is Japan: "dân chủ Nhật Bản" holds no Sunday.
        #expect(scanned("Đảng Dân chủ Nhật Bản; nền quân chủ Nhật Bản; nghỉ chủ nhật") == ["chủ nhật → DATE offset=next weekday 7"])
    }

    /// After a word of lasting, hours and minutes are a duration; a day or a part of the day after
    /// them, "lúc" or another word before them keep a clock.
    @Test func hoursAndMinutesOfLastingAreDurations() {
        #expect(scanned("trận đấu kéo dài 5 giờ 41 phút, lần leo này mất 8 giờ 10 phút") == [
            "5 giờ 41 phút → DURATION value=341 unit=minute", "8 giờ 10 phút → DURATION value=490 unit=minute",
        ])
        #expect(scanned("trong 9 giờ 30 phút ngày 5/3/2020, trong 7 giờ 30 phút sáng, mất 15 giờ 00, đến 11 giờ 30 phút") == [
            "9 giờ 30 phút ngày 5/3/2020 → DATE value=2020-03-05T09:30", "7 giờ 30 phút sáng → TIME value=T07:30",
            "15 giờ 00 → TIME value=T15:00", "11 giờ 30 phút → TIME value=T11:30",
        ])
        // A qualifier between the word of lasting and the hours keeps them a duration.
        #expect(scanned("chuyến bay mất khoảng 2 giờ 30 phút; kéo dài hơn 1 giờ 20 phút") == [
            "khoảng 2 giờ 30 phút → DURATION value=150 unit=minute qualifier=approx",
            "hơn 1 giờ 20 phút → DURATION value=80 unit=minute qualifier=over",
        ])
    }

    /// The news' "h" after a word of lasting is hours of it, with its minutes and their "phút";
    /// a part of the day, a day, "lúc", another word before it or midnight keep a clock.
    @Test func hoursWithHOfLastingAreDurations() {
        #expect(scanned("trận đấu kéo dài hơn 2h; chờ trong 3h; bay mất 1h30; kéo dài 2h30 phút; mất khoảng 1h") == [
            "hơn 2h → DURATION value=2 unit=hour qualifier=over", "3h → DURATION value=3 unit=hour",
            "1h30 → DURATION value=90 unit=minute", "2h30 phút → DURATION value=150 unit=minute",
            "khoảng 1h → DURATION value=1 unit=hour qualifier=approx",
        ])
        #expect(scanned("trong 2h sáng nay; trong 9h30 ngày 5/3/2020; mất lúc 2h30; khởi hành 2h; mất 0h") == [
            "2h sáng nay → DATE value=T02:00 offset=+0 day", "9h30 ngày 5/3/2020 → DATE value=2020-03-05T09:30",
            "lúc 2h30 → TIME value=T02:30", "2h → TIME value=T02:00", "0h → TIME value=T00:00",
        ])
    }

    /// A bare hour before a clock that says it is one is the range's first clock, in the second's
    /// part of the day; after a word of lasting or before "mỗi ngày" a bare "2-3h" is hours of time.
    @Test func bareHourBeforeAClockBeginsARange() {
        #expect(scanned("sáng 7-8h; 7 - 8h sáng; từ 7-9h sáng; 7-8 giờ sáng; từ 8 - 10h; vào 7-8h tối; 11-12h trưa; 7-8h30") == [
            "7-8h → RANGE from=T07:00 to=T08:00", "7 - 8h sáng → RANGE from=T07:00 to=T08:00",
            "từ 7-9h sáng → RANGE from=T07:00 to=T09:00", "7-8 giờ sáng → RANGE from=T07:00 to=T08:00",
            "từ 8 - 10h → RANGE from=T08:00 to=T10:00", "7-8h tối → RANGE from=T19:00 to=T20:00",
            "11-12h trưa → RANGE from=T11:00 to=T12:00", "7-8h30 → RANGE from=T07:00 to=T08:30",
        ])
        #expect(scanned("làm việc 2-3h mỗi ngày; mất 2-3h; kéo dài 2 - 3h; 7-8 giờ; 9-8h") == [
            "2-3h mỗi ngày → RANGE from=2 to=3 unit=hour per=day", "2-3h → RANGE from=2 to=3 unit=hour",
            "2 - 3h → RANGE from=2 to=3 unit=hour", "7-8 giờ → RANGE from=7 to=8 unit=hour",
            "9 → NUMBER value=9",
        ])
    }

    /// "M:SS" after a spaced dash at a line's end is a track's length; "C:V" after a book's name a
    /// chapter and verse; a word of time before them keeps the clock.
    @Test func trackLengthsAndVersesAreNoClocks() {
        #expect(scanned("\"Back to December\" – 4:54") == ["4:54 → DURATION value=294 unit=second"])
        #expect(scanned("\"Say You Love Me\" (Tin Tin Out Remix) – 3:33 (bonus)") == ["3:33 → DURATION value=213 unit=second"])
        #expect(scanned("(Matthew 26:71), \"con ông Giuse\" (Luca 4:22), Phúc âm Mátthêu 5:44") == [])
        // A clock after a name with a leading zero, after a comma, or after a date and a dash stays one.
        #expect(scanned("VnEconomy 09:33; Việt Nam, 21:30; Dân Trí 04/09/2012 - 00:01") == [
            "09:33 → TIME value=T09:33", "21:30 → TIME value=T21:30", "04/09/2012 → DATE value=2012-09-04", "00:01 → TIME value=T00:01",
        ])
        #expect(scanned("(Khoảng 9:30), Lúc 9:30, bắt đầu 9:30 - 11:00 mỗi ngày") == [
            "Khoảng 9:30 → TIME value=T09:30 qualifier=approx", "Lúc 9:30 → TIME value=T09:30", "9:30 - 11:00 → RANGE from=T09:30 to=T11:00",
        ])
    }

    /// "g" after digits is a clock mark with its minutes, after "lúc" or before a part of the day;
    /// "01 giờ 4 lần" is every hour, four times.
    @Test func clockMarksNeedTheirContext() {
        #expect(scanned("lúc 20g00, vào lúc 6g, 6g sáng") == [
            "lúc 20g00 → TIME value=T20:00", "lúc 6g → TIME value=T06:00", "6g sáng → TIME value=T06:00",
        ])
        #expect(scanned("quan trắc 01 giờ 4 lần") == ["01 giờ → DURATION value=1 unit=hour", "4 → NUMBER value=4"])
    }

    /// English dates of references and infoboxes, and "tháng M, YYYY"; no date from a month and a
    /// day alone ("May 5").
    @Test func englishDatesAndMonthCommaYear() {
        #expect(scanned("Truy cập October 18, 2016; xuất bản 18 April 2013, Feb. 1968; đầu tháng 10, 1553; May 5") == [
            "October 18, 2016 → DATE value=2016-10-18", "18 April 2013 → DATE value=2013-04-18", "Feb. 1968 → DATE value=1968-02",
            "đầu tháng 10, 1553 → DATE value=1553-10 part=start", "5 → NUMBER value=5",
        ])
    }

    /// A bare D/M after a word that orders in time is a date when it cannot be a fraction (day above
    /// month, or a zero-padded part) or, after "từ", when it ends its clause; D-M only after "từ"
    /// ("dẫn trước 5-1" is a score).
    @Test func dayMonthAfterOrderWords() {
        #expect(scanned("Báo cáo trước 31/12 hằng năm; tính đến 15/3, từ 21-12, sau 01/7") == [
            "31/12 → DATE value=XXXX-12-31", "15/3 → DATE value=XXXX-03-15", "21-12 → DATE value=XXXX-12-21", "01/7 → DATE value=XXXX-07-01",
        ])
        #expect(scanned("lễ hội từ 10/2 đến 12/2 âm lịch; Từ 01/01 đến 31/12") == [
            "từ 10/2 đến 12/2 → RANGE from=XXXX-02-10 to=XXXX-02-12", "Từ 01/01 đến 31/12 → RANGE from=XXXX-01-01 to=XXXX-12-31",
        ])
        #expect(!scanned("đang dẫn trước 5-1 ở ván 4").contains { $0.contains("DATE") })
        #expect(scanned("tại thời điểm 31/12 năm đánh giá; điểm 9/10") == [
            "31/12 → DATE value=XXXX-12-31", "9/10 → RATIO numerator=9 denominator=10",
        ])
        // After an opening bracket.
        #expect(scanned("Định kỳ 6 tháng (trước 30/7) và hằng năm (trước 31/01 năm sau)") == [
            "6 tháng → DURATION value=6 unit=month", "30/7 → DATE value=XXXX-07-30", "31/01 năm sau → DATE value=XXXX-01-31 offset=+1 year",
        ])
        // A list of dates: "và" after a day and month.
        #expect(scanned("trước ngày 30/6 và 31/12 hằng năm; tỷ lệ 3/4 và 5/6") == [
            "ngày 30/6 → DATE value=XXXX-06-30", "31/12 → DATE value=XXXX-12-31", "3/4 → RATIO numerator=3 denominator=4",
            "5/6 → RATIO numerator=5 denominator=6",
        ])
        // After an ordinal "thứ ba", no weekday's name, a "3/4" stays a fraction.
        #expect(scanned("đứng thứ ba 3/4 số phiếu; thứ Bảy 23/11") == [
            "thứ ba → ORDINAL value=3", "3/4 → RATIO numerator=3 denominator=4",
            "thứ Bảy 23/11 → DATE value=XXXX-11-23",
        ])
        // Every week's weekday gives the clock no date.
        #expect(scanned("Trước 16h00 thứ Ba hằng tuần, công bố") == [
            "16h00 → TIME value=T16:00", "thứ Ba → ORDINAL value=3",
        ])
        // After "từ", any day and month that ends its clause: a fraction after it goes on.
        #expect(scanned("Từ 1/7, mức lương tăng; có hiệu lực kể từ 1/1. Từ 2/3 số phiếu trở lên") == [
            "1/7 → DATE value=XXXX-07-01", "1/1 → DATE value=XXXX-01-01",
            "Từ 2/3 số phiếu trở lên → RATIO numerator=2 denominator=3 qualifier=at_least",
        ])
        #expect(scanned("từ 1/2 đến 2/3 số thành viên, đến 1/3, hỗ trợ đến 24/7") == [
            "1/2 → RATIO numerator=1 denominator=2", "2/3 → RATIO numerator=2 denominator=3", "1/3 → RATIO numerator=1 denominator=3",
            "24/7 → RATIO numerator=24 denominator=7",
        ])
    }

    /// A number and "H" in a chemical formula or a code is no clock (and a formula's coefficient no number).
    @Test func formulasAreNoClocks() {
        #expect(scanned("4Ag + O2 + 2H2S → 2Ag2S + 2H2O").isEmpty)
        #expect(scanned("mã H0H 0H0, 2HCl") == ["0 → NUMBER value=0"])
        #expect(scanned("xuất phát lúc 18h, 7h5x") == ["lúc 18h → TIME value=T18:00", "7 → NUMBER value=7"])
    }

    /// "những năm 1960" and "thập niên 1990" are decades, ten years as an interval.
    @Test func decadesAreIntervals() throws {
        // NumberParser's documentation example.
        #expect(try NumberParser().parse("thập niên 1960").attributes.map(\.description) == ["value=1960/1969"])
        #expect(scanned("Trong những năm 1960 và 1970, Thập niên 1990 và các thập kỷ 2000") == [
            "những năm 1960 và 1970 → DATE value=1960/1979", "Thập niên 1990 → DATE value=1990/1999",
            "thập kỷ 2000 → DATE value=2000/2009",
        ])
        #expect(scanned("thập niên 60 của thế kỷ XX, những năm 80 thế kỷ 20") == [
            "thập niên 60 của thế kỷ XX → DATE value=1960/1969", "những năm 80 thế kỷ 20 → DATE value=1980/1989",
        ])
        #expect(scanned("những năm 60, 70 của thế kỷ 20; thập niên 70 và 80 của thế kỉ 20") == [
            "những năm 60, 70 của thế kỷ 20 → DATE value=1960/1979", "thập niên 70 và 80 của thế kỉ 20 → DATE value=1970/1989",
        ])
        // No century written: no fact (no number sixty either), for a run of decades too.
        #expect(scanned("Những năm 60 của thế kỷ trước, thập niên 70.") == [])
        #expect(scanned("những năm 80 và 90; thập niên 50, 60 nền kinh tế") == [])
        // Years (a list of them: ScanTests.listsOfYears), ranges and ages stay what they were.
        #expect(scanned("những năm 2019 và 2020; những năm 1990-2000; những năm 20 tuổi; những năm 1950 và 1970") == [
            "năm 2019 → DATE value=2019", "2020 → DATE value=2020", "năm 1990-2000 → RANGE from=1990 to=2000",
            "20 → NUMBER value=20", "những năm 1950 → DATE value=1950/1959", "1970 → NUMBER value=1970",
        ])
        // The start, middle or end of a decade or a century is the whole period with its part.
        #expect(scanned("Cuối những năm 1990, đầu thập niên 1980; giữa thế kỷ 19; cuối thế kỷ thứ 5 TCN; đầu những người") == [
            "Cuối những năm 1990 → DATE value=1990/1999 part=end", "đầu thập niên 1980 → DATE value=1980/1989 part=start",
            "giữa thế kỷ 19 → DATE value=1801/1900 part=middle", "cuối thế kỷ thứ 5 TCN → DATE value=-0499/-0400 part=end",
        ])
        // "bắt đầu" is to begin: "bắt đầu năm 2010" is the year, not its start.
        #expect(scanned("Ông bắt đầu năm 2010 với; vào đầu năm 2010; bắt đầu tháng 5/2020") == [
            "năm 2010 → DATE value=2010", "đầu năm 2010 → DATE value=2010 part=start", "tháng 5/2020 → DATE value=2020-05",
        ])
        // "những năm qua", "những năm sau": the past, the following years; no year.
        #expect(scanned("những năm qua, thu thập thông tin, thập niên, những năm sau đó, năm qua").map { $0.prefix(7) } == ["năm qua"])
    }

    /// After "ngày", "mồng", "mùng" or a part of the day a day and month may be written with a dot,
    /// after "tháng" a month and year.
    @Test func dottedDayAndMonthAfterNgay() {
        #expect(scanned("Hội Gióng (chính hội ngày 9.4), mồng 6.1 âm lịch") == [
            "ngày 9.4 → DATE value=XXXX-04-09", "mồng 6.1 → DATE value=XXXX-01-06",
        ])
        // Papers that dot their dates date their news so ("Sáng 23.11, …"); the wiki corpus's six
        // dotted numbers after a part of the day are five dates and a screen's size.
        #expect(scanned("Chiều 4.1, ông Chung; tối ngày 23.11; Đêm 27 rạng sáng 28.1, quân đội") == [
            "Chiều 4.1 → DATE value=XXXX-01-04 part=afternoon", "tối ngày 23.11 → DATE value=XXXX-11-23 part=evening",
            "Đêm 27 rạng sáng 28.1 → RANGE from=XXXX-01-27 to=XXXX-01-28 from_part=night to_part=morning",
        ])
        #expect(scanned("màn hình chiếu sáng 9.7 inch, sáng 9.5 triệu") == [
            "9.7 inch → QUANTITY value=9.7 unit=in", "9.5 triệu → NUMBER value=9500000",
        ])
        // A month and year too.
        #expect(scanned("Tháng 11.1885 và tháng 5.1998") == ["Tháng 11.1885 → DATE value=1885-11", "tháng 5.1998 → DATE value=1998-05"])
    }

    /// "thượng/trung/hạ tuần" needs a month; the last ten days of a February of no known year have no
    /// known end, and the month alone is read; "trung ương", "hạ tầng" are no dates.
    @Test func tenDaysOfAMonth() {
        #expect(scanned("vào hạ tuần tháng 2, Ban Chấp hành Trung ương họp; tập trung xây dựng hạ tầng trong trung tuần") == [
            "tháng 2 → DATE value=XXXX-02",
        ])
        // Every word must be there, whatever the scan filter lets through.
        for phrase in ["trung bình tháng 1", "Trung Quốc tháng 12-1999", "thượng nguồn tháng 5"] {
            #expect(parsed(phrase).hasPrefix("error"), "\(phrase): \(parsed(phrase))")
        }
    }

    /// A list of days shares the month and year of its last one.
    @Test func listsOfDaysShareTheLastOnesMonth() {
        #expect(scanned("Ngày 5, 6 và 7 tháng 12; các ngày 21 và 22 tháng 8 năm 2008") == [
            "Ngày 5 → DATE value=XXXX-12-05", "6 → DATE value=XXXX-12-06", "7 tháng 12 → DATE value=XXXX-12-07",
            "ngày 21 → DATE value=2008-08-21", "22 tháng 8 năm 2008 → DATE value=2008-08-22",
        ])
        // Not a list that ends in no month, nor one something else breaks.
        #expect(scanned("ngày 5, 6 người; ngày 5 và 6; ngày 5, 6 người và 7 tháng 12") == [
            "ngày 5 → DATE value=XXXX-XX-05", "6 → NUMBER value=6", "ngày 5 → DATE value=XXXX-XX-05", "6 → NUMBER value=6",
            "ngày 5 → DATE value=XXXX-XX-05", "6 → NUMBER value=6", "7 tháng 12 → DATE value=XXXX-12-07",
        ])
        // A last day with its month after a slash, which alone would be a ratio; the days rise.
        #expect(scanned("vào ngày 11 và 12/6; các ngày 5, 6 và 7/12; ngày 5 và 1/3 số người") == [
            "ngày 11 → DATE value=XXXX-06-11", "12/6 → DATE value=XXXX-06-12", "ngày 5 → DATE value=XXXX-12-05",
            "6 → DATE value=XXXX-12-06", "7/12 → DATE value=XXXX-12-07", "ngày 5 → DATE value=XXXX-XX-05",
            "1/3 → RATIO numerator=1 denominator=3",
        ])
    }

    /// "thế kỷ 19" is a century, from its year 1: 1801/1900; before Christ in astronomical years.
    @Test func centuriesAreIntervals() {
        // The ordinal in words after "thứ".
        #expect(scanned("thế kỷ thứ hai TCN; thế kỷ thứ mười chín; thế kỉ thứ hai mươi") == [
            "thế kỷ thứ hai TCN → DATE value=-0199/-0100", "thế kỷ thứ mười chín → DATE value=1801/1900",
            "thế kỉ thứ hai mươi → DATE value=1901/2000",
        ])
        // Without "thứ", a number of two words or more; one word is no century there.
        #expect(scanned("thế kỷ mười chín; thế kỷ hai mươi mốt; thế kỷ mười ba TCN; thế kỷ năm 1900") == [
            "thế kỷ mười chín → DATE value=1801/1900", "thế kỷ hai mươi mốt → DATE value=2001/2100",
            "thế kỷ mười ba TCN → DATE value=-1299/-1200", "năm 1900 → DATE value=1900",
        ])
        #expect(scanned("thế kỷ 19, Thế kỉ XX, thế kỷ thứ 5, thế kỷ 19 và 20, thế kỷ 5 TCN, thế kỷ thứ 1 trước Công nguyên") == [
            "thế kỷ 19 → DATE value=1801/1900", "Thế kỉ XX → DATE value=1901/2000", "thế kỷ thứ 5 → DATE value=0401/0500",
            "thế kỷ 19 và 20 → DATE value=1801/2000", "thế kỷ 5 TCN → DATE value=-0499/-0400",
            "thế kỷ thứ 1 trước Công nguyên → DATE value=-0099/0000",
        ])
        #expect(scanned("từ thế kỷ 15 đến thế kỷ 17") == ["từ thế kỷ 15 đến thế kỷ 17 → RANGE from=1401/1500 to=1601/1700"])
        // A run of consecutive centuries or decades is one span; a count after it stays a count.
        #expect(scanned("các thế kỷ 15, 16, 17; thập niên 1980, 1990 và 2000; thế kỷ 19, 20 năm sau") == [
            "thế kỷ 15, 16, 17 → DATE value=1401/1700", "thập niên 1980, 1990 và 2000 → DATE value=1980/2009",
            "thế kỷ 19 → DATE value=1801/1900", "20 năm → DURATION value=20 unit=year",
        ])
        #expect(scanned("trong các thế kỷ 5 và 4 trước Công nguyên") == ["thế kỷ 5 và 4 trước Công nguyên → DATE value=-0499/-0300"])
        #expect(scanned("Thế kỉ 18–19, thế kỷ 14 đến 16, thế kỷ 5 - 3 TCN, thế kỷ 15 và 17") == [
            "Thế kỉ 18–19 → DATE value=1701/1900", "thế kỷ 14 đến 16 → DATE value=1301/1600", "thế kỷ 5 - 3 TCN → DATE value=-0499/-0200",
            "thế kỷ 15 → DATE value=1401/1500", "17 → NUMBER value=17",
        ])
        #expect(scanned("thế giới 5 người, thế kỷ 21/22, thế kỷ 45, thế kỷ") == ["5 → NUMBER value=5", "21/22 → RATIO numerator=21 denominator=22", "45 → NUMBER value=45"])
    }

    /// Years with their era ("36 TCN", "năm 200 trước Công nguyên") in astronomical years, as centuries
    /// are: 1 BC is year 0. A range whose second year alone writes the era counts down in it.
    @Test func yearsBeforeChristAreAstronomical() {
        #expect(scanned("năm 36 TCN, 105 TCN – Người Cimbri, năm 42 trước Công nguyên, năm 1 TCN, năm 14 SCN") == [
            "năm 36 TCN → DATE value=-0035", "105 TCN → DATE value=-0104", "năm 42 trước Công nguyên → DATE value=-0041",
            "năm 1 TCN → DATE value=0000", "năm 14 SCN → DATE value=0014",
        ])
        #expect(scanned("Hán Ai Đế (7 TCN - 1 TCN); từ năm 1000 đến 550 TCN; 100 TCN - 200; khoảng 600 TCN - 335 TCN") == [
            "7 TCN - 1 TCN → RANGE from=-0006 to=0000", "từ năm 1000 đến 550 TCN → RANGE from=-0999 to=-0549",
            "100 TCN - 200 → RANGE from=-0099 to=0200", "khoảng 600 TCN - 335 TCN → RANGE from=-0599 to=-0334 qualifier=approx",
        ])
        #expect(scanned("năm 200-300 TCN; Từ khoảng năm 12.000 đến 5000 TCN; từ giữa năm 2200 tới năm 2150 TCN") == [
            "năm 200-300 TCN → RANGE from=-0199 to=-0299", "12.000 đến 5000 TCN → RANGE from=-11999 to=-4999",
            "từ giữa năm 2200 tới năm 2150 TCN → RANGE from=-2199 to=-2149 from_part=middle",
        ])
        #expect(scanned("thời nhà Hán (25–220 SCN); từ năm 30 đến 100 CN; từ 1990 đến năm 2000") == [
            "25–220 SCN → RANGE from=0025 to=0220", "30 đến 100 CN → RANGE from=0030 to=0100",
            "từ 1990 đến năm 2000 → RANGE from=1990 to=2000",
        ])
        // A month's or a day's year takes the era too.
        #expect(scanned("Tháng 7 năm 209 TCN, Trần Thắng; ngày 15 tháng 3 năm 44 TCN; ngày 15 tháng 3 năm 209 TCN; quý I năm 30 trước Công nguyên") == [
            "Tháng 7 năm 209 TCN → DATE value=-0208-07", "ngày 15 tháng 3 năm 44 TCN → DATE value=-0043-03-15",
            "ngày 15 tháng 3 năm 209 TCN → DATE value=-0208-03-15", "quý I năm 30 trước Công nguyên → DATE value=-0029-Q1",
        ])
        #expect(scanned("giáo phận năm 58 Công Nguyên. Thế kỷ thứ nhất Công nguyên") == [
            "năm 58 Công Nguyên → DATE value=0058", "Thế kỷ thứ nhất Công nguyên → DATE value=0001/0100",
        ])
        #expect(scanned("206 TCN–9 CN; năm 500 trước CN; 400 CN") == [
            "206 TCN–9 CN → RANGE from=-0205 to=0009", "năm 500 trước CN → DATE value=-0499", "400 CN → DATE value=0400",
        ])
        // "N năm TCN" (N years before Christ) is the year, prehistory's too, and a range of them; "N năm
        // trước" (N years ago) stays relative.
        #expect(scanned("khoảng 30.000 năm TCN; vào khoảng 1500 năm trước Công nguyên; khoảng 3400-3000 năm TCN; từ 6000-5000 năm TCN") == [
            "khoảng 30.000 năm TCN → DATE value=-29999 qualifier=approx", "vào khoảng 1500 năm trước Công nguyên → DATE value=-1499 qualifier=approx",
            "khoảng 3400-3000 năm TCN → RANGE from=-3399 to=-2999 qualifier=approx", "từ 6000-5000 năm TCN → RANGE from=-5999 to=-4999",
        ])
        // The English eras of quotations, as written (upper case): "bc" is no era.
        #expect(scanned("Athens in 421 BC; 323 AD; 30 BCE–14 CE; 5 bc") == [
            "421 BC → DATE value=-0420", "323 AD → DATE value=0323", "30 BCE–14 CE → RANGE from=-0029 to=0014", "5 → NUMBER value=5",
        ])
        // Dotted ("B.C."), and "AD" before its year as references write it; not before digits glued to more.
        #expect(scanned("From 3500 B.C. To The Present; Vào khoảng AD 323, Constantine; 9000 BC - AD 1000; mã AD 12a") == [
            "3500 B.C. → DATE value=-3499", "Vào khoảng AD 323 → DATE value=0323 qualifier=approx",
            "9000 BC - AD 1000 → RANGE from=-8999 to=1000",
        ])
        // No era: "trước" and "sau" are other words, "TCN 359-06" a standard's code; a glued code is no year.
        #expect(scanned("đứng thứ 3 sau Công an, 5 trước Công ty; mã 12TCN; Tiêu chuẩn ngành 22 TCN 359-06") == [
            "thứ 3 → ORDINAL value=3", "5 → NUMBER value=5", "22 → NUMBER value=22", "359 → NUMBER value=359",
        ])
    }

    /// "ngày nay" is "nowadays", no day; "hôm nay" and "ngày hôm nay" are today.
    @Test func ngayNayIsNowadays() {
        let parser = NumberParser(options: .init(referenceDate: Self.reference))
        #expect(scanned("vùng đất ngày nay là Hungary", parser).isEmpty)
        #expect(scanned("Ngày nay, hợp kim được dùng rộng rãi", parser).isEmpty)
        #expect(scanned("ngày hôm nay trời mưa", parser) == ["ngày hôm nay → DATE value=2017-02-02 offset=+0 day"])
        #expect(scanned("hôm nay trời mưa", parser) == ["hôm nay → DATE value=2017-02-02 offset=+0 day"])
    }

    /// A count before "trước"/"sau" and a word is a duration and a preposition, not a date.
    @Test func countsBeforePrepositionsAreDurations() {
        let parser = NumberParser(options: .init(referenceDate: Self.reference))
        #expect(scanned("gửi 15 ngày trước ngày họp", parser) == ["15 ngày → DURATION value=15 unit=day"])
        #expect(scanned("3 năm sau khi ra trường", parser) == ["3 năm → DURATION value=3 unit=year"])
        #expect(scanned("Việc này xảy ra 3 ngày trước.", parser) == ["3 ngày trước → DATE value=2017-01-30 offset=-3 day"])
        #expect(scanned("Ba tháng sau, tức tháng 4", parser).first == "Ba tháng sau → DATE value=2017-05 offset=+3 month")
        #expect(scanned("2 tuần nữa thì xong", parser) == ["2 tuần nữa → DATE value=2017-W07 offset=+2 week"])
        #expect(scanned("thành lập 3 năm trước và phát triển", parser) == ["3 năm trước → DATE value=2014 offset=-3 year"])
        #expect(scanned("3 năm trước đây, ông", parser) == ["3 năm trước đây → DATE value=2014 offset=-3 year"])
    }

    /// Without a reference date a count before "trước", "sau" or "nữa" is the length it counts: the
    /// date it would place has no value ("2 năm sau, Tần…": two years after the last event told).
    @Test func countedOffsetsWithoutAReferenceDateAreDurations() {
        #expect(scanned("2 năm sau, Tần lên kế hoạch; Hai năm sau, trung tâm mở; còn 274 ngày nữa") == [
            "2 năm → DURATION value=2 unit=year", "Hai năm → DURATION value=2 unit=year", "274 ngày → DURATION value=274 unit=day",
        ])
        #expect(scanned("Khoảng 11.000 năm trước, băng tan; từ hơn 1.000 năm trước; 3 năm trước đây, ông") == [
            "Khoảng 11.000 năm → DURATION value=11000 unit=year qualifier=approx",
            "hơn 1.000 năm → DURATION value=1000 unit=year qualifier=over", "3 năm → DURATION value=3 unit=year",
        ])
        // A relative date with no count stays a date, its offset reported alone.
        #expect(scanned("tuần sau; năm ngoái") == ["tuần sau → DATE offset=+1 week", "năm ngoái → DATE offset=-1 year"])
        // With one, the same words are dates (``countsBeforePrepositionsAreDurations``).
        let parser = NumberParser(options: .init(referenceDate: Self.reference))
        #expect(scanned("2 năm sau, Tần lên kế hoạch", parser) == ["2 năm sau → DATE value=2019 offset=+2 year"])
    }

    /// An ordinal and the rest of its sentence are no weekday.
    @Test func ordinalsBeforeSauTruocNayTooAreNoWeekdays() {
        #expect(scanned("chỉ đứng thứ hai sau dầu mỏ") == ["thứ hai → ORDINAL value=2"])
        #expect(scanned("thế kỷ thứ 7 trước công nguyên") == ["thế kỷ thứ 7 trước công nguyên → DATE value=-0699/-0600"])
        #expect(scanned("giai đoạn thứ ba này kết thúc") == ["thứ ba → ORDINAL value=3"])
        #expect(scanned("chuyến đi lần thứ ba tới châu Mỹ") == ["thứ ba → ORDINAL value=3"])
        #expect(scanned("thiên niên kỷ thứ Ba trước công nguyên") == ["thứ Ba → ORDINAL value=3"])
    }

    /// Shapes that stay what they were: February's last day needs a year; "sáng" alone is no date;
    /// a time zone's offset and a map's scale are no clocks (a signature's timestamp is one date).
    @Test func phrasesThatAreNoDate() {
        #expect(scanned("ký lúc 03/02/2026 17:20:13 +07:00 bởi") == ["03/02/2026 17:20:13 → DATE value=2026-02-03T17:20:13"])
        #expect(scanned("tỷ lệ 1:50.000 trong phạm vi") == ["1:50.000 → RATIO numerator=1 denominator=50000"])
        #expect(scanned("bản đồ 1:500 và lúc 1:25") == ["1:500 → RATIO numerator=1 denominator=500", "lúc 1:25 → TIME value=T01:25"])
        #expect(scanned("QCVN 01:2015/BTTTT, ISO/IEC 10279:1991/ Amd 1:1994").allSatisfy { !$0.contains("RATIO") && !$0.contains("TIME") })
        #expect(scanned("lúc 8:45.") == ["lúc 8:45 → TIME value=T08:45"])
        #expect(parsed("ngày cuối cùng của tháng 2").hasPrefix("error"))
        #expect(scanned("sáng tạo 5 sản phẩm") == ["5 → NUMBER value=5"])
        #expect(scanned("Buổi họp ngày 4/1") == ["ngày 4/1 → DATE value=XXXX-01-04"])
    }

    /// In running text, and found by the token scan as the whole grammar finds them at every token.
    @Test func scansInRunningText() {
        let parser = NumberParser(options: .init(referenceDate: Self.reference))
        #expect(
            scanned("Tối hôm qua (1/2), mưa lớn; sáng chủ nhật sẽ nắng.", parser) == [
                "Tối hôm qua (1/2) → DATE value=2017-02-01 part=evening offset=-1 day",
                "sáng chủ nhật → DATE value=2017-02-05 part=morning offset=next weekday 7",
            ])
        #expect(scanned("Lần thứ nhất (24/11/1946) và tỷ lệ (1/2)", parser) == [
            "thứ nhất → ORDINAL value=1", "24/11/1946 → DATE value=1946-11-24", "1/2 → RATIO numerator=1 denominator=2",
        ])
        #expect(scanned("Dự kiến khởi công vào tháng 10 tới.", parser) == ["tháng 10 tới → DATE value=2017-10 offset=next month 10"])
        #expect(scanned("Hẹn gặp thứ Ba tới tại Hà Nội", parser) == ["thứ Ba tới → DATE value=2017-02-07 offset=next weekday 2"])
        #expect(scanned("Dậy lúc 6 rưỡi sáng, ăn ba rưỡi bát cơm, họp 2 rưỡi chiều.", parser) == [
            "lúc 6 rưỡi sáng → TIME value=T06:30", "ba rưỡi → NUMBER value=3.5", "2 rưỡi chiều → TIME value=T14:30",
        ])
    }

    @Test(
        arguments: phrases.map(\.0) + [
            "Tối hôm qua (1/2), mưa lớn", "vào tháng 10 tới.", "Thứ Hai, 23/11/2026, tại Hà Nội", "ký lúc 03/02/2026 17:20:13 +07:00 bởi",
            "tỷ lệ 1:50.000 trong phạm vi", "bản đồ 1:500 và lúc 1:25", "+07:00", "(+07:00)",
            "QCVN 01:2015/BTTTT, ISO/IEC 10279:1991/ Amd 1:1994", "múi giờ GMT+8:30", "Hẹn gặp thứ Ba tới tại Hà Nội",
            "chỉ đứng thứ hai sau dầu mỏ", "Dậy lúc 6 rưỡi sáng, ăn ba rưỡi bát cơm", "thế kỷ thứ 7 trước công nguyên", "chuyến đi lần thứ ba tới châu Mỹ",
            "gửi 15 ngày trước ngày họp", "3 năm sau khi ra trường", "Ba tháng sau, tức tháng 4",
            "Ngày 5, 6 và 7 tháng 12; các ngày 21 và 22 tháng 8 năm 2008; ngày 5, 6 người và 7 tháng 12; ngày 3 và 5/3",
        ])
    func scanFindsWhatTheGrammarFindsAtEveryToken(_ line: String) {
        let parser = NumberParser(options: .init(referenceDate: Self.reference))
        let tokenized = Tokenizer().tokenize(line)
        #expect(parser.scan(tokenized) == parser.scan(tokenized, shortcuts: false, everyToken: true), "\(line)")
    }
}
