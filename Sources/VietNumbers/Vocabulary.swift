import VietText

/// The words the number grammar knows, keyed by lower-cased NFC text (``LexemeKey``s written as string literals). Both tone placements are
/// listed where a word has an oa/oe/uy nucleus ("khóa"/"khoá").
enum Vocabulary {
    /// Digit words 0–9 that may stand alone or before "trăm"/"mươi".
    static let digits: KeyTable<Int> = [
        "không": 0, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7,
        "tám": 8, "chín": 9,
    ]

    /// Unit words after "mươi"/"mười" (and in colloquial "hai lăm" = 25): mốt = 1, tư = 4, lăm/nhăm = 5.
    /// "năm" is deliberately absent: "mười năm" is ten years, fifteen is "mười lăm".
    static let unitsAfterTens: KeyTable<Int> = [
        "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "lăm": 5, "nhăm": 5, "sáu": 6,
        "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
    ]

    /// Scale words as powers of ten. "nghìn tỷ" composes (10^12), as does "tỷ tỷ".
    static let scales: KeyTable<Int> = [
        "nghìn": 3, "ngàn": 3, "ngìn": 3, "vạn": 4, "triệu": 6, "tỷ": 9, "tỉ": 9,
        // English scale words in Vietnamese text: "2,5 billion USD".
        "million": 6, "billion": 9, "trillion": 12,
    ]

    /// Words after a scale word that make it part of another word: "tỷ lệ" (rate), "tỷ trọng", "tỷ
    /// giá"…, "triệu chứng" (symptom: "một triệu chứng của ung thư"), "triệu phú" (millionaire).
    /// (Not "triệu tập": "10 triệu tập tin" is ten million files.)
    static let notScaleAfter: KeyTable<KeySet> = {
        let afterTy: KeySet = ["lệ", "trọng", "giá", "số", "phú", "suất", "đối", "mỉ"]
        return ["tỷ": afterTy, "tỉ": afterTy, "triệu": ["chứng", "phú"]]
    }()

    /// Words that make "chứng" after "triệu" a word of its own, and "triệu" a million: "64,5 triệu
    /// chứng nhận" (certifications), "chứng chỉ", "chứng khoán", "chứng từ".
    static let chungCompounds: KeySet = ["nhận", "chỉ", "khoán", "từ", "minh", "thư", "thực"]

    /// Words after a one-word currency or duration that make it part of another word: "đồng chí",
    /// "đồng bào", "đồng thời"…; "đô thị" (city), "đô đốc" (admiral), "đô hộ" (rule)…; "quý tộc"
    /// (noble: "một quý tộc" is no quarter), "quý giá" (precious)…; "ngày lễ" (a holiday)…
    static let notMeasureAfter: KeyTable<KeySet> = [
        "đồng": [
            "chí", "bào", "thời", "ý", "nghiệp", "bằng", "ruộng", "hương", "môn", "đội", "hồ", "bộ", "loạt",
            "nhất", "thuận", "tình", "minh", "phục", "lòng", "sở", "cỏ", "khởi", "dạng", "âm", "vị", "tâm",
            "quy", "đều", "niên", "ca", "hành", "lúa", "tác", "cấp", "chủ", "hạng", "diễn", "đẳng", "cảm",
            "hóa", "hoá", "trình", "tiền", "xu", "vốn", "bạc", "nát", "thau", "phát", "dao", "bãi", "quê", "sinh",
            // "một đồng Euro", "đồng yên", "đồng bảng Anh": a currency named after "đồng" (its unit), no đồng.
            "euro", "usd", "đô", "đôla", "yên", "bảng", "franc", "mác", "rúp", "peso", "won", "rupee", "kíp", "riel",
        ],
        // "một gam màu" (a range of colours): no gram.
        "gam": ["màu"],
        "đô": ["thị", "thi", "thành", "đốc", "hộ", "vật", "úy", "uý", "sát", "trưởng", "ty"],
        // "một ngày lễ" (a holiday), "một ngày nọ/kia/nào đó" (one day, some day): no length of time.
        "ngày": ["lễ", "nọ", "kia", "nào"],
        // "một tiếng nổ/kêu/động" (a sound), "một tiếng nói chung" (a voice), "một tiếng nước ngoài",
        // "hai tiếng địa phương", "tiếng Anh" (languages), "hai tiếng 'Chả Cá'" (words): no hours.
        "tiếng": [
            "nổ", "kêu", "vang", "nói", "động", "hát", "thở", "pháo", "mõ", "chuông", "súng", "cười", "khóc", "gọi", "sét", "sấm",
            "còi", "trống", "đàn", "hô", "hét", "gáy", "rên", "bom", "click", "ping", "tăm", "lóng", "ồn", "mẹ", "bản", "địa", "dân",
            "nước", "chính", "riêng", "anh", "việt", "pháp", "phạn", "hán", "nga", "đức", "nhật", "trung", "hoa", "hàn", "thái",
            "lào", "tây", "latinh", "la", "\"", "'", "“", "‘", ":",
        ],
        // "5 xu hướng" (trends), "xu thế": no cents.
        "xu": ["hướng", "thế", "nịnh", "chiêng", "xoa"],
        // "bảng" alone is pounds only after a large amount (`Recognizer.isPoundsAmount`); not "1930
        // bảng xếp hạng" (charts), "bảng đấu" (groups), "bảng hiệu" (signs).
        // Nor the other countries' pounds ("400.000 Bảng Australia", "bảng Ai Cập").
        "bảng": [
            "xếp", "đấu", "hiệu", "quảng", "tin", "mã", "biểu", "điều", "tổng", "kê", "tính", "giá", "chữ", "số", "tên",
            "úc", "australia", "ai", "ireland", "syria", "lebanon", "liban", "sudan", "síp", "malta", "israel", "new", "nam",
            "falkland", "gibraltar", "jamaica", "nigeria", "ghana", "rhodesia",
        ],
        "quý": [
            "tộc", "giá", "báu", "hiếm", "vị", "khách", "phái", "tử", "nhân", "ông", "bà", "cô", "phi", "trọng",
            "mến", "hóa", "hoá",
            // A year of the sexagenary cycle ("năm Quý Tỵ", "Quý Mão").
            "tý", "tí", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi",
        ],
    ]

