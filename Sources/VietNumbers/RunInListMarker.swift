import VietText
import VietTokenizer

/// The first list marker of an article of the legal code (Bộ pháp điển) whose lines run the article's
/// code, its title and its first clause together: "Điều 25.5.TT.2.5. Tuyển sinh vừa làm vừa học 1. Đối
/// tượng tuyển sinh …". The "1." there is a list marker, as at a line start, not a number (13 600 of the
/// legal corpus's NUMBERs); so is a marker after a sentence in a run-together paragraph.
enum RunInListMarker {
    /// Whether the digits at `digits` are such a marker: "1", then ". " and an upper-case letter, after
    /// a word that numbers nothing ("khoản 1. Hồ sơ" is clause 1), in a line that begins with an
    /// article's code ("Điều 12.1.TT.5.17.", after Markdown's "#", "*" or spaces).
    /// - Complexity: O(1): at most ``longestHeading`` bytes back, only for a "1. " before a capital.
    /// Also a marker run into a paragraph after a sentence ("… tồn đọng. 7. Việc chấp hành …",
    /// "… như sau: 1. Tổ chức …", ~260 NUMBERs of the legal corpus): one or two digits, ". " and an
    /// upper-case letter, after a sentence that ends in a lower-case word of three bytes or more and
    /// "." ("tr. 95. ISBN", "Vol. 1. London", "III. 2. Auflage" are pages and volumes), or after a ":"
    /// when the marker is "1" ("Số người ứng cử: 10. Số người trúng cử" is a value).
    @inline(__always)
    static func begins(_ bytes: UnsafeBufferPointer<UInt8>, at digits: Range<Int>) -> Bool {
        let end = digits.upperBound
        guard digits.count <= 2, end + 2 < bytes.count, bytes[end] == UInt8(ascii: "."), bytes[end + 1] == 0x20 else { return false }
        let one = digits.count == 1 && bytes[digits.lowerBound] == UInt8(ascii: "1")
        if one, beginsAfterOneDot(bytes, at: digits) { return true }
        return startsCapital(bytes, at: end + 2) && followsSentenceEnd(bytes, digits.lowerBound, colonAllowed: one)
    }

