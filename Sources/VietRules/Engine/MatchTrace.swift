/// What happened inside a match run, for `viet explain`: for each rule, how often it started, how far
/// its best attempt got and what it expected there; and for each match that lost an overlap, which
/// match beat it and why.
///
/// ```swift
/// let trace = MatchTrace()
/// let matches = rules.makeMatcher().matches(in: tokens, trace: trace)
/// for report in trace.reports where report.matches == 0 { print(report.rule, report.furthest as Any) }
/// ```
public final class MatchTrace {
    /// Where a rule's furthest attempt stopped.
    public struct Stop: Sendable, Hashable {
        /// The token the attempt started at.
        public let startToken: Int
        /// The token it could not get past (== token count at the end of the line).
        public let token: Int
        /// The element it expected there, as written in the rules ("@VND", "NUMBER", "\"đồng\"").
        public let expected: String
    }

    /// One rule's activity.
    public struct RuleReport: Sendable, Hashable {
        public let rule: String
        public let phase: String
        /// Positions where the rule was started (its first element could match there).
        public internal(set) var starts = 0
        /// Candidate matches it produced (before overlap resolution).
        public internal(set) var candidates = 0
        /// Matches of it that were kept.
        public internal(set) var matches = 0
        /// Its attempt that got furthest without matching.
        public internal(set) var furthest: Stop?
    }

    /// A candidate that was dropped because it overlapped a better one.
    public struct Loss: Sendable, Hashable {
        public let loser: Match
        public let winner: Match
        /// "shorter", "lower priority", "starts later", "later in the rule files", "crosses".
        public let reason: String
    }

    /// A candidate whose `emit` could not be computed (e.g. `number("abc")`); it was dropped.
    public struct EmitFailure: Sendable, Hashable {
        public let rule: String
        public let text: String
        public let message: String
    }

    /// Reports indexed by rule order.
    public internal(set) var reports: [RuleReport] = []
    public internal(set) var losses: [Loss] = []
    public internal(set) var emitFailures: [EmitFailure] = []

    /// Creates an empty trace to pass to ``RuleMatcher/matches(in:annotations:trace:)``.
    public init() {}

    func started(rule: Int, at position: Int) {
        reports[rule].starts += 1
    }

    func stopped(rule: Int, start: Int, at position: Int, expected: String) {
        if let furthest = reports[rule].furthest, furthest.token - furthest.startToken >= position - start { return }
        reports[rule].furthest = Stop(startToken: start, token: position, expected: expected)
    }
}
