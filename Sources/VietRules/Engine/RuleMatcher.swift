import VietTokenizer

/// Runs a ``RuleSet`` over tokenized lines. A matcher keeps caches (per distinct token text, regex
/// clones), so reuse one for many lines; it is not thread-safe — make one per thread, from the same
/// shared `RuleSet`.
///
/// ```swift
/// let rules = try RuleSet(source: """
///     lexicon VND = "đồng" | "VND"
///     rule money match n:NUMBER @VND emit MONEY value = n.value, unit = "VND"
///     """)
/// let matcher = rules.makeMatcher()
/// let tokens = Tokenizer().tokenize("đạt 735 đồng")
/// let number = Annotation(label: "NUMBER", tokenRange: 1..<2, attributes: [Attribute("value", "735")])
/// matcher.matches(in: tokens, annotations: [number])[0].description
/// // MONEY "735 đồng" value=735 unit=VND @4..<12 (money)
/// ```
public final class RuleMatcher {
    /// Unchecked exclusivity: the core is only reached through this class's own methods, which
    /// never re-enter one another (no user code runs inside a match run), so the dynamic
    /// exclusivity check of a class property — a runtime call on every line — can never fire.
    @exclusivity(unchecked) var core: MatcherCore
    /// Where the core's form table came from and goes back to (see ``FormTableCache``).
    let formCache: FormTableCache?
    /// Lines matched so far: the shared form table is taken after ``linesBeforeSharing`` lines,
    /// and only a matcher that ran more lines than that hands its table back.
    private var linesMatched = 0

    /// Lines a matcher runs on its own form table before it takes the rule set's shared one.
    ///
    /// Taking it is free, but the first form the matcher adds then copies the whole table
    /// (copy-on-write): ~0.8 ms for the ~10⁵ forms of 10 MB of legal text, twenty times what a
    /// matcher spends on a short line. A matcher made for a few lines (``RuleSet/matches(in:annotations:)``,
    /// an extractor per short document) stays on its own small table and never hands it back, so
    /// it neither pays that copy nor makes the shared table grow by a copy per line (measured,
    /// extractors made one per line: 32 000 lines in 1 234 ms when every matcher took and handed
    /// back the table, 710 ms now, 687 ms without any sharing). One that lives longer switches
    /// between two lines (nothing of a line depends on the table after it), after some 20 ms of
    /// work that the copy adds at most 4% to, and loses only its first lines' first sightings.
    static var linesBeforeSharing: Int { 512 }

    init(storage: RuleSetStorage, formCache: FormTableCache? = nil) {
        core = MatcherCore(storage: storage)
        self.formCache = formCache
    }

    deinit {
        // The core is never copied out of this object, so its raw buffers have no other owner.
        core.deallocate()
        // What it learnt about forms, for the rule set's next matchers (shared, not copied).
        if linesMatched > Self.linesBeforeSharing { formCache?.offer(core.forms) }
    }

    /// Finds every match of the rule set in one tokenized line.
    ///
    /// - Parameters:
    ///   - text: the tokenized line.
    ///   - annotations: spans visible to all phases (the `Analyzer` passes the number expressions).
    ///     Annotations outside the tokens are ignored.
    ///   - trace: when given, filled with what each rule did (see ``MatchTrace``).
    /// - Returns: the reported matches, ordered by start, longer first, then rule order.
    /// - Complexity: O(tokens × instructions) per phase — linear in the input for any rule set.
    public func matches(in text: TokenizedText, annotations: [Annotation] = [], trace: MatchTrace? = nil) -> [Match] {
        if linesMatched == Self.linesBeforeSharing, let shared = formCache?.snapshot(), shared.forms.count > core.forms.forms.count {
            core.forms = shared
        }
        linesMatched += 1
        return core.matches(in: text, annotations: annotations, trace: trace)
    }
}
