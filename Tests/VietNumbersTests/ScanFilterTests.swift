import Testing
import VietText
import VietTokenizer

@testable import VietNumbers
import VietTestSupport

/// The token scan's byte and word tests before parsing: they may let through a token the grammar
/// rejects, never reject one it would read (the corpora comparisons in ``ScanShortcutTests`` and
/// the release checks against the reference outputs guard the whole; these pin the rules).
@Suite struct ScanFilterTests {
    /// Whether the scan's filter lets parsing start at the first token whose text is `word`.
    static func mayStart(at word: String, in line: String) -> Bool {
        let tokenized = Tokenizer().tokenize(line)
        guard let index = tokenized.tokens.firstIndex(where: { tokenized.text(of: $0) == word }) else {
            Issue.record("no token \(word) in \(line)")
            return false
        }
        var text = line
        return text.withUTF8 { bytes in
            tokenized.lexiconKeys.withUnsafeBufferPointer { keys in
                ScanFilter.mayStart(tokenized.tokens, keys, index, bytes, ScanFilter.words)
            }
        }
    }

    /// The scan with the tokenizer's lexicon keys (the token loop's shortcuts by key, lead byte and
    /// symbol, and the follower test) finds what it finds without them (every token asked
    /// ``ScanFilter/mayStart(_:_:_:_:_:)`` through its bytes, followers unchecked).
    @Test(arguments: ScanShortcutTests.edgeCases + [
        "giá $5, € 20, €20, £3, ¥4, ₫5 và −7 – 8 — 9 “10” …11 • 12 «13» °14 §15 ©16", "$ 5", "$", "-", "– 5", "a-5",
        "Chủ tịch UBND tỉnh, Đầu tư 5 tỷ; chủ nhật 5/3", "nga\u{0300}y 5 tháng 3", "COVID-19 năm 2020", "USD1,23 và VND 5",
        "từ ngày nhận được 5 ngày", "không thực hiện 5 lần", "ngày … tháng … năm 2020", "trên không gian mạng 1.",
        // Words the token loop rejects by key: Roman-only introducers, words that need a follower.
        "nhiệm kỳ II và nhiệm kỳ 2021, cấp I, cấp 2, Hội (II), vùng\u{00A0}IV, VÙNG III, hạng Nhì", "Cấp\nII",
        "vào khoảng 5 giờ, vào đó 5, Vào Khoảng 6, đầu năm 2020, đầu tư 5 tỷ, Chủ Nhật 5/3, chủ\ttịch 5",

    ])
    func scanWithKeysFindsWhatTheBytesFind(_ line: String) {
        let tokenized = Tokenizer().tokenize(line)
        let withoutKeys = TokenizedText(text: tokenized.text, tokens: tokenized.tokens)
        #expect(NumberParser().scan(tokenized) == NumberParser().scan(withoutKeys), "\(line)")
    }

    /// Text whose tone and vowel marks are combining characters (NFD: "nga" + U+0300 + "y") gives
    /// the token scan the expressions and values of the same text composed: the scanner's word
    /// tables list composed words, and a word with combining marks is looked up composed.
    @Test(arguments: ScanShortcutTests.edgeCases + [
        "kể từ ngày 01 tháng 7 năm 2018 và", "Chương IV, Điều 5", "tỷ lệ 47,13%", "trên 1,6 tỷ đồng", "đầu năm 2023",
        "khoảng 2-3 triệu người", "không quá 5 ngày", "Thứ Hai, ngày 15/3", "chủ nhật 5/3", "năm triệu đồng",
    ])
    func decomposedTextScansLikeComposedText(_ line: String) {
        func found(_ text: String) -> [String] { NumberParser().scan(Tokenizer().tokenize(text)).map(summary) }
        let decomposed = UnicodeNormalizer.nfd(line)
        #expect(found(decomposed) == found(UnicodeNormalizer.nfc(line)), "\(line)")
    }

    @Test(.enabled(if: SharedData.url("data/corpus/legal-phapdien.md.gz") != nil, "../shared/data/corpus absent"))
    func scanWithKeysFindsWhatTheBytesFindOnTheCorpora() throws {
        let parser = NumberParser()
        var expressions = 0
        for name in ["legal-phapdien.md.gz", "viwiki.txt.gz"] {
            for line in try SharedData.firstLines(of: "data/corpus/\(name)", .megabytes(ScanShortcutTests.corpusMegabytes)) {
                let tokenized = Tokenizer().tokenize(line)
                let found = parser.scan(tokenized)
                expressions += found.count
                #expect(found == parser.scan(TokenizedText(text: line, tokens: tokenized.tokens)), "\(name): \(line.prefix(100))")
            }
        }
        #expect(expressions > 5_000)
    }

