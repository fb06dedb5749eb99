/// A reference marker: one to three digits inside square brackets glued to them ("[5]", "[12]"),
/// as encyclopaedic text cites its sources ("… sử dụng hơn 113.300 người.[5] Thông qua …"). It
/// counts nothing, and the scanner skips it: about 1 100 false NUMBERs in the wiki corpus's 57 MB.
/// Four digits in brackets stay a number: they are a year ("(Walker, [1858])", "2003 [1916]").
enum ReferenceMarker {
    /// Whether the digits at `digits` (a run of ASCII digits of `bytes`) are a reference marker's.
    /// - Complexity: O(1): the two bytes around the run.
    static func encloses(_ bytes: UnsafeBufferPointer<UInt8>, _ digits: Range<Int>) -> Bool {
        digits.count <= 3 && digits.lowerBound > 0 && digits.upperBound < bytes.count
            && bytes[digits.lowerBound - 1] == UInt8(ascii: "[") && bytes[digits.upperBound] == UInt8(ascii: "]")
    }
}
