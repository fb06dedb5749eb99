/// Parses one syllable into its parts and knows where its tone mark belongs.
struct SyllableParser {
    let text: String
    /// Lowercase toneless letters.
    let letters: [Unicode.Scalar]
    /// Whether each letter was uppercase.
    let uppercase: [Bool]
    let onsetCount: Int
    let medialCount: Int
    let nucleusCount: Int
    /// Semivowel coda letters (i, y, o, u) at the end of the vowel cluster.
    let glideCount: Int
    let consonantCodaCount: Int
    let tone: Tone

    var onset: String { string(0, onsetCount) }
    var medial: String { string(onsetCount, medialCount) }
    var nucleus: String { string(onsetCount + medialCount, nucleusCount) }
    var coda: String { string(onsetCount + medialCount + nucleusCount, glideCount + consonantCodaCount) }

    private func string(_ start: Int, _ count: Int) -> String { Self.text(letters[start..<(start + count)]) }

    /// The scalars as a String, encoded in place: `String(String.UnicodeScalarView(slice))` went
    /// through an unspecialised generic append, ~3 000 instructions per part of every parse.
    private static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count * 4) { output in
            var count = 0
            for scalar in scalars {
                UTF8.encode(scalar) { byte in
                    output[count] = byte
                    count += 1
                }
            }
            return count
        }
    }

    static let consonants: Set<Unicode.Scalar> = Set("bcdđghklmnpqrstvx".unicodeScalars)
    static let onsets: Set<String> = [
        "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh",
        "p", "ph", "q", "r", "s", "t", "th", "tr", "v", "x",
    ]
    /// "k" ends syllables of minority-language place names ("Đắk Lắk").
    static let consonantCodas: Set<String> = ["", "c", "ch", "k", "m", "n", "ng", "nh", "p", "t"]
    /// Clusters that occur only after "qu" ("quya", "quyu" in the syllable inventory).
    static let clustersAfterQu: [String: (Int, Int, Int)] = ["ya": (0, 2, 0), "yu": (0, 1, 1)]
    static let vowelsWithDiacritic: Set<Unicode.Scalar> = Set("ăâêôơư".unicodeScalars)

    /// Vowel clusters → (medial, nucleus, glide) lengths.
    static let clusters: [String: (Int, Int, Int)] = {
        var table: [String: (Int, Int, Int)] = [:]
        for single in "aăâeêioôơuưy" { table[String(single)] = (0, 1, 0) }
        for c in ["ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "iu", "oi", "ôi", "ơi", "ui", "ưi", "ưu"] {
            table[c] = (0, 1, 1)
        }
        for c in ["ia", "iê", "yê", "ua", "uô", "ưa", "ươ", "oo", "ôô"] { table[c] = (0, 2, 0) }
        for c in ["iêu", "yêu", "uôi", "ươi", "ươu"] { table[c] = (0, 2, 1) }
        for c in ["oa", "oă", "oe", "uâ", "uă", "ue", "uê", "uy", "uơ"] { table[c] = (1, 1, 0) }
        for c in ["oai", "oay", "oao", "oeo", "oây", "uây", "uêu", "uyu"] { table[c] = (1, 1, 1) }
        for c in ["uyê", "uya"] { table[c] = (1, 2, 0) }
        return table
    }()

    /// Parses `raw`; nil when it is not one well-formed syllable.
    static func parse(_ raw: String) -> SyllableParser? {
        let text = UnicodeNormalizer.nfc(raw)
        var letters: [Unicode.Scalar] = []
        var uppercase: [Bool] = []
        var tone = Tone.ngang
        var tonedCount = 0
        var firstVowel = -1
        for scalar in text.unicodeScalars {
            if let info = VietnameseAlphabet.vowelInfo[scalar.value] {
                if firstVowel < 0 { firstVowel = letters.count }
                letters.append(info.base)
                uppercase.append(info.isUppercase)
                if info.tone != .ngang {
                    tone = info.tone
                    tonedCount += 1
                }
            } else {
                // After NFC a combining mark is left only where it cannot compose: a second
                // tone mark ("thị̣") or a mark on a consonant. Both are rejected here.
                let lower = VietnameseAlphabet.lowercase(scalar)
                guard consonants.contains(lower) else { return nil }
                letters.append(lower)
                uppercase.append(lower != scalar)
            }
        }
        guard tonedCount <= 1, letters.count <= 8 else { return nil }
        if firstVowel < 0 {
            // A lone consonant letter is a syllable when letters are spelled out ("b", "đ").
            guard letters.count == 1, tone == .ngang else { return nil }
            return SyllableParser(
                text: text, letters: letters, uppercase: uppercase, onsetCount: 1, medialCount: 0,
                nucleusCount: 0, glideCount: 0, consonantCodaCount: 0, tone: .ngang)
        }

        var onsetCount = firstVowel
        var clusterStart = firstVowel
        var forcedMedial = 0
        let onsetLetters = Self.text(letters[0..<firstVowel])
        if onsetLetters == "g", letters[firstVowel] == "i", firstVowel + 1 < letters.count,
            VietnameseAlphabet.baseVowels.contains(letters[firstVowel + 1])
        {
            onsetCount = 2  // "gia", "giữa": the i belongs to the onset
            clusterStart = 2
        } else if onsetLetters == "q" {
            guard letters[firstVowel] == "u" else { return nil }
            forcedMedial = 1
        }
        let onset = Self.text(letters[0..<onsetCount])
        guard onsets.contains(onset) else { return nil }

        var clusterEnd = clusterStart
        while clusterEnd < letters.count, !consonants.contains(letters[clusterEnd]) { clusterEnd += 1 }
        let coda = Self.text(letters[clusterEnd...])
        guard consonantCodas.contains(coda) else { return nil }

        if forcedMedial == 1, clusterEnd == clusterStart + 1 {
            forcedMedial = 0  // "qun", "qúc": the u of qu is the nucleus itself
        }
        let afterMedial = clusterStart + forcedMedial
        guard afterMedial < clusterEnd else { return nil }
        let cluster = Self.text(letters[afterMedial..<clusterEnd])
        guard var shape = clusters[cluster] ?? (forcedMedial == 1 ? clustersAfterQu[cluster] : nil) else {
            return nil
        }
        if forcedMedial == 1 {
            // "qu": the u is a medial in front of the cluster ("quyết" = q+u+yê+t, "quoan" = q+uo+a+n).
            shape.0 += 1
        }
        if !coda.isEmpty {
            guard shape.2 == 0 else { return nil }  // a glide and a final consonant: "aim"
            let nucleusStart = clusterStart + shape.0
            let nucleusLetters = Self.text(letters[nucleusStart..<(nucleusStart + shape.1)])
            // Open-only diphthongs: "ia", "ua", "ưa" are spelled iê, uô, ươ before a final consonant.
            guard !["ia", "ua", "ưa", "ya"].contains(nucleusLetters) else { return nil }
            if ["c", "ch", "k", "p", "t"].contains(coda) {
                guard tone == .ngang || tone == .sac || tone == .nang else { return nil }
            }
        }
        return SyllableParser(
            text: text, letters: letters, uppercase: uppercase, onsetCount: onsetCount,
            medialCount: shape.0, nucleusCount: shape.1, glideCount: shape.2,
            consonantCodaCount: letters.count - clusterEnd, tone: tone)
    }

    /// The index (into `letters`) of the letter that carries the tone in `style`.
    func toneIndex(in style: ToneStyle) -> Int {
        let nucleusStart = onsetCount + medialCount
        let nucleusRange = nucleusStart..<(nucleusStart + nucleusCount)
        if let marked = nucleusRange.last(where: { Self.vowelsWithDiacritic.contains(letters[$0]) }) {
            return marked
        }
        let isOpen = glideCount == 0 && consonantCodaCount == 0
        if style == .new, medialCount == 1, onset != "q", nucleusCount == 1, isOpen,
            ["a", "e", "y"].contains(letters[nucleusStart])
        {
            return onsetCount
        }
        if nucleusCount == 2 { return consonantCodaCount > 0 || glideCount > 0 ? nucleusStart + 1 : nucleusStart }
        return nucleusStart
    }

    /// The syllable spelled with its tone placed in `style`, keeping the case of every letter.
    func written(in style: ToneStyle) -> String {
        let toneAt = toneIndex(in: style)
        var scalars = String.UnicodeScalarView()
        for (index, letter) in letters.enumerated() {
            var scalar = letter
            if VietnameseAlphabet.baseVowels.contains(letter) {
                scalar = VietnameseAlphabet.vowel(letter, tone: index == toneAt ? tone : .ngang, uppercase: false)
            }
            scalars.append(uppercase[index] ? VietnameseAlphabet.uppercase(scalar) : scalar)
        }
        return String(scalars)
    }
}
