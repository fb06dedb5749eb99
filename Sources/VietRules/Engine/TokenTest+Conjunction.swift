import VietTokenizer

extension TokenTest {
    /// Up to four simple one-token tests that must all hold — a token kind, a flag, lexicon
    /// membership or a literal, each possibly negated — packed into integers, in the order the
    /// ``TokenTest`` lists them.
    ///
    /// Why: the tests that name rules repeat over every word of a name,
    /// `[kind:word & is:capitalized & !@NAME_STOP]`, went through the recursive evaluation of
    /// the boxed ``TokenTest`` — a retain and a release of each part's box, a closure per `&` —
    /// for a few comparisons. Packed, they are read from ``Flat`` with no reference counting.
    ///
    /// An atom is 32 bits: the kind of test in bits 28–31 (0: no atom), negation in bit 27, and its
    /// operand in bits 0–26 (a literal: its ``KeyMode`` in bits 25–26 and its id below).
    ///
    /// ```swift
    /// let test = TokenTest.and([.kind(.word), .not(.lexicon(3))])
    /// TokenTest.Conjunction(test)?.atoms.0   // kind:word; .1: not in lexicon 3
    /// ```
    struct Conjunction: Sendable {
        let atoms: (UInt32, UInt32, UInt32, UInt32)

        /// What an atom tests (bits 28–31).
        enum Operation: UInt32 {
            case kind = 1, flag, lexicon, literal
        }

        static let negated: UInt32 = 1 << 27
        static let operandMask: UInt32 = (1 << 27) - 1

        /// The conjunction `test` is, or nil when it is not one of at most four simple parts.
        init?(_ test: TokenTest) {
            let parts: [TokenTest]
            if case .and(let all) = test { parts = all } else { parts = [test] }
            guard (1...4).contains(parts.count) else { return nil }
            var packed: [UInt32] = []
            for part in parts {
                guard let atom = Self.atom(part) else { return nil }
                packed.append(atom)
            }
            while packed.count < 4 { packed.append(0) }
            atoms = (packed[0], packed[1], packed[2], packed[3])
        }

        /// A simple test (or its negation) as an atom; nil for anything else.
        static func atom(_ test: TokenTest) -> UInt32? {
            switch test {
            case .kind(let kind):
                return Operation.kind.rawValue << 28 | UInt32(kind.rawValue)
            case .flag(let flag):
                guard let index = TokenFlag.allCases.firstIndex(of: flag) else { return nil }
                return Operation.flag.rawValue << 28 | UInt32(index)
            case .lexicon(let lexicon) where lexicon >= 0 && lexicon <= Int(operandMask):
                return Operation.lexicon.rawValue << 28 | UInt32(lexicon)
            case .literal(let mode, let id) where id >= 0 && id < 1 << 25:
                return Operation.literal.rawValue << 28 | UInt32(mode.rawValue) << 25 | UInt32(id)
            case .not(let inner):
                guard let atom = atom(inner), atom & negated == 0 else { return nil }
                return atom | negated
            default:
                return nil
            }
        }
    }
}
