import VietText
import VietTokenizer

extension Recognizer {
    /// The longest expression starting at `index`; on equal length the earlier reader wins
    /// (skips, then dates, qualified, ranges, single measures, ordinals).
    func expression(at index: Int) -> Match? {
        var best: Match?
        func consider(_ candidate: Match?) {
            guard let candidate, candidate.end > (best?.end ?? index) else { return }
            best = candidate
        }
        consider(skip(index))
        consider(date(index))
        consider(qualified(index))
        consider(range(index))
        consider(measure(index))
        consider(ordinal(index))
        if !wholePhrase, let found = best, found.emit, let changed = changeStart(found, at: index) { best = changed }
        // "khoảng 15,5 độ Vĩ Bắc", "từ 53 đến 66 độ vĩ bắc": what ends at a coordinate in words is
        // skipped with it, as the coordinate alone is (``skip(_:)``).
        if !wholePhrase, let found = best, found.emit, let end = coordinateInWordsEnd(afterNumber: found.end) {
            return match(.number, .zero, end: end, emit: false)
        }
        return best
    }

    /// The expression at `index` when the scanner knows no word after it continues an expression:
    /// the skip rules, then the digits alone.
    func plainNumber(at index: Int) -> Match? {
        if let skipped = skip(index) { return skipped }
        guard let read = digitNumber(index) else { return nil }
        if read.invalid { return match(.number, .zero, end: read.end, emit: false) }
        return match(.number, read.number, end: read.end)
    }

    // MARK: - Things that look numeric but are not

    /// Stretches the scanner must skip whole: document codes ("17/NQ-CP", "68/2000/NĐ-CP"), digits
    /// glued to letters ("4G", "H5N1", "COVID-19", "20180104-m04.jpg"), list markers at a line start ("1.", "2.1.", "c.1)").
    func skip(_ index: Int) -> Match? {
        guard let first = lex(index) else { return nil }
        // Computed only when a skip is returned: the scanner then resumes after it, so the walk stays linear.
        var skipped: Match { match(.number, .zero, end: chainEnd(index), emit: false) }
        if first.kind == .symbol {
            // "+84 912 345 678": a telephone number, skipped whole (its groups are no numbers either).
            if key(index) == "+", isDigits(index + 1), attached(index + 1), !wholePhrase, isPhoneOrZonePrefix(index + 1),
                !isSymbol(index + 2, ":")
            {
                var end = index + 2
                while isDigits(end), !attached(end), digitCount(end) <= 4 { end += 1 }
                return match(.number, .zero, end: end, emit: false)
            }
            guard key(index) == "-" || key(index) == "−", isDigits(index + 1), attached(index + 1) else { return nil }
            // "COVID-19"; and a stray dash before a document code ("Số:-58/2026/NĐ-CP").
            if attachedToAlphanumericBefore(index) || startsDocumentCode(index + 1) { return skipped }
            // "-3. Văn bản": a list marker written after a dash at a line start, not minus three.
            if !wholePhrase, isLineStart(index), let end = listMarkerEnd(after: index + 2) { return match(.number, .zero, end: end, emit: false) }
            return nil
        }
        guard first.kind == .digits else { return nil }
        if !wholePhrase, attachedToAlphanumericBefore(index) || Self.followsLetterAndPlus(stream.bytes, first.start) { return skipped }
        if !wholePhrase, let end = telephoneNumberEnd(index) { return match(.number, .zero, end: end, emit: false) }
        if !wholePhrase, digitCount(index) > Self.longestRunOfDigits { return skipped }
        if !wholePhrase, ReferenceMarker.encloses(stream.bytes, first.start..<first.end) { return skipped }
        if !wholePhrase, LexemeStream.isFormulaPiece(stream.bytes, first.start..<first.end) { return skipped }
        if !wholePhrase, LexemeStream.followsGluedDigitSeparator(stream.bytes, first.start) { return skipped }
        // "10$00": the escudo's sign between its units and its centavos, no dollars.
        if !wholePhrase, isSymbol(index + 1, "$"), attached(index + 1), isDigits(index + 2), attached(index + 2) { return skipped }
        if !wholePhrase, IdentifierLabel.precedes(stream.bytes, first.start) {
            return match(.number, .zero, end: identifierEnd(index), emit: false)
        }
        if !wholePhrase, digitCount(index) <= 2, Self.followsGamesName(stream.bytes, first.start) { return skipped }
        // "Km 15+200": a road's kilometre post (15 km and 200 m from its origin), no sum and no count.
        if !wholePhrase, isSymbol(index + 1, "+"), attached(index + 1), isDigits(index + 2), attached(index + 2),
            Self.start(of: "km", before: first.start, in: stream.bytes) != nil
        {
            return match(.number, .zero, end: index + 3, emit: false)
        }
        // "+07:00": a time zone's offset.
        if !wholePhrase, isSymbol(index + 1, ":"), attached(index + 1), followsPlusSign(index) { return skipped }
        if startsDocumentCode(index) { return skipped }
        // "85-2023.doc", "1-4.docx", "vbpq/2026/6/200-ndcp.signed.pdf": a file's name.
        if !wholePhrase, attached(index + 1), let end = fileNameEnd(index) { return match(.number, .zero, end: end, emit: false) }
        // The byte after the digits decides whether the chain and marker readers below are asked:
        // most digits have no dash or dot glued after them, and a byte costs less than a lexeme.
        let following = first.end < stream.bytes.count ? stream.bytes[first.end] : 0
        // The rest of a chain whose start a range or date before took ("năm 1950-51" of "năm 1950-51-57").
        if !wholePhrase, Self.followsGluedDashAfterDigits(stream.bytes, first.start) {
            return match(.number, .zero, end: gluedDashRunEnd(from: index + 1), emit: false)
        }
        if !wholePhrase, following == UInt8(ascii: "-") || following == 0xE2, let end = dashChainEnd(index) {
            return match(.number, .zero, end: end, emit: false)
        }
        if !wholePhrase, let end = scoreEnd(index) { return match(.number, .zero, end: end, emit: false) }
        // "Điều 6g", "Phụ lục 3g", "Mẫu 01g": a part's label with a letter, no grams and no clock.
        if !wholePhrase, let letter = lex(index + 1), letter.kind == .word, !letter.spaceBefore,
            letter.end - letter.start == 1 || letter.end - letter.start == 2 && stream.bytes[letter.start] >= 0xC2,
            let label = Self.bareWordKeyBefore(stream.bytes, first.start), Self.partLabels.contains(label.key)
        {
            return skipped
        }
        // "Luca 4:22", "Mátthêu 5:44": a chapter and verse after a book's name, no clock.
        // (No verse is written with a leading zero: "VnEconomy 09:33" is a clock.)
        if !wholePhrase, isSymbol(index + 1, ":"), attached(index + 1), isDigits(index + 2), attached(index + 2),
            stream.bytes[first.start] != UInt8(ascii: "0"), Self.followsName(stream.bytes, first.start)
        {
            return skipped
        }
        // "4K", "8K": a video format's name (upper-case K), no thousands nor kelvins.
        if !wholePhrase, isWord(index + 1), attached(index + 1), stream.exactKey(index + 1) == "K", digitCount(index) <= 2,
            let value = intValue(index), [2, 4, 5, 6, 8, 16].contains(value), !attached(index + 2) || !isWord(index + 2) && !isDigits(index + 2)
        {
            return match(.number, .zero, end: index + 2, emit: false)
        }
        if !wholePhrase, isWord(index + 1), attached(index + 1), isPlateSeries(index + 1) { return skipped }
        // Digits glued to letters that are no unit, suffix or clock mark.
        guard let digits = digitNumber(index) else { return nil }
        let after = digits.end
        if !wholePhrase, let end = coordinateInWordsEnd(afterNumber: after) { return match(.number, .zero, end: end, emit: false) }
        if let next = lex(after), !next.spaceBefore {
            if next.kind == .symbol, key(after).isAny(of: "°", "º"), let end = coordinateEnd(afterDegree: after + 1) {
                return match(.number, .zero, end: end, emit: false)
            }
            if next.kind == .word, !isKnownContinuation(after) || continuesChemicalFormula(after) { return skipped }
            // "20180104-m04.jpg", "2019_ab": a dash, underscore or dot glued to letters is a name, not a number.
            if next.kind == .symbol, key(after).isAny(of: "-", "_", "."), isWord(after + 1), attached(after + 1) {
                return skipped
            }
        }
        if !wholePhrase, LexemeStream.mayBeginListMarker(stream.bytes, first.start..<first.end), let end = listMarkerEnd(after: after) {
            return match(.number, .zero, end: end, emit: false)
        }
        if !wholePhrase, following == UInt8(ascii: "."), let end = subItemMarkerEnd(index) { return match(.number, .zero, end: end, emit: false) }
        // "1 | Thu nội địa | 1.718.900": a table's row number, first on its line before a cell's "|".
        if !wholePhrase, digitCount(index) <= 3, isSymbol(after, "|"), lex(after)?.spaceBefore == true, isLineStart(index) { return skipped }
        return nil
    }

    /// The words of a part's label before digits and a glued letter ("Điều 6g", "Phụ lục 3g"): no grams.
    private static let partLabels: KeySet = ["điều", "lục", "mẫu", "mục", "khoản", "điểm", "hình", "bảng", "chương"]

    /// Whether the word at `index`, glued after digits, is the series letter of a vehicle plate:
    /// one upper-case letter that is also a clock's or a thousand's mark ("43H-016", "30K-123.45",
    /// "51G-02468"), then a glued dash and three digits or more; "15h-16h" and "50k-100k" are a time
    /// and a price, lower case with fewer digits or a mark after them.
    private func isPlateSeries(_ index: Int) -> Bool {
        guard let letter = lex(index), letter.end - letter.start == 1, stream.bytes[letter.start] &- UInt8(ascii: "A") < 26,
            isSymbol(index + 1, "-"), attached(index + 1), isDigits(index + 2), attached(index + 2), digitCount(index + 2) >= 3
        else { return false }
        return !(isWord(index + 3) && attached(index + 3))
    }

    /// The end of a second-level list marker without its closing dot, first on its line before a
    /// capital or a table's "|": "1.2 Lập dự toán", "2.1 Đánh dấu", "1.1 | Nhà đầu tư" (~150 of the
    /// legal corpus, which writes decimals with a comma), or nil.
    private func subItemMarkerEnd(_ index: Int) -> Int? {
        guard digitCount(index) <= 2, isSymbol(index + 1, "."), attached(index + 1), isDigits(index + 2), attached(index + 2),
            digitCount(index + 2) <= 2, let next = lex(index + 3), next.spaceBefore, isLineStart(index)
        else { return nil }
        let nextIsCapital = next.kind == .word && stream.text(index + 3).unicodeScalars.first?.properties.isUppercase == true
        return nextIsCapital || isSymbol(index + 3, "|") ? index + 3 : nil
    }

    /// The end of a list marker whose number ends before lexeme `after`: a glued "." or ")", the
    /// Markdown emphasis that closes around it ("**1.**"), and then whitespace or the end ("1. Tham
    /// mưu", "2) …").
    private func listMarkerEnd(after: Int) -> Int? {
        guard isSymbol(after, ".") || isSymbol(after, ")"), attached(after) else { return nil }
        var end = after + 1
        while isSymbol(end, "*") || isSymbol(end, "_"), attached(end) { end += 1 }
        guard lex(end).map({ $0.spaceBefore }) ?? true else { return nil }
        return end
    }

    /// The most digits a number has in running text when it is written without grouping: a longer
    /// run ("230040000000000020000050…", the heading codes of legal databases; account numbers) is
    /// an identifier, skipped when scanning. No text writes a quantity of 10¹⁸ or more so; a whole
    /// phrase (``NumberParser/parse(_:)``) is read whatever its length.
    static var longestRunOfDigits: Int { 18 }

    /// Whether the digits at `index` begin a document code: digits (/digits)* / an upper-case word
    /// ("17/NQ-CP", "68/2000/NĐ-CP", "36a/NQ-CP"), or written with dashes as file names do
    /// ("13-2020-NĐ-CP").
    private func startsDocumentCode(_ index: Int) -> Bool {
        if isSymbol(index + 1, "-"), attached(index + 1), isDigits(index + 2), attached(index + 2), isSymbol(index + 3, "-"),
            attached(index + 3), isWord(index + 4), attached(index + 4),
            stream.text(index + 4).unicodeScalars.first?.properties.isUppercase == true
        {
            return true
        }
        var position = index + 1
        if isWord(position), attached(position), stream.text(position).count == 1, isSymbol(position + 1, "/") {
            position += 1  // "36a/NQ-CP"
        }
        while isSymbol(position, "/"), attached(position), isDigits(position + 1), attached(position + 1) { position += 2 }
        guard isSymbol(position, "/"), attached(position), isWord(position + 1), attached(position + 1),
            let lead = stream.text(position + 1).unicodeScalars.first
        else { return false }
        return lead.properties.isUppercase
    }

    /// Index after a sports score at `index`, which is no range: "thất bại 0-5 trước Barca", "tỷ số
    /// 2–1", the sets of a tennis match "6–4, 3–6, 7–6(5)". Two numbers below 100 joined by a dash,
    /// nothing measured after them, after a word of winning or losing or next to another score; or
    /// by a glued colon after such a word ("hòa 2:2"; elsewhere "2:1" is a ratio, "8:45" a clock).
    private func scoreEnd(_ index: Int) -> Int? {
        if isDigits(index), digitCount(index) <= 2, isSymbol(index + 1, ":"), attached(index + 1), isDigits(index + 2),
            attached(index + 2), digitCount(index + 2) <= 2, !continuesGlued(index + 3), let start = lex(index)?.start,
            Self.followsScoreWord(stream.bytes, start)
        {
            return index + 3
        }
        guard isScorePair(index) else { return nil }
        var after = index + 3
        // A tie-break glued in parentheses belongs to the set: "7–6(5)".
        if isSymbol(after, "("), attached(after), isDigits(after + 1), isSymbol(after + 2, ")") { after += 3 }
        // So does a tie-break's score after a 7–6 set, spaced or not: "6-7 (5-7)".
        if isSymbol(after, "("), isScorePair(after + 1), isSymbol(after + 4, ")"), Set([intValue(index), intValue(index + 2)]) == [6, 7] {
            after += 5
        }
        if isSymbol(after, "%") || unit(after) != nil || currencySuffix(after) != nil || has(after, .duration) || has(after, .scale) {
            return nil
        }
        // Next to another score, one of the two must not ascend ("6–4, 4–6"), unlike lists of ranges
        // ("khoản 1-2, 3-4"), or both be a tennis set's ("4–6 5–7", a match lost in straight sets).
        let start = lex(index)!.start
        let next = isSymbol(after, ",") ? after + 1 : after
        let descends = { (first: Int?, second: Int?) in (first ?? 0) >= (second ?? 0) }
        let thisDescends = descends(intValue(index), intValue(index + 2))
        let thisIsSet = Self.isSetScore(intValue(index), intValue(index + 2))
        if isScorePair(next),
            thisDescends || descends(intValue(next), intValue(next + 2)) || thisIsSet && Self.isSetScore(intValue(next), intValue(next + 2))
        {
            return after
        }
        if let previous = Self.scorePairBefore(stream.bytes, start), thisDescends || previous.0 >= previous.1 || thisIsSet && Self.isSetScore(previous.0, previous.1) {
            return after
        }
        return Self.followsScoreWord(stream.bytes, start) ? after : nil
    }

    /// The end of three or more numbers joined by glued dashes that spell no date ("Lotus 1-2-3",
    /// "1950-51-57", a tie-break's "6–72–7"; ~100 wiki RANGEs that took two of them), or nil: a name
    /// or a list, no range. A day, month and year ("7-3-2019", "07-03-19") or a year, month and day
    /// ("2019-03-07") is left to the date reader.
    private func dashChainEnd(_ index: Int) -> Int? {
        guard dashThenDigits(index + 1), dashThenDigits(index + 3) else { return nil }
        let end = gluedDashRunEnd(from: index + 5)
        if end == index + 5, let first = intValue(index), let second = intValue(index + 2), let third = intValue(index + 4) {
            let (firstDigits, thirdDigits) = (digitCount(index), digitCount(index + 4))
            let dayMonthYear = (1...31).contains(first) && (1...12).contains(second) && (thirdDigits == 2 || thirdDigits == 4)
            let yearMonthDay = firstDigits == 4 && (1...12).contains(second) && (1...31).contains(third)
            if dayMonthYear || yearMonthDay { return nil }
        }
        return end
    }

    /// The index after the glued dash-and-digits pairs from lexeme `index` on (itself when none is there).
    private func gluedDashRunEnd(from index: Int) -> Int {
        var end = index
        while dashThenDigits(end) { end += 2 }
        return end
    }

    /// Whether lexeme `at` is a dash glued to the digits after it and to what is before it.
    private func dashThenDigits(_ at: Int) -> Bool {
        lex(at)?.kind == .symbol && key(at).isAny(of: "-", "–") && attached(at) && isDigits(at + 1) && attached(at + 1)
    }

    /// Whether a dash ("-" or "–") glued to an ASCII digit before it ends right before byte `offset`.
    static func followsGluedDashAfterDigits(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        let dashLength = offset >= 1 && bytes[offset - 1] == UInt8(ascii: "-") ? 1
            : offset >= 3 && bytes[offset - 3] == 0xE2 && bytes[offset - 2] == 0x80 && bytes[offset - 1] == 0x93 ? 3 : 0
        guard dashLength > 0, offset - dashLength >= 1 else { return false }
        return bytes[offset - dashLength - 1] &- UInt8(ascii: "0") < 10
    }

    /// Whether two games counts end a tennis set: 6 to at most 4, or 7 to 5 or 6, either way round.
    private static func isSetScore(_ first: Int?, _ second: Int?) -> Bool {
        guard let first, let second else { return false }
        let (high, low) = (max(first, second), min(first, second))
        return high == 6 && low <= 4 || high == 7 && (low == 5 || low == 6)
    }

    /// The two numbers of a score ("6–3", "6-3") that ends, with a comma or spaces, right before byte `offset`.
    private static func scorePairBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (Int, Int)? {
        var position = offset
        while position > 0, bytes[position - 1] == 0x20 { position -= 1 }
        if position > 0, bytes[position - 1] == UInt8(ascii: ",") { position -= 1 }
        // A tie-break after the set: "7–6(5), 6–2", "7-6 (7-4), 6-3".
        if position > 0, bytes[position - 1] == UInt8(ascii: ")") {
            var open = position - 2
            while open >= 0, position - open <= 12, bytes[open] != UInt8(ascii: "("),
                bytes[open] &- UInt8(ascii: "0") < 10 || [UInt8(ascii: "-"), 0x20, 0xE2, 0x80, 0x93].contains(bytes[open])
            {
                open -= 1
            }
            if open >= 0, bytes[open] == UInt8(ascii: "("), open < position - 2 {
                position = open
                while position > 0, bytes[position - 1] == 0x20 { position -= 1 }
            }
        }
        guard position < offset, let second = digitsBefore(bytes, position) else { return nil }
        position = second.start
        if position >= 3, bytes[position - 3] == 0xE2, bytes[position - 2] == 0x80, bytes[position - 1] == 0x93 {
            position -= 3  // "–"
        } else if position >= 1, bytes[position - 1] == UInt8(ascii: "-") {
            position -= 1
        } else {
            return nil
        }
        guard let first = digitsBefore(bytes, position) else { return nil }
        return (first.value, second.value)
    }

