/// A cheap check that a letter run has the shape of a Vietnamese syllable: onset, one to three
/// vowels, an allowed coda. It is the ``TokenFlags/foreign`` test on the hot path, where parsing
/// every token with `Syllable` would cost more than the whole tokenizer; it accepts a few
/// impossible syllables (tone/vowel combinations) but rejects "Microsoft", "Google", "Internet".
///
/// The check is a small automaton that the byte scanner advances by one table load per letter
/// while it reads the run: a run's shape is known when its last letter is read, with no second
/// look at its letters (the packed-letters check it replaces cost about 7% of tokenizing).
///
/// Letters are given as columns: a Vietnamese letter's ASCII base letter ("ệ" → "e", "đ" → "d")
/// masked to its low five bits, so "a"…"z" are 1…26 in either case (``column(_:)``); column 0
/// stands for a letter outside the Vietnamese alphabet, which no syllable contains.
enum SyllableShape {
    /// A state of the automaton; ``start`` before the first letter.
    typealias State = UInt8

    /// Columns per state in ``transitions``: the 27 letter columns, padded to a power of two.
    static let columns = 32

    /// Any letter sequence with no syllable shape, whatever follows.
    static let rejected: State = 0
    /// No letter read yet.
    static let start: State = 1
    // Onset letters that decide how the syllable goes on.
    private static let afterN: State = 2
    private static let afterNG: State = 3
    /// After "c", "k" or "p", which may take an "h".
    private static let afterCKP: State = 4
    private static let afterT: State = 5
    private static let afterG: State = 6
    /// After "gi": the onset "gi" when a vowel follows ("giêng"), else "g" and the vowel "i" ("gìn").
    private static let afterGI: State = 7
    private static let afterQ: State = 8
    /// A complete onset: a vowel must follow.
    private static let afterOnset: State = 9
    private static let oneVowel: State = 10
    private static let twoVowels: State = 11
    private static let threeVowels: State = 12
    /// The coda "c", which may take an "h".
    private static let afterCodaC: State = 13
    /// The coda "n", which may take a "g" or an "h".
    private static let afterCodaN: State = 14
    /// A complete coda: nothing may follow.
    private static let afterCoda: State = 15
    private static let stateCount = 16
    /// The length of ``transitions``.
    @inline(__always) static var transitionCount: Int { stateCount * columns }

    /// The states in which the letters read form a syllable shape.
    private static let acceptingStates: UInt32 =
        1 << oneVowel | 1 << twoVowels | 1 << threeVowels | 1 << afterGI | 1 << afterCodaC | 1 << afterCodaN
        | 1 << afterCoda

    /// The column of an ASCII letter (either case) or of a Vietnamese base letter.
    @inline(__always)
    static func column(_ letter: UInt8) -> UInt8 { letter & 0x1F }

    /// The state after reading the letter in `column`, from ``transitions`` (or its pinned copy).
    @inline(__always)
    static func next(_ state: State, column: UInt8, in table: UnsafePointer<State>) -> State {
        table[Int(state) &* columns &+ Int(column)]
    }

    /// Whether the letters read so far, at most seven of them (callers count), form a syllable shape.
    @inline(__always)
    static func accepts(_ state: State) -> Bool {
        acceptingStates &>> UInt32(state) & 1 != 0
    }

    /// `transitions[state * columns + column]`: the next state.
    static let transitions: [State] = {
        var table = [State](repeating: rejected, count: transitionCount)
        for state in 0..<stateCount {
            for letter in UInt8(ascii: "a")...UInt8(ascii: "z") {
                table[state * columns + Int(column(letter))] = transition(State(state), letter)
            }
        }
        return table
    }()

    /// The grammar, one letter at a time.
    private static func transition(_ state: State, _ letter: UInt8) -> State {
        let vowel = isVowel(letter)
        switch state {
        case start:
            switch letter {
            case UInt8(ascii: "n"): return afterN
            case UInt8(ascii: "c"), UInt8(ascii: "k"), UInt8(ascii: "p"): return afterCKP
            case UInt8(ascii: "t"): return afterT
            case UInt8(ascii: "g"): return afterG
            case UInt8(ascii: "q"): return afterQ
            case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "h"), UInt8(ascii: "l"), UInt8(ascii: "m"),
                UInt8(ascii: "r"), UInt8(ascii: "s"), UInt8(ascii: "v"), UInt8(ascii: "x"):
                return afterOnset
            default: return vowel ? oneVowel : rejected
            }
        case afterN:
            if letter == UInt8(ascii: "g") { return afterNG }
            if letter == UInt8(ascii: "h") { return afterOnset }
            return vowel ? oneVowel : rejected
        case afterNG:
            // "ngh", "ng".
            if letter == UInt8(ascii: "h") { return afterOnset }
            return vowel ? oneVowel : rejected
        case afterCKP:
            if letter == UInt8(ascii: "h") { return afterOnset }
            return vowel ? oneVowel : rejected
        case afterT:
            if letter == UInt8(ascii: "h") || letter == UInt8(ascii: "r") { return afterOnset }
            return vowel ? oneVowel : rejected
        case afterG:
            if letter == UInt8(ascii: "h") { return afterOnset }
            if letter == UInt8(ascii: "i") { return afterGI }
            return vowel ? oneVowel : rejected
        case afterGI:
            // A vowel makes "gi" the onset and starts the vowels; anything else ends the vowel "i".
            return vowel ? oneVowel : coda(letter)
        case afterQ:
            return letter == UInt8(ascii: "u") ? afterOnset : rejected
        case afterOnset:
            return vowel ? oneVowel : rejected
        case oneVowel:
            return vowel ? twoVowels : coda(letter)
        case twoVowels:
            return vowel ? threeVowels : coda(letter)
        case threeVowels:
            return vowel ? rejected : coda(letter)
        case afterCodaC:
            return letter == UInt8(ascii: "h") ? afterCoda : rejected
        case afterCodaN:
            return letter == UInt8(ascii: "g") || letter == UInt8(ascii: "h") ? afterCoda : rejected
        default:
            return rejected
        }
    }

    /// The first letter of a coda: "c", "m", "n", "p", "t" ("ch", "ng", "nh" go on from "c" and "n").
    private static func coda(_ letter: UInt8) -> State {
        switch letter {
        case UInt8(ascii: "c"): afterCodaC
        case UInt8(ascii: "n"): afterCodaN
        case UInt8(ascii: "m"), UInt8(ascii: "p"), UInt8(ascii: "t"): afterCoda
        default: rejected
        }
    }

    private static func isVowel(_ letter: UInt8) -> Bool {
        switch letter {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"),
            UInt8(ascii: "y"):
            true
        default: false
        }
    }
}
