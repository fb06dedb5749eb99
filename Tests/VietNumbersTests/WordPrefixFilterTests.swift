import Testing
import VietTokenizer

@testable import VietNumbers

/// The scanner's word prefilter must never reject a word the exact table knows: its word-wide
/// letter count must agree with the byte-by-byte one, and every inserted word must pass whatever
/// follows it.
@Suite struct WordPrefixFilterTests {
    /// The letter rule of ``ScanFilter/wordHash(_:_:)``, one byte at a time.
    static func leadingLetters(_ bytes: [UInt8]) -> Int {
        bytes.prefix(while: ScanFilter.isLetter).count
    }

    @Test func letterCountAgreesWithTheByteLoop() {
        // Every byte value in every position, against neighbours that are letters and not.
        let fillers: [UInt8] = [0x61, 0x5A, 0x80, 0xC3, 0x20, 0x00, 0xC2, 0xE2, 0x7B, 0x40]
        for filler in fillers {
            for position in 0..<8 {
                for byte in 0...255 {
                    var bytes = [UInt8](repeating: filler, count: 8)
                    bytes[position] = UInt8(byte)
                    var word: UInt64 = 0
                    for (index, value) in bytes.enumerated() { word |= UInt64(value) << (8 * UInt64(index)) }
                    #expect(WordPrefixFilter.leadingLetterCount(word) == Self.leadingLetters(bytes), "\(bytes)")
                }
            }
        }
    }

    @Test(arguments: ["năm", "ba", "NGÀY", "Tháng", "nghìn", "nhiệmkỳ", "khoảngchừng", "x"])
    func insertedWordsPassWhateverFollows(_ word: String) {
        var filter = WordPrefixFilter()
        filter.insert(word)
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
        var filter = WordPrefixFilter()
        for word in ScanFilter.needsNumber + ScanFilter.selfStarting { filter.insert(word) }
        let text = "người được các cơ quan tổ chức thực hiện quy định của pháp luật về việc này trường hợp        "
        let tokenized = Tokenizer().tokenize(text)
        var copy = text
        let passed = copy.withUTF8 { bytes in
            tokenized.tokens.filter { filter.mayContainPrefix(of: $0.utf8Range, bytes) }.count
        }
        #expect(passed <= 2)
    }
}
