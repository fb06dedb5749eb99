import Testing
import VietNLP

/// The README's library example, verbatim, with the output the README shows.
/// If this test fails, update README.md together with it.
@Suite("README example")
struct ReadmeExampleTests {
    @Test func libraryExampleProducesTheDocumentedOutput() throws {
        var printed: [String] = []
        func print(_ items: Any...) { printed.append(items.map { "\($0)" }.joined(separator: " ")) }

        // --- README begins ---
        let analyzer = try Analyzer()  // the shipped rules
        let line = "Tổng doanh thu năm 2022 đạt 735,3 tỷ đồng; tỷ lệ hộ có internet cáp quang đạt 47,13%."
        for match in analyzer.analyze(line).matches {
            print(match.label, match.text, match.attributes.map(\.description).joined(separator: " "))
        }

        let segmenter = Segmenter()
        print(segmenter.segment("Sở Thông tin và Truyền thông tỉnh Cao Bằng").vlsp)

        let parser = NumberParser()
        let money = try parser.parse("hơn một trăm linh năm triệu đồng")
        print(money.label.rawValue, money.attributes.map(\.description).joined(separator: " "))

        print(DiacriticFolder(lowercase: true).fold("Đắk Lắk"), TonePlacement.convert("hoà thuỵ", to: .new))
        // --- README ends ---

        #expect(
            printed == [
                "DATE năm 2022 value=2022",
                "MONEY 735,3 tỷ đồng value=735300000000 unit=VND",
                "PERCENT 47,13% value=47.13",
                "Sở Thông_tin và Truyền_thông tỉnh Cao_Bằng",
                "MONEY value=105000000 unit=VND qualifier=over",
                "dak lak hòa thụy",
            ], "\(printed)")
    }
}
