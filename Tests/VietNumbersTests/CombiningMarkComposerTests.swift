import Testing
import VietText

@testable import VietNumbers

/// The scanner's composer of combining marks gives what ICU's NFC gives, for every Vietnamese
/// vowel with every tone in both cases, typed fully decomposed (NFD) or as a precomposed vowel
/// and a combining tone, and in words.
@Suite struct CombiningMarkComposerTests {
    static func composed(_ text: String) -> String? {
        var scalars = String.UnicodeScalarView()
        var copy = text
        let joined = copy.withUTF8 { letters in
            CombiningMarkComposer.forEachComposedScalar(letters) { scalars.append(Unicode.Scalar($0)!) }
        }
        return joined ? String(scalars) : nil
    }

    @Test func everyVowelWithEveryToneComposesAsNFC() {
        let tones = ["", "\u{0300}", "\u{0301}", "\u{0303}", "\u{0309}", "\u{0323}"]
        var checked = 0
        for vowel in ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "A", "Ă", "Â", "Ê", "Ơ", "Ư", "Y"] {
            for tone in tones {
                let nfc = UnicodeNormalizer.nfc(vowel + tone)
                let toneApart = vowel + tone  // "ê" + U+0323: the vowel precomposed, the tone combining
                #expect(Self.composed(toneApart) == nfc, "\(toneApart.unicodeScalars.map { String($0.value, radix: 16) })")
                #expect(Self.composed(UnicodeNormalizer.nfd(nfc)) == nfc, "\(nfc)")
                checked += 1
            }
        }
        #expect(checked == 114)
    }

    @Test func wordsAndMarksInEitherOrder() {
        #expect(Self.composed("be\u{0323}\u{0302}nh") == "bệnh")  // NFD order: dot below, then circumflex
        #expect(Self.composed("be\u{0302}\u{0323}nh") == "bệnh")  // typed the other way round
        #expect(Self.composed("bê\u{0323}nh") == "bệnh")
        #expect(Self.composed("đươ\u{0323}c") == "được")
        #expect(Self.composed("Nga\u{0300}y") == "Ngày")
        #expect(Self.composed("ngày") == "ngày")  // nothing to join
    }

    @Test func aMarkThatDoesNotJoinIsLeftToICU() {
        #expect(Self.composed("\u{0301}a") == nil)  // no letter before the mark
        #expect(Self.composed("q\u{031B}") == nil)  // a pair that composes to no scalar
    }
}
