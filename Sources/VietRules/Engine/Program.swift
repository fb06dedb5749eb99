/// One instruction of a phase's automaton (a Pike VM program over tokens).
enum Instruction: Sendable, Hashable {
    /// Consume one token that passes the test.
    case test(Int32)
    /// Consume one entry of a lexicon (one or more tokens).
    case lexicon(Int32)
    /// Consume a span an earlier phase labelled.
    case label(Int32)
    /// Continue at both; the first is preferred (greedy/lazy order).
    case split(Int32, Int32)
    case jump(Int32)
    /// Record the current position in a capture slot.
    case save(Int32)
    /// Zero-width look-around check.
    case assert(Int32)
    case atStart
    case atEnd
    /// A rule matched.
    case match(Int32)
}

/// A look-around: a small bounded pattern checked forward or backward from a position.
struct Lookaround: Sendable {
    let kind: LookaroundKind
    /// Instructions of the inner pattern in their own address space, ending with `.match(0)`.
    let program: [Instruction]

    /// Whether `program` is one-token tests and line-edge checks in a row, with no alternative,
    /// and perhaps a lexicon entry or labelled span last: then it is checked by walking the tokens
    /// once, without a search (`(?<! "(" _)`, `(?= "đối với")`, `(?<! [kind:number] ":" _)`,
    /// `(?<= @LIFE_EVENT "(")`). A last entry or span has nothing after it: that one exists
    /// where the walk arrives is the answer, whatever its extent.
    var isStraight: Bool {
        guard program.count >= 2, case .match = program[program.count - 1] else { return false }
        return program.dropLast().enumerated().allSatisfy { index, instruction in
            switch instruction {
            case .test, .atStart, .atEnd: true
            case .lexicon, .label: index == program.count - 2
            default: false
            }
        }
    }

    /// A hash of the direction and program: equal for two look-arounds that read the same, so
    /// that the compiler finds them (``Shape/memo``) without hashing every program through
    /// `Hasher`, which cost some 3M instructions per start-up with the shipped rules.
    var fingerprint: UInt64 {
        var hash: UInt64 = kind.isBehind ? 1 : 2
        for instruction in program {
            let (code, first, second): (UInt64, Int32, Int32) =
                switch instruction {
                case .test(let id): (1, id, 0)
                case .lexicon(let id): (2, id, 0)
                case .label(let id): (3, id, 0)
                case .split(let preferred, let other): (4, preferred, other)
                case .jump(let target): (5, target, 0)
                case .save(let slot): (6, slot, 0)
                case .assert(let id): (7, id, 0)
                case .atStart: (8, 0, 0)
                case .atEnd: (9, 0, 0)
                case .match(let rule): (10, rule, 0)
                }
            let word = code | UInt64(UInt32(bitPattern: first)) << 4 | UInt64(UInt32(bitPattern: second)) << 36
            hash = (hash ^ word) &* 0x9E37_79B9_7F4A_7C15
        }
        return hash
    }

    /// What the matcher reads on every check of a look-around, in a value with no array: reading
    /// a ``Lookaround`` from the rule set retained and released its program each time.
    struct Shape: Sendable {
        let isBehind: Bool
        let isNegative: Bool
        /// The look-around's one element when its program is that element and `.match`.
        let single: Instruction?
        /// Where ``RuleSetStorage/straightSteps`` holds the program of a straight look-around
        /// (``Lookaround/isStraight``; empty for the others).
        let straightSteps: Range<Int32>
        /// The first look-around with the same direction and program: the matcher's memo slot for
        /// the answer before negation. The rules repeat look-arounds (`(?! <glued>)` after every
        /// year, `(?<= <year_token>)`), and the ones a number span's end meets were each checked
        /// once per rule that reached it.
        let memo: Int32
    }
}

/// What `emit` does: the label and the attribute expressions.
struct CompiledEmit: Sendable {
    enum Item: Sendable {
        case assign(String, TypedExpression)
        case spread(Int)
    }

    let label: String
    /// The capture (index into the rule's captures) whose tokens a match reports (`emit L at n`),
    /// or nil: the whole pattern's.
    var spanCapture: Int? = nil
    let items: [Item]
}

