import Testing
import VietText

@testable import VietTokenizer

/// Loading the shipped lexicon keys its syllables from their bytes when they are NFC and lower
/// case (``Lexicon/keys(of:)``), without the `String` path through normalisation, case mapping and
/// tone placement that user words take. These tests hold the two to the same keys: every syllable
/// of the shipped lexicon, and written forms that need the slow path.
@Suite("Lexicon keys")
struct LexiconKeyTests {
    /// The keys the `String` path gives: the lookup key's hash, and its old placement's (the same
    /// hash when the placements agree).
    func stringKeys(_ syllable: String) -> (UInt64, UInt64) {
        let key = TonePlacement.lookupKey(syllable)
        let old = TonePlacement.convert(key, to: .old)
        return (SyllableKey.hash(key), SyllableKey.hash(old))
    }

    func byteKeys(_ syllable: String) -> (UInt64, UInt64) {
        var copy = syllable
        return copy.withUTF8 { Lexicon.keys(of: $0) }
    }

    @Test func everyShippedSyllableGetsTheKeysOfTheStringPath() {
        var seen = Set<Substring>()
        var checked = 0
        for line in ShippedLexiconData.text.split(separator: "\n") {
            let word = line.prefix { $0 != "\t" }
            for syllable in word.split(separator: " ") where seen.insert(syllable).inserted {
                let (hash, old) = byteKeys(String(syllable))
                let expected = stringKeys(String(syllable))
                #expect(hash == expected.0 && old == expected.1, "\(syllable)")
                checked += 1
            }
        }
        #expect(checked > 5_000)
    }

    @Test(arguments: ["hoà", "hòa", "HOÀ", "Thuý", "thúy", "khoẻ", "quý", "ĐỒNG", "Ðồng", "ho\u{0300}a", "hoàn", "covid"])
    func writtenFormsGetTheKeysOfTheStringPath(_ syllable: String) {
        let (hash, old) = byteKeys(syllable)
        let expected = stringKeys(syllable)
        #expect(hash == expected.0)
        #expect(old == expected.1)
    }

    @Test func bothPlacementsOfAShippedWordAreFound() {
        let lexicon = Lexicon.shipped
        #expect(lexicon.contains("hòa bình") && lexicon.contains("hoà bình") && lexicon.contains("HOÀ BÌNH"))
        #expect(lexicon.contains("truyền thông"))
        #expect(!lexicon.contains("truyền thôngg"))
    }
}
