import Testing

@testable import VietTokenizer

/// The syllable-shape automaton against the rules it encodes, written out letter by letter as the
/// tokenizer used to check them (onset, one to three vowels, coda), on every letter sequence up to
/// four letters and on many longer ones.
@Suite struct SyllableShapeTests {
    /// The written-out rules: `letters` are lower-case ASCII base letters, or 0 for a letter
    /// outside the Vietnamese alphabet; f, j, w, z and 0 make any sequence foreign.
    static func referenceShape(_ letters: [UInt8]) -> Bool {
        let count = letters.count
        guard count > 0, count <= 7 else { return false }
        guard !letters.contains(where: { "fjwz\0".utf8.contains($0) }) else { return false }
        func letter(_ index: Int) -> UInt8 { index < count ? letters[index] : 0 }
        func isVowel(_ letter: UInt8) -> Bool { "aeiouy".utf8.contains(letter) }
        let first = letter(0)
        let second = letter(1)
        var onset = 1
        switch Character(Unicode.Scalar(first)) {
        case "n":
            if second == UInt8(ascii: "g") {
                onset = letter(2) == UInt8(ascii: "h") ? 3 : 2
            } else if second == UInt8(ascii: "h") {
                onset = 2
            }
        case "c", "k", "p":
            if second == UInt8(ascii: "h") { onset = 2 }
        case "t":
            if second == UInt8(ascii: "h") || second == UInt8(ascii: "r") { onset = 2 }
        case "g":
            if second == UInt8(ascii: "h") || (second == UInt8(ascii: "i") && isVowel(letter(2))) { onset = 2 }
        case "q":
            guard second == UInt8(ascii: "u") else { return false }
            onset = 2
        case "b", "d", "h", "l", "m", "r", "s", "v", "x":
            break
        default:
            guard isVowel(first) else { return false }
            onset = 0
        }
        var index = onset
        while index < count, isVowel(letter(index)) { index += 1 }
        let vowels = index - onset
        guard vowels >= 1, vowels <= 3 else { return false }
        let coda = String(decoding: letters[index...], as: UTF8.self)
        return ["", "c", "m", "n", "p", "t", "ch", "ng", "nh"].contains(coda)
    }

    /// The automaton run as the scanner runs it, one column per letter.
    static func automatonShape(_ letters: [UInt8]) -> Bool {
        let table = CharacterTables.pointers.shapes
        var state = SyllableShape.start
        for letter in letters { state = SyllableShape.next(state, column: SyllableShape.column(letter), in: table) }
        return letters.count <= 7 && SyllableShape.accepts(state)
    }

    static let alphabet: [UInt8] = Array("abcdefghijklmnopqrstuvwxyz".utf8) + [0]

    @Test func everySequenceUpToFourLetters() {
        var sequences: [[UInt8]] = [[]]
        var mismatches: [String] = []
        for _ in 1...4 {
            sequences = sequences.flatMap { prefix in Self.alphabet.map { prefix + [$0] } }
            for letters in sequences where Self.automatonShape(letters) != Self.referenceShape(letters) {
                mismatches.append(String(decoding: letters.map { $0 == 0 ? UInt8(ascii: "?") : $0 }, as: UTF8.self))
            }
        }
        #expect(Array(mismatches.prefix(20)).isEmpty, "\(mismatches.count) mismatches")
    }

    @Test func longerSequences() {
        // Syllable-like sequences (consonant clusters, vowel runs, codas) up to nine letters, so that
        // both answers come up often; a fixed linear congruential generator keeps the test repeatable.
        let pieces = ["ngh", "ng", "nh", "gi", "qu", "ch", "tr", "th", "ph", "kh", "gh", "a", "e", "i", "o", "u", "y",
            "oa", "uye", "uo", "ie", "c", "m", "n", "p", "t", "b", "d", "g", "h", "l", "r", "s", "v", "x", "k", "q",
            "f", "w", "z"]
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        var accepted = 0
        var mismatches: [String] = []
        for _ in 0..<200_000 {
            var letters: [UInt8] = []
            let parts = 1 + Int(state >> 60) % 4
            for _ in 0..<parts {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                letters += Array(pieces[Int(state >> 33) % pieces.count].utf8)
            }
            guard letters.count <= 9 else { continue }
            let expected = Self.referenceShape(letters)
            if expected { accepted += 1 }
            if Self.automatonShape(letters) != expected { mismatches.append(String(decoding: letters, as: UTF8.self)) }
        }
        #expect(Array(mismatches.prefix(20)).isEmpty, "\(mismatches.count) mismatches")
        #expect(accepted > 10_000)
    }

    @Test func wholeSequencesAndTokens() {
        #expect(Self.automatonShape(Array("truyen".utf8)))
        #expect(Self.automatonShape(Array("NGHIENG".lowercased().utf8)))
        #expect(!Self.automatonShape(Array("internet".utf8)))
        #expect(!Self.automatonShape(Array("google".utf8)))
        let tokens = Tokenizer().tokenize("Nghiêng Đường gìn giữ Microsoft Ñandú fax ña").tokens
        #expect(tokens.map { $0.flags.contains(.foreign) } == [false, false, false, false, true, true, true, true])
    }
}
