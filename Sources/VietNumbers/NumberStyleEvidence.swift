/// What the other numbers of a line say about how it writes "." and ",": the evidence
/// ``DecimalStyle/automatic`` weighs for a number that alone cannot say ("36,695": 36.695 as
/// Vietnamese writes a decimal, or 36 695 as English groups thousands).
///
/// Encyclopaedic text mixes both styles from line to line ("Dân số 5,404,145 Diện tích 9,661 km²";
/// "có 6,823 bác sĩ … cao 4.5 m"), but a line that writes one number only the English way and none
/// only the Vietnamese way is English throughout.
enum NumberStyleEvidence {
    /// Whether the line around byte `offset` writes some number only as English does and none only
    /// as Vietnamese does. English only: commas grouping twice or more ("5,404,145"), commas grouping
    /// before a decimal point ("1,500.5"), or a decimal point before one or two digits ("4.5 m",
    /// "1.2%"). Vietnamese only: dots grouping twice or more ("1.366.104"), dots grouping before a
    /// decimal comma ("1.099,5"), or a decimal comma before other than three digits or after a
    /// lone 0 ("29,97", "0,342"). A unit may be glued after a run ("1,55m"); runs glued after a
    /// letter ("A1.2") or before a separator and more ("Điều 14.4.LQ.9") are codes, no evidence.
    ///
    /// Reads at most ``reach`` bytes either side of `offset`, so that a line of many such numbers
    /// costs linear time in all.
    static func linePrefersEnglish(_ bytes: UnsafeBufferPointer<UInt8>, around offset: Int) -> Bool {
        let newline = UInt8(ascii: "\n")
        let center = Swift.min(offset, bytes.count)
        var start = center
        while start > 0, center - start < reach, bytes[start - 1] != newline { start -= 1 }
        let limit = Swift.min(bytes.count, center + reach)
        var english = false
        var position = start
        while position < limit, bytes[position] != newline {
            guard LexemeStream.isDigit(bytes[position]), position == 0 || !continuesRun(bytes[position - 1]) else {
                position += 1
                continue
            }
            let run = readRun(bytes, from: position, limit: Swift.min(bytes.count, limit + 64))
            position = run.end
            switch run.style {
            case .english: english = true
            case .vietnamese: return false
            case nil: break
            }
        }
        return english
    }

    /// How far from the number in question the evidence is looked for, in bytes.
    static var reach: Int { 1500 }

    private enum Style { case english, vietnamese }

    /// The run of digits and separators from `start` (a digit that follows no digit, separator or
    /// letter) up to `limit`, each separator followed by a digit; its style, if only one style writes
    /// it so. Counted as it is read (no arrays: a window holds hundreds of runs).
    private static func readRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> (end: Int, style: Style?) {
        let dot = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        var firstGroup = 0, group = 0, separators = 0
        var grouping: UInt8 = 0, last: UInt8 = 0
        // Whether every separator before the last joins groups alike, each of three digits after the first.
        var regular = true
        var position = start
        while position < limit {
            let byte = bytes[position]
            if LexemeStream.isDigit(byte) {
                group += 1
            } else if byte == dot || byte == comma, position + 1 < bytes.count, LexemeStream.isDigit(bytes[position + 1]) {
                if separators == 0 {
                    firstGroup = group
                } else {
                    if grouping == 0 { grouping = last } else if grouping != last { regular = false }
                    if group != 3 { regular = false }
                }
                last = byte
                separators += 1
                group = 0
            } else {
                break
            }
            position += 1
        }
        // Cut off by the limit: no evidence.
        if position == limit, limit < bytes.count, LexemeStream.isDigit(bytes[position]) || isSeparatorOfCodes(bytes[position]) { return (position, nil) }
        // "Điều 14.4.LQ.9", "1.2-3": a separator glued to more than the run is a code's.
        if position + 1 < bytes.count, isSeparatorOfCodes(bytes[position]), bytes[position + 1] > 0x20 { return (position, nil) }
        guard separators > 0, regular, separators == 1 || firstGroup <= 3 else { return (position, nil) }
        let style: Style?
        switch (separators == 1 ? 0 : grouping, last) {
        case (0, dot): style = group <= 2 ? .english : nil
        case (0, _): style = group != 3 || bytes[start] == UInt8(ascii: "0") ? .vietnamese : nil
        case (comma, comma): style = group == 3 ? .english : nil
        case (dot, dot): style = group == 3 ? .vietnamese : nil
        case (comma, _): style = .english
        default: style = .vietnamese
        }
        return (position, style)
    }

    private static func isSeparatorOfCodes(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "/")
    }

    /// Whether a byte before a digit makes it part of a run begun earlier, or of a code.
    private static func continuesRun(_ byte: UInt8) -> Bool {
        LexemeStream.isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") || LexemeStream.isASCIILetter(byte)
    }
}
