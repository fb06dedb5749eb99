import Testing

@testable import VietNLP

/// A session refills the previous line's arrays (`AnalyzerSession`'s recycled tokens, keys and
/// words): a document the caller keeps must never change when the next line is analysed.
@Suite("Analyzer session recycling")
struct AnalyzerSessionRecyclingTests {
    static let rules = """
        phase output
        rule money match m:MONEY emit MONEY m.*
        rule number match n:NUMBER emit NUMBER value = n.value
        """
    static let lines = [
        "Tổng doanh thu năm 2022 đạt 735,3 tỷ đồng, tăng 12% so với năm 2021",
        "Sở Thông tin và Truyền thông tỉnh Cao Bằng",
        "",
        "Ngày 7-3-2019, Chính phủ chi 1.456.018 đồng cho 47,13 ha đất",
    ]

    @Test func keptDocumentsStayThoseOfTheirLine() throws {
        var options = AnalyzerOptions()
        options.segments = true
        let analyzer = Analyzer(rules: try RuleSet(source: Self.rules), options: options)
        let session = analyzer.makeSession()
        // Every document kept while the next lines are analysed, and one dropped at once between
        // them (so that the session may reuse that one's storage for the next line).
        var kept: [Document] = []
        for line in Self.lines {
            kept.append(session.analyze(line))
            _ = session.analyze(Self.lines[1])
        }
        for (line, document) in zip(Self.lines, kept) {
            let fresh = analyzer.analyze(line)
            #expect(document.tokens == fresh.tokens)
            #expect(document.tokenized.lexiconKeys == fresh.tokenized.lexiconKeys)
            #expect(document.words == fresh.words)
            #expect(document.numbers == fresh.numbers)
            #expect(document.matches == fresh.matches)
        }
        #expect(kept[0].matches(labelled: "MONEY").map(\.text) == ["735,3 tỷ đồng"])
    }

    @Test func aHugeLinesStorageIsNotKeptForTheNext() throws {
        let session = Analyzer(rules: try RuleSet(source: Self.rules), options: AnalyzerOptions(segments: true)).makeSession()
        let huge = String(repeating: "a ", count: AnalyzerSession.recycledTokenLimit + 10)
        #expect(session.analyze(huge).tokens.count == AnalyzerSession.recycledTokenLimit + 10)
        let short = session.analyze(Self.lines[1])
        #expect(session.recycledTokens.capacity <= AnalyzerSession.recycledTokenLimit)
        #expect(short.words == Analyzer(rules: try RuleSet(source: Self.rules)).analyze(Self.lines[1]).words)
    }

    @Test func extractorRecordsDoNotDependOnThePreviousLine() throws {
        let pipeline = try ExtractionPipeline(rulesDirectory: nil, options: AnalyzerOptions(segments: true))
        let extractor = pipeline.makeExtractor()
        let inOrder = Self.lines.enumerated().map { extractor.records(in: $0.element, lineNumber: $0.offset + 1) }
        for (index, line) in Self.lines.enumerated().reversed() {
            let alone = pipeline.makeExtractor().records(in: line, lineNumber: index + 1)
            #expect(extractor.records(in: line, lineNumber: index + 1) == alone)
            #expect(inOrder[index] == alone)
        }
    }
}
