import VietText

/// Per-scalar lookup tables for the byte scanner and the lexicon keys. Scalars at or above `limit`
/// are classified by range. The classes and lower-case mappings below `limit` are expanded from
/// ``CharacterData`` (generated from ``classify(_:)`` and ``lowercaseDefinition(_:)``, which
/// `CharacterTablesTests` checks it against), not computed from the standard library's Unicode
/// properties at start-up: that took 16M instructions, a tenth of every `viet` process's start-up.
enum CharacterTables {
    /// Scalars below this have a table entry (Latin, Greek, Cyrillic, Vietnamese, general punctuation).
    static let limit: UInt32 = 0x2100

    /// How the scanner treats a scalar.
    enum Class: UInt8 {
        /// Whitespace and control characters (including NUL): separate tokens, belong to none.
        case space = 0
        /// A letter the scanner handles itself (Latin incl. Vietnamese, IPA, Greek, Cyrillic).
        case letter
        /// An ASCII digit.
        case digit
        /// A combining mark: it extends whatever precedes it.
        case mark
        /// Punctuation (general category P*).
        case punctuation
        /// A symbol (general category S*) and anything else on its own.
        case symbol
        /// A letter or sign of another script (Thai, Arabic, CJK…) or an emoji: ICU word-breaks it.
        case otherScript
    }

    /// The tables as raw pointers, allocated once and never freed, so the scanner's hot loops
    /// index memory directly instead of going through a global accessor and array bounds checks
    /// on every scalar (together ~10% of tokenizing time before this change).
    struct Pointers: @unchecked Sendable {
        let classes: UnsafePointer<Class>
        let lowercase: UnsafePointer<UInt32>
        let letters: UnsafePointer<LetterInfo>
        /// ``SyllableShape/transitions`` followed by ``runBytes`` (at ``runBytesOffset``): the run
        /// scanner reads both for every letter, and one base pointer for the two leaves it a
        /// register (two had one of them reloaded from the stack per letter).
        let shapes: UnsafePointer<SyllableShape.State>

        @inline(__always)
        func classOf(_ scalar: UInt32) -> Class {
            scalar < CharacterTables.limit ? classes[Int(scalar)] : CharacterTables.classOf(scalar)
        }

        @inline(__always)
        func lower(_ scalar: UInt32) -> UInt32 {
            scalar < CharacterTables.limit ? lowercase[Int(scalar)] : scalar
        }

        /// What the run scanner needs to know about a scalar, in one load below ``limit``.
        @inline(__always)
        func letterInfo(_ scalar: UInt32) -> LetterInfo {
            scalar < CharacterTables.limit
                ? letters[Int(scalar)] : LetterInfo(class: CharacterTables.classOf(scalar), lower: scalar)
        }
    }

    /// A scalar's class and, for a letter, its lower case, case and syllable-shape column, packed in
    /// 32 bits: the scanner reads all of them for each non-ASCII letter, and one table load instead
    /// of three (class, lower case, Vietnamese base) is most of what a letter costs beyond decoding.
    struct LetterInfo {
        /// Bits 0..<21: the lower-case scalar; 21..<24: the class; 24: upper case; 25..<30: the column.
        let raw: UInt32

        init(class kind: Class, lower: UInt32, isUpper: Bool = false, shapeColumn: UInt8 = 0) {
            raw = lower | UInt32(kind.rawValue) << 21 | (isUpper ? 1 << 24 : 0) | UInt32(shapeColumn) << 25
        }

        @inline(__always) var kind: Class { Class(rawValue: UInt8(truncatingIfNeeded: raw >> 21 & 7)) ?? .symbol }
        @inline(__always) var lower: UInt32 { raw & 0x1F_FFFF }
        /// 1 for an upper-case letter (its lower case differs from it), else 0.
        @inline(__always) var upperCount: Int { Int(truncatingIfNeeded: raw >> 24 & 1) }
        /// ``SyllableShape/column(_:)`` of the letter's Vietnamese base letter; 0 outside the alphabet.
        @inline(__always) var shapeColumn: UInt8 { UInt8(truncatingIfNeeded: raw >> 25 & 0x1F) }
    }

    static let pointers: Pointers = {
        func pin<T>(_ array: [T]) -> UnsafePointer<T> {
            let pointer = UnsafeMutablePointer<T>.allocate(capacity: array.count)
            pointer.initialize(from: array, count: array.count)
            return UnsafePointer(pointer)
        }
        let letters = (0..<limit).map { value in
            let kind = classes[Int(value)]
            let lower = lowercase[Int(value)]
            guard kind == .letter else { return LetterInfo(class: kind, lower: lower) }
            return LetterInfo(
                class: kind, lower: lower, isUpper: lower != value,
                shapeColumn: SyllableShape.column(vietnameseBase[Int(value)]))
        }
        return Pointers(
            classes: pin(classes), lowercase: pin(lowercase), letters: pin(letters),
            shapes: pin(SyllableShape.transitions + runBytes))
    }()

