/// An integer's decimal digits written into raw bytes: the one digit loop of the JSON-lines writer's
/// integers and ``PartialDate``'s ISO text (VietNumbers), both of which write into buffers they sized.
///
/// `@usableFromInline`: without it the optimiser of another module does not inline a static member
/// of a `package` type, `@inlinable` and `@inline(__always)` as it is, and each integer cost a call
/// (Swift 6.3; 0.36% of the warm extraction pass on the legal sample, 0.81% on the wiki one).
@usableFromInline package enum DecimalDigits {
    /// Writes `value` at `buffer[count...]`: "-" first when it is negative, then its digits,
    /// zero-padded to at least `width`; advances `count` past them. The buffer must have room
    /// (at most 20 bytes and the padding).
    @inlinable @inline(__always)
    package static func write(_ value: Int, width: Int, into buffer: UnsafeMutableBufferPointer<UInt8>, count: inout Int) {
        if value < 0 {
            buffer[count] = UInt8(ascii: "-")
            count += 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        for _ in digits..<Swift.max(digits, width) {
            buffer[count] = UInt8(ascii: "0")
            count += 1
        }
        count += digits
        var index = count
        repeat {
            index -= 1
            buffer[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }
}
