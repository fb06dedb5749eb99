import Testing

@testable import VietNumbers

@Suite struct NumberParserTests {
    static let phrases: [(String, String)] = [
        // Digits: grouping, decimals, signs, spaces, leading zeros.
        ("1.099", "NUMBER value=1099"),
        ("1.456.018", "NUMBER value=1456018"),
        ("119,09", "NUMBER value=119.09"),
        ("0,21", "NUMBER value=0.21"),
        ("4.42", "NUMBER value=4.42"),
        ("1,500.5", "NUMBER value=1500.5"),
        ("1.099.000,5", "NUMBER value=1099000.5"),
        ("1 099", "NUMBER value=1099"),
        ("05", "NUMBER value=5"),
        ("-5", "NUMBER value=-5"),
        ("+3,2%", "PERCENT value=3.2"),
        ("âm 3,5", "NUMBER value=-3.5"),
        // Spelled out, every regional variant.
        ("hai mươi mốt", "NUMBER value=21"),
        ("một trăm linh năm", "NUMBER value=105"),
        ("một trăm lẻ năm", "NUMBER value=105"),
        ("một trăm linh tư", "NUMBER value=104"),
        ("hai nghìn lẻ tư", "NUMBER value=2004"),
        ("mười lăm", "NUMBER value=15"),
        ("hai mươi nhăm", "NUMBER value=25"),
        ("ba mươi tư", "NUMBER value=34"),
        ("bẩy mươi bảy", "NUMBER value=77"),
        ("hai lăm", "NUMBER value=25"),
        ("hăm mốt", "NUMBER value=21"),
        ("một trăm rưỡi", "NUMBER value=150"),
        // A half after a small count, in words or digits, and after a count of a unit.
        ("ba rưỡi", "NUMBER value=3.5"), ("một rưởi", "NUMBER value=1.5"), ("mười hai rưỡi", "NUMBER value=12.5"),
        ("3 rưỡi", "NUMBER value=3.5"), ("một mét rưỡi", "QUANTITY value=1.5 unit=m"), ("2 kg rưỡi", "QUANTITY value=2.5 unit=kg"),
        ("hai triệu rưởi", "NUMBER value=2500000"),
        ("năm ngàn", "NUMBER value=5000"),
        ("ba vạn", "NUMBER value=30000"),
        ("một tỉ", "NUMBER value=1000000000"),
        ("một nghìn tỷ", "NUMBER value=1000000000000"),
        ("một tỷ tỷ", "NUMBER value=1000000000000000000"),
        ("hai phẩy năm", "NUMBER value=2.5"),
        ("không phẩy không năm", "NUMBER value=0.05"),
        ("bảy trăm hai mươi mốt nghìn không trăm mười hai", "NUMBER value=721012"),
        ("ba tỷ hai trăm năm mươi triệu", "NUMBER value=3250000000"),
        ("một trăm hai", "NUMBER value=120"),
        ("ba triệu hai", "NUMBER value=3200000"),
        // The forms of one, four and five that follow tens stand after a scale as its tenths too.
        ("hai triệu tư", "NUMBER value=2400000"), ("hai nghìn mốt", "NUMBER value=2100"), ("một tỷ tư", "NUMBER value=1400000000"),
        ("hai triệu lăm", "NUMBER value=2500000"), ("2 triệu tư", "NUMBER value=2400000"),
        // Mixed.
        ("2 triệu 500 nghìn", "NUMBER value=2500000"),
        ("3 tỷ 250 triệu", "NUMBER value=3250000000"),
        ("1,5 triệu", "NUMBER value=1500000"),
        // Metric units spelt out ("3 mi-li-mét" is no 3 miles, "3 xen-ti-mét" no 3 cents).
        ("40 milimét", "QUANTITY value=40 unit=mm"), ("3 mi-li-mét", "QUANTITY value=3 unit=mm"), ("3 xen-ti-mét", "QUANTITY value=3 unit=cm"),
        ("39 mililít", "QUANTITY value=39 unit=mL"), ("10 micromet", "QUANTITY value=10 unit=µm"), ("1 nanomet", "QUANTITY value=1 unit=nm"),
        ("88,3 tỉ kilowatt giờ", "QUANTITY value=88300000000 unit=kWh"), ("1.920 megawatt", "QUANTITY value=1920 unit=MW"),
        ("60 watt", "QUANTITY value=60 unit=W"),
        ("5 trăm nghìn đồng", "MONEY value=500000 unit=VND"),
        ("12 nghìn 500 đồng", "MONEY value=12500 unit=VND"),
        ("1 tỷ 2", "NUMBER value=1200000000"),
        ("113 vạn 3 nghìn 8 trăm", "NUMBER value=1133800"),
        ("2 chục", "NUMBER value=20"),
        ("hơn chục", "NUMBER value=10 qualifier=over"),
        // Percent, fractions, ratios, rates.
        ("47,13%", "PERCENT value=47.13"),
        ("năm phần trăm", "PERCENT value=5"),
        ("một phần ba", "RATIO numerator=1 denominator=3"),
        ("ba phần tư", "RATIO numerator=3 denominator=4"),
        ("⅔", "RATIO numerator=2 denominator=3"),
        ("12½", "NUMBER value=12.5"),
        ("nửa triệu", "NUMBER value=500000"),
        ("132/141", "RATIO numerator=132 denominator=141"),
        ("119,09 thuê bao/100 dân", "RATIO numerator=119.09 denominator=100 unit=thuê bao/dân"),
        ("0,21 thuê bao/ dân", "RATIO numerator=0.21 denominator=1 unit=thuê bao/dân"),
        // Money.
        ("735,3 tỷ đồng", "MONEY value=735300000000 unit=VND"),
        ("30 triệu USD", "MONEY value=30000000 unit=USD"),
        ("hơn 1,6 tỷ đồng", "MONEY value=1600000000 unit=VND qualifier=over"),
        ("trên dưới 50 tỷ đồng", "MONEY value=50000000000 unit=VND qualifier=approx"),
        ("500 đô la Mỹ", "MONEY value=500 unit=USD"),
        // Other countries' dollars are not the US dollar; currencies named with their country.
        ("3.609.470 đô la Úc", "MONEY value=3609470 unit=AUD"),
        ("100 đô-la Hồng Kông", "MONEY value=100 unit=HKD"),
        ("2 dollar Canada", "MONEY value=2 unit=CAD"),
        ("7,5 tỉ NDT", "MONEY value=7500000000 unit=CNY"),
        ("5 triệu franc Pháp", "MONEY value=5000000 unit=FRF"),
        ("6 tỷ krone Đan Mạch", "MONEY value=6000000000 unit=DKK"),
        ("10 ringgit", "MONEY value=10 unit=MYR"),
        ("20 euro", "MONEY value=20 unit=EUR"),
        ("1000 yên", "MONEY value=1000 unit=JPY"),
        ("2 tỷ nhân dân tệ", "MONEY value=2000000000 unit=CNY"),
        ("50.000đ", "MONEY value=50000 unit=VND"),
        ("50.000 ₫", "MONEY value=50000 unit=VND"),
        ("$10", "MONEY value=10 unit=USD"),
        // An English scale word: the writer writes English, "." is a decimal point.
        ("$82.272 billion", "MONEY value=82272000000 unit=USD"), ("1.500 million USD", "MONEY value=1500000 unit=USD"),
        // Quantities.
        ("25 ha", "QUANTITY value=25 unit=ha"),
        ("100 kVA", "QUANTITY value=100 unit=kVA"),
        ("5000 mAh", "QUANTITY value=5000 unit=mAh"),
        ("150 cc", "QUANTITY value=150 unit=cm³"),
        // "metric ton" translated word for word.
        ("430.000 mét tấn", "QUANTITY value=430000 unit=t"),
        ("18 inches", "QUANTITY value=18 unit=in"), ("6.435 kilometres", "QUANTITY value=6435 unit=km"), ("20 miles", "QUANTITY value=20 unit=mi"),
        // English units: a comma left as English wrote it groups; dots regrouped by a translator do too.
        ("1,350 miles", "QUANTITY value=1350 unit=mi"), ("281.947 acres", "QUANTITY value=281947 unit=acre"), ("24.6 miles", "QUANTITY value=24.6 unit=mi"),
        ("2,700 mi", "QUANTITY value=2700 unit=mi"), ("158,109 sq mi", "QUANTITY value=158109 unit=mi²"),
        ("22,047 ft", "QUANTITY value=22047 unit=ft"), ("1,700 mm", "QUANTITY value=1.7 unit=mm"),
        ("160,000 mi2", "QUANTITY value=160000 unit=mi²"), ("3 ft2", "QUANTITY value=3 unit=ft²"), ("5 dm3", "QUANTITY value=5 unit=dm³"),
        ("2,5 mm2", "QUANTITY value=2.5 unit=mm²"), ("5 km3", "QUANTITY value=5 unit=km³"),
        ("1.000 TEU", "QUANTITY value=1000 unit=TEU"),
        ("6,5 độ Richter", "QUANTITY value=6.5 unit=Richter"),
        ("7,0 Mw", "QUANTITY value=7 unit=Mw"), ("8,8Mw", "QUANTITY value=8.8 unit=Mw"), ("8,6 Ms", "QUANTITY value=8.6 unit=Ms"),
        ("500 MW", "QUANTITY value=500 unit=MW"),
        ("0,5 điểm phần trăm", "QUANTITY value=0.5 unit=pp"),
        ("5 lạng", "QUANTITY value=5 unit=lạng"),
        ("3 sào", "QUANTITY value=3 unit=sào"),
        ("2 chỉ vàng", "QUANTITY value=2 unit=chỉ"),
        ("10 tệ", "MONEY value=10 unit=CNY"),
        ("100 won Hàn Quốc", "MONEY value=100 unit=KRW"),
        ("19.226 ft", "QUANTITY value=19226 unit=ft"),
        ("530 lb", "QUANTITY value=530 unit=lb"),
        ("12 inch", "QUANTITY value=12 unit=in"),
        ("100 dặm Anh", "QUANTITY value=100 unit=mi"),
        ("5 sq mi", "QUANTITY value=5 unit=mi²"),
        ("95°F", "QUANTITY value=95 unit=°F"),
        ("12 hải lý", "QUANTITY value=12 unit=nmi"),
        ("13 hải lý/giờ", "QUANTITY value=13 unit=kn"),
        ("611 kilômét vuông", "QUANTITY value=611 unit=km²"),
        ("480 người/km²", "RATIO numerator=480 denominator=1 unit=người/km²"),
        ("480 người/km2", "RATIO numerator=480 denominator=1 unit=người/km²"),
        ("1.200 m2", "QUANTITY value=1200 unit=m²"),
        ("3,5 km²", "QUANTITY value=3.5 unit=km²"),
        ("50 MW", "QUANTITY value=50 unit=MW"),
        ("2 tấn", "QUANTITY value=2 unit=t"),
        ("100 Mbps", "QUANTITY value=100 unit=Mbit/s"),
        // Ranges and qualifiers.
        ("2021-2025", "RANGE from=2021 to=2025"),
        ("2015 – 2020", "RANGE from=2015 to=2020"),
        ("từ 5 đến 10", "RANGE from=5 to=10"),
        ("3-5%", "RANGE from=3 to=5 unit=%"),
        ("03 đến 05 năm", "RANGE from=3 to=5 unit=year"),
        ("khoảng 38 tỷ đồng", "MONEY value=38000000000 unit=VND qualifier=approx"),
        ("gần 30 tỷ đồng", "MONEY value=30000000000 unit=VND qualifier=nearly"),
        ("tối thiểu 30%", "PERCENT value=30 qualifier=at_least"),
        ("không quá 7.000 đồng", "MONEY value=7000 unit=VND qualifier=at_most"),
        // A fraction of a duration unit that a decimal writes exactly is that duration.
        ("1/2 năm", "DURATION value=0.5 unit=year"),
        ("3/4 tháng", "DURATION value=0.75 unit=month"),
        // A negated comparison is the opposite bound: "không nhỏ hơn" (not less than) is at least.
        ("không nhỏ hơn 0,3 m", "QUANTITY value=0.3 unit=m qualifier=at_least"),
        ("không dưới 5 năm", "DURATION value=5 unit=year qualifier=at_least"),
        ("không lớn hơn 10%", "PERCENT value=10 qualifier=at_most"),
        ("không trên 3 tháng", "DURATION value=3 unit=month qualifier=at_most"),
        ("dưới 18", "NUMBER value=18 qualifier=under"),
        // Dates and times.
        ("13/11/2020", "DATE value=2020-11-13"),
        ("ngày 14-1", "DATE value=XXXX-01-14"),
        ("7-3-2019", "DATE value=2019-03-07"),
        ("26.10.2006", "DATE value=2006-10-26"),
        ("ngày 7 tháng 3 năm 2019", "DATE value=2019-03-07"),
        ("tháng 6/2023", "DATE value=2023-06"),
        ("quý I/2023", "DATE value=2023-Q1"),
        ("năm 2018", "DATE value=2018"),
        ("Chiều 4/1", "DATE value=XXXX-01-04 part=afternoon"),
        ("15 giờ 30", "TIME value=T15:30"),
        ("15h30", "TIME value=T15:30"),
        ("15h30 ngày 13/11/2020", "DATE value=2020-11-13T15:30"),
        ("05 tháng đầu năm 2023", "DATE value=2023-01/2023-05"),
        ("đầu năm 2023", "DATE value=2023 part=start"),
        // Durations and ordinals.
        ("05 tháng", "DURATION value=5 unit=month"),
        ("15 năm", "DURATION value=15 unit=year"),
        ("3 ngày", "DURATION value=3 unit=day"),
        ("thứ ba", "ORDINAL value=3"),
        ("thứ nhất", "ORDINAL value=1"),
        ("thứ 3", "ORDINAL value=3"),
        ("khóa XII", "ORDINAL value=12"),
        ("khoá XII", "ORDINAL value=12"),
        // Grades, classes and appendices of the legal texts.
        ("Phụ lục II", "ORDINAL value=2"),
        ("PHỤ LỤC IV", "ORDINAL value=4"),
        ("hạng III", "ORDINAL value=3"),
        ("loại I", "ORDINAL value=1"),
        ("cấp IV", "ORDINAL value=4"),
        ("nhóm II", "ORDINAL value=2"),
        ("vùng IV", "ORDINAL value=4"),
        ("bậc I", "ORDINAL value=1"),
    ]

