import Testing
import VietTokenizer

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer()

    func texts(_ input: String) -> [String] {
        let tokenized = tokenizer.tokenize(input)
        return tokenized.tokens.map { String(tokenized.text(of: $0)) }
    }

    func kinds(_ input: String) -> [TokenKind] {
        tokenizer.tokenize(input).tokens.map(\.kind)
    }

    @Test("keeps numbers whole", arguments: ["1.456.018", "47,13", "0,21", "4.42", "-5", "2021", "735,3"])
    func numbers(_ number: String) {
        #expect(texts("đạt \(number) tỷ") == ["đạt", number, "tỷ"])
        #expect(kinds("đạt \(number) tỷ")[1] == .number)
    }

    @Test("keeps document codes whole", arguments: ["17/NQ-CP", "2291/BC-STTTT", "68/2000/NĐ-CP", "36a/NQ-CP", "QĐ-UBND", "01/2020/TT-BTTTT", "125/QĐ-TTg"])
    func codes(_ code: String) {
        #expect(texts("số \(code) ngày") == ["số", code, "ngày"])
        #expect(kinds("số \(code) ngày")[1] == .code)
    }

    @Test("keeps abbreviations whole", arguments: ["TT&TT", "TP.HCM", "Tp.", "v.v."])
    func abbreviations(_ abbreviation: String) {
        #expect(texts("Sở \(abbreviation) Hà") == ["Sở", abbreviation, "Hà"])
        #expect(kinds("Sở \(abbreviation) Hà")[1] == .abbreviation)
    }

    @Test("keeps dates whole", arguments: ["13/11/2020", "7-3-2019", "26.10.2006", "06/2023", "2020-11-13"])
    func dates(_ date: String) {
        #expect(texts("ngày \(date) tại") == ["ngày", date, "tại"])
        #expect(kinds("ngày \(date) tại")[1] == .date)
    }

    @Test("keeps times whole", arguments: ["15h30", "15h", "8:45", "08:30:15"])
    func times(_ time: String) {
        #expect(texts("lúc \(time) sáng") == ["lúc", time, "sáng"])
        #expect(kinds("lúc \(time) sáng")[1] == .time)
    }

    @Test func urlsAndEmails() {
        #expect(texts("Xem https://mic.gov.vn/a?b=1, www.caobang.gov.vn và stttt@caobang.gov.vn.") == [
            "Xem", "https://mic.gov.vn/a?b=1", ",", "www.caobang.gov.vn", "và", "stttt@caobang.gov.vn", ".",
        ])
        #expect(kinds("https://mic.gov.vn x@y.vn vnexpress.net") == [.url, .email, .url])
    }

    @Test func ellipses() {
        #expect(texts("vân vân... và…") == ["vân", "vân", "...", "và", "…"])
    }

    @Test func sentencePunctuationIsSplitOff() {
        #expect(texts("Tổng doanh thu đạt 735,3 tỷ đồng.") == ["Tổng", "doanh", "thu", "đạt", "735,3", "tỷ", "đồng", "."])
        #expect(texts("(2021-2025)") == ["(", "2021", "-", "2025", ")"])
        #expect(texts("47,13%") == ["47,13", "%"])
        #expect(texts("132/141 điểm") == ["132", "/", "141", "điểm"])
    }

    @Test func offsets() {
        let tokenized = tokenizer.tokenize("Hà Nội, 17/NQ-CP")
        #expect(tokenized.tokens.map(\.scalarRange) == [0..<2, 3..<6, 6..<7, 8..<16])
        #expect(tokenized.tokens.map(\.utf8Range) == [0..<3, 4..<9, 9..<10, 11..<19])
    }

    @Test func flags() {
        let tokens = tokenizer.tokenize("Sở TT&TT dùng Internet").tokens
        #expect(tokens[0].flags.contains(.capitalized))
        #expect(tokens[0].flags.contains(.hasDiacritics))
        #expect(tokens[1].flags.contains(.allCaps))
        #expect(!tokens[2].flags.contains(.foreign))
        #expect(tokens[3].flags.contains(.foreign))
    }
}
