/// The Vietnamese vowel letters with every tone, and lookup tables derived from them.
///
/// Everything here is computed once from the six rows below, so that the tables for
/// tone stripping, tone placement and folding cannot disagree with each other.
enum VietnameseAlphabet {
    /// The twelve vowel letters without tone, in the column order of `toneRows`.
    static let baseVowels: [Unicode.Scalar] = Array("aăâeêioôơuưy".unicodeScalars)

    /// Row `t` holds the twelve vowels carrying tone `t` (`Tone.rawValue`).
    static let toneRows: [[Unicode.Scalar]] = [
        Array("aăâeêioôơuưy".unicodeScalars),
        Array("àằầèềìòồờùừỳ".unicodeScalars),
        Array("áắấéếíóốớúứý".unicodeScalars),
        Array("ảẳẩẻểỉỏổởủửỷ".unicodeScalars),
        Array("ãẵẫẽễĩõỗỡũữỹ".unicodeScalars),
        Array("ạặậẹệịọộợụựỵ".unicodeScalars),
    ]

    /// What a lowercase vowel letter is made of.
    struct VowelInfo: Sendable {
        var base: Unicode.Scalar
        var tone: Tone
        var isUppercase: Bool
    }

    /// Every toned or untoned vowel letter, lower and upper case, to its base and tone.
    static let vowelInfo: [UInt32: VowelInfo] = {
        var table: [UInt32: VowelInfo] = [:]
        for (toneIndex, row) in toneRows.enumerated() {
            for (column, scalar) in row.enumerated() {
                let tone = Tone(rawValue: toneIndex)!
                table[scalar.value] = VowelInfo(base: baseVowels[column], tone: tone, isUppercase: false)
                table[uppercase(scalar).value] = VowelInfo(base: baseVowels[column], tone: tone, isUppercase: true)
            }
        }
        return table
    }()

    /// The letter for a (lowercase) base vowel with a tone.
    static func vowel(_ base: Unicode.Scalar, tone: Tone, uppercase isUpper: Bool) -> Unicode.Scalar {
        guard let column = baseVowels.firstIndex(of: base) else { return base }
        let scalar = toneRows[tone.rawValue][column]
        return isUpper ? uppercase(scalar) : scalar
    }

    /// Uppercase of a single Vietnamese letter (all of them map to a single scalar).
    static func uppercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let mapped = scalar.properties.uppercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first! : scalar
    }

    /// Lowercase of a single letter.
    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first! : scalar
    }

    /// The 67 lowercase letters of the Vietnamese alphabet that carry a diacritic
    /// (ă â ê ô ơ ư đ and the 60 toned vowels); their uppercase forms make 134.
    static let diacriticLetters: [Unicode.Scalar] = {
        var letters: [Unicode.Scalar] = Array("ăâêôơưđ".unicodeScalars)
        for row in toneRows.dropFirst() { letters.append(contentsOf: row) }
        return letters
    }()
}
