import Foundation
import Testing

@testable import VietRules
import VietTestSupport

/// ``KeyMode/key(_:)`` answers NFC, already lower-case entries without ICU, the case table's
/// String building or the tone scan (``KeyMode/composedKey(_:lowercase:)``); these tests hold it
/// to the general path over every shipped lexicon entry and the words of a corpus sample.
@Suite struct ComposedKeyTests {

    /// Every mode's fast key of `text` and of each of its words against the general path.
    static func mismatches(_ text: String) -> [String] {
        var failures: [String] = []
        for sample in [text] + text.split(whereSeparator: \.isWhitespace).map(String.init) {
            for mode in KeyMode.allCases where mode.key(sample) != mode.unicodeKey(sample) {
                failures.append("\(mode) \(sample.debugDescription)")
            }
        }
        return failures
    }

    @Test func agreesOnEveryShippedLexiconEntry() throws {
        var checked = 0
        for (file, text) in try ShippedRuleFiles.texts(in: "lexicons", suffix: ".txt") {
            for entry in RuleCompiler.parseLexiconFile(text) {
                for failure in Self.mismatches(entry.key) + Self.mismatches(entry.value ?? "") { Issue.record("\(file): \(failure)") }
                checked += 1
            }
        }
        #expect(checked > 8_000)
    }

    @Test(.enabled(if: SharedData.url("data/corpus/viwiki.txt.gz") != nil, "../shared/data/corpus/viwiki.txt.gz absent (set VIETNLP_SHARED)"))
    func agreesOnTheWordsOfACorpusSample() throws {
        var failures = 0
        for line in try SharedData.firstLines(of: "data/corpus/viwiki.txt.gz", .lines(2_000)) {
            for failure in Self.mismatches(String(line)) where failures < 20 {
                Issue.record(Comment(rawValue: failure))
                failures += 1
            }
        }
    }

    /// Entries the fast path must leave to the general one, and near misses it takes.
    @Test(arguments: [
        "hoà", "Hoà Bình", "thuý", "khoẻ", "HOÀ", "hoà-bình", "hoà1", "quý", "thuỷ điện", "hoàn", "Hoàng", "Đắk Lắk", "Ủy ban",
        "ÂU", "ngoài", "Thuỵ Điển", "hoa\u{300}", "café", "ǅ", "ẞ", "hoà\u{301}", "Việt Nam", "THÀNH PHỐ", "tỉnh Ðồng Nai",
    ])
    func agreesOnAwkwardEntries(text: String) {
        for failure in Self.mismatches(text) { Issue.record(Comment(rawValue: failure)) }
    }
}
