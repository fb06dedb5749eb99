import Testing

@testable import VietNumbers

/// The shortcuts around word keys: a word whose every scalar ``LexemeKey/lowercaseScalarLength(_:at:limit:)``
/// accepts is its own key, the compact values of reads and the stream's key classes agree with
/// the tables they stand for.
@Suite struct LexemeKeyTests {
    /// The key `lowercasedWord` gives `word`, and whether the scalar test calls the word its own key.
    static func keys(of word: String) -> (key: LexemeKey, ownKey: Bool) {
        var text = word
        return text.withUTF8 { bytes in
            let key = LexemeStream.key(of: bytes, kind: .word)
            var offset = 0
            var own = bytes.count <= LexemeKey.capacity
            while offset < bytes.count {
                let length = LexemeStream.scalarLength(bytes[offset])
                if LexemeKey.lowercaseScalarLength(bytes, at: offset, limit: bytes.count) != length { own = false }
                offset += length
            }
            return (key, own)
        }
    }

    @Test(arguments: [
        "ngày", "tháng", "năm", "đồng", "quyết", "trường", "thuỷ", "hoà", "ưu", "ơn", "ĩ", "ũng", "à", "ỹ", "abc", "x-y",
        "km2", "ăn", "đà", "ý", "ở", "ụ",
    ])
    func lowerCaseWordsAreTheirOwnKey(word: String) {
        let (key, own) = Self.keys(of: word)
        #expect(own)
        #expect(key == LexemeKey(word))
    }

    @Test(arguments: [
        "Ngày", "THÁNG", "Năm", "Đồng", "ĐỒNG", "Ưu", "Ơn", "Ĩ", "Ũng", "À", "Ỹ", "Ă", "Km", "NĐ",
        "nga\u{300}y",  // NFD: a combining grave accent goes through the fallback
        "x÷y", "αβ", "ſ",
    ])
    func otherWordsAreKeyedByLowerCasing(word: String) {
        let (key, own) = Self.keys(of: word)
        #expect(!own)
        // The lower-cased key is what the grammar compares with its vocabulary.
        if word == "Ngày" || word == "nga\u{300}y" { #expect(key == "ngày") }
        if word == "ĐỒNG" { #expect(key == "đồng") }
    }

    @Test func longWordsAreNotTheirOwnKey() {
        let (_, own) = Self.keys(of: String(repeating: "a", count: LexemeKey.capacity + 1))
        #expect(!own)
    }

    @Test func everyVocabularyTableKeyHasItsClass() {
        let checks: [(keys: [LexemeKey], keyClass: Vocabulary.KeyClass)] = [
            (Vocabulary.digits.keys, .digit), (Vocabulary.unitsAfterTens.keys, .unitAfterTens), (Vocabulary.scales.keys, .scale),
            (Vocabulary.digits.keys, .spelledStart), (Vocabulary.qualifiers.map { $0.words[0] }, .qualifierStart),
            (Vocabulary.currencyPrefixes.map { $0.words[0] }, .currencyPrefixStart),
            (Vocabulary.currencySuffixes.map { $0.words[0] }, .currencySuffixStart), (Vocabulary.durations.keys, .duration),
            (Vocabulary.partsOfDay.keys, .partOfDay), (Vocabulary.ordinalWords.keys, .ordinalWord),
            (Vocabulary.monthNames.keys, .monthName), (Array(Vocabulary.romanIntroducers), .romanIntroducer),
            (Array(Vocabulary.cents), .cent),
        ]
        for check in checks {
            for key in check.keys {
                #expect((Vocabulary.keyClasses[key] ?? []).contains(check.keyClass), "\(key) lacks \(check.keyClass)")
            }
        }
        // Single-table classes stand for membership exactly: a word outside the table lacks the bit.
        #expect(!(Vocabulary.keyClasses["ngày"] ?? []).contains(.digit))
        #expect(!(Vocabulary.keyClasses["tháng"] ?? []).contains(.scale))
        #expect(Vocabulary.keyClasses["kể"] == nil)
    }

    @Test func unitsMatchedByExactTextHaveTheirLowerCasedKeyMarked() {
        for entry in Vocabulary.unitsExact {
            var text = entry.words[0].description
            let key = text.withUTF8 { LexemeStream.key(of: $0, kind: LexemeStream.isLetterStart($0, at: 0, limit: $0.count) ? .word : .symbol) }
            #expect((Vocabulary.keyClasses[key] ?? []).contains(.unitStart), "\(entry.words[0])")
        }
    }

    @Test(arguments: [
        ("150.000.000 đồng", "150000000"), ("47,13%", "47.13"), ("0,5 ha", "0.5"), ("1,50 tỷ", "1500000000"),
        ("12345678901234567890,5 đồng", "12345678901234567890.5"), ("100k", "100000"), ("0,00 đồng", "0"),
    ])
    func separatedDigitsReadTheSameValue(phrase: String, value: String) throws {
        let parsed = try NumberParser().parse(phrase)
        #expect(parsed.attributes.first { $0.name == "value" }?.value == value)
    }
}