    /// The one or two digits that end right before byte `offset` (none before them): where they start, their value.
    private static func digitsBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (start: Int, value: Int)? {
        var start = offset
        while start > 0, offset - start < 3, LexemeStream.isDigit(bytes[start - 1]) { start -= 1 }
        guard start < offset, offset - start <= 2, start == 0 || !LexemeStream.isDigit(bytes[start - 1]) else { return nil }
        return (start, (start..<offset).reduce(0) { $0 * 10 + Int(bytes[$1] &- UInt8(ascii: "0")) })
    }

    /// Two numbers of at most two digits joined by a dash at `index` ("6–4", "0 - 5").
    private func isScorePair(_ index: Int) -> Bool {
        isDigits(index) && digitCount(index) <= 2 && lex(index + 1)?.kind == .symbol && key(index + 1).isAny(of: "-", "–")
            && isDigits(index + 2) && digitCount(index + 2) <= 2 && attached(index + 1) == attached(index + 2)
    }

    /// "tỷ lệ 3:5", "độ tương phản 50:1", "2:1": a ratio written with a colon, after a word of ratios
    /// or with one digit after the colon (a clock's minutes are two); not a score ("hòa 2:2", no fact,
    /// as "thắng 3-0"), a verse or a journal's issue after a name ("Luca 4:22", "World-Wide 22:2"), a
    /// year's page ("2008:6") nor a piece of a longer chain ("1:2:3").
    private func colonRatio(_ read: NumberRead, from start: Int) -> Match? {
        let colon = read.end
        guard read.plainDigits, digitCount(start) <= 7, isSymbol(colon, ":"), attached(colon), isDigits(colon + 1), attached(colon + 1),
            digitCount(colon + 1) <= 2, let denominator = digitNumber(colon + 1), !denominator.invalid, denominator.plainDigits,
            !continuesGlued(denominator.end), let startByte = lex(start)?.start
        else { return nil }
        // More than three digits before the colon only after a word of ratios ("độ tương phản 1000:1").
        if digitCount(start) > 3, !Self.followsRatioWord(stream.bytes, startByte) { return nil }
        guard startByte == 0 || stream.bytes[startByte - 1] != UInt8(ascii: ":") else { return nil }
        guard Self.followsRatioWord(stream.bytes, startByte)
            || digitCount(colon + 1) == 1 && !Self.followsScoreWord(stream.bytes, startByte) && !Self.followsName(stream.bytes, startByte)
        else { return nil }
        return self.match(value: .ratio(numerator: value(of: read), denominator: value(of: denominator), unit: nil), end: denominator.end)
    }

    /// Whether "Games" or "ASIAD" ends right before byte `offset`: the digits after it, one or two,
    /// are the games' edition ("SEA Games 33", "ASIAD 19"; "SEA Games 2003" is the year).
    static func followsGamesName(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        // Both names end in "s" or "d", which no Vietnamese word does: the byte before the spaces
        // decides most numbers (the plain-digit reader asks at every one) before the comparisons.
        var end = offset
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        guard end > 0, bytes[end - 1] | 0x20 == UInt8(ascii: "s") || bytes[end - 1] | 0x20 == UInt8(ascii: "d") else { return false }
        return start(of: "games", before: offset, in: bytes) != nil || start(of: "asiad", before: offset, in: bytes) != nil
    }

    /// The end of a coordinate in words whose number ends before lexeme `index`: "15,5 độ Vĩ Bắc",
    /// "108 độ kinh Đông", as "21°N" is in signs (no coordinate is annotated).
    func coordinateInWordsEnd(afterNumber index: Int) -> Int? {
        guard key(index) == "độ", isWord(index), key(index + 1).isAny(of: "vĩ", "kinh"), isWord(index + 1) else { return nil }
        return key(index + 2).isAny(of: "bắc", "nam", "đông", "tây") ? index + 3 : index + 2
    }

    /// The end of a telephone number (or a ten-digit code such as a tax number) that starts at the
    /// digits at `index`: a leading 0 and ten or eleven digits in all, glued ("0912345678") or in
    /// groups of two to four after spaces, or glued dots or dashes ("0912 345 678", "024.3825.1234",
    /// "(028) 3822 1234"); or a hotline, "1900 1234", "1800 1091". No count, date or grouped number
    /// starts with a 0 and runs to ten digits.
    private func telephoneNumberEnd(_ index: Int) -> Int? {
        guard let first = lex(index) else { return nil }
        let lead = stream.bytes[first.start]
        let count = first.end - first.start
        if lead == UInt8(ascii: "1"), count == 4, let prefix = intValue(index), prefix == 1900 || prefix == 1800, isDigits(index + 1),
            !attached(index + 1), digitCount(index + 1) == 4, !attached(index + 2) || !isDigits(index + 2) && !isWord(index + 2)
        {
            return index + 2
        }
        guard lead == UInt8(ascii: "0"), (2...11).contains(count) else { return nil }
        var end = index + 1
        var total = count
        // "(028) 3822 1234": the area code in parentheses.
        if isSymbol(end, ")"), attached(end), first.start > 0, stream.bytes[first.start - 1] == UInt8(ascii: "(") { end += 1 }
        while total < 11 {
            var group = end
            if isSymbol(group, ".") || isSymbol(group, "-"), attached(group), attached(group + 1) {
                group += 1
            } else if attached(group) {
                break
            }
            guard isDigits(group), (2...4).contains(digitCount(group)), total + digitCount(group) <= 11 else { break }
            total += digitCount(group)
            end = group + 1
        }
        guard total >= 10, !attached(end) || !isDigits(end) && !isWord(end) else { return nil }
        return end
    }

    /// The number glued after a "/" glued at `slash`, when no further "/" is glued to it ("132/141";
    /// not "17/3/2020", a date's or a code's piece).
    private func denominatorAfterSlash(_ slash: Int) -> NumberRead? {
        guard isSymbol(slash, "/"), attached(slash), isDigits(slash + 1), attached(slash + 1), let denominator = digitNumber(slash + 1),
            !denominator.invalid, !(isSymbol(denominator.end, "/") && attached(denominator.end))
        else { return nil }
        return denominator
    }

    /// Whether lexemes `start..<end` are an integer grouped by thousands with dots, glued: "1.123",
    /// "12.500.000".
    private func isDottedThousands(_ start: Int, _ end: Int) -> Bool {
        guard end - start >= 3, (end - start) % 2 == 1, isDigits(start), digitCount(start) <= 3 else { return false }
        return stride(from: start + 1, to: end, by: 2).allSatisfy {
            isSymbol($0, ".") && attached($0) && isDigits($0 + 1) && attached($0 + 1) && digitCount($0 + 1) == 3
        }
    }

    /// Whether lexeme `index` continues what is before it, glued: letters or digits, or a ":" or "."
    /// before more digits ("8:17:3" of a verse, "2:1a"); closing punctuation ends it.
    func continuesGlued(_ index: Int) -> Bool {
        guard let lexeme = lex(index), !lexeme.spaceBefore else { return false }
        if lexeme.kind != .symbol { return true }
        return key(index).isAny(of: ":", ".", ",") && isDigits(index + 1) && attached(index + 1)
    }

    /// Whether a word of ratios ends right before byte `offset`: "tỷ lệ", "tỉ lệ (là)", "tỷ giá",
    /// "tương phản".
    private static func followsRatioWord(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        guard var last = wordBefore(bytes, offset) else { return false }
        if last.word == "là", let before = wordBefore(bytes, last.start) { last = before }
        switch last.word {
        case "lệ", "phản": return true
        case "giá": return wordBefore(bytes, last.start).map { $0.word == "tỷ" || $0.word == "tỉ" } ?? false
        default: return false
        }
    }

    /// Whether a word of a match's result ends right before byte `offset` (spaces between): "thắng",
    /// "thua", "thất bại", "hòa", "tỷ số", "tỉ số", "thất thủ", "thúc thủ" (lost), "lượt đi", "lượt
    /// về" (a tie's legs); or such a word and "là" ("tỷ số là 98-95").
    private static func followsScoreWord(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        guard var last = wordBefore(bytes, offset) else { return false }
        if last.word == "là", let before = wordBefore(bytes, last.start) { last = before }
        switch last.word {
        case "số": return wordBefore(bytes, last.start).map { $0.word == "tỷ" || $0.word == "tỉ" } ?? false
        case "thủ": return wordBefore(bytes, last.start).map { $0.word == "thất" || $0.word == "thúc" } ?? false
        case "đi", "về": return wordBefore(bytes, last.start)?.word == "lượt"
        default: return ["thắng", "thua", "bại", "hòa", "hoà"].contains(last.word)
        }
    }

    /// Where `word` (lower case) starts when it ends right before byte `offset`, past spaces, as a whole
    /// word; an upper-case ASCII first letter matches too ("Lớp", "Games"). Compared byte by byte: the
    /// look-backs asked of many candidates build no string, as ``wordBefore(_:_:)`` does. A static
    /// string: its bytes are read where they lie (a `String`'s last UTF-8 byte took ~80 instructions,
    /// most of the cost of the look-backs asked of every plain number).
    static func start(of word: StaticString, before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let utf8 = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        var end = offset
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        // Most calls end here, at the last byte: an ASCII last letter is the same composed or not; a
        // word that ends in a marked vowel ends in a non-ASCII byte either way.
        guard end > 0, let last = utf8.last else { return nil }
        if last < 0x80 ? bytes[end - 1] | 0x20 != last : bytes[end - 1] < 0x80 { return nil }
        // Decomposed text (a combining mark's lead byte, U+0300–U+036F, among the word's bytes) is
        // compared as strings, canonically.
        if (max(0, end - 12)..<end).contains(where: { bytes[$0] == 0xCC || bytes[$0] == 0xCD }) {
            return wordBefore(bytes, offset).flatMap { $0.word == word.description ? $0.start : nil }
        }
        guard end >= utf8.count else { return nil }
        let start = end - utf8.count
        // A whole word: no letter (ASCII, or a byte of a multi-byte letter) right before it.
        guard start == 0 || bytes[start - 1] < 0x80 && !LexemeStream.isASCIILetter(bytes[start - 1]) else { return nil }
        for (offset, expected) in utf8.enumerated() {
            let byte = bytes[start + offset]
            guard byte == expected || offset == 0 && LexemeStream.isASCIILetter(byte) && byte | 0x20 == expected else { return nil }
        }
        return start
    }

    /// The lower-cased word (up to 12 bytes, no line break) before byte `offset` and the spaces before it.
    static func wordBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (word: String, start: Int)? {
        guard let range = LexemeStream.wordRange(before: offset, in: bytes, longest: 12) else { return nil }
        let slice = UnsafeBufferPointer(rebasing: bytes[range])
        // Vietnamese and ASCII text is lower-cased on its bytes as keys are (what `lowercased()`
        // gives for those letters); only other scalars, or a scalar the 12 bytes cut, take the
        // String's Unicode path (measured: 2 000 instructions per call, most of them that path).
        var unicode: String?
        let lowered = LexemeKey.lowercasedWord(slice) {
            unicode = String(decoding: slice, as: UTF8.self).lowercased()
            return unicode!
        }
        return (unicode ?? lowered.description, range.lowerBound)
    }

    /// ``wordBefore(_:_:)`` without what opens it, a bracket, a quote or Markdown's "**" ("(trước
    /// 30/7)", "**Điều 6g"): the word as a word list names it.
    static func bareWordBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (word: Substring, start: Int)? {
        guard let (word, start) = wordBefore(bytes, offset) else { return nil }
        // A word that begins with a letter (most do) has nothing to drop: no Character walk.
        if word.utf8.first.map(LexemeStream.isASCIILetter) == true { return (word[...], start) }
        return (word.drop { !$0.isLetter }, start)
    }

