/// The scanner's shortcut for the commonest dates of legal text, "ngày 7 tháng 3 năm 2019" and
/// "ngày 01/07/2018", read straight from the bytes: the grammar's answer at such a date without
/// setting up its lexeme stream, memo tables and keys, which cost several times the date itself.
/// Also the commonest failing candidate: "từ" before such a date that no range connector follows
/// ("có hiệu lực từ ngày 01/07/2018."), where the grammar reads the date, finds no "đến", and fails.
///
/// It reads the lexemes as `LexemeStream` does (ASCII digit runs, letter runs, one-scalar symbols,
/// the same whitespace) and compares words by the same lower-cased key, so where it answers it
/// answers what the grammar does; anything it is unsure of (no whitespace between the parts, a
/// symbol glued after the year it has no rule for) gives nil, and the grammar decides.
///
/// Why the grammar gives the same answer:
/// - At "ngày", no skip rule (a word), qualifier, measure or ordinal starts; of the date readers
///   there (`Recognizer.uncachedDate`), the numeric date and the date in words read the whole
///   date and the others less ("ngày 7"); a range would need a connector after the year, which is
///   checked here. (`Recognizer.commonDate(at:)` rests on the same reasons.)
/// - At "từ", only two readers start: the range ("từ X đến Y"), whose first bound is the date and
///   which then needs a connector, and "từ" + measure + "trở lên", and no measure starts at "ngày".
enum IntroducedDate {
    /// The date at byte `start` (the first byte of "ngày") and the byte where it ends, or nil when
    /// the grammar must decide.
    /// - Complexity: O(1): at most six lexemes and the one after them.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (date: PartialDate, end: Int)? {
        var reader = Reader(bytes: bytes, offset: start)
        guard reader.word(is: "ngày"), reader.space(), let date = reader.numericDate() ?? reader.dateInWords(),
            CalendarDate(year: date.year, month: date.month, day: date.day) != nil
        else { return nil }
        let end = reader.offset
        guard reader.endsDateWithoutRange() else { return nil }
        return (PartialDate(year: date.year, month: date.month, day: date.day), end)
    }

    /// Whether parsing at byte `start` certainly finds nothing: "từ", then a date ``read(_:at:)``
    /// reads (so no range connector follows it).
    static func isFailingRangeStart(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var reader = Reader(bytes: bytes, offset: start)
        guard reader.word(is: "từ"), reader.space() else { return false }
        return read(bytes, at: reader.offset) != nil
    }

    /// A cursor over the bytes with `LexemeStream`'s byte classes.
    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset: Int

        /// The key of the letter run at the cursor (lower-cased NFC, as the grammar keys words),
        /// moving past it; the empty key when no letter starts there.
        mutating func word() -> LexemeKey {
            let start = offset
            // Whether the word is its own key (every scalar already lower case): then no
            // lower-casing pass (the words here, "ngày", "tháng", "năm", nearly always are).
            var lowercase = true
            while offset < bytes.count, LexemeStream.isLetterStart(bytes, at: offset, limit: bytes.count) {
                let length = LexemeStream.scalarLength(bytes[offset])
                if lowercase { lowercase = LexemeKey.lowercaseScalarLength(bytes, at: offset, limit: bytes.count) == length }
                offset = Swift.min(bytes.count, offset + length)
            }
            guard offset > start else { return "" }
            let slice = UnsafeBufferPointer(rebasing: bytes[start..<offset])
            if lowercase, slice.count <= LexemeKey.capacity { return LexemeKey(exactly: slice) }
            return LexemeStream.key(of: slice, kind: .word)
        }

        /// Whether the letter run at the cursor keys as `expected` (lower-case NFC), moving past the
        /// run: `word() == expected`, with the usual case, the run written as `expected` is, compared
        /// in place (no key built: the key of a run that is its own key is its bytes).
        mutating func word(is expected: StaticString) -> Bool {
            let count = expected.utf8CodeUnitCount
            let end = offset + count
            if end <= bytes.count {
                let expectedBytes = expected.utf8Start
                var index = 0
                while index < count, bytes[offset + index] == expectedBytes[index] { index += 1 }
                if index == count, end == bytes.count || !LexemeStream.isLetterStart(bytes, at: end, limit: bytes.count) {
                    offset = end
                    return true
                }
            }
            return word() == LexemeKey(stringLiteral: expected)
        }

        /// Moves past the whitespace at the cursor; false when there is none.
        mutating func space() -> Bool {
            let start = offset
            while offset < bytes.count {
                let length = LexemeStream.whitespaceLength(bytes, at: offset, limit: bytes.count)
                guard length > 0 else { break }
                offset += length
            }
            return offset > start
        }

        /// "D tháng M năm YYY(Y)" at the cursor, moving past it; nil (the cursor anywhere) otherwise.
        mutating func dateInWords() -> (year: Int, month: Int, day: Int)? {
            guard let day = digits(maximumCount: 2), space(), word(is: "tháng"), space(), let month = digits(maximumCount: 2),
                space(), word(is: "năm"), space()
            else { return nil }
            let yearStart = offset
            guard let year = digits(maximumCount: 4), offset - yearStart >= 3 else { return nil }
            return (year, month, day)
        }

        /// "D/M/YYYY", "D-M-YYYY" or "D.M.YYYY" at the cursor, all glued, the same separator twice,
        /// moving past it; nil with the cursor where it was otherwise.
        mutating func numericDate() -> (year: Int, month: Int, day: Int)? {
            let start = offset
            guard let day = digits(maximumCount: 2), offset < bytes.count else {
                offset = start
                return nil
            }
            let separator = bytes[offset]
            guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: ".") else {
                offset = start
                return nil
            }
            offset += 1
            guard let month = digits(maximumCount: 2), offset < bytes.count, bytes[offset] == separator else {
                offset = start
                return nil
            }
            offset += 1
            let yearStart = offset
            guard let year = digits(maximumCount: 4), offset - yearStart == 4 else {
                offset = start
                return nil
            }
            return (year, month, day)
        }

        /// The value of the whole digit run at the cursor when it has 1 to `maximumCount` digits,
        /// moving past it; nil (the cursor anywhere) otherwise.
        mutating func digits(maximumCount: Int) -> Int? {
            let start = offset
            var value = 0
            while offset < bytes.count, LexemeStream.isDigit(bytes[offset]) {
                guard offset - start < maximumCount else { return nil }
                value = value * 10 + Int(bytes[offset] &- UInt8(ascii: "0"))
                offset += 1
            }
            return offset > start ? value : nil
        }

        /// Whether what follows the year at the cursor leaves it a date the grammar reads as such:
        /// nothing, or after whitespace anything but a range connector ("-", "đến", "tới", "cho"…),
        /// an era ("TCN", "trước Công nguyên") or the "lúc"/"vào" of a clock ("ngày 7/3/2019 lúc 9h")
        /// or a clock itself ("ngày 7/3/2019 09:30"), or a glued "\n" or closing punctuation that no
        /// digit follows ("2019.", not "2019.5"; after a "," no "lúc" either).
        /// The year reader's own refusals ("2019/NĐ-CP", "2019abc") fall in what is refused here.
        mutating func endsDateWithoutRange() -> Bool {
            guard offset < bytes.count else { return true }
            let glued = !space()
            guard offset < bytes.count else { return true }
            let byte = bytes[offset]
            if glued {
                switch byte {
                case UInt8(ascii: "\n"), UInt8(ascii: ";"), UInt8(ascii: ")"): return true
                case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ":"):
                    guard offset + 1 >= bytes.count || !LexemeStream.isDigit(bytes[offset + 1]) else { return false }
                    guard byte == UInt8(ascii: ",") else { return true }
                    offset += 1
                    return !(space() && offset < bytes.count && LexemeStream.isLetterStart(bytes, at: offset, limit: bytes.count)
                        && word().isAny(of: "lúc", "vào"))
                default: return false
                }
            }
            if LexemeStream.isDigit(byte) { return !clockFollows() }
            if byte == UInt8(ascii: "("), offset + 1 < bytes.count {
                // "ngày 28/11 (thứ Sáu)": the weekday's name joins the date.
                offset += 1
                return !word().isAny(of: "thứ", "chủ", "chúa")
            }
            if LexemeStream.isLetterStart(bytes, at: offset, limit: bytes.count) {
                let next = word()
                // An era: the grammar reads the year in it ("năm 209 TCN", "năm 44 trước Công nguyên").
                if Vocabulary.eraWords.contains(next) { return false }
                if next.isAny(of: "trước", "sau"), space(), offset < bytes.count,
                    LexemeStream.isLetterStart(bytes, at: offset, limit: bytes.count), word().isAny(of: "công", "cn")
                {
                    return false
                }
                return !next.isAny(of: "đến", "tới", "cho", "lúc", "vào")
            }
            return !isRangeDash(at: offset)
        }

        /// Whether a clock with a colon starts at the cursor ("16:27"), which the date reader takes in.
        private func clockFollows() -> Bool {
            var position = offset
            while position < bytes.count, position - offset < 3, LexemeStream.isDigit(bytes[position]) { position += 1 }
            return position - offset <= 2 && position + 2 < bytes.count && bytes[position] == UInt8(ascii: ":")
                && LexemeStream.isDigit(bytes[position + 1]) && LexemeStream.isDigit(bytes[position + 2])
        }

        /// "-", "–", "—", "~" or "−": the dashes the range reader takes as a connector.
        private func isRangeDash(at offset: Int) -> Bool {
            switch bytes[offset] {
            case UInt8(ascii: "-"), UInt8(ascii: "~"): return true
            case 0xE2:
                guard offset + 2 < bytes.count else { return false }
                let (second, third) = (bytes[offset + 1], bytes[offset + 2])
                return second == 0x80 && (third == 0x93 || third == 0x94) || second == 0x88 && third == 0x92
            default: return false
            }
        }
    }
}
