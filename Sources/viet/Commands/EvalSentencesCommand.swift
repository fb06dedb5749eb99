import ArgumentParser
import VietNLP

/// `viet eval sentences GOLD.conllu`: sentence-boundary precision, recall and F1.
struct EvalSentencesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Score sentence splitting against a CoNLL-U treebank (boundary precision, recall, F1, errors).",
        discussion: """
            The gold sentences (each one's "# text", else its FORMs) are written back as text is \
            written (no space before a full stop or comma, quotes against what they quote, "28 . 000" \
            as 28.000; --tokenized keeps the treebank's spacing), grouped into paragraphs of \
            --paragraph consecutive sentences joined by a space, one paragraph a line, and split. \
            Scored: the boundaries inside paragraphs (where each sentence but a paragraph's first \
            starts), compared on non-space characters; the missed and added boundaries are listed \
            in context ("… end ‖ start …").
            With --print-input the paragraphs are printed instead, for another tool to split; with \
            --predicted its output is scored: one sentence per line in order (blank lines ignored), \
            the same characters as the paragraphs, spacing aside.
            Examples:
              viet eval sentences ../shared/data/ud-vtb/vi_vtb-ud-test.conllu
              viet eval sentences --print-input gold.conllu > paragraphs.txt
              viet eval sentences --predicted other-tool.txt gold.conllu
            """
    )

    @OptionGroup var treebanks: TreebankOptions

    @Option(help: "Sentences per paragraph.")
    var paragraph = 5

    @Flag(help: "Keep the treebank's spaced punctuation instead of writing the sentences back as text.")
    var tokenized = false

    @Option(help: "How many missed and how many added boundaries to print.")
    var errors = 10

    @Flag(help: "Print the paragraphs to split, one per line, and score nothing.")
    var printInput = false

    @Option(help: "Score this file of sentences (one per line, in order) instead of running the splitter.")
    var predicted: String?

    func validate() throws {
        if paragraph < 1 { throw ValidationError("--paragraph must be 1 or more") }
        if errors < 0 { throw ValidationError("--errors must be 0 or more") }
        if printInput, predicted != nil { throw ValidationError("--print-input and --predicted exclude each other") }
    }

    func run() throws {
        let output = OutputWriter()
        try reportingErrors(output) {
            var paragraphs: [[String]] = []
            for (path, document) in try treebanks.documents() {
                var sentences = SentenceEvaluation.goldSentences(conllu: document)
                if sentences.isEmpty { throw CLIError.invalidInput("\(path): no CoNLL-U sentences found") }
                if !tokenized { sentences = SentenceEvaluation.detokenized(sentences) }
                // Each file's paragraphs are its own: none runs from one file into the next.
                paragraphs += SentenceEvaluation.paragraphs(of: sentences, size: paragraph)
            }
            if printInput {
                for paragraph in paragraphs { try output.writeLine(paragraph.joined(separator: " ")) }
                return
            }
            var predictedSentences: [String] = []
            if let predicted {
                let reader = try LineReader(path: predicted)
                while let line = try reader.nextLine(lossy: treebanks.lossy) { predictedSentences.append(line) }
            } else {
                let splitter = SentenceSplitter()
                for paragraph in paragraphs {
                    predictedSentences += splitter.split(paragraph.joined(separator: " ")).map(String.init)
                }
            }
            var evaluation = SentenceEvaluation()
            do {
                try evaluation.add(gold: paragraphs, predicted: predictedSentences)
            } catch {
                throw CLIError.invalidInput("\(predicted ?? "the splitter's sentences"): \(error)")
            }
            try output.writeLine(
                "paragraphs \(evaluation.paragraphs)  gold boundaries \(evaluation.goldCount)  predicted \(evaluation.predictedCount)  correct \(evaluation.correct)")
            try output.writeLine(
                "precision \(EvalSegmentCommand.format(evaluation.precision))  recall \(EvalSegmentCommand.format(evaluation.recall))  F1 \(EvalSegmentCommand.format(evaluation.f1))"
            )
            for (name, list) in [("missed", evaluation.missed), ("added", evaluation.added)] where errors > 0 && !list.isEmpty {
                try output.writeLine("\(name) (\(list.count), the first \(min(errors, list.count))):")
                for context in list.prefix(errors) { try output.writeLine("  \(context)") }
            }
        }
    }
}
