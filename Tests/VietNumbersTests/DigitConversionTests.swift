import BigInt
import Testing

@testable import VietNumbers

/// The word-by-word digit conversion (`BigInt(digitsInChunks:)`) against BigInt's own parser, at
/// every length around the one-, two- and many-word boundaries.
@Suite struct DigitConversionTests {
    @Test func chunkedDigitsEqualBigIntParsing() {
        var generator = SystemRandomNumberGenerator()
        for length in 1...120 {
            for _ in 0..<20 {
                let digits = (0..<length).map { _ in UInt8(ascii: "0") + UInt8.random(in: 0...9, using: &generator) }
                let text = String(decoding: digits, as: UTF8.self)
                let converted = BigInt(digitsInChunks: digits[...])
                #expect(converted == BigInt(text, radix: 10), "digits \(text)")
            }
        }
    }

    @Test func extremesOfEachWordCount() {
        for length in [18, 19, 20, 36, 37, 38, 39, 57, 58] {
            for digit in ["9", "0", "1"] {
                let text = String(repeating: digit, count: length)
                #expect(BigInt(digitsInChunks: Array(text.utf8)[...]) == BigInt(text, radix: 10), "digits \(text)")
            }
        }
    }
}
