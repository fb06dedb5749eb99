/// A cheap check that a letter run has the shape of a Vietnamese syllable: onset, one to three
/// vowels, an allowed coda. It is the ``TokenFlags/foreign`` test on the hot path, where parsing
/// every token with `Syllable` would cost more than the whole tokenizer; it accepts a few
/// impossible syllables (tone/vowel combinations) but rejects "Microsoft", "Google", "Internet".
enum SyllableShape {
    /// Whether `count` (≤ 7) ASCII base letters packed one per byte in `folded` (first letter in
    /// the lowest byte, e.g. "truyen") have a syllable's shape.
    static func hasShape(_ folded: UInt64, count: Int) -> Bool {
        guard count > 0, count <= 7 else { return false }
        @inline(__always) func letter(_ index: Int) -> UInt8 {
            index < count ? UInt8(truncatingIfNeeded: folded >> (8 * UInt64(index))) : 0
        }
        let first = letter(0)
        let second = letter(1)
        var onset = 1
        switch first {
        case UInt8(ascii: "n"):
            if second == UInt8(ascii: "g") {
                onset = letter(2) == UInt8(ascii: "h") ? 3 : 2
            } else if second == UInt8(ascii: "h") {
                onset = 2
            }
        case UInt8(ascii: "c"), UInt8(ascii: "k"), UInt8(ascii: "p"):
            if second == UInt8(ascii: "h") { onset = 2 }
        case UInt8(ascii: "t"):
            if second == UInt8(ascii: "h") || second == UInt8(ascii: "r") { onset = 2 }
        case UInt8(ascii: "g"):
            if second == UInt8(ascii: "h") || (second == UInt8(ascii: "i") && isVowel(letter(2))) { onset = 2 }
        case UInt8(ascii: "q"):
            guard second == UInt8(ascii: "u") else { return false }
            onset = 2
        case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "h"), UInt8(ascii: "l"), UInt8(ascii: "m"),
            UInt8(ascii: "r"), UInt8(ascii: "s"), UInt8(ascii: "v"), UInt8(ascii: "x"):
            break
        default:
            guard isVowel(first) else { return false }
            onset = 0
        }
        var index = onset
        while index < count, isVowel(letter(index)) { index += 1 }
        let vowels = index - onset
        guard vowels >= 1, vowels <= 3 else { return false }
        switch count - index {
        case 0: return true
        case 1:
            switch letter(index) {
            case UInt8(ascii: "c"), UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "t"):
                return true
            default: return false
            }
        case 2:
            let coda = letter(index)
            let next = letter(index + 1)
            return (coda == UInt8(ascii: "c") && next == UInt8(ascii: "h"))
                || (coda == UInt8(ascii: "n") && (next == UInt8(ascii: "g") || next == UInt8(ascii: "h")))
        default: return false
        }
    }

    @inline(__always)
    private static func isVowel(_ letter: UInt8) -> Bool {
        switch letter {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
            UInt8(ascii: "y"):
            true
        default: false
        }
    }
}
