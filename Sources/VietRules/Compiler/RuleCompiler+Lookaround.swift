extension RuleCompiler {
    /// The pattern a look-around's program is compiled from: its body with the sub-patterns it
    /// names expanded, reversed for a look-behind, and simplified (``simplifiedLookaround(_:)``);
    /// the body as written (reversed for a look-behind) when a sub-pattern cannot be expanded, so
    /// that ``emitPattern(_:into:context:)`` reports it as it always did.
    ///
    /// A look-around only asks whether its body matches, so alternatives may be regrouped and
    /// reordered freely. The shipped rules write `(?<! ^ _ | <sentence_mark> _ | ";" _ | "(" _ | …)`:
    /// compiled as written, a check followed each of its 20 alternatives to the same token (about
    /// 50 search steps, half of all look-around steps on Wikipedia text); simplified, it is
    /// `_ (^ | [";" | "(" | "." | …])`, a test, a split and one test of the token before it.
    ///
    /// What this costs is kept small for loading the rules (expanding and simplifying every
    /// look-around added 2.5% to loading the shipped rules): most look-arounds have no alternative
    /// to regroup and are compiled as written, and one written in a sub-pattern, compiled again
    /// wherever the sub-pattern is used (the shipped rules' 150 look-arounds are 770 compiled
    /// ones), is simplified once (``lookaroundBodies``).
    ///
    /// - Parameter macroStack: the sub-patterns being expanded, innermost last: the look-around is
    ///   written in the last one's body (or in the rule, when empty).
    mutating func lookaroundBody(_ inner: PatternSyntax, behind: Bool, at range: SyntaxRange, macroStack: [String]) -> PatternSyntax {
        guard hasAlternation(inner, depth: 0) else { return behind ? Self.reversed(inner) : inner }
        let site = macroStack.last.map { LookaroundSite(macro: $0, offset: range.offset, isBehind: behind) }
        if let site, let known = lookaroundBodies[site] { return known }
        guard let expanded = expandingMacros(inner, stack: macroStack) else { return behind ? Self.reversed(inner) : inner }
        let body = Self.simplifiedLookaround(behind ? Self.reversed(expanded) : expanded)
        // (Only a body that expanded: which sub-patterns refer to themselves depends on the stack.)
        if let site { lookaroundBodies[site] = body }
        return body
    }

    /// Where a look-around is written in a sub-pattern's body: its simplified body is the same
    /// wherever the sub-pattern is used.
    struct LookaroundSite: Hashable {
        let macro: String
        /// The look-around's offset in the sub-pattern's file.
        let offset: Int
        let isBehind: Bool
    }

    /// Whether `pattern`, or a sub-pattern it names, has an alternation (`|` between elements, not
    /// inside a token's `[…]`). (A sub-pattern that names itself is cut off by `depth`:
    /// ``expandingMacros(_:stack:)`` refuses it later.)
    func hasAlternation(_ pattern: PatternSyntax, depth: Int) -> Bool {
        switch pattern {
        case .alternation: return true
        case .macro(let name, _): return depth < 32 && macros[name].map { hasAlternation($0.syntax.pattern, depth: depth + 1) } == true
        case .sequence(let parts): return parts.contains { hasAlternation($0, depth: depth) }
        case .repetition(let inner, _, _, _, _), .capture(_, let inner, _): return hasAlternation(inner, depth: depth)
        case .token, .phrase, .lexicon, .label, .lookaround, .anchor: return false
        }
    }

    /// `pattern` with every sub-pattern it names replaced by its body, recursively; nil when one is
    /// unknown or refers to itself (errors ``emitPattern(_:into:context:)`` reports). A nested
    /// look-around (an error too) is left as written.
    func expandingMacros(_ pattern: PatternSyntax, stack: [String]) -> PatternSyntax? {
        switch pattern {
        case .macro(let name, _):
            guard let macro = macros[name], !stack.contains(name) else { return nil }
            return expandingMacros(macro.syntax.pattern, stack: stack + [name])
        case .sequence(let parts):
            let expanded = parts.compactMap { expandingMacros($0, stack: stack) }
            return expanded.count == parts.count ? .sequence(expanded) : nil
        case .alternation(let branches):
            let expanded = branches.compactMap { expandingMacros($0, stack: stack) }
            return expanded.count == branches.count ? .alternation(expanded) : nil
        case .repetition(let inner, let minimum, let maximum, let lazy, let range):
            return expandingMacros(inner, stack: stack).map { .repetition($0, min: minimum, max: maximum, lazy: lazy, range) }
        case .capture(let name, let inner, let range):
            return expandingMacros(inner, stack: stack).map { .capture(name, $0, range) }
        case .token, .phrase, .lexicon, .label, .lookaround, .anchor:
            return pattern
        }
    }

    /// A pattern that matches where `pattern` does — the same language, not the same preferred
    /// match, which only a look-around may ignore — with fewer alternatives to follow:
    /// - nested alternations are one alternation, nested sequences one sequence;
    /// - alternatives that all begin with the same token test share it (`_ a | _ b` → `_ (a | b)`);
    /// - the alternatives that are one token test are one test (`"a" | "b" | c d` → `["a" | "b"] | c d`),
    ///   which the matcher reads as one set of literals (``TokenTest/Flat/literalSet(_:members:)``).
    static func simplifiedLookaround(_ pattern: PatternSyntax) -> PatternSyntax {
        switch pattern {
        case .sequence(let parts):
            return sequence(of: parts.map(simplifiedLookaround))
        case .alternation(let branches):
            return alternative(of: branches.map(simplifiedLookaround))
        case .repetition(let inner, let minimum, let maximum, let lazy, let range):
            return .repetition(simplifiedLookaround(inner), min: minimum, max: maximum, lazy: lazy, range)
        case .capture(let name, let inner, let range):
            return .capture(name, simplifiedLookaround(inner), range)
        case .token, .phrase, .lexicon, .label, .macro, .lookaround, .anchor:
            return pattern
        }
    }

    /// The sequence of `parts` (simplified), nested sequences spliced in.
    private static func sequence(of parts: [PatternSyntax]) -> PatternSyntax {
        var flat: [PatternSyntax] = []
        flat.reserveCapacity(parts.count)
        for part in parts {
            if case .sequence(let inner) = part { flat += inner } else { flat.append(part) }
        }
        return flat.count == 1 ? flat[0] : .sequence(flat)
    }

    /// The alternation of `branches` (simplified), nested alternations spliced in, a test they all
    /// begin with taken out, and the branches that are one test made one. (The parts it builds
    /// from are simplified already: none is simplified again.)
    private static func alternative(of branches: [PatternSyntax]) -> PatternSyntax {
        var flat: [PatternSyntax] = []
        flat.reserveCapacity(branches.count)
        for branch in branches {
            if case .alternation(let inner) = branch { flat += inner } else { flat.append(branch) }
        }
        if flat.count > 1, let head = sharedLeadingTest(of: flat) {
            let rests = flat.map { branch -> PatternSyntax in
                if case .sequence(let parts) = branch { return sequence(of: Array(parts.dropFirst())) }
                return .sequence([])
            }
            return sequence(of: [.token(head), alternative(of: rests)])
        }
        var merged: [PatternSyntax] = []
        var tests: [PredicateSyntax] = []
        var testsAt = -1
        for branch in flat {
            if case .token(let test) = branch {
                if testsAt < 0 {
                    testsAt = merged.count
                    merged.append(branch)
                }
                // (One level of parts: `["(" | "["] | "-"` is `["(" | "[" | "-"]`.)
                if case .or(let parts) = test { tests += parts } else { tests.append(test) }
            } else {
                merged.append(branch)
            }
        }
        if tests.count > 1 { merged[testsAt] = .token(.or(tests)) }
        return merged.count == 1 ? merged[0] : .alternation(merged)
    }

    /// The token test every one of `branches` (simplified) begins with, written the same way; nil
    /// when they do not all begin with the same one.
    private static func sharedLeadingTest(of branches: [PatternSyntax]) -> PredicateSyntax? {
        func leadingTest(_ branch: PatternSyntax) -> PredicateSyntax? {
            switch branch {
            case .token(let test): test
            case .sequence(let parts): parts.first.flatMap { if case .token(let test) = $0 { test } else { nil } }
            default: nil
            }
        }
        guard let first = leadingTest(branches[0]) else { return nil }
        let written = first.canonical
        for branch in branches.dropFirst() {
            guard let test = leadingTest(branch), test.canonical == written else { return nil }
        }
        return first
    }
}
