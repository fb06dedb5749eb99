import BigInt

extension Recognizer {
    /// The value of a ``NumberRead`` as plain machine words: `significand × 10^exponent`, normalised
    /// like ``ExactDecimal`` (no trailing zeros in the significand; zero is 0 × 10⁰), or a handle to
    /// an ``ExactDecimal`` that does not fit, kept by the stream (``LexemeStream/storeBig(_:)``).
    ///
    /// Why not the ``ExactDecimal`` itself: its `BigInt` holds an array reference, so every copy of a
    /// read (readers return optionals of them, memo tables store and hand them back, the scanner
    /// tries a dozen readers per candidate) was a value-witness call with a retain and a release
    /// (measured: a fifth of a grammar call's instructions). This is trivially copyable.
    struct CompactDecimal {
        /// Signed significand; meaningless when ``bigIndex`` is set.
        let significand: Int64
        let exponent: Int32
        /// Index in the stream's big values, or -1 when the value is inline.
        let bigIndex: Int32

        static var zero: CompactDecimal { CompactDecimal(significand: 0, exponent: 0, bigIndex: -1) }

        /// A non-negative integer below 10¹⁸ (digits read from the text), normalised here.
        init(word: UInt64) {
            guard word != 0 else {
                self = .zero
                return
            }
            var significand = word
            var exponent: Int32 = 0
            while significand % 10 == 0 {
                significand /= 10
                exponent += 1
            }
            self.init(significand: Int64(significand), exponent: exponent, bigIndex: -1)
        }

        init(significand: Int64, exponent: Int32, bigIndex: Int32) {
            self.significand = significand
            self.exponent = exponent
            self.bigIndex = bigIndex
        }

        var isBig: Bool { bigIndex >= 0 }

        /// The value × 10^power, when it stays inline (nil: go through ``ExactDecimal``).
        func scaled(byPowerOf10 power: Int) -> CompactDecimal? {
            guard !isBig else { return nil }
            guard significand != 0 else { return self }
            let scaled = Int(exponent) + power
            guard let exponent = Int32(exactly: scaled) else { return nil }
            return CompactDecimal(significand: significand, exponent: exponent, bigIndex: -1)
        }

        /// The negated value, when it stays inline.
        var negated: CompactDecimal? {
            guard !isBig, significand != .min else { return nil }
            return CompactDecimal(significand: -significand, exponent: exponent, bigIndex: -1)
        }

        /// Same as ``ExactDecimal/intValue`` of the inline value (nil for a big one: ask the decimal).
        var inlineIntValue: Int? {
            guard exponent >= 0, exponent <= 19 else { return nil }
            var value = Int(significand)
            for _ in 0..<exponent {
                let (scaled, overflow) = value.multipliedReportingOverflow(by: 10)
                guard !overflow else { return nil }
                value = scaled
            }
            return value
        }
    }

    /// The exact value of `compact`.
    func decimal(_ compact: CompactDecimal) -> ExactDecimal {
        if compact.isBig { return stream.bigDecimal(Int(compact.bigIndex)) }
        return ExactDecimal(compactSignificand: compact.significand, exponent: Int(compact.exponent))
    }

    /// `value` as a ``CompactDecimal``: inline when its significand and exponent fit, else kept by the stream.
    func compact(_ value: ExactDecimal) -> CompactDecimal {
        if value.isZero { return .zero }
        if let exponent = Int32(exactly: value.exponent) {
            let words = value.significand.magnitude.words
            if words.count == 1, words[words.startIndex] <= UInt(Int64.max) {
                let magnitude = Int64(words[words.startIndex])
                return CompactDecimal(
                    significand: value.significand.sign == .minus ? -magnitude : magnitude, exponent: exponent, bigIndex: -1)
            }
        }
        return CompactDecimal(significand: 0, exponent: 0, bigIndex: Int32(stream.storeBig(value)))
    }

    /// The read's exact value.
    func value(of read: NumberRead) -> ExactDecimal { decimal(read.number) }

    /// ``ExactDecimal/intValue`` of the read's value, without building it when inline.
    func intValue(of read: NumberRead) -> Int? {
        read.number.isBig ? value(of: read).intValue : read.number.inlineIntValue
    }
}
