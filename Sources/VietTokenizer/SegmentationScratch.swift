/// The segmenter's working room for lines too long for the stack, kept by a caller between lines
/// (``Segmenter/segment(_:reusing:scratch:)``): such a line then costs no allocation and free of
/// its dynamic programme's cells and of its words before they are appended to the result.
package struct SegmentationScratch {
    /// Cells of the dynamic programme; only grown, every one written before it is read.
    var cells: [SegmentationCell] = []
    /// Room for a line's words; only grown, every one written before it is read.
    var words: [Word] = []

    /// Empty room, grown by the first long line.
    package init() {}

    /// Calls `body` with room for `tokens + 1` cells and `tokens` words (both trivial types: a
    /// slot already holding one is simply overwritten).
    mutating func withRoom<Result>(
        tokens: Int,
        _ body: (UnsafeMutableBufferPointer<SegmentationCell>, UnsafeMutableBufferPointer<Word>) -> Result
    ) -> Result {
        if cells.count <= tokens {
            cells = Array(repeating: SegmentationCell(syllable: 0, shape: 0, back: 0, best: 0), count: tokens + 1)
            words = Array(repeating: Word(tokenRange: 0..<0, utf8Range: 0..<0, scalarRange: 0..<0), count: tokens)
        }
        return cells.withUnsafeMutableBufferPointer { cells in
            words.withUnsafeMutableBufferPointer { words in body(cells, words) }
        }
    }
}
