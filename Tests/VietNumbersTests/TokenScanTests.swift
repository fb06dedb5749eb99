import Foundation
import Testing
import VietTokenizer

@testable import VietNumbers
import VietTestSupport

/// The rule engine's entry point: scanning `VietTokenizer` tokens finds what the grammar finds, with
/// token ranges that cover each expression exactly.
@Suite struct TokenScanTests {
    @Test func tokenRangesCoverTheExpression() throws {
        let tokenized = Tokenizer().tokenize("Tổng doanh thu đạt 735,3 tỷ đồng, tăng 12% so với năm 2021.")
        let found = NumberParser().scan(tokenized)
        #expect(found.map(\.text) == ["735,3 tỷ đồng", "12%", "năm 2021"])
        for expression in found {
            let range = try #require(expression.tokenRange)
            let first = tokenized.tokens[range.lowerBound]
            let last = tokenized.tokens[range.upperBound - 1]
            #expect(first.scalarRange.lowerBound == expression.scalarRange.lowerBound)
            #expect(last.scalarRange.upperBound == expression.scalarRange.upperBound)
        }
    }

    /// Words the token scan's byte test lets through only before a given next lexeme: "chủ"/"chúa"
    /// (only "chủ nhật") and the Roman-ordinal-only introducers (only before a numeral).
    static let followerEdgeCases = [
        "hạng Nhất", "HẠNG NHÌ", "hạng\u{00A0}ba", "hạng tư sao", "giải nhất", "Giải Nhì", "giải ba", "giải", "hạng", "thứ nhì",
        "trên dưới 100", "ba phần tư", "4,5 trđ/tháng", "2 tr.đ", "Quốc khánh 2/9", "Dương lịch 1/1", "nặng một tấn", "Một thập kỷ", "NĂM THẾ KỶ", "một đồng Euro", "một gam màu", "một kilôgam", "một\u{00A0}tấn", "sáng sớm ngày 24 tháng 8", "Sáng Sớm 1 tháng 7", "ĐT 0912 345 678", "(028) 3822 1234", "gọi 0912345678.", "HƠN CHỤC người", "Gần Chục năm", "2 chục quả", "Nửa đầu năm 2025", "NỬA CUỐI tháng 11", "T11/2025", "q3/2025", "H1/2025", "năm (05) ngày", "Năm (05) năm", "rạng sáng nay", "Rạng Sáng 5/5", "rạng\u{00A0}sáng 5/5", "Phụ nữ 8/3", "nhiều năm nay", "+3,2%", "(+1,05%)", "từ +5 đến -3 độ C", "gọi +84 912 345 678", "5+3", "+07:00", "hôm thứ sáu", "Vào thứ hai", "chủ nhật tuần sau", "Chủ Nhật tới", "CHỦ NHẬT này", "chủ\u{00A0}nhật tới", "chủ\tnhật tới", "chủ tịch 5 người",
        "chủ-nhật tới", "chủ\nnhật tới", "chúa nhật tuần này", "thứ hai, chủ nhật", "chủ", "chủ ", "Chương II", "chương IV.",
        "CHƯƠNG III", "Chương  V", "Chương\u{00A0}VI", "Chương II-", "Chương 2", "chương XIV: Điều 5", "nhiệm kỳ 2021-2026",
        "Nhiệm kỳ II", "Phụ lục II", "Phụ lục 2", "khóa XII", "Khoá XIII", "khóa\tXII", "Mục I", "mục 1", "lần II", "kỳ IV",
        "Phụ lục I.", "phụ lục IV/2020", "Phụ cấp I", "PHỤ LỤC\u{00A0}III", "Phụ lục", "Phụ lục\nII", "phụ nữ II", "Phụ lục II.doc",
        "hạng II", "hạng A", "loại I, loại II", "cấp IV", "nhóm C", "vùng I", "bậc II", "Thế chiến II", "thế chiến thứ hai", "THẾ CHIẾN I.",
        "thế chiến", "Thế chiến IIx", "thế giới II",
        "Đại hội XIII", "tập II", "đợt III", "phần II", "phần 5", "Chương", "Chương\nII", "ChươngII", "Chương-II", "Chương IIx",
        "chủ nghĩa 2 lần", "đầu năm 2020", "đầu tư 5 tỷ đồng", "Đầu tiên là 3", "đầu\u{00A0}năm 2021", "ĐẦU NĂM 2022",
        "đầu Năm 2021", "đầu quý II năm 2023", "đầu tuần sau", "đầu tháng 3", "đầu, năm 5", "đầu-năm 5", "đầunăm 5",
        "cuối tháng 3 năm 2020", "cuối cùng 5 người", "cuối năm nay", "Cuối Tuần trước", "cuối\nnăm 2020",
        "nhiệt độ khoảng -3 đến -7 độ", "giảm khoảng -5%", "từ -10 đến 5",
    ]

