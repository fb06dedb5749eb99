extension MatcherCore {
    /// Whether a rule whose entry chain has led it to `label` at `position` can get past the label:
    /// whether some span of the label starting there (and ending later) is followed by what the
    /// rule's chain after the label (``EntryChains/afterLabel``, at `chain` in the chain steps)
    /// asks for at the span's end.
    ///
    /// Rules that begin with a label are started at every span of it, and most such starts die
    /// right after the span: at a look-around (`y:NUMBER (?<= /^(19|20)\d\d$/)`, a year) or at the
    /// next token (`y:NUMBER "-"`). A start costs a thread — pushed, dispatched on the label,
    /// parked or advanced past the span, dispatched again — some 800 instructions; this check
    /// reads the spans and the memoised look-around answers the thread would meet.
    ///
    /// Skipping a start this says no to changes no match: the thread would match nothing, and
    /// any thread of the same rule it could absorb at the span's end (a later one reaching the
    /// same instruction there) meets the same look-arounds and the same token, so it dies too.
    /// (With a trace, every start is made: the trace counts them.)
    mutating func labelStartContinues(
        _ chain: Int, label: Int32, at position: Int, instructions: UnsafeMutableBufferPointer<Instruction>,
        document: inout DocumentState
    ) -> Bool {
        var spanIndex = document.firstStarting[position]
        while spanIndex >= 0 {
            let end = Int(document.spans[Int(spanIndex)].end)
            if document.spans[Int(spanIndex)].labelID == label, end > position,
                chainHolds(chain, at: end, instructions: instructions, document: &document)
            {
                return true
            }
            spanIndex = document.nextStarting[Int(spanIndex)]
        }
        return false
    }

    /// Whether the chain after a label at `chain` can be followed from token position `end`: its
    /// anchors and look-arounds hold there, and the instruction it ends at may consume token `end`
    /// (a test that holds, a lexicon an entry of which starts there: the question `add` asks
    /// of a thread at it, see ``entryStarts(_:at:in:)``) or is the match. Conservative: a label
    /// at its end counts as passing.
    private mutating func chainHolds(
        _ chain: Int, at end: Int, instructions: UnsafeMutableBufferPointer<Instruction>, document: inout DocumentState
    ) -> Bool {
        let steps = automatonProgram.chainSteps
        var step = chain + 1
        let terminal = step + 2 * Int(steps[chain])
        while step < terminal {
            let code = steps[step + 1]
            step += 2
            if code >= EntryChains.Step.jump { continue }  // a save or a jump: nothing to check
            switch code {
            case EntryChains.Step.atStart: if end != 0 { return false }
            case EntryChains.Step.atEnd: if end != document.tokenCount { return false }
            default: if !lookaround(EntryChains.Step.lookaround(code), at: end, in: &document) { return false }
            }
        }
        switch instructions[Int(steps[terminal])] {
        case .test(let test):
            return end < document.tokenCount && evaluate(test: test, at: end, in: &document)
        case .lexicon(let lexicon):
            return entryStartsOutOfLine(Int(lexicon), at: end, in: &document)
        default:
            return true
        }
    }
}
