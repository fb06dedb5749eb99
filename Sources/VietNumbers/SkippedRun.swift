/// The scanner's shortcut for document codes ("17/NQ-CP", "01/2019/TT-BTTTT", "68/2000/NĐ-CP"):
/// digits, optionally more "/digits", then "/" and an upper-case word, all glued together. The
/// grammar's first rule (`Recognizer.skip`) skips such a code with everything glued to it, and no
/// other reader gets further (a ratio or date stops at a "/" followed by more code); this reads
/// the same span from the bytes.
enum DocumentCode {
    /// The byte offset where the skipped run ends (the first whitespace the lexer knows, or the
    /// end), when the digits at `start` begin a document code; nil otherwise.
    /// - Complexity: O(length of the glued run).
    static func skipEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var offset = start
        guard offset < bytes.count, LexemeStream.isDigit(bytes[offset]) else { return nil }
        while offset < bytes.count, LexemeStream.isDigit(bytes[offset]) { offset += 1 }
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
        // Whitespace bytes are never continuation bytes, so a byte-wise walk finds the same end.
        while offset < bytes.count, LexemeStream.whitespaceLength(bytes, at: offset, limit: bytes.count) == 0 { offset += 1 }
        return offset
    }
}
