/// A lexicon's hash tables written out as ASCII text, and read back slot for slot without keying a
/// syllable: the shipped lexicon is compiled in this form (`Generated/ShippedLexiconSnapshot.swift`),
/// since building its tables from its words (normalising and keying every syllable in both tone
/// placements) took most of a short run's instructions.
///
/// A table rebuilt by inserting its keys in their first insertion order (``HashTable/keys``), each
/// with its final value, into a table of the same size is the same table: keys are never removed,
/// so each lands in the slot it first took. The snapshot holds exactly that, compactly: the
/// syllable table's keys as they are (hashes of text), and each word-table key as its prefix's key
/// and last syllable id, from which ``SyllableKey/extend(_:_:)`` makes it again.
///
/// The text is written in the 64 characters "0" to "o" (0x30–0x6F; none needs escaping in a raw
/// string literal), a character standing for six bits (its byte − 0x30). The header's numbers are
/// written in five-bit groups, lowest first, bit 5 set on all but the last group; each table key
/// is a record of fixed width, its fields packed into one number, lowest six bits in the first
/// character, so that reading one takes no branch per character. Lines break between records,
/// never within one. In order:
/// 1. the header: the syllable table's slot count and key count, the word table's slot count and
///    key count, the next syllable id, the word count, the longest word's syllable count, the bit
///    widths of the records' fields (syllable value, prefix distance, syllable id, value index), the
///    number of distinct word-table values, and those values (the most frequent first);
/// 2. per syllable-table key, in insertion order: the key as the table holds it (mixed), in eleven
///    characters, then its value: the id bits as the difference from the previous key's
///    (zigzag), shifted left by two, or'ed with the two position bits (31 and 30);
/// 3. per word-table key, in insertion order: its index minus its prefix's (its index + 1 when it
///    is a first syllable, whose "prefix" is ``SyllableKey/wordSeed``), then its last syllable's
///    id, then the index of its value among the header's values.
extension Lexicon {
    /// The lexicon written as `snapshot` (by ``snapshot(words:)``).
    ///
    /// - Precondition: `snapshot` is a snapshot's text, whole.
    init(snapshot: String) {
        var text = snapshot
        self = text.withUTF8 { bytes in
            var reader = SnapshotReader(bytes: bytes)
            let syllableSlots = reader.number()
            let syllableCount = reader.number()
            let wordSlots = reader.number()
            let wordCount = reader.number()
            let nextSyllable = UInt32(reader.number())
            let count = reader.number()
            let longestWord = reader.number()
            let syllableBits = reader.number()
            let prefixBits = reader.number()
            let idBits = reader.number()
            let valueBits = reader.number()
            let values = (0..<reader.number()).map { _ in UInt32(reader.number()) }

            var low = 0
            let (keyWidth, syllableWidth) = (SnapshotReader.Width(bits: 64), SnapshotReader.Width(bits: syllableBits))
            let syllables = HashTable(slotCount: syllableSlots, filtered: false, count: syllableCount) { _ in
                let key = reader.record(keyWidth)
                let field = Int(truncatingIfNeeded: reader.field(syllableWidth))
                low &+= Self.unzigzag(field &>> 2)
                return (key, UInt32(truncatingIfNeeded: low) | UInt32(field & 3) &<< 30)
            }

            // Each word-table key as `extend` makes it, for the longer words' (the table keeps them mixed).
            let keys = UnsafeMutableBufferPointer<UInt64>.allocate(capacity: wordCount)
            defer { keys.deallocate() }
            let prefixMask = UInt64(1) &<< prefixBits &- 1
            let syllableMask = UInt64(1) &<< idBits &- 1
            let wordWidth = SnapshotReader.Width(bits: prefixBits + idBits + valueBits)
            let words = HashTable(slotCount: wordSlots, filtered: true, count: wordCount) { index in
                let record = reader.record(wordWidth)
                let distance = Int(truncatingIfNeeded: record & prefixMask)
                precondition(
                    distance > 0 && distance <= index + 1, "a lexicon snapshot's word-table key extends none before it")
                let syllable = UInt32(truncatingIfNeeded: record &>> prefixBits & syllableMask)
                let key = SyllableKey.extend(
                    distance > index ? SyllableKey.wordSeed : keys[index &- distance], syllable)
                keys[index] = key
                return (HashTable.mixed(key), values[Int(truncatingIfNeeded: record &>> (prefixBits + idBits))])
            }
            precondition(reader.isAtEnd, "a lexicon snapshot has more text than its counts say")
            return Lexicon(
                syllables: syllables, words: words, nextSyllable: nextSyllable, count: count, longestWord: longestWord)
        }
    }

