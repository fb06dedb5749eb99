/// A read-mostly map from ``LexemeKey`` to values with open addressing: the grammar's vocabulary
/// lookups ("is this a scale word? a duration?") happen several times per candidate, and
/// `Dictionary` paid a full SipHash per lookup (measured: 6% of the scan).
///
/// ```swift
/// let scales: KeyTable<Int> = ["nghìn": 3, "triệu": 6]
/// scales["triệu"]   // 6
/// ```
struct KeyTable<Value>: ExpressibleByDictionaryLiteral {
    private var slots: [LexemeKey]
    private var values: [Value?]
    /// The keys in insertion order.
    private(set) var keys: [LexemeKey] = []
    /// The ``LexemeKey/filterBit`` of every key: most of the grammar's probes miss ("ký" in the
    /// digit words), and a clear bit answers them without touching the slots.
    private var filter: UInt64 = 0

    init() {
        slots = [LexemeKey](repeating: .emptySlot, count: 16)
        values = [Value?](repeating: nil, count: 16)
    }

    init(dictionaryLiteral elements: (LexemeKey, Value)...) {
        self.init()
        for (key, value) in elements { self[key] = value }
    }

    /// Groups `elements` by `key`, keeping their order within each group (like `Dictionary(grouping:by:)`).
    init<Element>(grouping elements: [Element], by key: (Element) -> LexemeKey) where Value == [Element] {
        self.init()
        for element in elements { self[key(element), default: []].append(element) }
    }

    subscript(key: LexemeKey) -> Value? {
        get {
            guard filter & key.filterBit != 0 else { return nil }
            return slots.withUnsafeBufferPointer { slots in
                let mask = slots.count - 1
                var index = key.tableIndex(mask: mask)
                while true {
                    let slot = slots[index]
                    if slot == key { return values[index] }
                    if slot.isEmptySlot { return nil }
                    index = (index + 1) & mask
                }
            }
        }
        set {
            // At most a quarter full: the grammar's probes mostly miss ("ký" in the digit words),
            // and a miss walks the run up to an empty slot; at half full it cost ~130 instructions.
            if (keys.count + 1) * 4 > slots.count { grow() }
            let mask = slots.count - 1
            var index = key.tableIndex(mask: mask)
            while slots[index] != key, slots[index] != .emptySlot { index = (index + 1) & mask }
            if slots[index] == .emptySlot {
                slots[index] = key
                keys.append(key)
                filter |= key.filterBit
            }
            values[index] = newValue
        }
    }

    subscript(key: LexemeKey, default value: @autoclosure () -> Value) -> Value {
        get { self[key] ?? value() }
        set { self[key] = newValue }
    }

    private mutating func grow() {
        let entries = keys.map { ($0, self[$0]) }
        slots = [LexemeKey](repeating: .emptySlot, count: slots.count * 2)
        values = [Value?](repeating: nil, count: slots.count)
        keys = []
        for (key, value) in entries { self[key] = value }
    }
}

extension KeyTable: Sendable where Value: Sendable {}

/// A set of ``LexemeKey``s on ``KeyTable``.
struct KeySet: ExpressibleByArrayLiteral, Sequence, Sendable {
    private var table = KeyTable<Bool>()

    init(arrayLiteral elements: LexemeKey...) {
        self.init(elements)
    }

    init(_ elements: some Sequence<LexemeKey>) {
        for element in elements { table[element] = true }
    }

    func contains(_ key: LexemeKey) -> Bool { table[key] != nil }

    func makeIterator() -> IndexingIterator<[LexemeKey]> { table.keys.makeIterator() }
}