    /// A Roman numeral the tokenizer keeps in an abbreviation ("V.") or a code token ("III/2018")
    /// still follows the word it numbers.
    @Test func romanIntroducerBeforeAnAbbreviationTokenIsScanned() {
        let line = "### Chương V. QUY ĐỊNH VỀ GIẤY PHÉP"
        #expect(NumberParser().scan(Tokenizer().tokenize(line)).map(\.text) == ["Chương V"])
        #expect(NumberParser().scan(line).map(\.text) == ["Chương V"])
        #expect(NumberParser().scan(Tokenizer().tokenize("Chương X. Y")).map(\.text) == ["Chương X"])
        // "III/2018" is one code token.
        #expect(NumberParser().scan(Tokenizer().tokenize("trong quý III/2018 tăng")).map(summary) == ["DATE value=2018-Q3"])
        #expect(NumberParser().scan(Tokenizer().tokenize("Chương IIx")).isEmpty)
        // Models and codes are no numerals.
        #expect(NumberParser().scan(Tokenizer().tokenize("súng trường Hoa Kỳ M1903 và Kỳ V-100")).isEmpty)
        // A lone "L", "C", "D" or "M" labels a part.
        #expect(NumberParser().scan(Tokenizer().tokenize("Phần C. Mục D và Phần II")).map(summary) == ["ORDINAL value=2"])
    }