    /// Qualifier phrases, longest first within each first word.
    static let qualifiers: [(words: [LexemeKey], qualifier: NumericExpression.Qualifier)] = negatedQualifiers + negatedQualifiers.map {
        // "không được vượt quá 03 năm", "không được thấp hơn 50%": the same bound as without "được".
        (["không", "được"] + $0.words.dropFirst(), $0.qualifier)
    } + [
        // "chưa đủ 18 tuổi" (not yet full), "chưa đầy 10 năm" (not yet fully), "chưa quá 3 năm" (not yet past);
        // "trong không đầy một tháng" (in less than a month) is short of it as "chưa đầy" is.
        (["chưa", "đủ"], .under), (["chưa", "đầy"], .under), (["chưa", "quá"], .atMost), (["không", "đủ"], .under),
        (["không", "đầy"], .under),
        // "chậm nhất là 05 ngày": a deadline, at the latest (500 in the legal corpus).
        (["chậm", "nhất", "là"], .atMost), (["chậm", "nhất"], .atMost), (["muộn", "nhất", "là"], .atMost), (["muộn", "nhất"], .atMost),
        // "tối đa là 05 năm", "ít nhất là 2/3" (500 in the legal corpus), "tối đa đến 80.000.000 đồng".
        (["ít", "nhất", "là"], .atLeast), (["tối", "thiểu", "là"], .atLeast), (["tối", "đa", "là"], .atMost),
        (["tối", "đa", "đến"], .atMost),
        // With another linking verb: "tối đa bằng 6% mức lương", "tối thiểu bằng 50 lần", "tối thiểu
        // đạt 05 lớp", "ít nhất có 40 cổ đông" (about 45 in the corpora). Not "tối đa đạt": "độ sâu
        // tối đa đạt 70 m" is the greatest depth, no bound.
        (["tối", "đa", "bằng"], .atMost), (["tối", "thiểu", "bằng"], .atLeast), (["tối", "thiểu", "đạt"], .atLeast),
        (["tối", "thiểu", "có"], .atLeast), (["ít", "nhất", "có"], .atLeast), (["ít", "nhất", "bằng"], .atLeast),
        (["ít", "nhất"], .atLeast), (["tối", "thiểu"], .atLeast), (["tối", "đa"], .atMost),
        (["nhiều", "hơn"], .over), (["cao", "hơn"], .over), (["lớn", "hơn"], .over), (["hơn"], .over),
        // "trên dưới 100 người": about (a hundred, give or take).
        (["trên", "dưới"], .approx), (["trên"], .over), (["vượt", "quá"], .over), (["vượt"], .over),
        // "dừng xe quá 20 phút", "quá nửa" (past, more than).
        (["quá"], .over),
        // "nhỏ hơn hoặc bằng 25%", "bằng hoặc lớn hơn 2 m" (the legal corpus's ≤ and ≥ in words).
        (["nhỏ", "hơn", "hoặc", "bằng"], .atMost), (["thấp", "hơn", "hoặc", "bằng"], .atMost), (["bằng", "hoặc", "nhỏ", "hơn"], .atMost),
        (["bằng", "hoặc", "thấp", "hơn"], .atMost), (["lớn", "hơn", "hoặc", "bằng"], .atLeast), (["cao", "hơn", "hoặc", "bằng"], .atLeast),
        (["bằng", "hoặc", "lớn", "hơn"], .atLeast), (["bằng", "hoặc", "cao", "hơn"], .atLeast),
        (["ít", "hơn"], .under), (["kém", "hơn"], .under), (["thấp", "hơn"], .under), (["nhỏ", "hơn"], .under),
        (["dưới"], .under), (["chưa", "đến"], .under), (["chưa", "tới"], .under),
        // "ngót 800 năm", "ngót nghét 20 năm": all but.
        // "gần như 4.500 km", "hầu như 100%": almost.
        (["gần", "như"], .nearly), (["gần", "bằng"], .nearly), (["hầu", "như"], .nearly),
        (["gần"], .nearly), (["suýt", "soát"], .nearly), (["ngót", "nghét"], .nearly), (["ngót"], .nearly),
        (["khoảng", "chừng"], .approx), (["khoảng"], .approx), (["chừng"], .approx),
        (["tầm", "khoảng"], .approx), (["tầm"], .approx), (["xấp", "xỉ", "bằng"], .approx), (["xấp", "xỉ", "là"], .approx),
        (["xấp", "xỉ"], .approx),
        // "được ước tính là 14,2%". (Not "ước thực hiện": its "thực" would let the scan try every
        // "không thực hiện" of the legal corpus.)
        (["ước", "tính", "là"], .approx), (["ước", "tính", "có"], .approx), (["ước", "lượng", "là"], .approx),
        (["ước", "lượng"], .approx),
        (["ước", "tính"], .approx), (["ước", "khoảng"], .approx), (["ước", "đạt"], .approx), (["ước"], .approx),
        (["≥"], .atLeast), (["≤"], .atMost), (["≈"], .approx), (["~"], .approx), (["độ", "khoảng"], .approx), (["vào", "khoảng"], .approx), (["áng", "chừng"], .approx),
        // The comparison signs of technical text before a number: "PKL >175cc", "huyết áp < 20 mm Hg".
        ([">"], .over), (["<"], .under),
    ]

