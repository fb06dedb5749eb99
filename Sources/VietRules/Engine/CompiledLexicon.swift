import VietText

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
    /// UTF-8 of every key, sorted bytewise: the keys that extend a prefix are contiguous.
    let sortedKeys: SortedKeys
    /// The value of key i of ``sortedKeys`` ("" when the entry has none).
    private let values: [String]
    /// Whether any entry has a value (so `x.value` means something).
    let hasValues: Bool
    /// An upper bound on the tokens an entry spans (letter/digit runs plus other symbols, plus one),
    /// which bounds how far back a look-behind must look for an entry.
    let maximumTokens: Int

    /// The lexicon of `entries`, keyed in `mode` (entries whose key is empty are left out).
    convenience init(name: String, mode: KeyMode, entries: [(key: String, value: String?)]) {
        var keys = LexiconKeyArena(mode: mode, entries: entries.count)
        for entry in entries { keys.add(key: entry.key, value: entry.value) }
        self.init(name: name, keys: keys)
    }

    /// The lexicon of the entries gathered in `keys`, in its mode.
    init(name: String, keys: LexiconKeyArena) {
        self.name = name
        mode = keys.mode
        // Keys are kept as bytes, sorted, and found by binary search: a `[String: String]` hashed
        // every key through Swift's Unicode-normalising `String` hash, and with the ten thousand
        // wards of the shipped rules that was a fifth of every `viet` process's start-up. They are
        // sorted by index in their arena: an array per key cost an allocation and a release each.
        let heads = keys.heads
        let bounds = keys.bounds
        var sortedKeys = SortedKeys()
        var values: [String] = []
        keys.arena.withUnsafeBufferPointer { arena in
            func key(_ index: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: arena[bounds[index]..<bounds[index + 1]])
            }
            // Equal keys stay in file order, so the first spelling wins, as a reader of the file
            // would expect. Heads that differ order as their keys do (``SortedKeys/head(of:)``).
            // (One key, as every phrase of a pattern has, needs no sort: ~500 instructions each.)
            let order = heads.count < 2 ? Array(heads.indices) : heads.indices.sorted { a, b in
                if heads[a] != heads[b] { return heads[a] < heads[b] }
                let order = SortedKeys.compare(key(a), key(b))
                return order != 0 ? order < 0 : a < b
            }
            sortedKeys.reserveCapacity(strings: order.count, bytes: arena.count)
            values.reserveCapacity(order.count)
            var previous = -1
            for index in order {
                if previous >= 0, heads[previous] == heads[index], SortedKeys.compare(key(previous), key(index)) == 0 { continue }
                sortedKeys.append(key(index), head: heads[index])
                values.append(keys.values[index] ?? "")
                previous = index
            }
        }
        self.sortedKeys = sortedKeys
        self.values = values
        hasValues = keys.hasValues
        maximumTokens = keys.longestTokenBound
    }

    /// The phrase key of `text` in `mode` and its ``tokenBound(_:)``, from one pass over its bytes,
    /// for the common entry; nil for any other (``KeyMode/phraseKey(_:)`` decides then). Keying an
    /// entry took five passes (ASCII, NFC, tone, spacing, token bound) and ~1 200 instructions.
    ///
    /// An entry is plain when its words are single-spaced, its bytes are ASCII but tab and line
    /// breaks, or Latin letters U+00C0–U+01BF (but × and ÷) and U+1E00–U+1EFF. Then it is NFC, the
    /// Character split of a phrase key changes nothing (``KeyMode/isSpacedPhrase(_:)``), and its
    /// non-ASCII scalars are letters, so word runs end only at ASCII. Non-ASCII entries are plain
    /// only in the exact and ignore-case modes, and there only as ``KeyMode/composedKey(_:lowercase:)``
    /// allows (lower-case letters, no tone to move). `PlainEntryTests` holds the answers to the
    /// general path's over every shipped lexicon entry and a corpus sample.
    static func plainEntry(_ text: String, mode: KeyMode) -> (key: String, tokenBound: Int)? {
        var text = text
        guard let scan = text.withUTF8({ plainScan($0, mode: mode) }) else { return nil }
        return (scan.lowering ? KeyMode.asciiKey(lowering: text) : text, scan.tokenBound)
    }

    /// ``plainEntry(_:mode:)`` over the UTF-8 of an entry: its token bound, and whether its key is
    /// its bytes with the ASCII capitals lowered (`lowering`) or its bytes as they are; nil for an
    /// entry that is not plain.
    static func plainScan(_ bytes: UnsafeBufferPointer<UInt8>, mode: KeyMode) -> (tokenBound: Int, lowering: Bool)? {
        let lowercase = mode == .ignoreCase || mode == .ignoreBoth
        guard let first = bytes.first, first != UInt8(ascii: " "), bytes.last != UInt8(ascii: " ") else { return nil }
        var count = 0
        var inRun = false
        var hasASCIICapital = false
        var hasNonASCII = false
        // Whether a non-ASCII scalar follows an "o" or "u": only then can a tone move.
        var mayRespell = false
        var previousIsSpace = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                if byte == UInt8(ascii: " ") {
                    if previousIsSpace { return nil }
                    previousIsSpace = true
                    inRun = false
                    continue
                }
                previousIsSpace = false
                if byte &- 0x41 < 26 { hasASCIICapital = true }
                if (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 {
                    if !inRun { count += 1 }
                    inRun = true
                } else {
                    if byte == 0x09 || byte == 0x0A || byte == 0x0D { return nil }
                    inRun = false
                    if byte &- 0x09 >= 5 { count += 1 }  // 0B and 0C are whitespace, not tokens
                }
                continue
            }
            // A Latin letter: C3 80–BF but × (C3 97) and ÷ (C3 B7), C4–C6 (U+0100–U+01BF),
            // E1 B8–BB (U+1E00–U+1EFF). Valid UTF-8 has its continuation bytes.
            let previousByte = index > 0 ? bytes[index - 1] | 0x20 : 0
            let scalar: UInt32
            if byte &- 0xC3 < 4 {
                let next = bytes[index + 1]
                if byte == 0xC3, next == 0x97 || next == 0xB7 { return nil }
                scalar = UInt32(byte & 0x1F) << 6 | UInt32(next & 0x3F)
                index += 2
            } else if byte == 0xE1, bytes[index + 1] &- 0xB8 < 4 {
                scalar = 0x1000 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                return nil
            }
            if lowercase, !VietCase.isLowercaseVietnameseLetter(scalar) { return nil }
            if !mayRespell, previousByte == UInt8(ascii: "o") || previousByte == UInt8(ascii: "u") { mayRespell = true }
            hasNonASCII = true
            previousIsSpace = false
            if !inRun { count += 1 }
            inRun = true
        }
        guard !hasNonASCII || (mode == .exact || mode == .ignoreCase) && !(mayRespell && TonePlacement.mayRespellInNewStyle(bytes)) else {
            return nil
        }
        return (count + 1, lowercase && hasASCIICapital)
    }

    /// The tokens a key may span, plus one: its letter/digit runs and its other non-space symbols.
    static func tokenBound(_ key: String) -> Int {
        var key = key
        return key.withUTF8(tokenBound(bytes:))
    }

    /// ``tokenBound(_:)`` over the UTF-8 of a key, decoded directly, ASCII without decoding
    /// (iterating `unicodeScalars` was a tenth of the cost of building the shipped lexicons).
    static func tokenBound(bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var inRun = false
        var index = 0
        while index < bytes.count {
            let scalar: Unicode.Scalar
            if bytes[index] < 0x80 {
                scalar = Unicode.Scalar(bytes[index])
                index += 1
            } else {
                let (value, length) = UTF8Decoding.decode(bytes, at: index)
                scalar = Unicode.Scalar(value).unsafelyUnwrapped
                index += length
            }
            if ScalarClass.isWordy(scalar) {
                if !inRun { count += 1 }
                inRun = true
            } else {
                inRun = false
                if !ScalarClass.isWhitespace(scalar) { count += 1 }
            }
        }
        return count + 1
    }

    /// Whether `scalar` lies in a block of Latin letters (U+00C0–U+024F but × and ÷, U+1E00–U+1EFF),
    /// all of which are alphabetic (`CompiledLexiconTests` checks each).
    static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return value &- 0xC0 < 0x190 && value != 0xD7 && value != 0xF7 || value &- 0x1E00 < 0x100
    }

    /// The number of distinct keys.
    var count: Int { sortedKeys.count }

    /// Whether `key` is an entry, and whether a longer entry starts with it.
    ///
    /// - Complexity: O(log n) key comparisons.
    func probe(_ key: String) -> (isEntry: Bool, hasLonger: Bool) {
        let (entry, hasLonger) = find(key)
        return (entry != nil, hasLonger)
    }

    /// ``probe(_:)`` over the UTF-8 of a key (no copy of the key).
    func probe(bytes: UnsafeBufferPointer<UInt8>) -> (isEntry: Bool, hasLonger: Bool) {
        sortedKeys.withView { $0.probe(0..<sortedKeys.count, key: bytes) }
    }

    /// The index in ``sortedKeys`` of the entry whose key is `key`, and whether a longer entry starts with it.
    private func find(_ key: String) -> (entry: Int?, hasLonger: Bool) {
        var key = key
        return key.withUTF8 { bytes in
            sortedKeys.withView { $0.find(0..<sortedKeys.count, key: bytes, head: SortedKeys.head(of: bytes)) }
        }
    }

    /// The value of the entry spelled `text` (compared in this lexicon's mode); nil when absent or valueless.
    func value(forText text: String) -> String? {
        guard let entry = find(mode.phraseKey(text)).entry, !values[entry].isEmpty else { return nil }
        return values[entry]
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
                let (entry, hasLonger) = find(key)
                if let entry, !values[entry].isEmpty { best = (end + 1, values[entry]) }
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
