/// Type-checks `emit` expressions when rules load, so that a rule whose attribute cannot be computed
/// is an error with a position, not a surprise at run time.
struct ExpressionChecker {
    let captures: [CaptureInfo]
    let lexiconIndex: [String: Int]
    let lexicons: [CompiledLexicon]
    var sink: DiagnosticSink
    var failed = false

    init(captures: [CaptureInfo], lexiconIndex: [String: Int], lexicons: [CompiledLexicon], sink: DiagnosticSink) {
        self.captures = captures
        self.lexiconIndex = lexiconIndex
        self.lexicons = lexicons
        self.sink = sink
    }

    mutating func error(_ range: SyntaxRange, _ message: String, hint: String? = nil) {
        sink.error(at: range.offset, length: range.width, message, hint: hint)
        failed = true
    }

    func captureIndex(_ name: String) -> Int? {
        captures.firstIndex { $0.name == name }
    }

    var captureHint: String {
        captures.isEmpty
            ? "this rule names no captures: write name:ELEMENT in its match pattern"
            : "captures of this rule: " + captures.map(\.name).joined(separator: ", ")
    }

    /// Checks one expression; nil when it has an error (already reported).
    mutating func check(_ syntax: ExpressionSyntax) -> (TypedExpression, ValueType)? {
        switch syntax {
        case .string(let text, _): return (.constant(.text(text)), .text)
        case .number(let text, let range):
            guard let number = Builtin.vietnameseNumber(text) else {
                error(range, "'\(text)' is not a number")
                return nil
            }
            return (.constant(.number(number)), .number)
        case .boolean(let flag, _): return (.constant(.bool(flag)), .bool)
        case .nilLiteral: return (.constant(.absent), .none)
        case .capture(let name, let range):
            guard let index = captureIndex(name) else {
                error(range, "unknown capture '\(name)'", hint: suggestion(name, among: captures.map(\.name)) ?? captureHint)
                return nil
            }
            return (.captureText(index), .text)
        case .member(let name, let member, let range):
            guard let index = captureIndex(name) else {
                error(range, "unknown capture '\(name)'", hint: suggestion(name, among: captures.map(\.name)) ?? captureHint)
                return nil
            }
            let info = captures[index]
            if member == "text" { return (.captureText(index), .text) }
            if member == "label" {
                guard !info.labels.isEmpty else {
                    error(range, "capture '\(name)' matches no labelled span, so it has no .label")
                    return nil
                }
                return (.captureLabel(index), .text)
            }
            if !info.labels.isEmpty { return (.captureAttribute(index, member), .attribute) }
            if member == "value", info.lexicons.contains(where: { lexicons[$0].hasValues }) {
                return (.captureAttribute(index, "value"), .text)
            }
            let what =
                info.lexicons.isEmpty
                ? "capture '\(name)' matches plain tokens, which have only .text"
                : "capture '\(name)' matches lexicon entries without values; only .text (and .value for entries written \"key\" => \"value\") exist"
            error(range, "\(what), not .\(member)", hint: "attributes come from labelled spans: name:LABEL, then \(name).\(member)")
            return nil
        case .lexicon(let name, let range):
            error(range, "lexicon @\(name) can only be the first argument of lookup() or expand()")
            return nil
        case .call(let name, let arguments, let range):
            return checkCall(name, arguments, range)
        case .unary(let op, let operand, let range):
            guard let (inner, type) = check(operand) else { return nil }
            if op == "!" { return (.not(inner), .bool) }
            guard let number = require(.number, inner, type, operand.range, context: "'-'") else { return nil }
            _ = range
            return (.negate(number), .number)
        case .binary(let op, let left, let right, let range):
            return checkBinary(op, left, right, range)
        case .conditional(let condition, let whenTrue, let whenFalse, let range):
            guard let (c, _) = check(condition), let (a, aType) = check(whenTrue), let (b, bType) = check(whenFalse) else {
                return nil
            }
            guard let (ua, ub, type) = unify(a, aType, b, bType, range, context: "the branches of ? :") else { return nil }
            return (.conditional(c, ua, ub), type)
        }
    }

    /// Converts `expression` to `wanted` where that is allowed (attribute → number), or reports.
    mutating func require(
        _ wanted: ValueType, _ expression: TypedExpression, _ type: ValueType, _ range: SyntaxRange, context: String
    ) -> TypedExpression? {
        switch (wanted, type) {
        case (_, _) where wanted == type: return expression
        case (_, .none): return expression
        case (.number, .attribute): return .toNumber(expression)
        case (.text, .attribute): return expression
        case (.text, .number), (.text, .bool):
            error(range, "\(context) expects text, but this is a \(type)", hint: "convert it with text(…)")
            return nil
        case (.number, .text):
            error(range, "\(context) expects a number, but this is text", hint: "convert it with number(…)")
            return nil
        default:
            error(range, "\(context) expects \(wanted), but this is \(type)")
            return nil
        }
    }

    mutating func unify(
        _ a: TypedExpression, _ aType: ValueType, _ b: TypedExpression, _ bType: ValueType, _ range: SyntaxRange, context: String
    ) -> (TypedExpression, TypedExpression, ValueType)? {
        switch (aType, bType) {
        case _ where aType == bType: return (a, b, aType)
        case (.none, _): return (a, b, bType)
        case (_, .none): return (a, b, aType)
        case (.attribute, .text): return (a, b, .text)
        case (.text, .attribute): return (a, b, .text)
        case (.attribute, .number): return (.toNumber(a), b, .number)
        case (.number, .attribute): return (a, .toNumber(b), .number)
        default:
            error(range, "\(context) have different types: \(aType) and \(bType)", hint: "convert one with text(…) or number(…)")
            return nil
        }
    }

