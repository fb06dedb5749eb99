/// A type-checked `emit` expression, ready to evaluate.
indirect enum TypedExpression: Sendable {
    case constant(RuleValue)
    /// The text of a capture (absent when it matched nothing).
    case captureText(Int)
    /// An attribute of the earlier match a capture covers (`n.value`), or of its lexicon entry.
    case captureAttribute(Int, String)
    /// The label of the earlier match a capture covers.
    case captureLabel(Int)
    case call(Builtin, [TypedExpression])
    case not(TypedExpression)
    case negate(TypedExpression)
    case arithmetic(ArithmeticOperator, TypedExpression, TypedExpression)
    case concatenate(TypedExpression, TypedExpression)
    case compare(ComparisonOperator, TypedExpression, TypedExpression, numeric: Bool)
    case and(TypedExpression, TypedExpression)
    case or(TypedExpression, TypedExpression)
    case coalesce(TypedExpression, TypedExpression)
    case conditional(TypedExpression, TypedExpression, TypedExpression)
    /// Converts an attribute to a number (inserted by the checker where a number is needed).
    case toNumber(TypedExpression)
}

enum ArithmeticOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
}

enum ComparisonOperator: String, Sendable {
    case equal = "==", notEqual = "!=", less = "<", greater = ">", lessOrEqual = "<=", greaterOrEqual = ">="
}
