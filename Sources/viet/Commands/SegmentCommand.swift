import ArgumentParser
import VietNLP

/// `viet segment`: word segmentation in the VLSP format.
struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Segment words: syllables of a word joined by \"_\", words separated by one space.",
        discussion: """
            Writes one output line per input line (the VLSP convention), e.g.
              Sở Thông tin và Truyền thông  →  Sở Thông_tin và Truyền_thông
            Punctuation becomes a word of its own. The shipped lexicon is looked up without regard to \
            case or tone-mark placement (hoà = hòa); --lexicon adds your own words (one per line, \
            syllables separated by spaces or "_", "#" comments).
            Examples:
              echo "Phó Chủ tịch UBND tỉnh Nguyễn Tuấn Hà" | viet segment
              viet segment --lexicon my-terms.txt report.txt > report.seg.txt
            """
    )

    @Option(name: .customLong("lexicon"), help: "A file of extra words (repeatable).")
    var lexicons: [String] = []

    @OptionGroup var input: InputOptions

    func run() throws {
        let output = OutputWriter()
        try reportingErrors(output) {
            let segmenter = try Self.segmenter(lexicons: lexicons)
            try input.forEachLine { line, _, _ in
                try output.writeLine(segmenter.segment(line).vlsp)
            }
        }
    }

    /// A segmenter over the shipped lexicon plus the words of `lexicons`.
    static func segmenter(lexicons: [String]) throws -> Segmenter {
        guard !lexicons.isEmpty else { return Segmenter() }
        var lexicon = Lexicon.shipped
        for path in lexicons {
            do {
                try lexicon.load(contentsOfFile: path)
            } catch let error as LexiconError {
                throw CLIError.cannotOpen(path: error.path, reason: error.reason)
            }
        }
        return Segmenter(lexicon: lexicon)
    }
}
