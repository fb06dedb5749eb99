import Testing

@testable import VietNumbers

/// Ranges whose bounds share what only one of them writes: the scale word ("2-3 tỷ đồng" is two to
/// three billion, as news and reports write it), the month and year of a date, the century of a
/// year; and numbers with a scale word but no unit ("96 triệu người"), which running text is full of.
@Suite struct RangeTests {
    static let phrases: [(String, String)] = [
        ("10-20 triệu", "RANGE from=10000000 to=20000000"),
        ("10–100 triệu", "RANGE from=10000000 to=100000000"),
        ("2-3 tỷ đồng", "RANGE from=2000000000 to=3000000000 unit=VND"),
        ("từ 10 đến 20 triệu đồng", "RANGE from=10000000 to=20000000 unit=VND"),
        ("từ 5 - 10 triệu", "RANGE from=5000000 to=10000000"),
        ("1,5-2 triệu USD", "RANGE from=1500000 to=2000000 unit=USD"),
        ("2-3 nghìn tỷ đồng", "RANGE from=2000000000000 to=3000000000000 unit=VND"),
        ("hai đến ba triệu", "RANGE from=2000000 to=3000000"),
        ("khoảng 2-3 triệu", "RANGE from=2000000 to=3000000 qualifier=approx"),
        ("5 triệu - 10 triệu", "RANGE from=5000000 to=10000000"),
        ("từ 2 triệu 500 nghìn đến 3 triệu", "RANGE from=2500000 to=3000000"),
        // The first bound keeps its own value when the scale would put it above the second, or
        // when it has a scale or unit of its own, or the second's scale is not its last word.
        ("từ 500 đến 2 triệu đồng", "RANGE from=500 to=2000000 unit=VND"),
        ("từ 800 nghìn đến 1 triệu", "RANGE from=800000 to=1000000"),
        ("từ 1 đến 2 triệu 500 nghìn", "RANGE from=1 to=2500000"),
        ("3-5%", "RANGE from=3 to=5 unit=%"),
        // A bound's own qualifier: "đến dưới" stops short of the upper bound, "từ trên" starts past the lower.
        ("từ 60% đến dưới 70%", "RANGE from=60 to=70 unit=% to_qualifier=under"),
        ("từ 1.000.000.000 đồng đến dưới 3.000.000.000 đồng", "RANGE from=1000000000 to=3000000000 unit=VND to_qualifier=under"),
        ("từ trên 05 năm đến 15 năm", "RANGE from=5 to=15 unit=year from_qualifier=over"),
        ("trên 100% đến 110%", "RANGE from=100 to=110 unit=% from_qualifier=over"),
        ("từ 100 tỷ cho đến hơn 1000 tỷ", "RANGE from=100000000000 to=1000000000000 to_qualifier=over"),
        ("từ 1880 cho đến khoảng 1920", "RANGE from=1880 to=1920 to_qualifier=approx"),
        ("khoảng 2-3 triệu đồng", "RANGE from=2000000 to=3000000 unit=VND qualifier=approx"),
        // Counts of a noun, which the range spans when the second repeats it.
        ("từ 70 điểm đến dưới 90 điểm", "RANGE from=70 to=90 to_qualifier=under"),
        ("từ 10 lao động tới 50 lao động", "RANGE from=10 to=50"),
        ("từ 50 người lao động đến dưới 150 người lao động", "RANGE from=50 to=150 to_qualifier=under"),
        // Ages in months or years, "tuổi" after each bound.
        ("từ 03 tháng tuổi đến 12 tháng tuổi", "RANGE from=3 to=12 unit=month"),
        ("từ 6 tháng tuổi đến dưới 36 tháng tuổi", "RANGE from=6 to=36 unit=month to_qualifier=under"),
        // "đến trước" a time or a day: up to, not including, it.
        ("từ 07h00 đến trước 22h00", "RANGE from=T07:00 to=T22:00 to_qualifier=under"),
        // A season of two years, not September 2008 ("2008-10" stays a month: no season of two years).
        ("2008-09", "RANGE from=2008 to=2009"),
        ("2008-10", "DATE value=2008-10"),
        ("từ ngày 1/7/2020 đến trước ngày 15/7/2020", "RANGE from=2020-07-01 to=2020-07-15 to_qualifier=under"),
        // Durations in two units, both in the smaller when it divides the larger.
        ("từ 06 tháng đến 03 năm", "RANGE from=6 to=36 unit=month"),
        ("từ 30 phút đến 2 giờ", "RANGE from=30 to=120 unit=minute"),
        ("từ 3 ngày đến 2 tuần", "RANGE from=3 to=14 unit=day"),
        ("từ đủ 01 tháng đến đủ 06 tháng", "RANGE from=1 to=6 unit=month"),
        // From a year to a later day, and from a month or a day to a later year.
        ("từ 1945 đến ngày 30 tháng 4 năm 1975", "RANGE from=1945 to=1975-04-30"),
        ("November 1972 – 1980", "RANGE from=1972-11 to=1980"),
        ("1 July 1961–1966", "RANGE from=1961-07-01 to=1966"),
        ("20-25 tấn", "RANGE from=20 to=25 unit=t"),
        // Years and dates.
        ("năm 2021-2025", "RANGE from=2021 to=2025"),
        ("năm 2007–09", "RANGE from=2007 to=2009"),
        // Seasons and spans of years with the second year's last two digits.
        ("2007–08", "RANGE from=2007 to=2008"),
        ("1994-95", "RANGE from=1994 to=1995"),
        ("2005/2006", "RANGE from=2005 to=2006"),
        // After "năm" as without it, and as "năm 2006-2007".
        ("năm 2006/2007", "RANGE from=2006 to=2007"), ("Năm 1999/00", "RANGE from=1999 to=2000"),
        ("1999–00", "RANGE from=1999 to=2000"),
        ("từ năm 2016 đến năm 2023", "RANGE from=2016 to=2023"),
        ("từ năm 2021 đến hết năm 2025", "RANGE from=2021 to=2025"),
        // English "to", "until" between two years of four digits, ascending; not between other numbers.
        ("1967 to 1977", "RANGE from=1967 to=1977"), ("1799 until 1818", "RANGE from=1799 to=1818"),
        // "tận" (all the way to) changes no bound.
        ("từ 1802 tới tận 1917", "RANGE from=1802 to=1917"), ("từ tháng 2 năm 1915 đến tận tháng 1 năm 1916", "RANGE from=1915-02 to=1916-01"),
        // Hours of the clock when the words say so; durations otherwise.
        ("từ 22 giờ đến 06 giờ sáng", "RANGE from=T22:00 to=T06:00"),
        ("từ 5 giờ đến 11 giờ 30", "RANGE from=T05:00 to=T11:30"),
        ("từ 13 giờ đến 5 giờ chiều", "RANGE from=T13:00 to=T17:00"),
        ("từ 5 giờ đến 8 giờ tối", "RANGE from=T17:00 to=T20:00"),
        ("từ 10 giờ đến 2 giờ chiều", "RANGE from=T10:00 to=T14:00"),
        ("từ 8 giờ đến 17 giờ", "RANGE from=T08:00 to=T17:00"),
        ("từ 0 giờ đến 6 giờ", "RANGE from=T00:00 to=T06:00"),
        ("từ 24 giờ đến 48 giờ", "RANGE from=24 to=48 unit=hour"),
        ("từ 12 giờ đến 24 giờ", "RANGE from=12 to=24 unit=hour"),
        // A day after the second clock is the first's too.
        ("từ 14:00 đến 16:30 ngày 2/12", "RANGE from=XXXX-12-02T14:00 to=XXXX-12-02T16:30"),
        ("từ 8 giờ đến 11 giờ ngày 2/12/2026", "RANGE from=2026-12-02T08:00 to=2026-12-02T11:00"),
        ("từ 8 giờ đến 12 giờ", "RANGE from=8 to=12 unit=hour"),
        ("từ ngày 01 tháng 7 năm 2024 đến hết ngày 31 tháng 12 năm 2025", "RANGE from=2024-07-01 to=2025-12-31"),
        ("từ ngày 01/01 đến hết ngày 30/6", "RANGE from=XXXX-01-01 to=XXXX-06-30"),
        ("1/2020 - 3/2020", "RANGE from=2020-01 to=2020-03"),
        ("7/3/2019-8/3/2019", "RANGE from=2019-03-07 to=2019-03-08"),
        ("ngày 3 tới 11 tháng 11", "RANGE from=XXXX-11-03 to=XXXX-11-11"),
        ("từ tháng 3 đến tháng 5 năm 2020", "RANGE from=2020-03 to=2020-05"),
        ("tháng 11 đến tháng 2 năm 2020", "RANGE from=XXXX-11 to=2020-02"),
        ("ngày 15/3 đến ngày 20/4/2020", "RANGE from=2020-03-15 to=2020-04-20"),
        ("ngày 25 đến 5 tháng 3", "RANGE from=XXXX-XX-25 to=XXXX-03-05"),
        // The parts of a range's periods, and the year the first bound shares with the second.
        ("Từ giữa năm 1975 đến cuối năm 1978", "RANGE from=1975 to=1978 from_part=middle to_part=end"),
        ("giữa thế kỷ 18 tới đầu thế kỷ 19", "RANGE from=1701/1800 to=1801/1900 from_part=middle to_part=start"),
        ("từ sáng 5/3 đến chiều 7/3", "RANGE from=XXXX-03-05 to=XXXX-03-07 from_part=morning to_part=afternoon"),
        ("Từ tháng 6 đến cuối tháng 8 năm 1916", "RANGE from=1916-06 to=1916-08 to_part=end"),
        ("cuối năm 1969 - 1970", "RANGE from=1969 to=1970 from_part=end"),
        ("giữa năm 1975 và 1978", "RANGE from=1975 to=1978"),
        ("giữa năm 1990 đến 1995", "RANGE from=1990 to=1995"),
        // After a clock, the second bound's hours are a clock too.
        ("từ 13 giờ 30 đến 19 giờ", "RANGE from=T13:30 to=T19:00"),
        // The news' "g" of the clock: a range of clocks when a bound has minutes or a day follows.
        ("từ 7g30 đến 11g", "RANGE from=T07:30 to=T11:00"),
        ("từ 7g đến 11g30", "RANGE from=T07:00 to=T11:30"),
        ("từ 5g đến 10g", "RANGE from=5 to=10 unit=g"),
        ("từ 20g đến 6g", "RANGE from=20 to=6 unit=g"),
        // Bounds glossed in another unit, or restated in words, in parentheses: one range.
        ("từ 12 °C (53 °F) đến 18 °C (64 °F)", "RANGE from=12 to=18 unit=°C"),
        ("từ 10.000.000 đồng (mười triệu đồng) đến 30.000.000 đồng (ba mươi triệu đồng)", "RANGE from=10000000 to=30000000 unit=VND"),
        // A number with a scale word is no lone ambiguous word.
        ("96 triệu", "NUMBER value=96000000"),
        ("3,5 triệu", "NUMBER value=3500000"),
    ]