    /// The qualifiers that negate a comparison ("không ít hơn" is at least), also said with "được".
    private static let negatedQualifiers: [(words: [LexemeKey], qualifier: NumericExpression.Qualifier)] = [
        (["không", "ít", "hơn"], .atLeast), (["không", "thấp", "hơn"], .atLeast),
        (["không", "nhỏ", "hơn"], .atLeast), (["không", "bé", "hơn"], .atLeast), (["không", "kém", "hơn"], .atLeast),
        (["không", "cao", "hơn"], .atMost), (["không", "nhiều", "hơn"], .atMost), (["không", "lớn", "hơn"], .atMost),
        (["không", "dưới"], .atLeast), (["không", "trên"], .atMost),
        (["không", "quá"], .atMost), (["không", "hơn"], .atMost), (["không", "tới"], .atMost),
        (["không", "đến"], .atMost), (["không", "vượt", "quá"], .atMost),
        // A deadline or a waiting time: "không chậm hơn 30 ngày kể từ", "không sớm hơn 05 năm".
        (["không", "chậm", "hơn"], .atMost), (["không", "muộn", "hơn"], .atMost), (["không", "trễ", "hơn"], .atMost),
        (["không", "sớm", "hơn"], .atLeast),
    ]

    /// Currency words and symbols after a number → ISO 4217. Multi-word entries are matched longest first.
    static let currencySuffixes: [(words: [LexemeKey], code: String)] = otherDollars + [
        (["ndt"], "CNY"), (["mark", "đức"], "DEM"), (["mác", "đức"], "DEM"), (["franc", "pháp"], "FRF"), (["francs", "pháp"], "FRF"),
        (["franc", "thụy", "sĩ"], "CHF"), (["franc", "thụy", "sỹ"], "CHF"), (["krone", "đan", "mạch"], "DKK"),
        (["kroner", "đan", "mạch"], "DKK"), (["krone", "na", "uy"], "NOK"), (["kroner", "na", "uy"], "NOK"),
        (["krona", "thụy", "điển"], "SEK"), (["kronor", "thụy", "điển"], "SEK"), (["ringgit"], "MYR"), (["rupiah"], "IDR"),
        (["kyat"], "MMK"), (["taka"], "BDT"), (["forint"], "HUF"), (["peso", "philippines"], "PHP"), (["peso", "mexico"], "MXN"),
        (["lira", "thổ", "nhĩ", "kỳ"], "TRY"), (["đài", "tệ"], "TWD"),
        (["đồng", "việt", "nam"], "VND"), (["đồng"], "VND"), (["vnđ"], "VND"), (["vnd"], "VND"), (["đ"], "VND"), (["₫"], "VND"),
        (["việt", "nam", "đồng"], "VND"),
        (["đô", "la", "mỹ"], "USD"), (["đô", "la"], "USD"), (["đô", "mỹ"], "USD"), (["đô", "-", "la", "mỹ"], "USD"), (["đô", "-", "la"], "USD"),
        (["đôla", "mỹ"], "USD"), (["đôla"], "USD"), (["đô"], "USD"), (["usd"], "USD"), (["$"], "USD"),
        (["us", "$"], "USD"), (["dollar", "mỹ"], "USD"), (["dollar"], "USD"), (["dollars"], "USD"),
        (["euro"], "EUR"), (["euros"], "EUR"), (["eur"], "EUR"), (["€"], "EUR"), (["ơ", "rô"], "EUR"),
        (["yên", "nhật"], "JPY"), (["yên"], "JPY"), (["jpy"], "JPY"), (["¥"], "JPY"),
        (["nhân", "dân", "tệ"], "CNY"), (["cny"], "CNY"), (["rmb"], "CNY"),
        (["bảng", "anh"], "GBP"), (["bảng"], "GBP"), (["gbp"], "GBP"), (["£"], "GBP"), (["pound"], "GBP"), (["pounds"], "GBP"),
        (["rupee"], "INR"), (["rupees"], "INR"), (["rs"], "INR"), (["inr"], "INR"),
        (["dirham"], "AED"), (["dirhams"], "AED"), (["aed"], "AED"),
        (["won", "hàn", "quốc"], "KRW"), (["won"], "KRW"), (["krw"], "KRW"), (["tệ"], "CNY"), (["baht"], "THB"), (["bạt"], "THB"), (["thb"], "THB"),
        (["rúp"], "RUB"), (["rub"], "RUB"), (["kíp"], "LAK"), (["lak"], "LAK"), (["riel"], "KHR"),
        (["sgd"], "SGD"), (["aud"], "AUD"), (["cad"], "CAD"), (["chf"], "CHF"), (["hkd"], "HKD"),
    ]

    /// Currency codes and symbols written before the number ("$10", "USD1,23", "VN$1000", "Rs. 20").
    static let currencyPrefixes: [(words: [LexemeKey], code: String)] = [
        // Other dollars by their two-letter marks ("SG$60,000"; not "A$", "C$", "S$": every list item
        // "a)", "c)" of the legal corpus would start a parse).
        (["vn", "$"], "VND"), (["us", "$"], "USD"), (["sg", "$"], "SGD"), (["hk", "$"], "HKD"), (["nt", "$"], "TWD"),
        (["nz", "$"], "NZD"), (["$"], "USD"), (["usd"], "USD"), (["vnd"], "VND"),
        (["vnđ"], "VND"), (["€"], "EUR"), (["eur"], "EUR"), (["£"], "GBP"), (["gbp"], "GBP"), (["¥"], "JPY"),
        (["jpy"], "JPY"), (["cny"], "CNY"), (["rs", "."], "INR"), (["rs"], "INR"), (["inr"], "INR"),
        (["aed"], "AED"), (["₫"], "VND"),
    ]

    /// Nouns a rate may be "per" without a number ("0,21 thuê bao/ dân", "120 người/km²").
    static let rateDenominators: KeySet = [
        "dân", "người", "hộ", "năm", "tháng", "tuần", "ngày", "giờ", "km", "km²", "km2", "ha", "xã", "trường",
        "lớp", "thôn", "bản", "huyện", "tỉnh", "đơn", "ca", "lượt",
    ]

    /// ``rateDenominators`` of more than one syllable, lower case: "1,91 con/phụ nữ", "3,2 người/hộ gia đình".
    static let rateDenominatorWords: Set<String> = [
        "phụ nữ", "gia đình", "hộ gia đình", "trẻ em", "học sinh", "sinh viên", "lao động", "bệnh nhân", "dân số", "giáo viên",
        "bác sĩ", "cán bộ", "hộ dân", "người dân", "doanh nghiệp", "ngày đêm",
    ]