    /// What the scan finds is what the whole grammar finds when it is tried at every token: the
    /// scanner's filter (byte tests, word tables, the follower test) rejects no token the grammar
    /// would read from.
    @Test(arguments: followerEdgeCases + RangeTests.phrases.map(\.0) + [
        "thông qua khi ≥2/3 thành viên; ≤ 5 m", "≥ 1,0%", "A ≤ B", "PKL >175cc, < 20 mm, trên >90%, 1->5, 4 - > 5, <b>7</b>", "Mùa bóng 1962/63", "Từ ngày 21 đến 22/8 hằng năm",
        "chị gái tên là Hai Tâm", "Ngày 30 - 4 - 1967, sáng 21 - 10 – 2003", "vợ ông Tám, Cô Sáu", "gần nửa tỉ đồng, Nửa triệu lượt, nửa năm", "đồng USD một cách", "uống ¼ viên, 7½ bao, 5 ½ bao, 2⅓ cốc, t½ 23 giờ, ⅞, khoảng ¼ dân số, trên ¼ inch", "Một quý tộc", "vùng đất ngày nay là Hungary", "4Ag + O2 + 2H2S → 2Ag2S + 2H2O",
        "mã H0H 0H0, 2HCl", "lúc 8H:00 và 13H:30", "£140,000 và US$2,000", "Nhiệm kỳ tối đa là 05 năm, ít nhất là 2/3", "tối đa bằng 6%, tối thiểu đạt 05 lớp; ít nhất có 40 cổ đông",
        "phạt tối đa đến 80.000.000 đồng", "giai đoạn 2021-2030 ngày 12/01/2022", "số 1234 ngày 5 tháng 3 năm 2020",
        "Trong những năm 1960 và 1970, Thập niên 1990", "thập niên 60 của thế kỷ XX, những năm 80 thế kỷ 20",
        "những năm 60, 70 của thế kỷ 20; những năm 80 và 90; thập niên 50, 60 nền; những năm 80 và 90 tuổi; năm 60 và 75",
        "Những năm 60 của thế kỷ trước, thập niên 70.", "những năm 2019 và 2020; những năm 1990-2000; những năm 20 tuổi",
        "NHỮNG NĂM 1960, THẬP NIÊN 1990, thập\u{00A0}niên 1980, những  năm 1970", "thu thập, những năm qua", "19,3 g/cm3, 1.030 kg/m³, 3-5 tấn/ha, 8 mg/ngày, 0,74 m/s",
        "thế kỷ 19, Thế kỉ XX, thế kỷ thứ 5 TCN, THẾ KỶ 20, thế giới 5, thế kỷ 21/22",
        "các thế kỷ 15, 16, 17; thập niên 1980, 1990 và 2000; thế kỷ 19, 20 năm sau; thập niên 1950, 1970", "ngày 9.4, mồng 6.1, ngày 1.000 người",
        "nặng khoảng 80 pound, đại bác 18 pound (gần 8,2 kg), trả 16 pound",
        "- 2. Trình tự, - 2026, -5, −5, − 5, -\u{00A0}5, -\t5, x -5, (−3)", "cao hơn 5, cao nhất 5, Cao Hơn 5, ít nhất 2, ít người 5",
        "độ khoảng 5, độ tiếp thu 5, vào lúc 5 giờ, vào khoảng 5, vào ngày 5/3, xấp xỉ 5, chưa đến 5, chưa qua 5 năm",
        "nhiệt độ 27oC, 30ºC, 27độC, 100 0C; góc 45°, 35,5º; 16º12, 108°12'30\", 21°N, 116° 40'; 1m67, 1m678; 2H2O, 10H30",
        "trước 31/12, đến 15/3, (trước 30/7), thời điểm 31/12, điểm 9/10, từ 21-12, sau 01/7, từ 10/2 đến 12/2, Từ 01/01 đến 31/12, từ 1/2 đến 2/3, đến 24/7, trước 5-1",
        "từ 60% đến dưới 70%, từ trên 05 năm đến 15 năm, trên 1500 m đến trên 2000 m, từ 06 tháng đến 03 năm, từ khoảng 5–9 triệu",
        "cạnh không nhỏ hơn 0,3 m; không dưới 5 năm; Không lớn hơn 10%; không trên 3 tháng; KHÔNG BÉ HƠN 2 m; không kém hơn 4",
        "các năm 1997, 1998, 2005 và 2006 đều tăng; những năm 861, 862 hoặc 865; năm 2010, 2000 người; năm 2019, 300",
        "năm 2019, 2020 và 2021 triệu đồng; năm 2018, 2019 tỷ; Năm 1990 , 1991 và 1992.",
        "giết hại ba thành viên; ba tôi nói; ngã ba đường; Ba người; ba xu hướng; bộ ba tấn công; Ngã ba Đồng Lộc; vài ba mét",
        "Truy cập October 18, 2016; 18 April 2013, Feb. 1968, Sept 2001, MAY 2000; tháng 10, 1553; May 5, march 2010",
        "đã thanh toán cho dự án. 2. Nhà thầu: a) Lập; như sau: 1. Tổ chức; đạt 15. Trong đó; tồn đọng.  7. Việc; x:12. Ab",
        "Chiến tranh Bảy Năm kết thúc; cách 10 năm ánh sáng; Hai năm sau; Ba Tháng Tư",
        "mùa bóng 2005/2006 và 2006/2007; 2006/2008; 1/2 năm, 1/3 năm, 3/4 tháng, từ 1/2 năm 2020, 24/24 giờ, 6/12 tháng, trước 31/01 năm sau",
        "năm 36 TCN, 105 TCN – Người, năm 42 trước Công nguyên, năm 14 SCN, (7 TCN - 1 TCN), từ năm 1000 đến 550 TCN, 100 tcn - 200, 12TCN, 22 TCN 359-06, 206 TCN–9 CN, năm 500 trước CN, 5 cn",
        "bắt đầu vào thứ Năm; trừ thứ Bảy, Chủ nhật; các ngày thứ Bảy; Vương triều thứ Hai; ngày thứ hai; (thứ Sáu)",
        "lập thành 02 (hai) bản, 15 (Mười lăm) ngày, 5.000.000 (năm triệu) đồng; 3 (bốn) ngày; (Điều 5 (năm)); 7 (bảy",
        "dân số 193.536 năm 1980, 600 triệu năm 1978 và 890 triệu năm 1979; trong 3 năm 1958-1960, hai năm 1803 và 1804, 2 năm 2007-08",
        "vào tháng 7-8 năm 1995; tháng 7–8/2011; Tháng 11 - 12; tháng 8-1945; tháng 8-7; tháng 7-8/2; THÁNG 1-2",
        "Tháng 1-Tháng 6 năm 2010; tháng 1-tháng 3; Tháng 1-Tháng",
        "Windows 8, Boeing 747-400, PlayStation 4, tàu Apollo 11 và Snapdragon 810; 2 chiếc Boeing; windows 10",
        "Năm 2009 và 2010 nền kinh tế hồi phục; năm 2010 và 2000 người; năm 1990 và 2050 cây; năm 1998 hoặc 1999 thì",
        "từ 03 mét khối (m3) đến dưới 08 mét khối (m3) gỗ; 150 mét vuông (m2); 5 kg (m); Vượt quá 10%; nhỏ hơn hoặc bằng 25%",
        "bằng hoặc lớn hơn 2 m; 800 tỷ đồng Việt Nam; bằng hoặc 5; vượt quá mức 5",
        "kèm theo 17 mẫu giấy tờ; lấy 02 mẫu; 622 triệu mẫu; 3 mẫu ruộng; 10 mẫu Anh; ba mẫu tự",
        "trước ngày 30/6 và 31/12 hằng năm; tỷ lệ 3/4 và 5/6; ngày 1/7 và 15/8",
        "từ 450,000 tới 500,000 người; 80,000-90,000 tín đồ; 1,5 - 2,500 người",
        "có 4,700 người, 28,222 phương tiện, 15,000 học sinh; 3,125 người/hộ, 4,5 người, 1,500 km, 0,500 người",
        "360.000 đồng/tháng, 6,5%/năm; 5.000 đồng/01 km/01 người, 25.000m3/ngđ, 20 USD/Nga, 1 triệu đồng/năm 2020",
        "không được vượt quá 03 năm; không được thấp hơn 50%; chưa đủ 18 tuổi; chưa quá 06 tháng; không được thực hiện 2 lần; chưa đủ điều kiện",
        "3.200 Kcal/người/ngày, 2000 calo, 500 kJ/mol; liều 20 mSv/năm, 2 Gy, 370 MBq",
        "Đảng Dân chủ Nhật Bản, nền quân chủ Nhật Bản; chủ nhật tới, chủ Nhật, Chủ nhật bản tin",
        "Người từ đủ 18 tuổi trở lên; 60 tuổi trở lên; 10 lao động trở xuống; 3 Người trở lên; 5 tuổi trở đi; 2 trở lên; 7 a b trở lên",
        "có 50 hộ gia đình trở lên; 02 tờ văn bản trở lên; 2 a b c d trở lên; 5 a b c d e trở lên; 3 a b c trở xuống.",
        "Quốc lộ 80 chạy qua; một ngày lễ, một ngày nọ, 3 ngày lễ",
        "vượt 16 người so với quy định; Vượt 3% dự toán; vượt 5 tỷ đồng cùng kỳ", "cao hơn 20% so với năm trước; lớn hơn 3 m so với mặt đất; cao hơn 20%; hơn 5 so với; nhiều hơn hai lần so với",
        "tàu từ 500 GT trở lên, máy 33 CV, 10 mã lực, 85 dBA; từ 5 đên 10 ngày; 10,000 năm trước; 0,500 người; 140,000 USD",
        "5 đên 10 ngày; hơn một nửa dân số; giảm một nửa so với; một nửa triệu; 2008-09; 5 xu hướng",
        "định kỳ 6 tháng một lần; mỗi tháng một lần; đạt từ 70/100 điểm trở lên; nằm trong khoảng từ 5 đến 10 m; trong khoảng 5 m",
        "từ 29. 000. 000 đồng đến 35.000. 000 đồng; mức 50. 000.000 đồng; năm 2020. 000 người; đạt 15. 300 người; 3.000, 000 đồng; 7. 500 tỷ; 50, 100, 500 đồng; 24. 820 nhân khẩu",
        "Ghi rõ ngày tháng năm sinh; ngày, tháng, năm cấp; vào tháng năm 2020; tháng Năm âm lịch; ngày 5 tháng năm; Ngày tháng năm",
        "đêm 20/8 tại; vào 31/12, tổng; 24/7; + 16/3 H2O; tỷ lệ 15/8; đường 30/4; 17/5 = 3; đạt 13/20; 7/5; 28/8: Đồng; (29/8)",
        "Ngày người cao tuổi Việt Nam (06/6), Ngày Quốc tế người cao tuổi (01/10); Ngày hôm đó, tỷ lệ (1/2); Ngày (3/4",
        "từ 60 vụ đến 10 vụ; từ 10 triệu người tăng đến 12 triệu; từ 70 điểm đến dưới 90 điểm; từ 2 người đến 5 con; từ 07h00 đến trước 22h00; từ 5 đến trước 7; từ ngày 1/7/2020 đến trước ngày 15/7/2020",
        "Cuối những năm 1990, đầu thập niên 1980, giữa thế kỷ 19, cuối thế kỷ thứ 5 TCN; đầu những người, cuối thập niên, giữa những năm qua",
        "chưa đầy 10 năm; ngót 800 năm; ngót nghét 20 người; chưa đầy đủ; ngót hai chục; Ngót 5",
        "từ 12 °C (53 °F) đến 18 °C (64 °F); từ 200 mm (8 in) tới 400 mm; từ 5 km (3 mi) đến nay; từ 5 (năm) đến 7; 45% (2006), 54% (2010) cho đến 65%",
        "mất 3 tiếng đồng hồ, một tiếng nổ, hai tiếng 'Chả Cá', 5 tiếng đồng, 4 tiếng: 'ping', 24 giờ đồng hồ đối với",
        "kéo dài 11 tiếng 5 phút; 3 tiếng 75 phút; 2 giờ 30 phút; vùng biển từ ngoài 15 hải lý; từ ngoài vào 5 người; từ ngoài trên 5 m; từ ngoài 9 hải lý đến 12 hải lý",
        "vốn 3.000 (ba nghìn) tỷ đồng; 5 (năm) nghìn tỷ; 2 (hai) triệu người; 3 (ba) tỷ đồng Việt Nam; 9 (chín) tỷ tỷ tỷ",
        "1,36 tỷ km³; 424.135 mi²; 2 dm³; dài 350 mm (13,8 in) và 36 in, in 2000 bản; 5 in lại; 3 in; 4 km3; 7 g²",
        "sở hữu từ 10% vốn điều lệ trở lên; 05 năm liên tục trở lên; 2 ha đất trở xuống; 5% a b c d e f trở lên; 3 năm trở",
        "khoảng trên 39 triệu tấn; (~0,37 USD); ≈ 15 giờ; hơn một chút; hơn một lần; 500 ~ 1600 m; ~; ≈ x; khoảng khoảng trên 5",
        "1.2 Lập dự toán\n1.1 | Nhà\n  2.1 Đánh dấu\n1.5 triệu\n1.2. Tên\n12.34 Abc",
        "khối lượng 9.1094 × 10−31 kg, 2,7 × 10−21 giây, 5 x 3 m, 2 × 10-3, 3 × 10 − 5, 4 x, 1,6×10−19 C",
        "giá RM1,50 và RM2,00; OS X v10.6; ví dụ 10$00; trả SG$60,000; HK$ 5 triệu; a) 5 người; c $ 3; khoản 1,2,3",
        "Công ước năm 1946; Hiệp ước 1763 và; Cựu Ước một số; Phụ ước 16; ước 5 triệu; mơ ước 3",
        "trị giá $ 9 tỷ; từ € 100 đến € 400; $ 213,7 tỷ đô la Mỹ; 50 $ 20; Knvl £ 0,25; $80 USD; $ x; $",
        "Lotus 1-2-3; 1-4-3-2; năm 1950-51-57; 2001-2002-2003; ngày 7-3-2019; 2019-03-07; từ 1-9-2012 tới 31-8-2015; ngày 15-16 tháng 12-1999; 6–72–7",
        "Từ giữa năm 1975 đến cuối năm 1978; giữa thế kỷ 18 tới đầu thế kỷ 19; giữa năm 1975 và 1978; từ cuối năm 2000 cho đến 2002; Giữa 5 - 7",
        "gần như 4.500 km; hầu như 100%; ước tính là 14,2%; ước tính có 5 triệu; xấp xỉ bằng 5 m; gần như một nước; ít nhất là một; Hầu như",
        "Athens in 421 BC; 323 AD, 30 BCE–14 CE; 5 bc; 2 AD và 3 ad; 22 TCN 359-06; From 3500 B.C. To; khoảng AD 323, và AD 12a",
        "Bảy (07) ngày làm việc; hai (02) bộ; mười lăm (15) ngày; ba (4) ngày; năm (2020); Hai (2; một (1.000)",
        "tối đa không quá 05 ngày; tối đa không vượt quá 30%; chậm nhất là 10 ngày; chậm nhất ngày 31/12; muộn nhất 2 tháng; chậm nhất sau 5 ngày; chậm nhất",
        "Điều 20.1.TT.82.7. Đánh giá kết quả học tập 1. Việc đánh giá theo cấp độ 1. Hồ sơ", "Điều 5.1.TT.2.3. Tiêu chí (Phụ lục số III) 1. Đối với",
        "20.000 K, 5,3 MeV, 10 µm, 10 μm, 5 µg, 9 V; 6 V.League, 3 V-League, 100 W.Sau", "6 thập kỉ, 5 thế kỷ, 3 thiên niên kỷ, hai thế kỷ 19, 5 thế giới, 5 thập niên 80",
        "75 tù nhân trên 100.000 dân; 6,22 ca tử vong trên 1.000 trẻ em; 33 người chết, trên 100 người; 5 người trên 60 tuổi",
        "trong nửa tháng; gần nửa thế kỷ; khoảng nửa năm; nửa năm 1996; nửa năm đầu; nửa đêm; Nửa giờ; một nửa; nửa\u{00A0}năm; nửa",
        "thế kỷ thứ hai TCN; thế kỷ thứ mười chín; thế kỉ thứ hai mươi; thế kỷ thứ hai và thứ ba; thế kỷ thứ ba mươi mốt",
        "thế kỷ mười chín; thế kỷ hai mươi mốt; thế kỷ năm 1900",
        "từ 50 người lao động đến dưới 150 người lao động; từ 5 a b c d đến 7 người; có 5 người ở lại đến sáng; trẻ từ 03 tháng tuổi đến 12 tháng tuổi; từ 3 tháng tuổi đến 2 năm",
        "Điều 5.1.TT.2.3. Quản lý đê điều 1. Việc quản lý", "Điều 5.1.TT.2.3. Dự án trọng điểm 1. Dự án", "Điều 1.3.NĐ.1.20. Theo Điều 1. Hồ sơ",
        "Mau so 01-nđ 85-2023.doc; PL 1-4.docx) và (datafiles.chinhphu.vn/vbpq/2026/6/200-ndcp.signed.pdf). 5-7.Các; 3.5 doc; 2021-2025.pdf",
        "Ông bắt đầu năm 2010 với; vào đầu năm 2010; bắt đầu tháng 5/2020; Bắt đầu năm; bắt đầu quý II",
        "tứ kết 4–6 5–7; Wawrinka 6–7(5), 3–6, 5–7; khoản 1-2, 3-4; 2-6 4-6 trận; 6-4 tuổi",
    ] + PerTests.phrases.map(\.0))
    func scanFindsWhatTheGrammarFindsAtEveryToken(_ line: String) {
        let parser = NumberParser()
        let tokenized = Tokenizer().tokenize(line)
        #expect(parser.scan(tokenized) == parser.scan(tokenized, shortcuts: false, everyToken: true), "\(line)")
    }

    @Test(.enabled(if: SharedData.url("seeds") != nil, "../shared/seeds absent"))
    func scanFindsWhatTheGrammarFindsAtEveryTokenOfTheSeeds() throws {
        let directory = try #require(SharedData.url("seeds"))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }
        let parser = NumberParser()
        var lines = 0
        for name in names {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n").map(String.init) {
                lines += 1
                let tokenized = Tokenizer().tokenize(line)
                #expect(parser.scan(tokenized) == parser.scan(tokenized, shortcuts: false, everyToken: true), "\(name): \(line.prefix(80))")
            }
        }
        #expect(lines > 50)
    }
}
