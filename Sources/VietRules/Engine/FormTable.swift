import VietTokenizer

/// Per distinct token text ("form"): its comparison keys, literal ids and cached predicate results.
/// A form is analysed once per ``RuleMatcher`` however often it occurs, which is what makes a
/// thousand literal rules cost about as much as one.
struct FormTable {
    struct Form {
        let text: String
        /// Key per ``KeyMode``, computed on first use.
        var keys: [String?] = [nil, nil, nil, nil]
        /// Literal id per ``KeyMode`` (-1: none), -2 until computed.
        var literalIDs: (Int32, Int32, Int32, Int32) = (-2, -2, -2, -2)
        var shape: String?
    }

    private(set) var forms: [Form] = []
    private var ids: [Substring: Int32] = [:]
    /// (form, regex) → matches.
    var regexResults: [Int64: Bool] = [:]
    /// (form, lexicon) → bit 0: is an entry, bit 1: a longer entry starts with it.
    var lexiconProbes: [Int64: UInt8] = [:]
    /// (phase, form) → rules that can start with a lexicon entry beginning with the form.
    var lexiconSeeds: [Int64: [Int]] = [:]

    /// Forms kept before the table is emptied, to bound memory on endless input.
    static let capacity = 400_000

    mutating func clearIfFull() {
        guard forms.count > Self.capacity else { return }
        forms.removeAll(keepingCapacity: true)
        ids.removeAll(keepingCapacity: true)
        regexResults.removeAll(keepingCapacity: true)
        lexiconProbes.removeAll(keepingCapacity: true)
        lexiconSeeds.removeAll(keepingCapacity: true)
    }

    mutating func id(of text: Substring) -> Int32 {
        if let id = ids[text] { return id }
        let id = Int32(forms.count)
        forms.append(Form(text: String(text)))
        ids[text] = id
        return id
    }

    mutating func key(_ form: Int32, _ mode: KeyMode) -> String {
        if let key = forms[Int(form)].keys[mode.rawValue] { return key }
        let key = mode.key(forms[Int(form)].text)
        forms[Int(form)].keys[mode.rawValue] = key
        return key
    }

    mutating func literalID(_ form: Int32, _ mode: KeyMode, table: LiteralTable) -> Int32 {
        let cached: Int32 =
            switch mode {
            case .exact: forms[Int(form)].literalIDs.0
            case .ignoreCase: forms[Int(form)].literalIDs.1
            case .ignoreDiacritics: forms[Int(form)].literalIDs.2
            case .ignoreBoth: forms[Int(form)].literalIDs.3
            }
        if cached != -2 { return cached }
        let id = table.id(of: key(form, mode), mode: mode)
        switch mode {
        case .exact: forms[Int(form)].literalIDs.0 = id
        case .ignoreCase: forms[Int(form)].literalIDs.1 = id
        case .ignoreDiacritics: forms[Int(form)].literalIDs.2 = id
        case .ignoreBoth: forms[Int(form)].literalIDs.3 = id
        }
        return id
    }

    mutating func shape(_ form: Int32) -> String {
        if let shape = forms[Int(form)].shape { return shape }
        let shape = Self.shape(of: forms[Int(form)].text)
        forms[Int(form)].shape = shape
        return shape
    }

    /// spaCy-style shape: upper-case letters → X, lower → x, digits → d, others kept; runs of the
    /// same class longer than four are cut to four ("Nguyễn" → "Xxxxx", "2019" → "dddd", "17/NQ-CP" → "dd/XX-XX").
    static func shape(of text: String) -> String {
        var result = ""
        var previous: Character = "\0"
        var run = 0
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            let symbol: Character =
                properties.isUppercase ? "X"
                : properties.isLowercase || properties.isAlphabetic ? "x"
                : properties.numericType != nil ? "d"
                : Character(scalar)
            if properties.generalCategory == .nonspacingMark { continue }
            run = symbol == previous ? run + 1 : 1
            previous = symbol
            if run <= 4 { result.append(symbol) }
        }
        return result
    }
}
