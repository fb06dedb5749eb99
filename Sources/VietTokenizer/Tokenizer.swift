/// Splits Vietnamese text into tokens: syllables and words, numbers, punctuation, symbols and the
/// units Vietnamese administrative text needs kept whole.
///
/// Kept whole: numbers ("1.456.018", "47,13", "4.42", "-5"), document codes ("17/NQ-CP",
/// "68/2000/NĐ-CP", "36a/NQ-CP", "QĐ-UBND"), abbreviations ("TT&TT", "TP.HCM", "Tp.", "v.v."),
/// dates ("13/11/2020", "7-3-2019", "26.10.2006", "06/2023"), times ("15h30", "8:45"), URLs,
/// e-mail addresses and ellipses ("…", "..."). A hand-written UTF-8 byte scanner handles Latin,
/// Vietnamese, Greek and Cyrillic text; runs of other scripts (Thai, Arabic, CJK) and emoji are
/// handed to ICU's word break iterator.
///
/// ```swift
/// let tokenizer = Tokenizer()
/// let tokenized = tokenizer.tokenize("Nghị quyết số 17/NQ-CP ngày 7-3-2019 tại TP.HCM.")
/// tokenized.tokens.map { tokenized.text(of: $0) }
/// // ["Nghị", "quyết", "số", "17/NQ-CP", "ngày", "7-3-2019", "tại", "TP.HCM", "."]
/// ```
///
/// The tokenizer does not normalise: give it NFC text (see `TextNormalizer`) for the best results;
/// decomposed tone marks stay inside their token and are flagged ``TokenFlags/combiningMarks``.
public struct Tokenizer: Sendable {
    /// Creates a tokenizer. It has no state; one instance can serve every thread.
    public init() {}

    /// Tokenizes a line or a whole document.
    ///
    /// - Parameter text: Any string; invalid input cannot occur (Swift strings are valid UTF-8).
    /// - Returns: The text with its tokens.
    /// - Complexity: O(n) in the UTF-8 length of `text`; every pattern looks ahead a bounded
    ///   number of components, so no input makes it quadratic.
    public func tokenize(_ text: String) -> TokenizedText {
        var tokens: [Token] = []
        var keys: [UInt64] = []
        return tokenize(text, reusingTokens: &tokens, keys: &keys)
    }

    /// ``tokenize(_:)`` into the storage of `tokens` and `keys`, which are emptied first and hold
    /// the result's arrays afterwards. A caller that keeps them between lines, and drops every other
    /// reference to the previous result before the next line, tokenizes without allocating once they
    /// have grown; a result still held elsewhere is never written to (its arrays are not uniquely
    /// referenced, so emptying one gives it new storage: copy on write).
    package func tokenize(_ text: String, reusingTokens tokens: inout [Token], keys: inout [UInt64]) -> TokenizedText {
        // (removeAll(keepingCapacity:) is a generic replaceSubrange: skipped when already empty.)
        if !tokens.isEmpty { tokens.removeAll(keepingCapacity: true) }
        if !keys.isEmpty { keys.removeAll(keepingCapacity: true) }
        // Empty lines (nearly half of a legal corpus's) need neither the scanner nor its arrays' storage.
        guard !text.isEmpty else { return TokenizedText(text: text, tokens: tokens, lexiconKeys: keys) }
        var text = text
        text.withUTF8 { bytes in
            var scanner = TokenScanner(bytes: bytes)
            scanner.recordsKeys = true
            swap(&scanner.tokens, &tokens)
            swap(&scanner.keys, &keys)
            // About one token per five bytes in Vietnamese text: one allocation for most lines
            // (none when the storage is reused and already large enough).
            scanner.tokens.reserveCapacity(bytes.count / 4 + 4)
            scanner.keys.reserveCapacity(bytes.count / 4 + 4)
            scanner.run()
            swap(&scanner.tokens, &tokens)
            swap(&scanner.keys, &keys)
        }
        return TokenizedText(text: text, tokens: tokens, lexiconKeys: keys)
    }

    /// Tokenizes UTF-8 bytes that are known to be valid, appending to `tokens`. Offsets are relative
    /// to the start of `bytes`. This is the allocation-free entry point for streaming callers that
    /// keep their own buffer.
    ///
    /// - Precondition: `bytes` is valid UTF-8 (a `String`'s `withUTF8` buffer always is).
    /// - Complexity: O(n) in `bytes.count`.
    public func tokenize(utf8 bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
        var scanner = TokenScanner(bytes: bytes)
        swap(&scanner.tokens, &tokens)
        scanner.run()
        swap(&scanner.tokens, &tokens)
    }
}
