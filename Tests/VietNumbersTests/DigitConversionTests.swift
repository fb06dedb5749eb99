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

    /// ``ExactDecimal/description`` formats one- and two-word significands with the standard
    /// library and longer ones with BigInt: all three agree with BigInt's own text, signs and
    /// decimal points included.
    @Test func descriptionAtEveryWordCount() {
        var generator = SystemRandomNumberGenerator()
        for length in [1, 2, 18, 19, 20, 38, 39, 40, 60] {
            for _ in 0..<20 {
                let digits = "1" + String((1..<length).map { _ in Character(String(Int.random(in: 0...9, using: &generator))) })
                let significand = BigInt(digits, radix: 10)!
                for exponent in [0, 3, -2, -(length + 2)] {
                    for sign in [BigInt(1), BigInt(-1)] {
                        let value = ExactDecimal(significand: sign * significand, exponent: exponent)
                        #expect(ExactDecimal(value.description) == value, "\(digits)e\(exponent)")
                        let magnitude = value.significand.magnitude
                        #expect(value.description.hasSuffix(exponent < 0 ? "" : String(magnitude) + String(repeating: "0", count: value.exponent)))
                    }
                }
            }
        }
        #expect(ExactDecimal(significand: BigInt(UInt64.max), exponent: 0).description == "18446744073709551615")
        #expect(ExactDecimal(significand: BigInt("340282366920938463463374607431768211455", radix: 10)!, exponent: -1).description
            == "34028236692093846346337460743176821145.5")
        #expect(ExactDecimal(significand: -5, exponent: -1).description == "-0.5")
        // Where the decimal point goes: inside the digits, before them, or zeros after them.
        #expect(ExactDecimal("47.13")!.description == "47.13")
        #expect(ExactDecimal("0.0047")!.description == "0.0047")
        #expect(ExactDecimal("-0.0047")!.description == "-0.0047")
        #expect(ExactDecimal(significand: 7353, exponent: 8).description == "735300000000")
        #expect(ExactDecimal(significand: -1, exponent: 20).description == "-100000000000000000000")
        #expect(ExactDecimal(significand: BigInt(UInt64.max) * 1000 + 1, exponent: -45).description
            == "0.000000000000000000000018446744073709551615001")
        #expect(ExactDecimal(significand: 1, exponent: 10_000).description.utf8.count == 10_001)
        // Past two words: chunks of 19 digits, zero chunks and leading zeros inside chunks kept.
        let code = "201011000000000000000000000000000000123"
        #expect(ExactDecimal(significand: BigInt(code, radix: 10)!, exponent: 0).description == code)
        #expect(ExactDecimal(significand: BigInt(10).power(40) + 1, exponent: 0).description
            == "1" + String(repeating: "0", count: 39) + "1")
        #expect(ExactDecimal(significand: -(BigInt(10).power(57) + 7), exponent: -3).description
            == "-1" + String(repeating: "0", count: 54) + ".007")
    }
}

