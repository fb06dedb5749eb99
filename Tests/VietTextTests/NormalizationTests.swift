import Testing
import VietText
import VietTestSupport

@Suite struct NormalizationTests {
    @Test func precomposedFollowedByCombiningToneMarkComposes() {
        // "ô" precomposed + combining grave, as produced by some Vietnamese keyboards.
        #expect(UnicodeNormalizer.nfc("Tho\u{0302}\u{0300}ng") == "Thồng")
        #expect(UnicodeNormalizer.nfc("th\u{00F4}\u{0300}ng") == "thồng")
        #expect(UnicodeNormalizer.nfc("Vie\u{0323}\u{0302}t") == "Việt")  // marks out of canonical order
    }

    @Test func fullyDecomposedTextComposes() {
        let decomposed = "Truye\u{0302}\u{0300}n tho\u{0302}ng"
        #expect(UnicodeNormalizer.nfc(decomposed) == "Truyền thông")
        #expect(UnicodeNormalizer.nfd("Truyền").unicodeScalars.count == 8)
    }

    @Test func fastPathAcceptsOnlyCertainlyNFCText() {
        func certain(_ text: String) -> Bool {
            var copy = text
            return copy.withUTF8 { UnicodeNormalizer.isCertainlyNFC($0) }
        }
        #expect(certain("Sở Thông tin và Truyền thông – 47,13% “ngoặc”"))
        #expect(!certain("Tho\u{0302}\u{0300}ng"))
        #expect(!certain("\u{2000}"))  // EN QUAD is a singleton: NFC maps it to U+2002
        #expect(!certain("\u{212B}"))  // ANGSTROM SIGN
    }

