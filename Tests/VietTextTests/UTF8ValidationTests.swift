import Testing
import VietText

@Suite struct UTF8ValidationTests {
    @Test(arguments: [
        ([0x61, 0xC3, 0x28], 1),  // bad continuation
        ([0x61, 0x62, 0xFF], 2),  // never valid
        ([0xC0, 0xAF], 0),  // overlong "/"
        ([0xE0, 0x80, 0xAF], 0),  // overlong 3-byte
        ([0xED, 0xA0, 0x80], 0),  // surrogate
        ([0xF4, 0x90, 0x80, 0x80], 0),  // above U+10FFFF
        ([0x61, 0xE1, 0xBB], 1),  // truncated at end
        (Array("Truyền thông ".utf8) + [0x80], 16),  // lone continuation after multibyte text
    ] as [([UInt8], Int)])
    func reportsFirstBadByte(_ bytes: [UInt8], _ offset: Int) {
        #expect(UTF8Validation.firstInvalidByteOffset(bytes) == offset)
    }

    @Test func validTextPasses() {
        let text = "Sở Thông tin và Truyền thông 😀 東京 " + String(repeating: "ascii ", count: 100)
        #expect(UTF8Validation.firstInvalidByteOffset(Array(text.utf8)) == nil)
        #expect(UTF8Validation.firstInvalidByteOffset([UInt8]()) == nil)
    }

    /// ASCII is skipped up to eight bytes at a time: a bad byte must be found at its exact offset
    /// wherever it falls within or across those words, after ASCII or after multi-byte letters.
    @Test func findsABadByteAtEveryAlignment() {
        for prefix in ["", "ệ", "aệ", "Hà Nội "] {
            for before in 0..<20 {
                for bad in [[0xFF], [0x80], [0xC3, 0x28], [0xE1, 0xBB, 0x41], [0xED, 0xA0, 0x80]] as [[UInt8]] {
                    let head = Array(prefix.utf8) + Array(repeating: UInt8(ascii: "a"), count: before)
                    let bytes = head + bad + Array("bcdefghijklmnop".utf8)
                    #expect(UTF8Validation.firstInvalidByteOffset(bytes) == head.count, "\(bytes)")
                    #expect(throws: InvalidUTF8Error(byteOffset: head.count), "\(bytes)") { try UTF8Validation.decode(bytes) }
                }
            }
        }
    }

    /// Every case of ``reportsFirstBadByte(_:_:)`` is refused by `decode` at the same offset, and
    /// valid text (with U+FFFD itself in it) comes back byte for byte.
    @Test(arguments: [
        ([0x61, 0xC3, 0x28], 1), ([0x61, 0x62, 0xFF], 2), ([0xC0, 0xAF], 0), ([0xE0, 0x80, 0xAF], 0), ([0xED, 0xA0, 0x80], 0),
        ([0xF4, 0x90, 0x80, 0x80], 0), ([0x61, 0xE1, 0xBB], 1), (Array("Truyền thông ".utf8) + [0x80], 16),
        (Array("\u{FFFD}".utf8) + [0xEF, 0xBF], 3),
    ] as [([UInt8], Int)])
    func decodeRefusesWhatValidationRefuses(_ bytes: [UInt8], _ offset: Int) {
        #expect(throws: InvalidUTF8Error(byteOffset: offset)) { try UTF8Validation.decode(bytes) }
        #expect(throws: InvalidUTF8Error(byteOffset: offset)) { try UTF8Validation.decode(bytes[...]) }
        #expect(throws: InvalidUTF8Error(byteOffset: offset)) { try UTF8Validation.decode(bytes.lazy.map { $0 }) }
    }

    @Test func decodeKeepsValidText() throws {
        for text in ["", "a", "Sở Thông tin và Truyền thông 😀 東京 \u{FFFD} x", String(repeating: "Hà Nội ", count: 50), "e\u{0301}"] {
            let bytes = Array(text.utf8)
            #expect(Array(try UTF8Validation.decode(bytes).utf8) == bytes)
            #expect(Array(try UTF8Validation.decode(bytes[...]).utf8) == bytes)
            #expect(Array(try UTF8Validation.decode(bytes.lazy.map { $0 }).utf8) == bytes)
        }
    }

    @Test func decodeThrowsWithAbsoluteOffset() {
        #expect(throws: InvalidUTF8Error(byteOffset: 103)) {
            try UTF8Validation.decode([0x61, 0x62, 0x63, 0xFF], baseOffset: 100)
        }
    }
}
