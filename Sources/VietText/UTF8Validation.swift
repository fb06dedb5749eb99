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
    /// The standard library's decoding validates as it copies and replaces each ill-formed
    /// sequence with U+FFFD, a well-formed sequence that no replaced one can be: the text is valid
    /// exactly when the decoded bytes are the input's. Comparing them costs a fraction of a
    /// second validation pass (measured in the CLI's line reader: 8.7M instructions per MB for
    /// ``firstInvalidByteOffset(_:)``); that pass runs only to name the offset of a bad byte.
    ///
    /// Inlinable so that callers in other modules get it specialised for their byte collection
    /// (unspecialised, the generic `String(decoding:)` cost 4M instructions per MB in the CLI's
    /// line reader).
    @inlinable
    public static func decode<Bytes: Collection<UInt8>>(_ bytes: Bytes, baseOffset: Int = 0) throws(InvalidUTF8Error)
        -> String
    {
        var text = String(decoding: bytes, as: UTF8.self)
        let kept =
            bytes.withContiguousStorageIfAvailable { input in text.withUTF8 { sameBytes(input, $0) } }
            ?? text.utf8.elementsEqual(bytes)
        guard !kept else { return text }
        throw InvalidUTF8Error(byteOffset: baseOffset + (firstInvalidByteOffset(bytes) ?? firstDifference(bytes, text)))
    }

    /// Whether two buffers hold the same bytes, compared eight at a time (also the rule
    /// matcher's comparison of a token with the forms and literal keys it has interned).
    @inlinable
    package static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let x = UnsafeRawPointer(a.baseAddress), let y = UnsafeRawPointer(b.baseAddress) else { return true }
        var offset = 0
        while offset + 8 <= a.count {
            guard x.loadUnaligned(fromByteOffset: offset, as: UInt64.self) == y.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            else { return false }
            offset += 8
        }
        while offset < a.count {
            guard a[offset] == b[offset] else { return false }
            offset += 1
        }
        return true
    }

    /// Where the decoded text first differs from the input: the offset to report should the
    /// standard library ever reject bytes ``firstInvalidByteOffset(_:)`` accepts.
    @usableFromInline
    static func firstDifference<Bytes: Collection<UInt8>>(_ bytes: Bytes, _ text: String) -> Int {
        var offset = 0
        for (input, decoded) in zip(bytes, text.utf8) {
            if input != decoded { return offset }
            offset += 1
        }
        return offset
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
