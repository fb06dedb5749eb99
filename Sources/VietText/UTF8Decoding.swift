/// Decoding of scalars from UTF-8 that is already known to be valid, shared by the byte loops of
/// every module in the package (inlinable, so it costs no call in their hot loops).
package enum UTF8Decoding {
    /// Decodes the scalar starting at `index`; returns its value and its length in bytes.
    @inlinable @inline(__always)
    package static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        if lead < 0xE0 {
            return ((UInt32(lead & 0x1F) << 6) | UInt32(bytes[index + 1] & 0x3F), 2)
        }
        if lead < 0xF0 {
            return (
                (UInt32(lead & 0x0F) << 12) | (UInt32(bytes[index + 1] & 0x3F) << 6)
                    | UInt32(bytes[index + 2] & 0x3F), 3
            )
        }
        return (
            (UInt32(lead & 0x07) << 18) | (UInt32(bytes[index + 1] & 0x3F) << 12)
                | (UInt32(bytes[index + 2] & 0x3F) << 6) | UInt32(bytes[index + 3] & 0x3F), 4
        )
    }

    /// How many of the eight bytes at `offset` are ASCII before the first one that is not (8 when
    /// all are): byte loops skip ASCII with it a word at a time, including the run before a
    /// non-ASCII letter, which in Vietnamese comes every few bytes.
    @inlinable @inline(__always)
    package static func leadingASCIICount(_ base: UnsafeRawPointer, at offset: Int) -> Int {
        let high = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080
        return high == 0 ? 8 : high.littleEndian.trailingZeroBitCount >> 3
    }
}
