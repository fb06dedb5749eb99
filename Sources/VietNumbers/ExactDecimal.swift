import BigInt

/// An exact, arbitrary-precision decimal number: `significand × 10^exponent`.
///
/// Values parsed from text are never rounded: "735,3 tỷ" is exactly 735 300 000 000, not
/// 735299999999.99 as a `Double` would give. The representation is kept normalised (no trailing
/// zeros in the significand), so equal values have equal representations and `==`/`hash` agree.
/// Scaling by powers of ten only moves the exponent, which keeps "tỷ tỷ tỷ …" cheap.
///
/// ```swift
/// let amount = ExactDecimal("735.3")! * ExactDecimal(1_000_000_000)
/// amount.description                        // "735300000000"
/// ExactDecimal("47.130")!.description       // "47.13"
/// ExactDecimal(2).divided(by: 3, scale: 4)  // 0.6667
/// ```
public struct ExactDecimal: Sendable, Hashable {
    /// The integer digits of the value; never divisible by 10 unless zero.
    public let significand: BigInt
    /// The power of ten the significand is multiplied by; 0 when the value is zero.
    public let exponent: Int

    /// Zero.
    public static let zero = ExactDecimal(significand: 0, exponent: 0)

    /// Creates `significand × 10^exponent`, normalising trailing zeros into the exponent.
    ///
    /// - Complexity: O(d²) in the number of digits d in the worst case (stripping zeros), O(d) usually.
    public init(significand: BigInt, exponent: Int) {
        if significand.isZero {
            self.significand = 0
            self.exponent = 0
            return
        }
        var value = significand
        var power = exponent
        // Strip 19 zeros at a time first so a value like 10^10000 normalises in few divisions.
        let big = BigInt(10_000_000_000_000_000_000 as UInt64)
        while true {
            let (quotient, remainder) = value.quotientAndRemainder(dividingBy: big)
            guard remainder.isZero else { break }
            value = quotient
            power += 19
        }
        let ten = BigInt(10)
        while true {
            let (quotient, remainder) = value.quotientAndRemainder(dividingBy: ten)
            guard remainder.isZero else { break }
            value = quotient
            power += 1
        }
        self.significand = value
        self.exponent = power
    }

    /// Creates an exact decimal from any integer.
    public init<T: BinaryInteger>(_ integer: T) {
        // Integers within a machine word (every spelled group, "một" … "chín trăm") skip the
        // generic BigInt conversion and the normalisation's BigInt divisions (measured: 2 800
        // instructions per spelled number in the scanner).
        if let magnitude = UInt64(exactly: integer.magnitude) {
            let value = ExactDecimal(machineWord: magnitude)
            self = integer < 0 ? -value : value
            return
        }
        self.init(significand: BigInt(integer), exponent: 0)
    }

    /// Creates an exact decimal from an arbitrary-precision integer.
    public init(_ integer: BigInt) {
        self.init(significand: integer, exponent: 0)
    }

    /// Parses a plain decimal string: an optional sign, digits, optionally "." and more digits
    /// ("-12", "47.13", ".5", "735300000000"). No grouping, no exponent notation.
    ///
    /// - Returns: nil when the string is not of that form.
    /// - Complexity: O(n²) in the number of digits (BigInt conversion).
    public init?(_ text: some StringProtocol) {
        var digits: [UInt8] = []
        digits.reserveCapacity(text.utf8.count)
        var negative = false
        var fractionDigits = 0
        var seenPoint = false
        var seenDigit = false
        var first = true
        for byte in text.utf8 {
            defer { first = false }
            switch byte {
            case UInt8(ascii: "-") where first: negative = true
            case UInt8(ascii: "+") where first: break
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits.append(byte)
                seenDigit = true
                if seenPoint { fractionDigits += 1 }
            case UInt8(ascii: ".") where !seenPoint: seenPoint = true
            default: return nil
            }
        }
        guard seenDigit else { return nil }
        self.init(asciiDigits: digits, fractionDigits: fractionDigits, negative: negative)
    }

    /// Builds a value from ASCII digits (no separators) of which the last `fractionDigits` are
    /// after the decimal point. Trailing zeros are counted instead of divided away.
    /// Generic so that the scanner reads digits straight from the text's bytes (no array per number).
    init<Digits: RandomAccessCollection<UInt8>>(asciiDigits digits: Digits, fractionDigits: Int, negative: Bool)
    where Digits.Index == Int {
        var end = digits.endIndex
        while end > digits.startIndex, digits[end - 1] == UInt8(ascii: "0") { end -= 1 }
        guard end > digits.startIndex else {
            self = .zero
            return
        }
        var start = digits.startIndex
        while start < end, digits[start] == UInt8(ascii: "0") { start += 1 }
        let magnitude = BigInt(digitsInChunks: digits[start..<end])
        self.significand = negative ? -magnitude : magnitude
        self.exponent = (digits.endIndex - end) - fractionDigits
    }

    /// True when the value has no fractional part.
    public var isInteger: Bool { exponent >= 0 }

    /// True when the value is zero.
    public var isZero: Bool { significand.isZero }

    /// True when the value is below zero.
    public var isNegative: Bool { significand.sign == .minus && !significand.isZero }

