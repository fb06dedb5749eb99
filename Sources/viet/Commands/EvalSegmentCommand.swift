import ArgumentParser
import VietNLP

/// `viet eval segment GOLD.conllu`: word segmentation precision, recall and F1.
struct EvalSegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment",
        abstract: "Score word segmentation against a CoNLL-U treebank (precision, recall, F1, frequent errors).",
        discussion: """
            Each sentence's gold words (the FORM column; a FORM with spaces is one word of several \
            syllables) are joined with spaces, segmented, and compared on exact word spans over the \
            non-space characters, punctuation included, micro-averaged over all sentences. The most \
            frequent disagreements are listed as "gold → predicted" with words in VLSP form.
            With --predicted, another tool's output is scored instead, with the same metric: one line \
            per gold sentence, in order, words separated by spaces and a word's syllables by "_" \
            (VLSP form, what `viet segment`, pyvi and underthesea print); words may respell letters \
            ("qui" → "quy") but not add or drop any. Scripts/compare-tools.sh uses it.
            Examples:
              viet eval segment ../shared/data/ud-vtb/vi_vtb-ud-test.conllu
              viet eval segment --errors 50 --lexicon my-terms.txt gold.conllu
              viet eval segment --predicted pyvi-output.txt vi_vtb-ud-test.conllu
            """
    )

    @OptionGroup var treebanks: TreebankOptions

    @Option(help: "How many of the most frequent errors to print.")
    var errors = 20

    @Option(name: .customLong("lexicon"), help: "A file of extra words (repeatable).")
    var lexicons: [String] = []

    @Option(help: "Score this file of VLSP-form lines (one per gold sentence) instead of running the segmenter.")
    var predicted: String?

    func validate() throws {
        if errors < 0 { throw ValidationError("--errors must be 0 or more") }
        if predicted != nil, !lexicons.isEmpty { throw ValidationError("--lexicon has no effect with --predicted (nothing is segmented)") }
    }

    func run() throws {
        let output = OutputWriter()
        try reportingErrors(output) {
            // Another tool's output needs no segmenter (nor the word lexicon it loads).
            let segmenter = predicted == nil ? try SegmentCommand.segmenter(lexicons: lexicons) : nil
            let predictions = try predicted.map { (path: $0, reader: try LineReader(path: $0)) }
            var predictionLine = 0
            var evaluation = SegmentationEvaluation()
            let lossy = treebanks.lossy
            for (path, document) in try treebanks.documents() {
                let sentences = SegmentationEvaluation.goldSentences(conllu: document)
                if sentences.isEmpty { throw CLIError.invalidInput("\(path): no CoNLL-U sentences found") }
                for words in sentences {
                    guard let predictions else {
                        if let segmenter { evaluation.add(gold: words, predicted: segmenter.segment(words.joined(separator: " "))) }
                        continue
                    }
                    predictionLine += 1
                    guard let line = try predictions.reader.nextLine(lossy: lossy) else {
                        throw CLIError.invalidInput(
                            "\(predictions.path): has \(predictionLine - 1) lines, but the gold files have more sentences")
                    }
                    let predictedWords = line.split(separator: " ").map { String($0.replacing("_", with: " ")) }
                    do {
                        try evaluation.add(gold: words, predictedWords: predictedWords)
                    } catch {
                        throw CLIError.invalidInput("\(predictions.path):\(predictionLine): \(error)")
                    }
                }
            }
            if let predictions, try predictions.reader.nextLine(lossy: lossy) != nil {
                throw CLIError.invalidInput(
                    "\(predictions.path): has more lines than the gold files have sentences (\(predictionLine))")
            }
            try output.writeLine("sentences \(evaluation.sentences)  gold words \(evaluation.goldCount)  predicted words \(evaluation.predictedCount)  correct \(evaluation.correct)")
            try output.writeLine("precision \(Self.format(evaluation.precision))  recall \(Self.format(evaluation.recall))  F1 \(Self.format(evaluation.f1))")
            if errors > 0 {
                try output.writeLine("most frequent errors (gold → predicted):")
                for (error, count) in evaluation.mostFrequentErrors(errors) {
                    try output.writeLine("\(String(repeating: " ", count: max(0, 6 - String(count).count)))\(count)  \(error)")
                }
            }
        }
    }

    /// Four decimals, e.g. 0.9817.
    static func format(_ value: Double) -> String {
        let scaled = Int((value * 10_000).rounded())
        let digits = String(scaled % 10_000)
        return "\(scaled / 10_000).\(String(repeating: "0", count: 4 - digits.count))\(digits)"
    }
}
