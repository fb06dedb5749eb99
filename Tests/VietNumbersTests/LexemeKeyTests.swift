import Testing

@testable import VietNumbers

/// The shortcuts around word keys: a word whose every scalar ``LexemeKey/lowercaseScalarLength(_:at:limit:)``
/// accepts is its own key, the compact values of reads and the stream's key classes agree with
/// the tables they stand for.
@Suite struct LexemeKeyTests {
    /// The key the grammar gives `word` (`LexemeStream.key(of:kind:)`), the key the introduced-date
    /// reader gives it (which skips lower-casing when ``LexemeKey/lowercaseScalarLength(_:at:limit:)``
    /// accepts every scalar), whether the scalar test accepts every scalar, and whether the reader's
    /// in-place `word(is:)` agrees with comparing its key.
    static func keys(of word: String) -> (key: LexemeKey, readerKey: LexemeKey, lowerCase: Bool, inPlaceAgrees: Bool) {
        var text = word
        return text.withUTF8 { bytes in
            let key = LexemeStream.key(of: bytes, kind: .word)
            var reader = IntroducedDate.Reader(bytes: bytes, offset: 0)
            let readerKey = reader.word()
            var offset = 0
            var lowerCase = true
            while offset < bytes.count {
                let length = LexemeStream.scalarLength(bytes[offset])
                if LexemeKey.lowercaseScalarLength(bytes, at: offset, limit: bytes.count) != length { lowerCase = false }
                offset += length
            }
            var inPlace = IntroducedDate.Reader(bytes: bytes, offset: 0)
            let inPlaceAgrees = inPlace.word(is: "ngày") == (readerKey == "ngày")
            return (key, readerKey, lowerCase, inPlaceAgrees)
        }
    }

    @Test(arguments: [
        "ngày", "tháng", "năm", "đồng", "quyết", "trường", "thuỷ", "hoà", "ưu", "ơn", "ĩ", "ũng", "à", "ỹ", "abc", "x-y",
        "km2", "ăn", "đà", "ý", "ở", "ụ",
    ])
    func lowerCaseWordsAreTheirOwnKey(word: String) {
        let keys = Self.keys(of: word)
        #expect(keys.lowerCase)
        #expect(keys.key == LexemeKey(word))
        #expect(keys.readerKey == keys.key || word.contains("-") || word.contains("2"))
        #expect(keys.inPlaceAgrees)
    }

    @Test(arguments: [
        "Ngày", "THÁNG", "Năm", "Đồng", "ĐỒNG", "Ưu", "Ơn", "Ĩ", "Ũng", "À", "Ỹ", "Ă", "Km", "NĐ",
        "nga\u{300}y",  // NFD: a combining grave accent goes through the fallback
        "x÷y", "αβ", "ſ", "ngàyx", "ngày\u{301}", "NGÀY",
    ])
    func otherWordsAreKeyedByLowerCasing(word: String) {
        let keys = Self.keys(of: word)
        if word != "ngàyx" { #expect(!keys.lowerCase) }
        // The lower-cased key is what the grammar compares with its vocabulary.
        if word == "Ngày" || word == "nga\u{300}y" || word == "NGÀY" { #expect(keys.key == "ngày") }
        if word == "ĐỒNG" { #expect(keys.key == "đồng") }
        if !word.contains("÷") { #expect(keys.readerKey == keys.key) }
        #expect(keys.inPlaceAgrees)
    }

    /// A lower-case word longer than a key's inline bytes is keyed by its hash, not its bytes.
    @Test func longLowerCaseWordsAreKeyedLikeTheGrammarKeysThem() {
        let keys = Self.keys(of: String(repeating: "ă", count: LexemeKey.capacity))
        #expect(keys.lowerCase)
        #expect(keys.readerKey == keys.key)
    }

    /// Matches and reads are copied and overwritten as plain bytes (memo slots, ``TrivialBuffer``).
    @Test func matchesAndReadsAreTrivial() {
        #expect(_isPOD(Recognizer.Match.self))
        #expect(_isPOD(Recognizer.NumberRead.self))
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