    /// ``bareWordBefore(_:_:)``'s word as a lexeme key (lower case, NFC: equal keys are canonically
    /// equal words) and where it starts, for word lists of keys: a word that begins with a letter is
    /// keyed from its bytes as lexemes are, without the String that hashing it in a `Set<String>`
    /// needed (~700 instructions a word).
    static func bareWordKeyBefore(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> (key: LexemeKey, start: Int)? {
        guard let range = LexemeStream.wordRange(before: offset, in: bytes, longest: 12) else { return nil }
        if LexemeStream.isASCIILetter(bytes[range.lowerBound]) {
            return (LexemeStream.key(of: UnsafeBufferPointer(rebasing: bytes[range]), kind: .word), range.lowerBound)
        }
        return bareWordBefore(bytes, offset).map { (LexemeKey(UnicodeNormalizer.nfc(String($0.word))), $0.start) }
    }

    /// Index after an identifier that starts at `index`: its glued runs, joined by "-", "–", ":", "/"
    /// or "." before more digits or a code, spaced or not ("QCVN 01 - 175 : 2014/BNNPTNT").
    private func identifierEnd(_ index: Int) -> Int {
        var position = chainEnd(index)
        while lex(position)?.kind == .symbol, key(position).isAny(of: "-", "–", ":", "/", "."),
            isDigits(position + 1) || (isWord(position + 1) && stream.text(position + 1).unicodeScalars.first?.properties.isUppercase == true)
        {
            position = chainEnd(position + 1)
        }
        return position
    }

    /// The end of the glued run that lexeme `index` begins when it is a file's or a site's name: it
    /// ends with a dot and a file type or a top-level domain, closing punctuation after it aside
    /// ("85-2023.doc", "1-4.docx)", "24h.com.vn", "kenh14.vn").
    private func fileNameEnd(_ index: Int) -> Int? {
        let end = chainEnd(index)
        var last = end - 1
        while last > index + 1, !isWord(last) { last -= 1 }
        guard last > index + 1, isSymbol(last - 1, ".") else { return nil }
        if Self.fileTypes.contains(key(last)) { return end }
        // A site's name has only dots and dashes between its words: "1985,www.a.com" is a year, then a site.
        guard Self.topLevelDomains.contains(key(last)),
            (index + 1..<last).allSatisfy({ lex($0)?.kind != .symbol || key($0).isAny(of: ".", "-") })
        else { return nil }
        return end
    }

    /// The file types whose names legal text cites ("Mẫu số 01.docx").
    private static let fileTypes: Set<LexemeKey> = [
        "doc", "docx", "pdf", "xls", "xlsx", "ppt", "pptx", "odt", "rtf", "txt", "zip", "rar", "jpg", "jpeg", "png", "htm", "html", "xml",
    ]

    /// The domains of the sites Vietnamese text cites ("24h.com.vn", "kenh14.vn").
    private static let topLevelDomains: Set<LexemeKey> = ["vn", "com", "net", "org", "edu", "gov", "info"]

    /// Index after the run of lexemes glued together from `index`.
    private func chainEnd(_ index: Int) -> Int {
        var position = index + 1
        while attached(position) { position += 1 }
        return position
    }

    /// The end of a coordinate whose degree sign ends before lexeme `index` ("16º12", "108°12'30\"",
    /// "21°N", "116° 40'", "26,28° B", "34,6º vĩ nam"): glued minutes or a compass letter, or spaced
    /// minutes with their mark, a compass letter, or "vĩ"/"kinh" and its direction; nil for an angle
    /// or a temperature ("45°", "30°C", "30° C": "C" and "F" are no compass letters).
    private func coordinateEnd(afterDegree index: Int) -> Int? {
        let compass = isWord(index) && stream.exactKey(index).isAny(of: "N", "S", "E", "W", "B", "Đ", "T")
        if attached(index) {
            guard isDigits(index) || compass else { return nil }
            return chainEnd(index - 1)
        }
        // (The letter alone: "Đ;" ends there, "Đông" or "B2" is another word.)
        if compass, !attached(index + 1) || !isWord(index + 1) && !isDigits(index + 1) { return index + 1 }
        if isWord(index), key(index).isAny(of: "vĩ", "kinh") {
            return key(index + 1).isAny(of: "bắc", "nam", "đông", "tây") && isWord(index + 1) ? index + 2 : index + 1
        }
        guard isDigits(index) else { return nil }
        let end = chainEnd(index)
        return (index + 1..<end).contains { key($0).isAny(of: "′", "'", "’") } ? end : nil
    }

    /// Whether the capital letter glued after a number at `index` begins a chemical formula, the
    /// number its coefficient ("2H2O", "3H2SeO4", "2H2S"): the letter, glued digits, and a glued word
    /// in capitals. "10H30" (a clock) and "5h30p" (a clock's minutes in lower case) are none.
    private func continuesChemicalFormula(_ index: Int) -> Bool {
        guard stream.exactKey(index).isAny(of: "H", "K"), isDigits(index + 1), attached(index + 1), isWord(index + 2),
            attached(index + 2)
        else { return false }
        return stream.text(index + 2).unicodeScalars.first?.properties.isUppercase == true
    }

    private func isKnownContinuation(_ index: Int) -> Bool {
        if unit(index) != nil || currencySuffix(index) != nil || scaleExponent(index) != nil { return true }
        // Lower-case "g" is the clock mark of "10g45"; upper-case "G" is a network generation ("4G").
        if stream.exactKey(index) == "g" { return true }
        switch key(index) {
        case "h", "k", "giờ", "tr", "ngày", "tháng", "năm", "phút", "đ": return true
        default: return false
        }
    }

    private func isLineStart(_ index: Int) -> Bool {
        guard let lexeme = lex(index) else { return false }
        return LexemeStream.isLineStart(stream.bytes, lexeme.start)
    }

    // MARK: - Qualifiers and ranges

    /// Whether the sign at lexeme `index` is no comparison: the head or tail of an arrow ("->", "- >",
    /// "=>", "<-"; "<=" is not read either), a "-" or "=" before ">" or glued to "<" after it, or
    /// the end of a markup tag ("<b>5</b>"), a letter glued to ">" before it.
    private func isNoComparison(_ index: Int) -> Bool {
        guard let sign = lex(index), sign.kind == .symbol, sign.end - sign.start == 1 else { return false }
        let bytes = stream.bytes
        switch bytes[sign.start] {
        case UInt8(ascii: ">"):
            guard sign.start > 0 else { return false }
            if ScanFilter.isLetter(bytes[sign.start - 1]) || bytes[sign.start - 1] == UInt8(ascii: "\"") { return true }
            var before = sign.start - 1
            while before > 0, bytes[before] == UInt8(ascii: " ") { before -= 1 }
            return bytes[before] == UInt8(ascii: "-") || bytes[before] == UInt8(ascii: "=")
        case UInt8(ascii: "<"):
            return sign.end < bytes.count && (bytes[sign.end] == UInt8(ascii: "-") || bytes[sign.end] == UInt8(ascii: "="))
        default:
            return false
        }
    }

    /// The end of a second qualifier phrase at `index` that says `qualifier` again ("không quá"
    /// after "tối đa", the sign of "trên >90%"), or nil.
    private func sameBound(as qualifier: NumericExpression.Qualifier, at index: Int) -> Int? {
        guard isWord(index) || lex(index)?.kind == .symbol, has(index, .qualifierStart),
            let entries = Vocabulary.qualifiersByFirstWord[key(index)]
        else { return nil }
        for entry in entries where entry.qualifier == qualifier {
            if let end = matchKeys(entry.words, at: index) { return end }
        }
        return nil
    }

    /// A qualifier phrase then a range or measure: "hơn 1,6 tỷ đồng", "khoảng 1000-2000 đồng",
    /// "không quá 7.000 đồng"; and "từ X trở lên/xuống".
    /// - Parameter estimated: whether an estimate's word ("khoảng") came just before; the bound after
    /// it is then read once more at most, so that no chain of such words nests deeper.
    func qualified(_ index: Int, estimated: Bool = false) -> Match? {
        // "từ đủ 18 tuổi trở lên": "đủ" (full) keeps the bound as written, as in a range; "từ ngoài 15
        // hải lý" (from beyond) is over it.
        let from = key(index) == "từ" && isWord(index)
        let beyond = from && key(index + 1) == "ngoài" && isWord(index + 1)
        if from, var inner = measure((key(index + 1) == "đủ" || beyond) && isWord(index + 1) ? index + 2 : index + 1) {
            if beyond {
                guard inner.qualifier == nil else { return nil }
                // "từ ngoài 9 hải lý đến 12 hải lý": a band from beyond its lower bound.
                if var band = range(from: inner, at: index + 2, between: false, true) {
                    band.boundQualifiers.from = .over
                    return band
                }
                inner.qualifier = .over
                return inner
            }
            // "từ 7000 đồng trở xuống": the measure already took the suffix qualifier.
            if inner.qualifier != nil { return inner }
            if let suffix = suffixQualifier(inner.end) {
                inner.qualifier = suffix.qualifier
                inner.end = suffix.end
                return inner
            }
        }
        // Words, and the signs "≥" and "≤" of tables and technical text ("≥ 1,0%", "≤2/3").
        guard isWord(index) || lex(index)?.kind == .symbol, has(index, .qualifierStart),
            let entries = Vocabulary.qualifiersByFirstWord[key(index)]
        else { return nil }
        if key(index) == "trên", isPerRoundNumber(index) { return nil }
        // "->", "=>", "<-", "<b>": an arrow or a tag, no comparison.
        if isNoComparison(index) { return nil }
        // "dựa trên 38 bài đánh giá", "dựa trên ba nguồn": based on, no "more than".
        if key(index) == "trên", word(before: index) == "dựa" { return nil }
        // "Công ước năm 1946", "Hiệp ước 1763": the "ước" of a treaty's noun, no estimate.
        if key(index) == "ước", let before = word(before: index), Self.treatyNouns.contains(before) { return nil }
        // "nhiệt độ khoảng −2 °C", "tốc độ khoảng 15 km/h": the "độ" of a word before it, no "độ khoảng" (about).
        if key(index) == "độ", let before = word(before: index), Lexicon.shipped.contains(before + " độ") { return nil }
        // Nine phrases begin with "không": most fail at their second word, which is compared here
        // first (matchKeys would return nil there too) instead of setting up a whole match each.
        let second = key(index + 1)
        for entry in entries {
            if entry.words.count > 1, entry.words[1] != second { continue }
            guard var start = matchKeys(entry.words, at: index) else { continue }
            // "tối đa không quá 05 ngày", "chậm nhất không quá": the bound said twice (250 in the
            // legal corpus), once.
            if let end = sameBound(as: entry.qualifier, at: start) { start = end }
            // "khoảng trên 39 triệu tấn": an estimate of a bound; the span takes both, the bound's word
            // is the qualifier.
            if !estimated, entry.qualifier == .approx, has(start, .qualifierStart), var bound = qualified(start, estimated: true),
                bound.qualifier != nil
            {
                bound.ambiguousWord = false
                return bound
            }
            // The longest emitted reading; on equal length the earlier of range, measure, date.
            var longest: Match?
            func consider(_ candidate: Match?) {
                guard let candidate, candidate.emit, candidate.end > (longest?.end ?? .min) else { return }
                longest = candidate
            }
            let dated = date(start)
            consider(range(start))
            consider(measure(start))
            consider(dated)
            guard var inner = longest else { continue }
            // "chậm nhất 30/6", "khoảng 28/8": a day and month that the digits are alone (``dayMonthAfterOrderWord``),
            // no ratio ("khoảng 1/1000" stays one: no day).
            if case .ratio = inner.value, let dated, dated.emit, dated.end == inner.end,
                case .date(let day, nil, nil) = dated.value, day.day != nil
            {
                inner = dated
            }
            if case .date = inner.value, entry.qualifier != .approx, entry.qualifier != .nearly { continue }
            // "nằm trên 2 nước", "đăng trên 01 tờ báo": the preposition "on", no bound.
            if entry.words.count == 1, key(index) == "trên", readsOn(index, before: inner) { continue }
            // "cao hơn 20% so với năm trước", "lớn hơn 3 m so với": higher by, a difference, no bound.
            if entry.qualifier == .over || entry.qualifier == .under, entry.words.last == "hơn", key(inner.end) == "so",
                key(inner.end + 1) == "với", entry.words.count == 2 || followsComparative(index)
            {
                continue
            }
            // "lịch Julius chậm hơn 11 ngày", "sớm hơn 3 năm": how much later or earlier, a
            // difference of time, no bound (negated, "không chậm hơn 30 ngày", it is a deadline:
            // a qualifier of its own).
            if entry.words == ["hơn"], case .duration = inner.value, followsTemporalComparative(index) { continue }
            // "vượt 16 người so với quy định", "vượt 15,2% dự toán": by how much a figure exceeds a rule
            // or a plan, an exact excess, no bound ("công suất vượt 120%" is over 120%).
            if entry.words == ["vượt"], namesComparison(inner.end) || afterCountedNouns(inner.end, { namesComparison($0) ? true : nil }) != nil {
                continue
            }
            // "nằm trong khoảng từ 5 đến 10 m": within the interval, no approximation.
            if entry.qualifier == .approx, case .range = inner.value, key(index) == "khoảng", word(before: index) == "trong" {
                continue
            }
            // "dựa trên một", "dưới một mái nhà", "gần một con sông": a preposition and "a", not a
            // qualified one ("hơn một", "ít nhất một" stay numbers).
            if inner.ambiguousWord, entry.words.count == 1, key(start) == "một", key(index).isAny(of: "trên", "dưới", "gần") { continue }
            // "hơn một chút", "hơn một số": a little more, more than some; no count of one.
            if inner.ambiguousWord, key(start) == "một", key(inner.end).isAny(of: "chút", "tí", "ít", "xíu", "số") { continue }
            // "gần như một nước độc lập", "ước lượng là một thống kê", "xấp xỉ bằng năm chí tuyến":
            // "almost a", "is a", no estimate of a lone "một" or "năm" ("ít nhất là một" stays one).
            if inner.ambiguousWord, entry.qualifier == .approx || entry.qualifier == .nearly, entry.words.count > 1,
                entry.words[entry.words.count - 1].isAny(of: "như", "bằng", "là", "có")
            {
                continue
            }
            // "khoảng năm 12.000 TCN": a number word before digits is the word of a year, not five.
            if inner.ambiguousWord, isDigits(inner.end) { continue }
            // "trên 05 năm đến 15 năm" (more than five, up to fifteen years): "over" is its lower
            // bound's, as after "từ"; "khoảng 2-3 triệu" is approximate as a whole.
            if entry.qualifier == .over, case .range = inner.value, inner.boundQualifiers.from == nil {
                inner.boundQualifiers.from = .over
            } else {
                inner.qualifier = entry.qualifier
            }
            inner.ambiguousWord = false
            return inner
        }
        return nil
    }

    /// Words that make a noun with "ước" after them: a convention, a treaty, an agreement, the Old and
    /// New Testaments.
    private static let treatyNouns: Set<String> = ["công", "hiệp", "điều", "quy", "giao", "cựu", "tân", "phụ", "minh"]

    private func suffixQualifier(_ index: Int) -> (qualifier: NumericExpression.Qualifier, end: Int)? {
        guard key(index) == "trở" else { return nil }
        switch key(index + 1) {
        case "lên": return (.atLeast, index + 2)
        case "xuống": return (.atMost, index + 2)
        default: return nil
        }
    }

    /// "2021-2025", "2015 – 2020", "từ 5 đến 10", "3-5%", "03 đến 05 năm", "giữa 1000 và 2000 đồng",
    /// "VND1000-VND2000", "năm 2021-2025". A bare first bound takes the unit of the second, and its
    /// scale word when it would stay below the second: "từ 2 đến 3 tỷ đồng" is 2–3 billion đồng,
    /// "10-20 triệu" 10–20 million.
    func range(_ index: Int) -> Match? {
        let introducer = isWord(index) ? key(index) : ""
        let introduced = introducer == "từ" || introducer == "giữa"
        // "từ đủ 01 tháng đến đủ 06 tháng": "đủ" (a full …) keeps the bound as written.
        let position = introduced ? (introducer == "từ" && key(index + 1) == "đủ" && isWord(index + 1) ? index + 2 : index + 1) : index
        // The first bound as a number or measure, else as a date: "năm 2021" is a year only as a
        // date ("năm" alone reads as the number five, which no range continues).
        let between = introducer == "giữa"
        // "giữa thế kỷ 18 tới đầu thế kỷ 19": "giữa" is the middle of the first period when the second
        // bound names a part of its own; "giữa năm 1990 đến 1995" is "between", as before "và".
        if between, let first = date(index), let range = range(from: first, at: index, between: false, false),
            case .range(_, .date(_, _, _?)) = range.value
        {
            return range
        }
        if let first = measure(position), let range = range(from: first, at: position, between: between, introduced) {
            return range
        }
        // "từ trên 05 năm đến 10 năm": a lower bound with a qualifier of its own ("trên", "hơn"). After
        // "từ khoảng" the qualifier is the whole range's ("từ khoảng 5–9 triệu"), read where it begins.
        if introducer == "từ", let first = qualifiedBound(position), first.qualifier == .over,
            let range = range(from: first, at: position, between: false, true)
        {
            return range
        }
        guard let first = date(position) else { return nil }
        return range(from: first, at: position, between: between, introduced)
    }

    /// The range whose first bound is `first`, read at lexeme `position`, or nil when no connector
    /// and second bound of a compatible kind follow. `introduced`: after "từ" or "giữa" (which
    /// make a lone number word such as "năm" a bound); `between`: after "giữa" ("và" connects).
    private func range(from first: Match, at position: Int, between: Bool, _ introduced: Bool) -> Match? {
        var first = first
        guard first.emit, !first.ambiguousWord || introduced else { return nil }
        var connector = first.end
        // Without "từ" or "giữa" the connector (or a season's "/") is the next lexeme, and most bounds
        // have none: tested before the tests below fetch the bound's value.
        if !introduced, rangeConnector(at: connector, between: between) == nil, !isSymbol(connector, "/") { return nil }
        guard Self.mayBeBound(first) else { return nil }
        // "năm 2006/2007", "Năm 2013/14": a year and the next after a glued slash, a season as the
        // bare "2006/2007" is, and the same range as "năm 2006-2007".
        if first.label == .date, case .date(let date, nil, nil) = first.value, first.offset == nil, first.qualifier == nil, let year = date.year,
            date == PartialDate(year: year), isSeasonSlash(connector, after: year)
        {
            return self.match(value: .range(from: first.value, to: .date(PartialDate(year: year + 1), end: nil, part: nil)), end: connector + 2)
        }
        // "từ 70 điểm đến dưới 90 điểm", "từ 2 người đến 5 người": counts of the same noun, which
        // the range spans when it follows the second too.
        let counted = introduced ? countedNoun(after: first) : nil
        if let counted { connector = counted.upperBound }
        // "từ 03 tháng tuổi đến 12 tháng tuổi": ages in months or years, "tuổi" after each bound,
        // which the range spans (it read two lengths).
        let aged = introduced && counted == nil && isAge(first)
        if aged { connector += 1 }
        // "từ 12 °C (53 °F) đến 18 °C (64 °F)": each bound glossed in another unit, one range.
        let glossEnd = introduced && counted == nil ? conversionGlossEnd(connector) : nil
        if let glossEnd { connector = glossEnd }
        guard let joint = rangeConnector(at: connector, between: between) else { return nil }
        let dash = joint.kind == .dash
        // English words join two years only ("to" is also a Vietnamese word, "big").
        let english = joint.kind == .english
        if english, !Self.isBareYear(first) { return nil }
        connector = joint.end
        // "từ ngày 01/7/2024 đến hết ngày 31/12/2025", "từ năm 2021 đến hết năm 2025": "hết" (to the
        // end of) makes the second bound inclusive, which a range's bounds are already; so does "đủ"
        // (a full …: "đến đủ 06 tháng"), and "tận" (all the way to: "từ 1802 tới tận 1917").
        if !dash, key(connector).isAny(of: "hết", "đủ", "tận"), isWord(connector) { connector += 1 }
        // "từ 07h00 đến trước 22h00", "từ ngày 1/7 đến trước ngày 15/7": up to, not including, a
        // time or a day.
        var before = false
        if !dash, counted == nil, key(connector) == "trước", isWord(connector), Self.isTimeOrDay(first.value) {
            connector += 1
            before = true
        }
        func range(to second: Match?) -> Match? {
            // Two relative dates ("từ ngày 16 tháng 11 năm trước đến ngày 15 tháng 11 năm sau") stay two
            // dates: a range could report neither offset.
            guard var second, second.emit, !second.ambiguousWord, Self.mayBeBound(second),
                first.offset == nil || second.offset == nil, !english || Self.isBareYear(second)
            else { return nil }
            // "năm 1950-51-57", "2001-2002-2003": a chain of numbers, no range of its first two ("ngày
            // 15-16 tháng 12-1999" ends in a date's own dash).
            if dash, second.end == connector + 1, dashThenDigits(second.end) { return nil }
            if let counted {
                // Ascending ("từ 60 vụ đến 10 vụ" is a fall, no range).
                guard case .number(let low) = first.value, case .number(let high) = second.value, low < high,
                    second.qualifier == nil || second.qualifier == .under
                else { return nil }
                if matchKeys(counted.map { key($0) }, at: second.end) == second.end + counted.count { second.end += counted.count }
            }
            if aged {
                guard isAge(second) else { return nil }
                second.end += 1
            }
            if before {
                guard Self.isTimeOrDay(second.value), second.qualifier == nil else { return nil }
                second.qualifier = .under
            }
            // "từ 3 triệu đồng/tháng đến 5 triệu đồng/tháng", "3-5%/năm": the bounds of a rate are per
            // the same thing, which the range is then per.
            var per = second.per ?? first.per
            guard first.per == nil || first.per == per else { return nil }
            var firstValue = first.value
            if let shared = sharedScale(first, at: position, secondAt: connector) {
                if shared.scaled < shared.second {
                    firstValue = .number(shared.scaled)
                } else if dash {
                    // "1975 - 70 vạn": a bare number and a larger scaled one after a dash are two
                    // things (a year, then a count), not the bounds of one range.
                    return nil
                }
            }
            var secondValue = second.value
            // "từ 13 giờ 30 đến 19 giờ": after a clock, the hours are the clock's too.
            if case .time(let start) = firstValue, start.hour != nil, case .duration(let hours, .hour) = secondValue,
                second.qualifier == nil, let hour = hours.intValue, (0...24).contains(hour)
            {
                secondValue = .time(PartialDate(hour: hour, minute: 0))
                // A clock is per nothing: "từ 13 giờ 30 đến 19 giờ mỗi ngày" ends at the clock, as
                // "từ 7 giờ đến 17 giờ mỗi ngày" does.
                if second.per != nil, let each = (Swift.max(connector, second.end - 3)..<second.end).first(where: { key($0) == "mỗi" }) {
                    second.end = each
                    per = nil
                }
            }
            // "từ 7g30 đến 11g": after a clock, a glued "g" is the clock's mark, not grams.
            if case .time(let start) = firstValue, start.hour != nil, isGramsAsClock(second), second.qualifier == nil,
                case .quantity(let hours, _) = secondValue, let hour = hours.intValue, (0...24).contains(hour)
            {
                secondValue = .time(PartialDate(hour: hour, minute: 0))
            }
            if dash, let year = shortenedYear(firstAt: position, first, secondAt: connector, second) {
                secondValue = .number(ExactDecimal(year))
            }
            if first.offset != nil || second.offset != nil {
                (firstValue, secondValue) = Self.anchoringRelativeYears(firstValue, first.offset, secondValue, second.offset)
            }
            guard let (from, to) = Self.compatibleBounds(firstValue, secondValue) else { return nil }
            // "14-1" is no range (a date part or a code), nor "1380 – 19 tháng" (a year, then a date):
            // a dash range needs ascending bounds.
            if dash || english, let low = Self.magnitude(from), let high = Self.magnitude(to), low >= high { return nil }
            var match = self.match(value: .range(from: from, to: to), end: second.end, per: per)
            if glossEnd != nil, let end = conversionGlossEnd(match.end) { match.end = end }
            if first.qualifier != nil || second.qualifier != nil { match.boundQualifiers = (first.qualifier, second.qualifier) }
            if let suffix = suffixQualifier(match.end) {
                match.qualifier = suffix.qualifier
                match.end = suffix.end
            }
            return match
        }
        if let clocks = clockRange(firstAt: position, first, secondAt: connector) { return clocks }
        if let hours = hoursBeforeClock(firstAt: position, first, secondAt: connector) {
            var second = hours.clock
            if hours.lasting {
                first.value = .duration(ExactDecimal(hours.first), unit: .hour)
                second.value = .duration(ExactDecimal(hours.written), unit: .hour)
                second = withPer(second)  // "2-3h mỗi ngày", as "2-3 giờ mỗi ngày"
            } else {
                first.value = .time(PartialDate(hour: hours.first, minute: 0))
            }
            return range(to: second)
        }
        // The second bound as a number or measure, else as a date: "1/2020 - 3/2020" are months.
        // After a day alone ("Từ ngày 21 đến 22/8") or a day and month ("từ 21-12 đến 5-1") a bare D/M
        // is the day that ends the range, not a ratio.
        if case .date(let date, nil, nil) = first.value, date.day != nil, date.year == nil, first.offset == nil,
            let range = range(to: numericDate(connector, dayMonthAllowed: true))
        {
            return range
        }
        // A date that reads further than the measure is the only bound there: "1380 – 19 tháng 9 năm
        // 1442" ends at a day, never at "19 tháng" (19 months).
        let measured = measure(connector)
        let dated = date(connector)
        if let dated, dated.end > (measured?.end ?? connector) {
            if let shared = firstBound(first, inEraOfYearAt: connector, end: dated.end) { first.value = shared }
            return range(to: dated)
        }
        // "khoảng 3400-3000 năm TCN": the second bound a year before Christ (``measureAfter``'s "N năm
        // TCN"), the first a number of years in the same era.
        if let measured, case .date(let date, nil, nil) = measured.value, let year = date.year, year <= 0,
            date == PartialDate(year: year), case .number(let number) = first.value, let written = number.intValue,
            written > 0, written < 100_000
        {
            first.value = .date(PartialDate(year: 1 - written), end: nil, part: nil)
        }
        // "từ 60% đến dưới 70%", "từ 100 tỷ cho đến hơn 1000 tỷ": an upper bound with its own qualifier.
        return range(to: measured) ?? range(to: dated) ?? range(to: qualifiedBound(connector))
    }

    /// What joins the bounds of a range.
    private enum RangeConnector {
        /// "2021-2025", "2015 – 2020", "3~5".
        case dash
        /// "ARPANET Maps 1967 to 1977", "from 1799 to 1818", "1832 until 1901": between years only.
        case english
        /// "đến", "tới", "cho đến"; "và" after "giữa".
        case word
    }

    /// The connector of a range's bounds at lexeme `index` and the lexeme after it, or nil.
    /// `between`: after "giữa", where "và" (and) connects.
    private func rangeConnector(at index: Int, between: Bool) -> (kind: RangeConnector, end: Int)? {
        let connectorKey = key(index)
        if connectorKey.isAny(of: "-", "–", "—", "~", "−") && lex(index)?.kind == .symbol { return (.dash, index + 1) }
        if connectorKey.isAny(of: "to", "until", "till") && isWord(index) { return (.english, index + 1) }
        switch connectorKey {
        case "đến", "tới", "đên": return (.word, index + 1)  // "đên": a typing slip of the legal corpus (41)
        case "cho" where key(index + 1) == "đến": return (.word, index + 2)
        case "và" where between: return (.word, index + 1)
        default: return nil
        }
    }

    /// The index after a measure in parentheses at lexeme `index`, the same amount in another unit
    /// ("(53 °F)", "(8 in)"), or nil.
    private func conversionGlossEnd(_ index: Int) -> Int? {
        guard isSymbol(index, "("), let gloss = measure(index + 1), gloss.emit, gloss.qualifier == nil, isSymbol(gloss.end, ")") else {
            return nil
        }
        switch gloss.value {
        case .quantity, .money: return gloss.end + 1
        default: return nil
        }
    }

    /// `found`, an amount of money, with the same amount restated after it in parentheses, in words
    /// or digits ("3.256.789.000.000 đồng (Ba nghìn hai trăm … triệu đồng)"): one expression. A
    /// conversion into another currency or another value is not joined (its value would be lost).
    private func withRestatedAmount(_ found: Match) -> Match {
        guard isSymbol(found.end, "("), case .money(let value, let currency) = found.value, let gloss = measure(found.end + 1),
            case .money(value, currency) = gloss.value, gloss.qualifier == nil, isSymbol(gloss.end, ")")
        else { return found }
        var joined = found
        joined.end = gloss.end + 1
        return joined
    }

    /// The lexemes of the one to four lower-case nouns a bare count is of, when "đến" or "tới"
    /// follows them ("70 điểm đến", "10 lao động tới", "50 người lao động đến"): the first bound of a
    /// range of counts.
    private func countedNoun(after first: Match) -> Range<Int>? {
        guard first.label == .number, first.qualifier == nil else { return nil }
        // Not a change: "từ 10 triệu người tăng đến 12 triệu" (rose to), "giảm xuống" (fell to).
        return afterCountedNouns(first.end, most: 4, stops: { self.key($0).isAny(of: "đến", "tới", "cho", "tăng", "giảm", "xuống", "còn", "lên") }) {
            self.key($0).isAny(of: "đến", "tới") && self.isWord($0) ? first.end..<$0 : nil
        }
    }

    /// Whether `bound` is a length of time with "tuổi" (of age) after it: "03 tháng tuổi".
    private func isAge(_ bound: Match) -> Bool {
        guard bound.label == .duration, bound.per == nil else { return false }
        return key(bound.end) == "tuổi" && isWord(bound.end)
    }

    /// Whether `value` is a time of day or a date with its day: what "đến trước" may bound.
    private static func isTimeOrDay(_ value: NumericExpression.Value) -> Bool {
        switch value {
        case .time: true
        case .date(let date, nil, _): date.day != nil
        default: false
        }
    }

    /// Whether the word before lexeme `index` ("hơn") makes a comparative with it: "cao hơn", "ít
    /// hơn" (not "tăng hơn 20% so với", where "hơn" bounds the rise).
    private func followsComparative(_ index: Int) -> Bool {
        guard let before = word(before: index) else { return false }
        return ["cao", "thấp", "lớn", "nhỏ", "nhiều", "ít", "kém", "dài", "ngắn", "rộng", "nặng", "nhẹ"].contains(before)
    }

    /// Whether the word before lexeme `index` ("hơn") compares times: "chậm hơn", "sớm hơn",
    /// "muộn hơn", "trễ hơn", "nhanh hơn" (not "lâu hơn 8,9 phút", longer than, a bound).
    private func followsTemporalComparative(_ index: Int) -> Bool {
        guard let before = word(before: index) else { return false }
        return ["chậm", "sớm", "muộn", "trễ", "nhanh"].contains(before)
    }

    /// A range's bound with a qualifier of its own ("dưới 70%", "trên 05 năm", "hơn 1000 tỷ"): a
    /// qualifier phrase and a measure (not a date or a range, which ``qualified(_:)`` also reads).
    private func qualifiedBound(_ index: Int) -> Match? {
        guard isWord(index) || lex(index)?.kind == .symbol, has(index, .qualifierStart), !isNoComparison(index),
            let entries = Vocabulary.qualifiersByFirstWord[key(index)]
        else { return nil }
        var longest: Match?
        for entry in entries {
            guard let start = matchKeys(entry.words, at: index), var bound = measure(start), bound.emit, !bound.ambiguousWord,
                bound.qualifier == nil, bound.end > (longest?.end ?? .min)
            else { continue }
            bound.qualifier = entry.qualifier
            longest = bound
        }
        return longest
    }

    /// Whether "trên" at `index` means "per" in a rate: "75 tù nhân trên 100.000 dân", "6,22 ca tử
    /// vong trên 1.000 trẻ em" (about 40 in the corpora), between a count (a number one to four
    /// words before, no "và" or comma between) and a round number of people; no bound then ("5
    /// người trên 60 tuổi", "33 người chết và trên 100 người" stay over).
    private func isPerRoundNumber(_ index: Int) -> Bool {
        guard let word = lex(index), isDigits(index + 1), let read = digitNumber(index + 1), !read.invalid,
            let value = intValue(of: read), [100, 1_000, 10_000, 100_000, 1_000_000].contains(value), isWord(read.end),
            Self.peopleCounted.contains(key(read.end))
        else { return false }
        var offset = word.start
        for _ in 0..<4 {
            guard let before = Self.wordBefore(stream.bytes, offset), !before.word.isEmpty,
                !Self.conjunctions.contains(before.word), before.word.last.map({ $0.isLetter || $0.isNumber }) == true
            else { return false }
            if before.word.first.map({ $0.isASCII && $0.isNumber }) == true { return true }
            offset = before.start
        }
        return false
    }

    /// The words that join two phrases of a list, which no rate runs across.
    private static let conjunctions: Set<String> = ["và", "hoặc", "hay"]

    /// The people a rate's round denominator counts: "dân", "người", "trẻ em", "phụ nữ", "dân cư", "ca sinh"…
    private static let peopleCounted: Set<LexemeKey> = ["dân", "người", "trẻ", "phụ", "cư", "ca", "bé", "nam", "nữ", "lao"]

    /// The amount of a number, percentage or sum, for the order of a dash range's bounds ("100% -
    /// 50%" is a subtraction). Durations and quantities may descend: "cách nay 5500–4000 năm".
    private static func magnitude(_ value: NumericExpression.Value) -> ExactDecimal? {
        switch value {
        case .number(let amount), .percent(let amount), .money(let amount, _): amount
        default: nil
        }
    }

    /// "từ 07 giờ đến 22 giờ hàng ngày", "từ 22 giờ đến 06 giờ sáng", "từ 5 giờ đến 11 giờ 30": hours
    /// of the clock, not durations, when the words say so: the second clock has minutes or a part
    /// of the day, a day follows ("hàng ngày", "mỗi ngày"), the first hour comes after the second
    /// (a night), the first is midnight ("từ 0 giờ đến 6 giờ"), or the second is an afternoon's or
    /// evening's hour, 13 to 23 ("từ 8 giờ đến 17 giờ", opening hours). "từ 12 giờ đến 24 giờ", "từ 24 giờ đến 48 giờ", "từ 200 giờ đến 300
    /// giờ" stay durations. The news' "g" ("từ 7g đến 11g30") is read so only when the second clock
    /// has minutes or a day follows: "từ 5g đến 15g" may be grams.
    private func clockRange(firstAt position: Int, _ first: Match, secondAt connector: Int) -> Match? {
        let grams = isGramsAsClock(first)
        var hours = grams
        if first.label == .duration, case .duration(_, .hour) = first.value { hours = true }
        guard hours, let start = clock(position, introduced: true, dateAfter: false),
            start.end == first.end, case .time(var from) = start.value,
            let finish = clock(connector, introduced: true, dateAfter: false), case .time(let to) = finish.value,
            let fromHour = from.hour, let toHour = to.hour
        else { return nil }
        let writtenAsClock = finish.end > (measure(connector)?.end ?? finish.end)
        let daily = key(finish.end).isAny(of: "hàng", "hằng", "mỗi", "trong") && key(finish.end + 1) == "ngày"
        let afternoon = (13...23).contains(toHour) && fromHour != 12
        guard writtenAsClock || daily || !grams && (fromHour > toHour || fromHour == 0 || afternoon) else { return nil }
        // "từ 5 giờ đến 8 giờ tối": the second's part of the day is the first's too (17:00), when that
        // keeps the first before the second ("từ 10 giờ đến 2 giờ chiều" starts at 10:00).
        if let written = smallNumber(connector)?.value, written != toHour, fromHour < 12, fromHour + 12 <= toHour {
            from.hour = fromHour + 12
        }
        return self.match(value: .range(from: .time(from), to: .time(to)), end: finish.end)
    }

    /// "7-8h sáng", "từ 8 - 10h", "7 - 8 giờ tối", "lúc 7-8h": a bare hour of one or two digits
    /// before a clock that says it is one (its glued "h", minutes or part of the day) is the first
    /// clock of a range, in the second's part of the day when that keeps it first ("7-8h tối" is
    /// 19:00 to 20:00). After a word of lasting ("mất 2-3h") or before "mỗi ngày" ("2-3h mỗi
    /// ngày") a second "Nh" alone is hours of time instead (`lasting`: the bounds are durations, the
    /// second `written` hours). Nil when the second bound is no such clock or the first is no hour
    /// before it.
    private func hoursBeforeClock(firstAt position: Int, _ first: Match, secondAt connector: Int) -> (
        first: Int, clock: Match, written: Int, lasting: Bool
    )? {
        guard first.label == .number, first.qualifier == nil, first.end == position + 1, isDigits(position), digitCount(position) <= 2,
            case .number(let number) = first.value, var hour = number.intValue, hour <= 24,
            isDigits(connector), let written = smallNumber(connector)?.value,
            let clock = clock(connector, introduced: false, dateAfter: false), case .time(let end) = clock.value,
            clock.qualifier == nil, let endHour = end.hour, let start = lex(position)?.start
        else { return nil }
        if Self.followsDurationWord(stream.bytes, start) || key(clock.end).isAny(of: "mỗi", "hàng", "hằng", "một", "/") {
            // Only "2-3h" itself: minutes or a part of the day make a clock, which lasts nothing.
            guard clock.end == connector + 2, stream.exactKey(connector + 1) == "h", hour < written else { return nil }
            return (hour, clock, written, true)
        }
        if written != endHour, hour < 12, hour + 12 <= endHour { hour += 12 }
        guard hour < endHour || hour == endHour && (end.minute ?? 0) > 0 else { return nil }
        return (hour, clock, written, false)
    }

    /// Whether `match` is a number of grams written with a lower-case "g" glued to its digits
    /// ("7g"): the news' way to write a clock's hour too ("từ 7g đến 11g30").
    private func isGramsAsClock(_ match: Match) -> Bool {
        guard match.label == .quantity, case .quantity(_, unit: "g") = match.value, match.qualifier == nil else { return false }
        return stream.exactKey(match.end - 1) == "g" && attached(match.end - 1) && isDigits(match.end - 2)
    }

    /// The second year of a span written "2007–08" or "(1928–49)" (glued to the dash, four digits
    /// then two, the seasons of sports tables): the first year's century with the two digits, or
    /// the next century's from a year ending in 9x to one of 00–09 ("1999–00"). Nil when the two
    /// digits name no later year ("2007–06") or the bounds are not written so.
    private func shortenedYear(firstAt position: Int, _ first: Match, secondAt connector: Int, _ second: Match) -> Int? {
        guard first.end == position + 1, second.end == connector + 1, isDigits(position), digitCount(position) == 4,
            isDigits(connector), digitCount(connector) == 2, attached(first.end), attached(connector),
            let firstYear = intValue(position), (1000...2999).contains(firstYear), let lastTwo = intValue(connector)
        else { return nil }
        return Self.laterYear(endingIn: lastTwo, after: firstYear)
    }

    /// The year a span's second bound names with its last two digits, `lastTwo`, after `firstYear`:
    /// in the first's century, or in the next from a year ending in 9x to one of 00–09 ("1999–00",
    /// "1999/00"). Nil when it would come before or be the first.
    static func laterYear(endingIn lastTwo: Int, after firstYear: Int) -> Int? {
        let year = firstYear / 100 * 100 + lastTwo
        if year > firstYear { return year }
        return firstYear % 100 >= 90 && lastTwo < 10 ? year + 100 : nil
    }

    /// Whether `match` is a bare year of four digits, 1000 to 2100, as a number or a year's date,
    /// with no qualifier: the bounds English "to" joins.
    private static func isBareYear(_ match: Match) -> Bool {
        guard match.qualifier == nil, match.offset == nil else { return false }
        let year: Int?
        switch match.value {
        case .number(let number): year = number.intValue
        case .date(let date, nil, nil) where date == PartialDate(year: date.year ?? 0): year = date.year
        default: year = nil
        }
        return year.map { (1000...2100).contains($0) } ?? false
    }

    /// Whether `match` may be a bound of a range. A relative date ("năm trước") is none: its value
    /// needs a reference date a range could not report; but one that writes its month is ("từ tháng
    /// 11 đến tháng 2 năm sau": the year is relative, the month is not).
    private static func mayBeBound(_ match: Match) -> Bool {
        guard let offset = match.offset else { return true }
        guard offset.years != nil, case .date(let date, nil, _) = match.value else { return false }
        return date.month != nil
    }

    /// The bounds of a range one of which is a month of a relative year ("từ tháng 11 đến tháng 2
    /// năm sau", "tháng 12 năm trước đến tháng 4 năm 2020"): its year counts from the other bound's
    /// year (unknown when that has none), not from the reference date; but a second bound's "năm
    /// nay" placed by a reference date dates a first bound without a year too.
    private static func anchoringRelativeYears(
        _ first: NumericExpression.Value, _ firstOffset: RelativeOffset?, _ second: NumericExpression.Value, _ secondOffset: RelativeOffset?
    ) -> (NumericExpression.Value, NumericExpression.Value) {
        func anchored(_ relative: NumericExpression.Value, _ offset: RelativeOffset, to other: NumericExpression.Value) -> NumericExpression.Value {
            guard case .date(var date, nil, let part) = relative, let years = offset.years else { return relative }
            if case .date(let anchor, _, _) = other, let year = anchor.year {
                date.year = year + years
            } else {
                date.year = nil
            }
            return .date(date, end: nil, part: part)
        }
        if let firstOffset { return (anchored(first, firstOffset, to: second), second) }
        guard let secondOffset else { return (first, second) }
        // "năm nay" after the range, placed by a reference date, is the year of both bounds ("30/4 -
        // 1/5 năm nay"); the year before for a first bound later in the year than the second. ("từ
        // tháng 11 đến tháng 4 năm sau" is mostly a season, every year: no year from the reference.)
        if secondOffset.years == 0, case .date(var start, nil, let startPart) = first, start.year == nil, let startMonth = start.month,
            case .date(let end, nil, _) = second, let year = end.year, let endMonth = end.month
        {
            start.year = (startMonth, start.day ?? 0) > (endMonth, end.day ?? 0) ? year - 1 : year
            return (.date(start, end: nil, part: startPart), second)
        }
        return (first, anchored(second, secondOffset, to: first))
    }

    /// When the first bound `first` (at lexeme `position`) is a bare number and the number of the
    /// second bound (at `secondStart`) ends in scale words ("3 tỷ", "1,5 triệu", "2 nghìn tỷ"): the
    /// first times that scale, and the second number. The first takes the scale only when that
    /// keeps it below the second ("2-3 tỷ" is 2–3 billion; "từ 500 đến 2 triệu" stays 500).
    /// Nil when the first has a unit or a scale word of its own, or the second number has a scale
    /// word inside ("2 triệu 500 nghìn") or after its scale ("3 triệu rưỡi").
    func sharedScale(
        _ first: Match, at position: Int, secondAt secondStart: Int
    ) -> (scaled: ExactDecimal, second: ExactDecimal)? {
        guard case .number(let low) = first.value, first.qualifier == nil,
            !(position..<first.end).contains(where: { scaleExponent($0) != nil }),
            let secondRead = number(secondStart), !secondRead.invalid
        else { return nil }
        var scaleStart = secondRead.end
        var exponent = 0
        while scaleStart > secondStart, let scale = scaleExponent(scaleStart - 1) {
            exponent += scale
            scaleStart -= 1
        }
        guard exponent > 0, scaleStart > secondStart,
            !(secondStart..<scaleStart).contains(where: { scaleExponent($0) != nil })
        else { return nil }
        return (low.scaled(byPowerOf10: exponent), value(of: secondRead))
    }

    /// A duration unit's length in the smallest unit of its family: months for years, quarters and
    /// months; seconds for weeks to seconds (a month has no fixed number of days).
    private static func length(of unit: NumericExpression.DurationUnit) -> (family: Int, length: Int) {
        switch unit {
        case .year: (0, 12)
        case .quarter: (0, 3)
        case .month: (0, 1)
        case .week: (1, 604_800)
        case .day: (1, 86_400)
        case .hour: (1, 3_600)
        case .minute: (1, 60)
        case .second: (1, 1)
        }
    }

    /// Bounds of one kind; a bare number first bound takes the second's unit ("3-5%", "03 đến 05 năm");
    /// durations in two units are both given in the smaller ("06 tháng đến 03 năm": 6 to 36 months).
    static func compatibleBounds(_ a: NumericExpression.Value, _ b: NumericExpression.Value) -> (
        NumericExpression.Value, NumericExpression.Value
    )? {
        switch (a, b) {
        case (.number(let x), .number): return (.number(x), b)
        case (.number(let x), .percent): return (.percent(x), b)
        case (.number(let x), .money(_, let currency)): return (.money(x, currency: currency), b)
        case (.number(let x), .quantity(_, let unit)): return (.quantity(x, unit: unit), b)
        case (.number(let x), .duration(_, let unit)): return (.duration(x, unit: unit), b)
        case (.time(let start), .date(let end, nil, nil)) where end.hour != nil && end.day != nil:
            // "từ 14:00 đến 16:30 ngày 2/12": the day after the second clock is the first's too.
            var from = end
            (from.hour, from.minute, from.second) = (start.hour, start.minute, start.second)
            return (.date(from, end: nil, part: nil), b)
        case (.duration(let hours, .hour), .date(let end, nil, nil)) where end.hour != nil && end.day != nil:
            // "từ 8 giờ đến 11 giờ ngày 2/12/2026": the first bound's hours are a clock of that day.
            guard let hour = hours.intValue, let endHour = end.hour, (0...23).contains(hour), hour < endHour else { return nil }
            var from = end
            (from.hour, from.minute, from.second) = (hour, 0, nil)
            return (.date(from, end: nil, part: nil), b)
        case (.number(let x), .ratio(let y, let denominator, let unit?)) where denominator == ExactDecimal(1):
            // "60-70 bệnh nhân/ngày", "150-200 trái/năm": counts of a rate per one thing, its words the unit.
            return (.quantity(x, unit: unit), .quantity(y, unit: unit))
        case (.date(let start, nil, let part), .date(let end, nil, _)):
            // "Từ tháng 6 đến cuối tháng 8 năm 1916": the first bound takes the second's year, whatever
            // part of the period either names.
            return (.date(Self.completed(start, by: end), end: nil, part: part), b)
        case (.number(let x), .date(let end, nil, nil)) where end.hour == nil:
            // "từ 1945 đến ngày 30 tháng 4 năm 1975", "từ 1990 đến năm 2000": a year before the second bound's.
            if let year = x.intValue, let endYear = end.year, (1000...2999).contains(year), year < endYear {
                return (.date(PartialDate(year: year), end: nil, part: nil), b)
            }
            // "2-3 tháng 5 năm 2020": days of the second bound's month, the first before the second.
            guard let endDay = end.day, end.month != nil, let day = x.intValue, day >= 1, day < endDay else { return nil }
            return (.date(PartialDate(year: end.year, month: end.month, day: day), end: nil, part: nil), b)
        case (.percent, .percent), (.date, .date), (.time, .time): return (a, b)
        case (.money(_, let c1), .money(_, let c2)) where c1 == c2: return (a, b)
        case (.quantity(_, let u1), .quantity(_, let u2)) where u1 == u2: return (a, b)
        case (.duration(_, let u1), .duration(_, let u2)) where u1 == u2: return (a, b)
        case (.duration(let x, let u1), .duration(let y, let u2)):
            // "từ 06 tháng đến 03 năm" is 6 to 36 months: both in the smaller unit, when it divides
            // the larger exactly (years, quarters and months; weeks down to seconds).
            let (f1, f2) = (Self.length(of: u1), Self.length(of: u2))
            guard f1.family == f2.family else { return nil }
            let unit = f1.length < f2.length ? u1 : u2
            let smaller = min(f1.length, f2.length)
            let (low, high) = (x * ExactDecimal(f1.length / smaller), y * ExactDecimal(f2.length / smaller))
            // "từ 2 năm đến 6 tháng" descends: no range of lengths.
            guard low < high else { return nil }
            return (.duration(low, unit: unit), .duration(high, unit: unit))
        case (.date(let date, nil, _), .number(let year)) where date.hour == nil:
            // "năm 2021-2025": the second bound is a later year; "năm 2007–09" names it by its last
            // two digits; "November 1972 – 1980", "1 July 1961–1966" from a month or a day to a year.
            guard let firstYear = date.year, var y = year.intValue else { return nil }
            if y < 100, firstYear >= 1000 { y += firstYear / 100 * 100 }
            // "năm 1975 - 70 vạn" is a year and then a count.
            guard y > firstYear, y < 10_000 else { return nil }
            return (a, .date(PartialDate(year: y), end: nil, part: nil))
        default: return nil
        }
    }

    /// The first date of a range with the month and year it leaves to the second: "ngày 3 tới 11
    /// tháng 11" starts on 3 November, "ngày 15/3 đến ngày 20/4/2020" in 2020. A part is taken only
    /// when the first date then still comes before the second ("ngày 25 đến 5 tháng 3" keeps its
    /// unknown month); dates with a quarter, week or time of day are kept as written.
    static func completed(_ start: PartialDate, by end: PartialDate) -> PartialDate {
        guard start.quarter == nil, start.week == nil, start.hour == nil, end.quarter == nil, end.week == nil, end.hour == nil
        else { return start }
        var start = start
        if start.year == nil, start.month == nil, let day = start.day, let month = end.month, day < end.day ?? 0 {
            start.month = month
        }
        if start.year == nil, let month = start.month, let year = end.year, let endMonth = end.month,
            (month, start.day ?? 0) < (endMonth, end.day ?? 0)
        {
            start.year = year
        }
        return start
    }

    // MARK: - Measures

    /// A number with what follows it: %, currency, unit, duration, "/" ratio or rate; or a currency
    /// written first ("$10", "USD1,23", "EUR 20").
    func measure(_ index: Int) -> Match? {
        // Looked up first (most calls repeat one, ~10 per measure read): only a read past the tests
        // below is memoised, and they would answer as they did then.
        if let cached = stream.memoisedMeasure(index) { return cached }
        let halfOfScale = isHalfBeforeScale(index)
        if key(index) == "nửa", isWord(index), !halfOfScale { return halfPeriod(index) }
        // No number and no currency written first (prefixedMoney, number): nothing to measure.
        if cannotStartNumber(index), !has(index, .currencyPrefixStart), key(index) != "âm", !halfOfScale { return nil }
        let result = uncachedMeasure(index).map(withRestatedAmount)
        stream.memoise(measure: result, at: index)
        return result
    }

    private func uncachedMeasure(_ index: Int) -> Match? {
        if let money = prefixedMoney(index) { return withPer(money) }
        // "chiếm ¼ dân số", "½ lít": a vulgar fraction alone reads as "1/4" and "1/2" do; not after
        // a letter or a digit ("t½", a half-life).
        if let fraction = vulgarFraction(index), !attachedToAlphanumericBefore(index) {
            let numerator = ExactDecimal(fraction.numerator)
            let denominator = ExactDecimal(fraction.denominator)
            return fractionOfDuration(numerator, denominator, before: index + 1)
                ?? match(value: .ratio(numerator: numerator, denominator: denominator, unit: nil), end: index + 1)
        }
        guard var read = number(index) else { return nil }
        if read.invalid { return match(.number, .zero, end: read.end, emit: false) }
        if !read.spelled, let power = negativePowerOfTen(after: read.end), let scaled = read.number.scaled(byPowerOf10: -power.exponent) {
            read.number = scaled
            read.end = power.end
            read.plainDigits = false
        }
        var match = withPer(measureAfter(read, from: index))
        // After "vài" (a few), "ba" is no three: "vài ba mét", "vài ba năm" are a few of them.
        if read.spelled, key(index) == "ba", word(before: index) == "vài" {
            match.emit = false
        }
        // "Chiến tranh Bảy năm": a name's number; not one restated in digits ("thời hạn Bảy (07) ngày").
        if read.spelled, isWord(index), followsLowercaseWord(index), !isSymbol(read.end - 1, ")"),
            match.end > read.end || startsCapitalisedWord(read.end)
        {
            match.emit = false
        }
        if let suffix = suffixQualifier(match.end) ?? countedSuffixQualifier(after: match) {
            match.qualifier = suffix.qualifier
            match.end = suffix.end
        }
        return match
    }

    /// The exponent of "× 10−31" after a number, a power of ten whose superscript the text lost
    /// ("9.1094 × 10−31 kg" is 9.1094·10⁻³¹ kg, "1,6×10−19 coulomb"), and the index after it; nil
    /// when no such power follows. Only negative powers: "× 1024" may as well be a product.
    private func negativePowerOfTen(after index: Int) -> (exponent: Int, end: Int)? {
        // Asked after every number: its first byte ("×" is C3 97) decides before any key is made.
        guard let sign = lex(index), stream.bytes[sign.start] == 0xC3 || stream.bytes[sign.start] == UInt8(ascii: "x"),
            isSymbol(index, "×") || key(index) == "x" && isWord(index)
        else { return nil }
        let ten = index + 1
        guard isDigits(ten), intValue(ten) == 10, digitCount(ten) == 2, lex(ten + 1)?.kind == .symbol,
            key(ten + 1).isAny(of: "−", "-"), attached(ten + 1), isDigits(ten + 2), attached(ten + 2), digitCount(ten + 2) <= 3,
            let exponent = intValue(ten + 2), exponent > 0
        else { return nil }
        return (exponent, ten + 3)
    }

    /// Whether what an amount is compared with begins at `index`: "so với", or a plan's or a rule's
    /// figure ("dự toán", "kế hoạch", "chỉ tiêu", "cùng kỳ").
    private func namesComparison(_ index: Int) -> Bool {
        guard isWord(index), isWord(index + 1) else { return false }
        switch key(index) {
        case "so": return key(index + 1) == "với"
        case "dự": return key(index + 1) == "toán"
        case "kế": return key(index + 1) == "hoạch"
        case "chỉ": return key(index + 1) == "tiêu"
        case "cùng": return key(index + 1) == "kỳ"
        default: return false
        }
    }

    /// "18 tuổi trở lên", "10 lao động trở xuống", "70/100 điểm trở lên": a bare count or score, the
    /// one to four lower-case words of what it counts ("02 tờ văn bản", "50 hộ gia đình"), then "trở
    /// lên/xuống", whose bound the count is (the span takes the noun).
    private func countedSuffixQualifier(after match: Match) -> (qualifier: NumericExpression.Qualifier, end: Int)? {
        // A lower-case noun must follow: tested before the value, which for most kinds is fetched
        // from the stream (a retained box; this runs after every measure the grammar reads).
        guard match.emit, match.qualifier == nil, isWord(match.end), isLowercaseNoun(match.end) else { return nil }
        // Few counts have "trở" within reach: the bytes say so before the nouns are lexed and keyed.
        guard let first = lex(match.end), Self.mayHoldTro(stream.bytes, from: first.start, words: 5) else { return nil }
        let most: Int
        switch match.label {
        case .number: most = 4
        case .ratio:
            guard case .ratio(_, _, nil) = match.value else { return nil }
            most = 4
        // "10% vốn điều lệ trở lên", "05 năm liên tục trở lên": a share of, or a length of, what
        // the words name (~140 legal bounds lost their qualifier).
        case .percent, .duration, .money, .quantity: most = 5
        default: return nil
        }
        return afterCountedNouns(match.end, most: most) { suffixQualifier($0) }
    }

    /// Whether a word keyed "trở" may begin among the lexemes from byte `offset` up to `words`
    /// lexemes on: "tr" in either case then "o" or a non-ASCII byte (so "trở" precomposed or with
    /// combining marks) before the `words + 1`-th run of ASCII whitespace. Every such run separates
    /// two lexemes, so no lexeme within reach starts after it.
    static func mayHoldTro(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, words: Int) -> Bool {
        var runs = 0
        var inSpace = false
        var position = offset
        while position + 2 < bytes.count {
            let byte = bytes[position]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                if !inSpace {
                    runs += 1
                    if runs > words { return false }
                }
                inSpace = true
            } else {
                inSpace = false
                if byte | 0x20 == UInt8(ascii: "t"), bytes[position + 1] | 0x20 == UInt8(ascii: "r") {
                    let third = bytes[position + 2]
                    if third >= 0x80 || third | 0x20 == UInt8(ascii: "o") { return true }
                }
            }
            position += 1
        }
        return false
    }

