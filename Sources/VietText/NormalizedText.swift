/// Normalised text and the way back to scalar offsets in the text it came from.
public struct NormalizedText: Sendable, Hashable {
    /// A stretch whose number of scalars changed under normalisation.
    struct Change: Sendable, Hashable {
        var normalized: Range<Int>
        var original: Range<Int>
    }

    /// The normalised text.
    public let text: String
    let changes: [Change]
    /// Number of Unicode scalars in the original text.
    public let originalScalarCount: Int

    /// Whether scalar offsets are the same in both texts (true for text that was NFC already).
    public var isOffsetPreserving: Bool { changes.isEmpty }

    /// Maps a scalar offset in `text` to the original: a boundary inside a changed stretch
    /// maps to the stretch's start (`roundUp == false`) or end (`roundUp == true`).
    public func originalScalarOffset(_ offset: Int, roundUp: Bool = false) -> Int {
        guard !changes.isEmpty else { return offset }
        // The last change that starts at or before `offset`.
        var low = 0
        var high = changes.count
        while low < high {
            let mid = (low + high) / 2
            if changes[mid].normalized.lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        guard low > 0 else { return offset }
        let change = changes[low - 1]
        if offset >= change.normalized.upperBound {
            return offset - change.normalized.upperBound + change.original.upperBound
        }
        if offset == change.normalized.lowerBound { return change.original.lowerBound }
        return roundUp ? change.original.upperBound : change.original.lowerBound
    }

    /// Maps a half-open range of scalars in `text` to the smallest original range covering it.
    public func originalScalarRange(_ range: Range<Int>) -> Range<Int> {
        let start = originalScalarOffset(range.lowerBound)
        return start..<max(start, originalScalarOffset(range.upperBound, roundUp: true))
    }
}
