import Testing

@testable import VietNLP

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

    /// The id split and the year taken from the date, case by case: slashes at the edges, empty
    /// parts, numbers that are not ASCII, dates whose fourth character carries a mark.
    @Test(arguments: [
        ("17/NQ-CP", nil, "id=17/NQ-CP number=17 code=NQ-CP"),
        ("68/2000/NĐ-CP", nil, "id=68/2000/NĐ-CP number=68 code=NĐ-CP year=2000"),
        ("68/2000/NĐ-CP", "2019-03-07", "id=68/2000/NĐ-CP number=68 code=NĐ-CP year=2000 date=2019-03-07"),
        ("36a/NQ-CP", "2019-03-07", "id=36a/NQ-CP number=36a code=NQ-CP year=2019 date=2019-03-07"),
        ("17/2000", nil, "id=17/2000 number=17 year=2000"),
        // A Party document: number, type and issuer ("57-NQ/TW", "01-QĐ/TW"); a dash before a digit is none.
        ("57-NQ/TW", nil, "id=57-NQ/TW number=57 code=NQ/TW"),
        ("01-QĐ/TW", "2024-05-02", "id=01-QĐ/TW number=01 code=QĐ/TW year=2024 date=2024-05-02"),
        ("12-3/NQ", nil, "id=12-3/NQ number=12-3 code=NQ"),
        ("12-/NQ", nil, "id=12-/NQ number=12- code=NQ"),
        // An older number with no slash: "300-CP", "94-HĐBT"; a dash before a digit, or a letter
        // first, is none ("2021-2025", "CP-300").
        ("300-CP", nil, "id=300-CP number=300 code=CP"),
        ("94-HĐBT", "1989-05-12", "id=94-HĐBT number=94 code=HĐBT year=1989 date=1989-05-12"),
        ("2021-2025", nil, "id=2021-2025"),
        ("CP-300", nil, "id=CP-300"),
        ("300-", nil, "id=300-"),
        ("17/2000/", nil, "id=17/2000/ number=17 year=2000 code="),
        ("17//X", nil, "id=17//X number=17 code=/X"),
        ("17/", nil, "id=17/ number=17 code="),
        ("/NQ-CP", nil, "id=/NQ-CP"),
        ("NQ-CP/17", "2019", "id=NQ-CP/17 year=2019 date=2019"),
        ("NQ-CP", "201", "id=NQ-CP date=201"),
        ("NQ-CP", "20190", "id=NQ-CP year=2019 date=20190"),
        ("NQ-CP", "201\u{0301}9", "id=NQ-CP date=201\u{0301}9"),
        ("NQ-CP", "2019\u{0301}", "id=NQ-CP date=2019\u{0301}"),
        ("NQ-CP", "2019ạ", "id=NQ-CP year=2019 date=2019ạ"),
        ("٣/NQ", nil, "id=٣/NQ number=٣ code=NQ"),
        ("Ⅻ/NQ", nil, "id=Ⅻ/NQ number=Ⅻ code=NQ"),
        ("5/\u{0301}X", nil, "id=5/\u{0301}X"),  // "/" with a mark on it is no separator
        ("17/2000/\u{0301}X", nil, "id=17/2000/\u{0301}X number=17 code=2000/\u{0301}X"),
        ("17/\u{0301}9/NQ", nil, "id=17/\u{0301}9/NQ number=17/\u{0301}9 code=NQ"),
        ("17/2000/NQ/\u{0301}", nil, "id=17/2000/NQ/\u{0301} number=17 year=2000 code=NQ/\u{0301}"),
    ] as [(String, String?, String)])
    func completesDocumentReferenceAttributes(id: String, date: String?, expected: String) {
        var attributes: [ExtractionRecord.Attribute] = [.init("id", id)]
        if let date { attributes.append(.init("date", date)) }
        let completed = LineExtractor.completeDocumentReference(attributes)
        // The pairs as a set, their order against the fixed order of names.
        let expectedAttributes = expected.split(separator: " ").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return ExtractionRecord.Attribute(String(parts[0]), String(parts[1]))
        }
        #expect(Set(completed) == Set(expectedAttributes))
        let order = ["id", "number", "code", "year", "type", "date"]
        #expect(completed.map(\.name) == order.filter { name in completed.contains { $0.name == name } })
    }

    @Test func keepsDocumentReferenceAttributesTheRulesGave() {
        let completed = LineExtractor.completeDocumentReference([
            .init("source", "x"), .init("date", "2019-03-07"), .init("id", "17/NQ-CP"), .init("number", "18"), .init("type", "Nghị quyết"),
        ])
        #expect(
            completed.map(\.description) == [
                "id=17/NQ-CP", "number=18", "code=NQ-CP", "year=2019", "type=Nghị quyết", "date=2019-03-07", "source=x",
            ])
        #expect(LineExtractor.completeDocumentReference([.init("date", "2019")]) == [.init("date", "2019")])
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
