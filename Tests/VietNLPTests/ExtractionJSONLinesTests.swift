import Testing
import VietNLP

@Suite("JSON lines of viet extract")
struct ExtractionJSONLinesTests {
    @Test func writesKeysInContractOrderWithSpaces() {
        let record = ExtractionRecord(
            line: 3, start: 10, end: 23, text: "735,3 tỷ đồng", label: "MONEY",
            attributes: [("value", "735300000000"), ("unit", "VND")])
        #expect(
            record.jsonLine
                == #"{"line": 3, "start": 10, "end": 23, "text": "735,3 tỷ đồng", "label": "MONEY", "value": "735300000000", "unit": "VND"}"#
        )
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        let record = ExtractionRecord(
            line: 1, start: 0, end: 5, text: "a\"b\\c\td\u{1}", label: "X", attributes: [("k", "\n\r\u{8}\u{c}")])
        #expect(
            record.jsonLine
                == #"{"line": 1, "start": 0, "end": 5, "text": "a\"b\\c\td\u0001", "label": "X", "k": "\n\r\b\f"}"#)
    }

    /// The writer renders into a buffer sized from the record: the widest integers and a string
    /// made only of characters that take six bytes each must fit, and long strings too.
    @Test func widestIntegersAndFullyEscapedStringsFit() throws {
        let controls = String(repeating: "\u{1}", count: 300)
        let record = ExtractionRecord(
            line: Int.max, start: Int.min, end: 0, text: controls, label: String(repeating: "\u{1F}", count: 3),
            attributes: [(controls, controls), ("long", String(repeating: "năm 2022 ", count: 20_000))])
        let line = record.jsonLine
        #expect(line.hasPrefix(#"{"line": 9223372036854775807, "start": -9223372036854775808, "end": 0, "text": "\u0001\u0001"#))
        #expect(line.contains(#""label": "\u001f\u001f\u001f""#))
        var valid = record
        valid.start = 0
        #expect(try JSONLines.parse(valid.jsonLine) == valid)
        var bytes: [UInt8] = []
        JSONLines.appendString("", to: &bytes)
        JSONLines.appendString("\"\u{0}", to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == #""""\"\u0000""#)
    }

    @Test func roundTripsEveryScalar() throws {
        let text = "Sở TT&TT “x” \u{0} \u{7F} \u{2028} 😀 \\ \" /"
        let record = ExtractionRecord(
            line: 12, start: 0, end: text.unicodeScalars.count, text: text, label: "ORG",
            attributes: [("expansion", "Sở Thông tin và Truyền thông")])
        #expect(try JSONLines.parse(record.jsonLine) == record)
    }

    /// A record that names its input writes it first, escaped like any string, and reads back with
    /// it; "file" is never an attribute, and must be a string.
    @Test func theInputsNameComesFirstAndReadsBack() throws {
        let record = ExtractionRecord(
            line: 2, start: 0, end: 3, text: "47%", label: "PERCENT", attributes: [("value", "47")], file: "báo cáo/\"q1\".txt")
        #expect(record.jsonLine.hasPrefix(#"{"file": "báo cáo/\"q1\".txt", "line": 2, "start": 0,"#))
        let back = try JSONLines.parse(record.jsonLine)
        #expect(back == record && back.attributes == [.init("value", "47")])
        #expect(try JSONLines.parse(#"{"line": 1, "start": 0, "end": 0, "text": "", "label": "X"}"#).file == nil)
        #expect(throws: JSONLinesError.self) { try JSONLines.parse(#"{"file": 7, "line": 1, "start": 0, "end": 0, "text": "", "label": "X"}"#) }
    }

    @Test func writesLargeAndZeroIntegers() {
        let record = ExtractionRecord(line: 9_876_543_210, start: 0, end: 0, text: "", label: "N")
        #expect(record.jsonLine.hasPrefix(#"{"line": 9876543210, "start": 0, "end": 0,"#))
    }

    @Test func parsesSurrogatePairsAndLiterals() throws {
        let record = try JSONLines.parse(
            #"{"label":"X","text":"\ud83d\ude00\u00e9","line":1,"start":0,"end":2,"n":12.5,"b":true,"z":null}"#)
        #expect(record.text == "😀é")
        #expect(record.attributes == [.init("n", "12.5"), .init("b", "true")])
    }

    @Test(arguments: [
        (#"{"line": 1, "start": 0, "end": 1, "text": "a"}"#, "missing \"label\""),
        (#"{"line": "1", "start": 0, "end": 1, "text": "a", "label": "X"}"#, "\"line\" must be an integer"),
        (#"{"line": 1, "start": 0, "end": 1, "text": "a", "label": "X", "v": [1]}"#, "nested objects"),
        (#"{"line": 1, "start": 0, "end": 1, "text": "a", "label": "X""#, "unterminated"),
        (#"{"line": 1, "line": 2}"#, "duplicate key"),
        (#"{"line": 1, "start": 5, "end": 1, "text": "a", "label": "X"}"#, "start <= end"),
        (#"{"line": 1, "start": 0, "end": 1, "text": "a\q", "label": "X"}"#, "invalid escape"),
        (#"{"line": 1} trailing"#, "after the object"),
    ])
    func rejectsMalformedLinesWithAReason(line: String, reason: String) {
        do {
            _ = try JSONLines.parse(line)
            Issue.record("accepted \(line)")
        } catch {
            #expect("\(error)".contains(reason), "\(error)")
        }
    }
}

@Suite("Extraction evaluation")
struct ExtractionEvaluationTests {
    private func record(_ line: Int, _ start: Int, _ end: Int, _ label: String, _ attributes: [(String, String)] = [])
        -> ExtractionRecord
    {
        ExtractionRecord(line: line, start: start, end: end, text: "", label: label, attributes: attributes)
    }

    @Test func scoresExactSpanAndLabelMatches() {
        var evaluation = ExtractionEvaluation()
        evaluation.add(
            gold: [record(1, 0, 4, "MONEY"), record(1, 6, 8, "NUMBER"), record(2, 0, 3, "DATE")],
            predicted: [record(1, 0, 4, "MONEY"), record(1, 6, 9, "NUMBER"), record(2, 0, 3, "NUMBER")])
        let money = evaluation.score(for: "MONEY")
        #expect((money.gold, money.predicted, money.correct) == (1, 1, 1))
        #expect(money.f1 == 1)
        let number = evaluation.score(for: "NUMBER")
        #expect((number.gold, number.predicted, number.correct) == (1, 2, 0))
        #expect(number.f1 == 0)
        #expect(evaluation.score(for: "DATE").recall == 0)
        #expect(evaluation.score(for: "QUANTITY").f1 == nil)
        #expect(evaluation.overall.correct == 1)
        #expect(evaluation.differences.filter { $0.kind == .missed }.count == 2)
        #expect(evaluation.differences.filter { $0.kind == .spurious }.count == 2)
    }

    @Test func comparesOnlyTheAttributesTheGoldNames() {
        var evaluation = ExtractionEvaluation()
        evaluation.add(
            gold: [record(1, 0, 4, "MONEY", [("value", "5"), ("unit", "VND")]), record(2, 0, 1, "NUMBER", [("value", "1")])],
            predicted: [
                record(1, 0, 4, "MONEY", [("value", "5"), ("unit", "USD"), ("extra", "x")]),
                record(2, 0, 1, "NUMBER", [("value", "1"), ("qualifier", "over")]),
            ])
        let accuracy = Dictionary(
            uniqueKeysWithValues: evaluation.attributeAccuracy.map { ("\($0.label).\($0.name)", $0.accuracy) })
        #expect(accuracy == ["MONEY.unit": 0, "MONEY.value": 1, "NUMBER.value": 1])
        #expect(evaluation.differences.map(\.kind) == [.attributes])
    }

    @Test func countsDuplicateSpansOneByOne() {
        var evaluation = ExtractionEvaluation()
        evaluation.add(gold: [record(1, 0, 1, "NUMBER")], predicted: [record(1, 0, 1, "NUMBER"), record(1, 0, 1, "NUMBER")])
        #expect(evaluation.score(for: "NUMBER").correct == 1)
        #expect(evaluation.score(for: "NUMBER").predicted == 2)
    }

    @Test func filtersLabels() {
        var evaluation = ExtractionEvaluation()
        evaluation.add(gold: [record(1, 0, 1, "NUMBER"), record(1, 2, 3, "ORG")], predicted: [], labels: ["ORG"])
        #expect(evaluation.labelScores.map(\.label) == ["ORG"])
    }
}
