import Testing

/// End-to-end tests of `viet number`: whole phrases, standard input, `--scan`, and clear errors.
@Suite struct NumberCommandTests {
    @Test func phrasesGiveOneObjectEachOrAnError() throws {
        let result = try CLI.run(["number", "735,3 tỷ đồng", "360.000 đồng/tháng", "1.099 người"])
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                {"text": "735,3 tỷ đồng", "label": "MONEY", "value": "735300000000", "unit": "VND"}
                {"text": "360.000 đồng/tháng", "label": "MONEY", "value": "360000", "unit": "VND", "per": "month"}
                {"text": "1.099 người", "error": "\\"1.099\\" is a numeric expression but \\"người\\" at offset 6 is not part of it"}

                """)
    }

    @Test func standardInputLinesAndReferenceDate() throws {
        let result = try CLI.run(["number", "--reference-date", "2023-03-01"], stdin: "hôm qua\ntừ 60% đến dưới 70%\n")
        #expect(
            result.stdout == """
                {"text": "hôm qua", "label": "DATE", "value": "2023-02-28", "offset": "-1 day"}
                {"text": "từ 60% đến dưới 70%", "label": "RANGE", "from": "60", "to": "70", "unit": "%", "to_qualifier": "under"}

                """)
        let bad = try CLI.run(["number", "--reference-date", "2023-02-30", "hôm qua"])
        #expect(bad.status != 0)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.contains("2023-02-30"))
    }

    /// The help's own example: every expression of each line, with line numbers and scalar offsets.
    @Test func scanPrintsEveryExpressionOfEachLine() throws {
        let result = try CLI.run(["number", "--scan"], stdin: "Doanh thu đạt 735,3 tỷ đồng, tăng 12%.\n\ncao 1m67\n")
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                {"line": 1, "start": 14, "end": 27, "text": "735,3 tỷ đồng", "label": "MONEY", "value": "735300000000", "unit": "VND"}
                {"line": 1, "start": 34, "end": 37, "text": "12%", "label": "PERCENT", "value": "12"}
                {"line": 3, "start": 4, "end": 8, "text": "1m67", "label": "QUANTITY", "value": "1.67", "unit": "m"}

                """)
    }
}
