import Testing
import VietTokenizer

#if canImport(Glibc)
import Glibc
#endif

@Suite struct SegmenterTests {
    let segmenter = Segmenter()

    @Test("segments like the VLSP convention", arguments: [
        ("Sở Thông tin và Truyền thông", "Sở Thông_tin và Truyền_thông"),
        ("Phó Chủ tịch UBND tỉnh Nguyễn Tuấn Hà", "Phó Chủ_tịch UBND tỉnh Nguyễn_Tuấn_Hà"),
        ("đến Buôn Ma Thuột hôm qua", "đến Buôn_Ma_Thuột hôm_qua"),
        ("Nghị quyết số 17/NQ-CP ngày 7-3-2019.", "Nghị_quyết số 17/NQ-CP ngày 7-3-2019 ."),
        ("tỷ lệ hộ gia đình đạt 47,13%", "tỷ_lệ hộ gia_đình đạt 47,13%"),
        ("giai đoạn 2021-2025", "giai_đoạn 2021-2025"),
        // Words and names that end exactly where a run of syllables or the line ends (the dynamic
        // programme stops there by a sentinel cell, not by testing each index), runs of one
        // syllable, unknown syllables.
        ("Truyền thông", "Truyền_thông"),
        ("công nghệ thông tin", "công_nghệ_thông_tin"),
        ("gặp Nguyễn Tuấn Hà", "gặp Nguyễn_Tuấn_Hà"),
        ("gặp Nguyễn Tuấn Hà.", "gặp Nguyễn_Tuấn_Hà ."),
        ("Ủy ban nhân dân tỉnh Cao Bằng", "Ủy_ban_nhân_dân tỉnh Cao_Bằng"),
        ("UBND TP Hà Nội", "UBND TP Hà_Nội"),
        ("anh Hùng", "anh Hùng"),
        ("Nguyễn", "Nguyễn"),
        ("xyzzy truyền thông qwerty", "xyzzy truyền_thông qwerty"),
        // "Ð" (U+00D0), typed for "Đ", is read as it; the lower-case eth of other languages is not.
        ("Ðơn vị bầu cử Huyện Ðức Linh", "Ðơn_vị bầu_cử Huyện_Ðức_Linh"), ("Sigurðardóttir", "Sigurðardóttir"),
        ("... !", "... !"),
    ])
    func examples(_ input: String, _ expected: String) {
        #expect(segmenter.segment(input).vlsp == expected)
    }

    @Test func tonePlacementAndCaseInsensitive() {
        #expect(segmenter.segment("văn hoá").vlsp == "văn_hoá")
        #expect(segmenter.segment("văn hóa").vlsp == "văn_hóa")
        #expect(segmenter.segment("VĂN HOÁ").vlsp == "VĂN_HOÁ")
        #expect(Lexicon.shipped.contains("Văn Hoá"))
        #expect(Lexicon.shipped.contains("văn_hóa"))
        #expect(!Lexicon.shipped.contains("hóa văn xyz"))
    }

    /// A capitalised first word of a sentence starts a name only when it is a family name, in
    /// whatever form it is written: composed or decomposed, "Ð" (U+00D0) for "Đ", with or without
    /// the tokenizer's lexicon keys.
    @Test("a sentence-start family name starts a name", arguments: [
        ("Nguyễn Văn An nói", "Nguyễn_Văn_An nói"),
        ("Nguye\u{302}\u{303}n Văn An nói", "Nguye\u{302}\u{303}n_Văn_An nói"),
        ("Ðặng Văn An nói", "Ðặng_Văn_An nói"),
        ("Đặng Văn An nói", "Đặng_Văn_An nói"),
        ("Ông Văn An nói", "Ông Văn_An nói"),
        ("Vậy Văn An nói", "Vậy Văn_An nói"),
        ("Hôm qua Lê Văn An nói", "Hôm_qua Lê_Văn_An nói"),
    ])
    func sentenceStartFamilyNames(_ input: String, _ expected: String) {
        expectSegmentsWithAndWithoutKeys(input, expected)
    }

    /// A family name with two name parts or more on each side, inside a run of five or more,
    /// begins a name of its own (with or without the tokenizer's keys); a shorter run stays one name.
    @Test("a family name inside a long run of names starts a name", arguments: [
        ("ông Lâm Đồng Nguyễn Văn Đẳng phát biểu", "ông Lâm_Đồng Nguyễn_Văn_Đẳng phát_biểu"),
        ("ông Việt Nam Võ Văn Kiệt", "ông Việt_Nam Võ_Văn_Kiệt"),
        ("chị Nguyễn Thị Hoàng Anh đến", "chị Nguyễn_Thị_Hoàng_Anh đến"),
    ])
    func innerFamilyNames(_ input: String, _ expected: String) {
        expectSegmentsWithAndWithoutKeys(input, expected)
    }

