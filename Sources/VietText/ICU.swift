import CICUShim

/// Thin, allocation-conscious wrappers over the C shim, shared by the VietText types.
///
/// ICU works on UTF-16; every call converts once on the way in and once on the way out.
package enum ICU {
    /// Whether an ICU status code is a failure.
    @inline(__always)
    package static func failed(_ status: Int32) -> Bool { status > 0 }

    /// Converts UTF-8 to UTF-16 code units.
    package static func utf16(_ utf8: UnsafeBufferPointer<UInt8>) -> [UInt16] {
        guard utf8.count > 0 else { return [] }
        var status: Int32 = 0
        // UTF-16 never needs more code units than UTF-8 has bytes.
        var units = [UInt16](repeating: 0, count: utf8.count + 1)
        let length = units.withUnsafeMutableBufferPointer { dst in
            vn_utf8_to_utf16(utf8.baseAddress, Int32(utf8.count), dst.baseAddress, Int32(dst.count), &status)
        }
        units.removeSubrange(Int(max(0, length))...)
        return failed(status) ? Array(String(decoding: utf8, as: UTF8.self).utf16) : units
    }

    /// Converts a Swift string to UTF-16 code units.
    package static func utf16(_ string: String) -> [UInt16] {
        var copy = string
        return copy.withUTF8 { utf16($0) }
    }

    /// Builds a Swift string from UTF-16 code units.
    package static func string(_ units: UnsafeBufferPointer<UInt16>) -> String {
        String(decoding: units, as: UTF16.self)
    }

    /// Runs an ICU "preflight" style function: call once with a guess, again with the exact size.
    package static func growing(
        initialCapacity: Int,
        _ body: (UnsafeMutablePointer<UInt16>, Int32, inout Int32) -> Int32
    ) -> [UInt16]? {
        var capacity = max(initialCapacity, 16)
        for _ in 0..<2 {
            var status: Int32 = 0
            var output = [UInt16](repeating: 0, count: capacity)
            let length = output.withUnsafeMutableBufferPointer { body($0.baseAddress!, Int32(capacity), &status) }
            if status == 15 /* U_BUFFER_OVERFLOW_ERROR */ {
                capacity = Int(length) + 1
                continue
            }
            if failed(status) { return nil }
            output.removeSubrange(Int(length)...)
            return output
        }
        return nil
    }

    /// The name of an ICU error code, for messages.
    package static func errorName(_ status: Int32) -> String {
        String(cString: vn_error_name(status))
    }
}
