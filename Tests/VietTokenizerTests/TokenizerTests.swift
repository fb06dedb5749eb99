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

    /// Decisions that look back at the token emitted before: a sign after an opening bracket
    /// belongs to the number, and a mark after a symbol extends it. (A speed change that kept
    /// new tokens out of the array these decisions read split both; found on Duckling's corpus.)
    @Test func decisionsThatLookAtThePreviousToken() {
        #expect(texts("(-5)") == ["(", "-5", ")"])
        #expect(texts("(NumeralValue (-1200000))") == ["(", "NumeralValue", "(", "-1200000", ")", ")"])
        #expect(texts("\u{FFFD}\u{102C} x") == ["\u{FFFD}\u{102C}", "x"])
    }

    /// Lines of more tokens than the scanner keeps before moving them to the result (a few dozen):
    /// every token arrives once and in order, and the sign decision still sees the "(" before it
    /// when that "(" was the last token moved.
    @Test func longLinesKeepEveryToken() {
        let line = String(repeating: "(-5) ", count: 100)
        #expect(texts(line) == Array(repeating: ["(", "-5", ")"], count: 100).flatMap { $0 })
        let mixed = String(repeating: "Sở TT&TT đạt 735,3 tỷ đồng (-1,5%) ngày 7-3-2019. ", count: 40)
        var tokens: [Token] = []
        let bytes = Array(mixed.utf8)
        bytes.withUnsafeBufferPointer { tokenizer.tokenize(utf8: $0, into: &tokens) }
        #expect(tokens == tokenizer.tokenize(mixed).tokens)
        #expect(tokens.count == 40 * 13)
    }

    /// A comma or dot then a space after a run: the run is still a dotted abbreviation, an initial,
    /// a time or a number glued to its unit, and a number there is flagged as one closing a clause.
    @Test func runsBeforeAClauseEnd() {
        let tokenized = tokenizer.tokenize("Ông Nguyễn V. An, Tp. Hà, 25ha, 15h. Năm 2021, 2,5. www. v.v. Hết.")
        let tokens = tokenized.tokens
        #expect(tokens.map { String(tokenized.text(of: $0)) } == [
            "Ông", "Nguyễn", "V.", "An", ",", "Tp.", "Hà", ",", "25", "ha", ",", "15h", ".", "Năm", "2021", ",", "2,5",
            ".", "www", ".", "v.v.", "Hết", ".",
        ])
        #expect(tokens.map(\.kind) == [
            .word, .word, .abbreviation, .word, .punctuation, .abbreviation, .word, .punctuation, .number, .word,
            .punctuation, .time, .punctuation, .word, .number, .punctuation, .number, .punctuation, .word,
            .punctuation, .abbreviation, .word, .punctuation,
        ])
        #expect(tokens[14].flags == [.hasDigits, .spaceBefore])
        #expect(tokenizer.tokenize("Năm 2021").tokens[1].flags == [.spaceBefore])
        #expect(tokens[18].flags == [.foreign, .spaceBefore])
        // A unit letter after a degree sign or a digit ends a sentence with its ".": no initial.
        // ("12 F." after a space stays one: an initial there is as likely.)
        let units = tokenizer.tokenize("là 23,3 °C. Mùa hè, 5ºC. Ba, 4C. Hết")
        #expect(units.tokens.map { String(units.text(of: $0)) }.filter { $0.count > 1 && $0.hasSuffix(".") }.isEmpty)
    }

    @Test("keeps document codes whole", arguments: ["17/NQ-CP", "2291/BC-STTTT", "68/2000/NĐ-CP", "36a/NQ-CP", "QĐ-UBND", "01/2020/TT-BTTTT", "125/QĐ-TTg", "55/1997/L-CTN"])
    func codes(_ code: String) {
        #expect(texts("số \(code) ngày") == ["số", code, "ngày"])
        #expect(kinds("số \(code) ngày")[1] == .code)
    }

    /// One capital letter is a code's part only as a type's, between "/" and "-" before an
    /// issuer's capitals ("55/1997/L-CTN" above); a tank's or an aircraft's name stays apart.
    @Test func oneCapitalLetterIsACodePartOnlyAsAType() {
        #expect(texts("xe tăng T-34/T-85 và máy bay G.222/C-27A") == [
            "xe", "tăng", "T-34", "/", "T-85", "và", "máy", "bay", "G", ".", "222", "/", "C", "-", "27A",
        ])
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
        #expect(texts("A -- B --- C -5") == ["A", "--", "B", "---", "C", "-5"])
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

    /// A combining mark on a digit before letters ("7̃1ời", found by `Scripts/fuzz.sh`): no token
    /// ends inside a character (the run was split after a digit count taken for a byte count).
    @Test func tokensNeverCutACharacter() {
        for text in ["7\u{0303}1ời", "1\u{0301}5h30", "2\u{0300}5ha đất", "15h30", "25ha"] {
            let tokenized = Tokenizer().tokenize(text)
            let utf8 = Array(text.utf8)
            for token in tokenized.tokens {
                #expect(token.utf8Range.lowerBound == utf8.count || utf8[token.utf8Range.lowerBound] & 0xC0 != 0x80, "\(text): \(token)")
                #expect(token.utf8Range.upperBound == utf8.count || utf8[token.utf8Range.upperBound] & 0xC0 != 0x80, "\(text): \(token)")
            }
        }
        #expect(Tokenizer().tokenize("15h30").tokens.map(\.kind) == [.time])
        #expect(Tokenizer().tokenize("25ha").tokens.map(\.kind) == [.number, .word])
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

@Suite struct BadInputTests {
    let tokenizer = Tokenizer()
    let segmenter = Segmenter()

    @Test func nulAndControlCharactersSeparateTokens() {
        let tokenized = tokenizer.tokenize("Hà\u{0}Nội\u{1}\u{7F}x")
        #expect(tokenized.tokens.map { String(tokenized.text(of: $0)) } == ["Hà", "Nội", "x"])
    }

    @Test func tenMegabyteLineIsLinear() {
        let unit = "Sở Thông tin và Truyền thông 1.456.018 17/NQ-CP. "
        let repeats = 10_000_000 / unit.utf8.count
        let line = String(repeating: unit, count: repeats)
        let tokens = tokenizer.tokenize(line).tokens
        #expect(tokens.count == 9 * repeats)
        #expect(segmenter.segment(line).words.count == 7 * repeats)
    }

    @Test("connector chains stay linear", arguments: ["1-", "a.", "A&", "1/", "1,", "a'", "x@", "www.a"])
    func pathologicalChains(_ unit: String) {
        let line = String(repeating: unit, count: 200_000) + "1"
        let tokens = tokenizer.tokenize(line).tokens
        #expect(tokens.count > 0)
        #expect(tokens.last!.utf8Range.upperBound <= line.utf8.count)
        // Tokens tile the text in order without overlap.
        for (previous, next) in zip(tokens, tokens.dropFirst()) {
            #expect(previous.utf8Range.upperBound <= next.utf8Range.lowerBound)
        }
    }

    @Test func manyCombiningMarksStayInOneToken() {
        let word = "a" + String(repeating: "\u{301}", count: 200)
        let tokenized = tokenizer.tokenize("x \(word) y")
        #expect(tokenized.tokens.count == 3)
        #expect(tokenized.tokens[1].scalarRange == 2..<203)
        #expect(tokenized.tokens[1].flags.contains(.combiningMarks))
        #expect(segmenter.segment("x \(word) y").words.count == 3)
    }

    @Test func decomposedToneMarksAreLookedUp() {
        let decomposed = "Truye\u{302}\u{300}n tho\u{302}ng"
        #expect(segmenter.segment(decomposed).words.count == 1)
    }

    @Test func emojiThaiArabicCJK() {
        let text = "Xin chào 👩‍💻 ภาษาไทยง่ายนิดเดียว مرحبا بالعالم 中文 🇻🇳!"
        let tokenized = tokenizer.tokenize(text)
        let texts = tokenized.tokens.map { String(tokenized.text(of: $0)) }
        #expect(texts.contains("👩‍💻"))
        #expect(texts.contains("مرحبا"))
        #expect(texts.contains("بالعالم"))
        #expect(texts.contains("🇻🇳"))
        #expect(texts.last == "!")
        // Thai has no spaces: ICU's dictionary splits it into several words.
        let thai = tokenized.tokens.filter { tokenized.text(of: $0).unicodeScalars.first!.value >= 0xE00 && tokenized.text(of: $0).unicodeScalars.first!.value < 0xE80 }
        #expect(thai.count >= 3)
        #expect(thai.allSatisfy { $0.flags.contains(.foreign) })
        // Scalar offsets agree with the string.
        for token in tokenized.tokens {
            let scalars = Array(text.unicodeScalars)[token.scalarRange]
            #expect(String(String.UnicodeScalarView(scalars)) == String(tokenized.text(of: token)))
        }
    }

    /// A symbol alone ("□", "≥") takes the kind ICU gave it on an earlier line, from any thread:
    /// lines with lone symbols, before and after other scripts, tokenize the same every time.
    @Test func loneSymbolsOnManyLinesAndThreads() async {
        let lines = ["□ Điều 5 ≥ 3 → x", "ภาษาไทย □ ≥", "≥ 中文 ⚠", "⚠ một 🇻🇳 □", "Ⓐ Ⓑ ½ ₫ ©"]
        let shared = Tokenizer()
        let expected = lines.map { Tokenizer().tokenize($0).tokens }
        let results = await withTaskGroup(of: [[Token]].self) { group in
            for _ in 0..<4 {
                group.addTask { (0..<50).flatMap { _ in lines.map { shared.tokenize($0).tokens } } }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 4)
        for result in results { #expect(result == Array(repeating: expected, count: 50).flatMap { $0 }) }
        let first = Tokenizer().tokenize(lines[0])
        #expect(first.tokens.map { String(first.text(of: $0)) } == ["□", "Điều", "5", "≥", "3", "→", "x"])
        #expect(first.tokens.map(\.kind) == [.symbol, .word, .number, .symbol, .number, .symbol, .word])
    }

    /// The kind remembered for a symbol alone (``LoneSymbolKinds``) is the one ICU gives it on a
    /// line where its iterator is already open (after Thai), whether the symbol is met for the
    /// first time or the table answers.
    @Test func aRememberedSymbolKindIsICUs() {
        for symbol in ["□", "≥", "→", "⚠", "©", "½", "₫", "Ⓐ", "\u{FFFD}", "∑", "°", "♥", "€", "¬", "^"] {
            func kind(_ line: String) -> TokenKind? {
                let tokenized = Tokenizer().tokenize(line)
                return tokenized.tokens.first { tokenized.text(of: $0) == symbol }?.kind
            }
            let first = kind("x \(symbol) y")
            let again = kind("x \(symbol) y")
            let inOpenIterator = kind("ภาษาไทย \(symbol) y")
            #expect(first != nil, "\(symbol)")
            #expect(first == again && again == inOpenIterator, "\(symbol): \(String(describing: first)), \(String(describing: again)), \(String(describing: inOpenIterator))")
        }
    }

    @Test func longOtherScriptLineIsLinear() {
        let line = String(repeating: "ภาษาไทย ", count: 20_000)
        #expect(tokenizer.tokenize(line).tokens.count >= 20_000)
    }

    @Test func emptyAndBlank() {
        #expect(tokenizer.tokenize("").tokens.isEmpty)
        #expect(tokenizer.tokenize(" \t\n ").tokens.isEmpty)
        #expect(segmenter.segment("").vlsp == "")
    }

    @Test func unsafeBufferEntryPointSurvivesInvalidUTF8() {
        let bytes: [UInt8] = [0x48, 0xC3, 0xFF, 0xE1, 0xBB, 0x20, 0x80, 0x41, 0xF0]
        var tokens: [Token] = []
        bytes.withUnsafeBufferPointer { tokenizer.tokenize(utf8: $0, into: &tokens) }
        #expect(!tokens.isEmpty)
        #expect(tokens.allSatisfy { $0.utf8Range.upperBound <= bytes.count })
    }
}