    /// The first answer of `found` at a lexeme after each of the `most` (two unless said) lower-case nouns
    /// (``isLowercaseNoun(_:)``, none at which `stops` answers) that follow lexeme `start`: "18
    /// tuổi ⟦trở lên⟧", "70 điểm ⟦đến⟧".
    private func afterCountedNouns<Found>(
        _ start: Int, most: Int = 2, stops: (Int) -> Bool = { _ in false }, _ found: (Int) -> Found?
    ) -> Found? {
        var position = start
        while position < start + most, isWord(position), isLowercaseNoun(position), !stops(position) {
            position += 1
            if let answer = found(position) { return answer }
        }
        return nil
    }

    /// The end of "tr.đ", "tr.đồng", "tr đồng" or "trđ" at `index`: millions of đồng, as budget tables
    /// abbreviate them ("2.500 tr.đ", "4,5 trđ/tháng").
    private func millionsOfDongEnd(_ index: Int) -> Int? {
        guard isWord(index) else { return nil }
        if key(index) == "trđ" { return index + 1 }
        guard key(index) == "tr" else { return nil }
        if isSymbol(index + 1, "."), attached(index + 1), attached(index + 2), key(index + 2).isAny(of: "đ", "đồng") { return index + 3 }
        return !attached(index + 1) && key(index + 1).isAny(of: "đ", "đồng") && isWord(index + 1) ? index + 2 : nil
    }

