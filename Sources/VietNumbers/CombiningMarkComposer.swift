import VietText

/// Joins combining marks to the letters before them, as NFC does, for the scanner's word tests:
/// "bê" + U+0323 + "nh" (a precomposed vowel and a combining tone, as older Vietnamese input
/// methods type it) and "be" + U+0323 + U+0302 + "nh" (NFD) both become "bệnh", the form the
/// word tables list.
///
/// The legal corpus has 9 000 such words per 10 MB. Through ICU (a string, UTF-16 and back per
/// word, ~8 000 instructions) they made the scan a fifth slower; here each mark is joined by a
/// table of the letter–mark pairs that compose to one scalar, built once with ICU, with nothing
/// allocated. The scanner's word tests and the grammar's word keys both compose through it.
/// Marks are joined in the order they come, which gives NFC's letter for the marks Vietnamese
/// uses, in either order.
///
/// ```swift
/// CombiningMarkComposer.withComposedUTF8(letters) { String(decoding: $0, as: UTF8.self) }  // "be\u{0323}\u{0302}nh" → "bệnh"
/// ```
enum CombiningMarkComposer {
    /// The marks of Vietnamese: five tones, then circumflex, breve, horn.
    private static let marks: [UInt32] = [0x300, 0x301, 0x303, 0x309, 0x323, 0x302, 0x306, 0x31B]
    /// The letters a mark may join: Latin with its precomposed forms, and the Vietnamese block.
    private static let latin: ClosedRange<UInt32> = 0x41...0x24F
    private static let vietnamese: ClosedRange<UInt32> = 0x1EA0...0x1EF9

    /// The scalar each letter and mark compose to (0: none), at ``slot(_:_:)``: a flat table (20 KB),
    /// looked up without hashing.
    private static let pairs: [UInt32] = {
        var pairs = [UInt32](repeating: 0, count: (latin.count + vietnamese.count) * marks.count)
        for letter in Array(latin) + Array(vietnamese) {
            guard let base = Unicode.Scalar(letter), base.properties.isAlphabetic else { continue }
            for (markIndex, mark) in marks.enumerated() {
                let joined = UnicodeNormalizer.nfc(String(base) + String(Unicode.Scalar(mark)!)).unicodeScalars
                if joined.count == 1, let scalar = joined.first, let slot = slot(letter, markIndex) {
                    pairs[slot] = scalar.value
                }
            }
        }
        return pairs
    }()

    /// The index in ``pairs`` of `letter` and the mark at `markIndex` of ``marks``, nil for a letter
    /// outside the table.
    @inline(__always)
    private static func slot(_ letter: UInt32, _ markIndex: Int) -> Int? {
        let row: UInt32
        if latin.contains(letter) {
            row = letter - latin.lowerBound
        } else if vietnamese.contains(letter) {
            row = UInt32(latin.count) + letter - vietnamese.lowerBound
        } else {
            return nil
        }
        return Int(row) * marks.count + markIndex
    }

    /// The scalar `letter` and `mark` compose to, if they compose to one.
    @inline(__always)
    private static func joined(_ letter: UInt32, _ mark: UInt32) -> UInt32? {
        guard let markIndex = marks.firstIndex(of: mark) else { return nil }
        guard let slot = slot(letter, markIndex) else { return nil }
        let scalar = pairs[slot]
        return scalar == 0 ? nil : scalar
    }

    /// Calls `body` with `letters` (valid UTF-8) composed: every combining mark joined to the letter
    /// before it, in a buffer on the stack. Nil, without calling `body`, at a mark that does not
    /// join (no letter before it, or a pair that does not compose): the caller then asks ICU.
    static func withComposedUTF8<Result>(
        _ letters: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result? {
        // Composing never lengthens UTF-8: a letter and a mark (at least 1 + 2 bytes) become one
        // scalar of at most 3.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: letters.count) { output in
            var written = 0
            var pending: UInt32?
            func flush() {
                guard let letter = pending, let scalar = Unicode.Scalar(letter), let encoded = UTF8.encode(scalar) else { return }
                for byte in encoded {
                    output[written] = byte
                    written += 1
                }
            }
            var offset = 0
            while offset < letters.count {
                let (value, length) = decode(letters, at: offset)
                offset += length
                if (0x300...0x36F).contains(value) {
                    guard let letter = pending, let composed = joined(letter, value) else { return nil }
                    pending = composed
                } else {
                    flush()
                    pending = value
                }
            }
            flush()
            return body(UnsafeBufferPointer(rebasing: output[..<written]))
        }
    }

    /// Whether `bytes` hold a combining mark of U+0300–U+036F: a lead byte 0xCC, or 0xCD before a
    /// continuation byte below 0xB0. (0xCD also leads U+0370–U+037F, Greek letters and signs that
    /// are no marks: a test of the lead byte alone sent "ͱ" into composing forever.)
    static func containsCombiningMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == 0xCC { return true }
            if byte == 0xCD, offset + 1 < bytes.count, bytes[offset + 1] < 0xB0 { return true }
            offset += 1
        }
        return false
    }

    /// The scalar value and byte length of the UTF-8 sequence at `offset`.
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[offset])
        func continuation(_ index: Int) -> UInt32 { offset + index < bytes.count ? UInt32(bytes[offset + index]) & 0x3F : 0 }
        switch lead {
        case 0..<0xC0: return (lead, 1)
        case 0xC0..<0xE0: return ((lead & 0x1F) << 6 | continuation(1), 2)
        case 0xE0..<0xF0: return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        default: return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        }
    }
}