    /// `input` segments as `expected` from the tokenizer's tokens with their lexicon keys and from
    /// the tokens alone (keys computed by the segmenter).
    private func expectSegmentsWithAndWithoutKeys(_ input: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(segmenter.segment(input).vlsp == expected, sourceLocation: sourceLocation)
        let withoutKeys = TokenizedText(text: input, tokens: Tokenizer().tokenize(input).tokens)
        #expect(segmenter.segment(withoutKeys).vlsp == expected, sourceLocation: sourceLocation)
    }

    /// A word train never shows, ending in a syllable train nearly always writes alone ("từ",
    /// "ai"), loses an overlap with a word train knows.
    @Test func wordsEndingInALoneSyllableLoseOverlaps() {
        #expect(segmenter.segment("cuộc sống khởi đầu từ đây").vlsp == "cuộc_sống khởi_đầu từ đây")
        #expect(segmenter.segment("hầu như ai cũng biết").vlsp == "hầu_như ai cũng biết")
    }

    @Test func userLexiconFromCode() {
        #expect(segmenter.segment("chuyển đổi số").vlsp != "chuyển_đổi_số")
        var lexicon = Lexicon.shipped
        lexicon.insert("chuyển đổi số")
        #expect(Segmenter(lexicon: lexicon).segment("chuyển đổi số quốc gia").vlsp == "chuyển_đổi_số quốc_gia")
        // The shipped lexicon is a value: unchanged.
        #expect(!Lexicon.shipped.contains("chuyển đổi số"))
    }

    @Test func userLexiconFromFile() throws {
        let path = "/tmp/vietnlp-lexicon-\(UInt32.random(in: 0...UInt32.max)).txt"
        let contents = "# my words\nBưu_điện_Văn_hóa_xã\n\nđiểm phục vụ\tN\n"
        let file = fopen(path, "w")
        fputs(contents, file)
        fclose(file)
        defer { remove(path) }
        var lexicon = Lexicon()
        try lexicon.load(contentsOfFile: path)
        #expect(lexicon.count == 2)
        #expect(lexicon.contains("bưu điện văn hoá xã"))
        #expect(Segmenter(lexicon: lexicon).segment("132 Bưu điện Văn hóa xã").vlsp == "132 Bưu_điện_Văn_hóa_xã")
    }

    @Test func missingLexiconFileThrows() {
        var lexicon = Lexicon()
        #expect(throws: LexiconError.self) { try lexicon.load(contentsOfFile: "/nonexistent/words.txt") }
    }

    @Test func wordsCoverEveryTokenOnce() {
        let segmented = segmenter.segment("Ông Nguyễn Văn A (Sở TT&TT) nói: \"Hà Nội đẹp lắm\"…")
        expectWordsTileTokens(segmented)
        #expect(segmented.text(of: segmented.words[1]) == "Nguyễn Văn A")
        #expect(segmenter.segment("").words.isEmpty)
    }

    /// Thousands of tokens on one line: every sentence segments as it does alone, and the words
    /// tile the tokens in order.
    @Test func longLine() {
        let sentence = "Sở Thông tin và Truyền thông tỉnh Cao Bằng gặp Nguyễn Tuấn Hà."
        let alone = segmenter.segment(sentence).vlsp
        #expect(alone == "Sở Thông_tin và Truyền_thông tỉnh Cao_Bằng gặp Nguyễn_Tuấn_Hà .")
        let line = Array(repeating: sentence, count: 400).joined(separator: " ")
        let segmented = segmenter.segment(line)
        #expect(segmented.vlsp == Array(repeating: alone, count: 400).joined(separator: " "))
        expectWordsTileTokens(segmented)
    }

    /// Each word covers at least one token, and the words cover every token once, in order.
    private func expectWordsTileTokens(_ segmented: SegmentedText) {
        var next = 0
        for word in segmented.words {
            #expect(word.tokenRange.lowerBound == next)
            #expect(!word.tokenRange.isEmpty)
            next = word.tokenRange.upperBound
        }
        #expect(next == segmented.tokenized.tokens.count)
    }

    @Test func sentenceInitialCapitalIsNotAName() {
        #expect(segmenter.segment("Hôm nay Hùng về").vlsp == "Hôm_nay Hùng về")
    }
}

@Suite struct SentenceSplitterTests {
    let splitter = SentenceSplitter()

