/// Scores sentence splitting against gold sentences: precision, recall and F1 of the boundaries
/// between sentences, and the boundaries missed or added, in context.
///
/// Gold sentences are grouped into paragraphs (runs of consecutive sentences joined by a space,
/// as running text has them) and a splitter's sentences are compared with them on the offsets,
/// counted in non-whitespace scalars, where each sentence starts. The start of a paragraph is
/// given to the splitter by the line break and is not scored, so only the decisions inside a
/// paragraph count. Treebank text, whose punctuation is spaced ("nói : \" Tôi đi \" ."), can
/// be put back the way it is written with ``detokenized(_:)`` first.
///
/// ```swift
/// let gold = ["Tp. Huế có 1.099 hộ.", "Ông A đi Hà Nội."]
/// var evaluation = SentenceEvaluation()
/// try evaluation.add(gold: [gold], predicted: ["Tp.", "Huế có 1.099 hộ.", "Ông A đi Hà Nội."])
/// evaluation.correct     // 1 (the boundary before "Ông")
/// evaluation.precision   // 0.5 ("Huế" starts no gold sentence)
/// ```
public struct SentenceEvaluation: Sendable {
    /// Gold boundaries (inside paragraphs) that the prediction has too.
    public private(set) var correct = 0
    /// Number of gold boundaries inside paragraphs: one fewer than the sentences of each.
    public private(set) var goldCount = 0
    /// Number of predicted boundaries inside paragraphs.
    public private(set) var predictedCount = 0
    /// Number of paragraphs added.
    public private(set) var paragraphs = 0
    /// Boundaries the prediction missed, as "… end of one sentence ‖ start of the next …".
    public private(set) var missed: [String] = []
    /// Boundaries the prediction added inside a gold sentence, in the same form.
    public private(set) var added: [String] = []

    /// An empty evaluation.
    public init() {}

    /// Fraction of predicted boundaries that are gold boundaries.
    public var precision: Double { predictedCount == 0 ? 0 : Double(correct) / Double(predictedCount) }
    /// Fraction of gold boundaries that were predicted.
    public var recall: Double { goldCount == 0 ? 0 : Double(correct) / Double(goldCount) }
    /// Harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    /// Adds paragraphs of gold sentences and the sentences a splitter found in the same text, in
    /// order. The predicted sentences need not respect the paragraphs (a tool that reads the text
    /// as one stream may run a sentence over a paragraph's end): only boundaries inside a gold
    /// paragraph are scored.
    ///
    /// - Throws: ``MismatchedText`` when the predicted sentences do not have as many
    ///   non-whitespace scalars as the gold paragraphs: their boundaries could not be compared.
    /// - Complexity: O(length of the text).
    public mutating func add(gold: [[String]], predicted: [some StringProtocol]) throws(MismatchedText) {
        let goldLengths = gold.map { $0.map(\.nonWhitespaceScalarCount) }
        let goldLength = goldLengths.reduce(0) { $0 + $1.reduce(0, +) }
        // Increasing, so each paragraph reads its own from where the last one stopped.
        var predictedStarts: [Int] = []
        var offset = 0
        for sentence in predicted {
            let length = sentence.nonWhitespaceScalarCount
            // Blank lines and whitespace-only sentences start nothing.
            if length > 0 { predictedStarts.append(offset) }
            offset += length
        }
        guard offset == goldLength else {
            throw MismatchedText(goldLength: goldLength, predictedLength: offset)
        }
        offset = 0
        var next = 0  // the first predicted start not yet read
        for (paragraph, lengths) in zip(gold, goldLengths) {
            paragraphs += 1
            let paragraphStart = offset
            var sentenceStarts: [Int] = []
            for length in lengths {
                sentenceStarts.append(offset)
                offset += length
            }
            // The predicted starts inside the paragraph (not at its start, which is given).
            while next < predictedStarts.count, predictedStarts[next] <= paragraphStart { next += 1 }
            let first = next
            while next < predictedStarts.count, predictedStarts[next] < offset { next += 1 }
            let inside = predictedStarts[first..<next]
            let predictedHere = Set(inside)
            for (index, start) in sentenceStarts.enumerated() where start != paragraphStart && start != offset {
                goldCount += 1
                if predictedHere.contains(start) {
                    correct += 1
                } else {
                    missed.append(Self.context(paragraph, sentence: index, at: 0))
                }
            }
            var sentence = 0
            for start in inside {
                predictedCount += 1
                while sentence + 1 < sentenceStarts.count, sentenceStarts[sentence + 1] <= start { sentence += 1 }
                if start != sentenceStarts[sentence] {
                    added.append(Self.context(paragraph, sentence: sentence, at: start - sentenceStarts[sentence]))
                }
            }
        }
    }

    /// Predicted sentences whose letters do not add up to the gold text they are scored against.
    public struct MismatchedText: Error, Sendable, CustomStringConvertible {
        /// Non-whitespace scalars of the gold paragraphs.
        public let goldLength: Int
        /// Non-whitespace scalars of the predicted sentences.
        public let predictedLength: Int

