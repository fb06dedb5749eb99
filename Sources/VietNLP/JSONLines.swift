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
        appendASCII("{\"line\": ", to: &bytes)
        appendInteger(record.line, to: &bytes)
        appendASCII(", \"start\": ", to: &bytes)
        appendInteger(record.start, to: &bytes)
        appendASCII(", \"end\": ", to: &bytes)
        appendInteger(record.end, to: &bytes)
        appendASCII(", \"text\": ", to: &bytes)
        appendString(record.text, to: &bytes)
        appendASCII(", \"label\": ", to: &bytes)
        appendString(record.label, to: &bytes)
        for attribute in record.attributes {
            appendASCII(", ", to: &bytes)
            appendString(attribute.name, to: &bytes)
            appendASCII(": ", to: &bytes)
            appendString(attribute.value, to: &bytes)
        }
        appendASCII("}\n", to: &bytes)
    }

    /// Appends `string` as a quoted JSON string: `"` and `\` escaped, control characters as
    /// `\n`, `\t`… or `\u00XX`; everything else as UTF-8 unchanged.
    public static func appendString(_ string: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var copy = string
        copy.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                default:
                    appendASCII("u00", to: &bytes)
                    bytes.append(hexDigit(byte >> 4))
                    bytes.append(hexDigit(byte & 0x0F))
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10
    }

    private static func appendASCII(_ literal: StaticString, to bytes: inout [UInt8]) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }
}
