/// A JSON line that is not a valid extraction record: what is wrong and at which column.
public struct JSONLinesError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong.
    public let message: String
    /// 1-based column (in Unicode scalars) where the problem was found.
    public let column: Int

    public var description: String { "column \(column): \(message)" }
}

extension JSONLines {
    /// Reads one JSON line of the GUIDE §3 format back into a record.
    ///
    /// Accepts any flat JSON object with integer `line`, `start`, `end` and string `text`, `label`
    /// (and an optional string `file`, the record's input); every other member becomes an attribute
    /// in the order written (numbers and booleans keep their literal text, `null` members are
    /// dropped). Nested objects and arrays are rejected.
    ///
    /// ```swift
    /// let record = try JSONLines.parse(#"{"line": 2, "start": 0, "end": 4, "text": "81%", "label": "PERCENT", "value": "81"}"#)
    /// record[attribute: "value"]   // "81"
    /// ```
    /// - Parameter line: One line of a JSON-lines file, without its newline.
    /// - Returns: The record.
    /// - Throws: ``JSONLinesError`` naming the column of the first problem.
    /// - Complexity: O(n) in the length of the line.
    public static func parse(_ line: String) throws -> ExtractionRecord {
        var parser = FlatObjectParser(scalars: Array(line.unicodeScalars))
        let members = try parser.parseObject()
        var numbers: [String: Int] = [:]
        var strings: [String: String] = [:]
        var attributes: [ExtractionRecord.Attribute] = []
        var file: String?
        for member in members {
            switch member.key {
            case "line", "start", "end":
                guard case .number(let text) = member.value, let value = Int(text) else {
                    throw JSONLinesError(message: "\"\(member.key)\" must be an integer", column: member.column)
                }
                numbers[member.key] = value
            case "text", "label", "file":
                guard case .string(let text) = member.value else {
                    throw JSONLinesError(message: "\"\(member.key)\" must be a string", column: member.column)
                }
                if member.key == "file" { file = text } else { strings[member.key] = text }
            default:
                switch member.value {
                case .string(let text), .number(let text), .literal(let text):
                    attributes.append(.init(member.key, text))
                case .null:
                    continue
                }
            }
        }
        for key in ["line", "start", "end"] where numbers[key] == nil {
            throw JSONLinesError(message: "missing \"\(key)\"", column: 1)
        }
        for key in ["text", "label"] where strings[key] == nil {
            throw JSONLinesError(message: "missing \"\(key)\"", column: 1)
        }
        let start = numbers["start"]!, end = numbers["end"]!
        guard start >= 0, end >= start else {
            throw JSONLinesError(message: "\"start\" and \"end\" must satisfy 0 <= start <= end", column: 1)
        }
        return ExtractionRecord(
            line: numbers["line"]!, start: start, end: end, text: strings["text"]!, label: strings["label"]!,
            attributes: attributes, file: file)
    }
}

/// A recursive-descent reader for one flat JSON object (no nesting), with column numbers in errors.
private struct FlatObjectParser {
    enum Value {
        case string(String)
        case number(String)
        case literal(String)
        case null
    }

    struct Member {
        var key: String
        var value: Value
        var column: Int
    }

    let scalars: [Unicode.Scalar]
    var index = 0

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private func fail(_ message: String) -> JSONLinesError {
        JSONLinesError(message: message, column: index + 1)
    }

    private mutating func skipSpace() {
        while index < scalars.count, [" ", "\t", "\r", "\n"].contains(scalars[index]) { index += 1 }
    }

    private mutating func expect(_ scalar: Unicode.Scalar) throws {
        skipSpace()
        guard index < scalars.count, scalars[index] == scalar else {
            throw fail(index < scalars.count ? "expected '\(scalar)', found '\(scalars[index])'" : "expected '\(scalar)' before the end of the line")
        }
        index += 1
    }

    mutating func parseObject() throws -> [Member] {
        try expect("{")
        var members: [Member] = []
        skipSpace()
        if index < scalars.count, scalars[index] == "}" {
            index += 1
        } else {
            while true {
                skipSpace()
                let column = index + 1
                let key = try parseString()
                if members.contains(where: { $0.key == key }) {
                    throw JSONLinesError(message: "duplicate key \"\(key)\"", column: column)
                }
                try expect(":")
                skipSpace()
                let value = try parseValue()
                members.append(Member(key: key, value: value, column: column))
                skipSpace()
                guard index < scalars.count else { throw fail("unterminated object") }
                if scalars[index] == "," {
                    index += 1
                    continue
                }
                try expect("}")
                break
            }
        }
        skipSpace()
        guard index == scalars.count else { throw fail("unexpected text after the object") }
        return members
    }

    private mutating func parseValue() throws -> Value {
        guard index < scalars.count else { throw fail("expected a value before the end of the line") }
        let scalar = scalars[index]
        switch scalar {
        case "\"":
            return .string(try parseString())
        case "-", "0"..."9":
            let start = index
            index += 1
            while index < scalars.count, "0123456789.eE+-".unicodeScalars.contains(scalars[index]) { index += 1 }
            return .number(String(String.UnicodeScalarView(scalars[start..<index])))
        case "{", "[":
            throw fail("nested objects and arrays are not part of the extraction format")
        default:
            for word in ["true", "false", "null"] {
                let wordScalars = Array(word.unicodeScalars)
                if index + wordScalars.count <= scalars.count,
                    Array(scalars[index..<index + wordScalars.count]) == wordScalars
                {
                    index += wordScalars.count
                    return word == "null" ? .null : .literal(word)
                }
            }
            throw fail("unexpected '\(scalar)'")
        }
    }

    private mutating func parseString() throws -> String {
        guard index < scalars.count, scalars[index] == "\"" else { throw fail("expected a string") }
        index += 1
        var result = String.UnicodeScalarView()
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "\"":
                return String(result)
            case "\\":
                guard index < scalars.count else { throw fail("unterminated escape") }
                let escape = scalars[index]
                index += 1
                switch escape {
                case "\"", "\\", "/": result.append(escape)
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "r": result.append("\r")
                case "b": result.append("\u{08}")
                case "f": result.append("\u{0C}")
                case "u":
                    var code = try parseHex4()
                    if (0xD800..<0xDC00).contains(code) {
                        guard index + 1 < scalars.count, scalars[index] == "\\", scalars[index + 1] == "u" else {
                            throw fail("lone high surrogate")
                        }
                        index += 2
                        let low = try parseHex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw fail("invalid low surrogate") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let decoded = Unicode.Scalar(code) else { throw fail("invalid \\u escape") }
                    result.append(decoded)
                default:
                    throw fail("invalid escape '\\\(escape)'")
                }
            default:
                guard scalar.value >= 0x20 else { throw fail("unescaped control character in a string") }
                result.append(scalar)
            }
        }
        throw fail("unterminated string")
    }

    private mutating func parseHex4() throws -> UInt32 {
        guard index + 4 <= scalars.count else { throw fail("\\u needs four hex digits") }
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let digit = hexValue(scalars[index]) else { throw fail("\\u needs four hex digits") }
            code = code << 4 | digit
            index += 1
        }
        return code
    }

    private func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 48
        case "a"..."f": scalar.value - 87
        case "A"..."F": scalar.value - 55
        default: nil
        }
    }
}
