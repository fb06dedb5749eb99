extension RuleParser {
    /// Whether the current token can start a pattern element.
    var startsElement: Bool {
        switch current.kind {
        case .string, .number: return true
        case .identifier: return !(current.atLineStart && Self.clauseKeywords.contains(current.text))
            && !Self.clauseKeywords.contains(current.text)
        case .punctuation:
            return ["(", "(?=", "(?!", "(?<=", "(?<!", "[", "@", "/", "!", "<", "^", "$", "_"].contains(current.text)
        case .invalid: return current.text != "unterminated string" ? false : true
        case .endOfFile: return false
        }
    }

    /// `alternative ('|' alternative)*`.
    mutating func parsePattern() throws(Failure) -> PatternSyntax {
        var alternatives = [try parseSequence()]
        while current.isPunctuation("|") {
            advance()
            alternatives.append(try parseSequence())
        }
        return alternatives.count == 1 ? alternatives[0] : .alternation(alternatives)
    }

    mutating func parseSequence() throws(Failure) -> PatternSyntax {
        var elements: [PatternSyntax] = []
        while startsElement {
            elements.append(try parseElement())
        }
        guard !elements.isEmpty else {
            if current.kind == .invalid { throw fail("unexpected \(describe(current)) in a pattern") }
            throw fail(
                "expected a pattern element, found \(describe(current))",
                hint: "elements: \"text\", /regex/, @LEXICON, LABEL, _, [predicate], (group), <sub-pattern>")
        }
        return elements.count == 1 ? elements[0] : .sequence(elements)
    }

    /// `[name ':'] primary quantifier*`.
    mutating func parseElement() throws(Failure) -> PatternSyntax {
        if current.kind == .identifier, !["kind", "is", "shape"].contains(current.text),
            !Self.isLabelName(current.text), current.text != "_"
        {
            let name = current
            advance()
            guard current.isPunctuation(":"), current.offset == name.offset + name.text.utf8.count else {
                throw fail(
                    "unexpected word '\(name.text)' in a pattern",
                    hint: "quote text (\"\(name.text)\"), write labels in upper case, or name a capture as \(name.text):ELEMENT",
                    at: name)
            }
            advance()
            let inner = try parseQuantified()
            return .capture(name.text, inner, SyntaxRange(name))
        }
        return try parseQuantified()
    }

    mutating func parseQuantified() throws(Failure) -> PatternSyntax {
        var node = try parsePrimary()
        while true {
            let token = current
            var minimum = 0
            var maximum: Int?
            var lazy = false
            if token.isPunctuation("?") || token.isPunctuation("??") {
                maximum = 1
                lazy = token.text == "??"
                advance()
            } else if token.isPunctuation("*") {
                advance()
            } else if token.isPunctuation("+") {
                minimum = 1
                advance()
            } else if token.isPunctuation("{") {
                advance()
                guard current.kind == .number, let low = Int(current.text) else {
                    throw fail("expected a count after '{'", hint: "{2}, {1,3} or {2,}")
                }
                minimum = low
                maximum = low
                advance()
                if current.isPunctuation(",") {
                    advance()
                    if current.kind == .number, let high = Int(current.text) {
                        maximum = high
                        advance()
                    } else {
                        maximum = nil
                    }
                }
                _ = try expect("}", "to close the repetition count")
                if let maximum, maximum < minimum {
                    throw fail("repetition {\(minimum),\(maximum)} has its bounds reversed", hint: "{\(maximum),\(minimum)}", at: token)
                }
                if minimum > 100 || (maximum ?? 0) > 100 {
                    throw fail("repetition counts above 100 are not supported", hint: "use + or {m,} instead", at: token)
                }
            } else {
                return node
            }
            if !lazy, current.isPunctuation("?"), current.offset == previousEnd(of: token) {
                lazy = true
                advance()
            }
            node = .repetition(node, min: minimum, max: maximum, lazy: lazy, SyntaxRange(token))
        }
    }

    /// Offset just past the quantifier that started at `token` (for the lazy `?` check).
    private func previousEnd(of token: SyntaxToken) -> Int {
        guard token.isPunctuation("{") else { return token.offset + token.text.utf8.count }
        var index = token.offset
        while index < lexer.bytes.count, lexer.bytes[index] != UInt8(ascii: "}") { index += 1 }
        return index + 1
    }

    mutating func parsePrimary() throws(Failure) -> PatternSyntax {
        let token = current
        switch token.kind {
        case .string:
            advance()
            let options = try matchOptions(token)
            if token.text.isEmpty { throw fail("empty text never matches a token", hint: "remove it or use _ for any token", at: token) }
            if Self.isSingleWord(token.text) {
                return .token(.literal(token.text, options, SyntaxRange(token)))
            }
            return .phrase(token.text, options, SyntaxRange(token))
        case .number:
            advance()
            return .token(.literal(token.text, [], SyntaxRange(token)))
        case .identifier:
            if token.text == "_" {
                advance()
                return .token(.any(SyntaxRange(token)))
            }
            if ["kind", "is", "shape"].contains(token.text) {
                return .token(try parsePredicatePrimary())
            }
            if Self.isLabelName(token.text) {
                advance()
                return .label(token.text, SyntaxRange(token))
            }
            throw fail("unexpected word '\(token.text)' in a pattern", hint: "quote text: \"\(token.text)\"")
        case .punctuation:
            switch token.text {
            case "(":
                advance()
                let inner = try parsePattern()
                _ = try expect(")", "to close the group opened here", hint: nil)
                return inner
            case "(?=", "(?!", "(?<=", "(?<!":
                advance()
                let kind: LookaroundKind =
                    switch token.text {
                    case "(?=": .ahead
                    case "(?!": .notAhead
                    case "(?<=": .behind
                    default: .notBehind
                    }
                let inner = try parsePattern()
                _ = try expect(")", "to close the look-around")
                return .lookaround(kind, inner, SyntaxRange(token))
            case "[", "/", "!":
                return .token(try parsePredicatePrimary())
            case "@":
                advance()
                let name = try expectIdentifier("a lexicon name after '@'", hint: "@VND")
                return .lexicon(name.text, SyntaxRange(offset: token.offset, width: name.width + 1))
            case "<":
                advance()
                let name = try expectIdentifier("a sub-pattern name after '<'", hint: "<year>")
                _ = try expect(">", "after the sub-pattern name")
                return .macro(name.text, SyntaxRange(offset: token.offset, width: name.width + 2))
            case "^", "$":
                advance()
                return .anchor(atStart: token.text == "^", SyntaxRange(token))
            case "_":
                advance()
                return .token(.any(SyntaxRange(token)))
            default:
                break
            }
        default:
            break
        }
        throw fail("expected a pattern element, found \(describe(token))")
    }

    /// Whether a literal is one token's worth of text (letters/digits only, or a single symbol).
    static func isSingleWord(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        if scalars.count == 1 { return true }
        return !ScalarClass.containsScalar(text) { !ScalarClass.isWordy($0) && $0.properties.generalCategory != .nonspacingMark }
    }

    mutating func matchOptions(_ token: SyntaxToken) throws(Failure) -> TextMatchOptions {
        var options: TextMatchOptions = []
        for letter in token.suffix {
            switch letter {
            case "i": options.insert(.ignoreCase)
            case "d": options.insert(.ignoreDiacritics)
            default:
                throw fail(
                    "unknown text flag '\(letter)' after \"\(token.text)\"",
                    hint: "i ignores case, d ignores diacritics: \"\(token.text)\"id", at: token)
            }
        }
        return options
    }

    // MARK: Single-token predicates

    /// `a | b` inside brackets.
    mutating func parsePredicateOr() throws(Failure) -> PredicateSyntax {
        var parts = [try parsePredicateAnd()]
        while current.isPunctuation("|") || current.isPunctuation("||") {
            advance()
            parts.append(try parsePredicateAnd())
        }
        return parts.count == 1 ? parts[0] : .or(parts)
    }

    mutating func parsePredicateAnd() throws(Failure) -> PredicateSyntax {
        var parts = [try parsePredicatePrimary()]
        while current.isPunctuation("&") || current.isPunctuation("&&") {
            advance()
            parts.append(try parsePredicatePrimary())
        }
        return parts.count == 1 ? parts[0] : .and(parts)
    }

    mutating func parsePredicatePrimary() throws(Failure) -> PredicateSyntax {
        let token = current
        switch token.kind {
        case .string:
            advance()
            return .literal(token.text, try matchOptions(token), SyntaxRange(token))
        case .number:
            advance()
            return .literal(token.text, [], SyntaxRange(token))
        case .identifier:
            switch token.text {
            case "_":
                advance()
                return .any(SyntaxRange(token))
            case "kind", "is", "shape":
                advance()
                guard current.isPunctuation(":") else {
                    throw fail("expected ':' after '\(token.text)'", hint: "\(token.text):VALUE")
                }
                advance()
                let value = current
                guard value.kind == .identifier || (token.text == "shape" && value.kind == .string) else {
                    throw fail("expected a value after '\(token.text):'", hint: "kind:number, is:capitalized, shape:\"Xxx\"")
                }
                advance()
                let range = SyntaxRange(offset: token.offset, width: value.offset - token.offset + value.width)
                switch token.text {
                case "kind": return .kind(value.text, range)
                case "is": return .flag(value.text, range)
                default: return .shape(value.text, range)
                }
            default:
                if Self.isLabelName(token.text) {
                    throw fail(
                        "label \(token.text) cannot be tested on one token", hint: "use \(token.text) outside [ ] to match its span")
                }
                throw fail("unexpected word '\(token.text)' in a token predicate", hint: "quote text: \"\(token.text)\"")
            }
        case .punctuation:
            switch token.text {
            case "[":
                advance()
                let inner = try parsePredicateOr()
                _ = try expect("]", "to close the token predicate")
                return inner
            case "(":
                advance()
                let inner = try parsePredicateOr()
                _ = try expect(")", "to close the parenthesis")
                return inner
            case "!":
                advance()
                return .not(try parsePredicatePrimary())
            case "@":
                advance()
                let name = try expectIdentifier("a lexicon name after '@'")
                return .lexicon(name.text, SyntaxRange(offset: token.offset, width: name.width + 1))
            case "_":
                advance()
                return .any(SyntaxRange(token))
            case "/":
                guard let (pattern, flags, _) = lexer.regex(at: token.offset) else {
                    throw fail("unterminated regular expression", hint: "close it with / on the same line")
                }
                advance()
                let range = SyntaxRange(offset: token.offset, width: pattern.unicodeScalars.count + 2 + flags.count)
                for flag in flags where flag != "i" {
                    throw fail("unknown regular expression flag '\(flag)'", hint: "only /…/i (ignore case) is supported", at: token)
                }
                if pattern.isEmpty { throw fail("empty regular expression", at: token) }
                return .regex(pattern, caseInsensitive: flags.contains("i"), range)
            default:
                break
            }
        default:
            break
        }
        throw fail("expected a token predicate, found \(describe(token))")
    }

    // MARK: Expressions

    mutating func parseExpression() throws(Failure) -> ExpressionSyntax {
        let condition = try parseBinary(level: 0)
        guard current.isPunctuation("?") else { return condition }
        let question = current
        advance()
        let whenTrue = try parseExpression()
        _ = try expect(":", "in the conditional expression", hint: "condition ? value : other")
        let whenFalse = try parseExpression()
        return .conditional(condition, whenTrue, whenFalse, SyntaxRange(question))
    }

    static let binaryLevels: [[String]] = [["??"], ["||"], ["&&"], ["==", "!=", "<", ">", "<=", ">="], ["+", "-"], ["*", "/", "%"]]

    mutating func parseBinary(level: Int) throws(Failure) -> ExpressionSyntax {
        guard level < Self.binaryLevels.count else { return try parseUnary() }
        var left = try parseBinary(level: level + 1)
        while current.kind == .punctuation, Self.binaryLevels[level].contains(current.text) {
            let op = current
            advance()
            let right = try parseBinary(level: level + 1)
            left = .binary(op.text, left, right, SyntaxRange(op))
        }
        return left
    }

    mutating func parseUnary() throws(Failure) -> ExpressionSyntax {
        if current.isPunctuation("!") || current.isPunctuation("-") {
            let op = current
            advance()
            return .unary(op.text, try parseUnary(), SyntaxRange(op))
        }
        return try parsePostfix()
    }

    mutating func parsePostfix() throws(Failure) -> ExpressionSyntax {
        let token = current
        switch token.kind {
        case .string:
            advance()
            return .string(token.text, SyntaxRange(token))
        case .number:
            advance()
            return .number(token.text, SyntaxRange(token))
        case .identifier:
            advance()
            switch token.text {
            case "true", "false": return .boolean(token.text == "true", SyntaxRange(token))
            case "nil": return .nilLiteral(SyntaxRange(token))
            default: break
            }
            if current.isPunctuation("(") {
                advance()
                var arguments: [ExpressionSyntax] = []
                if !current.isPunctuation(")") {
                    repeat {
                        if current.isPunctuation(",") { advance() }
                        arguments.append(try parseExpression())
                    } while current.isPunctuation(",")
                }
                _ = try expect(")", "to close the arguments of \(token.text)(…)")
                return .call(token.text, arguments, SyntaxRange(token))
            }
            if current.isPunctuation("."), current.offset == token.offset + token.text.utf8.count {
                advance()
                let member = try expectIdentifier("an attribute name after '\(token.text).'", hint: "\(token.text).value")
                return .member(token.text, member.text, SyntaxRange(offset: token.offset, width: token.width + 1 + member.width))
            }
            return .capture(token.text, SyntaxRange(token))
        case .punctuation:
            if token.isPunctuation("(") {
                advance()
                let inner = try parseExpression()
                _ = try expect(")", "to close the parenthesis")
                return inner
            }
            if token.isPunctuation("@") {
                advance()
                let name = try expectIdentifier("a lexicon name after '@'")
                return .lexicon(name.text, SyntaxRange(offset: token.offset, width: name.width + 1))
            }
        default:
            break
        }
        throw fail("expected an expression, found \(describe(token))", hint: "values: \"text\", 12.5, capture, capture.attr, f(x), nil")
    }
}
