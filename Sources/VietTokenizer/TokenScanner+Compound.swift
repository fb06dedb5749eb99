/// Alphanumeric tokens: words, numbers and the compound tokens kept whole.
extension TokenScanner {
    /// Scans the token(s) that start with the letter or digit at `start`; returns where to continue.
    mutating func scanAlphanumeric(from start: Int) -> Int {
        let first = scanRun(from: start)
        // Fast path (most tokens): nothing that could join a compound follows the run.
        guard Self.mayJoin(byte(first.end)) else {
            // Most of those: a word without digits, which is all ``emitSingleRun(_:)`` would make of
            // it (no dot follows), emitted here without the call and its tests.
            guard first.digits == 0 else { return emitSingleRun(first) }
            emit(.word, first.wordFlags, first.start, first.end, key: first.wordKey, scalarCount: first.scalarCount)
            return first.end
        }
        // Next most common: a comma or dot that ends a clause ("đồng, ", "2021. "). With a space or the
        // end after it, no compound, URL ("www." needs a letter next) or e-mail address (no "@") can
        // go on, so what collectRuns and classifyRuns would decide is known: a number of the digits
        // alone (flagged as classifyRuns flags it), else what emitSingleRun makes of the run.
        let connector = byte(first.end)
        if connector == UInt8(ascii: ",") || connector == UInt8(ascii: "."),
            first.end + 1 == bytes.count || bytes[first.end + 1] == UInt8(ascii: " ")
        {
            guard first.isDigits else { return emitSingleRun(first) }
            emit(.number, first.flags, first.start, first.end, scalarCount: first.scalarCount)
            return first.end
        }
        if let end = urlEnd(from: start) {
            emit(.url, [], start, end)
            return end
        }
        collectRuns(first)
        switch byte(runs[0].end) {
        case UInt8(ascii: "@"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "%"), UInt8(ascii: "+"),
            UInt8(ascii: "-"):
            if let end = emailEnd(from: start) {
                emit(.email, [], start, end)
                return end
            }
        default:
            break
        }
        return classifyRuns()
    }

