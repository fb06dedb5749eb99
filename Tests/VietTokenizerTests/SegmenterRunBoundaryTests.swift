import Testing
import VietTokenizer

/// The segmenter's dynamic programme stops words and names at the end of a run of syllables by a
/// sentinel position rather than by testing each index, and writes words straight into the result
/// array: these cases pin words and names that end exactly at a run's end or a line's end, runs of
/// one syllable, unknown syllables, and a line long enough for the scratch space to leave the stack.
@Suite struct SegmenterRunBoundaryTests {
    let segmenter = Segmenter()

    @Test("words and names that end where the run ends", arguments: [
        ("Truyền thông", "Truyền_thông"),
        ("công nghệ thông tin", "công_nghệ_thông_tin"),
        ("gặp Nguyễn Tuấn Hà", "gặp Nguyễn_Tuấn_Hà"),
        ("gặp Nguyễn Tuấn Hà.", "gặp Nguyễn_Tuấn_Hà ."),
        ("Ủy ban nhân dân tỉnh Cao Bằng", "Ủy_ban_nhân_dân tỉnh Cao_Bằng"),
        ("UBND TP Hà Nội", "UBND TP Hà_Nội"),
        ("anh Hùng", "anh Hùng"),
        ("Nguyễn", "Nguyễn"),
        ("xyzzy truyền thông qwerty", "xyzzy truyền_thông qwerty"),
        ("ngày 7-3-2019 và 47,13% và 2021-2025", "ngày 7-3-2019 và 47,13% và 2021-2025"),
    ])
    func runEnds(_ input: String, _ expected: String) {
        #expect(segmenter.segment(input).vlsp == expected)
    }

    /// Thousands of tokens on one line: every sentence segments as it does alone, and the words
    /// tile the tokens in order.
    @Test func longLine() {
        let sentence = "Sở Thông tin và Truyền thông tỉnh Cao Bằng gặp Nguyễn Tuấn Hà."
        let alone = segmenter.segment(sentence).vlsp
        #expect(alone == "Sở Thông_tin và Truyền_thông tỉnh Cao_Bằng gặp Nguyễn_Tuấn_Hà .")
        let line = Array(repeating: sentence, count: 400).joined(separator: " ")
        let segmented = segmenter.segment(line)
        #expect(segmented.vlsp == Array(repeating: alone, count: 400).joined(separator: " "))
        var next = 0
        for word in segmented.words {
            #expect(word.tokenRange.lowerBound == next)
            #expect(!word.tokenRange.isEmpty)
            next = word.tokenRange.upperBound
        }
        #expect(next == segmented.tokenized.tokens.count)
    }

    @Test func emptyAndPunctuationOnly() {
        #expect(segmenter.segment("").words.isEmpty)
        #expect(segmenter.segment("... !").vlsp == "... !")
    }
}
