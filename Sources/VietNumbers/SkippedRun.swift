/// The scanner's shortcuts for stretches the grammar's first rule (`Recognizer.skip`) discards
/// with everything glued to them, read from the bytes without lexing:
/// - document codes ("17/NQ-CP", "01/2019/TT-BTTTT", "68/2000/NĐ-CP"): digits, optionally more
///   "/digits", then "/" and an upper-case word;
/// - names with a number in front ("1.1.NĐ.5", "20180104-m04.jpg", "2019_ab"): a number, then "-",
///   "_" or "." glued to a word.
/// No other reader gets further than the glued run (a ratio or date stops at a "/" followed by
/// more code; a number at the "." before a word), so the scanner resumes where the run ends.
enum SkippedRun {
    /// The byte offset where the skipped run ends (the first whitespace the lexer knows, or the
    /// end), when the digits at `start` begin a document code or a name; nil otherwise.
    /// - Complexity: O(length of the glued run).
    static func end(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        // Both shapes need one of these right after the first digits: walking the digits once
        // here answers most candidates (a number before whitespace) without walking them twice.
        var offset = start
        while offset < bytes.count, LexemeStream.isDigit(bytes[offset]) { offset += 1 }
        guard offset > start, offset + 1 < bytes.count else { return nil }
        // A code has "/" after its first digits, a name ".", ",", "-" or "_" (never "/"): each
        // reader goes on from the end of those digits.
        switch bytes[offset] {
        case UInt8(ascii: "/"): return documentCodeEnd(bytes, afterDigits: offset)
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "-"), UInt8(ascii: "_"): return nameEnd(bytes, afterDigits: offset)
        default: return nil
        }
    }

    /// A document code whose first digits end at `afterDigits`.
    private static func documentCodeEnd(_ bytes: UnsafeBufferPointer<UInt8>, afterDigits: Int) -> Int? {
        var offset = afterDigits
        while true {
            guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "/") else { return nil }
            offset += 1
            guard LexemeStream.isDigit(bytes[offset]) else { break }
            while offset < bytes.count, LexemeStream.isDigit(bytes[offset]) { offset += 1 }
        }
        // An upper-case letter starts the word after the last "/": A–Z or Đ (other capitals are
        // left to the grammar).
        let lead = bytes[offset]
        let isCapital = lead >= UInt8(ascii: "A") && lead <= UInt8(ascii: "Z")
            || lead == 0xC4 && offset + 1 < bytes.count && bytes[offset + 1] == 0x90
        guard isCapital else { return nil }
        return runEnd(bytes, from: offset)
    }

    /// A number as the grammar's digit reader takes it here (digit groups joined by a glued "." or
    /// ","), then "-", "_" or "." glued to a word; its first digits end at `afterDigits`.
    private static func nameEnd(_ bytes: UnsafeBufferPointer<UInt8>, afterDigits: Int) -> Int? {
        var offset = afterDigits
        while true {
            while offset < bytes.count, LexemeStream.isDigit(bytes[offset]) { offset += 1 }
            guard offset + 1 < bytes.count else { return nil }
            let separator = bytes[offset]
            guard separator == UInt8(ascii: ".") || separator == UInt8(ascii: ","), LexemeStream.isDigit(bytes[offset + 1]) else { break }
            offset += 1
        }
        let glue = bytes[offset]
        guard glue == UInt8(ascii: "-") || glue == UInt8(ascii: "_") || glue == UInt8(ascii: "."),
            LexemeStream.isLetterStart(bytes, at: offset + 1, limit: bytes.count)
        else { return nil }
        return runEnd(bytes, from: offset)
    }

    /// The first whitespace the lexer knows at or after `offset`, or the end. Whitespace bytes are
    /// never continuation bytes, so a byte-wise walk finds the same end as the lexer.
    private static func runEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var offset = start
        while offset < bytes.count {
            // Printable ASCII (most of a code or a file name) is never whitespace: one test.
            let byte = bytes[offset]
            if byte > 0x20, byte < 0x80 {
                offset += 1
                continue
            }
            guard LexemeStream.whitespaceLength(bytes, at: offset, limit: bytes.count) == 0 else { break }
            offset += 1
        }
        return offset
    }
}
