/// Text with its diacritics folded away, and the way back to the original offsets.
///
/// ```swift
/// let folded = DiacriticFolder(lowercase: true).foldWithOffsets("Đà Nẵng")
/// folded.text                                  // "da nang"
/// folded.originalScalarRange(3..<7)            // 3..<7  ("Nẵng")
/// ```
public struct FoldedText: Sendable, Hashable {
    /// The folded text.
    public let text: String
    /// For each Unicode scalar of `text`, the offset of the original scalar it came from.
    public let originalScalarOffsets: [Int32]
    /// The number of scalars in the original text.
    public let originalScalarCount: Int

    /// Maps a scalar offset in the folded text to one in the original text
    /// (the end offset maps to the end of the original).
    public func originalScalarOffset(_ foldedOffset: Int) -> Int {
        foldedOffset < originalScalarOffsets.count ? Int(originalScalarOffsets[foldedOffset]) : originalScalarCount
    }

    /// Maps a half-open scalar range of the folded text to the original text; combining marks
    /// that were dropped after the last folded letter stay inside the range.
    public func originalScalarRange(_ folded: Range<Int>) -> Range<Int> {
        let start = originalScalarOffset(folded.lowerBound)
        let end = originalScalarOffset(folded.upperBound)
        return start..<max(start, end)
    }
}
