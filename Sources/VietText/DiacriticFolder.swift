/// Removes Vietnamese (and other Latin) diacritics with a lookup table over UTF-8 bytes:
/// "Thông tin và Truyền thông" → "Thong tin va Truyen thong", "Đ/đ" → "D/d".
///
/// ICU's "NFD; [:Nonspacing Mark:] Remove; NFC" transliterator does the same job at about
/// a tenth of the speed and leaves đ unfolded; see `Benchmarks/` for the measured ratio.
///
/// ```swift
/// let folder = DiacriticFolder(lowercase: true)
/// folder.fold("Sở Thông tin và Truyền thông")   // "so thong tin va truyen thong"
/// ```
public struct DiacriticFolder: Sendable {
    /// Whether the output is also lower-cased.
    public var lowercase: Bool

    /// Creates a folder.
    /// - Parameter lowercase: also lower-case every letter.
    public init(lowercase: Bool = false) {
        self.lowercase = lowercase
    }

    /// Folds a string.
    ///
    /// - Complexity: O(n) over the UTF-8 bytes.
    public func fold(_ text: String) -> String {
        var copy = text
        return copy.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { output in
                fold(bytes, into: output, scalarMap: nil)
            }
        }
    }

    /// Folds a string and keeps, for every scalar of the result, the offset of the scalar of
    /// `text` it came from, so that spans found in folded text map back to the original.
    public func foldWithOffsets(_ text: String) -> FoldedText {
        var copy = text
        var map: [Int32] = []
        map.reserveCapacity(text.utf8.count)
        let folded = copy.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { output in
                fold(bytes, into: output, scalarMap: &map)
            }
        }
        return FoldedText(text: folded, originalScalarOffsets: map, originalScalarCount: text.unicodeScalars.count)
    }

    /// Folds UTF-8 bytes into `output`, which must hold at least `input.count` bytes
    /// (folding never lengthens text). Returns the number of bytes written.
    ///
    /// This is the hot-path entry point: no allocation, one table lookup per non-ASCII scalar.
    /// `input` must be valid UTF-8.
    public func fold(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Int {
        fold(input, into: output, scalarMap: nil)
    }

    private func fold(
        _ input: UnsafeBufferPointer<UInt8>,
        into output: UnsafeMutableBufferPointer<UInt8>,
        scalarMap: UnsafeMutablePointer<[Int32]>?
    ) -> Int {
        let table = FoldingTable.shared
        let lower = lowercase
        var read = 0
        var written = 0
        var scalarIndex: Int32 = 0
        let count = input.count
        while read < count {
            let byte = input[read]
            if byte < 0x80 {
                output[written] = lower ? FoldingTable.asciiLower(byte) : byte
                written += 1
                read += 1
                scalarMap?.pointee.append(scalarIndex)
                scalarIndex += 1
                continue
            }
            let (scalar, length) = UTF8Decoding.decode(input, at: read)
            let folded = table.fold(scalar)
            if folded == FoldingTable.drop {
                // A combining mark: it belongs to the letter already written.
            } else if folded != FoldingTable.keep {
                output[written] = lower ? FoldingTable.asciiLower(folded) : folded
                written += 1
                scalarMap?.pointee.append(scalarIndex)
            } else if lower, let lowered = FoldingTable.lowercaseOther(scalar), lowered.utf8.count <= length {
                for unit in lowered.utf8 {
                    output[written] = unit
                    written += 1
                }
                scalarMap?.pointee.append(scalarIndex)
            } else {
                for offset in 0..<length { output[written + offset] = input[read + offset] }
                written += length
                scalarMap?.pointee.append(scalarIndex)
            }
            read += length
            scalarIndex += 1
        }
        return written
    }
}