    /// The length unit after the last side of a dimension whose next "x" or "×" is lexeme `index`:
    /// "mm" for "x 94 x 65 mm"; nil when no such unit ends it within three sides (a product, "2 x
    /// 3 = 6", or glued, "6x7").
    private func dimensionUnit(from index: Int) -> String? {
        var position = index
        for _ in 0..<2 {
            guard isSymbol(position, "×") || key(position) == "x" && isWord(position), !attached(position), !attached(position + 1),
                let side = digitNumber(position + 1), !side.invalid
            else { return nil }
            if let unit = unit(side.end), Self.lengthUnits.contains(unit.symbol) { return unit.symbol }
            position = side.end
        }
        return nil
    }

    /// A unit whose first word is also a noun that is counted: "giảm 0,5 điểm phần trăm" (percentage
    /// points, not percent), "25 điểm cơ bản" (basis points), gold's "2 chỉ vàng" and "1 lượng vàng"
    /// (3,75 g and 37,5 g, kept by name).
    private func nounUnit(_ index: Int) -> (symbol: String, end: Int)? {
        guard isWord(index) else { return nil }
        switch key(index) {
        case "điểm" where key(index + 1) == "phần" && key(index + 2) == "trăm": return ("pp", index + 3)
        case "điểm" where isSymbol(index + 1, "%"): return ("pp", index + 2)
        // After digits only: "bốn điểm cơ bản" is more often four basic points than basis points.
        case "điểm" where key(index + 1) == "cơ" && key(index + 2) == "bản" && isDigits(index - 1): return ("bp", index + 3)
        case "chỉ" where key(index + 1) == "vàng": return ("chỉ", index + 2)
        case "lượng" where key(index + 1) == "vàng": return ("lượng", index + 2)
        default: return nil
        }
    }

    /// A lower-case word that may be counted ("18 tuổi"): no number, qualifier, unit or date word.
    private func isLowercaseNoun(_ index: Int) -> Bool {
        guard key(index) != "trở", stream.exactKey(index) == key(index) else { return false }
        let excluded: Vocabulary.KeyClass = [.digit, .spelledStart, .scale, .qualifierStart, .duration, .unitStart, .currencySuffixStart]
        return stream.keyClass(index).isDisjoint(with: excluded)
    }

