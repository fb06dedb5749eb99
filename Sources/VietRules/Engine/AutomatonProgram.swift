import VietTokenizer

/// The read-only tables ``MatcherCore/runAutomaton(phase:document:)`` reads on every run — every
/// phase's instructions, the entry chains, the rules' entry instructions and which seed sources
/// each phase has — copied once per matcher into raw memory the matcher owns.
///
/// Why a copy: the run read them as arrays out of the shared ``RuleSetStorage`` class, and each
/// array bound out of a class instance is retained for the run and released after it (about six
/// retains and eight releases per run, some 35M instructions per 10 MB of legal text). Raw memory
/// needs no reference counting. It is a few kilobytes per matcher even with a thousand rules.
///
/// Ownership: like ``ThreadList``, the owning ``MatcherCore`` is never copied out of its
/// ``RuleMatcher``, which frees this through ``deallocate()`` in its `deinit`; the pointers are
/// not used afterwards. The matcher is not `Sendable`, so no other thread sees them.
///
/// ```swift
/// let program = AutomatonProgram(storage: storage)
/// let instructions = program.instructions(ofPhase: 0)  // a buffer, no retain
/// program.deallocate()
/// ```
struct AutomatonProgram {
    /// Every phase's instructions, one after the other; phase p's start at `phaseStarts[p]` and
    /// end at `phaseStarts[p + 1]`.
    private let allInstructions: UnsafeMutableBufferPointer<Instruction>
    private let phaseStarts: UnsafeMutableBufferPointer<Int>
    /// ``EntryChains/first``, ``EntryChains/afterLabel`` and ``EntryChains/steps``.
    let chainFirst: UnsafeMutableBufferPointer<Int32>
    let chainAfterLabel: UnsafeMutableBufferPointer<Int32>
    let chainSteps: UnsafeMutableBufferPointer<Int32>
    /// ``RuleSetStorage/ruleEntries``.
    let ruleEntries: UnsafeMutableBufferPointer<Int32>
    /// ``RuleSetStorage/ruleSpanCaptures``.
    let ruleSpanCaptures: UnsafeMutableBufferPointer<Int32>
    /// ``RuleRequirements/phases``, one after the other: phase p's clauses at
    /// `requirementStarts[p]..<requirementStarts[p + 1]`.
    private let requirements: UnsafeMutableBufferPointer<UInt64>
    private let requirementStarts: UnsafeMutableBufferPointer<Int>
    /// Per phase: which seed sources of its ``StartIndex`` are non-empty (``SeedSources`` bits).
    private let seedSources: UnsafeMutableBufferPointer<UInt8>
    /// Per phase: ``StartIndex/kindStarts``.
    private let kindStarts: UnsafeMutableBufferPointer<UInt32>
    /// Per phase: ``PhaseProgram/captureWidth``.
    let captureWidths: UnsafeMutableBufferPointer<Int>
    /// The number of rules of the rule set.
    let ruleCount: Int

    /// The non-empty seed sources of a phase.
    enum SeedSources {
        /// ``StartIndex/startsAtAnyKind``: what starts depends on every token, not only its form.
        static let byToken: UInt8 = 1
        /// ``StartIndex/byLabel``: spans starting at a position may start rules.
        static let byLabel: UInt8 = 2
        /// ``StartIndex/always``: rules that may match without consuming (started at the end).
        static let always: UInt8 = 4
    }

