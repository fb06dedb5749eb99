import Testing

@testable import VietNumbers

/// Amounts per something ("360.000 đồng/tháng", "6,5%/năm", "100 USD/tấn"): the `per` attribute,
/// and the "/"s that begin none.
@Suite struct PerTests {
    static let phrases: [(String, String)] = [
        // Words of time are duration units; units of measure their symbols; other nouns as written.
        ("360.000 đồng/tháng", "MONEY value=360000 unit=VND per=month"),
        ("160.000 đồng/ngày", "MONEY value=160000 unit=VND per=day"),
        ("6,5%/năm", "PERCENT value=6.5 per=year"),
        ("0,05%/ngày", "PERCENT value=0.05 per=day"),
        ("1.864,44 đồng/kWh", "MONEY value=1864.44 unit=VND per=kWh"),
        ("1.000 USD/tấn", "MONEY value=1000 unit=USD per=t"),
        ("50 triệu đồng/ha", "MONEY value=50000000 unit=VND per=ha"),
        ("10.000 đồng/m2", "MONEY value=10000 unit=VND per=m²"),
        ("10 tấn/năm", "QUANTITY value=10 unit=t per=year"),
        ("5 m3/ngày", "QUANTITY value=5 unit=m³ per=day"),
        ("25.000 m³/ngày đêm", "QUANTITY value=25000 unit=m³ per=day"),
        ("25.000m3/ngđ", "QUANTITY value=25000 unit=m³ per=day"),
        ("8 m²/trẻ", "QUANTITY value=8 unit=m² per=trẻ"),
        ("100 USD/người", "MONEY value=100 unit=USD per=người"),
        ("400 triệu USD/chiếc", "MONEY value=400000000 unit=USD per=chiếc"),
        ("7,8 HKD/USD", "MONEY value=7.8 unit=HKD per=USD"),
        // Words of the lexicon, and the few time words that make a noun ("năm học", "ngày công").
        ("200.000 đồng/hồ sơ", "MONEY value=200000 unit=VND per=hồ sơ"),
        ("10.000.000 đồng/báo cáo", "MONEY value=10000000 unit=VND per=báo cáo"),
        ("50.000 đồng/năm học", "MONEY value=50000 unit=VND per=năm học"),
        ("180.000 đồng/ngày công", "MONEY value=180000 unit=VND per=ngày công"),
        // Several, and "one" of each.
        ("500.000 đồng/người/tháng", "MONEY value=500000 unit=VND per=người/month"),
        ("5.000 đồng/01 km/01 người", "MONEY value=5000 unit=VND per=km/người"),
        ("30.000 đồng/1 tiết", "MONEY value=30000 unit=VND per=tiết"),
        ("2 tỉ USD/một năm", "MONEY value=2000000000 unit=USD per=year"),
        ("348 kg/ người", "QUANTITY value=348 unit=kg per=người"),
        // With qualifiers and ranges: the range is per what its bounds are per.
        ("hơn 2 triệu đồng/người", "MONEY value=2000000 unit=VND per=người qualifier=over"),
        ("từ 500.000 đồng/tháng trở lên", "MONEY value=500000 unit=VND per=month qualifier=at_least"),
        ("từ 3 đến 5 triệu đồng/tháng", "RANGE from=3000000 to=5000000 unit=VND per=month"),
        ("3-5%/năm", "RANGE from=3 to=5 unit=% per=year"),
        ("từ 3 triệu đồng/tháng đến 5 triệu đồng/tháng", "RANGE from=3000000 to=5000000 unit=VND per=month"),
        ("khoảng 2-3 tấn/năm", "RANGE from=2 to=3 unit=t per=year qualifier=approx"),
        // A compound unit keeps its "/" in the unit; a rate of counted nouns stays a ratio.
        ("100 km/h", "QUANTITY value=100 unit=km/h"),
        ("2 tấn/ha", "QUANTITY value=2 unit=t/ha"),
        ("120 người/km2", "RATIO numerator=120 denominator=1 unit=người/km²"),
    ]

    @Test(arguments: phrases)
    func readsWhatAnAmountIsPer(_ phrase: String, _ expected: String) {
        #expect(parsed(phrase) == expected)
    }

    /// A "/" after an amount that begins no rate: the amount ends before it.
    @Test(arguments: [
        ("1 triệu đồng/năm 2020", "1 triệu đồng"),  // a date follows
        ("20 USD/Nga", "20 USD"),  // a capitalised name
        ("12 hải lý/ DLM", "12 hải lý"),  // an abbreviation after a spaced "/"
        ("5.862,08 ha/tổng diện tích", "5.862,08 ha"),  // a share of a total
        ("3.000 đồng/100 kg", "3.000 đồng"),  // a count other than one
        ("2%/người", "2%"),  // a percentage is per a time only
        ("3 triệu đồng/tháng - 5 triệu đồng/năm", "3 triệu đồng/tháng"),  // bounds per different things
    ])
    func stopsBeforeASlashThatBeginsNoRate(_ phrase: String, _ amount: String) {
        #expect(NumberParser().scan(phrase).first?.text == amount, "\(phrase)")
    }

