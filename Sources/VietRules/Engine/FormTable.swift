import VietText
import VietTokenizer

/// Per distinct token text ("form"): its comparison keys, literal ids and cached predicate results.
/// A form is analysed once per ``RuleMatcher`` however often it occurs, which is what makes a
/// thousand literal rules cost about as much as one — and, as everything here depends on the rule
/// set and the forms' text only, a finished matcher that ran more than
/// ``RuleMatcher/linesBeforeSharing`` lines hands its table on to the rule set's later ones
/// (``FormTableCache``), which then analyse only the forms none of them has met.
struct FormTable {
    struct Form {
        let text: String
        /// Key per ``KeyMode``, computed on first use.
        var keys = ModeKeys()
        /// Literal id per ``KeyMode`` (-1: none), -2 until computed.
        var literalIDs: (Int32, Int32, Int32, Int32) = (-2, -2, -2, -2)
        var shape: String?
    }

    /// A form's key per ``KeyMode`` (nil: not computed yet), stored inline: as an array, every new
    /// form allocated one, and its first key copied it (a tenth of a new form's key cost).
    struct ModeKeys {
        private var exact, ignoreCase, ignoreDiacritics, ignoreBoth: String?

        subscript(mode: KeyMode) -> String? {
            get {
                switch mode {
                case .exact: exact
                case .ignoreCase: ignoreCase
                case .ignoreDiacritics: ignoreDiacritics
                case .ignoreBoth: ignoreBoth
                }
            }
            set {
                switch mode {
                case .exact: exact = newValue
                case .ignoreCase: ignoreCase = newValue
                case .ignoreDiacritics: ignoreDiacritics = newValue
                case .ignoreBoth: ignoreBoth = newValue
                }
            }
        }
    }

    private(set) var forms: [Form] = []
    /// Open-addressing table over the UTF-8 bytes of forms, ``slotWords`` words per slot: a tag —
    /// the form's 24-bit hash << 40 | its length in bytes (at most 255) << 32 | (form id + 1),
    /// 0 = empty —, the form's first 8 bytes, its ``StartPhases`` mask (0 until stored, see
    /// ``storeStartMask(_:slot:)``) and an unused word. Hashing bytes, not `String`s, matters:
    /// Swift's Unicode-correct string hashing and comparison took more than half of the matcher's
    /// time on the legal corpus (perf). Hash, length, leading bytes and mask sit in the slot itself
    /// so that looking up a form of up to 8 bytes (most Vietnamese syllables) and its mask touches
    /// one cache line: with the hashes and bytes in arrays of their own, the cache misses of
    /// looking up every token were a sixth of the matcher's time on the shipped rules, and the
    /// mask read from the form's seed record was a second miss per token.
    private var slots: [UInt64] = Array(repeating: 0, count: Self.slotWords << 12)
    /// Words per slot of ``slots``: four, so that a slot (32 bytes) never straddles two cache lines.
    private static let slotWords = 4
    /// Where a slot's mask word is.
    private static let maskWord = 2
    private var arena: [UInt8] = []
    private var spans: [Range<Int>] = []
    /// Per (form × regex count + regex): 1 if the regex matches the form, 0 if not, 0xFF unknown.
    var regexResults: [UInt8] = []
    /// Per (form × lexicon count + lexicon): bit 0: is an entry, bit 1: a longer entry starts with
    /// it; 0xFF unknown. Flat arrays, not dictionaries: hashing the keys cost more than the probes.
    var lexiconProbes: [UInt8] = []
    /// Per (form × lexicon count + lexicon), for the lexicons a look-behind reads: 1 when the form
    /// may end an entry (``RuleSetStorage/lookbehindSuffixFilters``), 0 when it cannot; 0xFF unknown.
    var lexiconSuffixProbes: [UInt8] = []
    /// Per form, ``seedStride`` entries: per phase, where in `seedPool` the rules that can start at
    /// the form are listed (-1: not computed yet). (Its ``StartPhases`` mask is kept in its hash
    /// slot: ``storeStartMask(_:slot:)``.)
    var seedRecords: [Int32] = []
    /// The phases a seed record has a slot for (the rule set's phase count).
    var seedPhases = 0
    var seedStride: Int { seedPhases }
    /// Seed lists, each a count followed by that many rule indices in rule order; the list at 0 is
    /// the empty one, shared by every form that starts nothing.
    var seedPool: [Int] = [0]
    /// Multi-token lexicon walks as a lazily built automaton: a state is a key prefix of some entry
    /// (interned per lexicon), and (state, space before, form) → next state, so a walk does string
    /// work only the first time a prefix meets a form.
    var prefixKeys: [String] = []
    var prefixLexicons: [Int] = []
    /// (a hash of a state's lexicon and key bytes) → the state (see ``prefixState(_:lexicon:)``).
    var prefixIDs = IntegerMap()
    /// (state << 33 | form << 1 | space) → -1 (dead) or next state << 2 | 2 (longer entries follow) | 1 (is an entry).
    var transitions = IntegerMap()
    /// (form << 20 | lexicon) → the walk state after that form.
    var startStates = IntegerMap()

