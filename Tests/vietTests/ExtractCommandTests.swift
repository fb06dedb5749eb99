import Foundation
import Testing

/// End-to-end tests of `viet extract` and `viet eval extract`: the GUIDE §3 contract, --jobs order,
/// and output that is never half-written.
@Suite struct ExtractCommandTests {
    static let fixtures: String = {
        var path = #filePath
        for _ in 0..<2 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        return path + "/Fixtures/seeds"
    }()

    @Test func printsOneJSONObjectPerMatchInContractOrder() throws {
        let result = try CLI.run(["extract"], stdin: "Tổng doanh thu năm 2022 đạt 735,3 tỷ đồng\n\nđạt 47,13%\n")
        #expect(result.status == 0)
        #expect(
            result.stdout == """
                {"line": 1, "start": 15, "end": 23, "text": "năm 2022", "label": "DATE", "value": "2022"}
                {"line": 1, "start": 28, "end": 41, "text": "735,3 tỷ đồng", "label": "MONEY", "value": "735300000000", "unit": "VND"}
                {"line": 3, "start": 4, "end": 10, "text": "47,13%", "label": "PERCENT", "value": "47.13"}

                """)
    }

    @Test func referenceDatePlacesRelativeDates() throws {
        let input = "Hôm qua, công ty họp; cuối năm 2023 xong.\n"
        let plain = try CLI.run(["extract", "--labels", "DATE"], stdin: input)
        #expect(plain.stdout == """
            {"line": 1, "start": 22, "end": 35, "text": "cuối năm 2023", "label": "DATE", "value": "2023", "part": "end"}

            """)
        let placed = try CLI.run(["extract", "--labels", "DATE", "--reference-date", "2023-03-01"], stdin: input)
        #expect(placed.stdout == """
            {"line": 1, "start": 0, "end": 7, "text": "Hôm qua", "label": "DATE", "value": "2023-02-28", "offset": "-1 day"}
            {"line": 1, "start": 22, "end": 35, "text": "cuối năm 2023", "label": "DATE", "value": "2023", "part": "end"}

            """)
        let bad = try CLI.run(["extract", "--reference-date", "2023-02-30"], stdin: input)
        #expect(bad.status == 64)
        #expect(bad.stdout.isEmpty)
        #expect(bad.stderr.contains("--reference-date \"2023-02-30\" is not a date"))
    }

    @Test func labelsFilterAndTableFormat() throws {
        let input = "Ngày 13/11/2020, Sở TT&TT chi 90 triệu đồng\n"
        let json = try CLI.run(["extract", "--labels", "money, org"], stdin: input)
        #expect(json.stdout.split(separator: "\n").map { $0.contains("\"label\": \"MONEY\"") || $0.contains("\"label\": \"ORG\"") } == [true, true])
        let table = try CLI.run(["extract", "--format", "table", "--labels", "MONEY"], stdin: input)
        let rows = table.stdout.split(separator: "\n")
        #expect(rows.count == 2)
        #expect(rows[0].hasPrefix("LINE:START-END"))
        #expect(rows[1].hasPrefix("1:30-43") && rows[1].contains("MONEY") && rows[1].contains("value=90000000 unit=VND"))
        #expect(try CLI.run(["extract", "--labels", ","], stdin: input).status != 0)
        let misspelt = try CLI.run(["extract", "--labels", "MONEY,MONY"], stdin: input)
        #expect(misspelt.status == 64)
        #expect(misspelt.stdout.isEmpty)
        #expect(misspelt.stderr.contains("no rule reports MONY; the rules report ") && misspelt.stderr.contains("MONEY"))
        #expect(try CLI.run(["extract", "--jobs", "0"], stdin: input).status != 0)
    }

    /// With --with-filename (-H) the records of several inputs say which input they came from, on
    /// one job or two, in JSON and in the table; without it records have no "file" (GUIDE §3).
    @Test func withFilenameNamesEachRecordsInput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("viet-files-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Giá 5 triệu đồng\n".utf8).write(to: folder.appendingPathComponent("a.txt"))
        try Data("\nNgày 7/3/2019\n".utf8).write(to: folder.appendingPathComponent("b c.txt"))
        let expected = """
            {"file": "a.txt", "line": 1, "start": 4, "end": 16, "text": "5 triệu đồng", "label": "MONEY", "value": "5000000", "unit": "VND"}
            {"file": "b c.txt", "line": 2, "start": 0, "end": 13, "text": "Ngày 7/3/2019", "label": "DATE", "value": "2019-03-07"}
            {"file": "-", "line": 1, "start": 0, "end": 5, "text": "47,1%", "label": "PERCENT", "value": "47.1"}

            """
        for arguments in [["extract", "-H"], ["extract", "--with-filename", "--jobs", "2"]] {
            let result = try CLI.run(arguments + ["a.txt", "b c.txt", "-"], stdin: "47,1%\n", in: folder)
            #expect(result.status == 0 && result.stdout == expected, "\(arguments): \(result.stdout)")
        }
        let plain = try CLI.run(["extract", "a.txt", "b c.txt"], in: folder)
        #expect(plain.stdout.split(separator: "\n").count == 2 && !plain.stdout.contains("\"file\""))
        let table = try CLI.run(["extract", "-H", "--format", "table", "b c.txt"], in: folder).stdout.split(separator: "\n")
        #expect(table.count == 2 && table[0].hasPrefix("FILE:LINE:START-END") && table[1].hasPrefix("b c.txt:2:0-13 "))
    }

    /// "--rules ." (the folder one works in) loads its rules; a folder without any is an error,
    /// not an empty rule set that finds nothing.
    @Test func rulesFromTheWorkingDirectoryAndAFolderWithoutRules() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("viet-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try CLI.run(["extract", "--rules", "."], stdin: "Đạt 5 người\n", in: folder)
        #expect(empty.status != 0 && empty.stdout.isEmpty)
        #expect(empty.stderr.contains("no .rules file in rule directory '.'"), "\(empty.stderr)")
        try Data("rule amount\n  match \"Đạt\" NUMBER\n  emit AMOUNT\n".utf8).write(to: folder.appendingPathComponent("amount.rules"))
        for path in [".", "./", folder.path] {
            let found = try CLI.run(["extract", "--rules", path], stdin: "Đạt 5 người\n", in: folder)
            #expect(found.status == 0, "\(path): \(found.stderr)")
            #expect(found.stdout.contains("\"label\": \"AMOUNT\""), "\(path): \(found.stdout)")
        }
    }

    @Test func twoJobsPrintExactlyWhatOneJobPrints() throws {
        var input = ""
        for stem in ["000", "001", "002", "003", "004"] {
            input += try String(contentsOfFile: "\(Self.fixtures)/\(stem).txt", encoding: .utf8) + "\n"
        }
        input = String(repeating: input, count: 12)  // ~0.6 MB: about ten 64 KB batches
        let one = try CLI.run(["extract"], stdin: input)
        let two = try CLI.run(["extract", "--jobs", "2"], stdin: input)
        let three = try CLI.run(["extract", "--jobs", "3"], stdin: input)
        #expect(one.status == 0 && two.status == 0 && three.status == 0)
        #expect(one.stdout.count > 100_000)
        #expect(two.stdout == one.stdout)
        #expect(three.stdout == one.stdout)
    }

    @Test(arguments: ["1", "2"])
    func invalidUTF8MidStreamLeavesOnlyCompleteLines(jobs: String) throws {
        var bytes = Array("Năm 2020 đạt 100%\n".utf8)
        for _ in 0..<3000 { bytes += Array("Chi 30 tỷ đồng cho 15 xã.\n".utf8) }
        let badOffset = bytes.count + 4
        bytes += Array("Chi ".utf8) + [0xC3, 0x28] + Array(" 5 tỷ đồng\nnăm 2021\n".utf8)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("viet-extract-bad-\(UUID()).txt")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLI.run(["extract", "--jobs", jobs, file.path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(file.path): invalid UTF-8 at byte offset \(badOffset)"))
        #expect(result.stdout.hasSuffix("\n"))
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2 + 3000 * 2, "every line before the bad one is extracted")
        #expect(lines.allSatisfy { $0.hasPrefix("{\"line\": ") && $0.hasSuffix("}") })
        #expect(!result.stdout.contains("năm 2021"))
    }

    @Test func evalExtractScoresTheSeedsAboveTheBars() throws {
        let gold = ["000", "001", "002", "003", "004"].map { "\(Self.fixtures)/\($0).gold.jsonl" }
        let result = try CLI.run(["eval", "extract", "--min-f1", "0.85"] + gold)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.hasPrefix("label "))
        #expect(result.stdout.contains("DOCREF"))
    }

    @Test func evalExtractComparesTwoFilesAndReportsDifferences() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("viet-eval-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let gold = directory.appendingPathComponent("gold.jsonl")
        let predicted = directory.appendingPathComponent("pred.jsonl")
        try """
            {"line": 1, "start": 0, "end": 4, "text": "100%", "label": "PERCENT", "value": "100"}
            {"line": 2, "start": 0, "end": 3, "text": "219", "label": "NUMBER", "value": "219"}
            """.write(to: gold, atomically: true, encoding: .utf8)
        try """
            {"line": 1, "start": 0, "end": 4, "text": "100%", "label": "PERCENT", "value": "10"}
            {"line": 3, "start": 0, "end": 3, "text": "219", "label": "NUMBER", "value": "219"}
            """.write(to: predicted, atomically: true, encoding: .utf8)
        let result = try CLI.run(["eval", "extract", gold.path, "--predicted", predicted.path, "--errors", "--min-f1", "0.9"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("PERCENT"))
        #expect(result.stdout.contains("missed"))
        #expect(result.stdout.contains("spurious"))
        #expect(result.stdout.contains("attrs"))
        try "{\"line\": 1,".write(to: predicted, atomically: true, encoding: .utf8)
        let broken = try CLI.run(["eval", "extract", gold.path, "--predicted", predicted.path])
        #expect(broken.status == 65)
        #expect(broken.stderr.contains("pred.jsonl:1:"))
    }
}
