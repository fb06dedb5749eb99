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
                }
            }
        }
    }

    @Test func decodeThrowsWithAbsoluteOffset() {
        #expect(throws: InvalidUTF8Error(byteOffset: 103)) {
            try UTF8Validation.decode([0x61, 0x62, 0x63, 0xFF], baseOffset: 100)
        }
    }
}
