/// A lexical token of the rule language.
struct SyntaxToken: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case identifier
        /// A quoted string; `text` is the decoded value, `suffix` the match flags after the quote.
        case string
        case number
        case punctuation
        case endOfFile
        /// Something the lexer cannot read; `text` says what.
        case invalid
    }

    var kind: Kind
    var text: String
    /// Letters right after a closing quote ("i", "d", "id").
    var suffix: String = ""
    /// UTF-8 offset in the file.
    var offset: Int
    /// Number of Unicode scalars the token covers in the source (for carets).
    var width: Int
    /// Whether only whitespace precedes the token on its line (clause keywords start lines).
    var atLineStart: Bool

    func isPunctuation(_ symbol: String) -> Bool { kind == .punctuation && text == symbol }
    func isKeyword(_ word: String) -> Bool { kind == .identifier && text == word }
}

/// Turns rule-file text into tokens on demand. The parser drives it, because `/` starts a regular
/// expression inside a pattern but is division inside an `emit` expression.
struct RuleLexer {
    let bytes: [UInt8]
    private(set) var position = 0

    init(text: String) {
        bytes = Array(text.utf8)
    }

    /// Multi-character punctuation, longest first.
    private static let symbols: [String] = [
        "(?<=", "(?<!", "(?=", "(?!", "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "..",
        "(", ")", "[", "]", "{", "}", ",", "|", "&", "!", "?", "*", "+", ":", "=", "@", "<", ">", ".",
        "^", "$", ";", "-", "/", "%", "~",
    ].sorted { $0.utf8.count > $1.utf8.count }
    private static let symbolBytes: [[UInt8]] = symbols.map { Array($0.utf8) }
    /// Per first byte, the indices in ``symbols`` of the symbols that begin with it, longest first:
    /// trying all forty symbols at every punctuation mark was a third of the lexer's time.
    private static let symbolsByFirstByte: [[Int]] = {
        var table = [[Int]](repeating: [], count: 256)
        for (index, symbol) in symbolBytes.enumerated() { table[Int(symbol[0])].append(index) }
        return table
    }()

    /// Moves to a byte offset (used to re-read a `/` as a regular expression).
    mutating func reset(to offset: Int) { position = offset }

    private func isLineStart(_ offset: Int) -> Bool {
        var index = offset - 1
        while index >= 0 {
            let byte = bytes[index]
            if byte == 0x0A { return true }
            if byte != 0x20 && byte != 0x09 && byte != 0x0D { return false }
            index -= 1
        }
        return true
    }

    // The loops over many bytes (trivia, comments, strings) read them through a buffer pointer:
    // indexing the array checked its bounds and reloaded it per byte, about three times the work.

