import VietText

/// The ids of one ``KeyMode``'s interned literal keys, found by the keys' UTF-8 bytes: a
/// multiplicative hash over 8-byte words and a byte comparison, in an open-addressing table.
///
/// Why not `[String: Int32]`: `String` hashes with SipHash through `Hasher` and compares by
/// canonical equivalence, some 500 instructions per lookup of a form's key (every new form of
/// the input looks its keys up once per mode). To keep the same equality — canonically
/// equivalent keys are the same key — the bytes compared are those of the key's NFC, which a key
/// almost always is already (``UnicodeNormalizer/isCertainlyNFC(_:)`` says so in one byte loop).
///
/// ```swift
/// var index = LiteralIndex()
/// index.insert("hà", id: 0)
/// index.id(of: "hà")   // 0
/// index.id(of: "ha")   // -1
/// ```
///
/// - Complexity: expected O(key length) per lookup and insertion.
struct LiteralIndex: Sendable {
    /// The keys' bytes by id, in NFC, one after the other: key i is `bytes[ends[i - 1]..<ends[i]]`
    /// (from 0 for the first). One array, compared in place: no string to retain per probe.
    private var bytes: [UInt8] = []
    private var ends: [Int] = []
    /// Ids by hash slot (-1: empty); a power of two, at most half full.
    private var slots: [Int32] = []
    /// 64 − log2(slot count): a slot is the top bits of the hash (the best mixed).
    private var shift: UInt64 = 63

    var isEmpty: Bool { ends.isEmpty }

    /// The id of `key` (as a literal key: canonically equivalent spellings are one key), or -1.
    func id(of key: String) -> Int32 {
        guard !slots.isEmpty else { return -1 }
        // A key the byte scan proves NFC (nearly every one) is looked up in place: through `nfc`,
        // which returns such text as it is, the copy, the second view of its bytes and their
        // release were most of a lookup's instructions.
        var key = key
        if let id = key.withUTF8({ UnicodeNormalizer.isCertainlyNFC($0) ? find($0) : nil }) { return id }
        var normal = UnicodeNormalizer.nfc(key)
        return normal.withUTF8 { find($0) }
    }

    /// Records `key` (not yet present) under `id`.
    mutating func insert(_ key: String, id: Int32) {
        // (Ids are handed out in order: id is the number of keys so far.)
        precondition(Int(id) == ends.count, "literal ids are interned in order")
        // (`nfc` returns text it can prove NFC as it is, without ICU.)
        bytes += UnicodeNormalizer.nfc(key).utf8
        ends.append(bytes.count)
        if 2 * (ends.count + 1) > slots.count {
            rebuild(capacity: max(16, 4 * ends.count))
        } else {
            place(id)
        }
    }

    /// Where key `id`'s bytes are in `bytes`.
    private func range(of id: Int) -> Range<Int> {
        (id == 0 ? 0 : ends[id - 1])..<ends[id]
    }

    private func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32 {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(key) >> shift)
        return bytes.withUnsafeBufferPointer { bytes in
            while true {
                let id = slots[slot]
                if id < 0 { return -1 }
                if UTF8Validation.sameBytes(UnsafeBufferPointer(rebasing: bytes[range(of: Int(id))]), key) { return id }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func place(_ id: Int32) {
        let hash = bytes.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[range(of: Int(id))])) }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> shift)
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func rebuild(capacity: Int) {
        var size = 16
        while size < capacity { size *= 2 }
        slots = Array(repeating: -1, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        for id in ends.indices { place(Int32(id)) }
    }

    /// ``FormTable/hash(_:_:)`` of the whole key: the form table's word hash, top bits first.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        FormTable.hash(bytes, 0..<bytes.count).hash
    }
}