        public var description: String {
            "the predicted sentences have \(predictedLength) non-space characters, the gold text \(goldLength): "
                + "they must hold the same text, in order"
        }
    }

    /// The text around a boundary: the end of the sentence before it and the start of the one it
    /// begins, `visible` non-whitespace scalars into sentence `index` of `paragraph` (0: at its start).
    private static func context(_ paragraph: [String], sentence index: Int, at visible: Int) -> String {
        let sentence = paragraph[index]
        var before: Substring
        var after: Substring
        if visible == 0 {
            before = index > 0 ? paragraph[index - 1][...] : ""
            after = sentence[...]
        } else {
            var seen = 0
            var cut = sentence.startIndex
            while cut < sentence.endIndex, seen < visible || sentence[cut].isWhitespace {
                if !sentence[cut].isWhitespace { seen += 1 }
                cut = sentence.index(after: cut)
            }
            before = sentence[..<cut]
            after = sentence[cut...]
        }
        while before.last?.isWhitespace == true { before = before.dropLast() }
        return "…\(before.suffix(40)) ‖ \(after.prefix(30))…"
    }

    /// The text of every sentence of a CoNLL-U document: its "# text =" comment, or its FORM
    /// column joined by spaces when it has none (multi-word token ranges and empty nodes skipped).
    ///
    /// - Complexity: O(length of `conllu`).
    public static func goldSentences(conllu: String) -> [String] {
        CoNLLUSentence.sentences(in: conllu).map { $0.text ?? $0.forms.joined(separator: " ") }
    }

    /// Runs of `size` consecutive sentences (the last may be shorter): the paragraphs the
    /// evaluation gives a splitter, one per line.
    ///
    /// - Precondition: `size` is 1 or more.
    public static func paragraphs(of sentences: [String], size: Int) -> [[String]] {
        precondition(size > 0, "a paragraph holds at least one sentence")
        return stride(from: 0, to: sentences.count, by: size).map { Array(sentences[$0..<min($0 + size, sentences.count)]) }
    }

    /// Sentences of a treebank whose punctuation was spaced off the words, written back as text
    /// is: no space before ". , : ; ? ! … ) ] } %" and closing quotes or after "( [ {" and opening
    /// quotes; the parts of a number split at its separator are joined again ("28 . 000" →
    /// "28.000", "1 , 2" → "1,2"). A straight quote closes when punctuation follows it or ends
    /// the sentence before it, or when the sentence ends with it; it opens when it begins the
    /// sentence or follows ":"; else it alternates within the sentence (treebanks split quotations
    /// into sentences, so a count over the whole text would go astray at the first unbalanced one).
    /// UD Vietnamese-VTB's bracket words "LBKT" and "RBKT" become "(" and ")"; other letters and
    /// their order are unchanged.
    ///
    /// ```swift
    /// SentenceEvaluation.detokenized(["Hùng nói : \" Tôi bán 28 . 000 cái ! \" ."])
    /// // ["Hùng nói: \"Tôi bán 28.000 cái!\"."]
    /// ```
    public static func detokenized(_ sentences: [String]) -> [String] {
        sentences.map { sentence in
            let tokens = sentence.split(separator: " ")
            var result = ""
            var glueNext = true
            var quoteOpen = false
            for (index, written) in tokens.enumerated() {
                let token = brackets[written] ?? written
                var glue = glueNext
                glueNext = false
                let previous = index > 0 ? tokens[index - 1] : nil
                let next = index + 1 < tokens.count ? tokens[index + 1] : nil
                if token == "." || token == ",", previous?.last?.isNumber == true, next?.first?.isNumber == true {
                    glue = true
                    glueNext = true
                } else if token == "\"" {
                    let closes =
                        next == nil || next.map { closesPrevious.contains($0) } == true
                        || previous.map { [".", "?", "!", "…", "..."].contains($0) } == true
                    let opens = previous == nil || previous == ":"
                    quoteOpen = closes ? false : opens ? true : !quoteOpen
                    if quoteOpen { glueNext = true } else { glue = true }
                } else if closesPrevious.contains(token) {
                    glue = true
                } else if opensNext.contains(token) {
                    glueNext = true
                }
                if !glue { result += " " }
                result += token
            }
            return result
        }
    }

    /// The brackets UD Vietnamese-VTB writes as words.
    private static let brackets: [Substring: Substring] = ["LBKT": "(", "RBKT": ")"]

    /// Tokens written against the word before them.
    private static let closesPrevious: Set<Substring> = [".", ",", ":", ";", "?", "!", "…", "...", ")", "]", "}", "%", "”", "’", "»"]
    /// Tokens written against the word after them.
    private static let opensNext: Set<Substring> = ["(", "[", "{", "“", "‘", "«"]
}
