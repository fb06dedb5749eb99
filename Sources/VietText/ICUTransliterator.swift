import CICUShim

/// An ICU transform such as "NFD; [:Nonspacing Mark:] Remove; NFC" or "Any-Latin".
///
/// Provided for transforms VietNLP has no table for, and as the measured baseline for
/// `DiacriticFolder`. Not thread-safe: create one per thread.
///
/// ```swift
/// let strip = try ICUTransliterator("NFD; [:Nonspacing Mark:] Remove; NFC")
/// strip.transliterate("Truyền thông")   // "Truyen thong"
/// ```
public final class ICUTransliterator {
    private let handle: UnsafeMutableRawPointer

    /// Opens a transform by its ICU id or rules.
    /// - Throws: `ICUError` when ICU rejects the id.
    public init(_ id: String) throws(ICUError) {
        var status: Int32 = 0
        let units = Array(id.utf16)
        let opened = units.withUnsafeBufferPointer { vn_translit_open($0.baseAddress, Int32($0.count), &status) }
        guard let opened, !ICU.failed(status) else {
            throw ICUError(operation: "utrans_openU(\(id))", status: status)
        }
        handle = opened
    }

    deinit { vn_translit_close(handle) }

    /// Applies the transform to `text`.
    public func transliterate(_ text: String) -> String {
        let units = ICU.utf16(text)
        // ICU transforms in place and may lengthen the text; retry once with the capacity it asks for.
        var capacity = units.count * 2 + 16
        while true {
            var buffer = units + [UInt16](repeating: 0, count: capacity - units.count)
            var status: Int32 = 0
            let length = buffer.withUnsafeMutableBufferPointer {
                vn_translit(handle, $0.baseAddress, Int32(units.count), Int32(capacity), &status)
            }
            if status == 15 /* U_BUFFER_OVERFLOW_ERROR */, Int(length) >= capacity {
                capacity = Int(length) + 16
                continue
            }
            if ICU.failed(status) { return text }
            return buffer.withUnsafeBufferPointer { ICU.string(UnsafeBufferPointer(rebasing: $0[0..<Int(length)])) }
        }
    }
}

/// An ICU call that failed, with ICU's error name.
public struct ICUError: Error, Sendable, CustomStringConvertible {
    /// What was being done.
    public let operation: String
    /// ICU's `UErrorCode`.
    public let status: Int32

    public var description: String { "\(operation) failed: \(ICU.errorName(status))" }
}