    /// This lexicon's tables as snapshot text for ``init(snapshot:)``.
    ///
    /// - Parameter words: the syllable keys (``keys(of:)``'s `hash`) of every word inserted into
    ///   the lexicon, which say what each word-table key extends; in any order.
    /// - Precondition: `words` are the lexicon's words: every key of its word table is one of theirs.
    func snapshot(words: some Sequence<[UInt64]>) -> String {
        // The prefix and last syllable id of each word-table key, by its index in `words.keys`.
        var indices: [UInt64: Int] = [:]
        for (index, key) in self.words.keys.enumerated() { indices[key] = index }
        var parts = [(prefix: Int, syllable: UInt32)?](repeating: nil, count: self.words.keys.count)
        for word in words {
            var key = SyllableKey.wordSeed
            var prefix = -1
            for hash in word {
                guard let value = syllables[hash] else {
                    preconditionFailure("a word's syllable is not in the lexicon")
                }
                key = SyllableKey.extend(key, value & Self.idMask)
                guard let index = indices[HashTable.mixed(key)] else {
                    preconditionFailure("a word is not in the lexicon")
                }
                parts[index] = (prefix, value & Self.idMask)
                prefix = index
            }
        }

        let wordValues = self.words.keys.map { self.words.value(mixed: $0)! }
        var frequency: [UInt32: Int] = [:]
        for value in wordValues { frequency[value, default: 0] += 1 }
        let values = frequency.keys.sorted { (frequency[$0]!, $1) > (frequency[$1]!, $0) }
        let valueIndex = Dictionary(uniqueKeysWithValues: values.enumerated().map { ($1, $0) })

        var low = 0
        let syllableFields = syllables.keys.map { key in
            let value = syllables.value(mixed: key)!
            let id = Int(value & 0x3FFF_FFFF)
            defer { low = id }
            return UInt64(Self.zigzag(id - low) << 2 | Int(value >> 30))
        }
        let wordFields = wordValues.indices.map { index in
            guard let (prefix, syllable) = parts[index] else { preconditionFailure("a word-table key is no word's") }
            return (prefix: UInt64(index - prefix), id: UInt64(syllable), value: UInt64(valueIndex[wordValues[index]]!))
        }
        func bits(_ numbers: some Sequence<UInt64>) -> Int { 64 - (numbers.max() ?? 0).leadingZeroBitCount }
        let syllableBits = bits(syllableFields)
        let (prefixBits, idBits, valueBits) = (
            bits(wordFields.map(\.prefix)), bits(wordFields.map(\.id)), bits(wordFields.map(\.value))
        )
        precondition(prefixBits + idBits + valueBits <= 64)

        var writer = SnapshotWriter()
        for number in [
            syllables.slotCount, syllables.count, self.words.slotCount, self.words.count,
            Int(nextSyllable), count, longestWord, syllableBits, prefixBits, idBits, valueBits, values.count,
        ] {
            writer.number(number)
        }
        for value in values { writer.number(Int(value)) }
        for (key, field) in zip(syllables.keys, syllableFields) {
            writer.record([(key, 64), (field, syllableBits)])
        }
        for field in wordFields {
            let packed = field.prefix | field.id << prefixBits | field.value << (prefixBits + idBits)
            writer.record([(packed, prefixBits + idBits + valueBits)])
        }
        return writer.text
    }

    private static func zigzag(_ value: Int) -> Int { value >= 0 ? value << 1 : (~value) << 1 | 1 }
    private static func unzigzag(_ value: Int) -> Int { value & 1 == 0 ? value >> 1 : ~(value >> 1) }
}

