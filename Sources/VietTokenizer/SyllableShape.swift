/// A cheap check that a letter run has the shape of a Vietnamese syllable: onset, one to three
/// vowels, an allowed coda. It is the ``TokenFlags/foreign`` test on the hot path, where parsing
/// every token with `Syllable` would cost more than the whole tokenizer; it accepts a few
/// impossible syllables (tone/vowel combinations) but rejects "Microsoft", "Google", "Internet".
enum SyllableShape {
    private static let onsets: [[UInt8]] = [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr",
        "b", "c", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ].map { Array($0.utf8) }

    /// Whether the letters of `bytes[start..<end]` (marks ignored) form a syllable shape.
    static func isPlausible(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var letters: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var index = start
        while index < end {
            let (scalar, length) =
                bytes[index] < 0x80 ? (UInt32(bytes[index]), 1) : CharacterTables.decode(bytes, at: index)
            index += length
            if CharacterTables.classOf(scalar) == .mark { continue }
            guard scalar < CharacterTables.limit, count < 8 else { return false }
            let base = CharacterTables.vietnameseBase[Int(scalar)]
            guard base != 0 else { return false }
            withUnsafeMutableBytes(of: &letters) { $0[count] = base }
            count += 1
        }
        guard count > 0, count <= 7 else { return false }
        return withUnsafeBytes(of: &letters) { raw in
            let word = UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count)
            return hasShape(word)
        }
    }

    static func hasShape(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        for onset in onsets where onset.count < word.count || onset.isEmpty {
            guard word.starts(with: onset) else { continue }
            if hasRhymeShape(UnsafeBufferPointer(rebasing: word[onset.count...])) { return true }
        }
        return false
    }

    private static func isVowel(_ letter: UInt8) -> Bool {
        switch letter {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
            UInt8(ascii: "y"):
            true
        default: false
        }
    }

    private static func hasRhymeShape(_ rhyme: UnsafeBufferPointer<UInt8>) -> Bool {
        var vowels = 0
        while vowels < rhyme.count, isVowel(rhyme[vowels]) { vowels += 1 }
        guard (1...3).contains(vowels) else { return false }
        let coda = UnsafeBufferPointer(rebasing: rhyme[vowels...])
        switch coda.count {
        case 0: return true
        case 1:
            switch coda[0] {
            case UInt8(ascii: "c"), UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "t"):
                return true
            default: return false
            }
        case 2:
            return (coda[0] == UInt8(ascii: "c") && coda[1] == UInt8(ascii: "h"))
                || (coda[0] == UInt8(ascii: "n") && (coda[1] == UInt8(ascii: "g") || coda[1] == UInt8(ascii: "h")))
        default: return false
        }
    }
}
