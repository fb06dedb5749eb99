import Testing

@testable import VietText

/// ``VietCase/isLowercaseVietnameseLetter(_:)`` stands in for the case table where compiled-lexicon
/// keys are built: every scalar it accepts must be its own lower case there, and it must accept
/// every lower-case letter of the alphabet.
@Suite struct LowercaseLetterTests {
    @Test func acceptsOnlyScalarsTheCaseTableKeeps() {
        var accepted = 0
        for value in UInt32(0x80)..<0x2070 where VietCase.isLowercaseVietnameseLetter(value) {
            #expect(VietCase.latinLower[Int(value)] == value, "U+\(String(value, radix: 16, uppercase: true))")
            accepted += 1
        }
        #expect(accepted == VietnameseAlphabet.diacriticLetters.count)  // ă â ê ô ơ ư đ and the 60 toned vowels
    }

    @Test func acceptsTheLowercaseAlphabet() {
        for scalar in VietnameseAlphabet.diacriticLetters { #expect(VietCase.isLowercaseVietnameseLetter(scalar.value), "\(scalar)") }
        for scalar in VietnameseAlphabet.diacriticLetters.map(VietnameseAlphabet.uppercase) {
            #expect(!VietCase.isLowercaseVietnameseLetter(scalar.value), "\(scalar)")
        }
    }
}