    @Test func abbreviationsNumbersCodesDoNotEndSentences() {
        let text = "Tp. Hồ Chí Minh có 1.456.018 hộ, tăng 4.42% so với 26.10.2006. Nghị quyết 17/NQ-CP ban hành ngày 7-3-2019! ThS. Lê Văn A dự."
        #expect(splitter.split(text) == [
            "Tp. Hồ Chí Minh có 1.456.018 hộ, tăng 4.42% so với 26.10.2006.",
            "Nghị quyết 17/NQ-CP ban hành ngày 7-3-2019!",
            "ThS. Lê Văn A dự.",
        ])
    }

    @Test func quotesEllipsesAndLowerCase() {
        #expect(splitter.split("Anh nói: \"Tôi đi.\" Rồi về... và ngủ. Hết") == [
            "Anh nói: \"Tôi đi.\"", "Rồi về... và ngủ.", "Hết",
        ])
        #expect(splitter.split("Gồm TP.HCM, Hà Nội v.v. Các tỉnh khác thì chưa.") == [
            "Gồm TP.HCM, Hà Nội v.v.", "Các tỉnh khác thì chưa.",
        ])
    }

    @Test func lineBreaksEndSentences() {
        #expect(splitter.split("I. MỞ ĐẦU\nNăm 2022 tăng") == ["I. MỞ ĐẦU", "Năm 2022 tăng"])
    }

    /// A straight quote spaced from the full stop before it and glued to the word after it opens
    /// the next sentence; glued to the full stop, or spaced on both sides, it closes the last.
    @Test func openingQuotesBeginTheNextSentence() {
        #expect(splitter.split("Ai cũng muốn có. \"Bắt kiểu này được bao nhiêu?\" tôi hỏi.") == [
            "Ai cũng muốn có.", "\"Bắt kiểu này được bao nhiêu?\" tôi hỏi.",
        ])
        #expect(splitter.split("Anh nói: \"Tôi đi.\" Rồi về. Chị nói : \" Tôi ở . \" Hết") == [
            "Anh nói: \"Tôi đi.\"", "Rồi về.", "Chị nói : \" Tôi ở . \"", "Hết",
        ])
    }

    /// A dash before a lower-case word adds who spoke to the quotation; before a capital it begins
    /// a sentence (a line of dialogue, an item).
    @Test func aDashBeforeLowerCaseContinuesTheSentence() {
        #expect(splitter.split("\"Tôi chỉ muốn về nước.\" - chị kể. - Anh đi đâu?") == [
            "\"Tôi chỉ muốn về nước.\" - chị kể.", "- Anh đi đâu?",
        ])
        #expect(splitter.split("Chờ tàu đến cứu...\" – anh Thảo kể.") == ["Chờ tàu đến cứu...\" – anh Thảo kể."])
    }

    /// The dot of an initial, a Latin letter alone ("ông H.", "điểm a.1"), ends no sentence before
    /// a bracket, a number or lower case (before a capital the tokenizer reads an abbreviation,
    /// "Nguyễn V. A"); a Chinese character is no initial.
    @Test func initialsEndNoSentenceBeforeBracketsOrNumbers() {
        #expect(splitter.split("Ông H. (xin giấu tên) kể. Thợ săn K. (xã Phù Long) có thâm niên.") == [
            "Ông H. (xin giấu tên) kể.", "Thợ săn K. (xã Phù Long) có thâm niên.",
        ])
        #expect(splitter.split("theo điểm a. 1 khoản 3 và vụ Đ. 15 tuổi") == ["theo điểm a. 1 khoản 3 và vụ Đ. 15 tuổi"])
        #expect(splitter.split("chữ \"nguyệt\" 月. \"Ba\" biểu thị âm b.") == ["chữ \"nguyệt\" 月.", "\"Ba\" biểu thị âm b."])
    }
}

@Suite struct SegmenterConsistencyTests {
    @Test func stringAndPretokenizedPathsAgree() {
        let segmenter = Segmenter()
        let inputs = [
            "Sở Thông tin và Truyền thông tỉnh Cao Bằng",
            "HOÀ BÌNH, Văn hoá 25ha 15h30 H'Mông Tp. Huế v.v.",
            "Truye\u{302}\u{300}n tho\u{302}ng ภาษาไทย 👩‍💻 Đắk Lắk",
            "",
        ]
        for input in inputs {
            let direct = segmenter.segment(input)
            let pretokenized = segmenter.segment(Tokenizer().tokenize(input))
            #expect(direct.words == pretokenized.words)
            #expect(direct.tokenized.tokens == pretokenized.tokenized.tokens)
        }
    }
}
