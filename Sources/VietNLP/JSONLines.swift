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
        var bound = 128 + 6 * (record.text.utf8.count + record.label.utf8.count + (record.file?.utf8.count ?? 0))
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
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 + 6 * string.utf8.count) { buffer in
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
            var copy = string
            copy.withUTF8 { utf8 in
                var runStart = 0
                for index in 0..<utf8.count {
                    let byte = utf8[index]
                    guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                    self.copy(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    runStart = index + 1
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
                self.copy(UnsafeBufferPointer(rebasing: utf8[runStart...]))
            }
            byte(UInt8(ascii: "\""))
        }
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }
}
