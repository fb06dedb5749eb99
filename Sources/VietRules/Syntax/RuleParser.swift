/// Parses one rule file into declarations, reporting every syntax error it can find: after an
/// error it skips to the next clause keyword at the start of a line and carries on.
struct RuleParser {
    var lexer: RuleLexer
    var current: SyntaxToken
    var sink: DiagnosticSink
    var syntax = RuleFileSyntax()
    /// The phase rules are added to; files start in `main`.
    var currentPhase = "main"

    /// Words that start a clause; they cannot be capture names.
    static let clauseKeywords: Set<String> = [
        "import", "phase", "lexicon", "define", "rule", "match", "emit", "example", "counter", "priority",
    ]
    /// Words that start a top-level declaration.
    static let declarationKeywords: Set<String> = ["import", "phase", "lexicon", "define", "rule"]

    struct Failure: Error {}

    init(file: SourceFile) {
        lexer = RuleLexer(text: file.text)
        current = lexer.next()
        sink = DiagnosticSink(file: file)
    }

    /// Parses the whole file.
    static func parse(_ file: SourceFile) -> (RuleFileSyntax, [Diagnostic]) {
        var parser = RuleParser(file: file)
        parser.parseFile()
        return (parser.syntax, parser.sink.diagnostics)
    }

    // MARK: Token plumbing

    mutating func advance() {
        current = lexer.next()
    }

    mutating func fail(_ message: String, hint: String? = nil, at token: SyntaxToken? = nil) -> Failure {
        let token = token ?? current
        if token.kind == .invalid, token.text == "unterminated string" {
            sink.error(
                at: token.offset, length: token.width, "unterminated string", hint: "close the string with \" on the same line")
        } else {
            sink.error(at: token.offset, length: token.width, message, hint: hint)
        }
        return Failure()
    }

    func describe(_ token: SyntaxToken) -> String {
        switch token.kind {
        case .endOfFile: "end of file"
        case .string: "string \"\(token.text)\""
        case .invalid: token.text.count == 1 ? "'\(token.text)'" : token.text
        default: "'\(token.text)'"
        }
    }

    mutating func expect(_ symbol: String, _ context: String, hint: String? = nil) throws(Failure) -> SyntaxToken {
        guard current.isPunctuation(symbol) else {
            throw fail("expected '\(symbol)' \(context), found \(describe(current))", hint: hint)
        }
        let token = current
        advance()
        return token
    }

    mutating func expectIdentifier(_ context: String, hint: String? = nil) throws(Failure) -> SyntaxToken {
        guard current.kind == .identifier else {
            throw fail("expected \(context), found \(describe(current))", hint: hint)
        }
        let token = current
        advance()
        return token
    }

    /// Skips to the next clause keyword at the start of a line (or a declaration anywhere).
    mutating func recover(toDeclaration: Bool) {
        if current.kind != .endOfFile { advance() }
        while current.kind != .endOfFile {
            if current.kind == .identifier, current.atLineStart {
                if Self.declarationKeywords.contains(current.text) { return }
                if !toDeclaration, Self.clauseKeywords.contains(current.text) { return }
            }
            advance()
        }
    }

    // MARK: Declarations

    mutating func parseFile() {
        while current.kind != .endOfFile {
            do throws(Failure) {
                guard current.kind == .identifier, Self.declarationKeywords.contains(current.text) else {
                    let hint =
                        Self.clauseKeywords.contains(current.text)
                        ? "'\(current.text)' belongs inside a rule: start one with 'rule NAME'"
                        : "a file holds import, phase, lexicon, define and rule declarations"
                    throw fail("expected a declaration, found \(describe(current))", hint: hint)
                }
                switch current.text {
                case "import": try parseImport()
                case "phase": try parsePhase()
                case "lexicon": try parseLexicon()
                case "define": try parseDefine()
                default: try parseRule()
                }
            } catch {
                recover(toDeclaration: true)
            }
        }
    }

    mutating func parseImport() throws(Failure) {
        advance()
        guard current.kind == .string else {
            throw fail("expected a quoted file name after 'import'", hint: "import \"common.rules\"")
        }
        syntax.imports.append((current.text, SyntaxRange(current)))
        advance()
    }

    mutating func parsePhase() throws(Failure) {
        advance()
        let name = try expectIdentifier("a phase name after 'phase'", hint: "phase quantities")
        var phase = PhaseSyntax(name: name.text, range: SyntaxRange(name))
        while current.kind == .identifier, !current.atLineStart {
            switch current.text {
            case "overlap":
                advance()
                let policyToken = try expectIdentifier("an overlap policy", hint: "overlap longest | all | nested")
                guard let policy = OverlapPolicy(rawValue: policyToken.text) else {
                    throw fail(
                        "unknown overlap policy '\(policyToken.text)'", hint: "use longest, all or nested", at: policyToken)
                }
                phase.overlap = policy
            case "supersede":
                phase.supersede = true
                advance()
            case "after":
                advance()
                repeat {
                    if current.isPunctuation(",") { advance() }
                    let other = try expectIdentifier("a phase name after 'after'")
                    phase.after.append((other.text, SyntaxRange(other)))
                } while current.isPunctuation(",")
            default:
                throw fail("unknown phase option '\(current.text)'", hint: "options: overlap POLICY, supersede, after PHASE")
            }
        }
        if !current.atLineStart, current.kind != .endOfFile {
            throw fail("unexpected \(describe(current)) after the phase declaration")
        }
        currentPhase = phase.name
        syntax.phases.append(phase)
    }

