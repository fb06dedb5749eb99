/// The entries of a lexicon being built, keyed in its mode, in file order, before
/// ``CompiledLexicon`` sorts them: key i is `arena[bounds[i]..<bounds[i + 1]]`.
///
/// The keys are gathered in one arena: an array per key cost an allocation and a release per
/// entry. A plain entry of a lexicon file (``CompiledLexicon/plainScan(_:mode:)``) is copied from
/// the file's bytes straight into the arena, its ASCII capitals lowered there when the mode ignores
/// case: making a `String` of each key of the ten thousand of the shipped lexicons, and releasing
/// it, was a quarter of the cost of building them.
struct LexiconKeyArena {
    let mode: KeyMode
    private(set) var arena: [UInt8] = []
    private(set) var bounds: [Int] = [0]
    /// ``SortedKeys/head(of:)`` of each key.
    private(set) var heads: [UInt64] = []
    /// The value of each key, nil when its entry has none.
    private(set) var values: [String?] = []
    /// Whether any entry has a value.
    private(set) var hasValues = false
    /// The largest ``CompiledLexicon/tokenBound(bytes:)`` of a key (1 when there is none).
    private(set) var longestTokenBound = 1

    /// An empty arena with room for `entries` entries of `bytes` bytes of keys in all.
    init(mode: KeyMode, entries: Int = 0, bytes: Int = 0) {
        self.mode = mode
        arena.reserveCapacity(bytes)
        bounds.reserveCapacity(entries + 1)
        heads.reserveCapacity(entries)
        values.reserveCapacity(entries)
    }

    /// The number of keys (entries whose key is empty are left out).
    var count: Int { heads.count }

    /// Adds an entry given as text, keyed by ``CompiledLexicon/plainEntry(_:mode:)`` or else
    /// ``KeyMode/phraseKey(_:)``.
    mutating func add(key text: String, value: String?) {
        let plain = CompiledLexicon.plainEntry(text, mode: mode)
        var key = plain?.key ?? mode.phraseKey(text)
        key.withUTF8 { append($0, lowering: false, value: value, tokenBound: plain?.tokenBound) }
    }

    /// Adds an entry of a lexicon file; the same key as ``add(key:value:)`` of its strings.
    mutating func add(_ entry: LexiconFileParser.Entry) {
        guard case .bytes(let key, let value) = entry, let scan = CompiledLexicon.plainScan(key, mode: mode) else {
            let (key, value) = entry.strings
            add(key: key, value: value)
            return
        }
        append(key, lowering: scan.lowering, value: value.map { String(decoding: $0, as: UTF8.self) }, tokenBound: scan.tokenBound)
    }

    /// Appends `key` (ASCII-lowered when `lowering`) unless it is empty; `tokenBound` nil: count it.
    private mutating func append(_ key: UnsafeBufferPointer<UInt8>, lowering: Bool, value: String?, tokenBound: Int?) {
        guard !key.isEmpty else { return }
        let start = arena.count
        arena.append(contentsOf: key)
        let (head, bound) = arena.withUnsafeMutableBufferPointer { arena in
            let key = UnsafeMutableBufferPointer(rebasing: arena[start...])
            if lowering {
                for index in key.indices { key[index] = KeyMode.asciiLowered(key[index]) }
            }
            let bytes = UnsafeBufferPointer(key)
            return (SortedKeys.head(of: bytes), tokenBound ?? CompiledLexicon.tokenBound(bytes: bytes))
        }
        bounds.append(arena.count)
        heads.append(head)
        values.append(value)
        if value != nil { hasValues = true }
        longestTokenBound = max(longestTokenBound, bound)
    }
}