    /// The value as a `BigInt` when it is an integer, else nil.
    ///
    /// - Complexity: O(exponent × digits); callers should bound the exponent.
    public var integerValue: BigInt? {
        guard exponent >= 0 else { return nil }
        return significand * BigInt(10).power(exponent)
    }

    /// The value as an `Int` when it is an integer that fits, else nil.
    public var intValue: Int? {
        guard exponent >= 0, exponent <= 19 else { return nil }
        // One-word significands without BigInt arithmetic (dates and counts ask this of every number).
        let words = significand.magnitude.words
        if words.count == 1, words[words.startIndex] <= UInt(Int.max) {
            var value = Int(words[words.startIndex])
            for _ in 0..<exponent {
                let (scaled, overflow) = value.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                value = scaled
            }
            return significand.sign == .minus ? -value : value
        }
        guard let value = integerValue else { return nil }
        return Int(exactly: value)
    }

    /// The value multiplied by 10^power, exactly ("1.5" scaled by 9 is "1500000000").
    ///
    /// - Complexity: O(1).
    public func scaled(byPowerOf10 power: Int) -> ExactDecimal {
        guard !isZero else { return self }
        return ExactDecimal(normalisedSignificand: significand, exponent: exponent + power)
    }

    /// An integer that fits a machine word, without BigInt arithmetic: trailing zeros are divided
    /// away on the word and the significand is built from one word (BigInt's generic integer
    /// initialiser costs more than parsing the number).
    init(machineWord value: UInt64) {
        guard value != 0 else {
            self = .zero
            return
        }
        var significand = value
        var exponent = 0
        while significand % 10 == 0 {
            significand /= 10
            exponent += 1
        }
        self.init(normalisedSignificand: BigInt(machineWord: significand), exponent: exponent)
    }

    /// A normalised machine-word significand × 10^exponent (``Recognizer/CompactDecimal``), without
    /// BigInt arithmetic or allocation.
    init(compactSignificand significand: Int64, exponent: Int) {
        guard significand != 0 else {
            self = .zero
            return
        }
        self.init(
            normalisedSignificand: BigInt(
                sign: significand < 0 ? .minus : .plus, magnitude: BigUInt(integerLiteral: significand.magnitude)),
            exponent: exponent)
    }

    /// Trusted initialiser for a significand already free of trailing zeros.
    init(normalisedSignificand: BigInt, exponent: Int) {
        self.significand = normalisedSignificand
        self.exponent = exponent
    }
}

extension BigInt {
    /// A non-negative value from one word, avoiding the generic `BinaryInteger` initialiser (not
    /// specialised across modules). The literal initialiser is specialised inside BigInt and keeps
    /// the word inline: `BigUInt(words:)` allocated an array per number only to drop it again.
    init(machineWord value: UInt64) {
        self.init(sign: .plus, magnitude: BigUInt(integerLiteral: value))
    }

    /// Converts ASCII digits to a BigInt 18 digits at a time.
    ///
    /// - Complexity: O(d²/18²) word operations for d digits (one pass over the words per chunk).
    /// Powers of ten that fit a word: 10⁰ … 10¹⁹.
    private static let powersOfTen: [UInt] = (0...19).map { (0..<$0).reduce(1) { product, _ in product &* 10 } }

    /// The base-2⁶⁴ words (least significant first) of a run of ASCII digits: 19 digits at a time
    /// (10¹⁹ < 2⁶⁴), each chunk folded in as words × 10^count + chunk, so only the first chunk's
    /// multiplier varies.
    /// - Complexity: O(n²/19²) word operations for n digits.
    private static func words(fromASCIIDigits digits: UnsafeBufferPointer<UInt8>) -> [UInt] {
        var words: [UInt] = []
        words.reserveCapacity(digits.count / 19 + 1)
        let leading = digits.count % 19
        var index = 0
        var chunkEnd = leading == 0 ? 19 : leading
        while index < digits.count {
            var chunk: UInt = 0
            for position in index..<chunkEnd { chunk = chunk &* 10 &+ UInt(digits[position] &- UInt8(ascii: "0")) }
            let multiplier = powersOfTen[chunkEnd - index]
            var carry = chunk
            for word in words.indices {
                let product = words[word].multipliedFullWidth(by: multiplier)
                let (low, overflow) = product.low.addingReportingOverflow(carry)
                words[word] = low
                carry = product.high &+ (overflow ? 1 : 0)
            }
            if carry != 0 { words.append(carry) }
            index = chunkEnd
            chunkEnd = Swift.min(index + 19, digits.count)
        }
        return words
    }

    init<Digits: RandomAccessCollection<UInt8>>(digitsInChunks digits: Digits) where Digits.Index == Int {
        if digits.count <= 18 {
            // The common case (every number in running text): one machine word, no BigInt arithmetic.
            var value: UInt64 = 0
            for digit in digits { value = value &* 10 &+ UInt64(digit &- UInt8(ascii: "0")) }
            self.init(machineWord: value)
            return
        }
        // Base-2⁶⁴ words built in place (long codes such as "0100100000000000100000240220600016000010"):
        // no BigInt arithmetic or allocation per chunk.
        let words = digits.withContiguousStorageIfAvailable(Self.words(fromASCIIDigits:))
            ?? Array(digits).withUnsafeBufferPointer(Self.words(fromASCIIDigits:))
        self.init(sign: .plus, magnitude: BigUInt(words: words))
    }
}