    /// What a rate per a round number of people counts before "trên" ("173 người trên 100.000 dân",
    /// "30 giường bệnh trên 10.000 dân"), lower case, three syllables at most: people, cases, beds,
    /// lines, devices.
    static let populationRateNouns: Set<String> = [
        "người", "ca", "vụ", "trường hợp", "tù nhân", "bác sĩ", "y tá", "điều dưỡng", "dược sĩ", "giường",
        "giường bệnh", "thuê bao", "máy", "máy tính", "điện thoại", "xe", "ô tô", "xe máy", "nam", "nữ", "bé trai", "bé gái",
        "trẻ", "việc làm", "hộ", "ca tử vong", "ca mắc", "ca nhiễm", "ca sinh", "học sinh", "sinh viên", "giáo viên",
        "bệnh nhân", "lượt", "cán bộ", "công chức",
    ]

    /// The people a rate with "trên" is per ("100.000 dân", "1.000 người dân", "100 nữ"), lower case.
    static let populationDenominators: Set<String> = [
        "dân", "người", "người dân", "dân số", "nam", "nữ", "phụ nữ", "trẻ", "trẻ em", "trẻ sơ sinh", "ca sinh", "lao động",
        "người lao động", "học sinh", "sinh viên", "bệnh nhân", "hộ", "hộ dân", "hộ gia đình", "thai phụ", "sản phụ",
    ]

    /// Nouns of people and things that come only whole, after which "4,700" groups thousands
    /// (`Recognizer.countsWholeThings`): one syllable, or two by their first.
    static let wholeThings: KeySet = [
        "người", "hộ", "chiếc", "con", "ngôi", "căn", "lính", "xe", "tàu", "trường", "ca", "lượt", "vụ", "cuốn", "trận",
        "khách", "quân", "trẻ",
    ]
    static let wholeThingsOfTwoSyllables: KeyTable<KeySet> = [
        "học": ["sinh", "viên"], "sinh": ["viên"], "binh": ["sĩ", "lính"], "máy": ["bay"], "phương": ["tiện"], "thành": ["viên"],
        "nhân": ["viên", "khẩu"], "công": ["nhân", "ty"], "doanh": ["nghiệp"], "gia": ["đình"], "tín": ["đồ"], "du": ["khách"],
        "cư": ["dân"], "bệnh": ["nhân", "viện"],
    ]

    /// Words after "ba" that make it "father" ("ba tôi", "ba mẹ", "ba nói"), not three: pronouns,
    /// kin, and the verbs and adverbs a subject goes on with.
    static let notCountedAfterBa: KeySet = [
        "tôi", "tao", "mẹ", "má", "của", "em", "anh", "chị", "nó", "con", "ơi", "ấy", "mình", "bạn", "chồng", "vợ", "ruột",
        "nuôi", "dượng", "già", "đã", "là", "và", "cũng", "vẫn", "nói", "bảo", "hỏi", "đi", "về", "đang", "sẽ", "không",
        "có", "thì", "mà", "với", "cho", "ở", "vừa", "mới", "muốn", "biết", "ta", "họ", "ông", "bà", "cháu", "lại", "chỉ",
        "rất", "được", "bị", "còn", "hay", "hoặc", "nhưng", "đều", "phải", "cần", "làm", "thấy", "này", "kia", "đó", "nào",
        "gì", "ra", "vào", "lên", "xuống", "qua", "nhìn", "thương", "yêu", "dạy", "kể", "ôm", "gọi", "tư", "nếu", "khi", "vì",
        "để",
    ]

    /// Words before "ba" that make it a rank or a name, not a count: "ngã ba" (a junction), "phó ba"
    /// (third mate), "hạng ba", "giải ba", "tầng ba", "khu vực ba", "điểm ba".
    static let notCountedBeforeBa: KeySet = [
        "ngã", "phó", "hạng", "nhì", "thứ", "vực", "khu", "điểm", "giải", "tầng", "lớp", "loại", "số", "bậc", "cấp", "mục",
        "phần", "kỳ", "kì", "khóa", "khoá", "vòng", "hiệp", "ván", "đợt", "anh", "chị", "em", "ông", "bà", "con", "thằng", "cô",
        "chú", "bác", "cậu", "dì", "ngày", "mùng", "mồng", "tháng", "ngôi", "nhất", "cụ", "tuần", "canh", "vài",
    ]

    /// Kinship words, honorifics and words of belonging before a name by birth order ("ông Tám", "chị
    /// Hai", "cô Sáu", "con Tư", "vợ Mười", "nhà của Mười"): a capitalised digit word after one is a
    /// name (`Recognizer.isPartOfName(_:)`).
    static let wordsBeforeGivenNames: KeySet = [
        "ông", "bà", "anh", "chị", "cô", "chú", "bác", "dì", "cậu", "mợ", "thím", "dượng", "em", "cụ", "con", "thằng", "bé", "o",
        "vợ", "chồng", "nhà", "của",
    ]

    /// The eras written as one word after a year ("36 TCN", "14 SCN", "400 CN", "421 BC", "AD"), lower
    /// case: what `Recognizer.era(at:)` reads there (with "trước/sau Công nguyên", two words more).
    static let eraWords: KeySet = ["tcn", "scn", "cn", "bc", "bce", "ad", "ce"]

    /// Words after a number word that make an idiom of it, no count: "chín chắn", "chín muồi", "chín
    /// suối", "bốn bề", "mười mươi", "tám chuyện"; and the words of cooking and ripeness after
    /// "chín" (cooked, ripe): "vừa chín tới", "chín vàng", "chín đỏ", "chín rục".
    static let idiomsOfNumberWords: KeyTable<KeySet> = [
        "chín": ["chắn", "muồi", "suối", "tới", "rục", "nhừ", "đỏ", "vàng", "dẻo", "kỹ", "kĩ", "mọng", "tái", "xong", "nẫu"],
        "bốn": ["bề"], "mười": ["mươi"], "tám": ["chuyện"],
    ]

