import CICUShim

/// The first stage of the pipeline: NFC, then (optionally) one tone-placement style.
///
/// ```swift
/// let normalizer = TextNormalizer(toneStyle: .new)
/// normalizer.normalize("Văn hoa\u{0300}")          // "Văn hòa" (composed, new style)
/// let n = normalizer.normalizeWithOffsets("a\u{0301}b")
/// n.text                                           // "áb"
/// n.originalScalarRange(1..<2)                     // 2..<3
/// ```
public struct TextNormalizer: Sendable {
    /// The tone style to write, or nil to keep the writer's placement.
    public var toneStyle: ToneStyle?

    /// Creates a normaliser.
    /// - Parameter toneStyle: the tone style to convert to; nil keeps each word as written.
    public init(toneStyle: ToneStyle? = nil) {
        self.toneStyle = toneStyle
    }

    /// Returns `text` in NFC with tone marks placed in `toneStyle`.
    ///
    /// - Complexity: O(n). Text that is NFC already (the byte scan proves it) is not copied.
    public func normalize(_ text: String) -> String {
        let composed = UnicodeNormalizer.nfc(text)
        guard let toneStyle else { return composed }
        return TonePlacement.convert(composed, to: toneStyle)
    }

    /// Like `normalize(_:)`, and keeps the way back from scalar offsets in the result to
    /// scalar offsets in `text`.
    public func normalizeWithOffsets(_ text: String) -> NormalizedText {
        var copy = text
        let isNFC = copy.withUTF8 { UnicodeNormalizer.isCertainlyNFC($0) }
        var composed = text
        var changes: [NormalizedText.Change] = []
        if !isNFC {
            (composed, changes) = Self.composeTrackingChanges(text)
        }
        if let toneStyle { composed = TonePlacement.convert(composed, to: toneStyle) }
        return NormalizedText(text: composed, changes: changes, originalScalarCount: text.unicodeScalars.count)
    }

    /// NFC applied chunk by chunk (a chunk runs from one normalisation boundary to the next),
    /// recording every chunk whose scalar count changed.
    private static func composeTrackingChanges(_ text: String) -> (String, [NormalizedText.Change]) {
        var result = String.UnicodeScalarView()
        var changes: [NormalizedText.Change] = []
        var chunk = String.UnicodeScalarView()
        var chunkStart = 0
        var originalIndex = 0

        func flush() {
            guard !chunk.isEmpty else { return }
            let composed = UnicodeNormalizer.nfc(String(chunk)).unicodeScalars
            let normalizedStart = result.count
            result.append(contentsOf: composed)
            if composed.count != chunk.count {
                changes.append(
                    .init(
                        normalized: normalizedStart..<(normalizedStart + composed.count),
                        original: chunkStart..<(chunkStart + chunk.count)))
            }
            chunk.removeAll(keepingCapacity: true)
        }

        for scalar in text.unicodeScalars {
            if scalar.value >= 0x300, vn_normalize_has_boundary_before(0, scalar.value) == 0 {
                chunk.append(scalar)
            } else {
                flush()
                chunkStart = originalIndex
                chunk.append(scalar)
            }
            originalIndex += 1
        }
        flush()
        return (String(result), changes)
    }
}
