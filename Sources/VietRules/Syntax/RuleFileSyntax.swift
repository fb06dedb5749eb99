/// Everything one rule file declares, in source order.
struct RuleFileSyntax: Sendable {
    var imports: [(path: String, range: SyntaxRange)] = []
    var phases: [PhaseSyntax] = []
    var lexicons: [LexiconSyntax] = []
    var macros: [MacroSyntax] = []
    var rules: [RuleSyntax] = []
}

/// How the matches of one phase that overlap are settled.
public enum OverlapPolicy: String, Sendable, Hashable, CaseIterable {
    /// Keep the longest; ties go to the higher priority, then the earlier start, then file order.
    case longest
    /// Keep every match.
    case all
    /// Keep matches that nest inside or lie apart from the kept ones; drop those that cross them.
    case nested
}

struct PhaseSyntax: Sendable {
    var name: String
    var range: SyntaxRange
    var overlap: OverlapPolicy?
    var supersede = false
    var after: [(name: String, range: SyntaxRange)] = []
}

struct LexiconSyntax: Sendable {
    struct Entry: Sendable {
        var key: String
        var value: String?
        var range: SyntaxRange
    }

    var name: String
    var range: SyntaxRange
    var entries: [Entry] = []
    var file: (path: String, range: SyntaxRange)?
    var options: TextMatchOptions = []
}

struct MacroSyntax: Sendable {
    var name: String
    var range: SyntaxRange
    var pattern: PatternSyntax
}

struct EmitSyntax: Sendable {
    enum Item: Sendable {
        case assign(String, ExpressionSyntax, SyntaxRange)
        /// `n.*`: every attribute of the span capture `n` matched.
        case spread(String, SyntaxRange)
    }

    var label: String
    var labelRange: SyntaxRange
    /// `at n`: the capture whose tokens the match reports, instead of the whole pattern's.
    var spanCapture: (name: String, range: SyntaxRange)? = nil
    var items: [Item]
}

struct ExampleSyntax: Sendable {
    var text: String
    var range: SyntaxRange
    /// nil: the rule's own label over the whole text.
    var label: (name: String, range: SyntaxRange)?
    var expectedText: String?
    var attributes: [(name: String, value: String, range: SyntaxRange)] = []
}

struct CounterSyntax: Sendable {
    var text: String
    var range: SyntaxRange
}

struct RuleSyntax: Sendable {
    var name: String
    var range: SyntaxRange
    var phase: String
    var priority = 0
    var pattern: PatternSyntax?
    var emit: EmitSyntax?
    var examples: [ExampleSyntax] = []
    var counters: [CounterSyntax] = []
}
