// Shared by every harness (copied into each target by Scripts/fuzz.sh): invariant checks that
// trap, so libFuzzer records the input as a crash.

/// The input as a String; invalid UTF-8 becomes U+FFFD, as the String APIs would see it.
func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
}

/// Traps with a message naming the broken invariant.
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz invariant: \(message())") }
}

/// Checks that `utf8Range` lies inside `text` on scalar boundaries and that `scalarRange` counts
/// the same scalars.
func checkRanges(utf8Range: Range<Int>, scalarRange: Range<Int>?, in text: String, what: String) {
    let utf8 = Array(text.utf8)
    require(utf8Range.lowerBound >= 0 && utf8Range.upperBound <= utf8.count,
            "\(what): utf8Range \(utf8Range) outside 0..<\(utf8.count)")
    func onBoundary(_ i: Int) -> Bool { i == utf8.count || (utf8[i] & 0xC0) != 0x80 }
    require(onBoundary(utf8Range.lowerBound) && onBoundary(utf8Range.upperBound),
            "\(what): utf8Range \(utf8Range) not on scalar boundaries")
    guard let scalarRange else { return }
    func scalars(before i: Int) -> Int { utf8[..<i].reduce(0) { $0 + (($1 & 0xC0) != 0x80 ? 1 : 0) } }
    let expected = scalars(before: utf8Range.lowerBound)..<scalars(before: utf8Range.upperBound)
    require(scalarRange == expected, "\(what): scalarRange \(scalarRange) but utf8Range \(utf8Range) spans scalars \(expected)")
}

/// The UTF-8 bytes of `text` at `range` as a String (the range already checked).
func slice(_ text: String, _ range: Range<Int>) -> String {
    String(decoding: Array(text.utf8)[range], as: UTF8.self)
}