    mutating func checkBinary(_ op: String, _ leftSyntax: ExpressionSyntax, _ rightSyntax: ExpressionSyntax, _ range: SyntaxRange)
        -> (TypedExpression, ValueType)?
    {
        guard let (left, leftType) = check(leftSyntax), let (right, rightType) = check(rightSyntax) else { return nil }
        switch op {
        case "&&": return (.and(left, right), .bool)
        case "||": return (.or(left, right), .bool)
        case "??":
            guard let (a, b, type) = unify(left, leftType, right, rightType, range, context: "the two sides of ??") else {
                return nil
            }
            return (.coalesce(a, b), type)
        case "==", "!=", "<", ">", "<=", ">=":
            let comparison = ComparisonOperator(rawValue: op) ?? .equal
            let numeric = leftType == .number || rightType == .number
            if numeric {
                guard let a = require(.number, left, leftType, leftSyntax.range, context: "'\(op)'"),
                    let b = require(.number, right, rightType, rightSyntax.range, context: "'\(op)'")
                else { return nil }
                return (.compare(comparison, a, b, numeric: true), .bool)
            }
            if (leftType == .bool) != (rightType == .bool), leftType != .none, rightType != .none {
                error(range, "cannot compare \(leftType) with \(rightType)")
                return nil
            }
            return (.compare(comparison, left, right, numeric: false), .bool)
        case "+" where leftType == .text || rightType == .text:
            return (.concatenate(left, right), .text)
        case "+" where leftType == .attribute && rightType == .attribute:
            error(
                range, "'+' between two attributes is ambiguous",
                hint: "write number(a) + number(b) to add, or concat(a, b) to join text")
            return nil
        case "+", "-", "*", "/", "%":
            guard let a = require(.number, left, leftType, leftSyntax.range, context: "'\(op)'"),
                let b = require(.number, right, rightType, rightSyntax.range, context: "'\(op)'")
            else { return nil }
            return (.arithmetic(ArithmeticOperator(rawValue: op) ?? .add, a, b), .number)
        default:
            error(range, "unknown operator '\(op)'")
            return nil
        }
    }

    mutating func checkCall(_ name: String, _ arguments: [ExpressionSyntax], _ range: SyntaxRange) -> (TypedExpression, ValueType)? {
        var builtin: Builtin
        var rest = arguments
        if Builtin.lexiconFunctions.contains(name) {
            guard case .lexicon(let lexiconName, let lexiconRange)? = arguments.first else {
                error(range, "\(name)() takes a lexicon first", hint: "\(name)(@ABBREVIATIONS, x)")
                return nil
            }
            guard let index = lexiconIndex[lexiconName] else {
                error(
                    lexiconRange, "unknown lexicon '@\(lexiconName)'",
                    hint: suggestion(lexiconName, among: Array(lexiconIndex.keys))
                        ?? "declare it with: lexicon \(lexiconName) = … or lexicon \(lexiconName) from \"file.txt\"")
                return nil
            }
            if !lexicons[index].hasValues {
                error(
                    lexiconRange, "lexicon @\(lexiconName) has no values for \(name)() to return",
                    hint: "write entries as \"key\" => \"value\", or key<TAB>value in a lexicon file")
                return nil
            }
            builtin = name == "lookup" ? .lookup(lexicon: index) : .expand(lexicon: index)
            rest.removeFirst()
        } else if let known = Builtin.byName[name] {
            builtin = known
        } else {
            let names = Array(Builtin.byName.keys) + Array(Builtin.lexiconFunctions)
            error(
                range, "unknown function '\(name)'",
                hint: suggestion(name, among: names) ?? "functions: " + names.sorted().joined(separator: ", "))
            return nil
        }
        let signature = builtin.signature
        let minimum = signature.minimumArguments ?? signature.parameters.count
        let maximum = signature.variadic ? Int.max : signature.parameters.count
        guard rest.count >= minimum, rest.count <= maximum else {
            let expected = minimum == maximum ? "\(minimum)" : signature.variadic ? "at least \(minimum)" : "\(minimum) to \(maximum)"
            error(range, "\(name)() takes \(expected) argument\(expected == "1" ? "" : "s"), not \(rest.count)", hint: signature.summary)
            return nil
        }
        var typed: [TypedExpression] = []
        for (position, argument) in rest.enumerated() {
            guard let (expression, type) = check(argument) else { return nil }
            let parameter = signature.parameters[min(position, signature.parameters.count - 1)]
            if let parameter {
                guard let converted = require(parameter, expression, type, argument.range, context: "\(name)()") else { return nil }
                typed.append(converted)
            } else {
                typed.append(expression)
            }
        }
        // `text(c)`, `text(c.name)`: the text a capture reads is `.text` or `.absent`, which
        // `text()` returns unchanged, so the read itself is the value (no call per evaluation).
        if builtin == .text, typed.count == 1 {
            switch typed[0] {
            case .captureText, .captureAttribute, .captureLabel: return (typed[0], signature.result)
            default: break
            }
        }
        return (.call(builtin, typed), signature.result)
    }
}

/// The closest name within edit distance 2, phrased as a hint.
func suggestion(_ name: String, among candidates: [String]) -> String? {
    func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
    let target = Array(name.lowercased())
    let best = candidates.map { ($0, distance(target, Array($0.lowercased()))) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }
    return best.map { "did you mean '\($0.0)'?" }
}
