/// One numeric expression found in text: what it is (``Label``), where it is, and its exact value.
///
/// The ``attributes`` follow GUIDE §3 exactly (names, order, exact decimal strings, ISO dates with X),
/// so the rule engine and `viet number` can print them as they are; the typed accessors
/// (``value``, ``unit``, ``date``…) serve Swift callers.
///
/// ```swift
/// let parser = NumberParser()
/// let money = try parser.parse("hơn 735,3 tỷ đồng")
/// money.label                  // .money
/// money.value?.description     // "735300000000"
/// money.unit                   // "VND"
/// money.qualifier              // .over
/// money.attributes.map { "\($0.name)=\($0.value)" }  // ["value=735300000000", "unit=VND", "qualifier=over"]
/// ```
public struct NumericExpression: Sendable, Hashable {
    /// The kind of expression; `rawValue` is the label of GUIDE §3.
    public enum Label: String, Sendable, Hashable, CaseIterable {
        case number = "NUMBER"
        case percent = "PERCENT"
        case money = "MONEY"
        case quantity = "QUANTITY"
        case ratio = "RATIO"
        case date = "DATE"
        case time = "TIME"
        case range = "RANGE"
        case duration = "DURATION"
        case ordinal = "ORDINAL"
    }

    /// A comparison word attached to the value ("hơn 1,6 tỷ" → over); `rawValue` is the GUIDE §3 name.
    public enum Qualifier: String, Sendable, Hashable, CaseIterable {
        /// trên, hơn, nhiều hơn, cao hơn
        case over
        /// dưới, ít hơn, kém hơn
        case under
        /// khoảng, chừng, ước, xấp xỉ, tầm
        case approx
        /// gần
        case nearly
        /// ít nhất, tối thiểu, không ít hơn, … trở lên, ≥
        case atLeast = "at_least"
        /// tối đa, không quá, không hơn, … trở xuống, ≤
        case atMost = "at_most"
    }

    /// The unit of a ``Label/duration``; `rawValue` is the GUIDE §3 name.
    public enum DurationUnit: String, Sendable, Hashable, CaseIterable {
        case year, quarter, month, week, day, hour, minute, second
    }

    /// The part of a period a date names: of a year, quarter, month or week ("đầu năm" → start), or
    /// of a day ("tối nay" → evening, "Chiều 4/1" → afternoon).
    public enum PeriodPart: String, Sendable, Hashable {
        /// đầu
        case start
        /// giữa
        case middle
        /// cuối
        case end
        /// sáng
        case morning
        /// trưa
        case noon
        /// chiều
        case afternoon
        /// tối
        case evening
        /// đêm, khuya
        case night
    }

    /// The typed value of an expression.
    public indirect enum Value: Sendable, Hashable {
        case number(ExactDecimal)
        case percent(ExactDecimal)
        /// An amount with its ISO 4217 currency code.
        case money(ExactDecimal, currency: String)
        /// An amount with its normalised unit symbol ("ha", "km²", "MW").
        case quantity(ExactDecimal, unit: String)
        /// "132/141", "một phần ba", or a rate "119,09 thuê bao/100 dân" (unit "thuê bao/dân").
        case ratio(numerator: ExactDecimal, denominator: ExactDecimal, unit: String?)
        /// A date, possibly partial; `end` makes it a period ("05 tháng đầu năm 2023" → 2023-01/2023-05).
        case date(PartialDate, end: PartialDate?, part: PeriodPart?)
        /// A clock time without a date ("15 giờ 30" → T15:30).
        case time(PartialDate)
        /// Two bounds of the same kind ("2021-2025", "3-5%", "từ 5 đến 10 km").
        case range(from: Value, to: Value)
        case duration(ExactDecimal, unit: DurationUnit)
        case ordinal(ExactDecimal)

        /// The label of an expression of this value: its kind, without its contents.
        var label: Label {
            switch self {
            case .number: .number
            case .percent: .percent
            case .money: .money
            case .quantity: .quantity
            case .ratio: .ratio
            case .date: .date
            case .time: .time
            case .range: .range
            case .duration: .duration
            case .ordinal: .ordinal
            }
        }
    }

    /// What the expression is.
    public var label: Label { storedValue?.label ?? .number }