/// Writes the numbers of a lexicon snapshot (see ``Lexicon/init(snapshot:)``).
private struct SnapshotWriter {
    private var bytes: [UInt8] = []
    private var lineLength = 0

    /// The text written, in lines of about 100 characters.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    private mutating func digit(_ bits: UInt64) {
        bytes.append(0x30 + UInt8(bits))
        lineLength += 1
    }

    /// A header's number (not negative), in five-bit groups.
    mutating func number(_ value: Int) {
        precondition(value >= 0)
        var value = UInt64(value)
        while value >= 32 {
            digit(32 | value & 31)
            value >>= 5
        }
        digit(value)
    }

    /// A table key's record: its fields, each `bits` wide (at most 64), on a new line when this
    /// one is 100 characters long.
    mutating func record(_ fields: [(value: UInt64, bits: Int)]) {
        if lineLength >= 100 {
            bytes.append(UInt8(ascii: "\n"))
            lineLength = 0
        }
        for (value, bits) in fields {
            precondition(bits == 64 || value >> bits == 0)
            for shift in stride(from: 0, to: bits, by: 6) { digit(value >> UInt64(shift) & 63) }
        }
    }
}

/// Reads the numbers of a lexicon snapshot (see ``Lexicon/init(snapshot:)``).
private struct SnapshotReader {
    let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Whether the text is read to its end.
    var isAtEnd: Bool { index == bytes.count }

    /// A header's number.
    mutating func number() -> Int {
        var value = 0
        var shift = 0
        while true {
            precondition(index < bytes.count && shift < 64, "a lexicon snapshot ends early")
            let bits = Int(bytes[index] &- 0x30)
            index += 1
            value |= (bits & 31) << shift
            if bits < 32 { return value }
            shift += 5
        }
    }

    /// The width of a record's field: its bits (at most 64) and the characters that hold them.
    struct Width {
        let characters: Int
        let mask: UInt64

        init(bits: Int) {
            precondition(bits >= 0 && bits <= 64)
            characters = (bits + 5) / 6
            mask = bits == 64 ? .max : (1 << UInt64(bits)) - 1
        }
    }

    /// The first field of a table key's record, past the line break before it if any.
    @inline(__always)
    mutating func record(_ width: Width) -> UInt64 {
        if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
        return field(width)
    }

    /// The next field of a record.
    @inline(__always)
    mutating func field(_ width: Width) -> UInt64 {
        defer { index &+= width.characters }
        guard bytes.count - index >= 16 else {
            // (The last few records: character by character.)
            precondition(width.characters <= bytes.count - index, "a lexicon snapshot ends early")
            var value: UInt64 = 0
            for offset in 0..<width.characters {
                value |= UInt64((bytes[index + offset] &- 0x30) & 63) &<< UInt64(6 * offset)
            }
            return value & width.mask
        }
        let first = bytes.baseAddress! + index
        let value = width.characters <= 8 ? Self.packed(first) : Self.packed(first) | Self.packed(first + 8) &<< 48
        return value & width.mask
    }

    /// The six-bit values of the eight characters at `first`, the first lowest, packed into 48
    /// bits: those of characters past a field are cut off by its mask.
    @inline(__always)
    private static func packed(_ first: UnsafePointer<UInt8>) -> UInt64 {
        let word = UInt64(littleEndian: UnsafeRawPointer(first).loadUnaligned(as: UInt64.self))
        // Each byte − 0x30 (a byte past the field below 0x30, a line break, borrows from the bytes
        // after it, never from the field's), then the six bits of pairs of bytes put together, of
        // fours, of all eight.
        var bits = (word &- 0x3030_3030_3030_3030) & 0x3F3F_3F3F_3F3F_3F3F
        bits = (bits & 0x003F_003F_003F_003F) | ((bits & 0x3F00_3F00_3F00_3F00) &>> 2)
        bits = (bits & 0x0000_0FFF_0000_0FFF) | ((bits & 0x0FFF_0000_0FFF_0000) &>> 4)
        return (bits & 0x0000_0000_00FF_FFFF) | ((bits & 0x00FF_FFFF_0000_0000) &>> 8)
    }
}
