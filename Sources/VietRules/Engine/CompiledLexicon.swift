/// A lexicon ready for matching: entries keyed by their comparison key, possibly several tokens long
/// ("Thông tin và Truyền thông", "TT&TT"), each with an optional value ("TT&TT" → "Thông tin và
/// Truyền thông").
///
/// Multi-token entries are matched by text, not by how the tokenizer splits them: walking tokens from
/// a start, the keys of the tokens are joined with one space where the text has whitespace and with
/// nothing where it has none, and every prefix that is a whole entry ends a match.
///
/// A class, not a struct: the matcher reads lexicons out of the rule set's array for every new
/// (form, lexicon) pair, and copying a struct of several arrays and a dictionary retained and
/// released each of them (a tenth of the matcher's first sight of a form).
final class CompiledLexicon: Sendable {
    let name: String
    let mode: KeyMode
    /// Full key → value ("" when the entry has none).
    let values: [String: String]
    /// UTF-8 of every key, sorted bytewise: the keys that extend a prefix are contiguous.
    let sortedKeys: SortedKeys
    /// Whether any entry has a value (so `x.value` means something).
    let hasValues: Bool
    /// An upper bound on the tokens an entry spans (letter/digit runs plus other symbols, plus one),
    /// which bounds how far back a look-behind must look for an entry.
    let maximumTokens: Int

    init(name: String, mode: KeyMode, entries: [(key: String, value: String?)]) {
        self.name = name
        self.mode = mode
        var values: [String: String] = [:]
        var hasValues = false
        for entry in entries {
            let key = mode.phraseKey(entry.key)
            guard !key.isEmpty else { continue }
            // The first spelling wins, as a reader of the file would expect.
            if values[key] == nil { values[key] = entry.value ?? "" }
            if entry.value != nil { hasValues = true }
        }
        self.values = values
        self.hasValues = hasValues
        var longest = 1
        for key in values.keys {
            var count = 0
            var inRun = false
            for scalar in key.unicodeScalars {
                // ASCII without Unicode's property tables (most of a key's scalars).
                let isWordy =
                    scalar.isASCII
                    ? (scalar.value | 0x20) &- 0x61 < 26 || scalar.value &- 0x30 < 10
                    : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                if isWordy {
                    if !inRun { count += 1 }
                    inRun = true
                } else {
                    inRun = false
                    if !scalar.properties.isWhitespace { count += 1 }
                }
            }
            longest = max(longest, count + 1)
        }
        maximumTokens = longest
        var sortedKeys = SortedKeys()
        sortedKeys.append(sorted: values.keys.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) })
        self.sortedKeys = sortedKeys
    }

    var count: Int { values.count }

    /// Whether `key` is an entry, and whether a longer entry starts with it.
    ///
    /// - Complexity: O(log n) key comparisons.
    func probe(_ key: String) -> (isEntry: Bool, hasLonger: Bool) {
        var key = key
        return key.withUTF8 { probe(bytes: $0) }
    }

    /// ``probe(_:)`` over the UTF-8 of a key (no copy of the key).
    func probe(bytes: UnsafeBufferPointer<UInt8>) -> (isEntry: Bool, hasLonger: Bool) {
        sortedKeys.withView { $0.probe(0..<sortedKeys.count, key: bytes) }
    }

    /// The value of the entry spelled `text` (compared in this lexicon's mode); nil when absent or valueless.
    func value(forText text: String) -> String? {
        guard let value = values[mode.phraseKey(text)], !value.isEmpty else { return nil }
        return value
    }

    /// Replaces, left to right and longest first, every run of words that is an entry with a value.
    func expand(_ text: String) -> String {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var output: [String] = []
        var index = 0
        while index < words.count {
            var key = ""
            var best: (end: Int, value: String)?
            var end = index
            while end < words.count {
                key += (end == index ? "" : " ") + mode.key(words[end])
                let (isEntry, hasLonger) = probe(key)
                if isEntry, let value = values[key], !value.isEmpty { best = (end + 1, value) }
                if !hasLonger { break }
                end += 1
            }
            if let best {
                output.append(best.value)
                index = best.end
            } else {
                output.append(words[index])
                index += 1
            }
        }
        return output.joined(separator: " ")
    }
}
