import VietText

/// A set of Vietnamese words for word segmentation, looked up without regard to case, Unicode
/// normalisation or tone-mark placement ("hoà" finds "hòa", "HÒA" and a decomposed "hòa").
///
/// Start from the shipped lexicon (about 35,000 multi-syllable words from the pyvi and RDRsegmenter/vnvocab
/// word lists, see NOTICE) and add your own words from code or from a file:
///
/// ```swift
/// var lexicon = Lexicon.shipped
/// lexicon.insert("chuyển đổi số")              // syllables separated by spaces…
/// lexicon.insert("Bưu_điện_Văn_hóa_xã")        // …or by underscores (VLSP style)
/// try lexicon.load(contentsOfFile: "my-words.txt")
/// lexicon.contains("Chuyển Đổi Số")            // true
/// let segmenter = Segmenter(lexicon: lexicon)
/// ```
///
/// `Lexicon` is a value type: copies are independent and can be shared across threads.
public struct Lexicon: Sendable {
    /// What the lexicon knows about one syllable sequence, packed into the 32-bit value of its
    /// hash-table slot: bit 31 "is a word", bit 30 "begins a longer word", bits 0–15 the weight × 1000.
    struct Entry: Sendable {
        var raw: UInt32

        init(raw: UInt32) { self.raw = raw }

        init(isWord: Bool, isPrefix: Bool, weight: Float) {
            raw = (isWord ? 1 << 31 : 0) | (isPrefix ? 1 << 30 : 0)
            self.weight = weight
        }

        /// The sequence is a word.
        var isWord: Bool {
            get { raw & (1 << 31) != 0 }
            set { raw = newValue ? raw | (1 << 31) : raw & ~(1 << 31) }
        }
        /// The sequence begins a longer word, so matching should continue.
        var isPrefix: Bool {
            get { raw & (1 << 30) != 0 }
            set { raw = newValue ? raw | (1 << 30) : raw & ~(1 << 30) }
        }
        /// How strongly the segmenter prefers this word (1 neutral, 0 never join, > 1 prefer; at most 65).
        var weight: Float {
            get { Float(raw & 0xFFFF) / 1000 }
            set { raw = (raw & ~0xFFFF) | UInt32(min(max(newValue, 0), 65.535) * 1000) }
        }
    }

    /// Syllable hash → syllable id (bits 0–23) | bit 31 "begins a multi-syllable word" | bit 30
    /// "continues one": the segmenter skips word lookups that these bits rule out.
    private(set) var syllables = HashTable(capacity: 1024, filtered: false)
    /// Word key (hash of syllable ids) → ``Entry``.
    private(set) var words = HashTable(capacity: 1024, filtered: true)
    /// The id the next new syllable gets: the number of distinct syllables (in either placement).
    private(set) var nextSyllable: UInt32 = 0
    /// The number of words (single- and multi-syllable) in the lexicon.
    public private(set) var count = 0
    /// The most syllables any word has.
    public private(set) var longestWord = 0

    /// An empty lexicon.
    public init() {}

    /// An empty lexicon whose tables are sized for `syllableKeys` syllable keys and `wordKeys`
    /// word and prefix keys: filled to those counts, it never grows (each growth rehashes every
    /// key: building the shipped lexicon grew its tables nine times, 8M instructions).
    init(syllableKeys: Int, wordKeys: Int) {
        syllables = HashTable(capacity: syllableKeys, filtered: false)
        words = HashTable(capacity: wordKeys, filtered: true)
    }

    /// A lexicon of the given tables and counts, as ``init(snapshot:)`` reads them back.
    init(syllables: HashTable, words: HashTable, nextSyllable: UInt32, count: Int, longestWord: Int) {
        self.syllables = syllables
        self.words = words
        self.nextSyllable = nextSyllable
        self.count = count
        self.longestWord = longestWord
    }

    /// A lexicon of the given words; see ``insert(_:)`` for their form.
    ///
    /// - Complexity: O(total length of `words`).
    public init(words: some Sequence<String>) {
        for word in words { insert(word) }
    }

