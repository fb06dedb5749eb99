extension NumericExpression {
    /// One output attribute: a GUIDE §3 name and its exact string.
    public struct Attribute: Sendable, Hashable, CustomStringConvertible {
        public let name: String
        public let value: String

        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }

        /// "name=value".
        public var description: String { "\(name)=\(value)" }
    }

    /// The attributes in GUIDE §3 order: value / numerator, denominator / from, to; then unit;
    /// then per, from_qualifier, to_qualifier, from_part, to_part, part, offset and qualifier when
    /// present.
    ///
    /// ```swift
    /// try NumberParser().parse("3-5%").attributes.map(\.description)  // ["from=3", "to=5", "unit=%"]
    /// ```
    public var attributes: [Attribute] {
        guard let storedValue else {
            // Plain digits (the parser's; see ``typedValue``): the value is their text without leading
            // zeros, or (never expected: the scanner made it from digits) the value read from the text.
            return [Attribute("value", plainDigitsValue ?? Self.boundText(typedValue))]
        }
        // Room for the usual few at once: grown one append at a time, a value and a unit took two
        // allocations.
        var result: [Attribute] = []
        result.reserveCapacity(4)
        switch storedValue {
        case .range(let from, let to):
            result.append(Attribute("from", Self.boundText(from)))
            result.append(Attribute("to", Self.boundText(to)))
            if let unit = Self.unit(of: to) ?? Self.unit(of: from) { result.append(Attribute("unit", unit)) }
        case .ratio(let numerator, let denominator, let unit):
            result.append(Attribute("numerator", numerator.description))
            result.append(Attribute("denominator", denominator.description))
            if let unit { result.append(Attribute("unit", unit)) }
        case .date(let date, _, let part):
            if date.hasDate || date.hour != nil {
                if !(relativeOffset != nil && date == PartialDate()) {
                    result.append(Attribute("value", Self.boundText(storedValue)))
                }
            }
            if let part { result.append(Attribute("part", part.rawValue)) }
        case .percent:
            // GUIDE §3: PERCENT carries its value only; "%" is a unit only for a RANGE ("3-5%").
            result.append(Attribute("value", Self.boundText(storedValue)))
        case .number(let value):
            result.append(Attribute("value", plainDigitsValue ?? value.description))
        default:
            result.append(Attribute("value", Self.boundText(storedValue)))
            if let unit = Self.unit(of: storedValue) { result.append(Attribute("unit", unit)) }
        }
        if let per { result.append(Attribute("per", per)) }
        if let fromQualifier { result.append(Attribute("from_qualifier", fromQualifier.rawValue)) }
        if let toQualifier { result.append(Attribute("to_qualifier", toQualifier.rawValue)) }
        // The parts of a range's periods: "Từ giữa năm 1975 đến cuối năm 1978" → middle, end.
        if case .range(.date(_, _, let fromPart), .date(_, _, let toPart)) = storedValue {
            if let fromPart { result.append(Attribute("from_part", fromPart.rawValue)) }
            if let toPart { result.append(Attribute("to_part", toPart.rawValue)) }
        }
        if let relativeOffset { result.append(Attribute("offset", relativeOffset)) }
        if let qualifier { result.append(Attribute("qualifier", qualifier.rawValue)) }
        return result
    }

    /// The value's exact decimal string when the scanner read it from plain ASCII digits ("2019",
    /// "05"): the digits without leading zeros, read from the text instead of converting the value
    /// back (most of the numbers in text; the conversion cost more than finding them). Nil for any other text, and for
    /// expressions made with the public initialiser, whose text need not spell their value.
    private var plainDigitsValue: String? {
        guard !textIsWholeSource else { return nil }
        return withTextBytes { digits -> String? in
            guard !digits.isEmpty, digits.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) else { return nil }
            let significant = digits.dropLast().firstIndex { $0 != UInt8(ascii: "0") } ?? digits.count - 1
            return String(decoding: UnsafeBufferPointer(rebasing: digits[significant...]), as: UTF8.self)
        }
    }

    /// The exact number of a single-valued expression (NUMBER, PERCENT, MONEY, QUANTITY, DURATION,
    /// ORDINAL); nil for dates, ratios and ranges.
    public var value: ExactDecimal? {
        switch typedValue {
        case .number(let v), .percent(let v), .money(let v, _), .quantity(let v, _), .duration(let v, _),
            .ordinal(let v):
            v
        default: nil
        }
    }

    /// The unit attribute: ISO 4217 code, unit symbol, "%" or duration unit; nil when there is none.
    public var unit: String? {
        // Plain digits (no stored value) are a NUMBER: no unit, and nothing to build to say so.
        switch storedValue {
        case .range(let from, let to): Self.unit(of: to) ?? Self.unit(of: from)
        case .ratio(_, _, let unit): unit
        case let stored?: Self.unit(of: stored)
        case nil: nil
        }
    }

    /// The date of a DATE expression (its start for a period), or the clock time of a TIME one.
    public var date: PartialDate? {
        switch storedValue {
        case .date(let date, _, _), .time(let date): date
        default: nil
        }
    }

    /// The bounds of a RANGE.
    public var bounds: (from: Value, to: Value)? {
        if case .range(let from, let to) = storedValue { return (from, to) }
        return nil
    }

    static func unit(of value: Value) -> String? {
        switch value {
        case .money(_, let currency): currency
        case .quantity(_, let unit): unit
        case .percent: "%"
        case .duration(_, let unit): unit.rawValue
        case .ratio(_, _, let unit): unit
        default: nil
        }
    }

    /// The attribute text of a value used as a bound or as the main value.
    static func boundText(_ value: Value) -> String {
        switch value {
        case .number(let v), .percent(let v), .money(let v, _), .quantity(let v, _), .duration(let v, _),
            .ordinal(let v):
            v.description
        case .ratio(let n, let d, _): "\(n)/\(d)"
        case .date(let date, let end, _):
            end.map { "\(date)/\($0)" } ?? date.description
        case .time(let time): time.description
        case .range(let from, let to): "\(boundText(from))/\(boundText(to))"
        }
    }
}
