import Testing
import VietNumbers
import VietTokenizer

/// The scan that refills a caller's array (`NumberParser.scan(_:reusing:)`): the same expressions
/// as the public scan, storage reused only when no result still holds it.
@Suite struct ScanRecyclingTests {
    static let lines = [
        "Tổng doanh thu năm 2022 đạt 735,3 tỷ đồng, tăng 12% so với năm 2021",
        "Sở Thông tin và Truyền thông tỉnh Cao Bằng",
        "",
        "Ngày 7-3-2019, các ngày 5, 6 và 7 tháng 12, chi 1.456.018 đồng cho 47,13 ha đất",
    ]

    @Test func scanningIntoAHeldArrayLeavesEarlierResultsAlone() {
        let parser = NumberParser()
        var results: [NumericExpression] = []
        // Every result kept while the next lines are scanned into the same array.
        let kept = Self.lines.map { parser.scan(Tokenizer().tokenize($0), reusing: &results) }
        for (line, found) in zip(Self.lines, kept) {
            #expect(found == parser.scan(Tokenizer().tokenize(line)))
        }
        #expect(results == kept[kept.count - 1])
        #expect(kept[0].map(\.text) == ["năm 2022", "735,3 tỷ đồng", "12%", "năm 2021"])
    }

    @Test func scanningReusesStorageNobodyElseHolds() {
        let parser = NumberParser()
        var results: [NumericExpression] = []
        _ = parser.scan(Tokenizer().tokenize(Self.lines[0]), reusing: &results)
        let storage = results.withUnsafeBufferPointer { $0.baseAddress }
        // A line without numbers and an empty one keep the storage for the next line with numbers.
        #expect(parser.scan(Tokenizer().tokenize(Self.lines[1]), reusing: &results).isEmpty)
        #expect(parser.scan(Tokenizer().tokenize(""), reusing: &results).isEmpty)
        // Fewer expressions than the first line's four: they fit the storage it left.
        let line = "Ngày 7-3-2019, chi 1.456.018 đồng cho 47,13 ha đất"
        let last = parser.scan(Tokenizer().tokenize(line), reusing: &results)
        #expect(last.withUnsafeBufferPointer { $0.baseAddress } == storage)
        #expect(last == parser.scan(Tokenizer().tokenize(line)))
        #expect(last.count == 3)
    }
}
