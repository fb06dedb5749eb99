/// An `emit` expression as written.
indirect enum ExpressionSyntax: Sendable, Hashable {
    case string(String, SyntaxRange)
    case number(String, SyntaxRange)
    case boolean(Bool, SyntaxRange)
    case nilLiteral(SyntaxRange)
    /// A capture name: its text, or in a condition whether it matched.
    case capture(String, SyntaxRange)
    /// `n.value`: an attribute of the span a capture matched (or `n.text`).
    case member(String, String, SyntaxRange)
    /// `@NAME` as a function argument.
    case lexicon(String, SyntaxRange)
    case call(String, [ExpressionSyntax], SyntaxRange)
    case unary(String, ExpressionSyntax, SyntaxRange)
    case binary(String, ExpressionSyntax, ExpressionSyntax, SyntaxRange)
    case conditional(ExpressionSyntax, ExpressionSyntax, ExpressionSyntax, SyntaxRange)

    var range: SyntaxRange {
        switch self {
        case .string(_, let range), .number(_, let range), .boolean(_, let range), .nilLiteral(let range),
            .capture(_, let range), .member(_, _, let range), .lexicon(_, let range), .call(_, _, let range),
            .unary(_, _, let range), .binary(_, _, _, let range), .conditional(_, _, _, let range):
            range
        }
    }
}