    @Test(arguments: phrases)
    func parsesRange(_ phrase: String, _ expected: String) {
        #expect(parsed(phrase) == expected, "\(phrase)")
    }

    @Test(arguments: [
        // No range: a year, then a count; a descending year pair; a relative date as a bound.
        ("1975 - 70 vạn", #"error: "1975" is a numeric expression but "- 70 vạn" at offset 5 is not part of it"#),
        ("năm 2025-2021", #"error: "năm 2025" is a numeric expression but "-2021" at offset 8 is not part of it"#),
        // A slash makes a season only of a year and the next.
        ("năm 2019/2021", #"error: "năm 2019" is a numeric expression but "/2021" at offset 8 is not part of it"#),
        // Two digits that name no later year, or a spaced dash: no span of years.
        ("2007–06", #"error: "2007" is a numeric expression but "–06" at offset 4 is not part of it"#),
        ("2007 - 08", #"error: "2007" is a numeric expression but "- 08" at offset 5 is not part of it"#),
        ("737-50", #"error: "737" is a numeric expression but "-50" at offset 3 is not part of it"#),
        // Durations in two units that descend; "từ khoảng" (the range is approximate as a whole, read
        // from "khoảng" by the scanner).
        ("từ 2 năm đến 6 tháng", #"error: no numeric expression at offset 0 (near "từ")"#),
        ("từ khoảng 5–9 triệu", #"error: no numeric expression at offset 0 (near "từ")"#),
        // No fraction of a duration: round the clock, "six or twelve months".
        ("24/24 giờ", #"error: "24/24" is a numeric expression but "giờ" at offset 6 is not part of it"#),
        ("6/12 tháng", #"error: "6/12" is a numeric expression but "tháng" at offset 5 is not part of it"#),
        // Counts that fall or rise: changes, no ranges.
        ("từ 60 vụ đến 10 vụ", #"error: no numeric expression at offset 0 (near "từ")"#),
        ("từ 10 người tăng đến 12 người", #"error: no numeric expression at offset 0 (near "từ")"#),
    ])
    func isNoRange(_ phrase: String, _ expected: String) {
        #expect(parsed(phrase) == expected, "\(phrase)")
    }

    /// Running text, as the scan reads it: it starts the grammar at a candidate token, with nothing
    /// before it in its stream.
    @Test(arguments: [
        ("Dân số 96 triệu người.", ["96 triệu → NUMBER value=96000000"]),
        ("thu hút 3,5 triệu lượt khách", ["3,5 triệu → NUMBER value=3500000"]),
        ("phạt tiền 10-100 triệu);", ["10-100 triệu → RANGE from=10000000 to=100000000"]),
        ("dân số giảm từ khoảng 5–9 triệu", ["khoảng 5–9 triệu → RANGE from=5000000 to=9000000 qualifier=approx"]),
        ("Thời gian gửi: Từ 07 giờ đến 22 giờ hàng ngày.", ["Từ 07 giờ đến 22 giờ → RANGE from=T07:00 to=T22:00"]),
        // The news' "g" of the clock, before a day or with minutes ("từ 5g đến 10g" may be grams).
        ("Mở cửa từ 7g đến 11g hàng ngày, sáng nay từ 7g đến 11g30.", [
            "từ 7g đến 11g → RANGE from=T07:00 to=T11:00", "sáng nay → DATE part=morning offset=+0 day",
            "từ 7g đến 11g30 → RANGE from=T07:00 to=T11:30",
        ]),
        ("Tuổi thơ (1928–49), mùa giải 2014–15, 1999–00", [
            "1928–49 → RANGE from=1928 to=1949", "2014–15 → RANGE from=2014 to=2015", "1999–00 → RANGE from=1999 to=2000",
        ]),
        // Seasons with a slash: the next year's last two digits only, nothing glued after them.
        ("Mùa bóng 1962/63, mùa giải 1999/00", ["1962/63 → RANGE from=1962 to=1963", "1999/00 → RANGE from=1999 to=2000"]),
        ("tỷ lệ 2019/18 và 1962/64", ["2019/18 → RATIO numerator=2019 denominator=18", "1962/64 → RATIO numerator=1962 denominator=64"]),
        // After a day alone, a bare D/M ends the range (the day takes its month).
        ("Từ ngày 21 đến 22/8 hằng năm", ["Từ ngày 21 đến 22/8 → RANGE from=XXXX-08-21 to=XXXX-08-22"]),
        // Days of one month: the first bound is the day alone, the second writes the month.
        ("ngày 2-3 tháng 5 năm 2020, ngày 29-30/4 hằng năm", [
            "ngày 2-3 tháng 5 năm 2020 → RANGE from=2020-05-02 to=2020-05-03", "ngày 29-30/4 → RANGE from=XXXX-04-29 to=XXXX-04-30",
        ]),
        ("2-3 tháng 5 năm 2020; ngày 2-3; ngày 2-3 tháng này", [
            "2-3 tháng 5 năm 2020 → RANGE from=2020-05-02 to=2020-05-03", "ngày 2-3 → DATE value=XXXX-03-02",
            "ngày 2-3 → DATE value=XXXX-03-02", "tháng này → DATE offset=+0 month",
        ]),
        // A date that reads further than a measure is the second bound ("19 tháng" is no duration
        // here), a year before it the first (a lifespan, as "(1924-2005)"); a dash range ascends.
        ("Nguyễn Trãi (1380 – 19 tháng 9 năm 1442)", ["1380 – 19 tháng 9 năm 1442 → RANGE from=1380 to=1442-09-19"]),
        ("1-2 năm, 5-3 triệu, (100% - 50%)", [
            "1-2 năm → RANGE from=1 to=2 unit=year", "5 → NUMBER value=5", "100% → PERCENT value=100", "50% → PERCENT value=50",
        ]),
        ("cách nay 5500–4000 năm", ["5500–4000 năm → RANGE from=5500 to=4000 unit=year"]),
        ("năm 1975 - 70 vạn quân", ["năm 1975 → DATE value=1975", "70 vạn → NUMBER value=700000"]),
        // A dash glued after digits or letters is no minus sign: scores, models, standards.
        // Scores are no ranges and no numbers: after a word of the result, or next to another score.
        ("thắng 3-0 và hòa 2-2", []),
        ("Real thất bại 0-5 trước Barca, tỷ số 2–1", []),
        ("5 to 10; quả 5 to lắm; 1990 to 1980", [
            "5 → NUMBER value=5", "10 → NUMBER value=10", "5 → NUMBER value=5", "1990 → NUMBER value=1990", "1980 → NUMBER value=1980",
        ]),
        ("Milan thất thủ 0-2, đã thúc thủ 0-4; thua ở lượt đi 0-2, lượt về 3-1; thủ môn 1-2 người", ["1-2 → RANGE from=1 to=2"]),
        ("Sau 90 phút, tỷ số là 1–1; tổng tỉ số là 98-95", ["90 phút → DURATION value=90 unit=minute"]),
        ("Nadal thắng Federer 6–4, 4–6, 6–3, 6–1; Murray 7-5, 6-4, 0-6, 7-6(5), 6-2.", []),
        // A match lost in straight sets: every pair ascends, but each is a tennis set's.
        ("thua Azarenka tại tứ kết 4–6 5–7; Wawrinka thua 6–7(5), 3–6, 5–7.", []),
        ("khoản 1-2, 3-4 Điều 5; nhà số 12-14", [
            "1-2 → RANGE from=1 to=2", "3-4 → RANGE from=3 to=4", "5 → NUMBER value=5", "12-14 → RANGE from=12 to=14",
        ]),
        // A standard after its label is an identifier ("ISO 3166-1"); models and other codes keep their first number.
        ("Airbus A320-200, Boeing 737-500, NIST SP 800-88, ISO 3166-1", ["800 → NUMBER value=800"]),
        ("giảm (-5) và -3%", ["-5 → NUMBER value=-5", "-3% → PERCENT value=-3"]),
        // A quote before digits is no letter: the number is read.
        ("“15%”", ["15% → PERCENT value=15"]),
        // Relative dates stay dates of their own, never an empty bound, and two of them no range.
        (
            "từ ngày 16 tháng 11 năm trước đến ngày 15 tháng 11 năm sau",
            [
                "ngày 16 tháng 11 năm trước → DATE value=XXXX-11-16 offset=-1 year",
                "ngày 15 tháng 11 năm sau → DATE value=XXXX-11-15 offset=+1 year",
            ]
        ),
    ])
    func scansRunningText(_ text: String, _ expected: [String]) {
        #expect(scanned(text) == expected, "\(text)")
    }

    /// A change ("từ X lên Y", "từ X xuống còn Y") is no range: two amounts, the first in the
    /// second's unit, and in its scale when that makes it rise or fall as the verb says.
    @Test(arguments: [
        ("tăng từ 1,8 triệu lên 2,34 triệu đồng/tháng", [
            "1,8 triệu → MONEY value=1800000 unit=VND per=month", "2,34 triệu đồng/tháng → MONEY value=2340000 unit=VND per=month",
        ]),
        ("tăng từ 5 lên 10 triệu đồng", ["5 → MONEY value=5000000 unit=VND", "10 triệu đồng → MONEY value=10000000 unit=VND"]),
        ("giảm từ 15 xuống 10 triệu đồng", ["15 → MONEY value=15000000 unit=VND", "10 triệu đồng → MONEY value=10000000 unit=VND"]),
        ("giảm từ 2 xuống còn 1,5%", ["2 → PERCENT value=2", "1,5% → PERCENT value=1.5"]),
        ("tăng từ mức 12 lên 15%", ["12 → PERCENT value=12", "15% → PERCENT value=15"]),
        ("từ 3 lên 5 năm", ["3 → DURATION value=3 unit=year", "5 năm → DURATION value=5 unit=year"]),
        ("giá từ 12.000 lên 14.000 đồng/kg", ["12.000 → MONEY value=12000 unit=VND per=kg", "14.000 đồng/kg → MONEY value=14000 unit=VND per=kg"]),
        // The second's scale would make a rise a fall; no unit after; no "từ" before.
        ("tăng từ 500 lên 2 triệu đồng", ["500 → NUMBER value=500", "2 triệu đồng → MONEY value=2000000 unit=VND"]),
        ("từ 30 lên 35 em", ["30 → NUMBER value=30", "35 → NUMBER value=35"]),
        ("tăng 5 lên 10%", ["5 → NUMBER value=5", "10% → PERCENT value=10"]),
    ])
    func changesAreTwoAmountsInOneUnit(_ text: String, _ expected: [String]) {
        #expect(scanned(text) == expected, "\(text)")
    }
}