    private mutating func skipTrivia() {
        position = bytes.withUnsafeBufferPointer { bytes in
            var position = self.position
            while position < bytes.count {
                let byte = bytes[position]
                if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    position += 1
                } else if byte == UInt8(ascii: "#") {
                    while position < bytes.count, bytes[position] != 0x0A { position += 1 }
                } else {
                    break
                }
            }
            return position
        }
    }

    private func scalarWidth(_ range: Range<Int>) -> Int {
        bytes.withUnsafeBufferPointer { bytes in
            var count = 0
            for index in range where bytes[index] & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }

    static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
    }

    static func isIdentifierContinue(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }

    /// Reads the next token.
    mutating func next() -> SyntaxToken {
        skipTrivia()
        let start = position
        let atLineStart = isLineStart(start)
        guard position < bytes.count else {
            return SyntaxToken(kind: .endOfFile, text: "end of file", offset: start, width: 1, atLineStart: true)
        }
        let byte = bytes[position]
        func token(_ kind: SyntaxToken.Kind, _ text: String, suffix: String = "") -> SyntaxToken {
            SyntaxToken(
                kind: kind, text: text, suffix: suffix, offset: start, width: max(1, scalarWidth(start..<position)),
                atLineStart: atLineStart)
        }
        if Self.isIdentifierStart(byte) {
            while position < bytes.count, Self.isIdentifierContinue(bytes[position]) { position += 1 }
            return token(.identifier, String(decoding: bytes[start..<position], as: UTF8.self))
        }
        if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
                position += 1
            }
            // A decimal point only when a digit follows ("1.5", not the range "1..").
            if position + 1 < bytes.count, bytes[position] == UInt8(ascii: "."),
                bytes[position + 1] >= UInt8(ascii: "0"), bytes[position + 1] <= UInt8(ascii: "9")
            {
                position += 1
                while position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
                    position += 1
                }
            }
            return token(.number, String(decoding: bytes[start..<position], as: UTF8.self))
        }
        if byte == UInt8(ascii: "\"") {
            return lexString(start: start, atLineStart: atLineStart)
        }
        for index in Self.symbolsByFirstByte[Int(byte)] {
            let symbol = Self.symbolBytes[index]
            guard position + symbol.count <= bytes.count, bytes[position..<(position + symbol.count)].elementsEqual(symbol) else { continue }
            position += symbol.count
            return token(.punctuation, Self.symbols[index])
        }
        // Skip one whole scalar so the error names it.
        position += 1
        while position < bytes.count, bytes[position] & 0xC0 == 0x80 { position += 1 }
        return token(.invalid, String(decoding: bytes[start..<position], as: UTF8.self))
    }

    private mutating func lexString(start: Int, atLineStart: Bool) -> SyntaxToken {
        position += 1
        if let token = plainString(start: start, atLineStart: atLineStart) { return token }
        var value: [UInt8] = []
        var problem: String?
        while true {
            guard position < bytes.count, bytes[position] != 0x0A else {
                return SyntaxToken(
                    kind: .invalid, text: "unterminated string", offset: start,
                    width: max(1, scalarWidth(start..<position)), atLineStart: atLineStart)
            }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                break
            }
            if byte == UInt8(ascii: "\\"), position + 1 < bytes.count {
                let escaped = bytes[position + 1]
                position += 2
                switch escaped {
                case UInt8(ascii: "n"): value.append(0x0A)
                case UInt8(ascii: "t"): value.append(0x09)
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): value.append(escaped)
                default: problem = problem ?? "unknown escape '\\\(Unicode.Scalar(escaped))' in string"
                }
                continue
            }
            value.append(byte)
            position += 1
        }
        return stringToken(String(decoding: value, as: UTF8.self), problem: problem, start: start, atLineStart: atLineStart)
    }

    /// The string token of `text` (or the invalid one of `problem`), whose closing quote is just
    /// before `position`: reads the suffix of flag letters after it ("…"i).
    private mutating func stringToken(_ text: String, problem: String?, start: Int, atLineStart: Bool) -> SyntaxToken {
        let suffixStart = position
        while position < bytes.count, Self.isIdentifierContinue(bytes[position]) { position += 1 }
        let width = max(1, scalarWidth(start..<position))
        if let problem {
            return SyntaxToken(kind: .invalid, text: problem, offset: start, width: width, atLineStart: atLineStart)
        }
        let suffix = suffixStart == position ? "" : String(decoding: bytes[suffixStart..<position], as: UTF8.self)
        return SyntaxToken(kind: .string, text: text, suffix: suffix, offset: start, width: width, atLineStart: atLineStart)
    }

    /// The string token whose text starts at `position` when it has no escape and ends on its line
    /// (nearly every string), made from the bytes in place; nil otherwise, the position unchanged.
    /// Building the value byte by byte in a growing array was most of the cost of a string.
    private mutating func plainString(start: Int, atLineStart: Bool) -> SyntaxToken? {
        let end = bytes.withUnsafeBufferPointer { bytes -> Int? in
            var end = position
            while end < bytes.count {
                let byte = bytes[end]
                if byte == UInt8(ascii: "\"") { return end }
                if byte == UInt8(ascii: "\\") || byte == 0x0A { return nil }
                end += 1
            }
            return nil
        }
        guard let end else { return nil }
        let text = String(decoding: bytes[position..<end], as: UTF8.self)
        position = end + 1
        return stringToken(text, problem: nil, start: start, atLineStart: atLineStart)
    }

    /// Reads a regular expression whose opening `/` is at `offset`: `/…/` then flag letters. A `\/`
    /// inside stands for a slash. Returns nil when the closing slash is missing on the line.
    mutating func regex(at offset: Int) -> (pattern: String, flags: String, end: Int)? {
        var index = offset + 1
        var pattern: [UInt8] = []
        while index < bytes.count, bytes[index] != 0x0A {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                pattern.append(UInt8(ascii: "/"))
                index += 2
                continue
            }
            if byte == UInt8(ascii: "/") {
                index += 1
                let flagStart = index
                while index < bytes.count, Self.isIdentifierContinue(bytes[index]) { index += 1 }
                position = index
                return (
                    String(decoding: pattern, as: UTF8.self), String(decoding: bytes[flagStart..<index], as: UTF8.self),
                    index
                )
            }
            pattern.append(byte)
            index += 1
        }
        position = index
        return nil
    }
}
