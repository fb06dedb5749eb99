import Foundation
import Testing

/// End-to-end tests of the `viet` binary: they run it as users do, with stdin, files and exit codes.
@Suite struct CLITests {
    @Test func foldLowercaseIssueExample() throws {
        let result = try CLI.run(["fold", "--lowercase"], stdin: "Sở Thông tin và Truyền thông\n")
        #expect(result.stdout == "so thong tin va truyen thong\n")
        #expect(result.status == 0)
    }

    @Test func normalizeToneStylesAndDecomposedInput() throws {
        let input = "Văn hoá, khoẻ, thuý\nTho\u{0302}\u{0300}ng tin\n"
        #expect(try CLI.run(["normalize", "--tone-style", "new"], stdin: input).stdout == "Văn hóa, khỏe, thúy\nThồng tin\n")
        #expect(try CLI.run(["normalize", "--tone-style", "old"], stdin: "hòa thúy\n").stdout == "hoà thuý\n")
        #expect(try CLI.run(["normalize"], stdin: "no newline at end").stdout == "no newline at end\n")
    }

    @Test func invalidUTF8NamesFileAndByteOffsetAndKeepsEarlierLines() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("viet-bad-\(UUID()).txt")
        try Data([0x6F, 0x6B, 0x0A, 0x61, 0x62, 0xFF, 0x0A]).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLI.run(["fold", file.path])
        #expect(result.status == 65)
        #expect(result.stdout == "ok\n")
        #expect(result.stderr.contains("\(file.path): invalid UTF-8 at byte offset 5"))
        let lossy = try CLI.run(["fold", "--lossy", file.path])
        #expect(lossy.status == 0)
        #expect(lossy.stdout == "ok\nab\u{FFFD}\n")
    }

    @Test func aMultiMegabyteLineStreamsThrough() throws {
        let line = String(repeating: "Truyền thông ", count: 250_000)  // 3.5 MB on one line
        let result = try CLI.run(["fold"], stdin: line + "\nhết\n")
        #expect(result.status == 0)
        #expect(result.stdout.utf8.count == 250_000 * 13 + 1 + 4)
        #expect(result.stdout.hasSuffix("Truyen thong \nhet\n"))
    }

    @Test func missingFileIsAClearError() throws {
        let result = try CLI.run(["fold", "/nonexistent/input.txt"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("cannot open /nonexistent/input.txt"))
    }

    @Test func syllableAnatomyAndRejection() throws {
        let ok = try CLI.run(["syllable", "thuyết", "hoà", "--tone-style", "new"])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("thuyết: onset=th medial=u nucleus=yê coda=t tone=sắc"))
        #expect(ok.stdout.contains("hoà: onset=h medial=o nucleus=a coda=∅ tone=huyền new=hòa"))
        let bad = try CLI.run(["syllable", "hello"])
        #expect(bad.status == 1)
        #expect(bad.stdout.contains("hello: not a Vietnamese syllable"))
    }

    @Test func evalSegmentScoresAnotherToolsOutput() throws {
        let directory = try Self.temporaryDirectory("viet-eval")
        defer { try? FileManager.default.removeItem(at: directory) }
        let gold = directory.appendingPathComponent("gold.conllu")
        try "1\tSở\n2\tThông tin\n\n1\thọc sinh\n2\tviên\n".write(to: gold, atomically: true, encoding: .utf8)
        let predicted = directory.appendingPathComponent("predicted.txt")
        try "Sở Thông_tin\nhọc sinh_viên\n".write(to: predicted, atomically: true, encoding: .utf8)
        let scored = try CLI.run(["eval", "segment", "--predicted", predicted.path, gold.path])
        #expect(scored.status == 0)
        #expect(scored.stdout.contains("sentences 2  gold words 4  predicted words 4  correct 2"))
        #expect(scored.stdout.contains("học_sinh viên → học sinh_viên"))

        try "Sở Thông_tin\n".write(to: predicted, atomically: true, encoding: .utf8)
        let short = try CLI.run(["eval", "segment", "--predicted", predicted.path, gold.path])
        #expect(short.status == 65)
        #expect(short.stderr.contains("predicted.txt: has 1 lines, but the gold files have more sentences"))

        try "Sở Thông_tin\nhọc sinh viên\nthừa\n".write(to: predicted, atomically: true, encoding: .utf8)
        let long = try CLI.run(["eval", "segment", "--predicted", predicted.path, gold.path])
        #expect(long.status == 65)
        #expect(long.stderr.contains("predicted.txt: has more lines than the gold files have sentences (2)"))

        try "Sở Thông_tin\nhọc sinh viên nữa\n".write(to: predicted, atomically: true, encoding: .utf8)
        let wrong = try CLI.run(["eval", "segment", "--predicted", predicted.path, gold.path])
        #expect(wrong.status == 65)
        #expect(wrong.stderr.contains("predicted.txt:2: the predicted words do not have the gold sentence's letters"))
    }

    @Test func evalSentencesPrintsItsInputAndScoresAnotherToolsOutput() throws {
        let directory = try Self.temporaryDirectory("viet-eval-sentences")
        defer { try? FileManager.default.removeItem(at: directory) }
        let gold = directory.appendingPathComponent("gold.conllu")
        try "# text = Tôi đi .\n1\tTôi\n\n# text = Anh ở ( LBKT nhà RBKT ) .\n1\tAnh\n\n# text = Hết .\n1\tHết\n"
            .write(to: gold, atomically: true, encoding: .utf8)
        let input = try CLI.run(["eval", "sentences", "--paragraph", "2", "--print-input", gold.path])
        #expect(input.status == 0)
        #expect(input.stdout == "Tôi đi. Anh ở ((nhà)).\nHết.\n")
        let ours = try CLI.run(["eval", "sentences", "--paragraph", "2", gold.path])
        #expect(ours.stdout.contains("paragraphs 2  gold boundaries 1  predicted 1  correct 1"))

        let predicted = directory.appendingPathComponent("predicted.txt")
        try "Tôi đi. Anh ở ((nhà)).\n\nHết.\n".write(to: predicted, atomically: true, encoding: .utf8)
        let theirs = try CLI.run(["eval", "sentences", "--paragraph", "2", "--predicted", predicted.path, gold.path])
        #expect(theirs.status == 0)
        #expect(theirs.stdout.contains("precision 0.0000  recall 0.0000  F1 0.0000"))
        #expect(theirs.stdout.contains("missed (1, the first 1):\n  …Tôi đi. ‖ Anh ở ((nhà)).…"))

        try "Tôi đi.\nAnh ở nhà.\n".write(to: predicted, atomically: true, encoding: .utf8)
        let wrong = try CLI.run(["eval", "sentences", "--predicted", predicted.path, gold.path])
        #expect(wrong.status == 65)
        #expect(wrong.stderr.contains("predicted.txt: the predicted sentences have 14 non-space characters, the gold text 22"))
    }

    /// A new empty directory of this process under the temporary directory, for the caller to remove.
    static func temporaryDirectory(_ name: String) throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    /// Every command's help shows an example, and reads well in an 80-column terminal, where the
    /// help is wrapped: an indented line (an example) fits, and a longer line of prose is a whole
    /// paragraph or sentence (a line broken mid-sentence in the source would print as a ragged stub).
    @Test func helpHasExamplesAndFitsEightyColumns() throws {
        let dump = try CLI.run(["--experimental-dump-help"])
        #expect(dump.status == 0)
        let tool = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any]
        var leaves: [String] = []
        func visit(_ command: [String: Any], path: String) {
            let discussion = command["discussion"] as? String ?? ""
            let subcommands = (command["subcommands"] as? [[String: Any]] ?? []).filter { $0["commandName"] as? String != "help" }
            if subcommands.isEmpty {
                leaves.append(path)
                #expect(discussion.contains("viet "), "`\(path) --help` shows no example")
            }
            for line in discussion.split(separator: "\n") where line.count > 80 {
                #expect(!line.hasPrefix(" "), "`\(path) --help`: an example wider than 80 columns: \(line)")
                #expect(".:!?".contains(line.last!), "`\(path) --help`: a line broken mid-sentence: \(line)")
            }
            for subcommand in subcommands { visit(subcommand, path: path + " " + (subcommand["commandName"] as? String ?? "?")) }
        }
        visit(tool?["command"] as? [String: Any] ?? [:], path: "viet")
        #expect(leaves.contains("viet fold") && leaves.contains("viet eval extract") && leaves.contains("viet eval sentences") && leaves.count == 14)
    }
}

/// Runs the `viet` executable built next to the test bundle.
enum CLI {
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    static let executable: URL = {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        // The test runner may live inside an .xctest bundle directory.
        while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("viet").path),
            directory.path != "/"
        {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("viet")
    }()

    /// A child that exits before reading all of its input (an error mid-stream) must not kill the
    /// test runner with SIGPIPE: writes to the closed pipe then fail with EPIPE instead.
    private static let ignoreBrokenPipes: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

    static func run(_ arguments: [String], stdin: String = "", in directory: URL? = nil) throws -> Result {
        _ = ignoreBrokenPipes
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let input = Pipe(), output = Pipe(), error = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Feed stdin and drain stderr concurrently so that large inputs and outputs cannot deadlock on pipe buffers.
        let writer = input.fileHandleForWriting
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            try? writer.write(contentsOf: Data(stdin.utf8))  // EPIPE when the child stopped reading early
            try? writer.close()
        }
        nonisolated(unsafe) var err = Data()
        DispatchQueue.global().async(group: group) { err = error.fileHandleForReading.readDataToEndOfFile() }
        let out = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Result(
            stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
            status: process.terminationStatus)
    }
}
