import VietNumbers

/// What an expression can read while it is evaluated for one candidate match.
protocol ExpressionEnvironment {
    func captureText(_ index: Int) -> String?
    func captureAttribute(_ index: Int, _ name: String) -> String?
    func captureLabel(_ index: Int) -> String?
    /// The value of the entry `text` of lexicon `index` (`lookup(@LEX, x)`); nil when absent or valueless.
    func lexiconValue(_ index: Int, forText text: String) -> String?
    /// `text` with the entries of lexicon `index` replaced by their values (`expand(@LEX, x)`).
    func lexiconExpansion(_ index: Int, of text: String) -> String
}

extension TypedExpression {
    /// Digits kept after the point by `/` when the quotient does not terminate sooner.
    static let divisionScale = 20

    func evaluate(in environment: some ExpressionEnvironment) throws(EvaluationFailure) -> RuleValue {
        switch self {
        case .constant(let value):
            return value
        case .captureText(let index):
            return environment.captureText(index).map(RuleValue.text) ?? .absent
        case .captureAttribute(let index, let name):
            return environment.captureAttribute(index, name).map(RuleValue.text) ?? .absent
        case .captureLabel(let index):
            return environment.captureLabel(index).map(RuleValue.text) ?? .absent
        case .call(let builtin, let arguments):
            // `date(y.value)`, a year alone (Wikipedia's years of birth and death: thousands per
            // MB): a year of one to four ASCII digits is its text padded to four, as the general
            // path writes it after reading it into an ExactDecimal, checking its range and
            // formatting a PartialDate (~2 300 instructions a year).
            if builtin == .date, arguments.count == 1, case .toNumber(let inner) = arguments[0] {
                let value = try inner.evaluate(in: environment)
                if case .text(let text) = value, let year = Self.paddedYear(text) { return .text(year) }
                return try builtin.apply(CollectionOfOne(try Self.number(from: value)), in: environment)
            }
            if arguments.count == 1 { return try builtin.apply(CollectionOfOne(try arguments[0].evaluate(in: environment)), in: environment) }
            var values: [RuleValue] = []
            values.reserveCapacity(arguments.count)
            for argument in arguments { values.append(try argument.evaluate(in: environment)) }
            return try builtin.apply(values, in: environment)
        case .not(let inner):
            return .bool(!(try inner.evaluate(in: environment)).isTruthy)
        case .negate(let inner):
            guard case .number(let value) = try inner.evaluate(in: environment) else { return .absent }
            return .number(-value)
        case .toNumber(let inner):
            return try Self.number(from: try inner.evaluate(in: environment))
        case .arithmetic(let op, let left, let right):
            guard case .number(let a) = try left.evaluate(in: environment),
                case .number(let b) = try right.evaluate(in: environment)
            else { return .absent }
            switch op {
            case .add: return .number(a + b)
            case .subtract: return .number(a - b)
            case .multiply: return .number(a * b)
            case .divide:
                guard let quotient = a.divided(by: b, scale: Self.divisionScale) else {
                    throw EvaluationFailure(message: "division by zero")
                }
                return .number(quotient)
            case .remainder:
                guard let quotient = a.divided(by: b, scale: 0, rounding: .towardZero) else {
                    throw EvaluationFailure(message: "division by zero")
                }
                return .number(a - quotient * b)
            }
        case .concatenate(let left, let right):
            let a = try left.evaluate(in: environment).attributeText ?? ""
            let b = try right.evaluate(in: environment).attributeText ?? ""
            return .text(a + b)
        case .compare(let op, let left, let right, let numeric):
            let a = try left.evaluate(in: environment)
            let b = try right.evaluate(in: environment)
            if numeric, case .number(let x) = a, case .number(let y) = b {
                switch op {
                case .equal: return .bool(x == y)
                case .notEqual: return .bool(x != y)
                case .less: return .bool(x < y)
                case .greater: return .bool(y < x)
                case .lessOrEqual: return .bool(!(y < x))
                case .greaterOrEqual: return .bool(!(x < y))
                }
            }
            switch op {
            case .equal: return .bool(a == b)
            case .notEqual: return .bool(a != b)
            default:
                guard let x = a.attributeText, let y = b.attributeText else { return .bool(false) }
                switch op {
                case .less: return .bool(x < y)
                case .greater: return .bool(x > y)
                case .lessOrEqual: return .bool(x <= y)
                default: return .bool(x >= y)
                }
            }
        case .and(let left, let right):
            guard try left.evaluate(in: environment).isTruthy else { return .bool(false) }
            return .bool(try right.evaluate(in: environment).isTruthy)
        case .or(let left, let right):
            if try left.evaluate(in: environment).isTruthy { return .bool(true) }
            return .bool(try right.evaluate(in: environment).isTruthy)
        case .coalesce(let left, let right):
            let value = try left.evaluate(in: environment)
            if case .absent = value { return try right.evaluate(in: environment) }
            return value
        case .conditional(let condition, let whenTrue, let whenFalse):
            if try condition.evaluate(in: environment).isTruthy { return try whenTrue.evaluate(in: environment) }
            return try whenFalse.evaluate(in: environment)
        }
    }

    /// What ``toNumber(_:)`` makes of `value`: text read as a number (a failure when it is none),
    /// anything else unchanged.
    static func number(from value: RuleValue) throws(EvaluationFailure) -> RuleValue {
        guard case .text(let text) = value else { return value }
        guard let number = digitsNumber(text) ?? ExactDecimal(text) ?? Builtin.vietnameseNumber(text) else {
            throw EvaluationFailure(message: "'\(text)' is not a number")
        }
        return .number(number)
    }

    /// `text` zero-padded to four digits when it is 1 to 4 ASCII digits ("503" → "0503"): the
    /// value of `date(x)` for a year read from such text (always in `date`'s 0…9999, and as a
    /// number, never taken for a two-digit year of the century). nil for anything else.
    static func paddedYear(_ text: String) -> String? {
        let count = text.utf8.count
        guard count >= 1, count <= 4 else { return nil }
        // (Over the contiguous bytes: the generic `utf8.allSatisfy` cost ~200 instructions a year.)
        var copy = text
        guard copy.withUTF8({ $0.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }) else { return nil }
        return count == 4 ? text : String(repeating: "0", count: 4 - count) + text
    }

    /// `text` as a number when it is 1 to 18 ASCII digits (the years and counts that rules turn
    /// into numbers), read into a machine word: the value `ExactDecimal(text)` parses, without its
    /// big-integer digit chunks (~2 700 instructions per year; 7 000 of them per MB of Wikipedia
    /// text). nil for anything else, which the string parser reads.
    static func digitsNumber(_ text: String) -> ExactDecimal? {
        var value: UInt64 = 0
        var count = 0
        for byte in text.utf8 {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), count < 18 else { return nil }
            value = value * 10 + UInt64(byte - UInt8(ascii: "0"))
            count += 1
        }
        return count > 0 ? ExactDecimal(value) : nil
    }
}