    /// The typed value.
    ///
    /// A run of plain digits the scanner found ("Điều 5", "2019") keeps no value: it is read from the
    /// digits of the text when asked, and the attributes never ask. Building it for every such
    /// number was a boxed value each, most of the scanner's cost of a plain number.
    public var typedValue: Value {
        storedValue ?? withTextBytes { .number(ExactDecimal(asciiDigits: $0, fractionDigits: 0, negative: false)) }
    }

    /// ``typedValue``, or nil for plain digits whose value is their text's (``init(plainDigitsIn:scalarRange:utf8Range:tokenRange:)``).
    let storedValue: Value?
    /// The comparison word inside the span, if any.
    public let qualifier: Qualifier?
    /// For a relative date: how it is placed from the reference date: "-1 day" ("hôm qua"), "+1 week,
    /// weekday 1" ("thứ hai tuần sau"), "next weekday 7" ("chủ nhật"), "next month 3" ("tháng 3 tới"),
    /// "last month 10" ("tháng 10 vừa qua"), "+1 year" ("tháng 3 năm sau"). Present whether or not a
    /// reference date was given; the parts of the date the text does not write need one.
    public let relativeOffset: String?
    /// What an amount is per, for money, a quantity or a percentage written as a rate: a duration
    /// unit for a word of time ("360.000 đồng/tháng" → "month", "5%/năm" → "year"), a unit symbol
    /// ("1.864 đồng/kWh" → "kWh", "100 USD/tấn" → "t"), else the noun as written ("200.000
    /// đồng/hồ sơ" → "hồ sơ"); several joined by "/" ("đồng/người/tháng" → "người/month"). Written
    /// out after "mỗi" (each) or "một" (one) too: "5 triệu đồng mỗi tháng", "15 triệu đồng một tháng"
    /// → "month". Nil for an amount that is not per anything.
    public let per: String?
    /// For a RANGE, the qualifier of its lower bound: "từ trên 5 năm đến 10 năm" → `.over` (more
    /// than five years); nil when the bound is inclusive as written.
    public let fromQualifier: Qualifier?
    /// For a RANGE, the qualifier of its upper bound: "từ 60% đến dưới 70%" → `.under` (a band
    /// that stops short of 70%), "từ 100 tỷ cho đến hơn 1000 tỷ" → `.over`; nil when inclusive.
    public let toQualifier: Qualifier?
    /// The matched text, exactly as in the input.
    ///
    /// Built when asked for, from the scanned text the expression keeps (as a `Substring` keeps
    /// its base): a scan finds thousands of expressions per megabyte whose text most callers never
    /// read (the rule engine reads only labels, token ranges and attributes), and building each
    /// string up front cost a UTF-8 validation, and an allocation past 15 bytes, per expression.
    public var text: String {
        guard !textIsWholeSource else { return source }
        return withTextBytes { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 bytes of ``text``, without building it.
    func withTextBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var source = source
        return source.withUTF8 { bytes in
            body(textIsWholeSource ? bytes : UnsafeBufferPointer(rebasing: bytes[utf8Range]))
        }
    }

    /// Unicode-scalar offsets into the scanned text, end exclusive (what `viet extract` prints).
    public let scalarRange: Range<Int>
    /// UTF-8 byte offsets into the scanned text, end exclusive.
    public let utf8Range: Range<Int>
    /// Indices of the `VietTokenizer` tokens the expression covers, when it was found by
    /// ``NumberParser/scan(_:)-(TokenizedText)``; nil for string input.
    public let tokenRange: Range<Int>?

    /// The scanned text (``utf8Range`` locates ``text`` in it), or ``text`` itself when
    /// ``textIsWholeSource``.
    private let source: String
    /// Whether the expression was made with the public initialiser: its text is then kept as
    /// given, and nothing ties it to the value.
    let textIsWholeSource: Bool

    /// Creates an expression; ``NumberParser`` is the usual source.
    public init(
        _ value: Value, qualifier: Qualifier? = nil, relativeOffset: String? = nil, per: String? = nil,
        fromQualifier: Qualifier? = nil, toQualifier: Qualifier? = nil, text: String,
        scalarRange: Range<Int>, utf8Range: Range<Int>, tokenRange: Range<Int>? = nil
    ) {
        self.init(
            value, Extras(qualifier, relativeOffset, per, fromQualifier, toQualifier), source: text, textIsWholeSource: true,
            scalarRange, utf8Range, tokenRange)
    }

    /// An expression found at `utf8Range` of `source`, the text that was scanned or parsed.
    /// - Precondition: `utf8Range` lies within `source.utf8` on scalar boundaries.
    init(
        _ value: Value, qualifier: Qualifier? = nil, relativeOffset: String? = nil, per: String? = nil,
        fromQualifier: Qualifier? = nil, toQualifier: Qualifier? = nil, in source: String,
        scalarRange: Range<Int>, utf8Range: Range<Int>, tokenRange: Range<Int>? = nil
    ) {
        self.init(
            value, Extras(qualifier, relativeOffset, per, fromQualifier, toQualifier), source: source, textIsWholeSource: false,
            scalarRange, utf8Range, tokenRange)
    }

    /// The plain digits (ASCII digits only, at least one) at `utf8Range` of `source`, a NUMBER
    /// worth what they spell.
    /// - Precondition: `source.utf8[utf8Range]` is one or more ASCII digits.
    init(plainDigitsIn source: String, scalarRange: Range<Int>, utf8Range: Range<Int>, tokenRange: Range<Int>?) {
        self.init(nil, Extras(nil, nil, nil, nil, nil), source: source, textIsWholeSource: false, scalarRange, utf8Range, tokenRange)
    }

    private init(
        _ value: Value?, _ extras: Extras, source: String, textIsWholeSource: Bool, _ scalarRange: Range<Int>,
        _ utf8Range: Range<Int>, _ tokenRange: Range<Int>?
    ) {
        self.storedValue = value
        self.qualifier = extras.qualifier
        self.relativeOffset = extras.relativeOffset
        self.per = extras.per
        self.fromQualifier = extras.fromQualifier
        self.toQualifier = extras.toQualifier
        self.source = source
        self.textIsWholeSource = textIsWholeSource
        self.scalarRange = scalarRange
        self.utf8Range = utf8Range
        self.tokenRange = tokenRange
    }
}

extension NumericExpression {
    /// What an expression may carry besides its value, passed as one to the designated initialiser.
    private struct Extras {
        let qualifier: Qualifier?
        let relativeOffset: String?
        let per: String?
        let fromQualifier: Qualifier?
        let toQualifier: Qualifier?

