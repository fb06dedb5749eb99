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
    /// One entry of a lexicon file: its key and value as bytes of the file's text (valid only
    /// inside the ``forEachEntry(in:_:)`` call that hands it out), or, for a line read the
    /// Character way, as strings. Bytes let a lexicon key its plain entries without making a
    /// `String` of each (``LexiconKeyArena``).
    enum Entry {
        case bytes(key: UnsafeBufferPointer<UInt8>, value: UnsafeBufferPointer<UInt8>?)
        case strings(key: String, value: String?)

        /// The entry as strings.
        var strings: (key: String, value: String?) {
            switch self {
            case .bytes(let key, let value): (String(decoding: key, as: UTF8.self), value.map { String(decoding: $0, as: UTF8.self) })
            case .strings(let key, let value): (key, value)
            }
        }
    }

    /// The entries of a lexicon file, in file order.
    ///
    /// - Complexity: O(length of `text`).
    static func entries(in text: String) -> [(key: String, value: String?)] {
        var entries: [(key: String, value: String?)] = []
        forEachEntry(in: text) { entries.append($0.strings) }
        return entries
    }

    /// Calls `body` with each entry of a lexicon file, in file order; returns how many there are.
    ///
    /// - Complexity: O(length of `text`).
    @discardableResult
    static func forEachEntry(in text: String, _ body: (Entry) -> Void) -> Int {
        var count = 0
        var text = text
        text.withUTF8 { bytes in
            var lineStart = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D {
                if index > lineStart, let entry = entry(UnsafeBufferPointer(rebasing: bytes[lineStart..<index])) {
                    body(entry)
                    count += 1
                }
                lineStart = index + 1
            }
        }
        return count
    }

    /// The entry of one line (no line break inside), or nil for a blank or comment line.
    private static func entry(_ line: UnsafeBufferPointer<UInt8>) -> Entry? {
        guard let whole = trimmed(line[...], spacesAndTabs: true) else { return characterEntry(line) }
        guard !whole.isEmpty, whole.first != UInt8(ascii: "#") else { return nil }
        guard let tab = whole.firstIndex(of: UInt8(ascii: "\t")) else { return .bytes(key: UnsafeBufferPointer(rebasing: whole), value: nil) }
        guard let key = trimmed(whole[..<tab], spacesAndTabs: false),
            let value = trimmed(whole[(tab + 1)...], spacesAndTabs: true)
        else { return characterEntry(line) }
        return .bytes(key: UnsafeBufferPointer(rebasing: key), value: value.isEmpty ? nil : UnsafeBufferPointer(rebasing: value))
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

    /// The Character-based reading of one line, for lines whose whitespace touches a non-ASCII scalar.
    private static func characterEntry(_ line: UnsafeBufferPointer<UInt8>) -> Entry? {
        let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: " \t\r")
        guard !text.isEmpty, !text.hasPrefix("#") else { return nil }
        guard let tab = text.firstIndex(of: "\t") else { return .strings(key: text, value: nil) }
        let key = String(text[..<tab]).trimmingCharacters(in: " ")
        let value = String(text[text.index(after: tab)...]).trimmingCharacters(in: " \t")
        return .strings(key: key, value: value.isEmpty ? nil : value)
    }
}