    /// Whether spaces come right before byte `offset`, and before them a "." after a lower-case word
    /// of three bytes or more that abbreviates no volume or page ("vol.", "tập.", "số.", "trang."),
    /// or (when `colonAllowed`) a ":".
    private static func followsSentenceEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int, colonAllowed: Bool) -> Bool {
        var position = offset - 1
        guard position >= 1, bytes[position] == 0x20 || bytes[position] == 0x09 else { return false }
        while position >= 1, bytes[position] == 0x20 || bytes[position] == 0x09 { position -= 1 }
        if bytes[position] == UInt8(ascii: ":") { return colonAllowed }
        guard bytes[position] == UInt8(ascii: "."), let word = LexemeStream.wordRange(before: position, in: bytes, longest: 24),
            word.upperBound == position, word.count >= 3, !startsCapital(bytes, at: word.lowerBound),
            word.allSatisfy({ bytes[$0] >= 0x80 || (bytes[$0] | 0x20) &- UInt8(ascii: "a") < 26 })
        else { return false }
        return !(packed(UnsafeBufferPointer(rebasing: bytes[word])).map(volumeAbbreviations.contains) ?? false)
    }

    /// Words whose "." abbreviates a volume, page or chapter before its number ("vol. 1.", "tập. 2."),
    /// packed as ``numberingNouns`` are (the capitalised forms never reach the test: a capital there
    /// ends no sentence).
    private static let volumeAbbreviations = packedForms(["vol", "tập", "số", "trang", "chương"])

    /// ``begins(_:at:)`` past its first byte tests, out of line: the plain-digit reader asks for every
    /// number glued to a "." or ",". Everything here reads bytes (a String per call cost the scan
    /// ~5 ms per 10 MB, most lines of the legal corpus being article lines); only decomposed text,
    /// whose words the byte tables cannot match, is compared as Strings.
    ///
    /// After a word that may number ("chi phí học tập 1.", "Bộ Quốc phòng 1.", "cấp độ 1.") or after
    /// no word ("(Phụ lục số III) 1.", "mức độ 2 1.", the code itself: "Điều 7.2.NĐ.1.3. 1. Bảo vệ"),
    /// the "1." is the marker all the same when it is the line's first " 1. ": a title holds none
    /// (600 such markers in the legal corpus), and a clause's reference to another comes after the
    /// clause's own marker. Not after "khoản", "điểm" or "Điều", which refer ("đê điều 1.", "trọng
    /// điểm 1." are words of their own).
    @inline(never)
    private static func beginsAfterOneDot(_ bytes: UnsafeBufferPointer<UInt8>, at digits: Range<Int>) -> Bool {
        let start = digits.lowerBound
        guard startsCapital(bytes, at: digits.upperBound + 2), let word = wordBefore(bytes, start),
            let lineStart = lineStart(bytes, before: word.lowerBound, within: longestHeading),
            beginsWithArticleCode(bytes, from: lineStart, before: start)
        else { return false }
        if endsWithLetter(bytes, word), !isNumberingNoun(bytes, word) { return true }
        if isReferenceNoun(bytes, word), !endsCompound(bytes, word) { return false }
        return !containsSpacedOneDot(bytes, lineStart..<start)
    }

    /// Whether `word` ends a word of the lexicon with the syllable before it: "đê điều" (dikes),
    /// "trọng điểm", not the "điều" or "điểm" a reference begins with.
    private static func endsCompound(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        guard let before = wordBefore(bytes, word.lowerBound) else { return false }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[before.lowerBound..<word.upperBound]), as: UTF8.self)
        return Lexicon.shipped.contains(UnicodeNormalizer.nfc(text).lowercased())
    }

    /// Whether " 1. " (a "1." between spaces) occurs in `bytes[range]`.
    private static func containsSpacedOneDot(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var offset = range.lowerBound
        while offset + 3 < range.upperBound {
            if bytes[offset + 1] == UInt8(ascii: "1"), bytes[offset] == 0x20, bytes[offset + 2] == UInt8(ascii: "."), bytes[offset + 3] == 0x20 {
                return true
            }
            offset += 1
        }
        return false
    }

    /// Whether `word` is "khoản", "điểm" or "điều" (any case of the first letter): a "1." after it
    /// refers to a clause, a point or an article.
    private static func isReferenceNoun(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        composedPacked(bytes, word).map(referenceNouns.contains) ?? false
    }

    /// ``isReferenceNoun(_:_:)``'s words, packed as ``numberingNouns`` are.
    private static let referenceNouns = packedForms(["khoản", "điểm", "điều"])

    /// The start of the line holding byte `offset` when it lies at most `distance` bytes back, else
    /// nil: the code and the title before a first clause are short, and long lines must not be
    /// scanned back for every "1.". Eight bytes at a time (most calls read the whole distance).
    private static func lineStart(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int, within distance: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let floor = max(0, offset - distance)
        var position = offset
        while position - 8 >= floor {
            let word = UnsafeRawPointer(base + position - 8).loadUnaligned(as: UInt64.self)
            // A zero byte of word ^ 0x0A…: the classic test, exact when it says "none".
            let probe = word ^ 0x0A0A_0A0A_0A0A_0A0A
            if (probe &- 0x0101_0101_0101_0101) & ~probe & 0x8080_8080_8080_8080 != 0 { break }
            position -= 8
        }
        while position > floor, bytes[position - 1] != 0x0A { position -= 1 }
        return position == 0 || bytes[position - 1] == 0x0A ? position : nil
    }

    /// The most bytes an article's code and title take before its first clause (the legal corpus's
    /// longest run-in title is 525).
    private static var longestHeading: Int { 600 }

    /// Words whose number the "1." is: "khoản 1.", "Điều 1.", "lần 1.", lower-case or capitalised,
    /// each packed from its UTF-8 (eight bytes at most) into one integer.
    private static let numberingNouns = packedForms([
        "khoản", "điểm", "điều", "mục", "chương", "phần", "số", "lục", "mẫu", "bảng", "hình", "lần", "hạng", "cấp",
        "bậc", "độ", "thứ", "tiết", "trang", "quyển", "tập", "loại", "nhóm", "vùng", "khu", "tổ", "đội", "phòng",
    ])

    /// `words` and their capitalised forms, each ``packed(_:)``.
    private static func packedForms(_ words: [String]) -> Set<UInt64> {
        let forms = words.flatMap { [$0, $0.prefix(1).uppercased() + $0.dropFirst()] }
        return Set(forms.compactMap { form in Array(form.utf8).withUnsafeBufferPointer { packed($0) } })
    }

    /// Up to eight bytes as one integer, or nil for a longer word (no numbering noun is).
    private static func packed(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        return bytes.reduce(0) { $0 << 8 | UInt64($1) }
    }

    /// The bytes of the word before the spaces before `offset`, without a bold run's "*"s.
    private static func wordBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Range<Int>? {
        guard var word = LexemeStream.wordRange(before: offset, in: bytes, longest: longestHeading) else { return nil }
        while !word.isEmpty, bytes[word.upperBound - 1] == UInt8(ascii: "*") { word = word.lowerBound..<word.upperBound - 1 }
        while !word.isEmpty, bytes[word.lowerBound] == UInt8(ascii: "*") { word = word.lowerBound + 1..<word.upperBound }
        return word.isEmpty ? nil : word
    }

    /// Whether the last character of `word` is a letter ("III", "dụng"; not "5", ")" or "”").
    private static func endsWithLetter(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        var lead = word.upperBound - 1
        while lead > word.lowerBound, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return LexemeStream.isLetterStart(bytes, at: lead, limit: word.upperBound)
    }

    private static func isNumberingNoun(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> Bool {
        composedPacked(bytes, word).map(numberingNouns.contains) ?? false
    }

    /// ``packed(_:)`` of `word` composed (NFC) first when it has combining marks: the nouns are
    /// stored composed.
    private static func composedPacked(_ bytes: UnsafeBufferPointer<UInt8>, _ word: Range<Int>) -> UInt64? {
        let written = UnsafeBufferPointer(rebasing: bytes[word])
        guard CombiningMarkComposer.containsCombiningMark(written) else { return packed(written) }
        let composed = UnicodeNormalizer.nfc(String(decoding: written, as: UTF8.self))
        return Array(composed.utf8).withUnsafeBufferPointer { packed($0) }
    }

    /// An upper-case letter at `offset`: A–Z, or a Vietnamese capital (À–Ý, Ă, Đ, Ĩ, Ũ, Ơ, Ư, and the
    /// even code points of U+1EA0…U+1EF9, "Ạ"…"Ỹ").
    private static func startsCapital(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        let byte = bytes[offset]
        if byte < 0x80 { return byte &- UInt8(ascii: "A") < 26 }
        guard offset + 1 < bytes.count else { return false }
        let second = bytes[offset + 1]
        switch byte {
        case 0xC3: return second < 0x9E && second != 0x97  // À…Ý, not ×
        case 0xC4: return second == 0x82 || second == 0x90 || second == 0xA8  // Ă Đ Ĩ
        case 0xC5: return second == 0xA8  // Ũ
        case 0xC6: return second == 0xA0 || second == 0xAF  // Ơ Ư
        case 0xE1:
            guard offset + 2 < bytes.count, second == 0xBA || second == 0xBB else { return false }
            let third = bytes[offset + 2]
            return third & 1 == 0 && (second == 0xBB || third >= 0xA0)
        default: return false
        }
    }

    /// Whether the line from `start` opens (after "#", "*", ">" and spaces) with "Điều", digits and a
    /// dotted code with a letter part, ending in ".": "Điều 12.1.TT.5.17.", "Điều 3.1.NĐ.1.2.",
    /// "Điều 14.1.LQ.7a.".
    private static func beginsWithArticleCode(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, before limit: Int) -> Bool {
        var offset = start
        while offset < limit, bytes[offset] == UInt8(ascii: "#") || bytes[offset] == UInt8(ascii: "*") || bytes[offset] == UInt8(ascii: ">")
            || bytes[offset] == 0x20
        {
            offset += 1
        }
        // "Điều " composed (C4 90 69 E1 BB 81 75), or decomposed, which only a String comparison
        // (canonical) recognises; most lines fail at their first byte.
        guard offset + 2 < limit, bytes[offset] == 0xC4, bytes[offset + 1] == 0x90 else { return false }
        let wordStart = offset
        while offset < limit, bytes[offset] != 0x20, offset - wordStart < 16 { offset += 1 }
        guard offset < limit else { return false }
        let word = UnsafeBufferPointer(rebasing: bytes[wordStart..<offset])
        let composed = word.count == 7 && word[2] == 0x69 && word[3] == 0xE1 && word[4] == 0xBB && word[5] == 0x81 && word[6] == 0x75
        guard composed || String(decoding: word, as: UTF8.self) == "Điều" else { return false }
        offset += 1
        // Dot-separated parts, at least one of them letters ("TT", "NĐ", "LQ"), closed by a ".".
        var parts = 0
        var letterPart = false
        while offset < limit {
            let partStart = offset
            while offset < limit, LexemeStream.isDigit(bytes[offset]) { offset += 1 }
            // "Điều 14.1.LQ.7a.": an article inserted after another, its number lettered.
            if offset > partStart {
                while offset < limit, bytes[offset] &- UInt8(ascii: "a") < 26 { offset += 1 }
            }
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
