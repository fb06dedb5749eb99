import Testing
import VietText

@testable import VietNumbers

/// The scanner's composer of combining marks gives what ICU's NFC gives, for every Vietnamese
/// vowel with every tone in both cases, typed fully decomposed (NFD) or as a precomposed vowel
/// and a combining tone, and in words; the grammar keys such words as their composed forms.
@Suite struct CombiningMarkComposerTests {
    static func composed(_ text: String) -> String? {
        var copy = text
        return copy.withUTF8 { letters in CombiningMarkComposer.withComposedUTF8(letters) { String(decoding: $0, as: UTF8.self) } }
    }

    @Test func everyVowelWithEveryToneComposesAsNFC() {
        let tones = ["", "\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]
        for vowel in ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "A", "Ă", "Â", "Ê", "Ơ", "Ư", "Y"] {
            for tone in tones {
                let nfc = UnicodeNormalizer.nfc(vowel + tone)
                let toneApart = vowel + tone  // "ê" + U+0323: the vowel precomposed, the tone combining
                #expect(Self.composed(toneApart) == nfc, "\(toneApart.unicodeScalars.map { String($0.value, radix: 16) })")
                #expect(Self.composed(UnicodeNormalizer.nfd(nfc)) == nfc, "\(nfc)")
            }
        }
    }

    @Test func wordsAndMarksInEitherOrder() {
        #expect(Self.composed("be\u{0323}\u{0302}nh") == "bệnh")  // NFD order: dot below, then circumflex
        #expect(Self.composed("be\u{0302}\u{0323}nh") == "bệnh")  // typed the other way round
        #expect(Self.composed("bê\u{0323}nh") == "bệnh")
        #expect(Self.composed("đươ\u{0323}c") == "được")
        #expect(Self.composed("Nga\u{0300}y") == "Ngày")
        #expect(Self.composed("ngày") == "ngày")  // nothing to join
    }

    @Test(arguments: [
        ("bệnh", "bê\u{0323}nh"), ("được", "đươ\u{0323}c"), ("Ngày", "Nga\u{0300}y"), ("THÁNG", "THA\u{0301}NG"),
        ("Tỷ", "Ty\u{0309}"), ("nghìn", "nghi\u{0300}n"),
    ])
    func decomposedWordsHaveTheKeysOfTheirComposedForms(_ word: String, _ toneApart: String) {
        func key(_ form: String) -> LexemeKey {
            var copy = form
            return copy.withUTF8 { LexemeStream.key(of: $0, kind: .word) }
        }
        #expect(key(UnicodeNormalizer.nfd(word)) == key(word), "\(word) NFD")
        #expect(key(toneApart) == key(word), "\(word) tone apart")
        #expect(key(word).description == VietCase.lowercased(word))
    }

    @Test func aMarkThatDoesNotJoinIsLeftToICU() {
        #expect(Self.composed("\u{0301}a") == nil)  // no letter before the mark
        #expect(Self.composed("q\u{031B}") == nil)  // a pair that composes to no scalar
    }
}
