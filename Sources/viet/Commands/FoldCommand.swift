import ArgumentParser
import VietText

/// `viet fold`: strip diacritics (đ → d), optionally lower-case.
struct FoldCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fold",
        abstract: "Remove diacritics (Thông tin → Thong tin, Đ → D), optionally lower-casing.",
        discussion: """
            Input is normalised to NFC first, so decomposed tone marks fold the same way.
            Examples:
              echo "Sở Thông tin" | viet fold --lowercase   # so thong tin
              viet fold names.txt > names-ascii.txt
            """
    )

    @Flag(help: "Lower-case the output as well.")
    var lowercase = false

    @OptionGroup var input: InputOptions

    func run() throws {
        let folder = DiacriticFolder(lowercase: lowercase)
        let output = OutputWriter()
        try reportingErrors(output) {
            try input.forEachLine { line, _, _ in
                try output.writeLine(folder.fold(UnicodeNormalizer.nfc(line)))
            }
        }
    }
}