/// What is known at compile time about a named capture.
struct CaptureInfo: Sendable {
    let name: String
    /// Labels the captured sub-pattern can consume (to find the earlier match for `n.value`).
    let labels: Set<String>
    /// Lexicons the captured sub-pattern can consume (for `n.value` of an entry).
    let lexicons: [Int]
    /// Whether the capture can match nothing.
    let isOptional: Bool
}

/// An example or counter attached to a rule.
public struct RuleSpec: Sendable, Hashable {
    /// Whether the text must produce the expected match, or must not produce the rule's label.
    public enum Kind: Sendable, Hashable {
        case example
        case counter
    }

    public let kind: Kind
    /// The input line.
    public let text: String
    /// The label expected (for a counter: the label that must not appear).
    public let label: String
    /// For an example: the text the match must cover (nil: the whole input, trimmed).
    public let expectedText: String?
    /// For an example: attributes that must have these values ("nil" = must be absent).
    public let attributes: [Attribute]
    /// The rule it belongs to.
    public let ruleName: String
    /// Where it is written.
    public let location: SourceLocation
}

/// A compiled rule.
struct CompiledRule: Sendable {
    let name: String
    /// Global order: load order of files, then position in the file.
    let order: Int
    let priority: Int
    let phase: Int
    let entry: Int32
    let captures: [CaptureInfo]
    let emit: CompiledEmit
    let location: SourceLocation
    let specs: [RuleSpec]
}

/// All rules of one phase compiled into one program.
struct PhaseProgram: Sendable {
    let name: String
    let overlap: OverlapPolicy
    let supersede: Bool
    var instructions: [Instruction]
    /// Rules (global indices) in this phase.
    var rules: [Int]
    /// Seeds: which rules may start at a token, by what the token is.
    var startIndex: StartIndex
    /// Capture slots of the rule with the most captures (2 + 2 × captures): the stride of the
    /// matcher's capture pool for this phase.
    var captureWidth = 2
}

/// Which rules can start where, so that at each position only rules whose first element can match
/// are started (rules whose required first literal is absent cost nothing).
struct StartIndex: Sendable {
    /// A rule started wherever one of its first tests that is no literal passes (besides the
    /// literals, lexicons and labels it is indexed by), or at every position.
    struct Anywhere: Sendable {
        let rule: Int
        /// The rule's first tests that are no literal (none of them `_`); nil when the rule must be
        /// started everywhere. A rule beginning with a look-behind and a regex thus costs a cached
        /// regex answer per form, not a look-behind check per position.
        let firstTests: [Int32]?
        /// The token kinds it may start at (``TokenTest/requiredKinds`` of its first tests,
        /// joined), or all bits when its first tests restrict no kind.
        var kinds: UInt32 = ~0
    }

    /// Rules started at every position, the end of the line included (they may match without
    /// consuming, or begin with `_`), in rule order.
    var always: [Int] = []
    /// The rules started by a first test that depends on the token's text only (no first test
    /// looks at kind or flags), decided once per distinct form; and those of `always`.
    var alwaysByForm: [Anywhere] = []
    /// The rules started by a first test that looks at the token's kind or flags: checked per token
    /// (only at tokens of ``Anywhere/kinds``).
    var alwaysByToken: [Anywhere] = []
    /// The token kinds (bits by raw value) at which a rule of `alwaysByToken` restricted to kinds
    /// may start: the phase's other tokens need no look at it.
    var kindStarts: UInt32 = 0
    /// Whether some rule of `alwaysByToken` may start at a token of any kind (so must be checked
    /// at every token).
    var startsAtAnyKind = false
    /// Literal key (per mode) → rules.
    var byLiteral: [[Int32: [Int]]] = Array(repeating: [:], count: 4)
    /// Lexicon → rules that can start with one of its entries, by ascending lexicon (an array, not
    /// a dictionary: it is walked for every new form and phase, where iterating a dictionary cost
    /// more than the cached probes it leads to).
    var byLexicon: [(lexicon: Int, rules: [Int])] = []
    /// Label id → rules that can start with a span of it (indexed by the rule set's label ids).
    var byLabel: [[Int]] = []
    /// Label id → rules that start with a span of it at the line's start only (`^ DATE …`): seeded
    /// at position 0 alone, where `byLabel` would start them at every span of the label.
    var byLabelAtLineStart: [[Int]] = []
}
