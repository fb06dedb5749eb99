import VietTokenizer

/// A compiled set of rules: every phase's rules as one automaton, with lexicons, regexes and specs.
/// Immutable and `Sendable`: load once, share across threads, make one ``RuleMatcher`` per thread.
///
/// What its matchers learn about token texts (their keys, literal ids, lexicon probes: per distinct
/// text, never per document) is the one thing a rule set keeps besides its rules: the largest such
/// table a matcher that ran more than 512 lines handed back, which later matchers go on from. It
/// lives as long as the rule set (the shipped set's, as long as the process) and holds at most
/// 400 000 texts: tens of MB after ~100 MB of varied text.
///
/// ```swift
/// // From a directory (Rules/*.rules, lexicons in Rules/lexicons/*.txt):
/// let shipped = try RuleSet(directory: "Rules")
/// // From text:
/// let rules = try RuleSet(source: """
///     lexicon OVER = "trên" | "hơn"
///     rule over match q:@OVER n:NUMBER emit NUMBER value = n.value, qualifier = "over"
///     """)
/// rules.warnings.isEmpty   // true
/// ```
///
/// Loading never crashes on a bad file: every problem of every file is collected into one
/// ``RuleLoadError`` with positions, carets and hints.
public struct RuleSet: Sendable {
    let storage: RuleSetStorage
    /// What this rule set's matchers have learnt about token forms, handed from finished matchers
    /// to new ones (see ``FormTableCache``): shared by every copy of the rule set.
    let formCache = FormTableCache()

    /// Warnings found while loading (unused lexicons, rules that can never match, shadowed rules).
    public var warnings: [Diagnostic] { storage.warnings.filter { $0.severity == .warning } }

    /// Phase names in the order they run.
    public var phaseNames: [String] { storage.phases.map(\.name) }

    /// Rule names in file order.
    public var ruleNames: [String] { storage.rules.map(\.name) }

    /// Every label a rule emits.
    public var emittedLabels: Set<String> { Set(storage.rules.map(\.emit.label)) }

    /// The labels of the matches reported to callers: the emitted ones but those starting with
    /// "_", which later rules use and no caller sees.
    public var reportedLabels: Set<String> { emittedLabels.filter(Self.isReported(label:)) }

    /// Whether matches with `label` are reported (it does not start with "_").
    static func isReported(label: String) -> Bool { !label.hasPrefix("_") }

    /// The rule files loaded, in load order.
    public var files: [String] { storage.files }

    /// Every `example` and `counter` of every rule, in file order.
    public var specs: [RuleSpec] { storage.rules.flatMap(\.specs) }

    /// Number of lexicon entries (declared lexicons and phrases).
    public var lexiconEntryCount: Int { storage.lexicons.reduce(0) { $0 + $1.count } }

    /// Compiles rule files given as text.
    ///
    /// - Parameters:
    ///   - files: `(path, text)` of each rule file, loaded in this order (imports first). Paths are
    ///     used in messages and to resolve `import` and lexicon files.
    ///   - lexiconFiles: lexicon file texts by path (e.g. "Rules/lexicons/units.txt").
    /// - Throws: ``RuleLoadError`` with every error and warning when any file has an error.
    public init(files: [(path: String, text: String)], lexiconFiles: [String: String] = [:]) throws(RuleLoadError) {
        var store = RuleSourceStore()
        for file in files { store.add(path: file.path, text: file.text) }
        for (path, text) in lexiconFiles { store.add(path: path, text: text) }
        try self.init(store: store, roots: files.map(\.path))
    }

    /// Compiles one rule file given as text (imports resolve against nothing: use `files:` for those).
    ///
    /// - Throws: ``RuleLoadError``.
    public init(source: String, path: String = "<rules>") throws(RuleLoadError) {
        try self.init(files: [(path, source)])
    }

    /// Loads every `*.rules` file under `directory` (sorted by path) and the `*.txt` lexicon files
    /// beside them.
    ///
    /// - Throws: ``RuleLoadError``; a missing directory, or one without a `.rules` file, is reported
    ///   as a diagnostic too.
    public init(directory: String) throws(RuleLoadError) {
        let store: RuleSourceStore
        do {
            store = try RuleSourceStore(directory: directory)
        } catch {
            let file = SourceFile(path: directory, text: "")
            throw RuleLoadError(diagnostics: [
                Diagnostic(.error, at: file.location(ofByte: 0), message: error.message, hint: "give the folder that holds the .rules files", sourceLine: "")
            ])
        }
        guard !store.rulePaths.isEmpty else {
            // A rule set with no rules would find nothing, silently: most likely the wrong folder.
            let file = SourceFile(path: directory, text: "")
            throw RuleLoadError(diagnostics: [
                Diagnostic(
                    .error, at: file.location(ofByte: 0), message: "no .rules file in rule directory '\(directory)'",
                    hint: "give the folder that holds the .rules files", sourceLine: "")
            ])
        }
        try self.init(store: store, roots: store.rulePaths)
    }

    init(store: RuleSourceStore, roots: [String]) throws(RuleLoadError) {
        var parsed: [RuleCompiler.ParsedFile] = []
        var diagnostics: [Diagnostic] = []
        var loaded = Set<String>()
        var loading: [String] = []

        func load(_ path: String) {
            guard !loaded.contains(path) else { return }
            loaded.insert(path)
            loading.append(path)
            defer { loading.removeLast() }
            let file = SourceFile(path: path, text: store.texts[path] ?? "")
            let (syntax, found) = RuleParser.parse(file)
            diagnostics += found
            var sink = DiagnosticSink(file: file)
            for (importPath, range) in syntax.imports {
                let resolved = RuleSourceStore.resolve(importPath, relativeTo: path)
                if store.texts[resolved] == nil {
                    sink.error(
                        at: range.offset, length: range.width, "cannot find imported file '\(importPath)'",
                        hint: "imports are relative to the importing file (looked for \(resolved))")
                } else if loading.contains(resolved) {
                    sink.error(at: range.offset, length: range.width, "import cycle: \((loading + [resolved]).joined(separator: " → "))")
                } else {
                    load(resolved)
                }
            }
            diagnostics += sink.diagnostics
            parsed.append(RuleCompiler.ParsedFile(file: file, syntax: syntax))
        }
        for root in roots { load(RuleSourceStore.normalize(root)) }

        var compiler = RuleCompiler(files: parsed) { name, file in store.lexicon(named: name, from: file.path) }
        let (storage, found) = compiler.compile()
        diagnostics += found
        let errors = diagnostics.contains { $0.severity == .error }
        guard !errors, let storage else {
            diagnostics.sort { ($0.location.path, $0.location.line, $0.location.column) < ($1.location.path, $1.location.line, $1.location.column) }
            throw RuleLoadError(diagnostics: diagnostics)
        }
        self.storage = storage
    }

    /// A matcher with its own caches; use one per thread, for many lines. After its first 512
    /// lines it goes on from what earlier matchers of this rule set learnt about token texts, and
    /// when it ends it hands what it learnt to later ones.
    public func makeMatcher() -> RuleMatcher {
        RuleMatcher(storage: storage, formCache: formCache)
    }

    /// Matches one tokenized line with a fresh matcher (convenient; reuse a ``RuleMatcher`` for many lines).
    ///
    /// - Complexity: linear in the number of tokens.
    public func matches(in text: TokenizedText, annotations: [Annotation] = []) -> [Match] {
        makeMatcher().matches(in: text, annotations: annotations)
    }
}