    /// What a byte is to the run scanner, one load for its every byte: an ASCII letter's
    /// ``SyllableShape/column(_:)`` (1...26) plus ``runUpperCase`` when it is upper case,
    /// ``runDigit`` for an ASCII digit, ``runNonASCII`` for a byte at or above 0x80, 0 for any
    /// other byte (it ends the run). Two range tests and a case test per letter cost more.
    static let runBytes: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        let value = UInt8(byte)
        if value >= 0x80 { return runNonASCII }
        if value &- UInt8(ascii: "0") < 10 { return runDigit }
        guard (value | 0x20) &- UInt8(ascii: "a") < 26 else { return 0 }
        return SyllableShape.column(value) | (value < UInt8(ascii: "a") ? runUpperCase : 0)
    }
    /// Where ``runBytes`` starts in ``Pointers/shapes``.
    @inline(__always) static var runBytesOffset: Int { SyllableShape.transitionCount }
    static let runUpperCase: UInt8 = 0x20
    static let runDigit: UInt8 = 0x40
    static let runNonASCII: UInt8 = 0x80

    /// `classes[scalar]` for scalars below ``limit``: ``CharacterData/classRuns`` expanded.
    static let classes: [Class] = {
        var table = [Class](repeating: .symbol, count: Int(limit))
        let runs = CharacterData.classRuns
        for (index, run) in runs.enumerated() {
            let start = Int(run >> 3)
            let end = index + 1 < runs.count ? Int(runs[index + 1] >> 3) : Int(limit)
            let kind = Class(rawValue: UInt8(truncatingIfNeeded: run & 7)) ?? .symbol
            for value in start..<end { table[value] = kind }
        }
        return table
    }()

    /// ``lowercaseDefinition(_:)`` of every scalar below ``limit``: the identity with
    /// ``CharacterData/lowercasePairs`` applied.
    static let lowercase: [UInt32] = {
        var table = (0..<limit).map { $0 }
        let pairs = CharacterData.lowercasePairs
        for index in stride(from: 0, to: pairs.count - 1, by: 2) { table[Int(pairs[index])] = pairs[index + 1] }
        return table
    }()

    /// The lower-case mapping the tables give a scalar below ``limit`` (identity when there is none
    /// or it is not one scalar), with one exception: "Ð" (U+00D0, the eth that Vietnamese text
    /// carries for "Đ", see `TextNormalizer`) lower-cases to "đ", so that "Ðơn vị" keys as "đơn vị"
    /// in the lexicon even where the text was not normalised (`viet segment`, `viet tokenize`).
    /// The definition ``CharacterData/lowercasePairs`` is generated from.
    static func lowercaseDefinition(_ value: UInt32) -> UInt32 {
        if value == 0xD0 { return 0x111 }
        guard let scalar = Unicode.Scalar(value) else { return value }
        let mapped = scalar.properties.lowercaseMapping.unicodeScalars
        return mapped.count == 1 ? mapped.first!.value : value
    }

    /// For letters of the Vietnamese alphabet below ``limit``: the ASCII base letter, lower case
    /// ("Ệ" → "e", "đ" → "d"); 0 for every other scalar. Used for the syllable-shape column.
    static let vietnameseBase: [UInt8] = {
        var table = [UInt8](repeating: 0, count: Int(limit))
        let groups: [(Character, String)] = [
            ("a", "aàáảãạăằắẳẵặâầấẩẫậ"), ("e", "eèéẻẽẹêềếểễệ"), ("i", "iìíỉĩị"),
            ("o", "oòóỏõọôồốổỗộơờớởỡợ"), ("u", "uùúủũụưừứửữự"), ("y", "yỳýỷỹỵ"), ("d", "dđ"),
            ("d", "Ð"),  // the look-alike eth typed for "Đ" (see `lowercase`)
        ]
        for (base, letters) in groups {
            for letter in (letters + letters.uppercased()).unicodeScalars where letter.value < limit {
                table[Int(letter.value)] = base.asciiValue!
            }
        }
        for ascii in UInt8(ascii: "a")...UInt8(ascii: "z") where table[Int(ascii)] == 0 {
            table[Int(ascii)] = ascii
            table[Int(ascii - 0x20)] = ascii
        }
        return table
    }()

    /// The class of a scalar below ``limit`` by its Unicode properties: the definition
    /// ``CharacterData/classRuns`` is generated from.
    static func classify(_ scalar: Unicode.Scalar) -> Class {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39: return .digit
            case 0x41...0x5A, 0x61...0x7A: return .letter
            case 0...0x20, 0x7F: return .space
            default: break
            }
        }
        let properties = scalar.properties
        if properties.isWhitespace || value == 0xFEFF || value == 0x200B { return .space }
        switch properties.generalCategory {
        case .control, .format:
            // Joiners and variation selectors belong to emoji and Indic sequences: leave them to ICU.
            return value == 0x200C || value == 0x200D ? .otherScript : .space
        case .nonspacingMark, .enclosingMark, .spacingMark:
            return .mark
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return value < 0x0530 || (0x2000...0x206F).contains(value) ? .punctuation : .otherScript
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol:
            return value < 0x0530 || (0x2000...0x20CF).contains(value) ? .symbol : .otherScript
        default:
            if properties.isAlphabetic {
                return value < 0x0530 || (0x1E00...0x1EFF).contains(value) ? .letter : .otherScript
            }
            return properties.numericType != nil ? .otherScript : .symbol
        }
    }

    /// The class of any scalar.
    @inline(__always)
    static func classOf(_ scalar: UInt32) -> Class {
        if scalar < limit { return classes[Int(scalar)] }
        switch scalar {
        case 0x3000, 0xFEFF: return .space
        case 0xFE00...0xFE0F, 0xE0100...0xE01EF: return .mark
        case 0xD800...0xDFFF: return .symbol
        default: return .otherScript
        }
    }

    /// The lower-case scalar (identity at or above ``limit``).
    @inline(__always)
    static func lower(_ scalar: UInt32) -> UInt32 {
        scalar < limit ? lowercase[Int(scalar)] : scalar
    }
}
