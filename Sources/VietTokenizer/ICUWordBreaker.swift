import CICUShim
import VietText

/// ICU's plain word break iterator (locale "vi"), without any Vietnamese token rules: the
/// baseline ``Tokenizer`` is measured against, and a way to compare tokenisations.
///
/// ```swift
/// let breaker = ICUWordBreaker()
/// breaker.words(in: "Hà Nội, 47,13%")   // ["Hà", "Nội", "47,13"]
/// ```
///
/// An instance owns one ICU iterator and is not thread-safe: use one per thread.
public final class ICUWordBreaker {
    private let iterator: UnsafeMutableRawPointer?
    private var units: [UInt16] = []

    /// Opens ICU's word break iterator; if ICU cannot open one, every call returns no words.
    public init() {
        var status: Int32 = 0
        let opened = vn_break_open(Int32(VN_BREAK_WORD), "vi", &status)
        iterator = ICU.failed(status) ? nil : opened
    }

    deinit {
        if let iterator { vn_break_close(iterator) }
    }

    /// The number of words (segments with a letter, number, kana or ideograph rule status) in `text`.
    ///
    /// - Complexity: O(n); converts to UTF-16 once.
    public func wordCount(_ text: String) -> Int {
        var count = 0
        forEachWord(text) { _ in count += 1 }
        return count
    }

    /// The words of `text` (segments ICU classifies as letters, numbers, kana or ideographs).
    public func words(in text: String) -> [String] {
        var words: [String] = []
        forEachWord(text) { range in
            words.append(units[range].withUnsafeBufferPointer { ICU.string($0) })
        }
        return words
    }

    private func forEachWord(_ text: String, _ body: (Range<Int>) -> Void) {
        guard let iterator else { return }
        units = ICU.utf16(text)
        var status: Int32 = 0
        units.withUnsafeBufferPointer { vn_break_set_text(iterator, $0.baseAddress, Int32($0.count), &status) }
        guard !ICU.failed(status) else { return }
        var start = Int(vn_break_first(iterator))
        while true {
            let end = Int(vn_break_next(iterator))
            if end < 0 { break }
            if vn_break_rule_status(iterator) >= 100 { body(start..<end) }
            start = end
        }
    }
}
