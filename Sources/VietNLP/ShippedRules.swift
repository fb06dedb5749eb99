/// The rules that ship with VietNLP (`Rules/*.rules` and `Rules/lexicons/*.txt` of the package).
///
/// ```swift
/// let rules = try ShippedRules.ruleSet()
/// rules.emittedLabels.contains("DOCREF")   // true
/// ```
public enum ShippedRules {
    /// The package's `Rules` directory, found next to this source file's checkout.
    static let directory: String = {
        var path = #filePath
        for _ in 0..<3 { path = String(path[..<(path.lastIndex(of: "/") ?? path.startIndex)]) }
        return path + "/Rules"
    }()

    /// Compiles the shipped rules.
    ///
    /// - Throws: ``RuleLoadError`` if the shipped files are missing or broken.
    public static func ruleSet() throws -> RuleSet {
        try RuleSet(directory: directory)
    }
}
