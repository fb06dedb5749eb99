import ArgumentParser
import VietNumbers

/// `viet number`: exact values of Vietnamese numbers, amounts, quantities and dates.
struct NumberCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "number",
        abstract: "Parse Vietnamese numbers, money, quantities, percentages, ratios, ranges and dates exactly.",
        discussion: """
            Each PHRASE (or each line of standard input when none is given) must be one whole expression. \
            Output is one JSON object per phrase with the GUIDE §3 label and attributes (exact decimal strings, \
            ISO-8601 dates with X), or {"text": …, "error": …} when the phrase is not one expression.
            With --scan, every expression inside each line is printed instead, with 1-based line numbers and \
            Unicode-scalar offsets in the format of `viet extract`. The scan is the number parser's alone: \
            `viet extract` also runs the shipped rules, which read context the parser leaves alone (working \
            days, fine caps, document references, organisations, people) and give bare years their dates.
            Examples:
              viet number "735,3 tỷ đồng"          # MONEY, value 735300000000, unit VND
              viet number "hai mươi mốt" "47,13%"  # 21, then PERCENT 47.13
              viet number --decimal-style english "4.42"
              viet number --reference-date 2023-03-01 "hôm qua"   # DATE 2023-02-28
              echo "Doanh thu đạt 735,3 tỷ đồng, tăng 12%." | viet number --scan
            """
    )

    @Argument(help: "Phrases to parse. Standard input lines when none are given.")
    var phrases: [String] = []

    @Option(help: "How '.' and ',' in digits are read: automatic, vietnamese (1.099 = 1099) or english (4.42).")
    var decimalStyle: DecimalStyle = .automatic

    @Option(help: "The date relative expressions (hôm qua, tuần sau) refer to, YYYY-MM-DD, or 'today' (local), or 'none'.")
    var referenceDate: String = "today"

    @Flag(help: "Find every expression inside each line instead of parsing the whole line.")
    var scan = false

    @Flag(help: "Replace invalid UTF-8 in standard input with U+FFFD instead of stopping with an error.")
    var lossy = false

    func run() throws {
        let options = NumberParser.Options(decimalStyle: decimalStyle, referenceDate: try ReferenceDate.parse(referenceDate))
        let parser = NumberParser(options: options)
        let output = OutputWriter()
        try reportingErrors(output) {
            var lineNumber = 0
            let handle = { (line: String) throws in
                lineNumber += 1
                if scan {
                    for found in parser.scan(line) {
                        var json = JSONObject()
                        json.add("line", number: lineNumber)
                        json.add("start", number: found.scalarRange.lowerBound)
                        json.add("end", number: found.scalarRange.upperBound)
                        json.add("text", found.text)
                        Self.addExpression(found, to: &json)
                        try output.writeLine(json.text)
                    }
                    return
                }
                var json = JSONObject()
                json.add("text", line)
                do throws(NumberParserError) {
                    Self.addExpression(try parser.parse(line), to: &json)
                } catch {
                    json.add("error", error.description)
                }
                try output.writeLine(json.text)
            }
            if phrases.isEmpty {
                let reader = try LineReader(path: "-")
                while let line = try reader.nextLine(lossy: lossy) { try handle(line) }
            } else {
                for phrase in phrases { try handle(phrase) }
            }
        }
    }

    private static func addExpression(_ expression: NumericExpression, to json: inout JSONObject) {
        json.add("label", expression.label.rawValue)
        for attribute in expression.attributes { json.add(attribute.name, attribute.value) }
    }
}

extension DecimalStyle: ExpressibleByArgument {}

/// A one-line JSON object built in key order, with strings escaped per RFC 8259.
private struct JSONObject {
    private(set) var body = ""

    var text: String { "{" + body + "}" }

    mutating func add(_ key: String, _ value: String) {
        separate()
        body += Self.quoted(key) + ": " + Self.quoted(value)
    }

    mutating func add(_ key: String, number: Int) {
        separate()
        body += Self.quoted(key) + ": " + String(number)
    }

    private mutating func separate() {
        if !body.isEmpty { body += ", " }
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
