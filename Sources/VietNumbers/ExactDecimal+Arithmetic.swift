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

    /// The exact decimal string: "." as decimal point, no grouping, no trailing zeros, "-" for
    /// negatives ("735300000000", "47.13", "-0.5").
    ///
    /// - Complexity: O(d²) for d digits (BigInt to text), plus the exponent's zeros.
    public var description: String {
        if isZero { return "0" }
        // Values in text fit in one or two machine words (legal texts number their articles with
        // 39-digit codes): BigInt's general conversion cost ten times the standard library's and
        // more than the number scan itself when every annotation was formatted.
        let words = significand.magnitude.words
        var digits: String
        if words.count <= 1 {
            digits = String(UInt64(words.first ?? 0))
        } else if words.count == 2 {
            digits = String(UInt128(UInt64(words[1])) << 64 | UInt128(UInt64(words[0])))
        } else {
            digits = significand.magnitude.description
        }
        let negative = significand.sign == .minus
        if exponent >= 0 {
            digits.append(String(repeating: "0", count: exponent))
        } else {
            let fraction = -exponent
            if digits.count <= fraction {
                digits = "0." + String(repeating: "0", count: fraction - digits.count) + digits
            } else {
                let split = digits.index(digits.endIndex, offsetBy: -fraction)
                digits = digits[..<split] + "." + digits[split...]
            }
        }
        return negative ? "-" + digits : digits
    }
}
