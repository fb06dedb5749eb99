/// Punctuation, symbols, signed numbers, URLs and e-mail addresses.
extension TokenScanner {
    /// Scans punctuation or a symbol at `start` (scalar `scalar` of `length` bytes).
    mutating func scanPunctuation(from start: Int, scalar: UInt32, length: Int) -> Int {
        switch scalar {
        case 0x2E, 0x21, 0x3F:  // . ! ?: a run of the same mark is one token ("...", "!!!").
            var end = start + 1
            while byte(end) == UInt8(scalar) { end += 1 }
            emit(.punctuation, [], start, end, key: SyllableKey.markKey(scalar))
            return end
        case 0x2D, 0x2B:  // - +: a sign when it starts a number after a space or an opening bracket.
            if scalar == 0x2D, byte(start + 1) == UInt8(ascii: "-") {  // "--", "---": one dash
                var end = start + 2
                while byte(end) == UInt8(ascii: "-") { end += 1 }
                emit(.punctuation, [], start, end, key: SyllableKey.markKey(scalar))
                return end
            }
            if isSignPosition(start), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte(start + 1)) {
                collectRuns(scanRun(from: start + 1))
                let (count, kind, _) = matchCompound()
                if kind == .number {
                    emit(.number, [.hasDigits], start, runs[count - 1].end)
                    return runs[count - 1].end
                }
            }
        default:
            break
        }
        var end = start + length
        while end < bytes.count, bytes[end] >= 0x80 {
            let (next, nextLength) = decode(at: end)
            guard CharacterTables.classOf(next) == .mark else { break }
            end += nextLength
        }
        emit(Self.isPunctuation(scalar) ? .punctuation : .symbol, [], start, end, key: SyllableKey.markKey(scalar))
        return end
    }

    /// A sign stands where a number may start: after a space, at the start, or after "(" "[" "/".
    private func isSignPosition(_ start: Int) -> Bool {
        if spaceBefore { return true }
        guard let previous = lastToken, previous.utf8Range.count == 1 else { return false }
        let mark = bytes[previous.utf8Range.lowerBound]
        return mark == UInt8(ascii: "(") || mark == UInt8(ascii: "[")
    }

    @inline(__always)
    static func isPunctuation(_ scalar: UInt32) -> Bool {
        if scalar < 0x80 {
            switch UInt8(scalar) {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
                UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "-"),
                UInt8(ascii: "/"):
                return true
            default:
                return false
            }
        }
        return CharacterTables.classOf(scalar) == .punctuation
    }

    /// A marks-only run with nothing to attach to: one symbol token.
    mutating func emitSymbolRun(from start: Int, length: Int) -> Int {
        var end = start + length
        while end < bytes.count, bytes[end] >= 0x80 {
            let (next, nextLength) = decode(at: end)
            guard CharacterTables.classOf(next) == .mark else { break }
            end += nextLength
        }
        emit(.symbol, [.combiningMarks], start, end)
        return end
    }

    // MARK: URLs and e-mail

    private static let urlPrefixes: [[UInt8]] = ["http://", "https://", "ftp://", "www."].map { Array($0.utf8) }

    /// The end of a URL starting at `start` with a scheme or "www.", trailing punctuation excluded.
    func urlEnd(from start: Int) -> Int? {
        let first = bytes[start] | 0x20
        guard first == UInt8(ascii: "h") || first == UInt8(ascii: "w") || first == UInt8(ascii: "f") else { return nil }
        var matched = false
        for prefix in Self.urlPrefixes where start + prefix.count < bytes.count {
            var same = true
            for (offset, expected) in prefix.enumerated() where bytes[start + offset] | 0x20 != expected | 0x20 {
                same = false
                break
            }
            if same {
                matched = isAlphanumericStart(start + prefix.count)
                break
            }
        }
        guard matched else { return nil }
        var end = start
        while end < bytes.count {
            let value = bytes[end]
            if value <= 0x20 || value == UInt8(ascii: "\"") || value == UInt8(ascii: "<") || value == UInt8(ascii: ">") {
                break
            }
            if value >= 0x80 {
                let (scalar, length) = decode(at: end)
                let kind = CharacterTables.classOf(scalar)
                if kind == .space || kind == .punctuation { break }
                end += length
                continue
            }
            end += 1
        }
        while end > start {
            switch bytes[end - 1] {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"),
                UInt8(ascii: "?"), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                end -= 1
            default:
                return end
            }
        }
        return nil
    }

    /// The end of an e-mail address starting at `start`: a local part of at most 64 bytes, "@",
    /// and two or more domain labels.
    func emailEnd(from start: Int) -> Int? {
        var at = start
        let limit = min(bytes.count, start + Self.maxEmailLocalPart)
        while at < limit, Self.isEmailLocal(bytes[at]) { at += 1 }
        guard at > start, byte(at) == UInt8(ascii: "@") else { return nil }
        var end = at + 1
        var labels = 0
        var labelLength = 0
        var lastGoodEnd = 0
        while end < bytes.count, end - at < 255 {
            let value = bytes[end]
            if Self.isASCIIAlphanumeric(value) || value == UInt8(ascii: "-") {
                labelLength += 1
            } else if value == UInt8(ascii: "."), labelLength > 0 {
                labels += 1
                labelLength = 0
            } else {
                break
            }
            end += 1
            if labelLength > 0, labels >= 1 { lastGoodEnd = end }
        }
        return lastGoodEnd > 0 ? lastGoodEnd : nil
    }

    private static func isASCIIAlphanumeric(_ value: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(value | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(value)
    }

    private static func isEmailLocal(_ value: UInt8) -> Bool {
        isASCIIAlphanumeric(value) || value == UInt8(ascii: ".") || value == UInt8(ascii: "_")
            || value == UInt8(ascii: "%") || value == UInt8(ascii: "+") || value == UInt8(ascii: "-")
    }
}
