import Foundation
import Testing

@testable import VietRules
import VietTestSupport

/// ``CompiledLexicon/plainEntry(_:mode:)`` keys common entries in one pass; whenever it answers,
/// the answer must be the general path's: ``KeyMode/phraseKey(_:)`` and the token bound of that key.
@Suite struct PlainEntryTests {

    /// The modes in which `text`'s one-pass answer differs from the general path's; counts answers.
    static func mismatches(_ text: String, answered: inout Int) -> [String] {
        var failures: [String] = []
        for mode in KeyMode.allCases {
            guard let plain = CompiledLexicon.plainEntry(text, mode: mode) else { continue }
            answered += 1
            let key = mode.phraseKey(text)
            if plain.key != key || plain.tokenBound != CompiledLexicon.tokenBound(key) {
                failures.append("\(mode) \(text.debugDescription): \(plain) for \(key.debugDescription) \(CompiledLexicon.tokenBound(key))")
            }
        }
        return failures
    }

    @Test func agreesOnEveryShippedLexiconEntry() throws {
        var checked = 0
        var answered = 0
        for (file, text) in try ShippedRuleFiles.texts(in: "lexicons", suffix: ".txt") {
            for entry in RuleCompiler.parseLexiconFile(text) {
                for failure in Self.mismatches(entry.key, answered: &answered) + Self.mismatches(entry.value ?? "", answered: &answered) {
                    Issue.record("\(file): \(failure)")
                }
                checked += 1
            }
        }
        #expect(checked > 8_000)
        // The one pass must serve most entries (exact and ignore-case, and the diacritic-free modes
        // for ASCII ones), or it is not worth its code: it answered 17 277 of the 8 679 keys' 34 716 modes.
        #expect(answered > checked * 3 / 2)
    }

    @Test(.enabled(if: SharedData.url("data/corpus/viwiki.txt.gz") != nil, "../shared/data/corpus/viwiki.txt.gz absent (set VIETNLP_SHARED)"))
    func agreesOnACorpusSample() throws {
        var failures = 0
        var answered = 0
        for line in try SharedData.firstLines(of: "data/corpus/viwiki.txt.gz", .lines(2_000)) {
            let samples = [String(line)] + line.split(separator: " ").map(String.init)
            for sample in samples {
                for failure in Self.mismatches(sample, answered: &answered) where failures < 20 {
                    Issue.record(Comment(rawValue: failure))
                    failures += 1
                }
            }
        }
    }

    @Test(arguments: [
        "", " ", "a", "A b", "a  b", " a", "a ", "a\tb", "a\u{0B}b", "a\u{0C}b", "a\rb", "x × y", "x÷", "Hoà Bình", "hoà", "thuý",
        "Thuý", "Đắk Lắk", "ĐẮK LẮK", "đắk lắk", "TT&TT", "17/NQ-CP", "Ủy ban", "ủy ban", "café", "ǅ", "Ɓ", "ɓ", "a \u{301}b", "ngoài",
        "a\u{00A0}b", "Cà Mau\n", "日本", "ẞ", "ß", "ÿ", "Ÿ", "ơ ư", "Ơ Ư", "a-b", "(a)", "..", "ĐH", "Qúy", "quý", "hoà1", "hoà-bình",
    ])
    func agreesOnAwkwardEntries(text: String) {
        var answered = 0
        for failure in Self.mismatches(text, answered: &answered) { Issue.record(Comment(rawValue: failure)) }
    }
}