    /// What follows the number `read` from lexeme `start`: its unit, currency, percent sign, ratio
    /// or rate, or nothing (a bare number).
    private func measureAfter(_ read: NumberRead, from start: Int) -> Match {
        // Built only by the readings that keep it in a public value (numbers and percentages stay inline).
        var value: ExactDecimal { self.value(of: read) }
        let next = read.end
        if isSymbol(next, "%") { return match(.percent, read.number, end: next + 1) }
        // "một nửa" (a half: "hơn một nửa dân số"), as "một phần hai"; not "một nửa triệu" (half a million).
        if read.spelled, read.words == 1, key(start) == "một", key(next) == "nửa", isWord(next), !has(next + 1, .scale) {
            return self.match(value: .ratio(numerator: ExactDecimal(1), denominator: ExactDecimal(2), unit: nil), end: next + 1)
        }
        if key(next) == "phần", isWord(next) {
            if key(next + 1) == "trăm" { return match(.percent, read.number, end: next + 2) }
            // "ba phần tư" = 3/4, the colloquial "tư" for four; not "phần tư nhân" (the private part), a word.
            if key(next + 1) == "tư", isWord(next + 1), !isWord(next + 2) || !Lexicon.shipped.contains("tư " + key(next + 2).description) {
                return self.match(value: .ratio(numerator: value, denominator: ExactDecimal(4), unit: nil), end: next + 2)
            }
            if let denominator = number(next + 1), !denominator.invalid, case let denominatorValue = self.value(of: denominator),
                denominatorValue.isInteger
            {
                return self.match(value: .ratio(numerator: value, denominator: denominatorValue, unit: nil), end: denominator.end)
            }
        }
        // Only for a number written in words from its start ("hai xu hướng"; "563,3 triệu đồng tính" is money).
        let spelledFromStart = read.spelled && isWord(start)
        // "Chiến tranh Bảy Năm", "phố Hai Bà": a name in title case, no measure.
        let inName = spelledFromStart && startsPlaceOrPersonName(start)
        let measureWord = { (end: Int) in
            !(spelledFromStart && self.isWord(next) && (inName || self.makesOtherWordAfterSpelledNumber(next, end)))
        }
        if let end = millionsOfDongEnd(next) { return self.match(value: .money(value.scaled(byPowerOf10: 6), currency: "VND"), end: end) }
        if let currency = currencySuffix(next), measureWord(currency.end) {
            if currency.code == "GBP", key(next).isAny(of: "pound", "pounds"), weighs(start, poundsEnd: currency.end) {
                return self.match(value: .quantity(value, unit: "lb"), end: currency.end)
            }
            return money(value, code: currency.code, end: currency.end)
        }
        // Not the first syllable of a hyphenated word ("3 xen-ti-mét").
        if has(next, .cent), isWord(next), measureWord(next + 1), Vocabulary.notMeasureAfter[key(next)]?.contains(key(next + 1)) != true,
            !(isSymbol(next + 1, "-") && attached(next + 1))
        {
            return self.match(value: .money(value.divided(by: 100, scale: 20) ?? value, currency: centCurrency(next)), end: next + 1)
        }
        if let (symbol, end) = nounUnit(next) { return self.match(value: .quantity(value, unit: symbol), end: end) }
        if let unit = unit(next), measureWord(unit.end), unit.symbol != "mẫu" || isAreaMau(next) {
            if let height = metresAndCentimetres(read, start, unitEnd: unit.end, unit.symbol) { return height }
            // "một mét rưỡi", "2 cân rưỡi": a whole count of the unit and a half of it, as "hai năm rưỡi".
            if Self.isHalf(key(unit.end)), value.isInteger, !value.isNegative {
                return self.match(value: .quantity(value + ExactDecimal(significand: 5, exponent: -1), unit: unit.symbol), end: unit.end + 1)
            }
            return self.match(value: .quantity(value, unit: unit.symbol), end: unitGlossEnd(unit.symbol, after: unit.end) ?? unit.end)
        }
        if isWord(next), !inName, let period = longPeriod(next) {
            return self.match(value: .duration(value * ExactDecimal(period.years), unit: .year), end: period.end)
        }
        if isWord(next), !inName, has(next, .duration), let unit = Vocabulary.durations[key(next)],
            Vocabulary.notMeasureAfter[key(next)]?.contains(key(next + 1)) != true, !introducesDay(next)
        {
            // "lớp 10 năm học 2025-2026", "học sinh lớp 12 năm nay": a school's grade, then the year it is of.
            if unit == .year, let first = lex(start), Self.start(of: "lớp", before: first.start, in: stream.bytes) != nil {
                return match(.number, read.number, end: next)
            }
            // "30.000 năm TCN", "128.000 năm trước Công nguyên": the year that many years before
            // Christ (prehistory's dates), as "500 TCN" is, not a length of time.
            if unit == .year, let era = era(at: next + 1), value.isInteger, !value.isNegative, let years = value.intValue, years > 0 {
                return self.match(value: .date(PartialDate(year: era.beforeChrist ? 1 - years : years), end: nil, part: nil), end: era.end)
            }
            if Self.isHalf(key(next + 1)) {
                return self.match(value: .duration(value + ExactDecimal(significand: 5, exponent: -1), unit: unit), end: next + 2)
            }
            // "193.536 năm 1980", "600 triệu năm 1978", "IBM 709 năm 1958": a number and then the year
            // it is of, not that many years; unless years follow ("hai năm 1803 và 1804", "3 năm
            // 1958-1960": a span of that length) or the number is one word ("vào năm năm 1948").
            if unit == .year, !(read.spelled && next == start + 1), isDigits(next + 1), digitCount(next + 1) == 4,
                let year = yearValue(next + 1),
                !(key(year.end).isAny(of: "-", "–", "—", "và", "đến", "tới", "hoặc", "/") && isDigits(year.end + 1)
                    && (digitCount(year.end + 1) == 4 || attached(year.end + 1)))
            {
                return match(.number, read.number, end: next)
            }
            if unit == .year, let months = countOfSmallerUnit(after: next + 1, below: 12, word: "tháng") {
                // "20 năm 01 tháng": one duration, in months (a year is twelve of them, exactly).
                return self.match(value: .duration(value * ExactDecimal(12) + ExactDecimal(months.count), unit: .month), end: months.end)
            }
            if unit == .hour, key(next) == "tiếng", let minutes = countOfSmallerUnit(after: next + 1, below: 60, word: "phút") {
                // "11 tiếng 5 phút": one duration, in minutes ("tiếng" is never a clock's hour).
                let inMinutes = value * ExactDecimal(60) + ExactDecimal(minutes.count)
                if let seconds = secondsAfter(minutes.end) {
                    return self.match(value: .duration(inMinutes * ExactDecimal(60) + seconds.value, unit: .second), end: seconds.end)
                }
                return self.match(value: .duration(inMinutes, unit: .minute), end: minutes.end)
            }
            // "34 phút 12 giây", "4 phút 42 giây 88": one duration, in seconds (and hundredths).
            if unit == .minute, let seconds = secondsAfter(next + 1) {
                return self.match(value: .duration(value * ExactDecimal(60) + seconds.value, unit: .second), end: seconds.end)
            }
            // "13 giây 02": a race's time, seconds and hundredths.
            if unit == .second, key(next) == "giây", let hundredths = hundredthsAfter(next + 1) {
                return self.match(value: .duration(value + hundredths.value, unit: .second), end: hundredths.end)
            }
            if let end = clockHoursEnd(next) { return self.match(value: .duration(value, unit: unit), end: end) }
            // "những năm tháng ấy", "qua năm tháng": "năm tháng" is "the years", unless a word of
            // time places it ("năm tháng sau đó", "năm tháng qua").
            let years = read.spelled && next == start + 1 && key(start) == "năm" && key(next) == "tháng"
                && !key(next + 1).isAny(of: "sau", "trước", "nữa", "tới", "qua", "đầu", "cuối", "tiếp")
            // "56 ngày đêm": days and nights, days.
            let end = unit == .day && key(next) == "ngày" && key(next + 1) == "đêm" && isWord(next + 1) ? next + 2 : next + 1
            return self.match(value: .duration(value, unit: unit), end: end, ambiguousWord: years)
        }
        if let season = season(read, from: start) { return season }
        if read.plainDigits, let denominator = denominatorAfterSlash(next) {
            let denominatorValue = self.value(of: denominator)
            if let fraction = fractionOfDuration(value, denominatorValue, before: denominator.end) { return fraction }
            return self.match(value: .ratio(numerator: value, denominator: denominatorValue, unit: nil), end: denominator.end)
        }
        // "29,85/30 điểm", "9,5/10": a decimal score out of a whole one, no greater than it.
        if !read.spelled, read.end == start + 3, isSymbol(start + 1, ","), attached(start + 1), attached(start + 2), isDigits(start + 2),
            let denominator = denominatorAfterSlash(next), digitCount(next + 1) <= 3, denominator.plainDigits,
            !continuesGlued(denominator.end), value <= self.value(of: denominator)
        {
            return self.match(value: .ratio(numerator: value, denominator: self.value(of: denominator), unit: nil), end: denominator.end)
        }
        // "1.123/1.856 thủ tục": counts grouped by thousands, a part of its whole; not the middle of a
        // code ("1.123/1.856/2020"), a sum's amount ("1.500/2.000.000 đồng") nor alternative bounds
        // ("từ 2.000/2.200–3.000/3.500 mét").
        if !read.spelled, isSymbol(next, "/"), isDottedThousands(start, read.end), let denominator = denominatorAfterSlash(next),
            denominator.plainDigits || isDottedThousands(next + 1, denominator.end), !continuesGlued(denominator.end), value <= self.value(of: denominator),
            !key(denominator.end).isAny(of: "-", "–", "—"), !has(denominator.end, .currencySuffixStart), !has(denominator.end, .unitStart), !has(denominator.end, .scale),
            let first = lex(start), first.start == 0 || stream.bytes[first.start - 1] != UInt8(ascii: "/")
        {
            return self.match(value: .ratio(numerator: value, denominator: self.value(of: denominator), unit: nil), end: denominator.end)
        }
        // A map's scale, "1:50.000", "1:500", "1:2000" (a clock's minutes are two digits below 60): a
        // round or grouped number after "1", not a standard's year ("QCVN 01:2015/BTTTT", "Amd 1:1994").
        if read.plainDigits, isSymbol(next, ":"), attached(next), digitCount(start) == 1, value == ExactDecimal(1), isDigits(next + 1),
            attached(next + 1), let denominator = digitNumber(next + 1), !denominator.invalid, let scale = intValue(of: denominator),
            scale >= 100, scale % 100 == 0 || denominator.end > next + 2, !(isSymbol(denominator.end, "/") && attached(denominator.end))
        {
            return self.match(value: .ratio(numerator: value, denominator: self.value(of: denominator), unit: nil), end: denominator.end)
        }
        // "khổ A4 (21 x 29,7 cm)", "127 x 94 x 65 mm": a side of a dimension, a length in the unit
        // after the last side (each side is its own expression).
        if !read.spelled, let symbol = dimensionUnit(from: next) { return self.match(value: .quantity(value, unit: symbol), end: next) }
        if let ratio = colonRatio(read, from: start) { return ratio }
        if let rate = rate(read, next) ?? ratePerPopulation(read, next) ?? partOutOf(read, next) { return rate }
        // Only a number that is one word is ambiguous: "20 triệu" (digits and a scale word) is not.
        let loneWord = read.spelled && next == start + 1
        return match(
            .number, read.number, end: next,
            ambiguousWord: loneWord
                && (!Self.isSafeLoneWord(key(start)) && !countsThree(start) || startsPlaceOrPersonName(start) || isPartOfName(start)
                    || isInIdiom(start)))
    }

    /// "nửa năm", "nửa tháng", "nửa giờ" (half of a unit of time, a DURATION of 0.5, as "1/2 năm"
    /// is), "gần nửa thế kỷ" (50 years): about 100 in the corpora. Not half a named year ("nửa năm
    /// 1996") nor the half of a period ("nửa năm đầu").
    private func halfPeriod(_ index: Int) -> Match? {
        let next = index + 1
        guard isWord(next) else { return nil }
        if let period = longPeriod(next) { return match(value: .duration(ExactDecimal(period.years / 2), unit: .year), end: period.end) }
        guard let unit = Vocabulary.durations[key(next)], !isDigits(next + 1), !key(next + 1).isAny(of: "đầu", "cuối") else { return nil }
        return match(value: .duration(ExactDecimal(significand: 5, exponent: -1), unit: unit), end: clockHoursEnd(next) ?? next + 1)
    }

    /// The end of "tiếng đồng hồ" or "giờ đồng hồ" at `index` (hours by the clock, "3 tiếng đồng
    /// hồ", "nửa tiếng đồng hồ", "24 giờ đồng hồ": all three words), else nil.
    private func clockHoursEnd(_ index: Int) -> Int? {
        key(index).isAny(of: "tiếng", "giờ") && isWord(index + 1) && key(index + 1) == "đồng" && isWord(index + 2) && key(index + 2) == "hồ" ? index + 3 : nil
    }

    /// Decades, centuries and millennia after a number, as years: "6 thập kỷ" (60), "hơn 5 thế kỷ"
    /// (500), "3 thiên niên kỷ" (3 000), the words at `index` on (about 260 in the wiki corpus); nil
    /// before a number that names them ("hai thế kỷ 19 và 20", "hai thập niên 80 và 90").
    private func longPeriod(_ index: Int) -> (years: Int, end: Int)? {
        let years: Int
        let end: Int
        switch key(index) {
        case "thập" where key(index + 1).isAny(of: "kỷ", "kỉ", "niên"): (years, end) = (10, index + 2)
        case "thế" where key(index + 1).isAny(of: "kỷ", "kỉ"): (years, end) = (100, index + 2)
        case "thiên" where key(index + 1) == "niên" && key(index + 2).isAny(of: "kỷ", "kỉ"): (years, end) = (1000, index + 3)
        default: return nil
        }
        guard !isDigits(end), roman(end) == nil else { return nil }
        return (years, end)
    }

    /// The end of the symbol that glosses a unit written in words, in parentheses at lexeme `index`
    /// ("20 mét khối (m3)", "150 mét vuông (m2)", "5 kilôgam (kg)": 280 in the legal corpus, whose
    /// ranges they broke), or nil when none with the same symbol is there.
    private func unitGlossEnd(_ symbol: String, after index: Int) -> Int? {
        guard isSymbol(index, "("), let gloss = unit(index + 1), gloss.symbol == symbol, isSymbol(gloss.end, ")") else { return nil }
        return gloss.end + 1
    }

    /// Whether the unit or currency word at `index` (ending before `end`), after a spelled number, is
    /// none there: "Đồng" in a name ("Ngã ba Đồng Lộc"), the "đ" that only digits abbreviate
    /// ("hạng ba đ­ược"), or one syllable that makes a word of the lexicon with the next ("ba xu
    /// hướng", "bộ ba tấn công", "ba mẫu tự"; not "đô la", itself a word of two).
    private func makesOtherWordAfterSpelledNumber(_ index: Int, _ end: Int) -> Bool {
        let text = stream.text(index)
        guard let first = text.unicodeScalars.first else { return false }
        // "Đồng" before a capitalised word begins a place's name (Đồng Lộc, Đồng Nai); "Đô la Mỹ",
        // "Riel" after a spelled amount are its currency.
        if key(index) == "đồng", first.properties.isUppercase, isWord(index + 1),
            stream.text(index + 1).unicodeScalars.first?.properties.isUppercase == true
        {
            return true
        }
        if key(index) == "đ" { return true }
        guard end == index + 1, isWord(end), !attached(end) else { return false }
        return Lexicon.shipped.contains(key(index).description + " " + key(end).description)
    }

    /// Whether a lone "ba" at `index` is three, not "father" or a rank: before a lower-case word that
    /// is no pronoun or verb of a subject and makes no word of the lexicon with it ("ba thành viên",
    /// "một trong ba hình thức"; not "ba tôi", "ba lô"), after no word that makes it a rank ("ngã ba",
    /// "giải ba").
    private func countsThree(_ index: Int) -> Bool {
        guard key(index) == "ba", isWord(index + 1), !attached(index + 1),
            let first = stream.text(index + 1).unicodeScalars.first, first.properties.isLowercase,
            !Vocabulary.notCountedAfterBa.contains(key(index + 1)), !Lexicon.shipped.contains("ba " + key(index + 1).description)
        else { return false }
        if let before = word(before: index), Vocabulary.notCountedBeforeBa.contains(LexemeKey(before)) { return false }
        return true
    }

    /// Whether "mẫu" at `index` is the land measure (3 600 m² in the north), not a form, a sample or a
    /// model ("17 mẫu giấy tờ", "lấy 02 mẫu", "5 mẫu tiêm kích" — all of the legal corpus's): after a
    /// scale word ("622 triệu mẫu"), before a word of land ("3 mẫu ruộng"), or with one in the 80
    /// bytes before it ("công điền 80 mẫu", "từ 6 sào đến 1 mẫu", "diện tích … 1.674.900 mẫu").
    private func isAreaMau(_ index: Int) -> Bool {
        if has(index - 1, .scale) || isWord(index + 1) && key(index + 1).isAny(of: "ruộng", "đất", "rừng", "ta", "lúa", "vườn", "tây") {
            return true
        }
        return textNear(index, before: 80, containsAnyOf: Self.landWords)
    }

    /// Words before a "mẫu" that make it the land measure (``isAreaMau(_:)``).
    private static let landWords = ["ruộng", "điền", "đất", "diện tích", "sào", "khoảnh", "canh tác", "mẫu ta"]

    /// Whether the `before` bytes before lexeme `index` (and the `after` bytes from its end), in
    /// lower case, contain one of `words`.
    private func textNear(_ index: Int, before: Int, after: Int = 0, containsAnyOf words: [String]) -> Bool {
        guard let lexeme = lex(index) else { return false }
        var start = max(0, lexeme.start - before)
        while start < lexeme.start, stream.bytes[start] & 0xC0 == 0x80 { start += 1 }
        var end = after == 0 ? lexeme.start : min(stream.bytes.count, lexeme.end + after)
        while end > lexeme.end, end < stream.bytes.count, stream.bytes[end] & 0xC0 == 0x80 { end -= 1 }
        // VietCase maps Latin scalar by scalar from a table (String's `lowercased()` took ~60 000
        // instructions for these few hundred bytes); it differs from that only in context-dependent
        // mappings (a Greek final sigma), of letters no word searched for has.
        var near = VietCase.lowercased(String(decoding: UnsafeBufferPointer(rebasing: stream.bytes[start..<end]), as: UTF8.self))
        // NFC, as the vocabulary is written: normalised once for all the words.
        if near.withUTF8(CombiningMarkComposer.containsCombiningMark) { near = UnicodeNormalizer.nfc(near) }
        return near.withUTF8 { haystack in words.contains { Self.bytes(haystack, contain: $0) } }
    }

    /// The currency whose hundredth the "xu" at `index` is: a penny (GBP) where pounds, shillings or
    /// pence are named in the 200 bytes around it and no dollar is ("183 bảng, 9 si-linh và 1¾ xu",
    /// "một shilling là 12 xu (pence)", "mệnh giá: 1 xu, 2 xu, …, 1 bảng": 15 of the wiki corpus's 34
    /// "xu"), else a cent (USD), as "xen" and "cent" always are.
    private func centCurrency(_ index: Int) -> String {
        guard key(index) == "xu", textNear(index, before: 200, after: 200, containsAnyOf: Self.poundWords),
            !textNear(index, before: 200, after: 200, containsAnyOf: Self.dollarWords)
        else { return "USD" }
        return "GBP"
    }

    /// Words that name sterling's pounds, shillings and pence, and words that name a dollar (``centCurrency(_:)``).
    private static let poundWords = ["bảng", "si-linh", "shilling", "penny", "pence", "£"]
    private static let dollarWords = ["đô", "usd", "$", "dollar"]

    /// A word that is a unit only where the text around it says so (``contextualUnit(_:)``).
    private struct ContextualUnit {
        /// The word, in lower case, and whether its case must be that one too.
        let word: LexemeKey
        let caseSensitive: Bool
        /// The unit's symbol.
        let symbol: String
        /// Words of which one must be in the `before` bytes before the word or the `after` bytes after it.
        let context: [String]
        let before: Int
        let after: Int
        /// Whether a scale word may stand for the digits before it ("90 tỷ thùng").
        let afterScale: Bool
        /// The word's length in bytes and its first byte: what decides before any key is made.
        let length: Int
        let lead: UInt8

        init(_ word: LexemeKey, caseSensitive: Bool = false, symbol: String, context: [String], before: Int, after: Int = 0, afterScale: Bool = false) {
            (self.word, self.caseSensitive, self.symbol, self.context) = (word, caseSensitive, symbol, context)
            (self.before, self.after, self.afterScale) = (before, after, afterScale)
            length = word.description.utf8.count
            lead = word.description.utf8.first ?? 0
        }
    }

    /// - "ly" after digits, a gun's calibre in millimetres, with a word of arms before it: "đại bác 105
    ///   ly", "súng cối 120 ly", "Tiểu đoàn pháo binh 155 ly", "trọng liên 12,7 ly" (~65 in the wiki
    ///   corpus, all calibres); elsewhere a glass ("15 ly Coca-Cola").
    /// - "thùng" after digits or a scale word, barrels of oil, with a word of oil in the 100 bytes before
    ///   it or the 40 after: "trữ lượng dầu mỏ khoảng 1,2 km³ (7,7 tỷ thùng)", "90 tỷ thùng dầu", "sản
    ///   lượng 274,4 nghìn thùng/ngày" (19 of the wiki corpus's 20 "N thùng", all oil); elsewhere a box,
    ///   a tank or a bin, counted ("3 thùng nhiên liệu phụ", "thùng thư").
    /// - "độ" after digits, an earthquake's magnitude as "độ Richter" is, with a word of earthquakes
    ///   before it: "Động đất 7,8 độ trong Iran", "một trận địa chấn 4,7 độ" (11 in the wiki corpus, none
    ///   other there); elsewhere a temperature's or an angle's.
    private static let contextualUnits = [
        ContextualUnit(
            "ly", caseSensitive: true, symbol: "mm",
            context: ["pháo", "bác", "súng", "cối", "khẩu", "cao xạ", "đại liên", "trọng liên", "đạn", "tiểu đoàn", "pb"], before: 80),
        ContextualUnit("thùng", symbol: "bbl", context: ["dầu", "opec", "trữ lượng", "khai thác"], before: 100, after: 40, afterScale: true),
        ContextualUnit("độ", symbol: "Richter", context: ["động đất", "địa chấn"], before: 80),
    ]

    /// The unit the word at `index` is by its context (``contextualUnits``), and its end.
    private func contextualUnit(_ index: Int) -> (symbol: String, end: Int)? {
        // Asked wherever no other unit is: the length and the first byte (either case) decide before
        // any key is made.
        guard let word = lex(index), word.kind == .word else { return nil }
        let first = stream.bytes[word.start]
        for unit in Self.contextualUnits where unit.length == word.end - word.start && (first == unit.lead || first | 0x20 == unit.lead) {
            guard (unit.caseSensitive ? stream.exactKey(index) : key(index)) == unit.word,
                isDigits(index - 1) || unit.afterScale && has(index - 1, .scale),
                textNear(index, before: unit.before, after: unit.after, containsAnyOf: unit.context)
            else { continue }
            return (unit.symbol, index + 1)
        }
        return nil
    }

    /// Whether `haystack` contains the UTF-8 of `word`, comparing bytes (Foundation's `contains`
    /// compared by canonical equivalence, tens of thousands of instructions per call): only where
    /// its first byte stands, which most bytes of a text are not.
    private static func bytes(_ haystack: UnsafeBufferPointer<UInt8>, contain word: String) -> Bool {
        var word = word
        return word.withUTF8 { needle in
            guard let lead = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
            for start in 0...(haystack.count - needle.count) where haystack[start] == lead {
                if UnsafeBufferPointer(rebasing: haystack[start..<start + needle.count]).elementsEqual(needle) { return true }
            }
            return false
        }
    }