    /// Forms kept before the table is emptied, to bound memory on endless input.
    static let capacity = 400_000

    mutating func clearIfFull() {
        guard forms.count > Self.capacity else { return }
        forms.removeAll(keepingCapacity: true)
        slots = Array(repeating: 0, count: Self.slotWords << 12)
        arena.removeAll(keepingCapacity: true)
        spans.removeAll(keepingCapacity: true)
        regexResults.removeAll(keepingCapacity: true)
        lexiconProbes.removeAll(keepingCapacity: true)
        lexiconSuffixProbes.removeAll(keepingCapacity: true)
        seedRecords.removeAll(keepingCapacity: true)
        seedPool.removeAll(keepingCapacity: true)
        seedPool.append(0)
        prefixKeys.removeAll(keepingCapacity: true)
        prefixLexicons.removeAll(keepingCapacity: true)
        prefixIDs.removeAll()
        transitions.removeAll()
        startStates.removeAll()
    }

    /// Makes `table` (one entry per form and item, 0xFF unknown) long enough for `index`.
    static func reserve(_ table: inout [UInt8], for index: Int) {
        guard index >= table.count else { return }
        table.append(contentsOf: repeatElement(0xFF, count: max(index + 1 - table.count, table.count, 1024)))
    }

    /// The state for a key prefix of a lexicon's entries.
    ///
    /// States are interned by a hash of the lexicon and the key's bytes, checked against the state
    /// found: a `[String: Int32]` keyed by the lexicon and key joined in a string cost ~3 800
    /// instructions per new state (building the string, hashing it, growing the dictionary). Two
    /// keys with the same hash, or canonically equivalent keys spelled with other bytes, get
    /// states of their own: the same walks, only cached apart.
    mutating func prefixState(_ key: String, lexicon: Int) -> Int32 {
        var bytes = key
        let hash = bytes.withUTF8 { Self.hash($0, 0..<$0.count).hash }
        let slot = Int64(bitPattern: (hash ^ UInt64(truncatingIfNeeded: lexicon)) &* 0xFF51_AFD7_ED55_8CCD)
        let known = prefixIDs[slot]
        if let known, prefixLexicons[Int(known)] == lexicon, prefixKeys[Int(known)] == key { return Int32(known) }
        let id = Int32(prefixKeys.count)
        prefixKeys.append(key)
        prefixLexicons.append(lexicon)
        if known == nil { prefixIDs[slot] = Int64(id) }
        return id
    }

    /// The id of the form spelled by `bytes` (valid UTF-8), adding it when new.
    ///
    /// - Complexity: O(length) expected.
    mutating func id(of bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        find(in: bytes, range: 0..<bytes.count).id
    }

