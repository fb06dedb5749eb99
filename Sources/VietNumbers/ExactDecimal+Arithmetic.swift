import BigInt

extension ExactDecimal: Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) {
        self.init(value)
    }

    /// Both significands brought to the smaller exponent.
    private static func aligned(_ a: ExactDecimal, _ b: ExactDecimal) -> (BigInt, BigInt, Int) {
        if a.isZero { return (0, b.significand, b.exponent) }
        if b.isZero { return (a.significand, 0, a.exponent) }
        let exponent = Swift.min(a.exponent, b.exponent)
        let left = a.exponent == exponent ? a.significand : a.significand * BigInt(10).power(a.exponent - exponent)
        let right = b.exponent == exponent ? b.significand : b.significand * BigInt(10).power(b.exponent - exponent)
        return (left, right, exponent)
    }

    /// Exact sum.
    /// - Complexity: O(d + |Δexponent|) digits.
    public static func + (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        let (left, right, exponent) = aligned(a, b)
        return ExactDecimal(significand: left + right, exponent: exponent)
    }

    /// Exact difference.
    public static func - (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        let (left, right, exponent) = aligned(a, b)
        return ExactDecimal(significand: left - right, exponent: exponent)
    }

    /// Exact product.
    public static func * (a: ExactDecimal, b: ExactDecimal) -> ExactDecimal {
        ExactDecimal(significand: a.significand * b.significand, exponent: a.exponent + b.exponent)
    }

    /// The negated value.
    public static prefix func - (a: ExactDecimal) -> ExactDecimal {
        ExactDecimal(normalisedSignificand: -a.significand, exponent: a.exponent)
    }

    public static func < (a: ExactDecimal, b: ExactDecimal) -> Bool {
        let (left, right, _) = aligned(a, b)
        return left < right
    }

    /// How ``divided(by:scale:rounding:)`` rounds the last kept digit.
    public enum Rounding: Sendable, Hashable {
        /// Drop the extra digits (round toward zero).
        case towardZero
        /// Round half away from zero (0.125 → 0.13), the schoolbook rule reports use.
        case halfAwayFromZero
        /// Round half to even (0.125 → 0.12), banker's rounding.
        case halfEven
    }

    /// The quotient rounded to `scale` digits after the decimal point.
    ///
    /// ```swift
    /// ExactDecimal(132).divided(by: 141, scale: 4)   // 0.9362
    /// ExactDecimal(1).divided(by: 0, scale: 2)       // nil
    /// ```
    /// - Parameters:
    ///   - divisor: the value to divide by.
    ///   - scale: digits kept after the point (may be negative to round to tens, hundreds…).
    ///   - rounding: how the last kept digit is rounded.
    /// - Returns: nil when `divisor` is zero.
    /// - Complexity: O(d²) in the digits involved.
    public func divided(by divisor: ExactDecimal, scale: Int, rounding: Rounding = .halfAwayFromZero) -> ExactDecimal? {
        guard !divisor.isZero else { return nil }
        // self / divisor = (s1 / s2) × 10^(e1 - e2); we want q = round(self / divisor × 10^scale).
        var numerator = significand
        var denominator = divisor.significand
        let shift = exponent - divisor.exponent + scale
        if shift >= 0 { numerator *= BigInt(10).power(shift) } else { denominator *= BigInt(10).power(-shift) }
        if denominator.sign == .minus {
            numerator = -numerator
            denominator = -denominator
        }
        let (wholeQuotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        var quotient = wholeQuotient
        if !remainder.isZero {
            let twice = remainder.magnitude * 2
            let away: Bool
            switch rounding {
            case .towardZero: away = false
            case .halfAwayFromZero: away = twice >= denominator.magnitude
            case .halfEven:
                away = twice > denominator.magnitude
                    || (twice == denominator.magnitude && !(quotient % 2).isZero)
            }
            if away { quotient += numerator.sign == .minus ? -1 : 1 }
        }
        return ExactDecimal(significand: quotient, exponent: -scale)
    }

    /// The quotient when a decimal with at most `scale` digits after the point writes it exactly
    /// ("1/4" → 0.25, "1/8" → 0.125), else nil ("1/3"): a fraction read as the amount it is.
    func dividedExactly(by divisor: ExactDecimal, scale: Int = 6) -> ExactDecimal? {
        guard let quotient = divided(by: divisor, scale: scale), quotient * divisor == self else { return nil }
        return quotient
    }

    /// The exact decimal string: "." as decimal point, no grouping, no trailing zeros, "-" for
    /// negatives ("735300000000", "47.13", "-0.5").
    ///
    /// - Complexity: O(d²) for d digits, plus the exponent's zeros.
    public var description: String {
        if isZero { return "0" }
        let negative = significand.sign == .minus
        // Values in text fit in one or two machine words (legal texts number their articles with
        // 39-digit codes): their digits are written straight into the result, a tenth of the cost of
        // BigInt's general conversion and of assembling the string from pieces (which, for every
        // annotation formatted, cost more than the number scan itself).
        let words = significand.magnitude.words
        guard words.count <= 2 else {
            let digits = Self.decimalDigits(words.map { UInt64($0) })
            return digits.withUnsafeBufferPointer { Self.text(digits: $0, exponent: exponent, negative: negative) }
        }
        let low = UInt64(words.first ?? 0)
        let high = words.count == 2 ? UInt64(words[1]) : 0
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { scratch in
            // Digits right-aligned in `scratch`: at most 39 for 128 bits. One word's division stays
            // 64-bit (a 128-bit division per digit costs more).
            let start =
                high == 0
                ? Self.writeDigits(of: low, endingAt: scratch.count, in: scratch)
                : Self.writeDigits(of: UInt128(high) << 64 | UInt128(low), endingAt: scratch.count, in: scratch)
            return Self.text(digits: UnsafeBufferPointer(rebasing: scratch[start...]), exponent: exponent, negative: negative)
        }
    }

    /// Writes the decimal digits of `value` into `buffer` so that they end before `end`; returns
    /// where they start. At least one digit ("0" for zero).
    @inline(__always)
    private static func writeDigits<Word: FixedWidthInteger & UnsignedInteger>(
        of value: Word, endingAt end: Int, in buffer: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        var value = value
        var start = end
        repeat {
            start -= 1
            buffer[start] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10)
            value /= 10
        } while value > 0
        return start
    }

    /// The ASCII decimal digits of a magnitude given as 64-bit words, least significant first:
    /// divided by 10¹⁹ a word at a time (each remainder is 19 digits), which for the 39-digit codes
    /// of legal text cost a tenth of BigInt's own conversion.
    ///
    /// - Complexity: O(n²) for n words.
    private static func decimalDigits(_ magnitude: [UInt64]) -> [UInt8] {
        let base: UInt64 = 10_000_000_000_000_000_000
        var words = magnitude
        while words.last == 0 { words.removeLast() }
        var chunks: [UInt64] = []  // base 10¹⁹, least significant first
        while !words.isEmpty {
            var remainder: UInt64 = 0
            for index in words.indices.reversed() {
                (words[index], remainder) = base.dividingFullWidth((high: remainder, low: words[index]))
            }
            chunks.append(remainder)
            while words.last == 0 { words.removeLast() }
        }
        guard let leading = chunks.last else { return [UInt8(ascii: "0")] }
        var digits: [UInt8] = []
        digits.reserveCapacity(19 * chunks.count)
        digits.append(contentsOf: String(leading).utf8)
        for chunk in chunks.dropLast().reversed() {
            // 19 places, zero-padded: the digits written right-aligned over zeros.
            let end = digits.count + 19
            digits.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 19))
            _ = digits.withUnsafeMutableBufferPointer { writeDigits(of: chunk, endingAt: end, in: $0) }
        }
        return digits
    }

    /// The text of `digits × 10^exponent`: zeros appended for a positive exponent, a decimal point
    /// (and leading "0." and zeros when needed) for a negative one, "-" first when `negative`.
    private static func text(digits: UnsafeBufferPointer<UInt8>, exponent: Int, negative: Bool) -> String {
        let sign = negative ? 1 : 0
        let fraction = Swift.max(0, -exponent)
        let length =
            exponent >= 0 ? sign + digits.count + exponent : digits.count <= fraction ? sign + 2 + fraction : sign + digits.count + 1
        return String(unsafeUninitializedCapacity: length) { out in
            var index = 0
            func put(_ byte: UInt8, count: Int = 1) {
                for _ in 0..<count {
                    out[index] = byte
                    index += 1
                }
            }
            func put(_ part: UnsafeBufferPointer<UInt8>) {
                for byte in part { put(byte) }
            }
            if negative { put(UInt8(ascii: "-")) }
            if exponent >= 0 {
                put(digits)
                put(UInt8(ascii: "0"), count: exponent)
            } else if digits.count <= fraction {
                put(UInt8(ascii: "0"))
                put(UInt8(ascii: "."))
                put(UInt8(ascii: "0"), count: fraction - digits.count)
                put(digits)
            } else {
                let integerDigits = digits.count - fraction
                put(UnsafeBufferPointer(rebasing: digits[..<integerDigits]))
                put(UInt8(ascii: "."))
                put(UnsafeBufferPointer(rebasing: digits[integerDigits...]))
            }
            return index
        }
    }
}
