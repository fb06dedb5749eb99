import VietText

/// The JSON-lines format of `viet extract` (GUIDE §3): writing records and reading them back (gold
/// files for `viet eval extract`).
///
/// The writer is hand-written on bytes: it is on the hot path of every extraction (one object per
/// match), needs an exact key order that `JSONEncoder` does not promise, and keeps VietNLP free of
/// Foundation. Objects look like `{"line": 1, "start": 0, "end": 8, "text": "năm 2018", "label":
/// "DATE", "value": "2018"}`: `line`, `start`, `end` as integers, every other value a string.
///
/// ```swift
/// var out: [UInt8] = []
/// JSONLines.append(ExtractionRecord(line: 1, start: 0, end: 3, text: "47%", label: "PERCENT",
///                                   attributes: [("value", "47")]), to: &out)
/// let back = try JSONLines.parse(String(decoding: out.dropLast(), as: UTF8.self))
/// back.attributes.first?.value   // "47"
/// ```
public enum JSONLines {
    /// Appends `record` as one JSON object and a newline to `bytes`.
    ///
    /// - Complexity: O(length of the record's strings).
    public static func append(_ record: ExtractionRecord, to bytes: inout [UInt8]) {
        // The object is rendered into one scratch buffer and appended once: appending its twenty-odd
        // pieces one by one to the array (a uniqueness and capacity check and a copy call each) cost
        // three times the rendering. The bound: three integers (at most 20 characters each), the
        // fixed keys and punctuation (under 60 bytes), and at most 6 bytes (`\u00XX`) for each byte
        // of a string.
        // Eight more: the escaping stores whole words, up to eight bytes past what it writes.
        var bound = 136 + 6 * (record.text.utf8.count + record.label.utf8.count + (record.file?.utf8.count ?? 0))
        for attribute in record.attributes { bound += 8 + 6 * (attribute.name.utf8.count + attribute.value.utf8.count) }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bound) { buffer in
            var writer = Writer(buffer: buffer)
            if let file = record.file {
                writer.ascii("{\"file\": ")
                writer.string(file)
                writer.ascii(", \"line\": ")
            } else {
                writer.ascii("{\"line\": ")
            }
            writer.integer(record.line)
            writer.ascii(", \"start\": ")
            writer.integer(record.start)
            writer.ascii(", \"end\": ")
            writer.integer(record.end)
            writer.ascii(", \"text\": ")
            writer.string(record.text)
            writer.ascii(", \"label\": ")
            writer.string(record.label)
            for attribute in record.attributes {
                writer.ascii(", ")
                writer.string(attribute.name)
                writer.ascii(": ")
                writer.string(attribute.value)
            }
            writer.ascii("}\n")
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<writer.count]))
        }
    }

    /// Appends `string` as a quoted JSON string: `"` and `\` escaped, control characters as
    /// `\n`, `\t`… or `\u00XX`; everything else as UTF-8 unchanged.
    public static func appendString(_ string: String, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 10 + 6 * string.utf8.count) { buffer in
            var writer = Writer(buffer: buffer)
            writer.string(string)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<writer.count]))
        }
    }

    /// Writes JSON pieces into a buffer the caller sized for them (no bounds growth, no checks
    /// beyond the buffer's own in debug builds).
    private struct Writer {
        let buffer: UnsafeMutableBufferPointer<UInt8>
        private(set) var count = 0

        init(buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

        mutating func byte(_ byte: UInt8) {
            buffer[count] = byte
            count += 1
        }

        mutating func ascii(_ literal: StaticString) {
            literal.withUTF8Buffer { copy($0) }
        }

        mutating func copy(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
            (buffer.baseAddress! + count).update(from: source, count: bytes.count)
            count += bytes.count
        }

        mutating func integer(_ value: Int) {
            DecimalDigits.write(value, width: 1, into: buffer, count: &count)
        }

        mutating func string(_ string: String) {
            byte(UInt8(ascii: "\""))
            // A native string lends its UTF-8 as it is; `var copy; copy.withUTF8` retained and
            // released it for every string, as much as the escaping of a short one.
            if string.utf8.withContiguousStorageIfAvailable({ escaped($0) }) == nil {
                var copy = string
                copy.withUTF8 { escaped($0) }
            }
            byte(UInt8(ascii: "\""))
        }

        /// Writes `utf8` escaped, eight bytes at a time: each word is stored whole and `count`
        /// advanced past its clean bytes, so a string without anything to escape costs a load, a
        /// test and a store a word instead of a test a byte. The stores may write up to eight bytes
        /// past `count` (overwritten next, or never copied out), which the buffer's bound allows for.
        private mutating func escaped(_ utf8: UnsafeBufferPointer<UInt8>) {
            guard let source = utf8.baseAddress else { return }
            let target = buffer.baseAddress!
            var index = 0
            while index < utf8.count {
                let remaining = utf8.count - index
                let word: UInt64, length: Int
                if remaining >= 8 {
                    word = UInt64(littleEndian: UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self))
                    length = 8
                } else {
                    // Spaces fill the bytes past the end: nothing to escape, so the flags stay exact.
                    word = Self.partialWord(source + index, count: remaining) | (Self.spaces << (8 * UInt64(remaining)))
                    length = remaining
                }
                UnsafeMutableRawPointer(target + count).storeBytes(of: word.littleEndian, as: UInt64.self)
                let flags = Self.escapeFlags(word)
                guard flags != 0 else {
                    count += length
                    index += length
                    continue
                }
                let clean = flags.trailingZeroBitCount >> 3
                count += clean
                index += clean
                escape(source[index])
                index += 1
            }
        }

        /// Writes the escape sequence of one byte that JSON does not allow in a string as it is.
        private mutating func escape(_ byte: UInt8) {
            self.byte(UInt8(ascii: "\\"))
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): self.byte(byte)
            case 0x0A: self.byte(UInt8(ascii: "n"))
            case 0x0D: self.byte(UInt8(ascii: "r"))
            case 0x09: self.byte(UInt8(ascii: "t"))
            case 0x08: self.byte(UInt8(ascii: "b"))
            case 0x0C: self.byte(UInt8(ascii: "f"))
            default:
                ascii("u00")
                self.byte(JSONLines.hexDigit(byte >> 4))
                self.byte(JSONLines.hexDigit(byte & 0x0F))
            }
        }

        private static let ones: UInt64 = 0x0101_0101_0101_0101
        private static let highBits: UInt64 = 0x8080_8080_8080_8080
        private static let spaces: UInt64 = 0x2020_2020_2020_2020

        /// The high bit of each byte of `word` (little-endian) that must be escaped: below 0x20,
        /// `"` or `\`. Exact up to the lowest flagged byte; above it a borrow may flag a clean
        /// byte, so only the lowest is read.
        @inline(__always)
        static func escapeFlags(_ word: UInt64) -> UInt64 {
            let control = (word &- ones &* 0x20) & ~word
            let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
            let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
            return (control | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)) & highBits
        }

        /// The `count` (< 8) bytes at `source` as the low bytes of a word, zeros above, read
        /// without touching memory past them.
        @inline(__always)
        static func partialWord(_ source: UnsafePointer<UInt8>, count: Int) -> UInt64 {
            let raw = UnsafeRawPointer(source)
            var word: UInt64 = 0
            var offset = 0
            if count & 4 != 0 {
                word = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
                offset = 4
            }
            if count & 2 != 0 {
                word |= UInt64(UInt16(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt16.self))) << (8 * UInt64(offset))
                offset += 2
            }
            if count & 1 != 0 {
                word |= UInt64(raw.load(fromByteOffset: offset, as: UInt8.self)) << (8 * UInt64(offset))
            }
            return word
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
