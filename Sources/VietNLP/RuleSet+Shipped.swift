extension RuleSet {
    /// The rules shipped with the library: `Rules/**/*.rules` and `Rules/lexicons/*.txt`, embedded
    /// into the library at build time by the `EmbedRules` build-tool plugin, so they work from a
    /// binary run anywhere. Compiled once, on first use.
    ///
    /// ```swift
    /// let analyzer = Analyzer(rules: try RuleSet.shipped())
    /// ```
    /// - Throws: ``RuleLoadError`` when the shipped files have errors (see `viet rules check Rules`).
    public static func shipped() throws(RuleLoadError) -> RuleSet {
        try ShippedRuleSet.result.get()
    }

    /// The embedded rule files as `(path, text)`, in path order (for tools that list or test them).
    public static var shippedFiles: [(path: String, text: String)] { ShippedRuleSources.rules }
}

/// Compiles the embedded files once (a `static let` initialises lazily and thread-safely).
private enum ShippedRuleSet {
    static let result: Result<RuleSet, RuleLoadError> = {
        do throws(RuleLoadError) {
            return .success(try RuleSet(files: ShippedRuleSources.rules, lexiconFiles: ShippedRuleSources.lexicons))
        } catch {
            return .failure(error)
        }
    }()
}
