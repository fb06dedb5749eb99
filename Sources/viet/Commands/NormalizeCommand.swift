import ArgumentParser
import VietText

/// `viet normalize`: NFC and one tone-placement style.
struct NormalizeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "normalize",
        abstract: "Normalise text to NFC and, optionally, one tone-mark placement style.",
        discussion: """
            Examples:
              echo "Văn hoá, khoẻ" | viet normalize --tone-style new   # Văn hóa, khỏe
              viet normalize --tone-style old report.txt > report-old.txt
              viet normalize --lossy damaged.txt                     # bad bytes → U+FFFD
            """
    )

    @Option(help: "Where tone marks go in oa/oe/uy syllables: new (hòa, thúy) or old (hoà, thuý). Default: keep.")
    var toneStyle: ToneStyle?

    @OptionGroup var input: InputOptions

    func run() throws {
        let normalizer = TextNormalizer(toneStyle: toneStyle)
        let output = OutputWriter()
        try reportingErrors(output) {
            try input.forEachLine { line, _, _ in try output.writeLine(normalizer.normalize(line)) }
        }
    }
}

extension ToneStyle: ExpressibleByArgument {}
