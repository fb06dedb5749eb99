import Testing
import VietTokenizer

@testable import VietNumbers

/// The scanner's word prefilter must never reject a word the exact table knows: its word-wide
/// letter mask must agree with the byte-by-byte one, and every inserted word must pass whatever
/// follows it.
@Suite struct WordPrefixFilterTests {
    /// The letter rule of ``ScanFilter/wordHash(_:_:)``, one byte at a time.
    static func leadingLetters(_ bytes: [UInt8]) -> Int {
        bytes.prefix(while: ScanFilter.isLetter).count
    }

    @Test func letterMaskAgreesWithTheByteLoop() {
        // Every byte value in every position, against neighbours that are letters and not.
        let fillers: [UInt8] = [0x61, 0x5A, 0x80, 0xC3, 0x20, 0x00, 0xC2, 0xE2, 0x7B, 0x40]
        for filler in fillers {
            for position in 0..<8 {
                for byte in 0...255 {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[position] = UInt8(byte)
                    var word: UInt64 = 0
                    for (index, value) in bytes.enumerated() { word |= UInt64(value) << (8 * UInt64(index)) }
                    let letters = UInt64(Self.leadingLetters(bytes))
                    let expected: UInt64 = letters == 8 ? ~0 : (1 << (8 * letters)) - 1
                    #expect(WordPrefixFilter.letterPrefixMask(word) == expected, "\(bytes)")
                }
            }
        }
    }

    @Test func letterMaskAgreesOnMixedWords() {
        // Every letter/non-letter pattern of eight bytes, drawn from bytes on both sides of each boundary.
        let samples: [UInt8] = [0x41, 0x5A, 0x61, 0x7A, 0x40, 0x5B, 0x60, 0x7B, 0x30, 0x20, 0x80, 0xBF, 0xC2, 0xC3, 0xE1, 0xE2, 0xE3]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in samples.randomElement(using: &generator)! }
            var word: UInt64 = 0
            for (index, value) in bytes.enumerated() { word |= UInt64(value) << (8 * UInt64(index)) }
            let letters = UInt64(Self.leadingLetters(bytes))
            let expected: UInt64 = letters == 8 ? ~0 : (1 << (8 * letters)) - 1
            #expect(WordPrefixFilter.letterPrefixMask(word) == expected, "\(bytes)")
        }
    }

    @Test(arguments: ["năm", "ba", "NGÀY", "Tháng", "nghìn", "nhiệmkỳ", "khoảngchừng", "x"])
    func insertedWordsPassWhateverFollows(_ word: String) {
        let filter = WordPrefixFilter([word])
        for suffix in ["", " ", ",", "5", "-a", "\u{00A0}", "\u{2026}", "          "] {
            let text = word + suffix + "             "
            let tokens = Tokenizer().tokenize(text).tokens
            var copy = text
            copy.withUTF8 { bytes in
                #expect(filter.mayContainPrefix(of: tokens[0].utf8Range, bytes), "\(text)")
                // The word as its own range, whatever the tokenizer made of it.
                #expect(filter.mayContainPrefix(of: 0..<word.utf8.count, bytes), "\(text)")
            }
        }
    }

    @Test func otherWordsAreMostlyRejected() {
        let filter = WordPrefixFilter(ScanFilter.needsNumber + ScanFilter.selfStarting)
        let text = "người được các cơ quan tổ chức thực hiện quy định của pháp luật về việc này trường hợp        "
        let tokenized = Tokenizer().tokenize(text)
        var copy = text
        let passed = copy.withUTF8 { bytes in
            tokenized.tokens.filter { filter.mayContainPrefix(of: $0.utf8Range, bytes) }.count
        }
        #expect(passed <= 2)
    }
}
