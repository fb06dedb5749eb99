import VietText

/// Unicode properties of scalars that the compiler and the lexicons ask about for every scalar of
/// every literal and lexicon key, answered without Unicode's property tables for ASCII and the
/// Latin letters (nearly every scalar of a Vietnamese key): a property lookup cost a few hundred
/// instructions, and loading the shipped rules asked some 30 000 of them. Other scalars go to the
/// tables, so every answer is the table's (`ScalarClassTests` checks every scalar).
enum ScalarClass {
    /// `scalar.properties.isWhitespace`.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || value &- 0x09 < 5 }
        return !CompiledLexicon.isLatinLetter(scalar) && scalar.properties.isWhitespace
    }

    /// `scalar.properties.isAlphabetic || scalar.properties.numericType != nil`: a letter or a digit.
    @inline(__always)
    static func isWordy(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) &- 0x61 < 26 || value &- 0x30 < 10 }
        return CompiledLexicon.isLatinLetter(scalar) || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Whether every scalar of `text` is whitespace (true for "").
    static func isAllWhitespace(_ text: String) -> Bool {
        !containsScalar(text) { !isWhitespace($0) }
    }

    /// Whether a scalar of `text` is whitespace.
    static func containsWhitespace(_ text: String) -> Bool {
        containsScalar(text, where: isWhitespace)
    }

    /// Whether some scalar of `text` satisfies `predicate`, decoding the UTF-8 directly (iterating
    /// `unicodeScalars` cost tens of instructions per scalar).
    static func containsScalar(_ text: String, where predicate: (Unicode.Scalar) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let (value, length) = UTF8Decoding.decode(bytes, at: index)
                if predicate(Unicode.Scalar(value).unsafelyUnwrapped) { return true }
                index += length
            }
            return false
        }
    }
}
