import CICUShim

/// The first stage of the pipeline: NFC, then (optionally) one tone-placement style. A Latin capital
/// eth "Ð" (U+00D0), which Vietnamese text carries in place of "Đ" (U+0110) where it was typed with
/// the look-alike or decoded from Windows-1258 as Windows-1252 ("Ðơn vị bầu cử", "Nguyễn Ðắc Vinh"),
/// becomes "Đ", so that its words are Vietnamese syllables and lexicon words; a scalar for a scalar,
/// so offsets are unchanged. (The lower-case eth "ð" stays: it is IPA's and Icelandic's far more
/// often than a misplaced "đ".)
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
        normalizeWithOffsets(text).text
    }

    /// Like `normalize(_:)`, and keeps the way back from scalar offsets in the result to
    /// scalar offsets in `text`.
    ///
    /// - Complexity: O(n). Text that is NFC already (the byte scan or ICU's quick check proves it)
    ///   gets an identity map without any copy.
    public func normalizeWithOffsets(_ text: String) -> NormalizedText {
        var copy = text
        let (isCertainlyNFC, scalarCount, hasCapitalEth) = copy.withUTF8 { Self.scan($0) }
        var composed = text
        var changes: [NormalizedText.Change] = []
        if !isCertainlyNFC, !Self.passesICUQuickCheck(text) {
            (composed, changes) = Self.composeTrackingChanges(text)
        }
        // NFC neither makes nor takes an "Ð", and replacing it keeps the scalars' count and order.
        if hasCapitalEth { composed = Self.replacingCapitalEth(composed) }
        if let toneStyle { composed = TonePlacement.convert(composed, to: toneStyle) }
        return NormalizedText(text: composed, changes: changes, originalScalarCount: scalarCount)
    }

    /// `text` with every "Ð" (U+00D0, UTF-8 C3 90) written "Đ" (U+0110, C4 90).
    static func replacingCapitalEth(_ text: String) -> String {
        var output = Array(text.utf8)
        for index in output.indices.dropLast() where output[index] == 0xC3 && output[index + 1] == 0x90 {
            output[index] = 0xC4
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// ``UnicodeNormalizer/isCertainlyNFC(_:)`` and the number of scalars in one pass over valid
    /// UTF-8 (every byte that is not a continuation byte starts a scalar): both are needed for every
    /// line, and the line is read once instead of twice.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> (isCertainlyNFC: Bool, scalarCount: Int, hasCapitalEth: Bool) {
        let prefix = UnicodeNormalizer.certainlyNFCPrefix(bytes)
        if prefix.end == bytes.count { return (true, prefix.scalars, prefix.hasCapitalEth) }
        let rest = scalarsAndCapitalEth(bytes, from: prefix.end)
        return (false, prefix.scalars + rest.scalars, prefix.hasCapitalEth || rest.hasCapitalEth)
    }

    /// The number of scalars in `bytes[from...]`, and whether a "Ð" (C3 90) is among them.
    private static func scalarsAndCapitalEth(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (scalars: Int, hasCapitalEth: Bool) {
        var count = 0
        var hasCapitalEth = false
        for index in start..<bytes.count where bytes[index] & 0xC0 != 0x80 {
            count += 1
            hasCapitalEth = hasCapitalEth || bytes[index] == 0xC3 && index + 1 < bytes.count && bytes[index + 1] == 0x90
        }
        return (count, hasCapitalEth)
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
    /// recording every chunk whose scalar count changed. Works on the UTF-8 bytes: single-scalar
    /// chunks below U+0300 (nearly all of them) are copied as they are, and only chunks with
    /// combining marks go through ICU.
    private static func composeTrackingChanges(_ text: String) -> (String, [NormalizedText.Change]) {
        var text = text
        return text.withUTF8 { bytes in
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            var changes: [NormalizedText.Change] = []
            var resultCount = 0
            var chunkStart = 0  // byte offset
            var chunkScalarStart = 0
            var chunkScalars = 0
            var chunkNeedsComposing = false
            var originalIndex = 0

            func flush(upTo end: Int) {
                guard chunkScalars > 0 else { return }
                let chunk = UnsafeBufferPointer(rebasing: bytes[chunkStart..<end])
                guard chunkNeedsComposing else {
                    output.append(contentsOf: chunk)
                    resultCount += chunkScalars
                    return
                }
                let composed = UnicodeNormalizer.nfc(String(decoding: chunk, as: UTF8.self))
                var composedCount = 0
                for byte in composed.utf8 {
                    output.append(byte)
                    if byte & 0xC0 != 0x80 { composedCount += 1 }
                }
                if composedCount != chunkScalars {
                    changes.append(
                        .init(
                            normalized: resultCount..<(resultCount + composedCount),
                            original: chunkScalarStart..<(chunkScalarStart + chunkScalars)))
                }
                resultCount += composedCount
            }

            var index = 0
            while index < bytes.count {
                let (scalar, length) = UTF8Decoding.decode(bytes, at: index)
                if scalar >= 0x300, vn_normalize_has_boundary_before(UnicodeNormalizer.Form.nfc.rawValue, scalar) == 0 {
                    chunkNeedsComposing = true
                } else {
                    flush(upTo: index)
                    chunkStart = index
                    chunkScalarStart = originalIndex
                    chunkScalars = 0
                    chunkNeedsComposing = scalar >= 0x300
                }
                chunkScalars += 1
                originalIndex += 1
                index += length
            }
            flush(upTo: bytes.count)
            return (String(decoding: output, as: UTF8.self), changes)
        }
    }
}
