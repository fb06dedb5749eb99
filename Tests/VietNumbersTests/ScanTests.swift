import Testing
import VietTokenizer

@testable import VietNumbers

/// Ambiguity is handled on purpose: these are the cases the issue names, in running text.
@Suite struct ScanTests {
    @Test func tyLeIsNoBillion() {
        #expect(scanned("tỷ lệ hộ gia đình có internet đạt 47,13%") == ["47,13% → PERCENT value=47.13"])
    }

    @Test func namBeforeAYearIsTheYear() {
        #expect(scanned("Năm 2022 doanh thu tăng") == ["Năm 2022 → DATE value=2022"])
        #expect(scanned("trong năm người") == [])
        #expect(scanned("năm triệu đồng") == ["năm triệu đồng → MONEY value=5000000 unit=VND"])
    }

    /// A half after a small count is part of its number, and a season after "năm" one range, in
    /// running text as in a phrase (the scan read "ba" of "ba rưỡi" as 3, and "năm 2006" then "2007").
    @Test func halvesAndSeasonsInRunningText() {
        #expect(scanned("Thế hệ di động hai rưỡi ra đời trong năm 2006/2007, cao một mét rưỡi.") == [
            "hai rưỡi → NUMBER value=2.5", "năm 2006/2007 → RANGE from=2006 to=2007", "một mét rưỡi → QUANTITY value=1.5 unit=m",
        ])
    }

    /// Zeros after digits and a space or colon are a number broken by a typo, never an amount of 0
    /// of their own; a clock's minutes and zeros after a word still read.
    @Test func strandedZeroGroupsAreNoAmount() {
        #expect(scanned("giá 1000 000$ một tấn") == ["1000 → NUMBER value=1000", "một tấn → QUANTITY value=1 unit=t"])
        #expect(scanned("Phạt tiền từ 180.000:000 đồng đến 200.000.000 đồng") == [
            "180.000 → NUMBER value=180000", "200.000.000 đồng → MONEY value=200000000 unit=VND",
        ])
        #expect(scanned("họp lúc 15:00 ngày 3/5") == ["lúc 15:00 ngày 3/5 → DATE value=XXXX-05-03T15:00"])
        #expect(scanned("mã 00 đồng") == ["00 đồng → MONEY value=0 unit=VND"])
    }

    /// Catalogue and article identifiers in references are skipped whole.
    @Test func identifiersAfterTheirLabelsAreSkipped() {
        let references = "London: Routledge, 2004. 356 pages. ISBN 1-86064-184-9. OCLC 12345678; doi:10.2307/298 và 5 trang"
        #expect(scanned(references) == [
            "2004 → NUMBER value=2004", "356 → NUMBER value=356", "5 → NUMBER value=5",
        ])
        #expect(scanned("ISBN-13: 978-0415274362, PMID 1234, LCCN 66-19475, isbn 0415274362") == [])
        // Only the label itself: "XISBN 12", "BOOK 12" are counts.
        #expect(scanned("XISBN 12 và BOOK 12") == ["12 → NUMBER value=12", "12 → NUMBER value=12"])
        // The shortcuts skip what the grammar skips at every token.
        let parser = NumberParser()
        for line in [references, "ISBN-13: 978-0415274362, PMID 1234, LCCN 66-19475, isbn 0415274362"] {
            let tokenized = Tokenizer().tokenize(line)
            #expect(parser.scan(tokenized) == parser.scan(tokenized, shortcuts: false, everyToken: true), "\(line)")
        }
    }

    /// "X trên Y" between two numbers is a part of a whole, a rank's field or a rate ("7 out of 18"),
    /// not a count and a "more than"; a number of years, a unit or money after Y keeps "trên" its
    /// qualifier.
    @Test func trenBetweenTwoNumbersIsAPartOfAWhole() {
        #expect(scanned("lan ra 7 trên 18 tỉnh; cứ 2 trên 3 người; điểm 7,1 trên 10; 147 trên 100.000 dân") == [
            "7 trên 18 → RATIO numerator=7 denominator=18", "2 trên 3 → RATIO numerator=2 denominator=3",
            "7,1 trên 10 → RATIO numerator=7.1 denominator=10", "147 trên 100.000 → RATIO numerator=147 denominator=100000",
        ])
        #expect(scanned("Việt Nam xếp thứ 81 trên 117 nền kinh tế") == ["thứ 81 trên 117 → ORDINAL value=81"])
        #expect(scanned("183.150 trên 50 tuổi; 4 trên 11 triệu; 20 tháng trên 5; 5 trên 10 triệu đồng") == [
            "183.150 → NUMBER value=183150", "trên 50 → NUMBER value=50 qualifier=over", "4 → NUMBER value=4",
            "trên 11 triệu → NUMBER value=11000000 qualifier=over", "20 tháng → DURATION value=20 unit=month",
            "trên 5 → NUMBER value=5 qualifier=over", "5 → NUMBER value=5",
            "trên 10 triệu đồng → MONEY value=10000000 unit=VND qualifier=over",
        ])
    }

    /// "tư", "mốt", "lăm" after a scale are its tenths unless they begin a word with the next syllable;
    /// so is a lone digit after a million or more unless it counts the word after it.
    @Test func tenthWordsAfterAScaleKeepTheirWords() {
        // A lone digit after a million or more is its tenths before a word that counts nothing.
        #expect(scanned("vay 2 tỷ 5 của ngân hàng; giá 1 triệu 2 một chiếc; 1 triệu 2 chiếc") == [
            "2 tỷ 5 → NUMBER value=2500000000", "1 triệu 2 → NUMBER value=1200000", "1 triệu → NUMBER value=1000000",
            "2 → NUMBER value=2",
        ])
        #expect(scanned("lương hai triệu tư một tháng; hai triệu tư nhân") == [
            "hai triệu tư → NUMBER value=2400000", "một tháng → DURATION value=1 unit=month", "hai triệu → NUMBER value=2000000",
        ])
    }

    @Test func dongChiIsNoMoney() {
        #expect(scanned("2 đồng chí Phó Giám đốc") == ["2 → NUMBER value=2"])
        // "đô thị" is a city, "đô đốc" an admiral: no dollars.
        #expect(scanned("tỉnh có 211 đô thị và 3 đô đốc") == ["211 → NUMBER value=211", "3 → NUMBER value=3"])
        #expect(scanned("giá 5 đô, 7 đô la") == ["5 đô → MONEY value=5 unit=USD", "7 đô la → MONEY value=7 unit=USD"])
        #expect(scanned("400.000 Francs Pháp") == ["400.000 Francs Pháp → MONEY value=400000 unit=FRF"])
        #expect(scanned("có 5 xu hướng chính; 2 đô la và 23 xu") == ["5 → NUMBER value=5", "2 đô la và 23 xu → MONEY value=2.23 unit=USD"])
        // "một nửa" is a half, as "một phần hai"; "một nửa triệu" is no fraction but half a million.
        #expect(scanned("hơn một nửa dân số; giảm một nửa so với; một nửa triệu người") == [
            "hơn một nửa → RATIO numerator=1 denominator=2 qualifier=over", "một nửa → RATIO numerator=1 denominator=2",
            "nửa triệu → NUMBER value=500000",
        ])
        // "một ngày lễ" is a holiday, "một ngày nọ" some day: no length of time.
        #expect(scanned("một ngày lễ lớn, một ngày nọ, 3 ngày lễ, nghỉ hai ngày") == ["3 → NUMBER value=3", "hai ngày → DURATION value=2 unit=day"])
    }

    /// Words that make a duration or currency part of another word, and the units written in two.
    @Test func compoundsAreNoMeasures() {
        #expect(scanned("Một quý tộc người Anh và hai quý tộc Brunei") == ["hai → NUMBER value=2"])
        #expect(scanned("trong một quý") == ["một quý → DURATION value=1 unit=quarter"])
        #expect(scanned("Tháng 3 năm Quý Tỵ (1833)") == ["Tháng 3 → DATE value=XXXX-03", "1833 → NUMBER value=1833"])
        #expect(scanned("rộng 300 mẫu Anh, 737 dặm vuông, 89,6 dặm vuông Anh, 3.487 cây số vuông") == [
            "300 mẫu Anh → QUANTITY value=300 unit=acre", "737 dặm vuông → QUANTITY value=737 unit=mi²",
            "89,6 dặm vuông Anh → QUANTITY value=89.6 unit=mi²", "3.487 cây số vuông → QUANTITY value=3487 unit=km²",
        ])
        #expect(scanned("50 đô-la Mỹ, 10 dollar Mỹ") == ["50 đô-la Mỹ → MONEY value=50 unit=USD", "10 dollar Mỹ → MONEY value=10 unit=USD"])
        #expect(scanned("Những năm tháng ấy, qua năm tháng; năm tháng sau đó, trong 5 tháng") == [
            "năm tháng → DURATION value=5 unit=month", "5 tháng → DURATION value=5 unit=month",
        ])
        #expect(scanned("một triệu chứng của ung thư, hai triệu phú, ba tỷ phú, hai triệu người") == [
            "hai → NUMBER value=2", "ba → NUMBER value=3", "hai triệu → NUMBER value=2000000",
        ])
        #expect(scanned("với 64,5 triệu chứng nhận album và 10 triệu tập tin") == [
            "64,5 triệu → NUMBER value=64500000", "10 triệu → NUMBER value=10000000",
        ])
        #expect(scanned("có 13 đô ty, băng thông 2667 MB/s") == ["13 → NUMBER value=13", "2667 MB/s → QUANTITY value=2667 unit=MB/s"])
    }

    /// "mẫu" is the land measure after a scale word or before a word of land; else a form, a sample
    /// or a model, counted.
    @Test func mauIsLandOnlyWithLand() {
        #expect(scanned("kèm theo 17 mẫu giấy tờ; lấy 02 mẫu; 622 triệu mẫu; 3 mẫu ruộng; 10 mẫu Anh") == [
            "17 → NUMBER value=17", "02 → NUMBER value=2", "622 triệu mẫu → QUANTITY value=622000000 unit=mẫu",
            "3 mẫu → QUANTITY value=3 unit=mẫu", "10 mẫu Anh → QUANTITY value=10 unit=acre",
        ])
        #expect(scanned("được hưởng 1 khoảnh (công điền 80 mẫu); từ 6 sào đến 1 mẫu") == [
            "1 → NUMBER value=1", "80 mẫu → QUANTITY value=80 unit=mẫu", "6 sào → QUANTITY value=6 unit=sào", "1 mẫu → QUANTITY value=1 unit=mẫu",
        ])
    }

    /// One "," before three digits and a noun of whole things groups thousands ("4,700 người"); a
    /// measure, a rate or a leading zero keeps the Vietnamese decimal comma.
    @Test func englishGroupingBeforeCountedNouns() {
        #expect(scanned("có 4,700 người, 28,222 phương tiện, 15,000 học sinh; 3,125 người/hộ, 4,5 người, 1,500 km, 0,500 người") == [
            "4,700 → NUMBER value=4700", "28,222 → NUMBER value=28222", "15,000 → NUMBER value=15000",
            "3,125 người/hộ → RATIO numerator=3.125 denominator=1 unit=người/hộ", "4,5 → NUMBER value=4.5",
            "1,500 km → QUANTITY value=1.5 unit=km", "0,500 → NUMBER value=0.5",
        ])
        // Before "000" the comma groups thousands whatever follows: no one writes an exact decimal so.
        #expect(scanned("10,000 năm trước; dài 2,000 km; 1,000 tấn; hệ số 0,000") == [
            "10,000 năm → DURATION value=10000 unit=year", "2,000 km → QUANTITY value=2000 unit=km", "1,000 tấn → QUANTITY value=1000 unit=t",
            "0,000 → NUMBER value=0",
        ])
        #expect(scanned("từ 450,000 tới 500,000 người; 80,000-90,000 tín đồ") == [
            "từ 450,000 tới 500,000 → RANGE from=450000 to=500000", "80,000-90,000 → RANGE from=80000 to=90000",
        ])
    }

    /// A list marker run into a paragraph after a sentence is no number; a number before a sentence is.
    @Test func runInListMarkersAfterASentence() {
        #expect(scanned("đã thanh toán cho dự án. 2. Nhà thầu: a) Lập; như sau: 1. Tổ chức; đạt 15. Trong đó; Địa chỉ: 18 Nguyễn Du") == [
            "15 → NUMBER value=15", "18 → NUMBER value=18",
        ])
        // Values after a label, pages and volumes.
        #expect(scanned("Số đại biểu được bầu: 6. Số người ứng cử: 10. Infobase. tr. 95. ISBN; Vol. 1. London") == [
            "6 → NUMBER value=6", "10 → NUMBER value=10", "95 → NUMBER value=95", "1 → NUMBER value=1",
        ])
    }

    /// A lone "ba" before a noun is three ("ba thành viên", "một trong ba cơ quan"); "father" before a
    /// pronoun or verb ("ba tôi", "ba nói"), no count after "ngã", "giải", "hạng" (after "hạng" a
    /// rank, ORDINAL); no unit or currency
    /// when the next word makes another word ("ba xu hướng", "bộ ba tấn công") or a name ("Ngã ba Đồng Lộc").
    @Test func loneBaCountsBeforeANoun() {
        #expect(scanned("giết hại ba thành viên; một trong ba cơ quan; Ba người chết; ba tỷ phú; liên minh của ba nước").map { $0.components(separatedBy: " → ")[1] }
            == ["NUMBER value=3", "NUMBER value=3", "NUMBER value=3", "NUMBER value=3", "NUMBER value=3"])
        #expect(scanned("ba tôi nói; ba lô; ngã ba đường; giải ba; Ba Đình; ba mẹ; đế quốc Ba tư; là ba nếu; nhà của ba tôi").isEmpty)
        #expect(scanned("bộ ba tấn công; ba mẫu tự; Ngã ba Đồng Lộc; hạng ba đ\u{AD}ược; cao vài ba mét") == [
            "ba → NUMBER value=3", "ba → NUMBER value=3", "hạng ba → ORDINAL value=3",
        ])
        #expect(scanned("Chiến tranh Bảy Năm kết thúc; cách 10 năm ánh sáng") == ["10 năm ánh sáng → QUANTITY value=10 unit=ly"])
        #expect(scanned("ba tấn gạo, ba kilômét, ba đô la, ba nghìn Đô la Mỹ, một triệu Riel Căm pu chia; vài ba năm rồi; góp 563,3 triệu đồng tính") == [
            "ba tấn → QUANTITY value=3 unit=t", "ba kilômét → QUANTITY value=3 unit=km", "ba đô la → MONEY value=3 unit=USD",
            "ba nghìn Đô la Mỹ → MONEY value=3000 unit=USD", "một triệu Riel → MONEY value=1000000 unit=KHR",
            "563,3 triệu đồng → MONEY value=563300000 unit=VND",
        ])
    }

    /// A list of years after "năm" is a list of dates: the years after the first are plain digits
    /// that continue it after ", ", "và" or "hoặc" and end the phrase (not "2000 người").
    @Test func listsOfYears() {
        #expect(scanned("các năm 1997, 1998, 2005 và 2006 đều tăng; những năm 861, 862 hoặc 865").map { $0.components(separatedBy: " → ")[1] } == [
            "DATE value=1997", "DATE value=1998", "DATE value=2005", "DATE value=2006", "DATE value=0861", "DATE value=0862",
            "DATE value=0865",
        ])
        #expect(scanned("năm 2010, 2000 người; năm 2019, 300; năm 2019 và 45 tỉnh") == [
            "năm 2010 → DATE value=2010", "2000 → NUMBER value=2000", "năm 2019 → DATE value=2019", "300 → NUMBER value=300",
            "năm 2019 → DATE value=2019", "45 → NUMBER value=45",
        ])
        // "hay" (or) joins an uncertain year to the one before it, as "hoặc" does.
        #expect(scanned("vào năm 1984 hay 1985 gì đó; năm 1901 hay 1903 mới là; năm 2010 hay 2000 người") == [
            "năm 1984 → DATE value=1984", "1985 → DATE value=1985", "năm 1901 → DATE value=1901", "1903 → DATE value=1903",
            "năm 2010 → DATE value=2010", "2000 → NUMBER value=2000",
        ])
        // A later year after "và" ends the list whatever follows; an earlier number is a count.
        #expect(scanned("Năm 2009 và 2010 nền kinh tế hồi phục; năm 2010 và 2000 người; năm 1990 và 2050 cây") == [
            "Năm 2009 → DATE value=2009", "2010 → DATE value=2010", "năm 2010 → DATE value=2010", "2000 → NUMBER value=2000",
            "năm 1990 → DATE value=1990", "2050 → NUMBER value=2050",
        ])
    }

    /// Degrees as typed ("27oC", "30ºC", "27độC", "45°", "35,5º"); coordinates in degrees and minutes
    /// are no numbers ("16º12", "108°12'30\"", "21°N", "116° 40'", "26,28° B", "34,6º vĩ nam"); heights and jumps in metres and
    /// centimetres ("1m67" is 1.67 m, and so is "1 mét 67" spoken); a chemical formula's coefficient is none ("2H2O").
    @Test func degreesHeightsAndFormulas() {
        #expect(scanned("nhiệt độ 27oC, 30ºC, 27độC, trên 25oC, 20 – 22oC; góc 45°, 35,5º") == [
            "27oC → QUANTITY value=27 unit=°C", "30ºC → QUANTITY value=30 unit=°C", "27độC → QUANTITY value=27 unit=°C",
            "trên 25oC → QUANTITY value=25 unit=°C qualifier=over", "20 – 22oC → RANGE from=20 to=22 unit=°C",
            "45° → QUANTITY value=45 unit=°", "35,5º → QUANTITY value=35.5 unit=°",
        ])
        #expect(scanned("tọa độ 16º12 và 108°12'30\" và 20°47'41,6\"N; 21°N, 116° 40', 30°C").map { $0.components(separatedBy: " → ")[0] }
            == ["30°C"])
        // A spaced compass letter or "vĩ"/"kinh" after the degree sign: a coordinate too ("26,28° B",
        // "(34,6º vĩ nam)", "39° vĩ bắc và 99° kinh đông"); "30° C" is a temperature.
        #expect(scanned("giữa 26,28° B và 91,20° Đ; (34,6º vĩ nam); 39° vĩ bắc và 99° kinh đông; bắc 16° vĩ độ; 30° C") == [
            "30° → QUANTITY value=30 unit=°",
        ])
        #expect(scanned("cao 1m67, nhảy xa 5m50, dưới 1m50; 10m2, 1m") == [
            "1m67 → QUANTITY value=1.67 unit=m", "5m50 → QUANTITY value=5.5 unit=m", "dưới 1m50 → QUANTITY value=1.5 unit=m qualifier=under",
            "10m2 → QUANTITY value=10 unit=m²", "1m → QUANTITY value=1 unit=m",
        ])
        // Spoken with "mét": the digits after the word are the decimal part, when nothing is counted after them.
        #expect(scanned("cao 1 mét 70 và nặng; chu vi 2 mét 7 (9 ft); rộng 1 mét 4. Cao một mét bảy, dài 3 mét 2 bên") == [
            "1 mét 70 → QUANTITY value=1.7 unit=m", "2 mét 7 → QUANTITY value=2.7 unit=m", "9 ft → QUANTITY value=9 unit=ft",
            "1 mét 4 → QUANTITY value=1.4 unit=m", "một mét bảy → QUANTITY value=1.7 unit=m", "3 mét → QUANTITY value=3 unit=m",
            "2 → NUMBER value=2",
        ])
        #expect(scanned("2H2S + O2 → 2H2O; 3H2SeO3; lúc 10H30") == ["lúc 10H30 → TIME value=T10:30"])
    }

    /// A unit glued to "/" and a unit, second, minute or hour is one unit; per day, year or person
    /// is the quantity's `per` (PerTests).
    @Test func compoundUnits() {
        #expect(scanned("tỷ trọng 19,3 g/cm3, khoảng 1.020 tới 1.030 kg/m³, lưu lượng 5000 m3/s, 16 m3/h") == [
            "19,3 g/cm3 → QUANTITY value=19.3 unit=g/cm³", "khoảng 1.020 tới 1.030 kg/m³ → RANGE from=1020 to=1030 unit=kg/m³ qualifier=approx",
            "5000 m3/s → QUANTITY value=5000 unit=m³/s", "16 m3/h → QUANTITY value=16 unit=m³/h",
        ])
        // A yield per a time or a crop season after its compound unit; a season's number is no per.
        #expect(scanned("năng suất 6,5 tấn/ha/vụ, 60 tạ/ha/năm, từ 5 đến 6 tấn/ha/vụ; 6 tấn/ha/vụ 2; 60 km/h/làn") == [
            "6,5 tấn/ha/vụ → QUANTITY value=6.5 unit=t/ha per=vụ", "60 tạ/ha/năm → QUANTITY value=60 unit=q/ha per=year",
            "từ 5 đến 6 tấn/ha/vụ → RANGE from=5 to=6 unit=t/ha per=vụ", "6 tấn/ha → QUANTITY value=6 unit=t/ha",
            "2 → NUMBER value=2", "60 km/h → QUANTITY value=60 unit=km/h",
        ])
        #expect(scanned("áp suất 1 atm (101,325 kPa), 1013 hPa, 120 mmHg") == [
            "1 atm → QUANTITY value=1 unit=atm", "101,325 kPa → QUANTITY value=101.325 unit=kPa", "1013 hPa → QUANTITY value=1013 unit=hPa",
            "120 mmHg → QUANTITY value=120 unit=mmHg",
        ])
        // "pound" is a weight after a word of weight or before its kilograms; alone, sterling.
        #expect(scanned("nặng khoảng 80 pound, đại bác 18 pound, 33 pound (15 kg), trả 16 pound tiền chuộc") == [
            "khoảng 80 pound → QUANTITY value=80 unit=lb qualifier=approx", "18 pound → QUANTITY value=18 unit=lb",
            "33 pound → QUANTITY value=33 unit=lb", "15 kg → QUANTITY value=15 unit=kg", "16 pound → MONEY value=16 unit=GBP",
        ])
        // "bảng" alone is sterling after a scale word or a number of four digits or more; after a
        // smaller one a table or a group, before a country's name that country's pound.
        #expect(scanned("giá 80 triệu bảng, phí 15.000 bảng, tốn 5,000 bảng; 8 bảng đấu, 2 bảng; 400.000 Bảng Australia") == [
            "80 triệu bảng → MONEY value=80000000 unit=GBP", "15.000 bảng → MONEY value=15000 unit=GBP",
            "5,000 bảng → MONEY value=5000 unit=GBP", "8 → NUMBER value=8", "2 → NUMBER value=2", "400.000 → NUMBER value=400000",
        ])
        // Per mille, bits per second.
        #expect(scanned("tỷ lệ sinh 8,9 ‰, độ mặn 35‰, tốc độ 75 Mbit/s, khoảng 56 kbit/s") == [
            "8,9 ‰ → QUANTITY value=8.9 unit=‰", "35‰ → QUANTITY value=35 unit=‰", "75 Mbit/s → QUANTITY value=75 unit=Mbit/s",
            "khoảng 56 kbit/s → QUANTITY value=56 unit=kbit/s qualifier=approx",
        ])
        // "nhiệt độ khoảng": the "độ" of a word, not the "độ khoảng" (about) of a bound.
        #expect(scanned("nhiệt độ khoảng −2 °C, tốc độ khoảng 15 km/h") == [
            "khoảng −2 °C → QUANTITY value=-2 unit=°C qualifier=approx", "khoảng 15 km/h → QUANTITY value=15 unit=km/h qualifier=approx",
        ])
        // Physics and chemistry; a one-letter symbol that begins a name is none ("V.League").
        #expect(scanned("khoảng 20.000 K, 5,3 MeV, 500 nm, 10 µm, 400 ppm, pin 9 V; vòng 6 V.League, hạng 3 V-League") == [
            "khoảng 20.000 K → QUANTITY value=20000 unit=K qualifier=approx", "5,3 MeV → QUANTITY value=5.3 unit=MeV",
            "500 nm → QUANTITY value=500 unit=nm", "10 µm → QUANTITY value=10 unit=µm", "400 ppm → QUANTITY value=400 unit=ppm",
            "9 V → QUANTITY value=9 unit=V", "6 → NUMBER value=6", "3 → NUMBER value=3",
        ])
        #expect(scanned("dốc núi cao 1.998 foot (609 m), 43.560 foot vuông") == [
            "1.998 foot → QUANTITY value=1998 unit=ft", "609 m → QUANTITY value=609 unit=m",
            "43.560 foot vuông → QUANTITY value=43560 unit=ft²",
        ])
        // Decades, centuries and millennia as years; not before the number that names them.
        #expect(scanned("suốt 6 thập kỉ qua, hơn 5 thế kỷ, khoảng 3 thiên niên kỷ, một thế kỷ sau; hai thế kỷ 19 và 20") == [
            "6 thập kỉ → DURATION value=60 unit=year", "hơn 5 thế kỷ → DURATION value=500 unit=year qualifier=over",
            "khoảng 3 thiên niên kỷ → DURATION value=3000 unit=year qualifier=approx", "một thế kỷ → DURATION value=100 unit=year",
            "hai → NUMBER value=2", "thế kỷ 19 và 20 → DATE value=1801/2000",
        ])
        // Half of a unit of time; not of a named year, nor a period's half.
        #expect(scanned("trong nửa tháng; gần nửa thế kỷ; khoảng nửa năm; nửa năm 1996; nửa năm đầu; nửa đêm; nửa tiếng đồng hồ") == [
            "nửa tháng → DURATION value=0.5 unit=month", "gần nửa thế kỷ → DURATION value=50 unit=year qualifier=nearly",
            "khoảng nửa năm → DURATION value=0.5 unit=year qualifier=approx", "năm 1996 → DATE value=1996",
            "nửa tiếng đồng hồ → DURATION value=0.5 unit=hour",
        ])
        // Energy and radiation: diets, doses and activities.
        #expect(scanned("3.200 Kcal/người/ngày, 2000 calo, 500 kJ; liều 20 mSv/năm, 2 Gy, 370 MBq") == [
            "3.200 Kcal/người/ngày → QUANTITY value=3200 unit=kcal per=người/day", "2000 calo → QUANTITY value=2000 unit=cal",
            "500 kJ → QUANTITY value=500 unit=kJ", "20 mSv/năm → QUANTITY value=20 unit=mSv per=year", "2 Gy → QUANTITY value=2 unit=Gy",
            "370 MBq → QUANTITY value=370 unit=MBq",
        ])
        #expect(scanned("tàu từ 500 GT trở lên, máy 33 CV, 10 mã lực, tiếng ồn 85 dBA; từ 5 đên 10 ngày") == [
            "từ 500 GT trở lên → QUANTITY value=500 unit=GT qualifier=at_least", "33 CV → QUANTITY value=33 unit=CV",
            "10 mã lực → QUANTITY value=10 unit=CV", "85 dBA → QUANTITY value=85 unit=dBA", "từ 5 đên 10 ngày → RANGE from=5 to=10 unit=day",
        ])
        #expect(scanned("từ 4,74 gram đến 5,50 gram; 2 kilogram, 500 miligam") == [
            "từ 4,74 gram đến 5,50 gram → RANGE from=4.74 to=5.5 unit=g", "2 kilogram → QUANTITY value=2 unit=kg",
            "500 miligam → QUANTITY value=500 unit=mg",
        ])
        #expect(scanned("51 lb/ft², 2.500 cm³") == ["51 lb/ft² → QUANTITY value=51 unit=lb/ft²", "2.500 cm³ → QUANTITY value=2500 unit=cm³"])
        #expect(scanned("năng suất 3-5 tấn/ha, vận tốc 0,74 m/s, giấy 36 g/m²; 8 mg/ngày, 10 kg/người, 20 tấn/ năm") == [
            "3-5 tấn/ha → RANGE from=3 to=5 unit=t/ha", "0,74 m/s → QUANTITY value=0.74 unit=m/s", "36 g/m² → QUANTITY value=36 unit=g/m²",
            "8 mg/ngày → QUANTITY value=8 unit=mg per=day", "10 kg/người → QUANTITY value=10 unit=kg per=người",
            "20 tấn/ năm → QUANTITY value=20 unit=t per=year",
        ])
    }

    /// Years and months are one duration, in months; not before the day of a date.
    @Test func yearsAndMonthsAreOneDuration() {
        #expect(scanned("có 20 năm 01 tháng công tác, hai năm 3 tháng") == [
            "20 năm 01 tháng → DURATION value=241 unit=month", "hai năm 3 tháng → DURATION value=27 unit=month",
        ])
        #expect(scanned("Kỷ niệm 70 năm 2 tháng 9; 3 năm 15 tháng") == [
            "70 năm → DURATION value=70 unit=year", "2 tháng 9 → DATE value=XXXX-09-02", "3 năm → DURATION value=3 unit=year",
            "15 tháng → DURATION value=15 unit=month",
        ])
    }

    /// A capitalised number word inside a sentence before another capitalised word begins a name.
    @Test func capitalisedNumberWordsInNamesAreNoNumbers() {
        #expect(scanned("chị gái tên là Hai Tâm, ở huyện Bảy Núi, quận Hai Bà Trưng") == [])
        #expect(scanned("Hai người đã đến") == ["Hai → NUMBER value=2"])
        #expect(scanned("“Hai Tâm” là") == ["Hai → NUMBER value=2"])
        #expect(scanned("MỘT GIAI ĐOẠN HAI TÚI HỒ SƠ") == ["HAI → NUMBER value=2"])
        #expect(scanned("có Hai người") == ["Hai → NUMBER value=2"])
    }

    /// "xu" is a penny where pounds, shillings or pence are named around it and no dollar is; else a cent.
    @Test func xuIsAPennyBesidePounds() {
        #expect(scanned("trị giá 183 bảng, 9 si-linh và 1¾ xu; các mệnh giá: 1 xu, 2 xu, 1 bảng") == [
            "183 → NUMBER value=183", "9 → NUMBER value=9", "1¾ xu → MONEY value=0.0175 unit=GBP", "1 xu → MONEY value=0.01 unit=GBP",
            "2 xu → MONEY value=0.02 unit=GBP", "1 → NUMBER value=1",
        ])
        #expect(scanned("2 đô la và 23 xu; đồng 50 xu Kennedy") == ["2 đô la và 23 xu → MONEY value=2.23 unit=USD", "50 xu → MONEY value=0.5 unit=USD"])
    }

    /// Binary prefixes of sizes and the spelled names of the temperature scales are units.
    @Test func binaryPrefixesAndSpelledScalesAreUnits() {
        #expect(scanned("PDF (193 KiB), truy cập 4 GiB, 150 KiB/s; đã tăng 1 độ Celsius, mùa hè 70 độ Fahrenheit.") == [
            "193 KiB → QUANTITY value=193 unit=KiB", "4 GiB → QUANTITY value=4 unit=GiB", "150 KiB/s → QUANTITY value=150 unit=KiB/s",
            "1 độ Celsius → QUANTITY value=1 unit=°C", "70 độ Fahrenheit → QUANTITY value=70 unit=°F",
        ])
    }

    /// "thùng" after a number with a word of oil near it is barrels; elsewhere a box or a tank, counted.
    @Test func thùngIsBarrelsOfOil() {
        #expect(scanned("trữ lượng dầu mỏ khoảng 1,2 km³ (7,7 tỷ thùng); sản lượng 274,4 nghìn thùng/ngày") == [
            "khoảng 1,2 km³ → QUANTITY value=1.2 unit=km³ qualifier=approx", "7,7 tỷ thùng → QUANTITY value=7700000000 unit=bbl",
            "274,4 nghìn thùng/ngày → QUANTITY value=274400 unit=bbl per=day",
        ])
        #expect(scanned("khoảng 90 tỷ thùng dầu") == ["khoảng 90 tỷ thùng → QUANTITY value=90000000000 unit=bbl qualifier=approx"])
        #expect(scanned("Có thể mang 3 thùng nhiên liệu phụ; 20 thùng hàng") == ["3 → NUMBER value=3", "20 → NUMBER value=20"])
    }

    /// "độ" after digits with a word of earthquakes before it is a magnitude; elsewhere a temperature's or an angle's.
    @Test func độIsAMagnitudeAfterAnEarthquake() {
        #expect(scanned("Động đất 7,8 độ trong Iran; một trận địa chấn 4,7 độ.") == [
            "7,8 độ → QUANTITY value=7.8 unit=Richter", "4,7 độ → QUANTITY value=4.7 unit=Richter",
        ])
        #expect(scanned("nhiệt độ lên 40 độ; góc 30 độ") == ["40 → NUMBER value=40", "30 → NUMBER value=30"])
    }

    /// "ly" after digits with a word of arms before it is a gun's calibre in millimetres; elsewhere a glass.
    @Test func lyIsACalibreAfterArms() {
        #expect(scanned("12 khẩu đại bác 105 ly, súng cối 60-120 ly, trọng liên 12,7 ly") == [
            "12 → NUMBER value=12", "105 ly → QUANTITY value=105 unit=mm", "60-120 ly → RANGE from=60 to=120 unit=mm",
            "12,7 ly → QUANTITY value=12.7 unit=mm",
        ])
        #expect(scanned("bán được 15 ly Coca-Cola mỗi ngày") == ["15 → NUMBER value=15"])
    }

    /// A capitalised number word after a lower-case word inside a sentence, before a word of time, a
    /// unit or a capitalised word, is a name's: the Seven Years' War, a five-year plan, the Fourteen Points.
    @Test func capitalisedNumberWordsAfterALowerCaseWordAreNames() {
        #expect(scanned("trong Chiến tranh Bảy năm, cuộc chiến tranh Ba mươi năm, Kế hoạch Năm năm lần thứ nhất, Chiến tranh Ba Mươi Năm") == [
            "thứ nhất → ORDINAL value=1",
        ])
        #expect(scanned("trong văn bản Mười bốn Điểm của ông; truyền hình Sáu mươi giây") == [])
        #expect(scanned("Chiến tranh kết thúc. Bảy năm sau, có Ba người, trong thời hạn Bảy (07) ngày") == [
            "Bảy năm → DURATION value=7 unit=year", "Ba → NUMBER value=3", "Bảy (07) ngày → DURATION value=7 unit=day",
        ])
    }

    /// A capitalised number word after a kinship word or an honorific is a name by birth order; the
    /// honorific is in lower case, or capitalised where a sentence or a quote begins. After another
    /// capitalised word inside a sentence it ends a name.
    @Test func namesByBirthOrderAreNoNumbers() {
        #expect(scanned("vợ ông Tám cũng lo cơm nước, còn chị Hai bán bún") == [])
        #expect(scanned("Ông Bảy rất vui. Cô Sáu thì không. Vợ Mười bảo, ở nhà của Mười") == [])
        #expect(scanned("“Chị Hai ơi”, (cậu Chín) và em Mười") == [])
        #expect(scanned("vợ chồng ông Nguyễn Văn Hai, 59 tuổi; vùng đầm Cầu Hai") == ["59 → NUMBER value=59"])
        #expect(scanned("đội tuyển Anh hai lần vô địch") == ["hai → NUMBER value=2"])
        #expect(scanned("Hai người đến. Sáu người đi; sông Syria. Hai sông; tháng Chín, Mười") == [
            "Hai → NUMBER value=2", "Sáu → NUMBER value=6", "Hai → NUMBER value=2", "tháng Chín → DATE value=XXXX-09", "Mười → NUMBER value=10",
        ])
        #expect(scanned("anh hai người") == ["hai → NUMBER value=2"])
        #expect(scanned("Nhà ông có Sáu người") == ["Sáu → NUMBER value=6"])
    }

    /// A vehicle plate whose series letter is also a clock's or a thousand's mark is no number.
    @Test func vehiclePlatesAreNoNumbers() {
        #expect(scanned("chiếc xe 43H-016 ì ạch; xe 30K-123.45; biển số 51F-123.45") == [])
        #expect(scanned("từ 15h-16h; giá 50k-100k") == [
            "từ 15h-16h → RANGE from=T15:00 to=T16:00", "50k-100k → RANGE from=50000 to=100000",
        ])
    }

    /// Digits after a "+" glued to a letter are an offset or a name's; after digits the "+" is a sum's.
    @Test func offsetsAfterALetterAreNoNumbers() {
        #expect(scanned("năm N+1, tháng M+2, ngày D+5; ASEAN+3 là; chỉ số i+1; từ 5+3 người") == [
            "5 → NUMBER value=5", "3 → NUMBER value=3",
        ])
    }

    /// A number word in an idiom is no count.
    @Test func numberWordsInIdioms() {
        #expect(scanned("suy nghĩ chín chắn; thời cơ chín muồi; bốn bề đồn bót; rõ mười mươi; có một không hai; chín người") == [
            "chín → NUMBER value=9",
        ])
        // "chín" cooked or ripe: after a word of cooking or of fruit, before one of ripeness.
        #expect(scanned("luộc chín; hấp chín trộn đường; rang thóc vừa chín tới; quả vải chín đỏ; ăn chín uống sôi; mới chín tuổi; có chín tỉnh") == [
            "chín → NUMBER value=9", "chín → NUMBER value=9",
        ])
    }

    /// "nửa" before a scale word is half of it, a number that goes on as any other; before a unit of
    /// time it stays half a period.
    @Test func halfOfAScaleWord() {
        #expect(scanned("vi phạm gần nửa tỉ đồng; hơn nửa triệu USD một năm; Nửa triệu lượt xem; nửa nghìn") == [
            "gần nửa tỉ đồng → MONEY value=500000000 unit=VND qualifier=nearly",
            "hơn nửa triệu USD một năm → MONEY value=500000 unit=USD per=year qualifier=over", "Nửa triệu → NUMBER value=500000",
            "nửa nghìn → NUMBER value=500",
        ])
        #expect(scanned("nửa năm; nửa triệu năm") == [
            "nửa năm → DURATION value=0.5 unit=year", "nửa triệu năm → DURATION value=500000 unit=year",
        ])
    }

    /// A vulgar fraction alone reads as its "1/4" does; after a whole number it is the number's fraction,
    /// and one no decimal says exactly ("2⅓") is skipped with it.
    @Test func vulgarFractions() {
        #expect(scanned("uống ¼ viên; chiếm khoảng ¾ diện tích; ½ lít nước; (t½ 23,7 giờ); trên ¼ inch") == [
            "¼ → RATIO numerator=1 denominator=4", "khoảng ¾ → RATIO numerator=3 denominator=4 qualifier=approx",
            "½ lít → QUANTITY value=0.5 unit=L", "23,7 giờ → DURATION value=23.7 unit=hour",
            "trên ¼ inch → QUANTITY value=0.25 unit=in qualifier=over",
        ])
        #expect(scanned("được 7½ bao, 5 ½ bao; đĩa 5¼ inch; 2⅓ cốc; -2½ độ") == [
            "7½ → NUMBER value=7.5", "5 ½ → NUMBER value=5.5", "5¼ inch → QUANTITY value=5.25 unit=in", "-2½ → NUMBER value=-2.5",
        ])
    }

    /// A currency written before its amount takes digits: before a number word it is no amount's.
    @Test func currencyBeforeANumberWordIsNoAmount() {
        #expect(scanned("đồng USD một cách mạnh mẽ; USD 2 triệu; trị giá $ 9 tỷ") == [
            "USD 2 triệu → MONEY value=2000000 unit=USD", "$ 9 tỷ → MONEY value=9000000000 unit=USD",
        ])
    }

    /// "≥" and "≤" qualify what follows them, as "ít nhất" and "tối đa" do.
    @Test func comparisonSignsAreQualifiers() {
        #expect(scanned("≥ 1,0%; thông qua khi ≥2/3 thành viên; ≤ 5 m") == [
            "≥ 1,0% → PERCENT value=1 qualifier=at_least", "≥2/3 → RATIO numerator=2 denominator=3 qualifier=at_least",
            "≤ 5 m → QUANTITY value=5 unit=m qualifier=at_most",
        ])
        #expect(scanned("A ≤ B") == [])
    }

    /// ">" and "<" before a number are "over" and "under" ("PKL >175cc", "huyết áp < 20 mm Hg"),
    /// also after a word that says the same ("trên >90%"); not the head of an arrow ("1->5",
    /// "từ 4 - > 5", "x => 10") nor the end of a markup tag ("<b>5</b>").
    @Test func lessAndGreaterSignsAreQualifiers() {
        #expect(scanned("Xe PKL >175cc; huyết áp < 20 mm Hg; thạch anh trên >90%; (n) > 50:") == [
            ">175cc → QUANTITY value=175 unit=cm³ qualifier=over", "< 20 mm → QUANTITY value=20 unit=mm qualifier=under",
            "trên >90% → PERCENT value=90 qualifier=over", "> 50 → NUMBER value=50 qualifier=over",
        ])
        #expect(scanned("> 1 đến 1,5") == ["> 1 đến 1,5 → RANGE from=1 to=1.5 from_qualifier=over"])
        #expect(scanned("từ tầng 1->5; tăng từ 4 - > 5; x => 10 kg; <b>7</b>") == [
            "1 → NUMBER value=1", "5 → NUMBER value=5", "4 → NUMBER value=4", "5 → NUMBER value=5", "10 kg → QUANTITY value=10 unit=kg",
            "7 → NUMBER value=7",
        ])
    }

    /// "là" and "đến" after "tối đa", "tối thiểu", "ít nhất" stay in the qualifier.
    @Test func qualifiersWithLaAndDen() {
        #expect(scanned("Nhiệm kỳ tối đa là 05 năm, phải có ít nhất là 2/3 số thành viên; phạt tối đa đến 80.000.000 đồng") == [
            "tối đa là 05 năm → DURATION value=5 unit=year qualifier=at_most",
            "ít nhất là 2/3 → RATIO numerator=2 denominator=3 qualifier=at_least",
            "tối đa đến 80.000.000 đồng → MONEY value=80000000 unit=VND qualifier=at_most",
        ])
        // Other linking verbs; not "tối đa đạt", a greatest value.
        #expect(scanned("hỗ trợ tối đa bằng 6% mức lương, tối thiểu bằng 50 lần, tối thiểu đạt 05 lớp; ít nhất có 40 cổ đông") == [
            "tối đa bằng 6% → PERCENT value=6 qualifier=at_most", "tối thiểu bằng 50 → NUMBER value=50 qualifier=at_least",
            "tối thiểu đạt 05 → NUMBER value=5 qualifier=at_least", "ít nhất có 40 → NUMBER value=40 qualifier=at_least",
        ])
        #expect(scanned("độ sâu tối đa đạt 70 m") == ["70 m → QUANTITY value=70 unit=m"])
    }

    /// "ngày" before a day and month is the date's, not the unit of the number before it.
    @Test func ngayBeforeADateIsNoUnit() {
        #expect(scanned("giai đoạn 2021-2030 ngày 12/01/2022; Quyết định số 1234 ngày 5 tháng 3 năm 2020") == [
            "2021-2030 → RANGE from=2021 to=2030", "ngày 12/01/2022 → DATE value=2022-01-12", "1234 → NUMBER value=1234",
            "ngày 5 tháng 3 năm 2020 → DATE value=2020-03-05",
        ])
        #expect(scanned("trong 30 ngày kể từ ngày 5/3") == ["30 ngày → DURATION value=30 unit=day", "ngày 5/3 → DATE value=XXXX-03-05"])
    }

    @Test func dateIsNoRatioAndDocumentCodeIsNoNumber() {
        #expect(scanned("Nghị quyết số 17/NQ-CP ngày 13/11/2020") == ["ngày 13/11/2020 → DATE value=2020-11-13"])
        #expect(scanned("Nghị định 68/2000/NĐ-CP") == [])
        #expect(scanned("Nghi dinh so 13-2020-NĐ-CP.doc") == [])
        #expect(scanned("(Điều 6g Nghị định), Phụ lục 3g, Mẫu 01g: cân 15g") == ["15g → QUANTITY value=15 unit=g"])
        #expect(scanned("Số:-58/2026/NĐ-CP Hà Nội, giảm -5%") == ["-5% → PERCENT value=-5"])  // a stray dash before a code
        #expect(scanned("132/141 điểm") == ["132/141 → RATIO numerator=132 denominator=141"])
    }

    @Test func namesWithDigitsAreSkipped() {
        #expect(scanned("mạng 4G, 5G và COVID-19, cúm H5N1") == [])
    }

    @Test func loneAmbiguousWordsAreNotNumbersInText() {
        #expect(scanned("một số đơn vị không có") == [])
        #expect(scanned("có hai đơn vị") == ["hai → NUMBER value=2"])
    }

    /// Markdown list markers: bold, in a quote or after a bullet ("**1.** …", "> 2. …", "- 3. …").
    @Test func markdownListMarkersAreSkipped() {
        #expect(scanned("**1.** Nghị định này có 5 điều") == ["5 → NUMBER value=5"])
        #expect(scanned("> **2.** Kiểm tra 5 lần") == ["5 → NUMBER value=5"])
        #expect(scanned("- 3. Hồ sơ gồm 04 bản") == ["04 → NUMBER value=4"])
        #expect(scanned("### 1. Quan điểm") == [])
        // A formula's MathML pieces, one per deeply indented line, are no numbers; shallow indents are text.
        #expect(scanned("        1") == [])
        #expect(scanned("            0 ") == [])
        #expect(scanned("  5") == ["5 → NUMBER value=5"])
        #expect(scanned("        5 người") == ["5 → NUMBER value=5"])
        // An amending act quotes the clause it adds or rewrites, marker and all; no-break spaces indent.
        #expect(scanned("\"32. Trường hợp các đơn vị có 5 người") == ["5 → NUMBER value=5"])
        #expect(scanned("> “2. Hộ gia đình") == [])
        #expect(scanned("«10. Ủy ban") == [])
        #expect(scanned("\u{00A0}\u{00A0}3. Tuyên truyền") == [])
        // A stray apostrophe before a marker, glued or not, is OCR's noise: still a marker.
        #expect(scanned("' 9) Buộc lập 5 bản\n'2. Phạt tiền") == ["5 → NUMBER value=5"])
        #expect(scanned("có \"32 người\" và \"1.000 người") == ["32 → NUMBER value=32", "1.000 → NUMBER value=1000"])
        // The legal code's lines run an article's code, title and first clause together.
        #expect(scanned("Điều 25.5.TT.2.5. Tuyển sinh vừa làm vừa học 1. Đối tượng theo khoản 1. Hồ sơ gồm 5 bản") == [
            "1 → NUMBER value=1", "5 → NUMBER value=5",
        ])
        #expect(scanned("**Điều 3.1.NĐ.1.2. Đối tượng áp dụng** 1. Doanh nghiệp") == [])
        // Also after a title that ends in a word that may number, or in no word, when it is the
        // line's first " 1. "; not after "khoản", which refers.
        #expect(scanned("Điều 20.1.TT.82.7. Đánh giá kết quả học tập 1. Việc đánh giá theo cấp độ 1. Hồ sơ") == ["1 → NUMBER value=1"])
        #expect(scanned("Điều 5.1.TT.2.3. Tiêu chí (Phụ lục số III) 1. Đối với") == [])
        #expect(scanned("Điều 7.2.NĐ.1.3. 1. Bảo vệ") == [])
        #expect(scanned("Điều 14.1.LQ.7a. Quy hoạch tuyến đường sắt, ga đường sắt 1. Quy hoạch") == [])
        #expect(scanned("Điều 1.3.NĐ.1.20. Trách nhiệm theo khoản 1. Hồ sơ") == ["1 → NUMBER value=1"])
        #expect(scanned("Điều 5.1.TT.2.3. Quản lý đê điều 1. Việc quản lý") == [])
        #expect(scanned("Điều 1. Phạm vi điều chỉnh 1. Nghị định; cấp độ 1. Một số") == [
            "1 → NUMBER value=1", "1 → NUMBER value=1", "1 → NUMBER value=1",
        ])
        // A number inside a line keeps its bold: "Bảng **13.**" is table 13.
        #expect(scanned("*Bảng **13.** Cơ cấu") == ["13 → NUMBER value=13"])
    }

    /// Vietnam's standards are identifiers, however their parts are spaced.
    @Test func standardsAreIdentifiers() {
        #expect(scanned("(QCVN 01:2015/BTTTT), QCVN 01 - 175 : 2014/BNNPTNT, TCVN 9386-1:2012 dày 5 mm") == ["5 mm → QUANTITY value=5 unit=mm"])
        #expect(scanned("chuẩn ISO/IEC 17025:2005, ISO 8859-16, IEEE 1934, dẫn đường RNAV 1, RNP 4 và JIG 2; 3 tháng") == [
            "3 tháng → DURATION value=3 unit=month",
        ])
        // Models and versions are part of their names.
        #expect(scanned("Windows 8, Boeing 747-400, PlayStation 4, tàu Apollo 11 và Snapdragon 810; 2 chiếc Boeing") == [
            "2 → NUMBER value=2",
        ])
    }

    /// Reference markers ("[5]") count nothing; four digits in brackets are a year.
    @Test func referenceMarkersAreSkipped() {
        #expect(scanned("hơn 113.300 người.[5] Một nghiên cứu [1][2] (Walker, [1858]) dài [12] km") == [
            "hơn 113.300 → NUMBER value=113300 qualifier=over", "1858 → NUMBER value=1858",
        ])
        #expect(scanned("x [5 ] và [ 6]") == ["5 → NUMBER value=5", "6 → NUMBER value=6"])
    }

    /// "âm" is a minus sign before digits or a number word and "độ", not inside a word ("thu âm",
    /// "nguyên âm", "điện âm"; the number words after them are "a" and a triphthong's "ba", no
    /// numbers), in a lunar date or capitalised in a name.
    @Test func amIsAMinusSignOnlyBeforeAnAmount() {
        #expect(scanned("tăng trưởng âm 5,2%; nhiệt độ âm 30 độ C; âm năm độ") == [
            "âm 5,2% → PERCENT value=-5.2", "âm 30 độ C → QUANTITY value=-30 unit=°C", "âm năm → NUMBER value=-5",
        ])
        #expect(scanned("thu âm một phiên bản; nguyên âm ba; độ điện âm 2,55; ngày âm 12/03/2008; Quán Thế Âm 19/2") == [
            "2,55 → NUMBER value=2.55", "12/03/2008 → DATE value=2008-03-12", "19/2 → DATE value=XXXX-02-19",
        ])
    }

    /// Each side of a dimension is a length in the unit written after the last one.
    @Test func sidesOfADimensionShareItsUnit() {
        #expect(scanned("khổ A4 (21 x 29,7 cm); 127 x 94 x 65 mm; 229 × 191 mm; 2 x 3 = 6; 6x7 cm") == [
            "21 → QUANTITY value=21 unit=cm", "29,7 cm → QUANTITY value=29.7 unit=cm", "127 → QUANTITY value=127 unit=mm",
            "94 → QUANTITY value=94 unit=mm", "65 mm → QUANTITY value=65 unit=mm", "229 → QUANTITY value=229 unit=mm",
            "191 mm → QUANTITY value=191 unit=mm", "2 → NUMBER value=2", "3 → NUMBER value=3", "6 → NUMBER value=6",
        ])
    }

    /// "trên một", "dưới một", "gần một" before a noun are a preposition and "a".
    @Test func prepositionsBeforeMotAreNoQualifiers() {
        #expect(scanned("dựa trên một trong các căn cứ, dưới một mái nhà") == [])
        #expect(scanned("có hơn một chỉ tiêu, trên một triệu người") == [
            "hơn một → NUMBER value=1 qualifier=over", "trên một triệu → NUMBER value=1000000 qualifier=over",
        ])
    }

    @Test func listMarkersAreSkipped() {
        #expect(scanned("1. Tham mưu ban hành 04 văn bản") == ["04 → NUMBER value=4"])
        // After a dash at a line start too; a minus elsewhere stays one.
        #expect(scanned("-3. Hồ sơ nghiệm thu gồm 2 bản") == ["2 → NUMBER value=2"])
        #expect(scanned("nhiệt độ -3. Trời lạnh") == ["-3 → NUMBER value=-3"])
        #expect(scanned("-3 độ C vào ban ngày") == ["-3 độ C → QUANTITY value=-3 unit=°C"])
        // The second level of a lettered item ("c.1)"), at a line start only: "điểm c.1)" cites one.
        #expect(scanned("c.1) Cung cấp 2 bản") == ["2 → NUMBER value=2"])
        #expect(scanned("  a.5) Thông tin") == [])
        #expect(scanned("đ.2. Nội dung khác") == [])
        #expect(scanned("Theo điểm c.1) nêu trên") == ["1 → NUMBER value=1"])
        let parser = NumberParser()
        for line in [
            "-3. Hồ sơ nghiệm thu gồm 2 bản", "nhiệt độ -3. Trời lạnh", "-3 độ C", "c.1) Cung cấp 2 bản", "đ.2. Nội dung", "điểm c.1) nêu",
        ] {
            let tokenized = Tokenizer().tokenize(line)
            #expect(parser.scan(tokenized) == parser.scan(tokenized, shortcuts: false, everyToken: true), "\(line)")
        }
    }

    /// Digits restated in words in parentheses are one number, which the unit after the ")" measures;
    /// words that say another number stay apart.
    @Test func digitsRestatedInWords() {
        #expect(scanned("lập thành 02 (hai) bản, thời hạn 15 (Mười lăm) ngày, phạt 5.000.000 (năm triệu) đồng; 3 (bốn) ngày") == [
            "02 (hai) → NUMBER value=2", "15 (Mười lăm) ngày → DURATION value=15 unit=day",
            "5.000.000 (năm triệu) đồng → MONEY value=5000000 unit=VND", "3 → NUMBER value=3", "bốn → NUMBER value=4",
        ])
        // And the other way round: words restated in digits.
        #expect(scanned("trong thời hạn Bảy (07) ngày làm việc; nộp hai (02) bộ hồ sơ; mười lăm (15) ngày; ba (4) ngày") == [
            "Bảy (07) ngày → DURATION value=7 unit=day", "hai (02) → NUMBER value=2", "mười lăm (15) ngày → DURATION value=15 unit=day",
            "4 → NUMBER value=4",
        ])
    }

    /// A number before "năm" and a year is a number of that year ("193.536 năm 1980"), unless
    /// more years follow, which it counts ("3 năm 1958-1960"), or it is one word.
    @Test func numberBeforeTheYearItIsOf() {
        #expect(scanned("dân số 193.536 năm 1980, lên 600 triệu năm 1978 và 890 triệu năm 1979") == [
            "193.536 → NUMBER value=193536", "năm 1980 → DATE value=1980", "600 triệu → NUMBER value=600000000",
            "năm 1978 → DATE value=1978", "890 triệu → NUMBER value=890000000", "năm 1979 → DATE value=1979",
        ])
        #expect(scanned("trong 3 năm 1958-1960, hai năm 1803 và 1804, sau 5 năm") == [
            "3 năm → DURATION value=3 unit=year", "1958-1960 → RANGE from=1958 to=1960", "hai năm → DURATION value=2 unit=year",
            "1803 → NUMBER value=1803", "1804 → NUMBER value=1804", "5 năm → DURATION value=5 unit=year",
        ])
    }

    /// A unit's symbol glossed in parentheses after its words belongs to the quantity; "vượt quá",
    /// "nhỏ hơn hoặc bằng" and the like are qualifiers; "đồng Việt Nam" is the currency's name.
    @Test func glossesQualifiersAndTheCurrencysName() {
        #expect(scanned("từ 03 mét khối (m3) đến dưới 08 mét khối (m3) gỗ; 150 mét vuông (m2); 5 kilôgam (kg)") == [
            "từ 03 mét khối (m3) đến dưới 08 mét khối (m3) → RANGE from=3 to=8 unit=m³ to_qualifier=under",
            "150 mét vuông (m2) → QUANTITY value=150 unit=m²", "5 kilôgam (kg) → QUANTITY value=5 unit=kg",
        ])
        #expect(scanned("Vượt quá 10%; không vượt quá 30%; nhỏ hơn hoặc bằng 25%; bằng hoặc lớn hơn 2 m; 800 tỷ đồng Việt Nam") == [
            "Vượt quá 10% → PERCENT value=10 qualifier=over", "không vượt quá 30% → PERCENT value=30 qualifier=at_most",
            "nhỏ hơn hoặc bằng 25% → PERCENT value=25 qualifier=at_most", "bằng hoặc lớn hơn 2 m → QUANTITY value=2 unit=m qualifier=at_least",
            "800 tỷ đồng Việt Nam → MONEY value=800000000000 unit=VND",
        ])
        // A count, what it counts, then "trở lên/xuống": the count is the bound.
        #expect(scanned("Người từ đủ 18 tuổi trở lên; 60 tuổi trở lên; có 10 lao động trở xuống; 3 Người trở lên; 5 tuổi trở đi") == [
            "từ đủ 18 tuổi trở lên → NUMBER value=18 qualifier=at_least", "60 tuổi trở lên → NUMBER value=60 qualifier=at_least",
            "10 lao động trở xuống → NUMBER value=10 qualifier=at_most", "3 → NUMBER value=3", "5 → NUMBER value=5",
        ])
        #expect(scanned("có 50 hộ gia đình trở lên; 02 tờ văn bản trở lên; 01 chỉ số hoạt động trở lên; 5 người ở nhà đó nay trở lên") == [
            "50 hộ gia đình trở lên → NUMBER value=50 qualifier=at_least", "02 tờ văn bản trở lên → NUMBER value=2 qualifier=at_least",
            "01 chỉ số hoạt động trở lên → NUMBER value=1 qualifier=at_least", "5 → NUMBER value=5",
        ])
        // "trên" between a count and a round number of people is "per": a rate, no bound.
        #expect(scanned("75 tù nhân trên 100.000 dân; 5 người trên 60 tuổi; 33 người chết và trên 100 người") == [
            "75 tù nhân trên 100.000 dân → RATIO numerator=75 denominator=100000 unit=tù nhân/dân", "5 → NUMBER value=5",
            "trên 60 → NUMBER value=60 qualifier=over",
            "33 → NUMBER value=33", "trên 100 → NUMBER value=100 qualifier=over",
        ])
        // "cao hơn 20% so với": higher by, a difference; "cao hơn 20%" alone is over.
        #expect(scanned("cao hơn 20% so với cùng kỳ; lớn hơn 3 m so với mặt đất; cao hơn 20%; tăng hơn 20% so với cùng kỳ") == [
            "20% → PERCENT value=20", "3 m → QUANTITY value=3 unit=m", "cao hơn 20% → PERCENT value=20 qualifier=over",
            "hơn 20% → PERCENT value=20 qualifier=over",
        ])
        // "vượt 16 người so với quy định", "vượt 15,2% dự toán": an excess over a rule or a plan, exact;
        // "vượt 120%" alone, and "không vượt quá", bound.
        #expect(scanned("vượt 16 người so với quy định; vượt 15,2% dự toán; vượt 2 tỷ đồng so với kế hoạch; vượt 120%; không vượt quá 10% so với giá") == [
            "16 → NUMBER value=16", "15,2% → PERCENT value=15.2", "2 tỷ đồng → MONEY value=2000000000 unit=VND",
            "vượt 120% → PERCENT value=120 qualifier=over", "không vượt quá 10% → PERCENT value=10 qualifier=at_most",
        ])
        #expect(scanned("đạt từ 70/100 điểm trở lên; nằm trong khoảng từ 5 đến 10 m; khoảng từ 5 đến 10 m") == [
            "từ 70/100 điểm trở lên → RATIO numerator=70 denominator=100 qualifier=at_least", "từ 5 đến 10 m → RANGE from=5 to=10 unit=m",
            "khoảng từ 5 đến 10 m → RANGE from=5 to=10 unit=m qualifier=approx",
        ])
        // Negations with "được" bound as those without it; "chưa đủ" is short of, "chưa quá" not past.
        #expect(scanned("không được vượt quá 03 năm; không được thấp hơn 50%; chưa đủ 18 tuổi; chưa quá 06 tháng; không được thực hiện 2 lần") == [
            "không được vượt quá 03 năm → DURATION value=3 unit=year qualifier=at_most",
            "không được thấp hơn 50% → PERCENT value=50 qualifier=at_least", "chưa đủ 18 → NUMBER value=18 qualifier=under",
            "chưa quá 06 tháng → DURATION value=6 unit=month qualifier=at_most", "2 → NUMBER value=2",
        ])
        // "quá" alone is past (over), "không đủ" short of; "quá trình" (a process) no bound.
        #expect(scanned("dừng xe quá 20 phút; làm việc không đủ 04 giờ; quá trình 5 năm; không phục vụ quá hai nhiệm kỳ") == [
            "quá 20 phút → DURATION value=20 unit=minute qualifier=over", "không đủ 04 giờ → DURATION value=4 unit=hour qualifier=under",
            "5 năm → DURATION value=5 unit=year", "quá hai → NUMBER value=2 qualifier=over",
        ])
        // "dựa trên" is "based on": no "more than" ("có trên 50 người" keeps it).
        #expect(scanned("dựa trên 38 bài đánh giá; Dựa trên ba nguồn sử liệu; có trên 50 người") == [
            "38 → NUMBER value=38", "ba → NUMBER value=3", "trên 50 → NUMBER value=50 qualifier=over",
        ])
        // "on", no "more than": after a verb of lying or spreading, or before things written or stood on.
        #expect(scanned("nằm trên 2 nước; trải dài trên 4 múi giờ; chiến đấu trên hai mặt trận; công bố trên 01 tờ báo; rộng trên 700 ha; có trên 10 chức") == [
            "2 → NUMBER value=2", "4 → NUMBER value=4", "hai → NUMBER value=2", "01 → NUMBER value=1",
            "trên 700 ha → QUANTITY value=700 unit=ha qualifier=over", "trên 10 → NUMBER value=10 qualifier=over",
        ])
        // Later or earlier by a length of time is a difference, no bound; negated it is a deadline
        // or a waiting time ("lâu hơn", longer than, stays over).
        #expect(scanned("lịch Julius chậm hơn 11 ngày; sớm hơn 3 năm; không chậm hơn 30 ngày; không sớm hơn 05 năm; lâu hơn 10 giây") == [
            "11 ngày → DURATION value=11 unit=day", "3 năm → DURATION value=3 unit=year",
            "không chậm hơn 30 ngày → DURATION value=30 unit=day qualifier=at_most",
            "không sớm hơn 05 năm → DURATION value=5 unit=year qualifier=at_least",
            "hơn 10 giây → DURATION value=10 unit=second qualifier=over",
        ])
        // A bound said twice, and deadlines: at the latest (a date keeps its own reading, with no qualifier).
        #expect(scanned("tối đa không quá 05 ngày; tối đa không vượt quá 30%; chậm nhất là 10 ngày; chậm nhất ngày 31/12/2024") == [
            "tối đa không quá 05 ngày → DURATION value=5 unit=day qualifier=at_most",
            "tối đa không vượt quá 30% → PERCENT value=30 qualifier=at_most",
            "chậm nhất là 10 ngày → DURATION value=10 unit=day qualifier=at_most",
            "ngày 31/12/2024 → DATE value=2024-12-31",
        ])
        // Numbers in a file's name are none.
        #expect(scanned("Mau so 01-nđ 85-2023.doc; PL 1-4.docx); vbpq/2026/6/200-ndcp.signed.pdf; từ 5-7 ngày.") == [
            "từ 5-7 ngày → RANGE from=5 to=7 unit=day",
        ])
        // Appendices, grades and classes numbered in Roman numerals are ordinals, as chapters are;
        // not in a file's name, nor after "Phụ" of another word.
        #expect(scanned("tại Phụ lục II ban hành; giảng viên (hạng III), đô thị loại I; cấp IV; Phụ lục I.doc; phụ cấp I") == [
            "Phụ lục II → ORDINAL value=2", "hạng III → ORDINAL value=3", "loại I → ORDINAL value=1", "cấp IV → ORDINAL value=4",
            "cấp I → ORDINAL value=1",
        ])
        // An explicit plus is a sign ("+3,2%"), but not in a sum, a telephone number or a time zone.
        #expect(scanned("lạm phát +3,2% (+1,05%); từ +5 đến -3 độ C; 5+3=8; gọi +84 912 345 678; +84912345678; ký 17:20 +07:00") == [
            "+3,2% → PERCENT value=3.2", "+1,05% → PERCENT value=1.05", "từ +5 đến -3 độ C → RANGE from=5 to=-3 unit=°C",
            "5 → NUMBER value=5", "3 → NUMBER value=3", "8 → NUMBER value=8", "17:20 → TIME value=T17:20",
        ])
        // A ratio with a colon after a word of ratios, or with one digit after the colon; a clock's
        // minutes are two digits, a verse follows a book's name.
        #expect(scanned("tỷ lệ 16:9; tỉ lệ là 3:5; độ tương phản 50:1; pha 1:3; lúc 8:17; John 14:6; 2:1a; hòa 2:2; thắng 3:1 trước") == [
            "16:9 → RATIO numerator=16 denominator=9", "3:5 → RATIO numerator=3 denominator=5", "50:1 → RATIO numerator=50 denominator=1",
            "1:3 → RATIO numerator=1 denominator=3", "lúc 8:17 → TIME value=T08:17", "2 → NUMBER value=2",
        ])
        // Ranks in words: "hạng Nhất" to "hạng tư", "giải nhất" and "giải nhì", "thứ nhì"; not a hotel's
        // stars, nor "giải ba bài toán" (solving three problems); "phần tư nhân" is the private part.
        #expect(scanned("Huân chương Lao động hạng Nhất; đạt giải nhì; xếp thứ nhì; công dân hạng hai; khách sạn hạng ba sao; giải ba bài toán; giải hai bài; chiếm ba phần tư diện tích; 2 phần tư nhân") == [
            "hạng Nhất → ORDINAL value=1", "giải nhì → ORDINAL value=2", "thứ nhì → ORDINAL value=2", "hạng hai → ORDINAL value=2",
            "hai → NUMBER value=2", "ba phần tư → RATIO numerator=3 denominator=4", "2 → NUMBER value=2",
        ])
        // Halves of a year or a month; the codes of business reports for a month, a quarter, a half year.
        #expect(scanned("Nửa đầu năm 2025; nửa cuối năm 2025; Nửa đầu tháng 12; nửa cuối tháng 2/2024; nửa cuối tháng 2; nửa năm") == [
            "Nửa đầu năm 2025 → DATE value=2025-01/2025-06", "nửa cuối năm 2025 → DATE value=2025-07/2025-12",
            "Nửa đầu tháng 12 → DATE value=XXXX-12-01/XXXX-12-15", "nửa cuối tháng 2/2024 → DATE value=2024-02-16/2024-02-29",
            "cuối tháng 2 → DATE value=XXXX-02 part=end", "nửa năm → DURATION value=0.5 unit=year",
        ])
        #expect(scanned("Doanh số T11/2025; (T10/2025); Q3/2025; H1/2025; mẫu T1/2025-BTC; Q5/2025") == [
            "T11/2025 → DATE value=2025-11", "T10/2025 → DATE value=2025-10", "Q3/2025 → DATE value=2025-Q3",
            "H1/2025 → DATE value=2025-01/2025-06",
        ])
        // A number word restated in digits; petrol's grade; counts grouped by thousands as a part of a whole.
        #expect(scanned("trong năm (05) ngày; thời hạn năm (05) năm; một (01) bản; xăng RON 95 là 21.500 đồng/lít") == [
            "năm (05) ngày → DURATION value=5 unit=day", "năm (05) năm → DURATION value=5 unit=year", "một (01) → NUMBER value=1",
            "21.500 đồng/lít → MONEY value=21500 unit=VND per=L",
        ])
        #expect(scanned("là 1.123/1.856 thủ tục; 1.123/1.856/2020; 1.500/2.000.000 đồng; từ 2.000/2.200–3.000 mét") == [
            "1.123/1.856 → RATIO numerator=1123 denominator=1856", "1.123 → NUMBER value=1123", "1.856 → NUMBER value=1856",
            "2020 → NUMBER value=2020", "1.500 → NUMBER value=1500", "2.000.000 đồng → MONEY value=2000000 unit=VND",
            "2.000 → NUMBER value=2000", "2.200–3.000 mét → RANGE from=2200 to=3000 unit=m",
        ])
        // Rates per a scale word ("vạn dân"), and a denominator of as many words as the numerator's nouns.
        #expect(scanned("32 giường/vạn dân; 5 ca/triệu dân; 111,5 bé trai/100 bé gái; 103 phiếu thuận/33 phiếu chống") == [
            "32 giường/vạn dân → RATIO numerator=32 denominator=10000 unit=giường/dân",
            "5 ca/triệu dân → RATIO numerator=5 denominator=1000000 unit=ca/dân",
            "111,5 bé trai/100 bé gái → RATIO numerator=111.5 denominator=100 unit=bé trai/bé gái",
            "103 phiếu thuận/33 phiếu chống → RATIO numerator=103 denominator=33 unit=phiếu thuận/phiếu chống",
        ])
        // Coordinates in words are skipped whole, as in signs ("21°N"), with a range or a qualifier before them.
        #expect(scanned("ở khoảng 15,5 độ Vĩ Bắc; từ 53 đến 66 độ vĩ bắc; 62 độ vĩ bắc và 7 độ kinh tây; 39 độ; khoảng 30 độ C") == [
            "39 → NUMBER value=39", "khoảng 30 độ C → QUANTITY value=30 unit=°C qualifier=approx",
        ])
        // "chục" is ten after a qualifier or a digit; alone or after "hàng" it stays vague.
        #expect(scanned("Hơn chục người; gần chục năm; khoảng chục tỷ đồng; 2 chục quả; 3 chục vạn; chục người; hàng chục người") == [
            "Hơn chục → NUMBER value=10 qualifier=over", "gần chục năm → DURATION value=10 unit=year qualifier=nearly",
            "khoảng chục tỷ đồng → MONEY value=10000000000 unit=VND qualifier=approx", "2 chục → NUMBER value=20",
            "3 chục vạn → NUMBER value=300000",
        ])
        // "trăm" as well: a hundred after a qualifier ("hơn trăm người", "gần trăm triệu"); alone, after
        // "hàng" or "vài" it stays vague.
        #expect(scanned("hơn trăm người; gần trăm triệu dân; trên trăm tỷ đồng; trăm người; hàng trăm người; vài trăm người") == [
            "hơn trăm → NUMBER value=100 qualifier=over", "gần trăm triệu → NUMBER value=100000000 qualifier=nearly",
            "trên trăm tỷ đồng → MONEY value=100000000000 unit=VND qualifier=over",
        ])
        // Telephone numbers (and ten-digit codes) are skipped whole; no count starts with a 0 and runs to ten digits.
        #expect(scanned("ĐT: 0912 345 678; gọi 0912345678. Số 024.3825.1234, (028) 3822 1234; hotline 1900 1234; ngày 05.12.2025; 05 năm; 0912 345 678 12 người") == [
            "ngày 05.12.2025 → DATE value=2025-12-05", "05 năm → DURATION value=5 unit=year", "12 → NUMBER value=12",
        ])
        // A number word and the unit, currency or long period right after it (the scan filter let
        // these through only before a digit or a number word); not a currency named after "đồng", nor "gam màu".
        #expect(scanned("nặng một tấn; suốt một thập kỷ; năm thế kỷ cai trị; tờ năm đô-la; một đồng Euro; cùng một gam màu; sáng sớm ngày 24 tháng 8") == [
            "một tấn → QUANTITY value=1 unit=t", "một thập kỷ → DURATION value=10 unit=year", "năm thế kỷ → DURATION value=500 unit=year",
            "năm đô-la → MONEY value=5 unit=USD", "sáng sớm ngày 24 tháng 8 → DATE value=XXXX-08-24 part=morning",
        ])
        // Devices' and finance's units; names of models, editions, formats, indexes and time zones are no numbers.
        #expect(scanned("Camera 200 MP, 50MP; 400 nits; vắt 1.400 vòng/phút; 12.000 BTU; 30 fps; hạ 25 điểm cơ bản; tăng 15 bps; bốn điểm cơ bản") == [
            "200 MP → QUANTITY value=200 unit=MP", "50MP → QUANTITY value=50 unit=MP", "400 nits → QUANTITY value=400 unit=cd/m²",
            "1.400 vòng/phút → QUANTITY value=1400 unit=rpm", "12.000 BTU → QUANTITY value=12000 unit=BTU",
            "30 fps → QUANTITY value=30 unit=fps", "25 điểm cơ bản → QUANTITY value=25 unit=bp", "15 bps → QUANTITY value=15 unit=bp",
            "bốn → NUMBER value=4",
        ])
        #expect(scanned("S&P 500 tăng; SEA Games 33 và SEA Games 2003; Snapdragon 8 Gen 3; Wi-Fi 7, Bluetooth 5.3; RTX 4090; video 4K, 8K; lương 4k; 14:05 (GMT+7)") == [
            "2003 → NUMBER value=2003", "4k → NUMBER value=4000", "14:05 → TIME value=T14:05",
        ])
        // Rates: a denominator of a word of the lexicon ("phụ nữ"), per year, after a scale, and a range of them.
        #expect(scanned("1,91 con/phụ nữ; 34,2 ca/100.000 phụ nữ; 25 triệu hành khách/năm; 60-70 bệnh nhân/ngày; 1,1 tr tấn/năm; 3 quả/hai người") == [
            "1,91 con/phụ nữ → RATIO numerator=1.91 denominator=1 unit=con/phụ nữ",
            "34,2 ca/100.000 phụ nữ → RATIO numerator=34.2 denominator=100000 unit=ca/phụ nữ",
            "25 triệu hành khách/năm → RATIO numerator=25000000 denominator=1 unit=hành khách/năm",
            "60-70 bệnh nhân/ngày → RANGE from=60 to=70 unit=bệnh nhân/ngày", "1,1 → NUMBER value=1.1", "3 → NUMBER value=3",
            "hai → NUMBER value=2",
        ])
        // Minutes and seconds (and a race's hundredths) are one duration in seconds; a delay's hours
        // and minutes are a length; "ngày đêm" is days; a duration may be per something.
        #expect(scanned("34 phút 12 giây; thời gian 4 phút 42 giây 88. Với 4 giờ 35 phút 20 giây; trong 13 giây 02, phá; 5 giây 20 người") == [
            "34 phút 12 giây → DURATION value=2052 unit=second", "4 phút 42 giây 88 → DURATION value=282.88 unit=second",
            "4 giờ 35 phút 20 giây → DURATION value=16520 unit=second", "13 giây 02 → DURATION value=13.02 unit=second",
            "5 giây → DURATION value=5 unit=second", "20 → NUMBER value=20",
        ])
        #expect(scanned("chậm 2 giờ 30 phút so với; lúc 10 giờ 30 phút 15 giây; 56 ngày đêm; không quá 40 giờ/tháng; 10-15 phút/chuyến; 6 tháng/hằng năm") == [
            "2 giờ 30 phút → DURATION value=150 unit=minute", "lúc 10 giờ 30 phút 15 giây → TIME value=T10:30:15",
            "56 ngày đêm → DURATION value=56 unit=day", "không quá 40 giờ/tháng → DURATION value=40 unit=hour per=month qualifier=at_most",
            "10-15 phút/chuyến → RANGE from=10 to=15 unit=minute per=chuyến", "6 tháng → DURATION value=6 unit=month",
        ])
        // A school term's Roman numeral; decimal scores out of a whole; a contrast ratio; a table's row numbers.
        #expect(scanned("học kỳ I gồm 18 tuần; đạt 29,85/30 điểm; 31,5/30; độ tương phản 1000:1; 1000:1") == [
            "học kỳ I → ORDINAL value=1", "18 tuần → DURATION value=18 unit=week", "29,85/30 → RATIO numerator=29.85 denominator=30",
            "31,5 → NUMBER value=31.5", "30 → NUMBER value=30", "1000:1 → RATIO numerator=1000 denominator=1", "1000 → NUMBER value=1000",
            "1 → NUMBER value=1",
        ])
        #expect(scanned("1 | Thu nội địa | 1.718.900 | 110,3\n2 | Dầu thô | 54.800") == [
            "1.718.900 → NUMBER value=1718900", "110,3 → NUMBER value=110.3", "54.800 → NUMBER value=54800",
        ])
        // A sum restated in words is one MONEY; fractions of a unit; English scale words; an ounce; a
        // revolution's month; a kilometre post.
        #expect(scanned("phạt 10.000.000 đồng (mười triệu đồng); 100 USD (2,5 triệu đồng); 1/2 lít dầu; 2,5 billion USD; 2.651 USD/ounce; Cách mạng tháng Tám; tại Km 15+200 trên QL5") == [
            "10.000.000 đồng (mười triệu đồng) → MONEY value=10000000 unit=VND", "100 USD → MONEY value=100 unit=USD",
            "2,5 triệu đồng → MONEY value=2500000 unit=VND", "1/2 lít → QUANTITY value=0.5 unit=L",
            "2,5 billion USD → MONEY value=2500000000 unit=USD", "2.651 USD/ounce → MONEY value=2651 unit=USD per=oz",
        ])
        #expect(scanned("sau Cách mạng tháng 8 thành công, Cách mạng tháng 8/1945, Cách mạng tháng 8 năm 1945") == [
            "tháng 8/1945 → DATE value=1945-08", "tháng 8 năm 1945 → DATE value=1945-08",
        ])
        // A tie-break's score in parentheses after a 7–6 set belongs to it, spaced or glued; the set after it is a score too.
        #expect(scanned("thua 4-6, 6-7 (5-7). Thắng 7-6 (7-4), 6-3; Nadal 6–4, 7–6(8–6), 6–4; từ 6-7 (5-7) ha") == [
            "từ 6-7 → RANGE from=6 to=7", "5-7 → RANGE from=5 to=7",
        ])
        // A quantity of something per a time: the noun and the time in the span.
        #expect(scanned("cho 25 lít sữa/ngày; 2 triệu tấn clinker/năm; 5 kg gạo/người; 30 tấn lúa/năm 2020") == [
            "25 lít sữa/ngày → QUANTITY value=25 unit=L per=day", "2 triệu tấn clinker/năm → QUANTITY value=2000000 unit=t per=year",
            "5 kg → QUANTITY value=5 unit=kg", "30 tấn → QUANTITY value=30 unit=t", "năm 2020 → DATE value=2020",
        ])
        // Millions of đồng as budget tables abbreviate them; percentage points written "điểm %".
        #expect(scanned("chi 2,5 tr.đ/người; 450 tr đồng; 4,5 trđ/tháng; 3 tr.đồng; tăng 0,5 điểm %; tàu 50.000 DWT; 3 tr người") == [
            "2,5 tr.đ/người → MONEY value=2500000 unit=VND per=người", "450 tr đồng → MONEY value=450000000 unit=VND",
            "4,5 trđ/tháng → MONEY value=4500000 unit=VND per=month", "3 tr.đồng → MONEY value=3000000 unit=VND",
            "0,5 điểm % → QUANTITY value=0.5 unit=pp", "50.000 DWT → QUANTITY value=50000 unit=DWT", "3 → NUMBER value=3",
        ])
        // A holiday's day and month ("Quốc khánh 2/9", "lễ 30/4 - 1/5") are a date even when the day
        // would fit a month; a vague count before "năm nay" is a length up to now, no date.
        #expect(scanned("dịp Quốc khánh 2/9; nghỉ lễ 30/4 - 1/5; Tết Dương lịch 1/1; ngày Quốc tế Phụ nữ 8/3; tỷ số 2/9") == [
            "2/9 → DATE value=XXXX-09-02", "30/4 - 1/5 → RANGE from=XXXX-04-30 to=XXXX-05-01",
            "1/1 → DATE value=XXXX-01-01", "8/3 → DATE value=XXXX-03-08", "2/9 → RATIO numerator=2 denominator=9",
        ])
        // So is a day and month in brackets after a named day that "Ngày" opens; not across a comma.
        #expect(scanned("các ngày: Ngày người cao tuổi Việt Nam (06/6), Ngày Quốc tế người cao tuổi (01/10); Ngày hôm đó, tỷ lệ (1/2)") == [
            "06/6 → DATE value=XXXX-06-06", "01/10 → DATE value=XXXX-10-01", "1/2 → RATIO numerator=1 denominator=2",
        ])
        #expect(scanned("mấy chục năm nay; nhiều năm nay; những năm sau; mấy tháng nay; các năm trước; năm nay; 5 năm nay") == [
            "năm nay → DATE offset=+0 year", "5 năm → DURATION value=5 unit=year",
        ])
        // A school's grade before "năm học"; "24h" alone is a day's length, "lúc 24h" the end of one.
        #expect(scanned("học sinh lớp 10 năm học 2025-2026; lượng mưa 24h qua; 100 mm/24h; lúc 24h; 24h ngày 31/12; theo 24h.com.vn; lúc 7h.; Chicago, 1985,www.a.com") == [
            "10 → NUMBER value=10", "2025-2026 → RANGE from=2025 to=2026", "24h → DURATION value=24 unit=hour",
            "100 mm → QUANTITY value=100 unit=mm", "24h → DURATION value=24 unit=hour", "lúc 24h → TIME value=T24:00",
            "24h ngày 31/12 → DATE value=XXXX-12-31T24:00", "lúc 7h → TIME value=T07:00", "1985 → NUMBER value=1985",
        ])
        // Nor where the numeral begins a label or a name, nor a grade too large for one.
        #expect(scanned("Phụ lục I.1 Danh mục; bảng xếp hạng V-League; hạng MV; Chương XL") == ["Chương XL → ORDINAL value=40"])
        #expect(scanned("sau Thế chiến II; thế chiến thứ nhất; thế giới II") == [
            "Thế chiến II → ORDINAL value=2", "thứ nhất → ORDINAL value=1",
        ])
        // "chưa đầy" is short of, "ngót" (all but) nearly.
        #expect(scanned("chưa đầy 10 năm; ngót 800 năm; ngót nghét 20 người; chưa đầy đủ") == [
            "chưa đầy 10 năm → DURATION value=10 unit=year qualifier=under", "ngót 800 năm → DURATION value=800 unit=year qualifier=nearly",
            "ngót nghét 20 → NUMBER value=20 qualifier=nearly",
        ])
        // So is "không đầy" (in less than); a vessel "không đầy" is no bound.
        #expect(scanned("Trong không đầy một tháng; không đầy 20 người; bình không đầy nước") == [
            "không đầy một tháng → DURATION value=1 unit=month qualifier=under", "không đầy 20 → NUMBER value=20 qualifier=under",
        ])
        // An estimate of a bound keeps the bound; "≈" and "~" estimate; "hơn một chút" is a little more.
        #expect(scanned("khoảng trên 39 triệu tấn; (~0,37 USD); ≈ 15 giờ; hơn một chút; hơn một lần; 500 ~ 1600 m") == [
            "khoảng trên 39 triệu tấn → QUANTITY value=39000000 unit=t qualifier=over",
            "~0,37 USD → MONEY value=0.37 unit=USD qualifier=approx", "≈ 15 giờ → DURATION value=15 unit=hour qualifier=approx",
            "hơn một → NUMBER value=1 qualifier=over", "500 ~ 1600 m → RANGE from=500 to=1600 unit=m",
        ])
        // Hours and minutes of a length, one duration; "từ ngoài" (from beyond) is over its bound.
        #expect(scanned("kéo dài 11 tiếng 5 phút; vùng biển từ ngoài 15 hải lý; từ ngoài vào 5 người; từ ngoài 9 hải lý đến 12 hải lý") == [
            "11 tiếng 5 phút → DURATION value=665 unit=minute", "từ ngoài 15 hải lý → QUANTITY value=15 unit=nmi qualifier=over",
            "5 → NUMBER value=5", "từ ngoài 9 hải lý đến 12 hải lý → RANGE from=9 to=12 unit=nmi from_qualifier=over",
        ])
        // "tiếng đồng hồ" is hours, all of it; "tiếng" of a sound, a voice, a language or a word is none.
        #expect(scanned("mất 3 tiếng đồng hồ; một tiếng nổ lớn; biết một tiếng nước ngoài; 2 tiếng Anh; sau 24 tiếng Hà Nội") == [
            "3 tiếng đồng hồ → DURATION value=3 unit=hour", "2 → NUMBER value=2", "24 tiếng → DURATION value=24 unit=hour",
        ])
        // So is "giờ đồng hồ", hours by the clock ("(ii) 24 giờ đồng hồ đối với các hệ thống khác").
        #expect(scanned("(ii) 24 giờ đồng hồ đối với; kéo dài khoảng chín giờ đồng hồ; lúc 9 giờ, đồng hồ") == [
            "24 giờ đồng hồ → DURATION value=24 unit=hour", "khoảng chín giờ đồng hồ → DURATION value=9 unit=hour qualifier=approx",
            "lúc 9 giờ → TIME value=T09:00",
        ])
        // A restatement before the scale words: they scale both.
        #expect(scanned("vốn 3.000 (ba nghìn) tỷ đồng và 05 (năm) năm") == [
            "3.000 (ba nghìn) tỷ đồng → MONEY value=3000000000000 unit=VND", "05 (năm) năm → DURATION value=5 unit=year",
        ])
        // Lengths squared or cubed by a superscript; inches where "in" closes the phrase.
        #expect(scanned("1,36 tỷ km³; 424.135 mi²; 2 dm³; dài 350 mm (13,8 in) và 36 in, in 2000 bản") == [
            "1,36 tỷ km³ → QUANTITY value=1360000000 unit=km³", "424.135 mi² → QUANTITY value=424135 unit=mi²",
            "2 dm³ → QUANTITY value=2 unit=dm³", "350 mm → QUANTITY value=350 unit=mm", "13,8 in → QUANTITY value=13.8 unit=in",
            "36 in → QUANTITY value=36 unit=in", "2000 → NUMBER value=2000",
        ])
        // A share or a length of what up to five words name, then "trở lên": the bound takes the words.
        #expect(scanned("sở hữu từ 10% vốn điều lệ trở lên; 05 năm liên tục trở lên; 2 ha đất trở xuống") == [
            "từ 10% vốn điều lệ trở lên → PERCENT value=10 qualifier=at_least",
            "05 năm liên tục trở lên → DURATION value=5 unit=year qualifier=at_least",
            "2 ha đất trở xuống → QUANTITY value=2 unit=ha qualifier=at_most",
        ])
        // Second-level list markers first on their line: "1.2 Lập dự toán", "1.1 | Nhà đầu tư".
        #expect(scanned("1.2 Lập dự toán 5 năm") == ["5 năm → DURATION value=5 unit=year"])
        #expect(scanned("1.1 | Nhà đầu tư") == [])
        #expect(scanned("1.5 triệu người") == ["1.5 triệu → NUMBER value=1500000"])
        // A power of ten whose superscript the text lost: exact, with its unit; "5 x 3 m" stays two
        // (the sides of a dimension, each in metres).
        #expect(scanned("khối lượng 9.1094 × 10−31 kg, 2,7 × 10−21 giây, 5 x 3 m") == [
            "9.1094 × 10−31 kg → QUANTITY value=0.00000000000000000000000000000091094 unit=kg",
            "2,7 × 10−21 giây → DURATION value=0.0000000000000000000027 unit=second", "5 → QUANTITY value=5 unit=m",
            "3 m → QUANTITY value=3 unit=m",
        ])
        // The tail of a number glued to letters is no number; other dollars by their marks.
        #expect(scanned("giá RM1,50 và RM2,00; OS X v10.6; ví dụ 10$00; trả SG$60,000; HK$100; khoản 1,2,3") == [
            "SG$60,000 → MONEY value=60000 unit=SGD", "HK$100 → MONEY value=100 unit=HKD",
        ])
        // The "ước" of a treaty's noun is no estimate; alone it is.
        #expect(scanned("Công ước năm 1946; Hiệp ước 1763 và; ước 5 triệu") == [
            "năm 1946 → DATE value=1946", "1763 → NUMBER value=1763", "ước 5 triệu → NUMBER value=5000000 qualifier=approx",
        ])
        // A currency sign set off by a space, and the currency said again after the amount.
        #expect(scanned("trị giá $ 9 tỷ; từ € 100 đến € 400; $ 213,7 tỷ đô la Mỹ; 50 $ 20; Knvl £ 0,25") == [
            "$ 9 tỷ → MONEY value=9000000000 unit=USD", "từ € 100 đến € 400 → RANGE from=100 to=400 unit=EUR",
            "$ 213,7 tỷ đô la Mỹ → MONEY value=213700000000 unit=USD", "50 $ → MONEY value=50 unit=USD",
            "20 → NUMBER value=20", "0,25 → NUMBER value=0.25",
        ])
        // Numbers chained by glued dashes that spell no date are a name or a list, no range.
        #expect(scanned("Lotus 1-2-3; sơ đồ 1-4-3-2; năm 1950-51-57; ngày 7-3-2019; từ 1-9-2012 tới 31-8-2015; 5-7 người") == [
            "năm 1950 → DATE value=1950", "ngày 7-3-2019 → DATE value=2019-03-07",
            "từ 1-9-2012 tới 31-8-2015 → RANGE from=2012-09-01 to=2015-08-31", "5-7 → RANGE from=5 to=7",
        ])
        // A day, month and year between spaced dashes after a day word or a part of the day (tokenized text).
        #expect(scanned("Ngày 30 - 4 - 1967, sinh ngày 2 - 9 – 1956; sáng 21 - 10 – 2003") == [
            "Ngày 30 - 4 - 1967 → DATE value=1967-04-30", "ngày 2 - 9 – 1956 → DATE value=1956-09-02",
            "sáng 21 - 10 – 2003 → DATE value=2003-10-21 part=morning",
        ])
        // A day and month, or a month and year, between spaced dashes (the treebanks' news); not the
        // first days of Tết after "mồng", nor two days of a month.
        #expect(scanned("Chiều 31 - 3 , cơ quan; Tối 1 - 4 chúng tôi; Đến ngày 10 - 8 , đội; 4 giờ sáng ngày 12 - 8 .") == [
            "Chiều 31 - 3 → DATE value=XXXX-03-31 part=afternoon", "Tối 1 - 4 → DATE value=XXXX-04-01 part=evening",
            "ngày 10 - 8 → DATE value=XXXX-08-10", "4 giờ sáng ngày 12 - 8 → DATE value=XXXX-08-12T04:00",
        ])
        #expect(scanned("tháng 9 - 1987 ông; Báo Du lịch tháng 3 – 2008 trang 18; mồng 1 - 6 giữ xe; ngày 2 - 3 tháng 9") == [
            "tháng 9 - 1987 → DATE value=1987-09", "tháng 3 – 2008 → DATE value=2008-03", "18 → NUMBER value=18", "mồng 1 → DATE value=XXXX-XX-01",
            "6 → NUMBER value=6", "ngày 2 - 3 tháng 9 → RANGE from=XXXX-09-02 to=XXXX-09-03",
        ])
        // A day and month before a unit or a noun of times, or after "mỗi ngày", count: so many a day.
        #expect(scanned("mỗi ngày 2-3 lần; ngày 3-4 tiếng; tối 7 - 8 giờ; uống mỗi ngày 10-12 viên; Tối 21-3, chúng tôi") == [
            "2-3 → RANGE from=2 to=3", "3-4 tiếng → RANGE from=3 to=4 unit=hour", "7 - 8 giờ → RANGE from=7 to=8 unit=hour",
            "10-12 → RANGE from=10 to=12", "Tối 21-3 → DATE value=XXXX-03-21 part=evening",
        ])
        // Hedges said with a linking word ("gần như", "ước tính là"), but "gần như một nước" is "almost a".
        #expect(scanned("gần như 4.500 km; hầu như 100%; ước tính là 14,2%; ước lượng 14.810 ngàn USD; gần như một nước") == [
            "gần như 4.500 km → QUANTITY value=4500 unit=km qualifier=nearly", "hầu như 100% → PERCENT value=100 qualifier=nearly",
            "ước tính là 14,2% → PERCENT value=14.2 qualifier=approx",
            "ước lượng 14.810 ngàn USD → MONEY value=14810000 unit=USD qualifier=approx",
        ])
    }

    /// Thousands a scan broke off at a separator ("30.000. 000 đồng") are one amount before a
    /// currency or scale word; elsewhere the space ends the number.
    @Test func thousandsBrokenOffByASpace() {
        #expect(scanned("phạt tiền từ 29. 000. 000 đồng đến 35.000. 000 đồng; mức 50. 000.000 đồng; đạt 15. 300 người") == [
            "từ 29. 000. 000 đồng đến 35.000. 000 đồng → RANGE from=29000000 to=35000000 unit=VND",
            "50. 000.000 đồng → MONEY value=50000000 unit=VND", "15 → NUMBER value=15", "300 → NUMBER value=300",
        ])
        // Not a list, nor before a word that only begins a currency's name.
        #expect(scanned("các mệnh giá 50, 100, 500 đồng; 24. 820 nhân khẩu") == [
            "50 → NUMBER value=50", "100 → NUMBER value=100", "500 đồng → MONEY value=500 unit=VND", "24 → NUMBER value=24",
            "820 → NUMBER value=820",
        ])
    }

    /// A rate per a round number of people with "trên" for the slash is one RATIO; "trên" after a
    /// verb, before a number that is not a round power of ten or a noun that is no people is not.
    @Test func ratesPerPopulationWithTrên() {
        #expect(scanned("tỷ lệ 173 người trên 100.000 dân; 98,1 nam trên 100 nữ; 30 giường bệnh trên 10.000 dân") == [
            "173 người trên 100.000 dân → RATIO numerator=173 denominator=100000 unit=người/dân",
            "98,1 nam trên 100 nữ → RATIO numerator=98.1 denominator=100 unit=nam/nữ",
            "30 giường bệnh trên 10.000 dân → RATIO numerator=30 denominator=10000 unit=giường bệnh/dân",
        ])
        #expect(scanned("922 việc làm trên 1.000 người dân") == [
            "922 việc làm trên 1.000 người dân → RATIO numerator=922 denominator=1000 unit=việc làm/người dân",
        ])
        #expect(scanned("15 xã có trên 1.000 hộ; 4000 nhân viên trên 100 quốc gia; 2 tên lửa trên 1 bệ; 5 người trên 150 dân; 9 người trên 500 dân") == [
            "15 → NUMBER value=15", "trên 1.000 → NUMBER value=1000 qualifier=over", "4000 → NUMBER value=4000",
            "trên 100 → NUMBER value=100 qualifier=over", "2 → NUMBER value=2", "trên 1 → NUMBER value=1 qualifier=over",
            "5 → NUMBER value=5", "trên 150 → NUMBER value=150 qualifier=over", "9 → NUMBER value=9", "trên 500 → NUMBER value=500 qualifier=over",
        ])
    }

    @Test func vietnameseDecimalPointInRunningText() {
        #expect(scanned("đạt 1.099 thuê bao, tăng 4,42%") == ["1.099 → NUMBER value=1099", "4,42% → PERCENT value=4.42"])
    }

    /// One "," before three digits groups thousands in a line whose other numbers are written only
    /// the English way, and stays a decimal comma where any is written only the Vietnamese way.
    @Test func lineStyleDecidesALoneCommaBeforeThreeDigits() {
        #expect(scanned("Dân số 5,404,145 Diện tích 9,661 km²") == [
            "5,404,145 → NUMBER value=5404145", "9,661 km² → QUANTITY value=9661 unit=km²",
        ])
        #expect(scanned("có 6,823 bác sĩ, cao 4.5 m") == ["6,823 → NUMBER value=6823", "4.5 m → QUANTITY value=4.5 unit=m"])
        // Vietnamese evidence wins: a decimal comma after 0 or before two digits, dots grouping twice.
        #expect(scanned("cao 1,121 m (0,342 km), 4.5 m") == [
            "1,121 m → QUANTITY value=1.121 unit=m", "0,342 km → QUANTITY value=0.342 unit=km", "4.5 m → QUANTITY value=4.5 unit=m",
        ])
        // But an English unit word or abbreviation after the comma says the measure was left as
        // English wrote it (Wikipedia's "tòa nhà thứ hai cao 1,121 ft (0,342 m)": 1 121 ft, 342 m).
        #expect(scanned("cao 1,121 ft (0,342 m)") == ["1,121 ft → QUANTITY value=1121 unit=ft", "0,342 m → QUANTITY value=0.342 unit=m"])
        #expect(scanned("cao 1,524m và 1,55m, rộng 4.5 m") == [
            "1,524m → QUANTITY value=1.524 unit=m", "1,55m → QUANTITY value=1.55 unit=m", "4.5 m → QUANTITY value=4.5 unit=m",
        ])
        #expect(scanned("760,852 tấn, 1.366.104 tấn, 2.5 lần")[0] == "760,852 tấn → QUANTITY value=760.852 unit=t")
        // No evidence, or a code's digits ("Điều 14.4.LQ.9"): the Vietnamese decimal comma.
        #expect(scanned("tần số 121,500 MHz (Điều 14.4.LQ.9)")[0] == "121,500 MHz → QUANTITY value=121.5 unit=MHz")
        #expect(scanned("tốc độ 23,976 khung hình") == ["23,976 → NUMBER value=23.976"])
    }

    @Test func offsetsAreUnicodeScalars() {
        let found = NumberParser().scan("Doanh thu đạt 735,3 tỷ đồng.")
        #expect(found.count == 1)
        #expect(found.first?.scalarRange == 14..<27)
        #expect(found.first?.text == "735,3 tỷ đồng")
    }
}
