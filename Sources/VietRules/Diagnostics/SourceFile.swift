#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The text of one rule or lexicon file, with a line index for positions and carets.
///
/// ```swift
/// let file = SourceFile(path: "money.rules", text: "phase quantities\nrule a\n")
/// file.location(ofByte: 18)   // line 2, column 2
/// ```
public struct SourceFile: Sendable, Hashable {
    /// The path as given to the loader (used in messages).
    public let path: String
    /// The file's text.
    public let text: String
    /// UTF-8 offset of the first byte of every line.
    let lineStarts: [Int]

    /// Creates a source file from its text.
    public init(path: String, text: String) {
        self.path = path
        self.text = text
        // Over the bytes in place, by `memchr`: iterating `text.utf8` cost some thirty
        // instructions a byte, a twentieth of loading the shipped rules.
        var text = text
        lineStarts = text.withUTF8 { bytes in
            var starts = [0]
            guard let base = bytes.baseAddress else { return starts }
            var index = 0
            while index < bytes.count, let newline = memchr(base + index, 0x0A, bytes.count - index) {
                index = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
                starts.append(index)
            }
            return starts
        }
    }

    /// The 1-based line and column (in Unicode scalars) of a UTF-8 offset.
    ///
    /// - Complexity: O(log lines + line length).
    public func location(ofByte offset: Int) -> SourceLocation {
        let clamped = max(0, min(offset, text.utf8.count))
        var low = 0
        var high = lineStarts.count
        while low + 1 < high {
            let mid = (low + high) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid }
        }
        let lineStart = lineStarts[low]
        // The scalars before the offset are the bytes that begin one (a cut scalar counts as one,
        // as its repair would); counted in place, without copying the line into a new string.
        var text = text
        let column =
            text.withUTF8 { bytes in
                var scalars = 0
                for index in lineStart..<clamped where bytes[index] & 0xC0 != 0x80 { scalars += 1 }
                return scalars
            } + 1
        return SourceLocation(path: path, line: low + 1, column: column, byteOffset: clamped)
    }

    /// The text of a 1-based line without its terminator, or "" past the end.
    public func line(_ number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        let start = lineStarts[number - 1]
        let end = number < lineStarts.count ? lineStarts[number] : text.utf8.count
        let utf8 = text.utf8
        let slice = utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]
        var line = String(decoding: slice, as: UTF8.self)
        while line.hasSuffix("\n") || line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}

/// A position in a source file: 1-based line and column (columns count Unicode scalars).
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    /// The file path as given to the loader.
    public let path: String
    /// 1-based line.
    public let line: Int
    /// 1-based column in Unicode scalars.
    public let column: Int
    /// UTF-8 offset in the file.
    public let byteOffset: Int

    public var description: String { "\(path):\(line):\(column)" }
}
