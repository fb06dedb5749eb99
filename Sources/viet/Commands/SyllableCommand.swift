import ArgumentParser
import VietText

/// `viet syllable`: the anatomy of syllables.
struct SyllableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "syllable",
        abstract: "Show onset, medial, nucleus, coda and tone of Vietnamese syllables.",
        discussion: """
            Exits with code 1 when any word is not a well-formed Vietnamese syllable.
            Examples:
              viet syllable thuyết người quốc
              viet syllable hoà --tone-style new      # also shows the word in the new style
            """
    )

    @Argument(help: "Syllables to analyse.")
    var words: [String]

    @Option(help: "Also show each syllable written in this tone style (new or old).")
    var toneStyle: ToneStyle?

    func run() throws {
        var failed = false
        for word in words {
            if let syllable = Syllable(word) {
                var line = syllable.description
                if let toneStyle { line += " \(toneStyle.rawValue)=\(syllable.written(in: toneStyle))" }
                print(line)
            } else {
                print("\(word): not a Vietnamese syllable")
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }
}
