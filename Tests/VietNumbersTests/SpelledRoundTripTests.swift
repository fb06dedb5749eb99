import Testing

@testable import VietNumbers

/// Numbers spelled out by CLDR's Vietnamese rules (../shared/data/cldr-vi/rbnf-vi.xml, the
/// `spellout-cardinal` rule set, written out below) and by their regional variants must parse back
/// to the number: every number to 2 100, and numbers of every length to 18 digits.
@Suite struct SpelledRoundTripTests {
    /// CLDR's spell-out: "lẻ" before a lone unit after a hundred, a million or a billion; "không
    /// trăm" before fewer than a hundred after a thousand; "mốt", "tư", "lăm" after "mươi";
    /// "lăm" after "mười".
    static func spelled(_ number: UInt64) -> String {
        let digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]
        func afterHundred(_ rest: UInt64) -> String { rest < 10 ? "lẻ " + spelled(rest) : spelled(rest) }
        func scaled(_ scale: UInt64, _ word: String, _ after: (UInt64) -> String) -> String {
            let rest = number % scale
            return spelled(number / scale) + " " + word + (rest == 0 ? "" : " " + after(rest))
        }
        switch number {
        case 0..<10:
            return digits[Int(number)]
        case 10..<20:
            let unit = number % 10
            return "mười" + (unit == 0 ? "" : unit == 5 ? " lăm" : " " + digits[Int(unit)])
        case 20..<100:
            let unit = Int(number % 10)
            let after = [1: "mốt", 4: "tư", 5: "lăm"][unit] ?? digits[unit]
            return digits[Int(number / 10)] + " mươi" + (unit == 0 ? "" : " " + after)
        case 100..<1_000:
            return scaled(100, "trăm", afterHundred)
        case 1_000..<1_000_000:
            return scaled(1_000, "nghìn") { $0 < 100 ? "không trăm " + afterHundred($0) : spelled($0) }
        case 1_000_000..<1_000_000_000:
            return scaled(1_000_000, "triệu", afterHundred)
        default:
            return scaled(1_000_000_000, "tỷ", afterHundred)
        }
    }

    /// The regional and spelling variants of the same words.
    static let variants: [(name: String, rewrite: @Sendable (String) -> String)] = [
        ("CLDR", { $0 }),
        ("linh", { $0.replacingWord("lẻ", with: "linh") }),
        ("ngàn, tỉ", { $0.replacingWord("nghìn", with: "ngàn").replacingWord("tỷ", with: "tỉ") }),
        ("nhăm, bẩy", { $0.replacingWord("lăm", with: "nhăm").replacingWord("bảy", with: "bẩy") }),
        ("mươi bốn, lẻ tư", { $0.replacingPhrase("mươi tư", with: "mươi bốn").replacingPhrase("lẻ bốn", with: "lẻ tư") }),
    ]

    /// Every number to 2 100, then 40 numbers of each length from 4 to 18 digits, drawn by a fixed
    /// generator so that a failure reproduces.
    static let numbers: [UInt64] = {
        var generator = SplitMix64(seed: 20_261_125)
        var numbers = Array(UInt64(0)...2_100)
        var limit: UInt64 = 10_000
        for _ in 4...18 {
            numbers += (0..<40).map { _ in UInt64.random(in: limit / 10..<limit, using: &generator) }
            limit = limit < UInt64.max / 10 ? limit * 10 : limit
        }
        return numbers
    }()

    @Test func spelledNumbersParseBack() throws {
        let parser = NumberParser()
        var failures: [String] = []
        for number in Self.numbers {
            let cldr = Self.spelled(number)
            for variant in Self.variants {
                let text = variant.rewrite(cldr)
                if variant.name != "CLDR", text == cldr { continue }
                let found = parsed(text, parser)
                if found != "NUMBER value=\(number)" {
                    failures.append("\(text) (\(variant.name)) ⇒ \(found), not \(number)")
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures, the first: \(failures.prefix(10).joined(separator: "; "))")
    }

    /// The speller itself against CLDR's own examples, so that the test above cannot pass on a
    /// speller that drifted from the rules.
    @Test func spellerFollowsCLDR() {
        #expect(Self.spelled(21) == "hai mươi mốt")
        #expect(Self.spelled(105) == "một trăm lẻ năm")
        #expect(Self.spelled(1_005) == "một nghìn không trăm lẻ năm")
        #expect(Self.spelled(1_015) == "một nghìn không trăm mười lăm")
        #expect(Self.spelled(2_000_004) == "hai triệu lẻ bốn")
        #expect(Self.spelled(1_000_000_000_000) == "một nghìn tỷ")
        #expect(Self.spelled(721_012) == "bảy trăm hai mươi mốt nghìn không trăm mười hai")
    }
}

/// SplitMix64: a small generator with a fixed seed, so that the drawn numbers are the same on
/// every run and machine.
private struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }
}

extension String {
    /// The text with every whole word `word` replaced by `replacement`.
    fileprivate func replacingWord(_ word: String, with replacement: String) -> String {
        split(separator: " ").map { $0 == word ? replacement : String($0) }.joined(separator: " ")
    }

    /// The text with every occurrence of the words `phrase` replaced by `replacement`.
    fileprivate func replacingPhrase(_ phrase: String, with replacement: String) -> String {
        (" " + self + " ").replacing(" " + phrase + " ", with: " " + replacement + " ").dropFirst().dropLast().description
    }
}