    /// Adds a word: syllables separated by spaces or underscores, any case, either tone placement.
    /// Blank input is ignored.
    ///
    /// - Parameter word: e.g. "công nghệ thông tin" or "Công_nghệ_thông_tin".
    public mutating func insert(_ word: String) {
        insert(word, weight: 1)
    }

    /// Whether `word` (in any case and tone placement, syllables separated by spaces or underscores)
    /// is a word of the lexicon.
    public func contains(_ word: String) -> Bool {
        guard let key = wordKey(word) else { return false }
        return entry(key)?.isWord ?? false
    }

    // MARK: Internals

    /// Inserts with a segmentation weight (the shipped lexicon's learned preferences).
    mutating func insert(_ word: String, weight: Float) {
        var cache = SyllableCache()
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for part in Self.syllables(of: word) {
            ranges.append(bytes.count..<(bytes.count + part.utf8.count))
            bytes += part.utf8
        }
        bytes.withUnsafeBufferPointer { insert($0, syllables: ranges, weight: weight, cache: &cache) }
    }

    /// Normalised keys of syllables already seen, by the hash of their bytes as written: building
    /// the shipped lexicon meets each of its ~8,000 distinct syllables ~10 times, and normalising
    /// (NFC, case, tone placement) dominates; keying by bytes spares a `String` per syllable.
    ///
    /// A ``HashTable`` from the written hash to an index into `hashes`, not a `Dictionary`, whose
    /// hashing of every key cost 11.6M of the shipped lexicon's 93.6M instructions of loading.
    struct SyllableCache {
        private var indices: HashTable
        /// Per syllable seen: its key and its other placement's key (equal when it has none).
        private var hashes: [(hash: UInt64, oldHash: UInt64)] = []

        /// A cache for about `capacity` syllables (it grows past them): small for one word
        /// inserted by hand, which makes a cache of its own.
        init(capacity: Int = 16) {
            indices = HashTable(capacity: capacity, filtered: false)
        }

        /// The keys of the syllable written with hash `written`, if seen.
        func keys(written: UInt64) -> (hash: UInt64, oldHash: UInt64)? {
            indices[written].map { hashes[Int($0)] }
        }

        mutating func add(written: UInt64, hash: UInt64, oldHash: UInt64) {
            indices.set(written, UInt32(hashes.count))
            hashes.append((hash, oldHash))
        }
    }

    /// Inserts a word given as the byte ranges of its syllables in `bytes` (valid UTF-8).
    mutating func insert(
        _ bytes: UnsafeBufferPointer<UInt8>, syllables parts: [Range<Int>], weight: Float, cache: inout SyllableCache
    ) {
        guard !parts.isEmpty else { return }
        var key = SyllableKey.wordSeed
        for (index, part) in parts.enumerated() {
            let position: UInt32 = parts.count == 1 ? 0 : index == 0 ? Self.beginsWord : Self.continuesWord
            key = SyllableKey.extend(key, register(UnsafeBufferPointer(rebasing: bytes[part]), position: position, cache: &cache))
            if index < parts.count - 1 {
                let known = words[key]
                var entry = known.map(Entry.init(raw:)) ?? Entry(isWord: false, isPrefix: true, weight: 1)
                entry.isPrefix = true
                // (Most prefixes are known already, as prefixes: setting the same value again
                // changes nothing, and cost a second probe.)
                if known != entry.raw { words.set(key, entry.raw) }
            }
        }
        var entry = words[key].map(Entry.init(raw:)) ?? Entry(isWord: false, isPrefix: false, weight: weight)
        if !entry.isWord { count += 1 }
        entry.isWord = true
        entry.weight = weight
        words.set(key, entry.raw)
        longestWord = max(longestWord, parts.count)
    }

