import Testing

@testable import VietNLP

@Suite("Analyzer")
struct AnalyzerTests {
    static let moneyRules = """
        phase output
        lexicon OVER = "trên" | "hơn"
        rule money match q:@OVER? m:MONEY
          emit MONEY m.*, qualifier = q ? "over" : nil
          example "735,3 tỷ đồng" => MONEY value=735300000000 unit=VND
        rule number match n:NUMBER emit NUMBER value = n.value
        """

    @Test func numbersBecomeSpansRulesCanEmit() throws {
        let analyzer = Analyzer(rules: try RuleSet(source: Self.moneyRules))
        let document = analyzer.analyze("Tổng doanh thu năm 2022 đạt hơn 735,3 tỷ đồng")
        let money = document.matches(labelled: "MONEY")
        #expect(money.count == 1)
        #expect(money.first?.text == "hơn 735,3 tỷ đồng")
        #expect(money.first?["value"] == "735300000000")
        #expect(money.first?["unit"] == "VND")
        #expect(money.first?["qualifier"] == "over")
        #expect(money.first?.scalarRange == 28..<45)
    }

    /// GUIDE §3: a DATE has a value, so a relative date is one only with a reference date to place it.
    @Test func relativeDatesNeedAReferenceDate() throws {
        let rules = try RuleSet(source: "phase output\nrule date match d:DATE emit DATE d.*")
        let line = "Hôm qua, chủ nhật và tối hôm qua lúc 9 giờ"
        let withoutReference = Analyzer(rules: rules).analyze(line).matches(labelled: "DATE")
        #expect(withoutReference.map(\.text) == ["tối hôm qua lúc 9 giờ"])
        #expect(withoutReference.first?["value"] == "T21:00")
        #expect(withoutReference.first?["offset"] == "-1 day")
        var options = AnalyzerOptions()
        options.numbers.referenceDate = CalendarDate(year: 2023, month: 3, day: 1)
        let withReference = Analyzer(rules: rules, options: options).analyze(line).matches(labelled: "DATE")
        #expect(withReference.map(\.text) == ["Hôm qua", "chủ nhật", "tối hôm qua lúc 9 giờ"])
        #expect(withReference.map { $0["value"] } == ["2023-02-28", "2023-03-05", "2023-02-28T21:00"])
    }

    @Test func offsetsAddressTheOriginalLine() throws {
        // "hoà" written with a combining grave accent: NFC merges two scalars into one.
        let line = "Ho\u{0061}\u{0300} Bình có 25 xã"
        let analyzer = Analyzer(rules: try RuleSet(source: #"rule x match "xã" emit UNIT"#))
        let match = try #require(analyzer.analyze(line).matches.first)
        let scalars = Array(line.unicodeScalars)
        #expect(match.scalarRange == (scalars.count - 2)..<scalars.count)
        #expect(match.text == "xã")
    }

    /// Rules see "Ð" (U+00D0) typed for "Đ" as "Đ"; the match keeps the line's own text.
    @Test func capitalEthIsReadAsCapitalD() throws {
        let analyzer = Analyzer(rules: try RuleSet(source: #"rule x match "Đơn" "vị" emit UNIT"#))
        let match = try #require(analyzer.analyze("Ðơn vị bầu cử số 3").matches.first)
        #expect(match.text == "Ðơn vị")
        #expect(match.scalarRange == 0..<6)
    }

    @Test func sessionsGiveTheSameResultsAsFreshAnalysis() throws {
        let analyzer = Analyzer(rules: try RuleSet(source: Self.moneyRules))
        let session = analyzer.makeSession()
        let lines = ["đạt 47,13%", "hơn 1,6 tỷ đồng", "132/141 điểm", "đạt 47,13%"]
        for line in lines {
            #expect(session.analyze(line).matches == analyzer.analyze(line).matches)
        }
    }

    @Test func documentCarriesEveryStage() throws {
        let analyzer = Analyzer(rules: try RuleSet(source: Self.moneyRules))
        let document = analyzer.analyze("Sở Thông tin và Truyền thông có 735 tỷ đồng")
        #expect(!document.tokens.isEmpty)
        #expect(!document.words.isEmpty && document.words.count < document.tokens.count)
        #expect(document.numbers.contains { $0.label == .money })
    }
}