    /// The byte scan skips ASCII up to eight bytes at a time: its answer (where the proven-NFC
    /// prefix ends, and how many scalars it holds) must equal a scalar-by-scalar walk of the same
    /// ranges wherever the first non-ASCII or non-NFC scalar falls within or across a word.
    @Test func certainPrefixMatchesAScalarWalkAtEveryAlignment() {
        func reference(_ text: String) -> (end: Int, scalars: Int, hasCapitalEth: Bool) {
            var end = 0
            var scalars = 0
            var hasCapitalEth = false
            for scalar in text.unicodeScalars {
                let value = scalar.value
                guard value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2010...0x20CF).contains(value) else { break }
                end += scalar.utf8.count
                scalars += 1
                hasCapitalEth = hasCapitalEth || value == 0xD0
            }
            return (end, scalars, hasCapitalEth)
        }
        for insert in ["ệ", "đ", "\u{0300}", "–", "\u{2000}", "😀", "é", "Ð", "Ð\u{0300}"] {
            for before in 0..<20 {
                for after in [0, 1, 7, 8, 9, 17] {
                    let text = String(repeating: "a", count: before) + insert + String(repeating: "Hà Nội ", count: after)
                    var copy = text
                    let scanned = copy.withUTF8 { UnicodeNormalizer.certainlyNFCPrefix($0) }
                    let expected = reference(text)
                    #expect(scanned == expected, "\(text.debugDescription)")
                }
            }
        }
    }

    @Test(.enabled(if: SharedData.isAvailable, "../shared/seeds is absent (set VIETNLP_SHARED)"))
    func seedsAreByteIdenticalAndDecomposedCopiesComeBack() throws {
        let seeds = SharedData.seeds()
        #expect(seeds.count == 5)
        let normalizer = TextNormalizer()
        for seed in seeds {
            #expect(Array(normalizer.normalize(seed).utf8) == Array(seed.utf8))
            let decomposed = UnicodeNormalizer.nfd(seed)
            #expect(decomposed.utf8.count > seed.utf8.count)
            #expect(Array(normalizer.normalize(decomposed).utf8) == Array(seed.utf8))
            // Mixed: every other line decomposed.
            let mixed = seed.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .map { $0.offset % 2 == 0 ? UnicodeNormalizer.nfd(String($0.element)) : String($0.element) }
                .joined(separator: "\n")
            #expect(Array(normalizer.normalize(mixed).utf8) == Array(seed.utf8))
        }
    }

    @Test func offsetsMapBackThroughComposition() {
        let original = "Vie\u{0323}\u{0302}t Nam a\u{0301}"
        let normalized = TextNormalizer().normalizeWithOffsets(original)
        #expect(normalized.text == "Việt Nam á")
        #expect(!normalized.isOffsetPreserving)
        // "Nam" is scalars 5..<8 in the result and 7..<10 in the original.
        #expect(normalized.originalScalarRange(5..<8) == 7..<10)
        // "Việt" covers the two combining marks.
        #expect(normalized.originalScalarRange(0..<4) == 0..<6)
        #expect(normalized.originalScalarRange(9..<10) == 11..<13)
        let plain = TextNormalizer().normalizeWithOffsets("Hà Nội")
        #expect(plain.isOffsetPreserving)
        #expect(plain.originalScalarRange(3..<6) == 3..<6)
    }

    /// The one-pass scan (NFC certainty and scalar count) and the byte-level composition agree with
    /// ICU and with the scalar view on text that mixes ASCII runs longer than the eight-byte skip,
    /// Vietnamese letters, decomposed marks at every position, lone marks and other scripts.
    @Test(arguments: [
        "", "a", "abcdefgh", "abcdefghi Việt Nam", "Vie\u{0323}\u{0302}t", "\u{0301}đầu dòng", "cuối dòng a\u{0301}",
        "Thông tin – truyền thông… 47,13% “trích dẫn”", "e\u{0302}\u{0301} e\u{0301}\u{0302} \u{0308}\u{0301}",
        "ASCII only, long enough to skip by eight: 0123456789", "日本語 tiếng Việt ภาษาไทย 😀 u\u{031B}\u{0300}",
        "Kho\u{0309}e ma\u{0323}nh \u{1EA1}\u{0302}",
    ])
    func offsetsAgreeWithICU(original: String) {
        let normalized = TextNormalizer().normalizeWithOffsets(original)
        #expect(normalized.text == UnicodeNormalizer.nfc(original))
        #expect(normalized.originalScalarCount == original.unicodeScalars.count)
        #expect(normalized.originalScalarRange(0..<normalized.text.unicodeScalars.count) == 0..<original.unicodeScalars.count)
        #expect(normalized.isOffsetPreserving == (normalized.text.unicodeScalars.count == original.unicodeScalars.count))
    }

    /// "Ð" (U+00D0) typed for "Đ" becomes "Đ", a scalar for a scalar, wherever it falls against
    /// the eight-byte search's words; the lower-case eth of IPA and Icelandic stays.
    @Test func capitalEthBecomesCapitalD() {
        let normalizer = TextNormalizer()
        #expect(normalizer.normalize("Ðơn vị bầu cử: Ông Nguyễn Ðắc Vinh") == "Đơn vị bầu cử: Ông Nguyễn Đắc Vinh")
        #expect(normalizer.normalize("[ˈbɨ̞ðɨ̞ɡ] Sigurðardóttir") == UnicodeNormalizer.nfc("[ˈbɨ̞ðɨ̞ɡ] Sigurðardóttir"))
        for padding in 0..<18 {
            let prefix = String(repeating: "a", count: padding)
            let original = prefix + "Ðức–Ð Đ ÐÐ" + prefix + "Ð"
            let normalized = normalizer.normalizeWithOffsets(original)
            #expect(normalized.text == prefix + "Đức–Đ Đ ĐĐ" + prefix + "Đ")
            #expect(normalized.isOffsetPreserving)
            #expect(normalized.originalScalarCount == original.unicodeScalars.count)
        }
        // After a scalar the byte scan leaves to ICU (the rest of the line is counted apart).
        #expect(normalizer.normalizeWithOffsets("日本 Ðức").text == "日本 Đức")
        // With composition: the eth is replaced in the composed text, offsets map back as before.
        let mixed = normalizer.normalizeWithOffsets("Ðo\u{0302}\u{0300}ng Ðức")
        #expect(mixed.text == "Đồng Đức")
        #expect(mixed.originalScalarRange(5..<8) == 7..<10)
    }

    @Test func caseMapping() {
        #expect(VietCase.uppercased("đường hồ chí minh") == "ĐƯỜNG HỒ CHÍ MINH")
        #expect(VietCase.lowercased("ĐẮK LẮK, QUẢNG NGÃI") == "đắk lắk, quảng ngãi")
        #expect(VietCase.capitalized("thành phố hồ chí minh") == "Thành Phố Hồ Chí Minh")
        #expect(VietCase.uppercased("tho\u{0302}\u{0300}ng") == "THO\u{0302}\u{0300}NG")
        #expect(VietCase.isCapitalized("Đà"))
        #expect(!VietCase.isCapitalized("đà"))
    }
}