    /// "1m67", "5m50": metres and two digits of centimetres glued after the "m", as heights and
    /// jumps are written (1.67 m); nil for any other unit or shape ("1m", "10m2", "1m678"). Spoken
    /// the same way with "mét" ("2 mét 50" = 2.5 m, "1 mét 2" = 1.2 m, "một mét bảy" = 1.7 m), the
    /// digits after the word being the decimal part, when nothing is counted after them ("2 mét 50
    /// trên đỉnh", "2 mét 7 (9 ft)"; not "3 mét 2 bên").
    private func metresAndCentimetres(_ read: NumberRead, _ start: Int, unitEnd: Int, _ symbol: String) -> Match? {
        guard symbol == "m", unitEnd == read.end + 1 else { return nil }
        if !attached(unitEnd - 1) { return spokenMetres(read, wordAt: unitEnd - 1) }
        guard read.plainDigits, digitCount(start) <= 2, attached(unitEnd - 1),
            isDigits(unitEnd), attached(unitEnd), digitCount(unitEnd) == 2, !attached(unitEnd + 1) || lex(unitEnd + 1)?.kind == .symbol,
            let centimetres = intValue(unitEnd)
        else { return nil }
        let metres = value(of: read) + ExactDecimal(centimetres).scaled(byPowerOf10: -2)
        return match(value: .quantity(metres, unit: "m"), end: unitEnd + 1)
    }

    /// "2 mét 50", "một mét bảy": see ``metresAndCentimetres(_:_:unitEnd:_:)``. At most 99 metres, the
    /// decimal part one or two digits, or one digit word after a number in words.
    private func spokenMetres(_ read: NumberRead, wordAt index: Int) -> Match? {
        guard key(index) == "mét", !read.invalid, let metres = intValue(of: read), (1...99).contains(metres) else { return nil }
        let part = index + 1
        let fraction: ExactDecimal
        if read.spelled {
            guard isWord(part), let digit = Vocabulary.digits[key(part)], digit > 0 else { return nil }
            fraction = ExactDecimal(digit).scaled(byPowerOf10: -1)
        } else {
            guard isDigits(part), !attached(part), (1...2).contains(digitCount(part)), let digits = intValue(part) else { return nil }
            fraction = ExactDecimal(digits).scaled(byPowerOf10: -digitCount(part))
        }
        // What follows ends the phrase: punctuation, the end, or a word that counts nothing.
        let after = part + 1
        if let next = lex(after) {
            if next.kind == .word {
                guard key(after).isAny(of: "và", "trên", "ở", "thì", "là", "so", "nhưng", "còn") else { return nil }
            } else if next.kind != .symbol || attached(after) && isDigits(after + 1) && attached(after + 1) {  // "3 mét 2/3"
                return nil
            }
        }
        return match(value: .quantity(ExactDecimal(metres) + fraction, unit: "m"), end: after)
    }

    /// Whether "pound" after the number at `start` (ending before lexeme `end`) is a weight: a word
    /// of weight before the number ("nặng 24 pound", "trọng lượng hơn 50 pound", "đại bác 18
    /// pound") or its kilograms after it ("33 pound (15 kg)"): 19 of the wiki corpus's pounds after a
    /// number, all weights, were sterling. "chín pounds" alone stays sterling, as Duckling reads it.
    private func weighs(_ start: Int, poundsEnd end: Int) -> Bool {
        if isSymbol(end, "("), case let inner = has(end + 1, .qualifierStart) && isWord(end + 1) ? end + 2 : end + 1,
            let grams = number(inner), !grams.invalid, let unit = unit(grams.end), ["kg", "g", "t"].contains(unit.symbol)
        {
            return true
        }
        guard let first = lex(start), var before = Self.wordBefore(stream.bytes, first.start) else { return false }
        // Past a qualifier: "nặng khoảng 80 pound".
        if Vocabulary.qualifiersByFirstWord[LexemeKey(before.word)] != nil, let earlier = Self.wordBefore(stream.bytes, before.start) {
            before = earlier
        }
        return ["nặng", "lượng", "bác", "pháo"].contains(before.word)
    }

    /// Whether the capitalised word at `index` begins a name inside a sentence: "huyện Bảy Núi",
    /// "quận Hai Bà Trưng", "tên là Hai Tâm" (122 lone "numbers" in the wiki corpus). A capitalised
    /// word after a letter, a digit or a comma, before another capitalised word; at a sentence's
    /// start ("Hai người đã đến", “Hai Tâm” after a quote) or in upper case ("HAI TÚI") it stays a number.
    private func startsPlaceOrPersonName(_ index: Int) -> Bool {
        guard let word = lex(index), let next = lex(index + 1), next.kind == .word, next.spaceBefore,
            Self.isCapitalised(stream.bytes, word.start..<word.end), Self.isCapitalised(stream.bytes, next.start..<next.end)
        else { return false }
        var before = word.start - 1
        while before >= 0, stream.bytes[before] == UInt8(ascii: " ") || stream.bytes[before] == UInt8(ascii: "\t") { before -= 1 }
        guard before >= 0 else { return false }
        let byte = stream.bytes[before]
        if byte < 0x80 { return byte == UInt8(ascii: ",") || LexemeStream.isDigit(byte) || LexemeStream.isASCIILetter(byte) }
        var lead = before
        while lead > 0, stream.bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        return LexemeStream.isLetterStart(stream.bytes, at: lead, limit: stream.bytes.count)
    }

    /// Whether the word at `index` is capitalised ("Năm", "Điểm"; not "NĂM").
    private func startsCapitalisedWord(_ index: Int) -> Bool {
        guard let word = lex(index), word.kind == .word else { return false }
        return Self.isCapitalised(stream.bytes, word.start..<word.end)
    }

    /// Whether the capitalised number word at `index` follows a lower-case word inside a sentence,
    /// as a name's number does: "Chiến tranh Bảy năm" (the Seven Years' War), "Kế hoạch Năm năm",
    /// "Chiến tranh Ba Mươi Năm", "văn bản Mười bốn Điểm". The scan asks it of a number that a word
    /// of time, a unit or a capitalised word follows (80 such "durations" and "counts" in the 20 MB
    /// wiki corpus, all names; none in the legal one); before a lower-case noun the capital may be a
    /// slip ("có Hai người", a count).
    private func followsLowercaseWord(_ index: Int) -> Bool {
        // Every number word begins with an ASCII letter, and a word before it ends with a lower-case
        // ASCII letter or a multi-byte one: byte tests spare most numbers the decoding.
        guard let word = lex(index), word.spaceBefore, (0x41...0x5A).contains(stream.bytes[word.start]),
            let before = LexemeStream.wordRange(before: word.start, in: stream.bytes, longest: 24),
            case let last = stream.bytes[before.upperBound - 1], (0x61...0x7A).contains(last) || last >= 0x80,
            Self.isCapitalised(stream.bytes, word.start..<word.end)
        else { return false }
        return String(decoding: UnsafeBufferPointer(rebasing: stream.bytes[before]), as: UTF8.self).unicodeScalars.allSatisfy {
            $0.properties.isLowercase || $0.properties.generalCategory == .nonspacingMark
        }
    }

    /// Whether the capitalised word at `index` is a name, no count: by birth order after a kinship
    /// word, an honorific or a word of belonging ("ông Tám", "chị Hai", "vợ Mười", "nhà của Mười",
    /// "Ông Bảy rất vui": the south's given names, about 50 in the 3 400 news sentences of the
    /// treebanks), or the last syllable of a name after another capitalised word inside a sentence
    /// ("ông Nguyễn Văn Hai", "đầm Cầu Hai"). Such a word before is in lower case, or capitalised at a
    /// sentence's start.
    private func isPartOfName(_ index: Int) -> Bool {
        guard let word = lex(index), Self.isCapitalised(stream.bytes, word.start..<word.end),
            let range = LexemeStream.wordRange(before: word.start, in: stream.bytes, longest: 12)
        else { return false }
        let written = String(decoding: UnsafeBufferPointer(rebasing: stream.bytes[range]), as: UTF8.self)
        let title = written.drop { !$0.isLetter }
        guard let first = title.first, title.endIndex == written.endIndex else { return false }
        // A quote or a bracket opened just before the word begins its phrase ("(ông Tám)", "“Chị Hai").
        let opensPhrase = title.startIndex != written.startIndex || Self.followsSentenceBoundary(stream.bytes, range.lowerBound)
        if Vocabulary.wordsBeforeGivenNames.contains(LexemeKey(title.lowercased())) { return first.isLowercase || opensPhrase }
        // Glued to the word: "Syria. Hai sông", "tháng Chín, Mười" end a sentence or a list item before it.
        return !opensPhrase && title.last?.isLetter == true && Self.isCapitalised(stream.bytes, range)
    }

    /// Whether the lone number word at `index` is part of an idiom: "chín chắn" (mature), "chín muồi"
    /// (ripe), "luộc chín" (cooked), "bốn bề" (all around), "rõ mười mươi" (plain as day), "có một
    /// không hai" (unique).
    private func isInIdiom(_ index: Int) -> Bool {
        if isWord(index + 1), !attached(index + 1), Vocabulary.idiomsOfNumberWords[key(index)]?.contains(key(index + 1)) == true { return true }
        if key(index) == "chín", let before = word(before: index), Vocabulary.wordsBeforeCookedChin.contains(LexemeKey(before)) {
            return true
        }
        guard key(index) == "hai", let word = lex(index), let không = Self.start(of: "không", before: word.start, in: stream.bytes) else {
            return false
        }
        return Self.start(of: "một", before: không, in: stream.bytes) != nil
    }