    static func syllables(of word: String) -> [String] {
        word.split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "\t" }).map(String.init)
    }

    static let beginsWord: UInt32 = 1 << 31
    static let continuesWord: UInt32 = 1 << 30
    static let idMask: UInt32 = (1 << 24) - 1

    /// The id of a syllable, registering both tone placements of its normalised form and noting
    /// its `position` bits.
    private mutating func register(_ syllable: UnsafeBufferPointer<UInt8>, position: UInt32, cache: inout SyllableCache) -> UInt32 {
        var written = SyllableKey.offsetBasis
        for byte in syllable { written = SyllableKey.mix(written, UInt32(byte)) }
        let (hash, oldHash): (UInt64, UInt64)
        if let known = cache.keys(written: written) {
            (hash, oldHash) = known
        } else {
            (hash, oldHash) = Self.keys(of: syllable)
            cache.add(written: written, hash: hash, oldHash: oldHash)
        }
        let value: UInt32
        let existing = syllables[hash]
        if let existing {
            value = existing | position
        } else {
            value = nextSyllable | position
            nextSyllable += 1
        }
        // (Both placements always hold the same value: nothing to write when it did not change,
        // as for most of a syllable's later occurrences.)
        if existing != value {
            syllables.set(hash, value)
            if oldHash != hash { syllables.set(oldHash, value) }
        }
        return value & Self.idMask
    }

    /// A syllable's key (NFC, lower case, new tone placement) and its old placement's key (the same
    /// when the placements agree). Bytes already NFC and lower case — the shipped lexicon's — are
    /// keyed as they are, without a `String` through normalisation and case mapping (~2 800
    /// instructions a syllable); tone placement is moved only where a byte scan finds it could be.
    static func keys(of syllable: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, oldHash: UInt64) {
        let key: String
        if UnicodeNormalizer.certainlyNFCPrefix(syllable).end == syllable.count, isLowercase(syllable) {
            // (NFC as the byte scan proves it has no combining mark, so the byte hash is defined.)
            guard let moved = TonePlacement.convert(syllable, to: .new) else {
                if let hash = SyllableKey.hash(syllable, 0, syllable.count, tables: CharacterTables.pointers) {
                    let old = TonePlacement.convert(syllable, to: .old)
                    return (hash, old.map(SyllableKey.hash) ?? hash)
                }
                return keys(ofKey: TonePlacement.lookupKey(String(decoding: syllable, as: UTF8.self)))
            }
            key = moved
        } else {
            key = TonePlacement.lookupKey(String(decoding: syllable, as: UTF8.self))
        }
        return keys(ofKey: key)
    }

    /// ``keys(of:)`` of a key already NFC, lower case and in the new placement.
    private static func keys(ofKey key: String) -> (hash: UInt64, oldHash: UInt64) {
        let old = TonePlacement.convert(key, to: .old)
        return (SyllableKey.hash(key), old != key ? SyllableKey.hash(old) : SyllableKey.hash(key))
    }

    /// Whether no scalar of the UTF-8 `bytes` changes when lower-cased.
    private static func isLowercase(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead &- UInt8(ascii: "A") < 26 { return false }
                index += 1
                continue
            }
            let (scalar, length) = UTF8Decoding.decode(bytes, at: index)
            if CharacterTables.lower(scalar) != scalar { return false }
            index += length
        }
        return true
    }

    /// The key of a word, or nil when one of its syllables is unknown.
    private func wordKey(_ word: String) -> UInt64? {
        let parts = Self.syllables(of: word)
        guard !parts.isEmpty else { return nil }
        var key = SyllableKey.wordSeed
        for part in parts {
            guard let value = syllableValue(normalizedHash: SyllableKey.normalizedHash(part)) else { return nil }
            key = SyllableKey.extend(key, value & Self.idMask)
        }
        return key
    }

    /// The syllable's id and position bits (see ``syllables``).
    @inline(__always)
    func syllableValue(normalizedHash hash: UInt64) -> UInt32? { syllables[hash] }

    @inline(__always)
    func entry(_ key: UInt64) -> Entry? { words[key].map(Entry.init(raw:)) }
}
