import VietTokenizer

/// A compiled single-token predicate.
indirect enum TokenTest: Sendable, Hashable {
    /// The token's key in `mode` is the literal with this id (see ``LiteralTable``).
    case literal(KeyMode, Int32)
    /// The whole token matches a regular expression (index into the rule set's regexes).
    case regex(Int)
    /// The token alone is an entry of a lexicon.
    case lexicon(Int)
    case kind(TokenKind)
    case flag(TokenFlag)
    /// The token's shape ("Xxxx", "dd/dd") equals this.
    case shape(String)
    case any
    case not(TokenTest)
    case and([TokenTest])
    case or([TokenTest])

    /// Whether the test's result depends on the token's text only (so it can be cached per form).
    var isFormOnly: Bool {
        switch self {
        case .literal, .regex, .lexicon, .shape, .any: true
        case .kind, .flag: false
        case .not(let inner): inner.isFormOnly
        case .and(let parts), .or(let parts): parts.allSatisfy(\.isFormOnly)
        }
    }

    /// The token kinds a token must have to pass, as bits by raw value (`1 << kind.rawValue`), or
    /// nil when a token of any kind may pass: `[kind:code & /…/]` needs a code, `[kind:number |
    /// kind:code]` one of two; `!kind:code`, a literal or a flag restrict nothing. A rule that begins
    /// with such a test is started only at tokens of those kinds (``StartIndex/Anywhere/kinds``).
    var requiredKinds: UInt32? {
        switch self {
        case .kind(let kind): kind.bit
        case .and(let parts):
            parts.compactMap(\.requiredKinds).reduce(nil) { (all: UInt32?, part) in (all ?? ~0) & part }
        case .or(let parts):
            parts.reduce(0) { (all: UInt32?, part) in all.flatMap { all in part.requiredKinds.map { all | $0 } } }
        default: nil
        }
    }

    /// Whether evaluating it costs more than a few comparisons (worth caching per form).
    var isExpensive: Bool {
        switch self {
        case .regex, .lexicon, .shape: true
        case .literal, .kind, .flag, .any: false
        case .not(let inner): inner.isExpensive
        case .and(let parts), .or(let parts): parts.contains(where: \.isExpensive)
        }
    }
}

extension TokenTest {
    /// The common one-token tests without the indirection of ``TokenTest``, whose cases are boxed:
    /// reading one from the rule set's table retains and releases its box, which was a large part
    /// of each test the automaton runs. The matcher dispatches on these first and falls back to the
    /// full test for ``other``.
    enum Flat: Sendable {
        case literal(KeyMode, Int32)
        case kind(TokenKind)
        case flag(TokenFlag)
        case any
        /// Simple tests that must all hold, or one negated (see ``TokenTest/Conjunction``).
        case conjunction(Conjunction)
        /// Simple tests of which one must hold, `["(" | "+" | "/"]`, packed as a conjunction's
        /// atoms are (unused atoms are 0 and never hold).
        case disjunction(Conjunction)
        /// Literals of one mode of which one must hold, more than a disjunction packs
        /// (`["." | "!" | "?" | ";" | "(" | …]`, as look-arounds' alternatives merge into): the
        /// token's literal id is among `members` of ``RuleSetStorage/literalSets`` (ascending). As
        /// ``other`` such a test took a retain, a release and a recursive call per literal.
        case literalSet(KeyMode, members: Range<Int32>)
        /// A regular expression alone, `/^(19|20)[0-9][0-9]$/` (the index of the rule set's
        /// regex): the most frequent of the tests that went to ``other`` on Wikipedia text (more
        /// than half of them), each paying a retain, a release and a second dispatch for a cached
        /// answer.
        case regex(Int)
        /// Five to eight simple tests that must all hold, a conjunction longer than ``Conjunction``
        /// packs (`[kind:word & is:capitalized & !is:allcaps & is:syllable & ![@NOT_A_GIVEN_NAME]]`,
        /// the words of names): its first four atoms and the rest, the two ``Conjunction``s at
        /// this index of ``RuleSetStorage/wideConjunctions``. As ``other`` each such test took a
        /// retain, a release and a recursive evaluation per part.
        case wideConjunction(Int32)
        /// Any other test: evaluate the ``TokenTest`` itself.
        case other

        /// - Parameters:
        ///   - literalSets: where a ``literalSet`` test's members are appended.
        ///   - wideConjunctions: where a ``wideConjunction`` test's two halves are appended.
        init(_ test: TokenTest, literalSets: inout [Int32], wideConjunctions: inout [Conjunction]) {
            switch test {
            case .literal(let mode, let id): self = .literal(mode, id)
            case .kind(let kind): self = .kind(kind)
            case .flag(let flag): self = .flag(flag)
            case .any: self = .any
            case .regex(let regex): self = .regex(regex)
            case .or(let parts):
                if let disjunction = Conjunction(.and(parts)) {
                    self = .disjunction(disjunction)
                } else if case .literal(let mode, _) = parts.first {
                    let ids = parts.compactMap { part -> Int32? in
                        if case .literal(mode, let id) = part { id } else { nil }
                    }
                    guard ids.count == parts.count else {
                        self = .other
                        return
                    }
                    let start = Int32(literalSets.count)
                    literalSets += Set(ids).sorted()
                    self = .literalSet(mode, members: start..<Int32(literalSets.count))
                } else {
                    self = .other
                }
            case .and(let parts) where (5...8).contains(parts.count):
                guard let head = Conjunction(.and(Array(parts.prefix(4)))), let rest = Conjunction(.and(Array(parts.dropFirst(4)))) else {
                    self = .other
                    return
                }
                self = .wideConjunction(Int32(wideConjunctions.count))
                wideConjunctions += [head, rest]
            default: self = Conjunction(test).map(Flat.conjunction) ?? .other
            }
        }
    }
}

/// The token flags a rule can test with `is:NAME`.
enum TokenFlag: String, Sendable, Hashable, CaseIterable {
    case capitalized, allcaps, lowercase, diacritics, foreign, digits, spaced, glued, syllable
}

/// Interned literal keys, one table per ``KeyMode``: a token's key is looked up once per form, and
/// every literal test is then an integer comparison.
struct LiteralTable: Sendable {
    /// Per mode: the ids by key (by bytes, not `String` hashing: see ``LiteralIndex``).
    private(set) var ids: [LiteralIndex] = Array(repeating: LiteralIndex(), count: 4)
    private(set) var keys: [[String]] = Array(repeating: [], count: 4)

    /// Whether any literal uses the mode (so forms need that key at all).
    var usedModes: [KeyMode] { KeyMode.allCases.filter { !ids[$0.rawValue].isEmpty } }

    mutating func intern(_ key: String, mode: KeyMode) -> Int32 {
        let known = ids[mode.rawValue].id(of: key)
        if known >= 0 { return known }
        let id = Int32(keys[mode.rawValue].count)
        ids[mode.rawValue].insert(key, id: id)
        keys[mode.rawValue].append(key)
        return id
    }

    func id(of key: String, mode: KeyMode) -> Int32 {
        ids[mode.rawValue].id(of: key)
    }
}

extension TokenKind {
    /// This kind's bit in a set of kinds (``TokenTest/requiredKinds``, ``StartIndex/kindStarts``).
    var bit: UInt32 { 1 << UInt32(rawValue) }
}
