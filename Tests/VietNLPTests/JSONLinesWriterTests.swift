import Testing
import VietNLP

/// The JSON writer escapes eight bytes at a time; these tests hold it to a plain byte-by-byte
/// escaper on strings whose special bytes fall at and around the edges of those words.
@Suite("JSON lines writer: escaping word by word")
struct JSONLinesWriterTests {
    /// Every byte that must be escaped.
    private static let specials: [UInt8] = Array(0x00..<0x20) + [0x22, 0x5C]

    @Test func emptyAndShortStrings() {
        for text in ["", "a", "\"", "\\", "\u{0}", "ab\"", "DATE", "1234567", "12345678", "123456789"] {
            #expect(written(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }

    /// One special byte at each position of strings of every length up to three words and a bit:
    /// the first byte, the last of a word (7, 15), the first of the next (8, 16), the last byte.
    @Test func aSpecialByteAtEveryPosition() {
        for length in 1...27 {
            for position in 0..<length {
                for special in Self.specials {
                    var bytes = [UInt8](repeating: UInt8(ascii: "x"), count: length)
                    bytes[position] = special
                    let text = String(decoding: bytes, as: UTF8.self)
                    #expect(written(text) == Self.reference(text), "length \(length), \(special) at \(position)")
                }
            }
        }
    }

    /// Two special bytes in one word, the second just after the first or at the word's end: a
    /// borrow from the first may flag bytes above it, so only the lowest flag can be trusted.
    @Test func specialBytesTogether() {
        // Bytes next to the specials' values (and DEL), which must pass unescaped.
        let fillers: [UInt8] = [0x20, 0x21, 0x23, 0x5B, 0x5D, 0x7F]
        let pairs: [(UInt8, UInt8)] = [(0x00, 0x22), (0x1F, 0x5C), (0x22, 0x5C), (0x0A, 0x00)]
        for length in [8, 9, 15, 16, 17] {
            for first in 0..<length {
                for second in first + 1..<length {
                    for (low, high) in pairs {
                        for filler in fillers {
                            var bytes = [UInt8](repeating: filler, count: length)
                            bytes[first] = low
                            bytes[second] = high
                            let text = String(decoding: bytes, as: UTF8.self)
                            #expect(written(text) == Self.reference(text), "\(bytes)")
                        }
                    }
                }
            }
        }
    }

    /// Vietnamese text (two- and three-byte characters) with specials among the characters.
    @Test func nonASCIIText() {
        let texts = [
            "Nghị quyết số 17/NQ-CP ngày 7-3-2019",
            "ệ\"ệ\\ệ\nệ\tệ\u{1}ệ",
            "Đường \"Nguyễn Văn Cừ\", Q.5\u{1F}",
            String(repeating: "tỷ đồng ", count: 9) + "\\",
            "😀\"😀\u{0}😀",
        ]
        for text in texts {
            #expect(written(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }

    /// The record writer uses the same escaping for every string it writes.
    @Test func recordsEscapeEveryString() {
        let text = "a\"b\\c\u{7}d\ne",
            name = "n\u{0}me_\"12345",
            value = "ệ\\\u{1F}",
            file = "dir/\"x\".txt"
        let record = ExtractionRecord(
            line: 7, start: 1, end: 12, text: text, label: "LA\"BEL", attributes: [(name, value)], file: file)
        let expected =
            "{\"file\": \(Self.reference(file)), \"line\": 7, \"start\": 1, \"end\": 12, \"text\": \(Self.reference(text)), "
            + "\"label\": \(Self.reference("LA\"BEL")), \(Self.reference(name)): \(Self.reference(value))}"
        #expect(record.jsonLine == expected)
    }

    private func written(_ text: String) -> String {
        var bytes: [UInt8] = []
        JSONLines.appendString(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A byte-by-byte JSON string escaper: the writer's output must equal its output.
    private static func reference(_ text: String) -> String {
        var bytes: [UInt8] = [UInt8(ascii: "\"")]
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += Array(#"\""#.utf8)
            case UInt8(ascii: "\\"): bytes += Array(#"\\"#.utf8)
            case 0x0A: bytes += Array(#"\n"#.utf8)
            case 0x0D: bytes += Array(#"\r"#.utf8)
            case 0x09: bytes += Array(#"\t"#.utf8)
            case 0x08: bytes += Array(#"\b"#.utf8)
            case 0x0C: bytes += Array(#"\f"#.utf8)
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes += Array(#"\u00"#.utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
        return String(decoding: bytes, as: UTF8.self)
    }
}