    /// Words before "chín" that make it "cooked" or "ripe", no nine: "luộc chín", "hấp chín", "nấu
    /// chín", "quả chín", "rau chín", "mận chín", "ăn chín uống sôi" (about 40 in the wiki corpus).
    static let wordsBeforeCookedChin: KeySet = [
        "luộc", "hấp", "nấu", "nướng", "xào", "rang", "chiên", "rán", "hầm", "quay", "ninh", "om", "đồ", "ăn", "quả",
        "trái", "rau", "mận", "nở", "mắm", "lúa",
    ]

    /// Words that begin the rest of a clause after "trước"/"sau" ("10 năm trước và …", "3 ngày sau
    /// thì …"): the phrase ended there, so "trước" and "sau" were no prepositions.
    static let clauseWords: KeySet = [
        "và", "thì", "mà", "là", "đã", "rồi", "lại", "mới", "vẫn", "cũng", "đều", "hoặc", "hay", "nhưng", "tại", "vào", "ở",
        "không", "chưa", "có",
    ]

    /// Words for a hundredth of a currency unit ("2 đô la và 23 xen").
    static let cents: KeySet = ["xen", "xu", "cent", "cents"]

    /// Units of measure after a number → normalised symbol. Matched on the exact text first
    /// (SI prefixes are case-sensitive: "MW" ≠ "mW"), then on the lower-cased key for words.
    static let unitsExact: [(words: [LexemeKey], symbol: String)] = [
        (["km", "2"], "km²"), (["km", "²"], "km²"), (["m", "2"], "m²"), (["m", "²"], "m²"), (["cm", "2"], "cm²"),
        (["m", "3"], "m³"), (["m", "³"], "m³"), (["cm", "3"], "cm³"), (["cm", "³"], "cm³"), (["km", "/", "h"], "km/h"), (["km", "/", "giờ"], "km/h"),
        (["km", "3"], "km³"), (["dm", "2"], "dm²"), (["dm", "3"], "dm³"), (["mm", "2"], "mm²"), (["mm", "3"], "mm³"), (["mi", "2"], "mi²"), (["ft", "2"], "ft²"),
        (["°", "C"], "°C"), (["℃"], "°C"),
        // The degree as typed without its sign: "º" (the ordinal indicator), "o" ("27oC"), "độC".
        (["º", "C"], "°C"), (["oC"], "°C"), (["độC"], "°C"), (["°"], "°"), (["º"], "°"),
        (["km"], "km"), (["m"], "m"), (["cm"], "cm"), (["mm"], "mm"), (["ha"], "ha"), (["kg"], "kg"),
        (["g"], "g"), (["mg"], "mg"), (["ml"], "mL"), (["mL"], "mL"), (["l"], "L"), (["L"], "L"),
        (["MW"], "MW"), (["kW"], "kW"), (["KW"], "kW"), (["GW"], "GW"), (["W"], "W"),
        (["kWh"], "kWh"), (["KWh"], "kWh"), (["MWh"], "MWh"), (["GWh"], "GWh"), (["kV"], "kV"), (["KV"], "kV"),
        (["GB", "/", "s"], "GB/s"), (["MB", "/", "s"], "MB/s"), (["kB", "/", "s"], "kB/s"), (["KB", "/", "s"], "kB/s"),
        (["GB"], "GB"), (["MB"], "MB"), (["TB"], "TB"), (["KB"], "kB"), (["kB"], "kB"),
        // Binary prefixes, as files' and memories' sizes are written ("PDF (193 KiB)", "4 GiB").
        (["KiB"], "KiB"), (["MiB"], "MiB"), (["GiB"], "GiB"), (["TiB"], "TiB"),
        (["Gb"], "Gbit"), (["Mb"], "Mbit"), (["Gbps"], "Gbit/s"), (["Mbps"], "Mbit/s"), (["Kbps"], "kbit/s"),
        (["kbps"], "kbit/s"), (["Gbit", "/", "s"], "Gbit/s"), (["Mbit", "/", "s"], "Mbit/s"), (["kbit", "/", "s"], "kbit/s"),
        // Per mille: a birth rate, a sea's salinity ("tăng 8,9 ‰", "độ mặn 35 ‰").
        (["‰"], "‰"),
        (["MHz"], "MHz"), (["GHz"], "GHz"), (["kHz"], "kHz"), (["Hz"], "Hz"),
        (["kcal"], "kcal"), (["Kcal"], "kcal"), (["cal"], "cal"), (["calo"], "cal"), (["kJ"], "kJ"), (["KJ"], "kJ"), (["MJ"], "MJ"),
        (["Sv"], "Sv"), (["mSv"], "mSv"), (["Gy"], "Gy"), (["mGy"], "mGy"),
        (["Bq"], "Bq"), (["kBq"], "kBq"), (["MBq"], "MBq"), (["GBq"], "GBq"),
        // Ships' gross tonnage ("tàu từ 500 GT trở lên"), engines' metric horsepower, sound levels.
        (["GT"], "GT"), (["CV"], "CV"), (["mã", "lực"], "CV"), (["dB"], "dB"), (["dBA"], "dBA"),
        // Physics and chemistry: kelvins, electronvolts, wavelengths, concentrations, volts (not "mA":
        // units are classed by their lower-case key too, and "ma" is a word, "ma túy").
        (["K"], "K"), (["eV"], "eV"), (["keV"], "keV"), (["MeV"], "MeV"), (["GeV"], "GeV"), (["TeV"], "TeV"), (["nm"], "nm"),
        (["µ", "m"], "µm"), (["μm"], "µm"), (["µ", "g"], "µg"), (["μg"], "µg"), (["ppm"], "ppm"), (["ppb"], "ppb"), (["mol"], "mol"),
        (["mmol"], "mmol"), (["V"], "V"), (["bar"], "bar"),
        (["atm"], "atm"), (["Pa"], "Pa"), (["kPa"], "kPa"), (["MPa"], "MPa"), (["Mpa"], "MPa"), (["hPa"], "hPa"), (["mmHg"], "mmHg"),
        // Power of transformers and solar plants, batteries' charge, engines' displacement, containers.
        (["kVA"], "kVA"), (["KVA"], "kVA"), (["MVA"], "MVA"), (["kWp"], "kWp"), (["MWp"], "MWp"), (["mAh"], "mAh"), (["cc"], "cm³"),
        (["TEU"], "TEU"), (["DWT"], "DWT"), (["độ", "Richter"], "Richter"), (["độ", "richter"], "Richter"),
        // Earthquakes' moment and surface-wave magnitudes ("độ lớn 7,0 Mw", "8,6 Ms"; "MW" is megawatts).
        (["Mw"], "Mw"), (["Ms"], "Ms"),
        // Devices' specifications: cameras' megapixels, screens' brightness (nits), frame rates, air
        // conditioners' BTU, engines' and washing machines' revolutions per minute.
        (["MP"], "MP"), (["nits"], "cd/m²"), (["nit"], "cd/m²"), (["fps"], "fps"), (["BTU"], "BTU"), (["vòng", "/", "phút"], "rpm"),
        (["rpm"], "rpm"),
        // Finance's basis points ("tăng 15 bps"; bits per second are written "kbps", "Mbps"), as "điểm cơ bản".
        (["bps"], "bp"), (["bp"], "bp"),
        // Traditional measures: "2 tấc" (10 cm), "3 sào" (an area that differs by region, kept by its name
        // as "mẫu" is), "5 lạng" (100 g in a market, a tael of silver in history: kept by its name). Gold's "chỉ vàng" and "lượng vàng", and the points of a
        // rate, "điểm phần trăm", are `Recognizer.measureAfter`'s: their first words are nouns a count
        // may have ("01 chỉ số", "70 điểm"), which a unit's first word is not.
        (["lạng"], "lạng"), (["tấc"], "dm"), (["sào"], "sào"),
        (["tấn"], "t"), (["mét", "tấn"], "t"), (["tạ"], "q"), (["lít"], "L"), (["mét"], "m"), (["gam"], "g"), (["gram"], "g"), (["kilogram"], "kg"),
        (["miligam"], "mg"), (["miligram"], "mg"), (["ki", "-", "lô", "-", "mét"], "km"), (["ki", "lô", "mét"], "km"), (["ki", "lô", "gam"], "kg"),
        (["ki", "-", "lô", "-", "gam"], "kg"), (["kilômét"], "km"), (["kilomet"], "km"), (["kilômét", "vuông"], "km²"), (["kilomet", "vuông"], "km²"), (["kilôgam"], "kg"),
        // Metric units spelt out as Vietnamese writes them, with or without the marks and hyphens
        // ("40 milimét", "39 mililít", "3 mi-li-mét": not 3 miles; "10 micromet").
        (["milimét"], "mm"), (["milimet"], "mm"), (["mi", "-", "li", "-", "mét"], "mm"), (["xentimét"], "cm"), (["xentimet"], "cm"),
        (["centimét"], "cm"), (["centimet"], "cm"), (["xen", "-", "ti", "-", "mét"], "cm"), (["xen", "-", "ti", "-", "met"], "cm"),
        (["xăng", "-", "ti", "-", "mét"], "cm"), (["mi", "-", "li", "-", "met"], "mm"),
        (["micromét"], "µm"), (["micromet"], "µm"), (["micrômét"], "µm"), (["micrômet"], "µm"), (["nanomét"], "nm"),
        (["nanomet"], "nm"), (["nanômét"], "nm"), (["mililít"], "mL"), (["mililit"], "mL"), (["mi", "-", "li", "-", "lít"], "mL"),
        (["kilowatt"], "kW"), (["kilôoát"], "kW"), (["megawatt"], "MW"), (["mêgaoát"], "MW"), (["kilowatt", "giờ"], "kWh"),
        (["kilowatt", "-", "giờ"], "kWh"), (["kilôoát", "giờ"], "kWh"), (["megawatt", "giờ"], "MWh"), (["megawatt", "-", "giờ"], "MWh"),
        (["watt"], "W"), (["oát"], "W"),
        (["cây", "số", "vuông"], "km²"), (["cây", "số"], "km"), (["héc", "-", "ta"], "ha"), (["héc", "ta"], "ha"), (["hécta"], "ha"), (["hecta"], "ha"), (["mẫu"], "mẫu"),
        (["độ", "C"], "°C"), (["độ", "c"], "°C"), (["độ", "Celsius"], "°C"), (["độ", "celsius"], "°C"), (["mét", "vuông"], "m²"), (["mét", "khối"], "m³"),
        (["ki", "-", "lô", "-", "mét", "vuông"], "km²"), (["km", "vuông"], "km²"),
        // Imperial units, frequent in encyclopaedic text ("190 m (620 ft)"); not "in" (Vietnamese "in",
        // to print), "pound" (the currency) nor a bare "dặm" (also the Chinese li of history texts).
        (["hải", "lý", "/", "giờ"], "kn"), (["sq", "mi"], "mi²"), (["sq", "ft"], "ft²"), (["ft", "²"], "ft²"), (["°", "F"], "°F"), (["℉"], "°F"), (["độ", "F"], "°F"),
        (["độ", "Fahrenheit"], "°F"), (["độ", "fahrenheit"], "°F"),
        (["foot", "vuông"], "ft²"), (["feet", "vuông"], "ft²"), (["ft"], "ft"), (["feet"], "ft"), (["foot"], "ft"), (["inch"], "in"), (["dm"], "dm"), (["mi"], "mi"), (["dặm", "Anh"], "mi"), (["dặm", "vuông", "Anh"], "mi²"), (["dặm", "vuông"], "mi²"), (["mẫu", "Anh"], "acre"), (["yd"], "yd"),
        (["năm", "ánh", "sáng"], "ly"),
        (["lb"], "lb"), (["lbs"], "lb"), (["oz"], "oz"), (["ounce"], "oz"), (["mph"], "mph"), (["hải", "lý"], "nmi"), (["acre"], "acre"),
        // English plurals and spellings left in translated text ("18 inches", "6.435 kilometres").
        (["inches"], "in"), (["miles"], "mi"), (["mile"], "mi"), (["yards"], "yd"), (["yard"], "yd"), (["acres"], "acre"),
        (["kilometres"], "km"), (["kilometers"], "km"), (["kilometre"], "km"), (["kilometer"], "km"),
    ]

