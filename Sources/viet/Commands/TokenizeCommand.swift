import ArgumentParser
import VietNLP

/// `viet tokenize`: tokens with kinds, flags and offsets.
struct TokenizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Split text into tokens (syllables, numbers, codes, dates, URLs, punctuation…).",
        discussion: """
            Numbers ("1.456.018", "47,13"), document codes ("17/NQ-CP"), abbreviations ("TP.HCM", "v.v."), \
            dates ("7-3-2019"), times ("15h30"), URLs and e-mail addresses stay whole.
            Without --json each output line lists the tokens of the input line separated by one space.
            With --json each output line is one JSON object:
              {"line":1,"tokens":[{"text":"Sở","kind":"word","start":0,"end":2,
                "flags":["capitalized",…]},…]}
            where start/end are Unicode-scalar offsets into the input line (end exclusive).
            Examples:
              echo "Nghị quyết 17/NQ-CP ngày 7-3-2019" | viet tokenize
              viet tokenize --json report.txt > tokens.jsonl
            """
    )

    @Flag(help: "Write one JSON object per input line with each token's text, kind, offsets and flags.")
    var json = false

    @OptionGroup var input: InputOptions

    func run() throws {
        let tokenizer = Tokenizer()
        let output = OutputWriter()
        var bytes: [UInt8] = []
        try reportingErrors(output) {
            try input.forEachLine { line, number, _ in
                let tokenized = tokenizer.tokenize(line)
                bytes.removeAll(keepingCapacity: true)
                if json {
                    Self.appendJSON(tokenized, line: number, to: &bytes)
                } else {
                    // Copied from the line's bytes: a Substring per token (index checks, then an
                    // element-by-element copy) cost more than tokenizing.
                    var text = tokenized.text
                    text.withUTF8 { utf8 in
                        for (index, token) in tokenized.tokens.enumerated() {
                            if index > 0 { bytes.append(UInt8(ascii: " ")) }
                            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[token.utf8Range]))
                        }
                    }
                }
                bytes.append(0x0A)
                try output.writeLines(bytes)
            }
        }
    }

    static func appendJSON(_ tokenized: TokenizedText, line: Int, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: #"{"line":\#(line),"tokens":["#.utf8)
        for (index, token) in tokenized.tokens.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            bytes.append(contentsOf: #"{"text":"#.utf8)
            JSONLines.appendString(String(tokenized.text(of: token)), to: &bytes)
            bytes.append(
                contentsOf:
                    #","kind":"\#(token.kind)","start":\#(token.scalarRange.lowerBound),"end":\#(token.scalarRange.upperBound),"flags":["#
                    .utf8)
            for (flagIndex, name) in token.flags.names.enumerated() {
                if flagIndex > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes.append(contentsOf: "\"\(name)\"".utf8)
            }
            bytes.append(contentsOf: "]}".utf8)
        }
        bytes.append(contentsOf: "]}".utf8)
    }
}
