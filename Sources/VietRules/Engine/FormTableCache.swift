import Synchronization

/// The ``FormTable`` a rule set's matchers switch to once they have run
/// ``RuleMatcher/linesBeforeSharing`` lines: the largest one a finished matcher of the rule set
/// (that ran as long) has handed back.
///
/// Everything a form table holds — the forms' ids, keys, literal ids, lexicon probes, regex
/// answers, start-phase masks and seed lists, the multi-token lexicon walk — depends on the rule
/// set and the forms' text only, never on the document they came from. Yet every new matcher
/// used to learn it all again: the first sight of each token form (its keys in four modes, its
/// probes in some thirty lexicons, its seed lists per phase) cost ~160M instructions per 10 MB of
/// legal text, paid by every extractor made from a loaded pipeline (a server, the benchmark). A
/// long-lived matcher made after another has finished now goes on with what that one learnt, so
/// it pays only for the forms none of them has met. (Short-lived ones keep to their own table:
/// see ``RuleMatcher/linesBeforeSharing`` for why.)
///
/// The table is a value with copy-on-write storage: a matcher starting from it shares its
/// arrays until it adds to them, when it copies each array it changes (once; the shared one
/// stays as it was). A matcher that meets no new form — the same kind of text again — copies
/// nothing.
///
/// ```swift
/// let cache = FormTableCache()
/// var forms = cache.snapshot() ?? FormTable()   // empty before any matcher finished
/// _ = forms.id(of: bytes)
/// cache.offer(forms)                           // kept: it knows more forms
/// ```
///
/// - Complexity: O(1) per ``snapshot()`` and ``offer(_:)`` (the arrays are shared, not copied).
///   Memory: one table of at most ``FormTable/capacity`` forms, held as long as the rule set.
final class FormTableCache: Sendable {
    private let table = Mutex<FormTable?>(nil)

    init() {}

    /// The table to start a matcher with; nil before any matcher has offered one.
    func snapshot() -> FormTable? {
        table.withLock { $0 }
    }

    /// Keeps `forms` for later matchers when it knows more forms than the kept one (a matcher
    /// that met only a few lines does not replace what a long run learnt). A table past
    /// ``FormTable/capacity`` is not kept: a matcher taking it would empty it on its next line.
    func offer(_ forms: FormTable) {
        guard forms.forms.count <= FormTable.capacity else { return }
        table.withLock { kept in
            if forms.forms.count > kept?.forms.count ?? 0 { kept = forms }
        }
    }
}