    /// Whether only spaces stand between byte `offset` and the start of the text, a line break or the
    /// punctuation that ends a sentence or opens a quote (". ", "! ", "? ", ": ", "- ").
    private static func followsSentenceBoundary(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        var position = offset - 1
        while position >= 0, bytes[position] == 0x20 || bytes[position] == 0x09 { position -= 1 }
        guard position >= 0 else { return true }
        switch bytes[position] {
        case 0x0A, 0x0D, UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "\""):
            return true
        default:
            return false
        }
    }

    /// An upper-case first letter and a lower-case second one ("Hai", "Bảy"; not "HAI").
    private static func isCapitalised(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        // Most words the bytes decide without Unicode's properties (~800 instructions a word): an
        // ASCII first letter, which is upper case only from A to Z, then an ASCII one, or a lower-case
        // letter of the lexeme keys' byte path ("Bảy").
        if range.count >= 2, bytes[range.lowerBound] < 0x80 {
            guard bytes[range.lowerBound] &- UInt8(ascii: "A") < 26 else { return false }
            let second = bytes[range.lowerBound + 1]
            if second < 0x80 { return second &- UInt8(ascii: "a") < 26 }
            if LexemeKey.lowercaseScalarLength(bytes, at: range.lowerBound + 1, limit: range.upperBound) > 0 { return true }
        }
        var scalars = String(decoding: UnsafeBufferPointer(rebasing: bytes[range.prefix(8)]), as: UTF8.self).unicodeScalars.makeIterator()
        guard let first = scalars.next(), first.properties.isUppercase, let second = scalars.next() else { return false }
        return second.properties.isLowercase
    }

    /// Whether the "ngày" at `index` introduces a day ("giai đoạn 2021-2025 ngày 02/07/2021", "Quyết
    /// định số 1234 ngày 5 tháng 3"): then it is no unit of the number before it.
    private func introducesDay(_ index: Int) -> Bool {
        guard key(index) == "ngày", isDigits(index + 1), let day = date(index), case .date(let date, _, _) = day.value else {
            return false
        }
        return date.day != nil && date.month != nil
    }

    /// "01 tháng" at `index` after a count of years, "5 phút" after hours: fewer than `limit` of the
    /// smaller unit `word` in digits, no day of a date after them ("70 năm 2 tháng 9" is 70 years of
    /// the 2nd of September).
    private func countOfSmallerUnit(after index: Int, below limit: Int, word: LexemeKey) -> (count: Int, end: Int)? {
        // A digit after the spaces that follow the larger unit, read from the bytes: most durations are
        // not followed by one, and lexing the next word for each cost the scan ~1 ms per 10 MB.
        guard let larger = lex(index - 1) else { return nil }
        var after = larger.end
        while after < stream.bytes.count, stream.bytes[after] == 0x20 { after += 1 }
        guard after < stream.bytes.count, LexemeStream.isDigit(stream.bytes[after]) else { return nil }
        guard isDigits(index), digitCount(index) <= 2, let count = intValue(index), count < limit, key(index + 1) == word,
            isWord(index + 1), !isDigits(index + 2) || word == "phút" && key(index + 3) == "giây", digitWord(index + 2) == nil
        else { return nil }
        return (count, index + 2)
    }

    /// The seconds that follow a count of minutes, from lexeme `index`: "12 giây" (12), "42 giây 88"
    /// (42.88, a race's hundredths), and the index after them.
    func secondsAfter(_ index: Int) -> (value: ExactDecimal, end: Int)? {
        guard isDigits(index), !attached(index), digitCount(index) <= 2, let count = intValue(index), count < 60, key(index + 1) == "giây",
            isWord(index + 1)
        else { return nil }
        if let hundredths = hundredthsAfter(index + 2) { return (ExactDecimal(count) + hundredths.value, hundredths.end) }
        return (ExactDecimal(count), index + 2)
    }

    /// Two digits after "giây" that end the phrase (punctuation or the line's end after them): a race
    /// time's hundredths ("13 giây 02" is 13.02 s); "5 giây 20 người" are no hundredths.
    private func hundredthsAfter(_ index: Int) -> (value: ExactDecimal, end: Int)? {
        guard isDigits(index), !attached(index), digitCount(index) == 2, let count = intValue(index) else { return nil }
        // Punctuation or the end next, but not a glued "%", "/" or separator before more digits ("88.5", "88/90").
        if let next = lex(index + 1) {
            guard next.kind == .symbol, !(attached(index + 1) && (key(index + 1).isAny(of: "%", "/") || attached(index + 2) && isDigits(index + 2)))
            else { return nil }
        }
        return (ExactDecimal(count).scaled(byPowerOf10: -2), index + 1)
    }

    /// "1/2 năm", "1/2 tháng", "1/2 lít": a fraction of a duration unit or a unit of measure, the duration it is when the fraction is
    /// a finite decimal (half a year is 0.5 year; "1/3 năm" stays a ratio, which no decimal writes
    /// exactly), and no year follows.
    private func fractionOfDuration(_ numerator: ExactDecimal, _ denominator: ExactDecimal, before index: Int) -> Match? {
        // "1/2 năm 2020" is a date's day, month and year.
        // A proper fraction of one ("1/2", "3/4", "1/1000 giây"), not "24/24 giờ" (round the clock),
        // "6/12 tháng" (six or twelve months) or a date's day and month ("trước 31/01 năm sau").
        guard numerator < denominator, numerator == ExactDecimal(1) || denominator <= ExactDecimal(10), !attached(index) else { return nil }
        // "1/2 lít dầu", "3/4 kg": so much of a unit of measure.
        let measure = unit(index).flatMap { isDigits($0.end) ? nil : $0 }
        let duration = measure == nil && isWord(index) && has(index, .duration) && !isDigits(index + 1) ? Vocabulary.durations[key(index)] : nil
        guard measure != nil || duration != nil, let quotient = numerator.dividedExactly(by: denominator) else { return nil }
        if let measure { return match(value: .quantity(quotient, unit: measure.symbol), end: measure.end) }
        return duration.map { match(value: .duration(quotient, unit: $0), end: index + 1) }
    }

    /// A season of two years written with a slash, as sports tables and histories write it:
    /// "1962/63", "2016/17", "1999/00", "2005/2006" are 1962–1963…, not ratios. Only the next year,
    /// whole or by its last two digits ("2019/18" and "1962/64" stay ratios), and nothing glued after
    /// it ("2016/17/QĐ").
    private func season(_ read: NumberRead, from start: Int) -> Match? {
        let slash = read.end
        guard read.plainDigits, start + 1 == slash, digitCount(start) == 4, let year = intValue(start), isSeasonSlash(slash, after: year)
        else { return nil }
        return self.match(value: .range(from: .number(ExactDecimal(year)), to: .number(ExactDecimal(year + 1))), end: slash + 2)
    }

    /// Whether lexeme `slash` is a "/" glued between `year` (1000–2999) and the next year, whole or by
    /// its last two digits, with nothing glued after that ("2016/17", "2005/2006"; not "2019/18",
    /// "1962/64", "2016/17/QĐ"): the second half of a season (``season(_:from:)``).
    func isSeasonSlash(_ slash: Int, after year: Int) -> Bool {
        guard (1000...2999).contains(year), isSymbol(slash, "/"), attached(slash), isDigits(slash + 1), attached(slash + 1),
            let second = intValue(slash + 1),
            digitCount(slash + 1) == 2 && Self.laterYear(endingIn: second, after: year) == year + 1
                || digitCount(slash + 1) == 4 && second == year + 1
        else { return false }
        return !(isSymbol(slash + 2, "/") && attached(slash + 2)) && !(isSymbol(slash + 2, "-") && attached(slash + 2))
    }

    /// One-word numbers that are numbers in running text; "một" (a/one), "năm" (year), "tư" (private),
    /// "không" (not), "ba" (father) are too often something else.
    static func isSafeLoneWord(_ key: LexemeKey) -> Bool {
        key.isAny(of: "hai", "bốn", "sáu", "bảy", "bẩy", "tám", "chín", "mười")
    }

    /// "119,09 thuê bao/ 100 dân", "0,21 thuê bao/ dân": nouns glued to a slash, an optional number,
    /// one noun.
    private func rate(_ read: NumberRead, _ index: Int) -> Match? {
        var position = index
        var nouns = 0
        while nouns < 3, isWord(position) {
            nouns += 1
            position += 1
            if isSymbol(position, "/"), attached(position) { break }
        }
        // A scale word ends the nouns ("3 triệu/người" has none): tested once a slash is found, so
        // the words after most numbers (no slash) are not keyed for this alone.
        // "1,1 tr tấn/năm": "tr" abbreviates millions, no noun.
        guard nouns > 0, isSymbol(position, "/"), attached(position), !(index..<position).contains(where: { has($0, .scale) }),
            key(index) != "tr"
        else { return nil }
        position += 1
        var denominator = ExactDecimal(1)
        if let read = digitNumber(position), !read.invalid {
            denominator = self.value(of: read)
            position = read.end
        } else if let exponent = scaleExponent(position), isWord(position + 1), !has(position + 1, .scale) {
            // "12 bác sĩ/vạn dân", "5 ca/triệu dân": a scale word alone is its power of ten.
            denominator = ExactDecimal(significand: 1, exponent: exponent)
            position += 1
        }
        // Not a number word ("3 quả/hai người"), but "năm" of a rate per year ("25 triệu hành khách/năm").
        guard isWord(position), !has(position, .digit) || key(position) == "năm" && !isDigits(position + 1) && !has(position + 1, .digit)
        else { return nil }
        // The denominator's words: the longest word of the shipped lexicon from here ("ca/100.000 phụ
        // nữ", "con/phụ nữ"); as many as the numerator's nouns when it begins as they do ("111,5 bé
        // trai/100 bé gái").
        var denominatorWords = lexiconWordEnd(from: position) - position
        if denominatorWords == 1, nouns > 1, key(position) == key(index), (1..<nouns).allSatisfy({ isWord(position + $0) }) {
            denominatorWords = nouns
        }
        let denominatorText = (position..<position + denominatorWords).map { stream.text($0) }.joined(separator: " ")
        // Without a number the denominator must be a per-unit noun ("thuê bao/ dân", "con/phụ nữ"),
        // not a classifier pair such as "tờ/cuốn".
        if denominator == ExactDecimal(1), denominatorWords == 1 ? !Vocabulary.rateDenominators.contains(key(position))
            : !Vocabulary.rateDenominatorWords.contains(denominatorText.lowercased())
        {
            return nil
        }
        var unit = (index..<index + nouns).map { stream.text($0) }.joined(separator: " ") + "/" + denominatorText
        position += denominatorWords - 1
        var end = position + 1
        // "người/km²", "người/km2": the denominator's power, glued to it.
        if attached(end), let power = Self.power(key(end), after: key(position)) {
            unit += power
            end += 1
        }
        return self.match(value: .ratio(numerator: value(of: read), denominator: denominator, unit: unit), end: end)
    }

    /// "173 người trên 100.000 dân", "8 bác sĩ trên 10.000 dân", "98,1 nam trên 100 nữ": a rate per
    /// a round number of people written with "trên" (per) where ``rate(_:_:)`` reads a slash. Only
    /// after digits and one of ``Vocabulary/populationRateNouns`` (not "15 xã có trên 1.000 hộ", more
    /// than), before a power of ten from 100 in digits and one of
    /// ``Vocabulary/populationDenominators`` ("4000 nhân viên trên 100 quốc gia" works in countries).
    private func ratePerPopulation(_ read: NumberRead, _ index: Int) -> Match? {
        guard !read.spelled, isWord(index) else { return nil }
        var over = index
        while over < index + 3, isWord(over), key(over) != "trên" { over += 1 }
        guard over > index, key(over) == "trên", isWord(over) else { return nil }
        let nouns = (index..<over).map { stream.text($0) }.joined(separator: " ")
        guard Vocabulary.populationRateNouns.contains(nouns.lowercased()) else { return nil }
        // "120 người trên 1 km²": a density, as "120 người/km²" is. (Digits only: "trên một" is no
        // rate to `ScanFilter.mayStartRate`, which lets the number before it go as a plain one.)
        if isDigits(over + 1), let one = number(over + 1), !one.invalid, value(of: one) == ExactDecimal(1),
            let area = unit(one.end), ["km²", "m²", "ha"].contains(area.symbol)
        {
            return match(value: .ratio(numerator: value(of: read), denominator: ExactDecimal(1), unit: nouns + "/" + area.symbol), end: area.end)
        }
        guard let denominator = digitNumber(over + 1), !denominator.invalid,
            let round = intValue(of: denominator), round >= 100, Self.isPowerOfTen(round), isWord(denominator.end)
        else { return nil }
        let nounStart = denominator.end
        var nounEnd = lexiconWordEnd(from: nounStart)
        var denominatorText = (nounStart..<nounEnd).map { stream.text($0) }.joined(separator: " ")
        if nounEnd > nounStart + 1, !Vocabulary.populationDenominators.contains(denominatorText.lowercased()) {
            nounEnd = nounStart + 1
            denominatorText = stream.text(nounStart)
        }
        guard Vocabulary.populationDenominators.contains(denominatorText.lowercased()) else { return nil }
        let unit = nouns + "/" + denominatorText
        return match(value: .ratio(numerator: value(of: read), denominator: ExactDecimal(round), unit: unit), end: nounEnd)
    }

    /// "7 trên 18 tỉnh", "2 trên 3 người", "7,1 trên 10", "147 trên 100.000 dân": a part of a whole,
    /// or a rate, written with "trên" between two numbers in digits, with no noun between them
    /// (``ratePerPopulation(_:_:)`` reads one): not a count and a "more than" (60 of the wiki
    /// corpus's 68 such phrases are parts, ranks or rates). Not when an age, a period, a unit, a
    /// currency, a scale or "%" follows ("183.150 trên 50 tuổi" counts people over fifty), nor
    /// after a scale word ("2 triệu trên …").
    private func partOutOf(_ read: NumberRead, _ index: Int) -> Match? {
        guard !read.spelled, isDigits(index - 1), let whole = wholeAfterTrên(index) else { return nil }
        return match(value: .ratio(numerator: value(of: read), denominator: value(of: whole), unit: nil), end: whole.end)
    }

    /// The whole of ``partOutOf(_:_:)`` at `index`: "trên" and a number in digits that no age,
    /// period, unit, currency, scale or "%" follows.
    private func wholeAfterTrên(_ index: Int) -> NumberRead? {
        guard key(index) == "trên", isWord(index), isDigits(index + 1), !attached(index + 1), let whole = digitNumber(index + 1),
            !whole.invalid, !isMeasureWord(whole.end), !has(whole.end, .duration), key(whole.end) != "tuổi", !continuesGlued(whole.end)
        else { return nil }
        return whole
    }

    /// Whether `value` is 1, 10, 100, 1000…
    private static func isPowerOfTen(_ value: Int) -> Bool {
        var rest = value
        while rest >= 10, rest % 10 == 0 { rest /= 10 }
        return rest == 1
    }

    /// The superscript of "²", "³", or of "2", "3" glued to a length ("km2", "m3"), after the unit `unit`.
    private static func power(_ key: LexemeKey, after unit: LexemeKey) -> String? {
        switch key {
        case "²", "³": key.description
        case "2" where unit.isAny(of: "km", "m", "cm", "mm"): "²"
        case "3" where unit.isAny(of: "km", "m", "cm", "mm"): "³"
        default: nil
        }
    }

    /// Money with optional cents: "2 đô la và 23 xen", "hai đô 23" (whole phrase), "20 Rupees 43".
    private func money(_ value: ExactDecimal, code: String, end: Int) -> Match {
        var position = end
        if key(position) == "và" { position += 1 }
        if let centsRead = digitNumber(position) ?? compound(position), !centsRead.invalid, case let cents = self.value(of: centsRead),
            cents.isInteger, cents < 100, !cents.isNegative
        {
            let afterCents = centsRead.end
            let centWord = has(afterCents, .cent) && isWord(afterCents)
            if centWord || (wholePhrase && lex(afterCents) == nil) {
                let total = value + (cents.divided(by: 100, scale: 2) ?? .zero)
                return self.match(value: .money(total, currency: code), end: centWord ? afterCents + 1 : afterCents)
            }
        }
        return self.match(value: .money(value, currency: code), end: end)
    }

    private func prefixedMoney(_ index: Int) -> Match? {
        guard let lexeme = lex(index), lexeme.kind != .digits, has(index, .currencyPrefixStart),
            let entries = Vocabulary.currencyPrefixesByFirstWord[key(index)]
        else { return nil }
        for entry in entries {
            guard let start = matchKeys(entry.words, at: index) else { continue }
            // Running text writes a currency before digits only: "USD một cách", "bằng USD hai tuần qua" are no amounts.
            if !wholePhrase, isWord(start) { continue }
            guard let read = number(start), !read.invalid else { continue }
            // "trị giá $ 9 tỷ", "€ 400": a sign set off by a space is the amount's, but not after a
            // number ("50 $ 20"), nor "£", which the legal corpus's scans make of "≤" ("Knvl £ 0,25").
            if lex(start)!.spaceBefore, entry.words.count == 1, lex(index)?.kind == .symbol,
                !isDigits(start) || Self.followsDigit(stream.bytes, lexeme.start) || entry.code == "GBP"
            {
                continue
            }
            // "$ 213,7 tỷ đô la Mỹ", "$80 USD": the currency said again after the amount is the amount's.
            var end = read.end
            if let suffix = currencySuffix(end), suffix.code == entry.code { end = suffix.end }
            return money(self.value(of: read), code: entry.code, end: end)
        }
        return nil
    }

    /// Whether the lexeme before the "bảng" at `index` makes it pounds sterling: a scale word ("80
    /// triệu bảng") or digits of a thousand or more ("200.000 bảng", "15,000 bảng", "7000 bảng").
    /// After a smaller number "bảng" is as often a table, a board or a tournament's group ("2 bảng", "8 bảng").
    private func isPoundsAmount(before index: Int) -> Bool {
        guard index > 0, let previous = lex(index - 1) else { return false }
        if has(index - 1, .scale) { return true }
        guard previous.kind == .digits else { return false }
        var digits = 0
        var position = previous.start
        // A number's groups are lexemes of their own ("200", ".", "000"): its digits are counted over
        // the whole chain, read back from the bytes.
        while position > 0, LexemeStream.isDigit(stream.bytes[position - 1]) || stream.bytes[position - 1] == UInt8(ascii: ".")
            || stream.bytes[position - 1] == UInt8(ascii: ",")
        {
            position -= 1
        }
        while position < previous.end {
            if LexemeStream.isDigit(stream.bytes[position]) { digits += 1 }
            position += 1
        }
        return digits >= 4
    }

    /// Whether an ASCII digit comes before byte `offset`, past spaces.
    private static func followsDigit(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        var position = offset - 1
        while position >= 0, bytes[position] == 0x20 { position -= 1 }
        return position >= 0 && bytes[position] &- UInt8(ascii: "0") < 10
    }

    /// A currency word or symbol at `index` → ISO 4217 code; "đồng" before "chí", "bào"… is none.
    func currencySuffix(_ index: Int) -> (code: String, end: Int)? {
        var best: (code: String, end: Int)?
        guard let lexeme = lex(index), lexeme.kind != .digits, has(index, .currencySuffixStart),
            let entries = Vocabulary.currencySuffixesByFirstWord[key(index)]
        else { return nil }
        for entry in entries {
            guard let end = matchKeys(entry.words, at: index), end > (best?.end ?? index) else { continue }
            if entry.words.count == 1, Vocabulary.notMeasureAfter[entry.words[0]]?.contains(key(end)) == true { continue }
            if entry.words == ["đ"], isWord(end), attached(end) { continue }
            if entry.words == ["bảng"], !isPoundsAmount(before: index) { continue }
            best = (entry.code, end)
        }
        return best
    }

    /// A unit of measure at `index` → normalised symbol, longest entry first; a unit glued to "/"
    /// and a unit or a second, minute or hour is one unit ("g/cm³", "m³/s", "tấn/ha": 300 facts
    /// of the corpora kept the first unit alone). Per day, year or person stays out: the symbol
    /// would be a word ("20 triệu tấn/năm" is 20 million tonnes).
    func unit(_ index: Int) -> (symbol: String, end: Int)? {
        guard var found = simpleUnit(index) ?? inches(index) ?? contextualUnit(index) else { return nil }
        // "vòng 6 V.League", "hạng 3 V-League": a one-capital symbol that begins a name ("10 m.Điều" is
        // metres before a lost space).
        if found.symbol.utf8.count == 1, found.symbol.utf8.first.map({ $0 &- UInt8(ascii: "A") < 26 }) == true,
            isSymbol(found.end, ".") || isSymbol(found.end, "-"), attached(found.end), attached(found.end + 1), isWord(found.end + 1)
        {
            return nil
        }
        // "1,36 tỷ km³", "424.135 mi²", "2 dm³": a length squared or cubed by a glued superscript.
        if Self.lengthUnits.contains(found.symbol), lex(found.end)?.kind == .symbol, attached(found.end),
            key(found.end).isAny(of: "²", "³")
        {
            found = (found.symbol + stream.text(found.end), found.end + 1)
        }
        guard isSymbol(found.end, "/"), attached(found.end), attached(found.end + 1), let per = unitPer(found.end + 1) else {
            return found
        }
        return (found.symbol + "/" + per.symbol, per.end)
    }

    /// The units of length a superscript "²" or "³" may square or cube.
    private static let lengthUnits: Set<String> = ["km", "m", "dm", "cm", "mm", "mi", "ft", "yd", "in"]

    /// "in" after a number, as inches, where it closes the phrase: "350 mm (13,8 in)", "36 in,"
    /// (~150 in the wiki corpus). Elsewhere it is the Vietnamese "in" (to print) or English "in".
    private func inches(_ index: Int) -> (symbol: String, end: Int)? {
        // Asked wherever no other unit is: two bytes decide before any key is made.
        guard let word = lex(index), word.kind == .word, word.end - word.start == 2, stream.bytes[word.start] == UInt8(ascii: "i"),
            stream.bytes[word.start + 1] == UInt8(ascii: "n")
        else { return nil }
        guard let next = lex(index + 1) else { return ("in", index + 1) }
        return next.kind == .symbol && key(index + 1).isAny(of: ")", ",", ";", "²", "³") ? ("in", index + 1) : nil
    }

    /// The unit after a compound unit's "/": one of the table, or a second, minute or hour.
    private func unitPer(_ index: Int) -> (symbol: String, end: Int)? {
        if let found = simpleUnit(index) { return found }
        guard isWord(index) else { return nil }
        switch stream.exactKey(index) {
        case "s", "giây": return ("s", index + 1)
        case "phút": return ("min", index + 1)
        case "h", "giờ": return ("h", index + 1)
        default: return nil
        }
    }

    /// A unit of the table ``Vocabulary/unitsExact`` at `index`.
    private func simpleUnit(_ index: Int) -> (symbol: String, end: Int)? {
        guard let lexeme = lex(index), lexeme.kind != .digits, has(index, .unitStart) else { return nil }
        var best: (symbol: String, end: Int)?
        // Entries by exact text first, then by key (the earlier of two equally long wins); no
        // concatenated array per call.
        func consider(_ entries: [(words: [LexemeKey], symbol: String)]?) {
            for entry in entries ?? [] {
                guard let end = matchExact(entry.words, at: index), end > (best?.end ?? index) else { continue }
                best = (entry.symbol, end)
            }
        }
        consider(Vocabulary.unitsByFirstText[stream.exactKey(index)])
        consider(Vocabulary.unitsByFirstKey[key(index)])
        // "một gam màu": a one-word unit that the next word makes another word.
        if let found = best, found.end == index + 1, Vocabulary.notMeasureAfter[key(index)]?.contains(key(found.end)) == true { return nil }
        return best
    }

    // MARK: - Ordinals

    /// "thứ ba" → 3, "thứ 3", "thứ nhất", "lần thứ XIII" (the "thứ" part), "khóa XII" → 12, "đầu tiên" → 1.
    func ordinal(_ index: Int) -> Match? {
        guard isWord(index) else { return nil }
        let word = key(index)
        if word == "đầu", key(index + 1) == "tiên" { return match(.ordinal, CompactDecimal(word: 1), end: index + 2) }
        if word == "thứ" {
            if let roman = roman(index + 1) { return match(.ordinal, CompactDecimal(word: UInt64(roman)), end: index + 2) }
            if isWord(index + 1), has(index + 1, .ordinalWord), let value = Vocabulary.ordinalWords[key(index + 1)] {
                if let read = compound(index + 1), read.words > 1 {
                    return match(.ordinal, read.number, end: read.end)
                }
                return match(.ordinal, CompactDecimal(word: UInt64(value)), end: index + 2)
            }
            if let read = digitNumber(index + 1), !read.invalid, read.plainDigits {
                // "xếp thứ 79 trên 221 quốc gia": a rank out of a field, whose size the span takes in
                // (as ``partOutOf(_:_:)`` does after a number: no "more than 221").
                return match(.ordinal, read.number, end: wholeAfterTrên(read.end)?.end ?? read.end)
            }
            return nil
        }
        if let rank = rank(index) { return match(.ordinal, CompactDecimal(word: UInt64(rank)), end: index + 2) }
        guard has(index, .romanIntroducer) else { return nil }
        // "Phụ lục II", "Thế chiến II": the numeral after an introducer's two words.
        let second = Vocabulary.twoWordRomanIntroducers[word]
        let numeral = second == nil ? index + 1 : index + 2
        guard second.map({ isWord(index + 1) && key(index + 1) == $0 }) ?? true, let roman = roman(numeral) else { return nil }
        if !wholePhrase, attached(numeral + 1) {
            // "Phụ lục II.doc": a file's name, no ordinal (as "Phụ lục 2.doc" is no number); "Phụ
            // lục I.1", "V-League": a label or a name the numeral begins.
            if let end = fileNameEnd(numeral) { return match(.number, .zero, end: end, emit: false) }
            if isSymbol(numeral + 1, ".") && attached(numeral + 2) && isDigits(numeral + 2)
                || isSymbol(numeral + 1, "-") && attached(numeral + 2) && isWord(numeral + 2)
            {
                return match(.number, .zero, end: chainEnd(numeral), emit: false)
            }
        }
        // A grade or a class is small ("hạng III"); "hạng MV" is a name.
        if roman > 30, Vocabulary.gradeIntroducers.contains(word) { return nil }
        return match(.ordinal, CompactDecimal(word: UInt64(roman)), end: numeral + 1)
    }

    /// The rank in words after "hạng" or "giải" at `index` ("hạng Nhất" = 1, "giải nhì" = 2); not a
    /// hotel's "hạng ba sao" (a count of stars).
    private func rank(_ index: Int) -> Int? {
        guard let ranks = Vocabulary.ranks[key(index)], isWord(index + 1), let rank = ranks[key(index + 1)], key(index + 2) != "sao"
        else { return nil }
        return rank
    }

    /// The value of an upper-case Roman numeral word in canonical form ("XII" → 12), else nil.
    func roman(_ index: Int) -> Int? {
        guard let lexeme = lex(index), lexeme.kind == .word, lexeme.end - lexeme.start <= 15 else { return nil }
        // Read from the bytes: every numeral letter is one ASCII byte, so any other byte (a
        // non-ASCII letter or combining mark included) means no numeral.
        var total = 0
        var previous = 0
        var offset = lexeme.end
        while offset > lexeme.start {
            offset -= 1
            guard let value = Self.romanDigit(stream.bytes[offset]) else { return nil }
            if value < previous { total -= value } else { total += value }
            previous = Swift.max(previous, value)
        }
        guard total > 0, Self.isCanonicalRoman(total, UnsafeBufferPointer(rebasing: stream.bytes[lexeme.start..<lexeme.end]))
        else { return nil }
        // A lone "L", "C", "D" or "M" is a letter that labels a part ("Phần C", "Mục D", "Đại hội M."),
        // not the 50th to 1000th.
        if lexeme.end - lexeme.start == 1, total >= 50 { return nil }
        return total
    }

    /// The value of one upper-case Roman numeral letter.
    private static func romanDigit(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "I"): 1
        case UInt8(ascii: "V"): 5
        case UInt8(ascii: "X"): 10
        case UInt8(ascii: "L"): 50
        case UInt8(ascii: "C"): 100
        case UInt8(ascii: "D"): 500
        case UInt8(ascii: "M"): 1000
        default: nil
        }
    }

    /// The numeral's symbols from the largest, with the subtractive pairs ("CM", "IV") as units.
    private static let romanSymbols: [(amount: Int, first: UInt8, second: UInt8?)] = [
        (1000, 0x4D, nil), (900, 0x43, 0x4D), (500, 0x44, nil), (400, 0x43, 0x44), (100, 0x43, nil), (90, 0x58, 0x43),
        (50, 0x4C, nil), (40, 0x58, 0x4C), (10, 0x58, nil), (9, 0x49, 0x58), (5, 0x56, nil), (4, 0x49, 0x56), (1, 0x49, nil),
    ]

    /// Whether `bytes` are exactly the canonical numeral of `value` ("XIV", not "XIIII" or "IXV"):
    /// compared symbol by symbol as the numeral is written, without building its text (a string
    /// and a table per call cost more than the rest of a "Chương II" parse).
    static func isCanonicalRoman(_ value: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var remaining = value
        var offset = 0
        for symbol in romanSymbols {
            while remaining >= symbol.amount {
                guard offset < bytes.count, bytes[offset] == symbol.first else { return false }
                offset += 1
                if let second = symbol.second {
                    guard offset < bytes.count, bytes[offset] == second else { return false }
                    offset += 1
                }
                remaining -= symbol.amount
            }
        }
        return offset == bytes.count
    }
}
