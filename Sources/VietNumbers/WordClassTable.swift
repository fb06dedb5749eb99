import VietTokenizer

/// What the scanner knows about a word (``ScanFilter``'s lists), as bits.
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt16

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
    /// Introduces a whole expression and nothing else ("từ", "trên"): ``ScanFilter/expressionIntroducers``.
    static let expressionIntroducer = WordClass(rawValue: 1 << 6)
    /// A later word of a qualifier phrase ("quá" in "không quá"): ``ScanFilter/phraseContinuations``.
    static let phraseContinuation = WordClass(rawValue: 1 << 7)
    /// A word of spelled-out numbers that is a number on its own after a qualifier ("ba", "mười"):
    /// ``ScanFilter/numberWords``.
    static let numberWord = WordClass(rawValue: 1 << 8)
    /// A word some ``needsFollower`` word needs next ("nhật", "niên"): ``ScanFilter/requiredFollowers``.
    static let requiredFollower = WordClass(rawValue: 1 << 9)
    /// Starts a rank in words ("hạng Nhất", "giải nhì"): the keys of ``Vocabulary/ranks``.
    static let rankIntroducer = WordClass(rawValue: 1 << 10)
    /// A rank after a ``rankIntroducer`` ("nhất", "nhì"): the words of ``Vocabulary/ranks``.
    static let rankWord = WordClass(rawValue: 1 << 11)

    /// Not a class: marks a lexicon key of ``WordClassTable`` whose forms all have the same classes
    /// (``WordClassTable/uniformClasses(ofLexiconKey:)``).
    static let uniformMark = WordClass(rawValue: 1 << 15)

    /// The classes of a word that may start an expression.
    static let starting: WordClass = [.selfStarting, .needsNumber, .rankIntroducer]
}

/// The scanner's word lists as two maps to ``WordClass``: by FNV-1a hash of a word form's bytes
/// (exact case: the lists hold each word in lower case, Capitalised and UPPER), and by the
/// tokenizer's lexicon key (case-folded), with a bit filter of the start words' keys and
/// ``WordPrefixFilter``s in front.
/// One probe answers every question the scanner asks about a word (four `Set`s used to cost four
/// probes plus a `swift_once` each).
///
/// Built once, for ``ScanFilter/words``, into memory that is never freed or written again: the
/// table holds no arrays, so the token loop reads it without retains, bounds checks or array
/// accessors.
///
/// ```swift
/// let table = WordClassTable([("năm", .needsNumber), ("triệu", .numeric)])
/// table.classes(of: ScanFilter.hash("năm"))  // [.needsNumber]
/// table.classes(of: ScanFilter.hash("Năm"))  // []: each case form is listed on its own
/// ```
struct WordClassTable: Sendable {
    private let byHash: Slots
    private let byLexiconKey: Slots
    /// Passes every word that may start an expression (``WordClass/starting``).
    let starts: WordPrefixFilter
    /// Passes every ``WordClass/numeric`` word.
    let numerics: WordPrefixFilter
    /// Passes the tokenizer's lexicon keys of the words that may start an expression.
    let startKeys: HashBitFilter
    /// Passes every lexicon key the scanner's walk must stop at: those of ``startKeys``, 0 (a
    /// token without a key: digits, codes, abbreviations, words with combining marks) and the
    /// `startingMarks`' keys. The keys of other punctuation and symbols (``ScanFilter/nextCandidate(_:_:from:notBefore:_:_:)``
    /// walks past them) are almost all turned away.
    let walkStops: HashBitFilter

    /// A table of word forms and their classes; a form listed twice has the union of its classes.
    /// `startingMarks` are the punctuation and symbols that may start an expression ("$", "-", "¼").
    init(_ entries: [(form: String, wordClass: WordClass)], startingMarks: [String] = []) {
        // Keyed as the tokenizer keys the word itself: no copy of its hash function here.
        let lexiconKeys = Self.keys(of: entries.map(\.form), kinds: [.word])
        let formHashes = entries.map { ScanFilter.hash($0.form) }
        byHash = Slots(zip(formHashes, entries).map { ($0, $1.wordClass) })
        // Each form's classes (by its hash, the exact table's key: hashing the `String`s, with
        // their Unicode normalisation, cost 5M instructions at every process start), then, per
        // lexicon key, whether all of its forms have the same.
        var formClasses: [UInt64: WordClass] = [:]
        for (hash, entry) in zip(formHashes, entries) { formClasses[hash, default: []].formUnion(entry.wordClass) }
        var keyClasses: [UInt64: (classes: WordClass, uniform: Bool)] = [:]
        for (key, hash) in zip(lexiconKeys, formHashes) where key != 0 {
            let classes = formClasses[hash]!
            let known = keyClasses[key]
            keyClasses[key] = (classes, known.map { $0.uniform && $0.classes == classes } ?? true)
        }
        byLexiconKey = Slots(
            zip(lexiconKeys, entries).filter { $0.0 != 0 }.map { key, entry in
                (key, keyClasses[key]!.uniform ? entry.wordClass.union(.uniformMark) : entry.wordClass)
            })
        let starting = entries.indices.filter { !entries[$0].wordClass.isDisjoint(with: .starting) }
        let numeric = entries.indices.filter { entries[$0].wordClass.contains(.numeric) }
        starts = WordPrefixFilter(starting.map { entries[$0].form })
        numerics = WordPrefixFilter(numeric.map { entries[$0].form })
        startKeys = HashBitFilter(starting.map { lexiconKeys[$0] }.filter { $0 != 0 })
        let markKeys = Self.keys(of: startingMarks, kinds: [.punctuation, .symbol]).filter { $0 != 0 }
        walkStops = HashBitFilter(starting.map { lexiconKeys[$0] } + [0] + markKeys)
    }

