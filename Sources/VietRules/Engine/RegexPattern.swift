import CICUShim
import VietText

/// A compiled ICU regular expression shared by a rule set. ICU regex objects are not thread-safe,
/// so this one is never used to match: each ``RuleMatcher`` clones it once (`vn_regex_clone`) and
/// matches with its own clone.
final class RegexPattern: @unchecked Sendable {
    // Safety: `handle` is written once in init and only read (cloned) afterwards; ICU allows
    // cloning one pattern from several threads.
    private let handle: OpaquePointer
    let source: String
    let caseInsensitive: Bool

    /// Compiles `pattern`; on a syntax error returns the UTF-16 offset of the problem and ICU's name.
    static func compile(_ pattern: String, caseInsensitive: Bool) -> Result<RegexPattern, RegexSyntaxError> {
        let units = ICU.utf16(pattern)
        var errorOffset: Int32 = -1
        var status: Int32 = 0
        let raw = units.withUnsafeBufferPointer { buffer in
            vn_regex_open(
                buffer.baseAddress, Int32(buffer.count), caseInsensitive ? UInt32(VN_REGEX_CASE_INSENSITIVE) : 0, &errorOffset,
                &status)
        }
        guard let raw, !ICU.failed(status) else {
            if let raw { vn_regex_close(raw) }
            // Map the UTF-16 offset to scalars for the caret.
            let scalarOffset = String(decoding: units.prefix(max(0, Int(errorOffset))), as: UTF16.self).unicodeScalars.count
            return .failure(RegexSyntaxError(scalarOffset: errorOffset >= 0 ? scalarOffset : nil, name: ICU.errorName(status)))
        }
        return .success(RegexPattern(handle: OpaquePointer(raw), source: pattern, caseInsensitive: caseInsensitive))
    }

    private init(handle: OpaquePointer, source: String, caseInsensitive: Bool) {
        self.handle = handle
        self.source = source
        self.caseInsensitive = caseInsensitive
    }

    deinit { vn_regex_close(UnsafeMutableRawPointer(handle)) }

    /// A private copy for one matcher.
    func makeClone() -> RegexClone? {
        var status: Int32 = 0
        guard let clone = vn_regex_clone(UnsafeMutableRawPointer(handle), &status), !ICU.failed(status) else { return nil }
        return RegexClone(handle: clone)
    }
}

struct RegexSyntaxError: Error {
    let scalarOffset: Int?
    let name: String
}

/// One matcher's own regex object.
final class RegexClone {
    private let handle: UnsafeMutableRawPointer

    init(handle: UnsafeMutableRawPointer) { self.handle = handle }

    deinit { vn_regex_close(handle) }

    /// Whether the whole of `text` matches.
    func matches(_ text: String) -> Bool {
        let units = ICU.utf16(text)
        var status: Int32 = 0
        let result = units.withUnsafeBufferPointer { vn_regex_matches(handle, $0.baseAddress, Int32($0.count), &status) }
        return result == 1 && !ICU.failed(status)
    }
}