    /// The first words of the periods longer than a year that a count may measure ("6 thập kỷ",
    /// "5 thế kỷ", "3 thiên niên kỷ": `Recognizer`'s long periods).
    static let longPeriodStarts: [LexemeKey] = ["thập", "thế", "thiên"]

    /// Duration words after a number.
    static let durations: KeyTable<NumericExpression.DurationUnit> = [
        "năm": .year, "quý": .quarter, "tháng": .month, "tuần": .week, "ngày": .day, "giờ": .hour,
        "tiếng": .hour, "phút": .minute, "giây": .second,
    ]

    /// Words after "một năm", "một ngày"… that make it a length or a point of time, not what an
    /// amount is per ("tăng 5% một năm sau", "một tháng trước", "một năm rưỡi", "một năm đầu").
    static let afterLengthOfTime: Set<LexemeKey> = [
        "sau", "trước", "qua", "nữa", "tới", "rưỡi", "rưởi", "kể", "liền", "liên", "đầu", "cuối", "nay", "ấy", "đó", "kia", "này",
        "lần", "thì", "mới", "sớm", "muộn", "trở",
    ]

    /// Parts of the day before a date ("Chiều 4/1", "tối nay") or after a time ("3 giờ chiều").
    static let partsOfDay: KeyTable<NumericExpression.PeriodPart> = [
        "sáng": .morning, "trưa": .noon, "chiều": .afternoon, "tối": .evening, "đêm": .night, "khuya": .night,
    ]

