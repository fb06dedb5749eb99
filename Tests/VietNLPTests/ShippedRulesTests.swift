import Testing
import VietNLP

/// The shipped rules load without warnings and cover every label of GUIDE §3. (Their `example`
/// and `counter` lines run in ShippedRuleSpecTests.)
@Suite("Shipped rules")
struct ShippedRulesTests {
    @Test func loadWithoutWarnings() throws {
        let rules = try RuleSet.shipped()
        #expect(rules.warnings.isEmpty, "\(rules.warnings.map(\.description).joined(separator: "\n"))")
        #expect(rules.emittedLabels.isSuperset(of: [
            "NUMBER", "PERCENT", "MONEY", "QUANTITY", "RATIO", "DATE", "RANGE", "DURATION", "ORDINAL", "DOCREF",
            "ORG", "PERSON", "LOCATION", "TITLE",
        ]))
    }
}

/// The extraction pipeline end to end: records, offsets into the original line, DOCREF completion.
@Suite("Extraction pipeline")
struct ExtractionPipelineTests {
    static let pipeline = try! ExtractionPipeline(rulesDirectory: nil)
    let extractor = Self.pipeline.makeExtractor()

    @Test func extractsTheGuideExamples() {
        let line = "Tổng doanh thu năm 2022 đạt 735,3 tỷ đồng; tỷ lệ đạt 47,13%; có 132/141 điểm."
        let records = extractor.records(in: line, lineNumber: 7)
        #expect(records.map(\.label) == ["DATE", "MONEY", "PERCENT", "RATIO"])
        #expect(records.allSatisfy { $0.line == 7 })
        let money = records[1]
        #expect(money.text == "735,3 tỷ đồng")
        #expect(money[attribute: "value"] == "735300000000")
        #expect(money[attribute: "unit"] == "VND")
        let scalars = Array(line.unicodeScalars)
        for record in records {
            #expect(String(String.UnicodeScalarView(scalars[record.start..<record.end])) == record.text)
        }
    }

    @Test func offsetsAddressTheOriginalLineEvenWhenItIsDecomposed() {
        // "Hà" and "Nội" with combining marks: NFC shortens the text, offsets must not move.
        let line = "Ha\u{0300} Nô\u{0323}i: UBND tỉnh Cà Mau chi 30 tỷ đồng"
        let records = extractor.records(in: line, lineNumber: 1)
        let scalars = Array(line.unicodeScalars)
        #expect(!records.isEmpty)
        for record in records {
            #expect(String(String.UnicodeScalarView(scalars[record.start..<record.end])) == record.text)
        }
        #expect(records.contains { $0.label == "MONEY" && $0.text == "30 tỷ đồng" })
    }

    @Test func completesDocumentReferences() {
        let records = extractor.records(in: "Thực hiện Nghị quyết số 17/NQ-CP ngày 7-3-2019 của Chính phủ", lineNumber: 1)
        let docref = records.first { $0.label == "DOCREF" }
        #expect(
            docref?.attributes == [
                .init("id", "17/NQ-CP"), .init("number", "17"), .init("code", "NQ-CP"), .init("year", "2019"),
                .init("type", "Nghị quyết"), .init("date", "2019-03-07"),
            ])
        #expect(!records.contains { $0.label == "DATE" }, "the date belongs to the DOCREF")
    }

    @Test func filtersLabels() {
        let records = extractor.records(
            in: "Năm 2020, Sở TT&TT chi 90 triệu đồng", lineNumber: 1, labels: ["MONEY"])
        #expect(records.map(\.label) == ["MONEY"])
    }

    @Test func emptyAndOddLinesGiveNoRecordsAndNoCrash() {
        for line in ["", " ", "\t", "%%%", "1.2.3.4.5", String(repeating: "tỷ ", count: 500), String(repeating: "9", count: 5000)] {
            _ = extractor.records(in: line, lineNumber: 1)
        }
        #expect(extractor.records(in: "", lineNumber: 1).isEmpty)
    }
}
