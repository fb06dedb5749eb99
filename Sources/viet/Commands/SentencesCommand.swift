import ArgumentParser
import VietNLP

/// `viet sentences`: one sentence per output line.
struct SentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Split text into sentences, one per output line.",
        discussion: """
            Each input line is treated as a paragraph and split into sentences; blank lines produce no output. \
            Dots inside abbreviations ("Tp. Hà Nội", "TP.HCM", "ThS."), numbers ("1.456.018"), dates \
            ("26.10.2006") and document codes do not end sentences. A sentence that a hard line break \
            cuts in two is two output lines: join wrapped paragraphs first.
            Examples:
              echo "Tp. Huế có 1.099 hộ. Nghị quyết 17/NQ-CP đã ban hành!" | viet sentences
              viet sentences report.txt > sentences.txt
            """
    )

    @OptionGroup var input: InputOptions

    func run() throws {
        let splitter = SentenceSplitter()
        let output = OutputWriter()
        try reportingErrors(output) {
            try input.forEachLine { line, _, _ in
                for sentence in splitter.split(line) { try output.writeLine(String(sentence)) }
            }
        }
    }
}