    /// Words before a Roman numeral that make it an ordinal ("khóa XII", "Đại hội XIII"), grades and
    /// classes of the legal texts included ("viên chức hạng II", "đô thị loại III", "công trình cấp I",
    /// "nhóm II", "bậc I", "vùng IV": about 3 400 in the legal corpus), and the first words of the
    /// two-word ones ("Phụ lục II", 3 000 more).
    static let romanIntroducers = KeySet(
        ["khóa", "khoá", "lần", "đợt", "phần", "chương", "mục", "kỳ", "kì", "thứ", "hội", "tập", "nhiệm"] as [LexemeKey]
            + Array(gradeIntroducers) + Array(twoWordRomanIntroducers.keys))

    /// Roman introducers of two words, by their first: "Phụ lục II", "Thế chiến II" (211 in the wiki
    /// corpus; "thế chiến thứ hai" is read by "thứ"), "học kỳ I" (a school term).
    static let twoWordRomanIntroducers: KeyTable<LexemeKey> = ["phụ": "lục", "thế": "chiến", "học": "kỳ"]

    /// The words of grades and classes, whose Roman numerals are small ("hạng III", not "hạng MV").
    static let gradeIntroducers: KeySet = ["hạng", "loại", "cấp", "nhóm", "bậc", "vùng"]

    /// Ordinal words after "thứ": "thứ nhất" = 1, "thứ nhì" = 2, "thứ tư" = 4, "thứ bảy" = 7…
    static let ordinalWords: KeyTable<Int> = [
        "nhất": 1, "nhì": 2, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8,
        "chín": 9, "mười": 10,
    ]

    /// Ranks in words by the word they follow: after "hạng" ("hạng Nhất", "hạng ba", "công dân hạng
    /// hai"; 630 in the two corpora), and the two first after "giải" ("giải nhất", "giải nhì"; "giải
    /// ba bài toán" solves three problems).
    static let ranks: KeyTable<KeyTable<Int>> = [
        "hạng": ["nhất": 1, "nhì": 2, "hai": 2, "ba": 3, "tư": 4], "giải": ["nhất": 1, "nhì": 2],
    ]

    /// Month names that are no numerals: "tháng giêng" = 1, "tháng chạp" = 12.
    static let monthNames: KeyTable<Int> = ["giêng": 1, "chạp": 12, "một": 1, "hai": 2, "ba": 3, "tư": 4]

    /// English month names and abbreviations, by key (matched capitalised only): the dates of the
    /// references and infoboxes of encyclopaedic text ("October 18, 2016", "18 April 2013", "Feb. 1968").
    static let englishMonths: KeyTable<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9,
        "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Words that may start an expression: what the scanner tests before parsing at a word.
    static let startWords: Set<LexemeKey> = startWordsBesidesRomanIntroducers.union(romanIntroducers)

    /// The start words of every reader but the Roman ordinal ("khóa XII").
    private static let startWordsBesidesRomanIntroducers: Set<LexemeKey> = {
        var words: Set<LexemeKey> = [
            "âm", "mười", "hăm", "băm", "chục", "thứ", "đầu", "giữa", "cuối", "ngày", "tháng", "quý", "năm",
            "hôm", "tuần", "lúc", "vào", "từ", "mồng", "mùng", "bữa", "giáng", "chủ", "chúa", "đúng", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "tỉ", "vạn",
            "buổi", "rạng", "những", "thập", "thế",
            // "trung tuần tháng 11": ten days of a month (`Recognizer.tenDays(_:)`).
            "thượng", "trung", "hạ",
            // "T11/2025", "Q3/2025", "H1/2025": a month, a quarter, a half year (`Recognizer.periodCode(_:)`).
            "t", "q", "h",
            // "khoảng AD 323": a year after its English era (`Recognizer.yearAfterAnnoDomini(_:)`).
            "ad",
        ]
        words.formUnion(digits.keys)
        words.formUnion(partsOfDay.keys)
        for entry in qualifiers { words.insert(entry.words[0]) }
        for entry in currencyPrefixes { words.insert(entry.words[0]) }
        return words
    }()

