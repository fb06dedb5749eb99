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

    /// Adds `wordClass` to the classes of `word` (hashed with ``ScanFilter/hash(_:)``).
    mutating func insert(_ word: String, _ wordClass: WordClass) {
        if !wordClass.isDisjoint(with: [.selfStarting, .needsNumber]) { starts.insert(word) }
        if wordClass.contains(.numeric) { numerics.insert(word) }
        insert(ScanFilter.hash(word), wordClass)
    }

    /// Adds `wordClass` to the classes of the word with this hash.
    private mutating func insert(_ hash: UInt64, _ wordClass: WordClass) {
        if (count + 1) * 4 > keys.count { grow() }
        let key = hash == 0 ? 1 : hash
        let mask = keys.count - 1
        var index = Int(truncatingIfNeeded: key) & mask
        while keys[index] != 0, keys[index] != key { index = (index + 1) & mask }
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
            let mask = keys.count - 1
            var index = Int(truncatingIfNeeded: key) & mask
            while true {
                let present = keys[index]
                if present == key { return classes.withUnsafeBufferPointer { $0[index] } }
                if present == 0 { return [] }
                index = (index + 1) & mask
            }
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
