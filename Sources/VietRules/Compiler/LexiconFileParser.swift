/// Reads the text of a `Rules/lexicons/*.txt` file: one entry per line; `#` starts a comment line; a
/// TAB separates an optional value; spaces and tabs around the entry, the key and the value are
/// trimmed. Lines break at "\n", "\r\n" or "\r".
///
/// The lines are cut and trimmed on UTF-8 bytes: the shipped lexicons hold some 8,000 entries, and
/// doing it on Characters (grapheme breaking, a `Substring` per step) was a third of the time to
/// load the shipped rules. A whitespace byte followed by a non-ASCII scalar could belong to one
/// Character with it (a combining mark after a space), which Character trimming would keep: such
/// a line is read the Character way, so the result is the same as before for every input.
enum LexiconFileParser {
    /// The entries of a lexicon file, in file order.
    ///
    /// - Complexity: O(length of `text`).
    static func entries(in text: String) -> [(key: String, value: String?)] {
        var entries: [(key: String, value: String?)] = []
        var text = text
        text.withUTF8 { bytes in
            var lineStart = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D {
                if index > lineStart, let entry = entry(UnsafeBufferPointer(rebasing: bytes[lineStart..<index])) {
                    entries.append(entry)
                }
                lineStart = index + 1
            }
        }
        return entries
    }

    /// The entry of one line (no line break inside), or nil for a blank or comment line.
    private static func entry(_ line: UnsafeBufferPointer<UInt8>) -> (key: String, value: String?)? {
        guard let whole = trimmed(line[...], spacesAndTabs: true) else { return characterEntry(line) }
        guard !whole.isEmpty, whole.first != UInt8(ascii: "#") else { return nil }
        guard let tab = whole.firstIndex(of: UInt8(ascii: "\t")) else { return (string(whole), nil) }
        guard let key = trimmed(whole[..<tab], spacesAndTabs: false),
            let value = trimmed(whole[(tab + 1)...], spacesAndTabs: true)
        else { return characterEntry(line) }
        return (string(key), value.isEmpty ? nil : string(value))
    }

    /// `bytes` without leading and trailing spaces (and tabs and CRs when `spacesAndTabs`), or nil
    /// when a trimmed byte is followed by a non-ASCII byte (see the type's note).
    private static func trimmed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, spacesAndTabs: Bool) -> Slice<UnsafeBufferPointer<UInt8>>? {
        func isTrimmed(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || (spacesAndTabs && (byte == UInt8(ascii: "\t") || byte == 0x0D))
        }
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isTrimmed(bytes[start]) { start += 1 }
        if start > bytes.startIndex, start < end, bytes[start] >= 0x80 { return nil }
        while end > start, isTrimmed(bytes[end - 1]) { end -= 1 }
        // A trailing space is followed by another trimmed byte or by nothing: always its own Character.
        return bytes[start..<end]
    }

    private static func string(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self)
    }

    /// The Character-based reading of one line, for lines whose whitespace touches a non-ASCII scalar.
    private static func characterEntry(_ line: UnsafeBufferPointer<UInt8>) -> (key: String, value: String?)? {
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: " \t\r")
        guard !text.isEmpty, !text.hasPrefix("#") else { return nil }
        guard let tab = text.firstIndex(of: "\t") else { return (text, nil) }
        let key = String(text[..<tab]).trimmingCharacters(in: " ")
        let value = String(text[text.index(after: tab)...]).trimmingCharacters(in: " \t")
        return (key, value.isEmpty ? nil : value)
    }
}
