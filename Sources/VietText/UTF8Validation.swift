/// Strict UTF-8 validation that reports where the input went wrong.
///
/// ```swift
/// UTF8Validation.firstInvalidByteOffset([0x61, 0xC3, 0x28])   // 1
/// ```
public enum UTF8Validation {
    /// The offset of the first byte that does not begin a well-formed UTF-8 sequence, or nil
    /// when all of `bytes` is valid. Overlong forms, surrogates and values above U+10FFFF are invalid.
    ///
    /// - Complexity: O(n); ASCII runs are checked eight bytes at a time.
    public static func firstInvalidByteOffset<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Int? {
        if let result = bytes.withContiguousStorageIfAvailable({ firstInvalid($0) }) { return result }
        return Array(bytes).withUnsafeBufferPointer { firstInvalid($0) }
    }

    /// Decodes UTF-8 or throws `InvalidUTF8Error` naming the byte offset.
    ///
    /// Inlinable so that callers in other modules get it specialised for their byte collection
    /// (unspecialised, the generic `String(decoding:)` cost 4M instructions per MB in the CLI's
    /// line reader).
    @inlinable
    public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes, baseOffset: Int = 0) throws(InvalidUTF8Error)
        -> String
    {
        if let offset = firstInvalidByteOffset(bytes) {
            throw InvalidUTF8Error(byteOffset: baseOffset + offset)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func firstInvalid(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let n = b.count
        guard let base = UnsafeRawPointer(b.baseAddress) else { return nil }
        while i < n {
            if i + 8 <= n {
                let ascii = UTF8Decoding.leadingASCIICount(base, at: i)
                i += ascii
                if ascii == 8 { continue }
            }
            let lead = b[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            @inline(__always) func cont(_ k: Int) -> Bool { i + k < n && b[i + k] & 0xC0 == 0x80 }
            switch lead {
            case 0xC2...0xDF:
                guard cont(1) else { return i }
                i += 2
            case 0xE0...0xEF:
                guard cont(1), cont(2) else { return i }
                let second = b[i + 1]
                if lead == 0xE0 && second < 0xA0 { return i }  // overlong
                if lead == 0xED && second > 0x9F { return i }  // surrogate
                i += 3
            case 0xF0...0xF4:
                guard cont(1), cont(2), cont(3) else { return i }
                let second = b[i + 1]
                if lead == 0xF0 && second < 0x90 { return i }
                if lead == 0xF4 && second > 0x8F { return i }
                i += 4
            default:
                return i
            }
        }
        return nil
    }
}

/// Input that is not valid UTF-8, with the byte offset of the first bad byte.
public struct InvalidUTF8Error: Error, Sendable, Equatable, CustomStringConvertible {
    /// Offset of the first invalid byte from the start of the input.
    public let byteOffset: Int

    /// Creates the error for a byte offset.
    public init(byteOffset: Int) { self.byteOffset = byteOffset }

    public var description: String { "invalid UTF-8 at byte offset \(byteOffset)" }
}
