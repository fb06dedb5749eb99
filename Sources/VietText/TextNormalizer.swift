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
    ///
    /// - Complexity: O(n). Text that is NFC already (the byte scan or ICU's quick check proves it)
    ///   gets an identity map without any copy.
    public func normalizeWithOffsets(_ text: String) -> NormalizedText {
        var copy = text
        let (isCertainlyNFC, scalarCount) = copy.withUTF8 { bytes in
            (UnicodeNormalizer.isCertainlyNFC(bytes), Self.scalarCount(bytes))
        }
        var composed = text
        var changes: [NormalizedText.Change] = []
        if !isCertainlyNFC, !Self.passesICUQuickCheck(text) {
            (composed, changes) = Self.composeTrackingChanges(text)
        }
        if let toneStyle { composed = TonePlacement.convert(composed, to: toneStyle) }
        return NormalizedText(text: composed, changes: changes, originalScalarCount: scalarCount)
    }

    /// The number of scalars in valid UTF-8: every byte that is not a continuation byte starts one.
    private static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        return count
    }

    /// ICU's NFC quick check: lines with symbols outside the byte scan's ranges are nearly always
    /// NFC already, and this settles them without composing anything.
    private static func passesICUQuickCheck(_ text: String) -> Bool {
        let units = ICU.utf16(text)
        var status: Int32 = 0
        let result = units.withUnsafeBufferPointer {
            vn_normalize_quick_check(UnicodeNormalizer.Form.nfc.rawValue, $0.baseAddress, Int32($0.count), &status)
        }
        return !ICU.failed(status) && result == 1
    }

    /// NFC applied chunk by chunk (a chunk runs from one normalisation boundary to the next),
    /// recording every chunk whose scalar count changed.
    private static func composeTrackingChanges(_ text: String) -> (String, [NormalizedText.Change]) {
        var result = String.UnicodeScalarView()
        var resultCount = 0  // counted here: UnicodeScalarView.count is O(n)
        var changes: [NormalizedText.Change] = []
        var chunk: [Unicode.Scalar] = []
        var chunkStart = 0
        var originalIndex = 0

        func flush() {
            guard !chunk.isEmpty else { return }
            var composed = chunk
            if chunk.count > 1 || chunk[0].value >= 0x300 {
                var view = String.UnicodeScalarView()
                view.append(contentsOf: chunk)
                composed = Array(UnicodeNormalizer.nfc(String(view)).unicodeScalars)
            }
            result.append(contentsOf: composed)
            if composed.count != chunk.count {
                changes.append(
                    .init(
                        normalized: resultCount..<(resultCount + composed.count),
                        original: chunkStart..<(chunkStart + chunk.count)))
            }
            resultCount += composed.count
            chunk.removeAll(keepingCapacity: true)
        }

        for scalar in text.unicodeScalars {
            if scalar.value >= 0x300, vn_normalize_has_boundary_before(UnicodeNormalizer.Form.nfc.rawValue, scalar.value) == 0 {
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
