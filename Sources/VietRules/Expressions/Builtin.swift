import VietNumbers
import VietText

/// The functions `emit` expressions can call. Each has a fixed signature checked at load time.
enum Builtin: Sendable, Hashable {
    case text, number, scale, lower, upper, capitalize, fold, trim, replace, concat, length, roman, date, round
    /// `lookup(@LEX, x)`: the value of the entry `x` in a lexicon.
    case lookup(lexicon: Int)
    /// `expand(@LEX, x)`: `x` with every lexicon entry replaced by its value ("Sở TT&TT" → "Sở Thông tin…").
    case expand(lexicon: Int)

    /// Name, parameter types (nil = any value), result type, whether the last parameter repeats,
    /// minimum number of arguments, and a one-line description for messages and the reference.
    struct Signature {
        var parameters: [ValueType?]
        var result: ValueType
        var variadic = false
        var minimumArguments: Int? = nil
        var summary: String
    }

    /// The plain functions by name (lexicon functions take `@NAME` first and are resolved apart).
    static let byName: [String: Builtin] = [
        "text": .text, "number": .number, "scale": .scale, "lower": .lower, "upper": .upper,
        "capitalize": .capitalize, "fold": .fold, "trim": .trim, "replace": .replace, "concat": .concat,
        "length": .length, "roman": .roman, "date": .date, "round": .round,
    ]
    static let lexiconFunctions: Set<String> = ["lookup", "expand"]

    var signature: Signature {
        switch self {
        case .text: Signature(parameters: [nil], result: .text, summary: "text(x): x as text")
        case .number:
            Signature(
                parameters: [nil], result: .number,
                summary: "number(x): a number written the Vietnamese way (\"1.099\" → 1099, \"735,3\" → 735.3)")
        case .scale:
            Signature(parameters: [.text], result: .number, summary: "scale(x): the value of a scale word (nghìn, triệu, tỷ…)")
        case .lower: Signature(parameters: [.text], result: .text, summary: "lower(x): lower case")
        case .upper: Signature(parameters: [.text], result: .text, summary: "upper(x): upper case")
        case .capitalize: Signature(parameters: [.text], result: .text, summary: "capitalize(x): first letter of each word upper case")
        case .fold: Signature(parameters: [.text], result: .text, summary: "fold(x): diacritics removed, đ → d")
        case .trim: Signature(parameters: [.text], result: .text, summary: "trim(x): without surrounding spaces and punctuation")
        case .replace:
            Signature(parameters: [.text, .text, .text], result: .text, summary: "replace(x, old, new): every old replaced by new")
        case .concat:
            Signature(parameters: [nil], result: .text, variadic: true, minimumArguments: 1, summary: "concat(a, b, …): texts joined")
        case .length: Signature(parameters: [.text], result: .number, summary: "length(x): number of characters")
        case .roman: Signature(parameters: [.text], result: .number, summary: "roman(x): a Roman numeral's value (XII → 12)")
        case .date:
            Signature(
                parameters: [.number, .number, .number], result: .text, minimumArguments: 1,
                summary: "date(year, month?, day?): ISO-8601 with X for nil parts (date(nil, 1, 14) → XXXX-01-14)")
        case .round: Signature(parameters: [.number, .number], result: .number, summary: "round(x, digits): rounded half away from zero")
        case .lookup:
            Signature(parameters: [.text], result: .text, summary: "lookup(@LEX, x): the value of entry x of lexicon LEX, or nil")
        case .expand:
            Signature(
                parameters: [.text], result: .text, summary: "expand(@LEX, x): x with every entry of LEX replaced by its value")
        }
    }

    /// Every function with its summary, for the language reference and hints.
    static var catalogue: [String] {
        (byName.values.map(\.signature.summary) + [Builtin.lookup(lexicon: 0).signature.summary, Builtin.expand(lexicon: 0).signature.summary])
            .sorted()
    }

    // MARK: Evaluation