    /// The form spelled by `line[range]` (valid UTF-8), added when new: its id, the slot that
    /// holds it (valid until the next form is added, for ``storeStartMask(_:slot:)``) and the
    /// start-phase mask stored there (0: none yet). The bytes of the line around the form may be
    /// read (never used): the hash takes 8 bytes per load.
    ///
    /// Every token of the input comes through here, so the common case is inlined into the
    /// caller's loop: a known form of 1 to 8 bytes (most Vietnamese syllables) with 8 bytes
    /// readable from its start is one load, one hash and one probe, without the bounds and
    /// overflow checks and the call of the general path (about half of this function's
    /// instructions per token). The hash and slots are the general path's, so both find the same
    /// id; anything else — a new form, a longer one, one near the end of the line — goes there.
    ///
    /// - Complexity: O(length) expected.
    @inline(__always)
    mutating func find(in line: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> (id: Int32, slot: Int, startMask: UInt64) {
        let count = range.count
        if count > 0, count <= 8, let base = line.baseAddress, range.lowerBound >= 0, range.lowerBound <= line.count &- 8 {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + range.lowerBound).loadUnaligned(as: UInt64.self))
            let head = count == 8 ? word : word & (1 &<< (8 &* UInt64(count)) &- 1)
            let hash = Self.hash(length: count, head: head)
            let tag = Self.tag(hash: hash, length: count)
            let found = slots.withUnsafeBufferPointer { slots -> (id: Int32, slot: Int, startMask: UInt64) in
                let mask = slots.count / Self.slotWords &- 1
                var slot = Self.home(tag) & mask
                while true {
                    let entry = slots[Self.slotWords &* slot]
                    if entry == 0 { return (-1, 0, 0) }
                    // Same hash and length (the tag) and the same bytes (all of them in the head).
                    if entry >> 32 == tag >> 32, slots[Self.slotWords &* slot &+ 1] == head {
                        return (Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) &- 1, slot, slots[Self.slotWords &* slot &+ Self.maskWord])
                    }
                    slot = (slot &+ 1) & mask
                }
            }
            if found.id >= 0 { return found }
        }
        let (id, slot) = findOrAdd(in: line, range: range)
        return (id, slot, slots[Self.slotWords * slot + Self.maskWord])
    }

    /// Stores a form's ``StartPhases`` mask (not 0) in its slot, where ``find(in:range:)`` returns
    /// it with the form from then on.
    ///
    /// - Parameter slot: the slot ``find(in:range:)`` returned for the form, with no form added since.
    mutating func storeStartMask(_ mask: UInt64, slot: Int) {
        slots[Self.slotWords * slot + Self.maskWord] = mask
    }

    /// ``find(in:range:)`` for any form: found by its hash, length and bytes, or added; its id and slot.
    @inline(never)
    private mutating func findOrAdd(in line: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> (id: Int32, slot: Int) {
        let count = range.count
        let (hash, head) = Self.hash(line, range)
        let tag = Self.tag(hash: hash, length: count)
        var mask = slots.count / Self.slotWords - 1
        var slot = Self.home(tag) & mask
        while true {
            let entry = slots[Self.slotWords * slot]
            if entry == 0 { break }
            // Same hash and length; then the first 8 bytes, and the rest for longer forms.
            if entry >> 32 == tag >> 32, slots[Self.slotWords * slot + 1] == head {
                let id = Int(entry & 0xFFFF_FFFF) - 1
                if count <= 8
                    || (spans[id].count == count
                        && arena.withUnsafeBufferPointer({
                            UTF8Validation.sameBytes(UnsafeBufferPointer(rebasing: $0[spans[id]]), UnsafeBufferPointer(rebasing: line[range]))
                        }))
                {
                    return (Int32(id), slot)
                }
            }
            slot = (slot + 1) & mask
        }
        let bytes = UnsafeBufferPointer(rebasing: line[range])
        let id = Int32(forms.count)
        let start = arena.count
        arena.append(contentsOf: bytes)
        spans.append(start..<arena.count)
        forms.append(Form(text: String(decoding: bytes, as: UTF8.self)))
        // The form's seed record: no phase's seed list known.
        for _ in 0..<seedPhases { seedRecords.append(-1) }
        slots[Self.slotWords * slot] = tag | UInt64(id + 1)
        slots[Self.slotWords * slot + 1] = head
        // At most half of the slots in use.
        if forms.count * 2 * Self.slotWords > slots.count {
            grow()
            // Its slot in the grown table.
            mask = slots.count / Self.slotWords - 1
            slot = Self.home(tag) & mask
            while slots[Self.slotWords * slot] & 0xFFFF_FFFF != UInt64(id + 1) { slot = (slot + 1) & mask }
        }
        return (id, slot)
    }

    /// `count` (1 to 8) bytes of `line` from `index` as a little-endian integer, zero-padded: one
    /// unaligned load where 8 bytes are readable, else byte by byte (at the end of the line).
    @inline(__always)
    private static func word(_ line: UnsafeBufferPointer<UInt8>, at index: Int, count: Int) -> UInt64 {
        guard count > 0, let base = line.baseAddress else { return 0 }
        if index + 8 <= line.count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            return count == 8 ? word : word & (1 << (8 * UInt64(count)) - 1)
        }
        var word: UInt64 = 0
        for offset in 0..<count { word |= UInt64(line[index + offset]) << (8 * UInt64(offset)) }
        return word
    }

    /// The hash of the bytes of `line` in `range`, and their first 8 bytes as a word: a
    /// multiplicative hash over 8-byte words (every token of the input comes through here, and
    /// hashing byte by byte, FNV, was most of the lookup). Its top bits are the best mixed.
    /// ``LiteralIndex`` hashes its keys with it too.
    @inline(__always)
    static func hash(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> (hash: UInt64, head: UInt64) {
        let head = word(line, at: range.lowerBound, count: min(range.count, 8))
        var hash = hash(length: range.count, head: head)
        var index = range.lowerBound + 8
        while index < range.upperBound {
            hash = (hash ^ (hash >> 29) ^ word(line, at: index, count: min(range.upperBound - index, 8))) &* 0xFF51_AFD7_ED55_8CCD
            index += 8
        }
        return (hash, head)
    }

    /// The hash of a form's length and first 8 bytes, which the general path goes on mixing with
    /// the further words of a longer form (one definition for both paths of ``find(in:range:)``,
    /// which must agree).
    @inline(__always)
    private static func hash(length: Int, head: UInt64) -> UInt64 {
        (UInt64(truncatingIfNeeded: length) &* 0x9E37_79B9_7F4A_7C15 ^ head) &* 0xFF51_AFD7_ED55_8CCD
    }

    /// The hash and length part of a slot's tag (see ``slots``): the hash's top 24 bits (those a
    /// multiplication mixes best).
    private static func tag(hash: UInt64, length: Int) -> UInt64 {
        (hash >> 40) << 40 | UInt64(min(length, 255)) << 32
    }

    /// The preferred slot of a tag: its 24-bit hash (the table stays far below 2^24 slots, as
    /// ``capacity`` bounds the forms; beyond, lookups stay correct but cluster).
    private static func home(_ tag: UInt64) -> Int {
        Int(truncatingIfNeeded: tag >> 40)
    }

    /// Doubles the slots, placing each entry by the hash it holds.
    private mutating func grow() {
        var bigger = [UInt64](repeating: 0, count: slots.count * 2)
        let mask = bigger.count / Self.slotWords - 1
        for old in stride(from: 0, to: slots.count, by: Self.slotWords) where slots[old] != 0 {
            var slot = Self.home(slots[old]) & mask
            while bigger[Self.slotWords * slot] != 0 { slot = (slot + 1) & mask }
            for word in 0..<Self.slotWords { bigger[Self.slotWords * slot + word] = slots[old + word] }
        }
        slots = bigger
    }

    mutating func key(_ form: Int32, _ mode: KeyMode) -> String {
        if let key = forms[Int(form)].keys[mode] { return key }
        let key = mode.key(forms[Int(form)].text)
        forms[Int(form)].keys[mode] = key
        return key
    }

    /// The literal id of `form` in `mode` when ``setLiteralID(_:_:_:)`` has stored it (-1: no
    /// literal), else -2.
    @inline(__always)
    func knownLiteralID(_ form: Int32, _ mode: KeyMode) -> Int32 {
        switch mode {
        case .exact: forms[Int(form)].literalIDs.0
        case .ignoreCase: forms[Int(form)].literalIDs.1
        case .ignoreDiacritics: forms[Int(form)].literalIDs.2
        case .ignoreBoth: forms[Int(form)].literalIDs.3
        }
    }

    /// Stores the literal id of `form`'s key in `mode` (-1: no literal has it), computed once per
    /// form and mode (``MatcherCore/firstLiteralID(_:_:)``).
    mutating func setLiteralID(_ id: Int32, _ form: Int32, _ mode: KeyMode) {
        switch mode {
        case .exact: forms[Int(form)].literalIDs.0 = id
        case .ignoreCase: forms[Int(form)].literalIDs.1 = id
        case .ignoreDiacritics: forms[Int(form)].literalIDs.2 = id
        case .ignoreBoth: forms[Int(form)].literalIDs.3 = id
        }
    }

    mutating func shape(_ form: Int32) -> String {
        if let shape = forms[Int(form)].shape { return shape }
        let shape = Self.shape(of: forms[Int(form)].text)
        forms[Int(form)].shape = shape
        return shape
    }

    /// spaCy-style shape: upper-case letters → X, lower → x, digits → d, others kept; runs of the
    /// same class longer than four are cut to four ("Nguyễn" → "Xxxxx", "2019" → "dddd", "17/NQ-CP" → "dd/XX-XX").
    static func shape(of text: String) -> String {
        var result = ""
        var previous: Character = "\0"
        var run = 0
        for scalar in text.unicodeScalars {
            let symbol: Character
            // ASCII directly: Unicode property lookups cost hundreds of instructions each.
            switch scalar.value {
            case 0x41...0x5A: symbol = "X"
            case 0x61...0x7A: symbol = "x"
            case 0x30...0x39: symbol = "d"
            case 0...0x7F: symbol = Character(scalar)
            default:
                let properties = scalar.properties
                if properties.generalCategory == .nonspacingMark { continue }
                symbol =
                    properties.isUppercase ? "X"
                    : properties.isLowercase || properties.isAlphabetic ? "x"
                    : properties.numericType != nil ? "d"
                    : Character(scalar)
            }
            run = symbol == previous ? run + 1 : 1
            previous = symbol
            if run <= 4 { result.append(symbol) }
        }
        return result
    }
}
