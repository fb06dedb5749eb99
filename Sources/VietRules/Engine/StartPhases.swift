/// Bit masks of phases, for skipping in a line every phase that cannot start anywhere in it.
///
/// A phase none of whose rules can start at any token of a line (as far as the token's text
/// decides, see ``MatcherCore/formSeeds(phase:form:mayBeginEntry:)``) nor at any span of a label it starts
/// with, and which has no rule started by token kind or flags, finds nothing in that line: its
/// automaton is not run at all. Lines are short (16 tokens on average in the legal corpus), so the
/// per-phase set-up saved this way is a large part of the matcher's time on the shipped rules.
///
/// Bit p stands for phase p; phases from 63 on have no bit and always run. Bit 63 marks a per-form
/// mask as computed (0, in a form's slot, means not computed yet: ``FormTable/storeStartMask(_:slot:)``).
///
/// ```swift
/// var mask = StartPhases.computed
/// mask |= StartPhases.bit(2)
/// StartPhases.mayStart(mask, phase: 2)   // true
/// StartPhases.mayStart(mask, phase: 1)   // false
/// StartPhases.mayStart(mask, phase: 70)  // true (no bit: always run)
/// ```
enum StartPhases {
    /// Set in every computed per-form mask, so that 0 means "not computed yet".
    static let computed: UInt64 = 1 << 63

    /// The bit of a phase, 0 for phases without one.
    static func bit(_ phase: Int) -> UInt64 {
        phase < 63 ? 1 << UInt64(phase) : 0
    }

    /// Whether `mask` lets `phase` run (phases without a bit always may).
    static func mayStart(_ mask: UInt64, phase: Int) -> Bool {
        phase >= 63 || mask & bit(phase) != 0
    }
}
