/// The first list marker of an article of the legal code (Bộ pháp điển) whose lines run the article's
/// code, its title and its first clause together: "Điều 25.5.TT.2.5. Tuyển sinh vừa làm vừa học 1. Đối
/// tượng tuyển sinh …". The "1." there is a list marker, as at a line start, not a number (13 600 of the
/// legal corpus's NUMBERs); every other "1." stays what it was.
enum RunInListMarker {
    /// Whether the digits at `digits` are such a marker: "1", then ". " and an upper-case letter, after
    /// a word that numbers nothing ("khoản 1. Hồ sơ" is clause 1), in a line that begins with an
    /// article's code ("Điều 12.1.TT.5.17.", after Markdown's "#", "*" or spaces).
    /// - Complexity: O(1): at most ``longestHeading`` bytes back, only for a "1. " before a capital.
    static func begins(_ bytes: UnsafeBufferPointer<UInt8>, at digits: Range<Int>) -> Bool {
        let end = digits.upperBound
        guard digits.count == 1, bytes[digits.lowerBound] == UInt8(ascii: "1"), end + 2 < bytes.count,
            bytes[end] == UInt8(ascii: "."), bytes[end + 1] == 0x20, startsCapital(bytes, at: end + 2),
            let before = Recognizer.wordBefore(bytes, digits.lowerBound)
        else { return false }
        // The title may close a bold run: "… áp dụng** 1. Doanh nghiệp".
        var word = Substring(before.word)
        while word.last == "*" { word.removeLast() }
        guard word.last?.isLetter == true, !numberingNouns.contains(String(word)) else { return false }
        // The code and the title before the first clause are short: a line start further back than
        // this is no article's (and long lines are not scanned back to their start for every "1.").
        var lineStart = digits.lowerBound
        while lineStart > 0, bytes[lineStart - 1] != 0x0A {
            lineStart -= 1
            if digits.lowerBound - lineStart > longestHeading { return false }
        }
        return beginsWithArticleCode(bytes, from: lineStart, before: digits.lowerBound)
    }

    /// The most bytes an article's code and title take before its first clause (the legal corpus's
    /// longest run-in titles are about 300).
    private static var longestHeading: Int { 600 }

    /// Words whose number the "1." is: "khoản 1.", "Điều 1.", "lần 1.".
    private static let numberingNouns: Set<String> = [
        "khoản", "điểm", "điều", "mục", "chương", "phần", "số", "lục", "mẫu", "bảng", "hình", "lần", "hạng", "cấp",
        "bậc", "độ", "thứ", "tiết", "trang", "quyển", "tập", "loại", "nhóm", "vùng", "khu", "tổ", "đội", "phòng",
    ]

    /// An upper-case letter at `offset` (ASCII or a Vietnamese capital).
    private static func startsCapital(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let byte = bytes[offset]
        if byte < 0x80 { return byte &- UInt8(ascii: "A") < 26 }
        let length = min(LexemeStream.scalarLength(byte), bytes.count - offset)
        let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self).unicodeScalars.first
        return scalar?.properties.isUppercase == true
    }

    /// Whether the line from `start` opens (after "#", "*", ">" and spaces) with "Điều", digits and a
    /// dotted code with a letter part, ending in ".": "Điều 12.1.TT.5.17.", "Điều 3.1.NĐ.1.2.".
    private static func beginsWithArticleCode(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int) -> Bool {
        var offset = start
        while offset < limit, [UInt8(ascii: "#"), UInt8(ascii: "*"), UInt8(ascii: ">"), 0x20].contains(bytes[offset]) { offset += 1 }
        // "Điều", composed or not (String equality is canonical equivalence), and one space.
        let wordStart = offset
        while offset < limit, bytes[offset] != 0x20, offset - wordStart < 16 { offset += 1 }
        guard offset < limit, String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<offset]), as: UTF8.self) == "Điều"
        else { return false }
        offset += 1
        // Dot-separated parts, at least one of them letters ("TT", "NĐ", "LQ"), closed by a ".".
        var parts = 0
        var letterPart = false
        while offset < limit {
            let partStart = offset
            while offset < limit, LexemeStream.isDigit(bytes[offset]) { offset += 1 }
            if offset == partStart {
                while offset < limit, bytes[offset] &- UInt8(ascii: "A") < 26 || bytes[offset] == 0xC4 || bytes[offset] == 0x90 {
                    offset += 1  // "NĐ": Đ is C4 90
                }
                guard offset > partStart else { return false }
                letterPart = true
            }
            parts += 1
            guard offset < limit, bytes[offset] == UInt8(ascii: ".") else { return false }
            offset += 1
            if offset < limit, bytes[offset] == 0x20 { return parts >= 3 && letterPart }
        }
        return false
    }
}
