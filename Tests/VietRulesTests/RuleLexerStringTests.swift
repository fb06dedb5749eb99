import Testing

@testable import VietRules

/// Strings and punctuation read by ``RuleLexer``: plain strings are cut from the bytes in place,
/// strings with escapes decoded, and both give the same tokens (text, flags, offset, width).
@Suite("Rule lexer strings")
struct RuleLexerStringTests {
    private func tokens(_ text: String) -> [SyntaxToken] {
        var lexer = RuleLexer(text: text)
        var tokens: [SyntaxToken] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .endOfFile { return tokens }
        }
    }

    @Test func plainAndEscapedStringsGiveTheSameTokens() {
        let plain = tokens(#"x "Hà Nội"id | "a""#)
        #expect(plain.map(\.kind) == [.identifier, .string, .punctuation, .string, .endOfFile])
        #expect(plain[1].text == "Hà Nội" && plain[1].suffix == "id" && plain[1].offset == 2 && plain[1].width == 10)
        #expect(plain[3].text == "a" && plain[3].suffix == "" && plain[3].width == 3)
        let escaped = tokens(#"x "Hà\tNội\"\\"i"#)
        #expect(escaped[1].kind == .string && escaped[1].text == "Hà\tNội\"\\" && escaped[1].suffix == "i" && escaped[1].width == 14)
    }

    @Test func unfinishedStringsAreInvalid() {
        #expect(tokens("\"đồng\nemit").first?.text == "unterminated string")
        #expect(tokens("\"đồng").first?.text == "unterminated string")
        #expect(tokens("\"đồng\\").first?.text == "unterminated string")
        #expect(tokens(#""a\qb""#).first?.text == #"unknown escape '\q' in string"#)
    }

    @Test func punctuationTakesTheLongestSymbol() {
        let texts = tokens("(?<= (?<! (?= ( ?? ? .. . <= < == = ~ §").map(\.text)
        #expect(texts == ["(?<=", "(?<!", "(?=", "(", "??", "?", "..", ".", "<=", "<", "==", "=", "~", "§", "end of file"])
        #expect(tokens("§").first?.kind == .invalid)
    }
}