    @Test func scanReadsRatesInRunningText() {
        let line = "Hỗ trợ 500.000 đồng/người/tháng; lãi suất 6,5%/năm, 200.000 đồng/hồ sơ."
        #expect(
            scanned(line) == [
                "500.000 đồng/người/tháng → MONEY value=500000 unit=VND per=người/month",
                "6,5%/năm → PERCENT value=6.5 per=year",
                "200.000 đồng/hồ sơ → MONEY value=200000 unit=VND per=hồ sơ",
            ])
    }

    /// "một" (one) and a word of time after an amount, or a unit after money, is what it is per, as
    /// "mỗi" is; not when the words after make it a length or point of time.
    @Test func perOneInWords() {
        #expect(scanned("lương 15 triệu đồng một tháng, làm 8 tiếng một ngày, lãi 7% một năm, giá 35 USD một ounce") == [
            "15 triệu đồng một tháng → MONEY value=15000000 unit=VND per=month", "8 tiếng một ngày → DURATION value=8 unit=hour per=day",
            "7% một năm → PERCENT value=7 per=year", "35 USD một ounce → MONEY value=35 unit=USD per=oz",
        ])
        #expect(scanned("phí 300.000 đồng một ngày đêm, học phí 12 triệu đồng một năm học") == [
            "300.000 đồng một ngày đêm → MONEY value=300000 unit=VND per=day",
            "12 triệu đồng một năm học → MONEY value=12000000 unit=VND per=năm học",
        ])
        #expect(scanned("vàng 85 triệu đồng một lượng") == ["85 triệu đồng một lượng → MONEY value=85000000 unit=VND per=lượng"])
        // A length or point of time, a count of times, a unit after what is no money, a capital "Một".
        for line in [
            "tăng 5% một năm sau đó", "gửi 10 triệu đồng một năm trước", "tăng 7% một năm qua", "nhận 2 triệu đồng một tháng 2 lần",
            "trả 5 triệu đồng một lần", "hơn 5 triệu đồng một chút", "chạy 5 km một lít", "5 triệu đồng Một tháng",
            "sau 2 năm một tháng", "sau 1 tháng một tuần", "3 ngày một ngày",
        ] {
            #expect(!scanned(line).contains { $0.contains("per=") }, "\(line)")
        }
    }

    /// "trên" (on) and one of a unit or a word of time after an amount is what it is per, as "mỗi"
    /// is; after money one of anything ("31.521 euro trên một người"); "người trên 1 km²" a density.
    @Test func perOneWithTrên() {
        #expect(scanned("giá 7,70 USD trên 1 kg, 500.000 đồng trên một m², thu nhập 31.521 euro trên một người") == [
            "7,70 USD trên 1 kg → MONEY value=7.7 unit=USD per=kg", "500.000 đồng trên một m² → MONEY value=500000 unit=VND per=m²",
            "31.521 euro trên một người → MONEY value=31521 unit=EUR per=người",
        ])
        #expect(scanned("quảng cáo 12 phút trên một tiếng, 0,05 miligam trên một lít, 5% trên 1 năm") == [
            "12 phút trên một tiếng → DURATION value=12 unit=minute per=hour", "0,05 miligam trên một lít → QUANTITY value=0.05 unit=mg per=L",
            "5% trên 1 năm → PERCENT value=5 per=year",
        ])
        #expect(scanned("mật độ 120 người trên 1 km2") == ["120 người trên 1 km2 → RATIO numerator=120 denominator=1 unit=người/km²"])
        // A quantity on one thing that is no unit (a front), more than one, a bound of its own.
        #expect(scanned("tiến sâu 600 km trên một chiến tuyến") == ["600 km → QUANTITY value=600 unit=km"])
        #expect(scanned("thu 5 triệu đồng trên 2 tháng") == ["5 triệu đồng → MONEY value=5000000 unit=VND", "trên 2 tháng → DURATION value=2 unit=month qualifier=over"])
        #expect(scanned("ngồi trên 1 chiếc thuyền") == ["trên 1 → NUMBER value=1 qualifier=over"])
    }

    /// "mỗi" (each) and what an amount is per, spaced, are one expression as the "/" is; a clock
    /// range is per nothing.
    @Test func perInWords() {
        #expect(scanned("lương 5 triệu đồng mỗi tháng, tăng 3% mỗi năm, làm 40 giờ mỗi tuần, 50.000 đồng mỗi người") == [
            "5 triệu đồng mỗi tháng → MONEY value=5000000 unit=VND per=month", "3% mỗi năm → PERCENT value=3 per=year",
            "40 giờ mỗi tuần → DURATION value=40 unit=hour per=week", "50.000 đồng mỗi người → MONEY value=50000 unit=VND per=người",
        ])
        #expect(scanned("từ 5 đến 10 triệu đồng mỗi tháng; 2 lần mỗi ngày; tăng 5% mỗi năm 2020") == [
            "từ 5 đến 10 triệu đồng mỗi tháng → RANGE from=5000000 to=10000000 unit=VND per=month", "2 → NUMBER value=2",
            "5% → PERCENT value=5", "năm 2020 → DATE value=2020",
        ])
        #expect(scanned("mở cửa từ 13 giờ 30 đến 19 giờ mỗi ngày; 8 giờ mỗi ngày") == [
            "từ 13 giờ 30 đến 19 giờ → RANGE from=T13:30 to=T19:00", "8 giờ mỗi ngày → DURATION value=8 unit=hour per=day",
        ])
    }

    @Test func perIsPartOfEqualityAndTheAttributes() throws {
        let rate = try NumberParser().parse("360.000 đồng/tháng")
        #expect(rate.per == "month")
        #expect(rate.attributes.map(\.name) == ["value", "unit", "per"])
        let plain = try NumberParser().parse("360.000 đồng")
        #expect(plain.per == nil)
        let copy = NumericExpression(
            rate.typedValue, per: nil, text: rate.text, scalarRange: rate.scalarRange, utf8Range: rate.utf8Range)
        #expect(copy != NumericExpression(
            rate.typedValue, per: "month", text: rate.text, scalarRange: rate.scalarRange, utf8Range: rate.utf8Range))
    }
}
