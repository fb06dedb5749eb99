import Testing

@testable import VietRules

/// ``KeyMode/key(_:)`` answers ASCII text without the general path (normalisation, tone placement,
/// case mapping, folding); these tests hold it to the general path's answer.
@Suite struct KeyModeTests {
    /// Every ASCII character, alone and after a letter (case, digits, punctuation, controls).
    @Test func agreesOnEveryASCIICharacter() {
        for value in UInt8(0)...0x7F {
            let character = String(decoding: [value], as: UTF8.self)
            for text in [character, "a" + character, "Q" + character + "U"] {
                for mode in KeyMode.allCases { #expect(mode.key(text) == mode.unicodeKey(text), "\(mode) \(text.debugDescription)") }
            }
        }
    }

    /// Short strings over the letters of Vietnamese vowel pairs whose tone placement differs
    /// between styles (oa, oe, uy after q or not), in both cases, with digits and separators.
    @Test func agreesOnShortWords() {
        let alphabet = Array("aAoOeEuUyYqQ0-/. ").map(String.init)
        var checked = 0
        for first in alphabet {
            for second in alphabet {
                for third in alphabet {
                    let text = first + second + third
                    for mode in KeyMode.allCases where mode.key(text) != mode.unicodeKey(text) {
                        Issue.record("\(mode) \(text.debugDescription)")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked == alphabet.count * alphabet.count * alphabet.count)
    }

    /// The Latin path of ``KeyMode/ignoreCase``: every Latin scalar, alone, after and before a
    /// capital, and Vietnamese words in both cases and tone styles.
    @Test func agreesOnEveryLatinScalar() {
        let ranges: [ClosedRange<UInt32>] = [0x80...0x24F, 0x300...0x36F, 0x1E00...0x1EFF]
        var checked = 0
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = String(Character(scalar))
                for sample in [text, "Q" + text, text + "A", "Ho" + text] {
                    #expect(KeyMode.ignoreCase.key(sample) == KeyMode.ignoreCase.unicodeKey(sample), "\(sample.debugDescription)")
                    checked += 1
                }
            }
        }
        #expect(checked > 2_000)
        for word in ["HOÀ", "Hòa", "THUÝ", "Khoẻ", "ĐẮK LẮK", "Nguyễn", "QUỲNH", "Ủy", "Hoa\u{300}"] {
            #expect(KeyMode.ignoreCase.key(word) == KeyMode.ignoreCase.unicodeKey(word), "\(word)")
        }
    }

    @Test(arguments: ["", "UBND", "Hoa", "hoa", "Quy", "TT&TT", "17/NQ-CP", "2019", "TP.HCM", "iPhone", "Khoe"])
    func agreesOnWords(text: String) {
        for mode in KeyMode.allCases { #expect(mode.key(text) == mode.unicodeKey(text), "\(mode) \(text.debugDescription)") }
    }

    @Test func lowerCasesOnlyWhenTheModeIgnoresCase() {
        #expect(KeyMode.exact.key("UBND") == "UBND")
        #expect(KeyMode.ignoreCase.key("UBND") == "ubnd")
        #expect(KeyMode.ignoreDiacritics.key("UBND") == "UBND")
        #expect(KeyMode.ignoreBoth.key("UBND") == "ubnd")
        #expect(KeyMode.asciiKey("Sở", lowercase: true) == nil)
    }
}