    mutating func parseLexicon() throws(Failure) {
        advance()
        let name = try expectIdentifier("a lexicon name after 'lexicon'", hint: "lexicon VND = \"đồng\" | \"VND\"")
        var lexicon = LexiconSyntax(name: name.text, range: SyntaxRange(name))
        if current.isKeyword("from") {
            advance()
            guard current.kind == .string else {
                throw fail("expected a quoted file name after 'from'", hint: "lexicon ORGS from \"orgs.txt\"")
            }
            lexicon.file = (current.text, SyntaxRange(current))
            advance()
        } else {
            _ = try expect("=", "after the lexicon name", hint: "lexicon NAME = \"a\" | \"b\"  or  lexicon NAME from \"file.txt\"")
            repeat {
                if current.isPunctuation("|") { advance() }
                guard current.kind == .string else {
                    throw fail("expected a quoted lexicon entry, found \(describe(current))")
                }
                var entry = LexiconSyntax.Entry(key: current.text, value: nil, range: SyntaxRange(current))
                if !current.suffix.isEmpty {
                    throw fail(
                        "lexicon entries take no match flags", hint: "write 'ignore case' after the entries instead")
                }
                advance()
                if current.isPunctuation("=>") {
                    advance()
                    guard current.kind == .string else {
                        throw fail("expected a quoted value after '=>'", hint: "\"TT&TT\" => \"Thông tin và Truyền thông\"")
                    }
                    entry.value = current.text
                    advance()
                }
                lexicon.entries.append(entry)
            } while current.isPunctuation("|")
        }
        while current.isKeyword("ignore"), !current.atLineStart {
            advance()
            let what = try expectIdentifier("'case' or 'diacritics' after 'ignore'")
            switch what.text {
            case "case": lexicon.options.insert(.ignoreCase)
            case "diacritics": lexicon.options.insert(.ignoreDiacritics)
            default: throw fail("unknown lexicon option 'ignore \(what.text)'", hint: "ignore case, ignore diacritics", at: what)
            }
        }
        if !current.atLineStart, current.kind != .endOfFile {
            throw fail(
                "unexpected \(describe(current)) in lexicon \(lexicon.name)",
                hint: "separate entries with '|'; options are 'ignore case' and 'ignore diacritics'")
        }
        syntax.lexicons.append(lexicon)
    }

    mutating func parseDefine() throws(Failure) {
        advance()
        let name = try expectIdentifier("a sub-pattern name after 'define'", hint: "define year = /\\d{4}/")
        _ = try expect("=", "after the sub-pattern name")
        let pattern = try parsePattern()
        syntax.macros.append(MacroSyntax(name: name.text, range: SyntaxRange(name), pattern: pattern))
    }

    mutating func parseRule() throws(Failure) {
        advance()
        let name = try expectIdentifier("a rule name after 'rule'", hint: "rule money_vnd priority 10")
        var rule = RuleSyntax(name: name.text, range: SyntaxRange(name), phase: currentPhase)
        defer { syntax.rules.append(rule) }
        let errorsBefore = sink.diagnostics.count
        // Clauses; an error inside one skips to the next clause and keeps the rest of the rule.
        while current.kind == .identifier, !Self.declarationKeywords.contains(current.text) || !current.atLineStart {
            let keyword = current
            do throws(Failure) {
                switch keyword.text {
                case "priority":
                    advance()
                    var negative = false
                    if current.isPunctuation("-") {
                        negative = true
                        advance()
                    }
                    guard current.kind == .number, let value = Int(current.text) else {
                        throw fail("expected a whole number after 'priority'", hint: "priority 10")
                    }
                    rule.priority = negative ? -value : value
                    advance()
                case "match":
                    advance()
                    if rule.pattern != nil { throw fail("rule '\(rule.name)' has two 'match' clauses", at: keyword) }
                    rule.pattern = try parsePattern()
                case "emit":
                    advance()
                    if rule.emit != nil { throw fail("rule '\(rule.name)' has two 'emit' clauses", at: keyword) }
                    rule.emit = try parseEmit()
                case "example":
                    advance()
                    rule.examples.append(try parseExample())
                case "counter":
                    advance()
                    guard current.kind == .string else {
                        throw fail("expected a quoted text after 'counter'", hint: "counter \"đồng chí Nguyễn Văn A\"")
                    }
                    rule.counters.append(CounterSyntax(text: current.text, range: SyntaxRange(current)))
                    advance()
                default:
                    throw fail(
                        "unknown clause '\(keyword.text)' in rule '\(rule.name)'",
                        hint: "a rule has: priority N, match PATTERN, emit LABEL …, example \"…\", counter \"…\"")
                }
            } catch {
                recover(toDeclaration: false)
            }
        }
        if current.kind != .endOfFile, !(current.kind == .identifier && current.atLineStart) {
            _ = fail("unexpected \(describe(current)) in rule '\(rule.name)'")
            recover(toDeclaration: false)
        }
        // A clause that failed to parse was reported already; do not add "missing clause" noise.
        guard sink.diagnostics.count == errorsBefore else { return }
        if rule.pattern == nil {
            sink.error(
                at: name.offset, length: name.width, "rule '\(rule.name)' has no 'match' clause",
                hint: "add a line: match PATTERN")
        }
        if rule.emit == nil {
            sink.error(
                at: name.offset, length: name.width, "rule '\(rule.name)' has no 'emit' clause",
                hint: "add a line: emit LABEL attr = expression, …")
        }
    }