    /// Whether `byte` after a run may join it to more: a connector, or a character of URLs and e-mail.
    @inline(__always)
    static func mayJoin(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ":"),
            UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "@"), UInt8(ascii: "_"), UInt8(ascii: "%"),
            UInt8(ascii: "+"):
            true
        default:
            false
        }
    }

    /// Fills ``runs`` and ``separators`` with up to ``maxComponents`` runs joined by single connectors,
    /// starting with `first`.
    mutating func collectRuns(_ first: Run) {
        var run = first
        runs[0] = run
        runCount = 1
        while runCount < Self.maxComponents {
            let connector = byte(run.end)
            switch connector {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: ":"),
                UInt8(ascii: "&"), UInt8(ascii: "'"):
                break
            default:
                return
            }
            guard isAlphanumericStart(run.end + 1) else { return }
            separators[runCount - 1] = connector
            run = scanRun(from: run.end + 1)
            runs[runCount] = run
            runCount += 1
        }
    }

    /// Decides how many of ``runs`` form the next token and emits it; returns the end.
    mutating func classifyRuns() -> Int {
        let (count, kind, trailingDot) = matchCompound()
        if count >= 2 || kind != .word {
            var end = runs[count - 1].end
            if trailingDot { end += 1 }
            emit(kind, flags(ofRuns: 0, count), runs[0].start, end)
            return end
        }
        return emitSingleRun(runs[0])
    }

    /// The number of runs the longest compound pattern covers, its kind and whether it takes a
    /// following dot; `(1, .word, false)` when no pattern applies.
    func matchCompound() -> (Int, TokenKind, Bool) {
        let count = runCount
        let first = runs[0]
        if first.isDigits {
            if let date = matchDate() { return (date, .date, false) }
            if let code = matchCode() { return (code, .code, false) }
            if count >= 2, first.length <= 2, runs[1].isDigits, runs[1].length == 4,
                separators[0] == UInt8(ascii: "/") || separators[0] == UInt8(ascii: "-"),
                let month = number(first), (1...12).contains(month), let year = number(runs[1]),
                (1900...2099).contains(year)
            {
                return (2, .date, false)
            }
            if count >= 2, separators[0] == UInt8(ascii: ":"), first.length <= 2, runs[1].isDigits,
                runs[1].length == 2, let hour = number(first), hour <= 24, let minute = number(runs[1]),
                minute <= 59
            {
                let seconds =
                    count >= 3 && separators[1] == UInt8(ascii: ":") && runs[2].isDigits && runs[2].length == 2
                return (seconds ? 3 : 2, .time, false)
            }
            var end = 1
            while end < count, separators[end - 1] == UInt8(ascii: ".") || separators[end - 1] == UInt8(ascii: ","),
                runs[end].isDigits
            {
                end += 1
            }
            return (end, .number, false)
        }
        if count >= 2, let code = matchCode() { return (code, .code, false) }
        guard count >= 2 else { return (1, .word, false) }
        let separator = separators[0]
        let second = runs[1]
        switch separator {
        case UInt8(ascii: "&"):
            var end = 1
            while end < count, separators[end - 1] == UInt8(ascii: "&"), runs[end - 1].isLetters,
                runs[end].isLetters, runs[end].lowers == 0, runs[end - 1].lowers == 0
            {
                end += 1
            }
            return end >= 2 ? (end, .abbreviation, false) : (1, .word, false)
        case UInt8(ascii: "-"):
            // "Covid-19", "Vinasat-1", "MiG-21".
            if first.isLetters, second.isDigits { return (2, .code, false) }
        case UInt8(ascii: "'"):
            // "H'Mông", "M'Nông", "R'lấp".
            if first.isLetters, first.letters <= 2, first.firstIsUpper, second.isLetters { return (2, .word, false) }
        case UInt8(ascii: "."):
            if let domain = matchDomain() { return (domain, .url, false) }
            if let dotted = matchDotted() { return dotted }
        default:
            break
        }
        return (1, .word, false)
    }

    /// "13/11/2020", "7-3-2019", "26.10.2006", "2020-11-13": three digit runs, one separator kind.
    func matchDate() -> Int? {
        guard runCount >= 3, runs[1].isDigits, runs[2].isDigits, separators[0] == separators[1] else { return nil }
        let separator = separators[0]
        guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: ".")
        else { return nil }
        let (a, b, c) = (runs[0], runs[1], runs[2])
        if a.length <= 2, b.length <= 2, c.length == 2 || c.length == 4,
            let day = number(a), (1...31).contains(day), let month = number(b), (1...12).contains(month)
        {
            return 3
        }
        if a.length == 4, b.length <= 2, c.length <= 2, separator != UInt8(ascii: "."),
            let month = number(b), (1...12).contains(month), let day = number(c), (1...31).contains(day)
        {
            return 3
        }
        return nil
    }

    /// "17/NQ-CP", "68/2000/NĐ-CP", "36a/NQ-CP", "QĐ-UBND", "43H-016", "55/1997/L-CTN": runs joined
    /// by "/" or "-", each digits, a short digit-letter mix, code letters or a type's one capital
    /// (``isOneLetterType(_:)``), at least one of them code letters.
    func matchCode() -> Int? {
        var end = 0
        var sawCodePart = false
        var lastGood = 0
        while end < runCount {
            let run = runs[end]
            if end > 0 {
                let separator = separators[end - 1]
                guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") else { break }
            }
            if run.isCodePart {
                sawCodePart = true
            } else if !(run.isDigits || (run.firstIsDigit && run.letters <= 2 && run.uppers == 0) || isOneLetterType(end)) {
                break
            }
            end += 1
            if sawCodePart { lastGood = end }
        }
        return lastGood >= 2 ? lastGood : nil
    }

    /// Whether run `index` is one capital letter between "/" and "-" before an issuer's capitals:
    /// a document type's abbreviation, "55/1997/L-CTN" (an order, Lệnh, of the State President; 5
    /// in the legal corpus, which split it into seven tokens and read no reference). Not a name's
    /// first letter ("T-34/T-85": nothing before it), nor a model's before digits ("G.222/C-27A").
    private func isOneLetterType(_ index: Int) -> Bool {
        let run = runs[index]
        guard index > 0, index + 1 < runCount, run.letters == 1, run.uppers == 1, run.digits == 0 else { return false }
        return separators[index - 1] == UInt8(ascii: "/") && separators[index] == UInt8(ascii: "-")
            && runs[index + 1].isCodePart && runs[index + 1].digits == 0
    }

    /// "caobang.gov.vn", "vnexpress.net/tin-tuc": lower-case ASCII labels ending in a known top-level domain.
    func matchDomain() -> Int? {
        var end = 1
        var lastDomain = 0
        while end < runCount {
            let separator = separators[end - 1]
            guard separator == UInt8(ascii: ".") || separator == UInt8(ascii: "-") else { break }
            guard !runs[end].nonASCIILetters, runs[end].uppers == 0 else { break }
            if separator == UInt8(ascii: "."), isTopLevelDomain(runs[end]) { lastDomain = end + 1 }
            end += 1
        }
        guard lastDomain >= 2, !runs[0].nonASCIILetters else { return nil }
        return lastDomain
    }

    private func isTopLevelDomain(_ run: Run) -> Bool {
        guard run.isLetters, run.length >= 2, run.length <= 4 else { return false }
        let text = UnsafeBufferPointer(rebasing: bytes[run.start..<run.end])
        for domain in Self.topLevelDomains where domain.elementsEqual(text) { return true }
        return false
    }

    static let topLevelDomains: [[UInt8]] = ["vn", "com", "net", "org", "gov", "edu", "info", "biz", "io", "int"]
        .map { Array($0.utf8) }

    /// "TP.HCM", "Tp.HCM", "Th.S", "v.v.", "U.S.A.": letter runs joined by dots.
    func matchDotted() -> (Int, TokenKind, Bool)? {
        let first = runs[0]
        guard first.isLetters else { return nil }
        // Single letters joined by dots: "v.v", "U.S.A", taking a final dot: "v.v.".
        if first.letters == 1 {
            var end = 1
            while end < runCount, separators[end - 1] == UInt8(ascii: "."), runs[end].isLetters,
                runs[end].letters == 1
            {
                end += 1
            }
            if end >= 2 {
                return (end, .abbreviation, byte(runs[end - 1].end) == UInt8(ascii: "."))
            }
        }
        // A short head and upper-case tails: "TP.HCM", "Tp.HCM", "Th.S".
        guard first.letters <= 3 || first.lowers == 0 else { return nil }
        var end = 1
        while end < runCount, separators[end - 1] == UInt8(ascii: "."), runs[end].isLetters,
            runs[end].lowers == 0
        {
            end += 1
        }
        return end >= 2 ? (end, .abbreviation, false) : nil
    }

    /// The value of a short digit run.
    func number(_ run: Run) -> Int? {
        guard run.isDigits else { return nil }
        return number(run.start, run.end)
    }

    /// The value of `bytes[start..<end]`, at most nine bytes that callers know to be ASCII digits.
    func number(_ start: Int, _ end: Int) -> Int? {
        guard end - start <= 9 else { return nil }
        var value = 0
        for index in start..<end { value = value * 10 + Int(bytes[index] &- UInt8(ascii: "0")) }
        return value
    }

    // MARK: Single runs

    /// Emits `runs[0]` alone: a number, a time ("15h30"), a number glued to a unit ("25ha" → "25",
    /// "ha"), an abbreviation with its dot ("Tp.", "ThS.") or a word.
    mutating func emitSingleRun(_ run: Run) -> Int {
        if run.isDigits {
            emit(.number, [], run.start, run.end, scalarCount: run.scalarCount)
            return run.end
        }
        if run.firstIsDigit {
            let leadingDigits = leadingDigits(of: run)
            if isTime(run, leadingDigits: leadingDigits) {
                emit(.time, [.hasDigits], run.start, run.end)
                return run.end
            }
            // Digits then two or more lower-case letters only: a quantity and its unit.
            if run.uppers == 0, run.digits == leadingDigits, run.letters >= 2 {
                let split = run.start + leadingDigits
                emit(.number, [], run.start, split)
                let rest = scanRun(from: split)
                emit(.word, rest.wordFlags, rest.start, rest.end, key: rest.wordKey)
                return rest.end
            }
        }
        if byte(run.end) == UInt8(ascii: "."), isAbbreviationWithDot(run) {
            emit(.abbreviation, run.flags, run.start, run.end + 1)
            return run.end + 1
        }
        emit(.word, run.wordFlags, run.start, run.end, key: run.wordKey, scalarCount: run.scalarCount)
        return run.end
    }

    /// "15h30", "15h", "8g30": one or two digits, "h" or "g", up to two digits.
    /// `leadingDigits` is ``leadingDigits(of:)`` of `run`.
    func isTime(_ run: Run, leadingDigits: Int) -> Bool {
        guard leadingDigits >= 1, leadingDigits <= 2, run.letters == 1 else { return false }
        let marker = bytes[run.start + leadingDigits] | 0x20
        guard marker == UInt8(ascii: "h") || marker == UInt8(ascii: "g") else { return false }
        let minutes = run.end - (run.start + leadingDigits + 1)
        guard minutes == 0 || minutes == 2, let hour = number(run.start, run.start + leadingDigits), hour <= 24
        else { return false }
        if minutes == 2 {
            let tens = bytes[run.end - 2]
            return tens >= UInt8(ascii: "0") && tens <= UInt8(ascii: "5")
        }
        return true
    }

    /// Abbreviations written with a final dot that do not end a sentence ("Tp. Hồ Chí Minh",
    /// "ThS. Nguyễn"), and an initial after a capitalised word ("Nguyễn V. A").
    func isAbbreviationWithDot(_ run: Run) -> Bool {
        let after = byte(run.end + 1)
        guard after == UInt8(ascii: " ") else { return false }
        let text = UnsafeBufferPointer(rebasing: bytes[run.start..<run.end])
        for abbreviation in Self.dottedAbbreviations where abbreviation.elementsEqual(text) { return true }
        // An initial: "Nguyễn V. An", "anh H. cho biết"; not the unit of "25,3 °C." or "4C." at a
        // sentence's end (a degree sign or a digit right before the letter).
        if run.letters == 1, run.uppers == 1, run.length == 1, isAlphanumericStart(run.end + 2) {
            let before = run.start > 0 ? byte(run.start - 1) : 0x20
            return !(before &- UInt8(ascii: "0") < 10 || before == 0xB0 || before == 0xBA)
        }
        return false
    }

    static let dottedAbbreviations: [[UInt8]] = [
        "Tp", "TP", "tp", "Q", "TX", "Tx", "ThS", "Ths", "TS", "PGS", "GS", "BS", "KS", "CN", "Mr", "Mrs", "Ms",
        "Dr", "St", "Jr", "Co", "Ltd", "Inc", "Corp", "tr", "Tr", "nxb", "NXB", "vs", "etc", "Nxb", "ng",
    ].map { Array($0.utf8) }
}
