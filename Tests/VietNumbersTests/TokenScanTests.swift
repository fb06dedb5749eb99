import Foundation
import Testing
import VietTokenizer

@testable import VietNumbers

/// The rule engine's entry point: scanning `VietTokenizer` tokens finds what scanning the string finds,
/// with token ranges that cover each expression exactly.
@Suite struct TokenScanTests {
    @Test func tokenRangesCoverTheExpression() throws {
        let tokenized = Tokenizer().tokenize("Tổng doanh thu đạt 735,3 tỷ đồng, tăng 12% so với năm 2021.")
        let found = NumberParser().scan(tokenized)
        #expect(found.map(\.text) == ["735,3 tỷ đồng", "12%", "năm 2021"])
        for expression in found {
            let range = try #require(expression.tokenRange)
            let first = tokenized.tokens[range.lowerBound]
            let last = tokenized.tokens[range.upperBound - 1]
            #expect(first.scalarRange.lowerBound == expression.scalarRange.lowerBound)
            #expect(last.scalarRange.upperBound == expression.scalarRange.upperBound)
        }
    }

    @Test(.enabled(if: SharedData.url("seeds") != nil, "../shared/seeds absent"))
    func tokenScanAgreesWithStringScanOnTheSeeds() throws {
        let directory = try #require(SharedData.url("seeds"))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }
        let parser = NumberParser()
        var lines = 0
        for name in names {
            let text = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n").map(String.init) {
                lines += 1
                let fromTokens = parser.scan(Tokenizer().tokenize(line)).map { "\($0.scalarRange) \(summary($0))" }
                let fromString = parser.scan(line).map { "\($0.scalarRange) \(summary($0))" }
                #expect(fromTokens == fromString, "\(name): \(line.prefix(80))")
            }
        }
        #expect(lines > 50)
    }
}