    @Test(arguments: phrases)
    func parsesPhrase(_ phrase: String, _ expected: String) {
        #expect(parsed(phrase) == expected, "\(phrase)")
    }

    @Test func relativeDatesResolveAgainstTheReferenceDate() {
        let parser = NumberParser(options: .init(referenceDate: CalendarDate(year: 2023, month: 3, day: 1)))
        #expect(parsed("hôm qua", parser) == "DATE value=2023-02-28 offset=-1 day")
        #expect(parsed("tuần sau", parser) == "DATE value=2023-W10 offset=+1 week")
        #expect(parsed("3 ngày trước", parser) == "DATE value=2023-02-26 offset=-3 day")
        #expect(parsed("đầu năm", parser) == "DATE value=2023 part=start offset=+0 year")
        #expect(parsed("tháng trước", parser) == "DATE value=2023-02 offset=-1 month")
        #expect(parsed("năm ngoái", parser) == "DATE value=2022 offset=-1 year")
        #expect(parsed("05 tháng đầu năm", parser) == "DATE value=2023-01/2023-05")
        // Without a reference date the offset is still reported.
        #expect(parsed("hôm qua") == "DATE offset=-1 day")
    }

    @Test func decimalStyles() {
        let vietnamese = NumberParser(options: .init(decimalStyle: .vietnamese))
        let english = NumberParser(options: .init(decimalStyle: .english))
        #expect(parsed("1.099", vietnamese) == "NUMBER value=1099")
        #expect(parsed("1.099", english) == "NUMBER value=1.099")
        #expect(parsed("1,099", english) == "NUMBER value=1099")
        #expect(parsed("1,099", vietnamese) == "NUMBER value=1.099")
        #expect(parsed("1.5", vietnamese).hasPrefix("error"))
        #expect(parsed("1.5") == "NUMBER value=1.5")
        #expect(parsed("1,000,000") == "NUMBER value=1000000")
        // After a currency sign one "," before three digits groups thousands, as English prices do.
        #expect(parsed("£140,000") == "MONEY value=140000 unit=GBP")
        #expect(parsed("US$2,000") == "MONEY value=2000 unit=USD")
        #expect(parsed("$1,50") == "MONEY value=1.5 unit=USD")
        #expect(parsed("$0,121") == "MONEY value=0.121 unit=USD")
        #expect(parsed("€1,294 triệu") == "MONEY value=1294000 unit=EUR")
        #expect(parsed("140,500 USD") == "MONEY value=140.5 unit=USD")
        // Before "000" the comma groups thousands: no one writes an exact 140.000 so.
        #expect(parsed("140,000 USD") == "MONEY value=140000 unit=USD")
        #expect(parsed("$1,500", vietnamese) == "MONEY value=1.5 unit=USD")
    }

    /// "rưỡi" halves only what it can: a count from one to nineteen in words (not "năm", as often a
    /// year and a half with "một" left out), two digits, a whole count of a unit.
    @Test func halfFollowsOnlySmallWholeCounts() {
        #expect(parsed("năm rưỡi") == #"error: "năm" is a numeric expression but "rưỡi" at offset 4 is not part of it"#)
        #expect(parsed("hai mươi rưỡi") == #"error: "hai mươi" is a numeric expression but "rưỡi" at offset 9 is not part of it"#)
        #expect(parsed("05 rưỡi") == #"error: "05" is a numeric expression but "rưỡi" at offset 3 is not part of it"#)
        #expect(parsed("2,5 mét rưỡi") == #"error: "2,5 mét" is a numeric expression but "rưỡi" at offset 8 is not part of it"#)
    }

    @Test func wholePhraseErrorsSayWhatAndWhere() {
        #expect(parsed("") == "error: empty phrase")
        #expect(parsed("xin chào") == "error: no numeric expression at offset 0 (near \"xin\")")
        #expect(parsed("1.099 người") == "error: \"1.099\" is a numeric expression but \"người\" at offset 6 is not part of it")
        #expect(parsed("17/NQ-CP").hasPrefix("error"))
    }
}