    /// The function's value for `arguments`: an array, or a `CollectionOfOne` for a call of one
    /// argument (most calls: `text(x)`, `lookup(@LEX, x)`…), which needs no allocation.
    func apply<Arguments: RandomAccessCollection<RuleValue>>(
        _ arguments: Arguments, in environment: some ExpressionEnvironment
    ) throws(EvaluationFailure) -> RuleValue where Arguments.Index == Int {
        func textArgument(_ index: Int) -> String? {
            guard index < arguments.count else { return nil }
            switch arguments[index] {
            case .text(let text): return text
            case .number(let number): return number.description
            case .bool(let flag): return flag ? "true" : "false"
            case .absent: return nil
            }
        }
        func numberArgument(_ index: Int) throws(EvaluationFailure) -> ExactDecimal? {
            guard index < arguments.count else { return nil }
            switch arguments[index] {
            case .number(let number): return number
            case .absent: return nil
            case .text(let text):
                guard let number = Self.vietnameseNumber(text) else {
                    throw EvaluationFailure(message: "'\(text)' is not a number")
                }
                return number
            case .bool: throw EvaluationFailure(message: "a bool is not a number")
            }
        }
        // Functions of text give nil for a missing argument (an optional capture that did not match).
        switch self {
        case .text:
            return textArgument(0).map(RuleValue.text) ?? .absent
        case .number:
            if case .number = arguments[0] { return arguments[0] }
            guard let text = textArgument(0) else { return .absent }
            guard let number = Self.vietnameseNumber(text) else { throw EvaluationFailure(message: "'\(text)' is not a number") }
            return .number(number)
        case .scale:
            guard let text = textArgument(0) else { return .absent }
            guard let power = Self.scalePowers[DiacriticFolder(lowercase: true).fold(text)] else {
                throw EvaluationFailure(message: "'\(text)' is not a scale word")
            }
            return .number(ExactDecimal(1).scaled(byPowerOf10: power))
        case .lower: return textArgument(0).map { .text(VietCase.lowercased($0)) } ?? .absent
        case .upper: return textArgument(0).map { .text(VietCase.uppercased($0)) } ?? .absent
        case .capitalize:
            return textArgument(0).map {
                .text($0.split(separator: " ", omittingEmptySubsequences: false).map { VietCase.capitalized(String($0)) }.joined(separator: " "))
            } ?? .absent
        case .fold: return textArgument(0).map { .text(DiacriticFolder().fold($0)) } ?? .absent
        case .trim:
            return textArgument(0).map { text in
                let scalars = text.unicodeScalars
                let keep: (Unicode.Scalar) -> Bool = {
                    // A letter or digit is never trimmed, and ScalarClass knows ASCII and Latin
                    // letters without Unicode's property tables.
                    ScalarClass.isWordy($0) || (!ScalarClass.isWhitespace($0) && !"-–,.;:()\"'".unicodeScalars.contains($0))
                }
                guard let first = scalars.firstIndex(where: keep), let last = scalars.lastIndex(where: keep) else {
                    return .text("")
                }
                // (Most texts have nothing to trim: the text itself, not a copy of all its scalars.)
                if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return .text(text) }
                return .text(String(scalars[first...last]))
            } ?? .absent
        case .replace:
            guard let text = textArgument(0), let old = textArgument(1), let new = textArgument(2) else { return .absent }
            guard !old.isEmpty else { return .text(text) }
            return .text(text.replacingOccurrences(of: old, with: new))
        case .concat:
            return .text(arguments.indices.compactMap(textArgument).joined())
        case .length:
            return textArgument(0).map { .number(ExactDecimal($0.unicodeScalars.count)) } ?? .absent
        case .roman:
            guard let text = textArgument(0) else { return .absent }
            guard let value = Self.romanValue(text) else { throw EvaluationFailure(message: "'\(text)' is not a Roman numeral") }
            return .number(ExactDecimal(value))
        case .date:
            func part(_ index: Int, _ range: ClosedRange<Int>, _ name: String) throws(EvaluationFailure) -> Int? {
                guard let number = try numberArgument(index) else { return nil }
                guard let value = number.intValue, range.contains(value) else {
                    throw EvaluationFailure(message: "\(number) is not a valid \(name)")
                }
                return value
            }
            var year = try part(0, 0...9999, "year")
            if let short = year, short < 100, index0IsTwoDigits(arguments) { year = short + (short < 50 ? 2000 : 1900) }
            let month = try part(1, 1...12, "month")
            let day = try part(2, 1...31, "day")
            if let year, let month, let day, CalendarDate(year: year, month: month, day: day) == nil {
                throw EvaluationFailure(message: "\(day)/\(month)/\(year) is not a calendar date")
            }
            guard year != nil || month != nil || day != nil else { return .absent }
            return .text(PartialDate(year: year, month: month, day: day).description)
        case .round:
            guard let number = try numberArgument(0), let digits = try numberArgument(1)?.intValue else { return .absent }
            return .number(number.divided(by: ExactDecimal(1), scale: digits) ?? number)
        case .lookup(let index):
            guard let text = textArgument(0) else { return .absent }
            return environment.lexiconValue(index, forText: text).map(RuleValue.text) ?? .absent
        case .expand(let index):
            guard let text = textArgument(0) else { return .absent }
            return .text(environment.lexiconExpansion(index, of: text))
        }
    }

    /// Whether the year argument was written with two digits ("19" in "7/3/19").
    private func index0IsTwoDigits(_ arguments: some Collection<RuleValue>) -> Bool {
        if case .text(let text) = arguments.first { return text.count == 2 }
        return false
    }

    /// Powers of ten of the scale words, keyed by their folded lower-case spelling.
    static let scalePowers: [String: Int] = [
        "muoi": 1, "chuc": 1, "tram": 2, "nghin": 3, "ngan": 3, "k": 3, "van": 4, "trieu": 6, "tr": 6,
        "ty": 9, "ti": 9, "nghin ty": 12, "ngan ty": 12,
    ]

    /// Parses a number as administrative Vietnamese writes it: "," is the decimal point and "." groups
    /// thousands ("1.456.018", "735,3"); a lone "." followed by other than three digits is a decimal
    /// point ("4.42"). Plain attribute strings ("735300000000", "47.13") parse too.
    static func vietnameseNumber(_ raw: String) -> ExactDecimal? {
        var text = raw.filter { $0 != " " && $0 != "\u{00A0}" }
        guard !text.isEmpty else { return nil }
        if text.contains(",") {
            guard text.filter({ $0 == "," }).count == 1 else { return nil }
            text = text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".")
        } else if text.contains(".") {
            let groups = text.split(separator: ".", omittingEmptySubsequences: false)
            let grouped = groups.count > 2 || (groups.count == 2 && groups[1].count == 3 && groups[0].count <= 3 && groups[0] != "0")
            if grouped {
                guard groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
                text = groups.joined()
            }
        }
        return ExactDecimal(text)
    }

    static func romanValue(_ text: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        var total = 0
        var previous = 0
        for character in text.uppercased().reversed() {
            guard let value = values[character] else { return nil }
            if value < previous { total -= value } else { total += value; previous = value }
        }
        return total > 0 && total < 4000 ? total : nil
    }
}

extension String {
    /// Every `target` (compared as `Character`s, so canonically equivalent spellings match) replaced
    /// by `replacement`. Most calls find none (a DOCREF's `replace(text(c), "ngày", "")` runs for
    /// every reference): when both texts are NFC, which a byte scan proves, a match of characters
    /// is a match of bytes, so a byte search that finds none answers without `split`'s
    /// `Character`-by-`Character` comparison (9M instructions per MB of legal text).
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        var text = self
        var target = target
        let absent = text.withUTF8 { haystack in
            target.withUTF8 { needle in
                UnicodeNormalizer.isCertainlyNFC(haystack) && UnicodeNormalizer.isCertainlyNFC(needle)
                    && !Self.contains(needle, in: haystack)
            }
        }
        if absent { return self }
        return split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }

    /// Whether the bytes `needle` (not empty) occur in `haystack`.
    private static func contains(_ needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == first {
            if (1..<needle.count).allSatisfy({ haystack[start + $0] == needle[$0] }) { return true }
        }
        return false
    }
}