        init(_ qualifier: Qualifier?, _ relativeOffset: String?, _ per: String?, _ fromQualifier: Qualifier?, _ toQualifier: Qualifier?) {
            self.qualifier = qualifier
            self.relativeOffset = relativeOffset
            self.per = per
            self.fromQualifier = fromQualifier
            self.toQualifier = toQualifier
        }
    }
}

extension NumericExpression {
    /// Equal when every public property is, ``text`` included; where the text is kept is not compared.
    public static func == (lhs: NumericExpression, rhs: NumericExpression) -> Bool {
        lhs.typedValue == rhs.typedValue && lhs.qualifier == rhs.qualifier && lhs.relativeOffset == rhs.relativeOffset
            && lhs.per == rhs.per && lhs.fromQualifier == rhs.fromQualifier && lhs.toQualifier == rhs.toQualifier
            && lhs.scalarRange == rhs.scalarRange && lhs.utf8Range == rhs.utf8Range && lhs.tokenRange == rhs.tokenRange
            && lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(typedValue)
        hasher.combine(qualifier)
        hasher.combine(relativeOffset)
        hasher.combine(per)
        hasher.combine(fromQualifier)
        hasher.combine(toQualifier)
        hasher.combine(text)
        hasher.combine(scalarRange)
        hasher.combine(utf8Range)
        hasher.combine(tokenRange)
    }
}

extension NumericExpression: CustomDebugStringConvertible {
    /// Every public property, ``text`` included (the stored scanned text would only repeat the line).
    public var debugDescription: String {
        "NumericExpression(\(label.rawValue), text: \(String(reflecting: text)), value: \(typedValue), qualifier: "
            + "\(qualifier.map(\.rawValue) ?? "nil"), relativeOffset: \(relativeOffset.map { String(reflecting: $0) } ?? "nil"), "
            + "per: \(per.map { String(reflecting: $0) } ?? "nil"), fromQualifier: \(fromQualifier.map(\.rawValue) ?? "nil"), "
            + "toQualifier: \(toQualifier.map(\.rawValue) ?? "nil"), "
            + "scalarRange: \(scalarRange), utf8Range: \(utf8Range), tokenRange: \(tokenRange.map { "\($0)" } ?? "nil"))"
    }
}
