/// Scores a word segmentation against gold words: precision, recall and F1 over exact word
/// spans (punctuation included, micro-averaged), and the most frequent disagreements.
///
/// Spans are compared on the text's non-whitespace characters, so the score does not depend on
/// how the input was spaced. Gold data in CoNLL-U (e.g. UD Vietnamese-VTB, where a FORM with a
/// space is one word of several syllables) can be read with ``goldSentences(conllu:)``.
///
/// ```swift
/// var evaluation = SegmentationEvaluation()
/// let segmenter = Segmenter()
/// for gold in SegmentationEvaluation.goldSentences(conllu: text) {
///     evaluation.add(gold: gold, predicted: segmenter.segment(gold.joined(separator: " ")))
/// }
/// print(evaluation.precision, evaluation.recall, evaluation.f1)
/// ```
public struct SegmentationEvaluation: Sendable {
    /// Gold words that the prediction has with the same span.
    public private(set) var correct = 0
    /// Number of gold words.
    public private(set) var goldCount = 0
    /// Number of predicted words.
    public private(set) var predictedCount = 0
    /// Number of sentences added.
    public private(set) var sentences = 0
    /// Disagreements ("gold: Truyền_thông → predicted: Truyền thông") and how often each occurred.
    public private(set) var errors: [String: Int] = [:]

    /// An empty evaluation.
    public init() {}

    /// Fraction of predicted words that are gold words.
    public var precision: Double { predictedCount == 0 ? 0 : Double(correct) / Double(predictedCount) }
    /// Fraction of gold words that were predicted.
    public var recall: Double { goldCount == 0 ? 0 : Double(correct) / Double(goldCount) }
    /// Harmonic mean of precision and recall.
    public var f1: Double {
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }

    /// The `limit` most frequent disagreements, most frequent first (ties alphabetical).
    public func mostFrequentErrors(_ limit: Int) -> [(error: String, count: Int)] {
        errors.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit)
            .map { (error: $0.key, count: $0.value) }
    }

    /// Adds one sentence: its gold words (syllables separated by spaces) and the predicted
    /// segmentation of the same text.
    ///
    /// - Complexity: O(length of the sentence).
    public mutating func add(gold: [String], predicted: SegmentedText) {
        // Predicted spans over non-whitespace scalars.
        var nonSpaceBefore: [Int] = []
        nonSpaceBefore.reserveCapacity(predicted.text.unicodeScalars.count + 1)
        var seen = 0
        for scalar in predicted.text.unicodeScalars {
            nonSpaceBefore.append(seen)
            if !scalar.properties.isWhitespace { seen += 1 }
        }
        nonSpaceBefore.append(seen)
        let predictedSpans = predicted.words.map {
            nonSpaceBefore[$0.scalarRange.lowerBound]..<nonSpaceBefore[$0.scalarRange.upperBound]
        }
        let tokens = predicted.tokenized.tokens
        let predictedTexts = predicted.words.map { word in
            word.tokenRange.map { String(predicted.tokenized.text(of: tokens[$0])) }.joined(separator: "_")
        }
        score(gold: gold, predictedSpans: predictedSpans, predictedTexts: predictedTexts)
    }

    /// Adds one sentence segmented by another system: its gold words and the predicted words, each
    /// with its syllables separated by spaces (as in ``goldSentences(conllu:)``). This scores any
    /// tool's output with exactly the metric used for ``Segmenter``.
    ///
    /// ```swift
    /// var evaluation = SegmentationEvaluation()
    /// try evaluation.add(gold: ["Sở", "Thông tin"], predictedWords: ["Sở", "Thông", "tin"])
    /// evaluation.correct   // 1
    /// ```
    /// Spans are counted in non-whitespace scalars, so the predicted words may respell letters (some
    /// tools normalise "qui" to "quy" or move tone marks) but must have as many as the gold sentence.
    ///
    /// - Throws: ``MismatchedText`` when the predicted words have more or fewer non-whitespace
    ///   scalars than the gold sentence: their spans could not be compared.
    /// - Complexity: O(length of the sentence).
    public mutating func add(gold: [String], predictedWords: [String]) throws(MismatchedText) {
        let goldSpans = Self.spans(of: gold)
        let predictedSpans = Self.spans(of: predictedWords)
        guard goldSpans.last?.upperBound ?? 0 == predictedSpans.last?.upperBound ?? 0 else {
            throw MismatchedText(gold: gold.joined(separator: " "), predicted: predictedWords.joined(separator: " "))
        }
        score(
            gold: gold, predictedSpans: predictedSpans,
            predictedTexts: predictedWords.map { $0.split(separator: " ").joined(separator: "_") })
    }

    /// Predicted words whose letters do not line up with the gold sentence they are scored against.
    public struct MismatchedText: Error, Sendable, CustomStringConvertible {
        /// The gold sentence, words separated by spaces.
        public let gold: String
        /// The predicted words, separated by spaces.
        public let predicted: String

        public var description: String {
            "the predicted words do not have the gold sentence's letters\n  gold:      \(gold)\n  predicted: \(predicted)"
        }
    }

    /// Compares one sentence's gold words with predicted spans (over non-whitespace scalars) and
    /// the predicted words' VLSP texts.
    private mutating func score(gold: [String], predictedSpans: [Range<Int>], predictedTexts: [String]) {
        sentences += 1
        let goldSpans = Self.spans(of: gold)
        let goldTexts = gold.map { $0.split(separator: " ").joined(separator: "_") }
        goldCount += goldSpans.count
        predictedCount += predictedSpans.count
        // Walk both span lists; a region ends where both have a boundary.
        var goldIndex = 0
        var predictedIndex = 0
        while goldIndex < goldSpans.count, predictedIndex < predictedSpans.count {
            let goldStart = goldIndex
            let predictedStart = predictedIndex
            var goldEnd = goldSpans[goldIndex].upperBound
            var predictedEnd = predictedSpans[predictedIndex].upperBound
            goldIndex += 1
            predictedIndex += 1
            while goldEnd != predictedEnd {
                if goldEnd < predictedEnd, goldIndex < goldSpans.count {
                    goldEnd = goldSpans[goldIndex].upperBound
                    goldIndex += 1
                } else if predictedEnd < goldEnd, predictedIndex < predictedSpans.count {
                    predictedEnd = predictedSpans[predictedIndex].upperBound
                    predictedIndex += 1
                } else {
                    break
                }
            }
            if goldIndex - goldStart == 1, predictedIndex - predictedStart == 1,
                goldSpans[goldStart] == predictedSpans[predictedStart]
            {
                correct += 1
            } else {
                let goldText = goldTexts[goldStart..<goldIndex].joined(separator: " ")
                let predictedText = predictedTexts[predictedStart..<predictedIndex].joined(separator: " ")
                errors["\(goldText) → \(predictedText)", default: 0] += 1
            }
        }
    }

    /// Spans of words over non-whitespace scalars.
    static func spans(of words: [String]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        spans.reserveCapacity(words.count)
        var offset = 0
        for word in words {
            let length = word.nonWhitespaceScalarCount
            spans.append(offset..<offset + length)
            offset += length
        }
        return spans
    }

    /// The gold words of every sentence of a CoNLL-U document: the FORM column of word lines
    /// (multi-word token ranges "1-2" and empty nodes "1.1" are skipped).
    ///
    /// - Complexity: O(length of `conllu`).
    public static func goldSentences(conllu: String) -> [[String]] {
        CoNLLUSentence.sentences(in: conllu).compactMap { $0.forms.isEmpty ? nil : $0.forms }
    }
}