    /// Start words whose only reader is the Roman ordinal ("Chương II", "nhiệm kỳ"… "Phụ lục"):
    /// an expression starts there only when a Roman numeral is the next lexeme.
    static let romanIntroducersOnly: Set<LexemeKey> = Set(romanIntroducers).subtracting(startWordsBesidesRomanIntroducers)
}

extension Vocabulary {
    /// Tables indexed by their first word, so each lookup tests only the entries that can match
    /// (the scanner calls them for every candidate; a linear pass over all entries cost 20× the scan).
    static let qualifiersByFirstWord = KeyTable(grouping: qualifiers, by: { $0.words[0] })
    /// Other countries' dollars: "đô la Úc" is AUD, not the "đô la" (USD) its first words are.
    private static let otherDollars: [(words: [LexemeKey], code: String)] = {
        let dollars: [[LexemeKey]] = [["đô", "la"], ["đôla"], ["đô", "-", "la"], ["dollar"]]
        let countries: [([LexemeKey], String)] = [
            (["úc"], "AUD"), (["australia"], "AUD"), (["canada"], "CAD"), (["singapore"], "SGD"), (["hồng", "kông"], "HKD"),
            (["hong", "kong"], "HKD"), (["new", "zealand"], "NZD"), (["đài", "loan"], "TWD"), (["brunei"], "BND"),
        ]
        return dollars.flatMap { dollar in countries.map { (dollar + $0.0, $0.1) } }
    }()
    static let currencySuffixesByFirstWord = KeyTable(grouping: currencySuffixes, by: { $0.words[0] })
    static let currencyPrefixesByFirstWord = KeyTable(grouping: currencyPrefixes, by: { $0.words[0] })
    /// Units by the exact text of their first element, and by its lower-cased key for the
    /// case-insensitive word units ("Tấn", "Lít").
    static let unitsByFirstText = KeyTable(grouping: unitsExact, by: { $0.words[0] })
    static let unitsByFirstKey = KeyTable(
        grouping: unitsExact.filter { caselessUnitWords.contains($0.words[0]) }, by: { $0.words[0] })
    /// Unit words of three or more letters written in lower case ("tấn", "lít", "mét"): matched
    /// case-insensitively, unlike SI symbols.
    static let caselessUnitWords = KeySet(
        unitsExact.flatMap(\.words).filter { $0.description.count >= 3 && $0.description == $0.description.lowercased() })
}


extension Vocabulary {
    /// Which of the grammar's tables a lexeme key is in (as a first word, for the phrase tables),
    /// as bits: the stream looks a lexeme's key up once (``LexemeStream/keyClass(_:)``) and every
    /// later "is this a scale word? a duration? a currency?" that would miss is a bit test instead
    /// of a table probe (most probes miss: "ngày" in the digit words, the scales, the currencies…).
    struct KeyClass: OptionSet, Sendable {
        let rawValue: UInt32

        /// ``digits``
        static let digit = KeyClass(rawValue: 1 << 0)
        /// ``unitsAfterTens``
        static let unitAfterTens = KeyClass(rawValue: 1 << 1)
        /// ``scales``
        static let scale = KeyClass(rawValue: 1 << 2)
        /// Words a spelled group can begin with: ``digits``, "trăm", "linh", "lẻ", "mười", "hăm", "băm", "chục".
        static let spelledStart = KeyClass(rawValue: 1 << 3)
        /// First words of ``qualifiers``.
        static let qualifierStart = KeyClass(rawValue: 1 << 4)
        /// First words of ``currencyPrefixes``.
        static let currencyPrefixStart = KeyClass(rawValue: 1 << 5)
        /// First words of ``currencySuffixes``.
        static let currencySuffixStart = KeyClass(rawValue: 1 << 6)
        /// First elements of ``unitsExact``, lower-cased (what a lexeme's key is when its exact text is one).
        static let unitStart = KeyClass(rawValue: 1 << 7)
        /// ``durations``
        static let duration = KeyClass(rawValue: 1 << 8)
        /// ``partsOfDay``
        static let partOfDay = KeyClass(rawValue: 1 << 9)
        /// ``ordinalWords``
        static let ordinalWord = KeyClass(rawValue: 1 << 10)
        /// ``monthNames``
        static let monthName = KeyClass(rawValue: 1 << 11)
        /// ``romanIntroducers``
        static let romanIntroducer = KeyClass(rawValue: 1 << 12)
        /// ``cents``
        static let cent = KeyClass(rawValue: 1 << 13)
        /// ``englishMonths``
        static let englishMonth = KeyClass(rawValue: 1 << 14)
    }

    /// Every key of the grammar's tables with its ``KeyClass``es.
    static let keyClasses: KeyTable<KeyClass> = {
        var table = KeyTable<KeyClass>()
        func mark(_ keys: some Sequence<LexemeKey>, _ keyClass: KeyClass) {
            for key in keys { table[key] = table[key, default: []].union(keyClass) }
        }
        mark(digits.keys, .digit)
        mark(unitsAfterTens.keys, .unitAfterTens)
        mark(scales.keys, .scale)
        mark(digits.keys, .spelledStart)
        mark(["trăm", "linh", "lẻ", "mười", "hăm", "băm", "chục"], .spelledStart)
        mark(qualifiers.map { $0.words[0] }, .qualifierStart)
        mark(currencyPrefixes.map { $0.words[0] }, .currencyPrefixStart)
        mark(currencySuffixes.map { $0.words[0] }, .currencySuffixStart)
        mark(unitsExact.map { LexemeKey($0.words[0].description.lowercased()) }, .unitStart)
        mark(durations.keys, .duration)
        mark(partsOfDay.keys, .partOfDay)
        mark(ordinalWords.keys, .ordinalWord)
        mark(monthNames.keys, .monthName)
        mark(romanIntroducers, .romanIntroducer)
        mark(cents, .cent)
        mark(englishMonths.keys, .englishMonth)
        return table
    }()
}