    /// Copies the tables of `storage`.
    ///
    /// - Complexity: O(instructions + rules + chain steps).
    init(storage: RuleSetStorage) {
        let phases = storage.phases
        phaseStarts = .allocate(capacity: phases.count + 1)
        var total = 0
        for index in phases.indices {
            phaseStarts[index] = total
            total += phases[index].instructions.count
        }
        phaseStarts[phases.count] = total
        // (Capacity ≥ 1: allocate(capacity: 0) may return a null-based buffer.)
        allInstructions = .allocate(capacity: max(total, 1))
        seedSources = .allocate(capacity: max(phases.count, 1))
        captureWidths = .allocate(capacity: max(phases.count, 1))
        kindStarts = .allocate(capacity: max(phases.count, 1))
        for index in phases.indices {
            let start = phaseStarts[index]
            _ = UnsafeMutableBufferPointer(rebasing: allInstructions[start..<(start + phases[index].instructions.count)])
                .initialize(from: phases[index].instructions)
            captureWidths[index] = phases[index].captureWidth
            kindStarts[index] = phases[index].startIndex.kindStarts
            let startIndex = phases[index].startIndex
            seedSources[index] =
                (startIndex.startsAtAnyKind ? SeedSources.byToken : 0)
                | (startIndex.byLabel.isEmpty && startIndex.byLabelAtLineStart.isEmpty ? 0 : SeedSources.byLabel)
                | (startIndex.always.isEmpty ? 0 : SeedSources.always)
        }
        chainFirst = Self.copy(storage.entryChains.first)
        chainAfterLabel = Self.copy(storage.entryChains.afterLabel)
        chainSteps = Self.copy(storage.entryChains.steps)
        ruleEntries = Self.copy(storage.ruleEntries)
        ruleSpanCaptures = Self.copy(storage.ruleSpanCaptures)
        let clauses = storage.requirements.phases.flatMap { $0 }
        requirements = .allocate(capacity: max(clauses.count, 1))
        _ = requirements.initialize(from: clauses)
        requirementStarts = .allocate(capacity: phases.count + 1)
        requirementStarts[0] = 0
        for index in phases.indices {
            requirementStarts[index + 1] = requirementStarts[index] + storage.requirements.phases[index].count
        }
        ruleCount = storage.rules.count
    }

    private static func copy(_ array: [Int32]) -> UnsafeMutableBufferPointer<Int32> {
        let buffer = UnsafeMutableBufferPointer<Int32>.allocate(capacity: max(array.count, 1))
        _ = buffer.initialize(from: array)
        return buffer
    }

    /// The instructions of `phase` (pc 0 is its first).
    @inline(__always)
    func instructions(ofPhase phase: Int) -> UnsafeMutableBufferPointer<Instruction> {
        UnsafeMutableBufferPointer(rebasing: allInstructions[phaseStarts[phase]..<phaseStarts[phase + 1]])
    }

    /// Whether `phase`'s ``StartIndex`` has rules in the sources `sources` (``SeedSources`` bits).
    @inline(__always)
    func phase(_ phase: Int, seedsFrom sources: UInt8) -> Bool {
        seedSources[phase] & sources != 0
    }

    /// The token kinds at which a rule of `phase` may start by its kind (``StartIndex/kindStarts``).
    @inline(__always)
    func kindStarts(ofPhase phase: Int) -> UInt32 {
        kindStarts[phase]
    }

    /// Whether `phase` has a requirement at all (most phases have none).
    @inline(__always)
    func hasRequirement(_ phase: Int) -> Bool {
        requirementStarts[phase + 1] > requirementStarts[phase]
    }

    /// Whether a line holding the features `present` meets `phase`'s requirement (see
    /// ``RuleRequirements``): some rule of the phase may match in it.
    func meetsRequirement(_ phase: Int, present: UInt64) -> Bool {
        for index in requirementStarts[phase]..<requirementStarts[phase + 1] where requirements[index] & present == 0 {
            return false
        }
        return true
    }

    /// Frees the raw memory; the program must not be used afterwards.
    func deallocate() {
        allInstructions.deallocate()
        phaseStarts.deallocate()
        chainFirst.deallocate()
        chainAfterLabel.deallocate()
        chainSteps.deallocate()
        ruleEntries.deallocate()
        ruleSpanCaptures.deallocate()
        requirements.deallocate()
        requirementStarts.deallocate()
        seedSources.deallocate()
        captureWidths.deallocate()
        kindStarts.deallocate()
    }
}