    // MARK: Emit and examples

    mutating func parseEmit() throws(Failure) -> EmitSyntax {
        let label = try expectIdentifier("a label after 'emit'", hint: "emit MONEY value = n.value")
        guard Self.isLabelName(label.text) else {
            throw fail(
                "label '\(label.text)' must be upper case", hint: "emit \(label.text.uppercased()) …", at: label)
        }
        var emit = EmitSyntax(label: label.text, labelRange: SyntaxRange(label), items: [])
        // `at n` names the capture the match reports; `at` followed by `=` or `.` is an attribute.
        if current.kind == .identifier, current.text == "at", !current.atLineStart {
            var probe = lexer
            let next = probe.next()
            if next.kind == .identifier, !next.atLineStart || !Self.clauseKeywords.contains(next.text) {
                advance()
                let capture = try expectIdentifier("a capture after 'at'", hint: "emit \(label.text) at n")
                emit.spanCapture = (capture.text, SyntaxRange(capture))
                if current.isPunctuation(",") { advance() }
            }
        }
        guard current.kind == .identifier, !current.atLineStart || !Self.clauseKeywords.contains(current.text) else {
            return emit
        }
        repeat {
            if current.isPunctuation(",") { advance() }
            let name = try expectIdentifier("an attribute name", hint: "emit LABEL name = expression, other = …")
            if current.isPunctuation(".") {
                advance()
                _ = try expect("*", "after '\(name.text).' in an emit list", hint: "\(name.text).* copies every attribute of the capture")
                emit.items.append(.spread(name.text, SyntaxRange(name)))
                continue
            }
            _ = try expect("=", "after attribute '\(name.text)'", hint: "\(name.text) = expression")
            let value = try parseExpression()
            emit.items.append(.assign(name.text, value, SyntaxRange(name)))
        } while current.isPunctuation(",")
        return emit
    }

    /// `example "text" [=> LABEL ["matched text"] attr=value …]`.
    mutating func parseExample() throws(Failure) -> ExampleSyntax {
        guard current.kind == .string else {
            throw fail("expected a quoted text after 'example'", hint: "example \"735,3 tỷ đồng\" => MONEY value=735300000000")
        }
        var example = ExampleSyntax(text: current.text, range: SyntaxRange(current))
        advance()
        guard current.isPunctuation("=>") else { return example }
        advance()
        let label = try expectIdentifier("a label after '=>'")
        guard Self.isLabelName(label.text) else {
            throw fail("label '\(label.text)' must be upper case", at: label)
        }
        example.label = (label.text, SyntaxRange(label))
        if current.kind == .string, !current.atLineStart {
            example.expectedText = current.text
            advance()
        }
        while current.kind == .identifier, !current.atLineStart {
            let name = current
            advance()
            guard current.isPunctuation("="), current.offset == name.offset + name.text.utf8.count else {
                throw fail("expected '=' right after attribute '\(name.text)'", hint: "\(name.text)=value (no spaces)")
            }
            // The value is raw text up to the next space, or a quoted string.
            let valueStart = current.offset + 1
            lexer.reset(to: valueStart)
            var value = ""
            if valueStart < lexer.bytes.count, lexer.bytes[valueStart] == UInt8(ascii: "\"") {
                let token = lexer.next()
                guard token.kind == .string else { throw fail("unterminated string", at: token) }
                value = token.text
            } else {
                var end = valueStart
                while end < lexer.bytes.count, ![0x20, 0x09, 0x0A, 0x0D].contains(lexer.bytes[end]) { end += 1 }
                value = String(decoding: lexer.bytes[valueStart..<end], as: UTF8.self)
                lexer.reset(to: end)
                guard !value.isEmpty else {
                    throw fail("attribute '\(name.text)' has no value", hint: "\(name.text)=value or \(name.text)=nil", at: name)
                }
            }
            example.attributes.append((name.text, value, SyntaxRange(name)))
            advance()
        }
        return example
    }

    static func isLabelName(_ name: String) -> Bool {
        guard let first = name.utf8.first else { return false }
        let isUpper = first >= UInt8(ascii: "A") && first <= UInt8(ascii: "Z")
        let rest = name.utf8.allSatisfy {
            ($0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z")) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9"))
                || $0 == UInt8(ascii: "_")
        }
        let hasLetter = name.utf8.contains { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") }
        return (isUpper || first == UInt8(ascii: "_")) && rest && hasLetter
    }
}