    /// ``ScanFilter/isFollowedByRequiredWord`` rejects by key a next word that is no required follower.
    @Test func requiredFollowersHaveTheirClass() throws {
        // By the tokenizer's lexicon key, in every case form, as the shortcut reads them.
        for (word, followers) in ScanFilter.requiredFollowers {
            for follower in followers {
                let forms = [follower.description, VietCase.capitalized(follower.description), VietCase.uppercased(follower.description)]
                for form in forms {
                    let tokenized = Tokenizer().tokenize(form)
                    let key = try #require(tokenized.lexiconKeys.first)
                    #expect(ScanFilter.words.classes(ofLexiconKey: key).contains(.requiredFollower), "\(word) \(form)")
                }
            }
        }
        #expect(!Self.mayStart(at: "chủ", in: "chủ tịch 5 người"))
        #expect(!Self.mayStart(at: "Đầu", in: "Đầu tư 5 tỷ"))
        #expect(!Self.mayStart(at: "thập", in: "thu thập 5 mẫu"))
        #expect(!Self.mayStart(at: "những", in: "những người 5 tuổi"))
        #expect(Self.mayStart(at: "Chủ", in: "Chủ nhật"))
        #expect(Self.mayStart(at: "đầu", in: "đầu năm 2020"))
        #expect(Self.mayStart(at: "thập", in: "thập niên 1990"))
        #expect(Self.mayStart(at: "Những", in: "Những năm 1960"))
    }

    /// Number-introducing words followed by what no reader takes (they passed the old look-ahead:
    /// a numeric word or digit comes within four tokens).
    @Test(arguments: [
        ("từ", "từ ngày nhận được 5 ngày"), ("từ", "các từ ngữ 1. Nghị"), ("không", "không thực hiện 5 lần"),
        ("không", "không gian mạng 1. Doanh nghiệp"), ("ngày", "ngày … tháng … năm …"), ("tháng", "tháng … năm 2020"),
        ("trên", "trên không gian mạng 1. Hệ thống"), ("trên", "trên biển 1. Biên giới"), ("năm", "năm: 2020"),
        ("hơn", "hơn nữa, 5 người"), ("vào", "vào năm 1990"), ("Vào", "Vào tháng 6"), ("âm", "âm nhạc thế kỷ 20"),
        ("Âm", "Âm mưu 3 lần"),
    ])
    func wordsBeforeWhatNoReaderTakesAreRejected(_ word: String, _ line: String) {
        #expect(!Self.mayStart(at: word, in: line), "\(line)")
    }

    /// What every reader that starts at such a word needs next: each line's expression is found.
    @Test(arguments: [
        ("từ ngày 1/7/2020 đến ngày 5/7/2020", "từ ngày 1/7/2020 đến ngày 5/7/2020"), ("trên 5 ha", "trên 5 ha"),
        ("không quá 5 ngày", "không quá 5 ngày"), ("trên ba người", "trên ba"), ("nsdtt(năm2015) = 10/2", "năm2015"),
        ("vào thứ 7, quý III/2018 có 92 ngày", "quý III/2018"), ("ba chuyến/tuần", "ba chuyến/tuần"), ("tháng 6/2023", "tháng 6/2023"),
        ("từ năm nay", "năm nay"), ("tối đa 3 lần", "tối đa 3"), ("USD1,23", "USD1,23"), ("ước tính 5 tỷ đồng", "ước tính 5 tỷ đồng"),
        ("từ thứ hai tuần sau", "thứ hai tuần sau"), ("năm ngoái", "năm ngoái"), ("ngày mồng 5", "ngày mồng 5"),
        ("trên US$5", "trên US$5"), ("từ -5 đến 10", "từ -5 đến 10"), ("hơn mười lăm ngày", "hơn mười lăm ngày"),
        ("trên không 5 người", "5"), ("vào khoảng 5 giờ chiều", "vào khoảng 5 giờ chiều"), ("âm 5 độ C", "âm 5 độ C"),
        ("âm năm độ", "âm năm"), ("từ năm 1990, ông", "năm 1990"), ("từ năm 1990 đến 2000", "từ năm 1990 đến 2000"),
    ])
    func expressionsAfterTheseWordsAreFound(_ line: String, _ expected: String) {
        let found = NumberParser().scan(Tokenizer().tokenize(line)).map(\.text)
        #expect(found.contains(expected), "\(line): \(found)")
    }
}
