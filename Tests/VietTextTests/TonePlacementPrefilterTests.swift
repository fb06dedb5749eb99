import Foundation
import Testing

@testable import VietText
import VietTestSupport

/// ``TonePlacement/mayRespellInNewStyle(_:)`` must be a necessary condition: when it is false,
/// converting to the new style changes nothing. Checked over every line and word of the shipped
/// lexicons, a corpus sample, and spellings built to sit on its edges.
@Suite struct TonePlacementPrefilterTests {

    /// The samples (a text, its words, its NFC and lower case) the prefilter wrongly clears.
    static func misses(_ text: String) -> [String] {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        var failures: [String] = []
        for sample in [text, UnicodeNormalizer.nfc(text), VietCase.lowercased(text)] + words {
            var copy = sample
            let cleared = !copy.withUTF8 { TonePlacement.mayRespellInNewStyle($0) }
            if cleared, TonePlacement.convert(sample, to: .new) != sample { failures.append(sample.debugDescription) }
        }
        return failures
    }

    @Test func holdsOnEveryShippedLexiconLine() throws {
        let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Rules/lexicons")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".txt") }
        var checked = 0
        for file in files {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(whereSeparator: \.isNewline) {
                for failure in Self.misses(String(line)) { Issue.record("\(file): \(failure)") }
                checked += 1
            }
        }
        #expect(checked > 8_000)
    }

    /// The sentences of the UD-VTB training treebank (real text, both tone styles).
    @Test(.enabled(if: SharedData.isAvailable, "../shared is absent (set VIETNLP_SHARED)"))
    func holdsOnTreebankSentences() throws {
        let text = try #require(SharedData.text("data/ud-vtb/vi_vtb-ud-train.conllu"))
        var failures = 0
        for line in text.split(separator: "\n") where line.hasPrefix("# text = ") {
            for failure in Self.misses(String(line.dropFirst(9))) where failures < 20 {
                Issue.record(Comment(rawValue: failure))
                failures += 1
            }
        }
    }

    /// Every pair of an "o"/"u"/"q" lead, a vowel in every tone and case, and an ending.
    @Test func holdsOnBuiltSpellings() {
        var vowels: [String] = []
        for row in VietnameseAlphabet.toneRows {
            for scalar in row { vowels += [String(Character(scalar)), String(Character(VietnameseAlphabet.uppercase(scalar)))] }
        }
        var checked = 0
        for lead in ["o", "O", "u", "U", "h", "qu", "Qu", "ô", "ư", "ó", "ú"] {
            for vowel in vowels {
                for ending in ["", " ", "n", "N", "1", "-", "\u{301}", "đ", "ạ", ".", "\t"] {
                    for failure in Self.misses("h" + lead + vowel + ending) + Self.misses(lead + vowel + ending) {
                        Issue.record(Comment(rawValue: failure))
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 1_000)
    }
}
