import VietTokenizer

/// What the scanner knows about a word (``ScanFilter``'s lists), as bits.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt8

    /// Starts an expression on its own ("hai", "mười", "hôm").
    static let selfStarting = WordClass(rawValue: 1 << 0)
    /// Starts one only before a number ("năm", "từ", "khoảng").
    static let needsNumber = WordClass(rawValue: 1 << 1)
    /// Makes a number-introducing word before it worth parsing ("triệu", "nay", "tháng").
    static let numeric = WordClass(rawValue: 1 << 2)
    /// May continue an expression after a bare number ("triệu", "ha", "đến").
    static let continuation = WordClass(rawValue: 1 << 3)
    /// Starts an expression only before a few words ("chủ nhật", "đầu năm"): ``ScanFilter/requiredFollowers``.
    static let needsFollower = WordClass(rawValue: 1 << 4)
    /// Starts only a Roman ordinal ("Chương II", "khóa XII"): ``Vocabulary/romanIntroducersOnly``.
    static let romanIntroducerOnly = WordClass(rawValue: 1 << 5)
}

/// FNV-1a word hashes → ``WordClass``, with open addressing on the hashes' low bits: one probe per
/// token answers every question the scanner asks about a word (four `Set`s used to cost four
/// SipHash-free probes plus a `swift_once` each). Two ``WordPrefixFilter``s in front of it reject
/// most words before they are hashed at all.
struct WordClassTable: Sendable {
    private var keys = [UInt64](repeating: 0, count: 2048)
    private var classes = [WordClass](repeating: [], count: 2048)
    private var count = 0
    /// Passes every word that may start an expression (``WordClass/selfStarting`` or ``WordClass/needsNumber``).
    private(set) var starts = WordPrefixFilter()
    /// Passes every ``WordClass/numeric`` word.
    private(set) var numerics = WordPrefixFilter()
    /// The tokenizer's lexicon keys of the words that may start an expression.
    private(set) var startKeys = LexiconKeySet()
    /// The tokenizer's lexicon keys of the ``WordClass/numeric`` words.
    private(set) var numericKeys = LexiconKeySet()

    /// Adds `wordClass` to the classes of `word` (hashed with ``ScanFilter/hash(_:)``).
    mutating func insert(_ word: String, _ wordClass: WordClass) {
        // Keyed as the tokenizer keys the word itself: no copy of its hash function here.
        let lexiconKey = Tokenizer().tokenize(word).lexiconKeys.first ?? 0
        if !wordClass.isDisjoint(with: [.selfStarting, .needsNumber]) {
            starts.insert(word)
            startKeys.insert(lexiconKey)
        }
        if wordClass.contains(.numeric) {
            numerics.insert(word)
            numericKeys.insert(lexiconKey)
        }
        insert(ScanFilter.hash(word), wordClass)
    }

    /// Adds `wordClass` to the classes of the word with this hash.
    private mutating func insert(_ hash: UInt64, _ wordClass: WordClass) {
        if (count + 1) * 4 > keys.count { grow() }
        let key = hash == 0 ? 1 : hash
        let index = keys.withUnsafeBufferPointer { OpenAddressing.slot(of: key, in: $0) }
        if keys[index] == 0 {
            keys[index] = key
            count += 1
        }
        classes[index].formUnion(wordClass)
    }

    /// The classes of the word with this hash; empty for a word in no list.
    func classes(of hash: UInt64) -> WordClass {
        let key = hash == 0 ? 1 : hash
        return keys.withUnsafeBufferPointer { keys in
            let index = OpenAddressing.slot(of: key, in: keys)
            return keys[index] == key ? classes.withUnsafeBufferPointer { $0[index] } : []
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldClasses = classes
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        classes = [WordClass](repeating: [], count: oldKeys.count * 2)
        count = 0
        for (key, wordClass) in zip(oldKeys, oldClasses) where key != 0 { insert(key, wordClass) }
    }
}