    /// The tokenizer's lexicon key of the first token of `form` when it is of one of `kinds`, else 0.
    static func key(of form: String, kinds: [TokenKind]) -> UInt64 {
        let tokenized = Tokenizer().tokenize(form)
        guard let first = tokenized.tokens.first, kinds.contains(first.kind) else { return 0 }
        return tokenized.lexiconKeys.first ?? 0
    }

    /// ``key(of:kinds:)`` of each of `forms`, from one tokenization of them all, a line each:
    /// tokenizing ~3 000 forms one by one cost 7M instructions at every process's first scan, most
    /// of it the set-up of a call. A form with a line break of its own is tokenized alone.
    /// `WordClassTableTests` checks that each key is the one tokenizing the form alone gives.
    static func keys(of forms: [String], kinds: [TokenKind]) -> [UInt64] {
        var text = ""
        // Where each form starts in `text`; nil for a form with a line break, tokenized alone.
        var starts: [Int?] = []
        starts.reserveCapacity(forms.count)
        for form in forms {
            guard !form.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else {
                starts.append(nil)
                continue
            }
            starts.append(text.utf8.count)
            text += form
            text += "\n"
        }
        let tokenized = Tokenizer().tokenize(text)
        let tokens = tokenized.tokens
        var keys: [UInt64] = []
        keys.reserveCapacity(forms.count)
        var index = 0
        for (form, start) in zip(forms, starts) {
            guard let start else {
                keys.append(key(of: form, kinds: kinds))
                continue
            }
            while index < tokens.count, tokens[index].utf8Range.lowerBound < start { index += 1 }
            let isFirst = index < tokens.count && tokens[index].utf8Range.lowerBound < start + form.utf8.count
            keys.append(
                isFirst && kinds.contains(tokens[index].kind) && index < tokenized.lexiconKeys.count ? tokenized.lexiconKeys[index] : 0)
        }
        return keys
    }

    /// The classes of the word form with this ``ScanFilter/hash(_:)`` (exact bytes), empty when unknown.
    @inline(__always)
    func classes(of hash: UInt64) -> WordClass {
        byHash.classes(of: hash)
    }

    /// The union of the classes of the word forms whose lexicon key is `key` (the tokenizer's
    /// key of their lower-cased scalars), empty when none has it or `key` is 0 (no key).
    @inline(__always)
    func classes(ofLexiconKey key: UInt64) -> WordClass {
        classesAndUniformity(ofLexiconKey: key).classes
    }

    /// The classes of the word forms whose lexicon key is `key` when every one of those forms has
    /// them all, else nil (also for no form): then a word with this key has these classes by its
    /// ``ScanFilter/hash(_:)`` or none (a form the lists do not hold, such as "nĂm" or "may" for
    /// the month), unless word hashes collide.
    @inline(__always)
    func uniformClasses(ofLexiconKey key: UInt64) -> WordClass? {
        let (classes, uniform) = classesAndUniformity(ofLexiconKey: key)
        return uniform ? classes : nil
    }

    /// ``classes(ofLexiconKey:)`` and whether they are ``uniformClasses(ofLexiconKey:)``, in one probe.
    @inline(__always)
    func classesAndUniformity(ofLexiconKey key: UInt64) -> (classes: WordClass, uniform: Bool) {
        let classes = key == 0 ? [] : byLexiconKey.classes(of: key)
        return (classes.subtracting(.uniformMark), classes.contains(.uniformMark))
    }

    /// An open-addressing map from non-zero 64-bit keys to classes, probed linearly from the
    /// key's low bits (FNV hashes and lexicon keys are well mixed there).
    private struct Slots: @unchecked Sendable {
        /// Keys (0 marks an empty slot) and their classes, never freed or written after `init`.
        private let keys: UnsafePointer<UInt64>
        private let values: UnsafePointer<WordClass>
        private let mask: Int

        init(_ entries: [(key: UInt64, wordClass: WordClass)]) {
            // Half full at most, counting each key once (the lists repeat words and forms): the
            // token loop probes the lexicon-key map for every start-word candidate and its next
            // tokens, and a smaller map misses the cache less often (sized by the entries and a
            // quarter full, it was 64 KB of keys).
            let distinct = Set(entries.map { Self.stored($0.key) }).count
            var capacity = 64
            while capacity < distinct * 2 { capacity *= 2 }
            let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
            keys.initialize(repeating: 0, count: capacity)
            let values = UnsafeMutablePointer<WordClass>.allocate(capacity: capacity)
            values.initialize(repeating: [], count: capacity)
            mask = capacity - 1
            for (key, wordClass) in entries {
                let slot = Self.slot(of: Self.stored(key), keys, mask)
                keys[slot] = Self.stored(key)
                values[slot].formUnion(wordClass)
            }
            self.keys = UnsafePointer(keys)
            self.values = UnsafePointer(values)
        }

        @inline(__always)
        func classes(of key: UInt64) -> WordClass {
            let stored = Self.stored(key)
            let slot = Self.slot(of: stored, keys, mask)
            return keys[slot] == stored ? values[slot] : []
        }

        /// 0 marks an empty slot, so a hash of 0 is stored as 1 (a collision the exact tests after
        /// the table tolerate, as they tolerate any hash collision).
        @inline(__always)
        private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

        /// The slot holding `key`, or the empty slot where it would go.
        @inline(__always)
        private static func slot(of key: UInt64, _ keys: UnsafePointer<UInt64>, _ mask: Int) -> Int {
            var index = Int(truncatingIfNeeded: key) & mask
            while keys[index] != 0, keys[index] != key { index = (index + 1) & mask }
            return index
        }
    }
}
