/// Precision, recall and F1 of extracted records against gold records, per label, plus the accuracy
/// of attributes on the spans found correctly — what `viet eval extract` prints and the seed gold
/// test asserts.
///
/// A prediction is correct when its document, line, start, end and label equal a gold record's
/// (exact span match; duplicates count one by one). Attributes are scored only on correct spans: for
/// every attribute the gold record names, the prediction must carry the same string; attributes the
/// gold does not name are ignored, so rules may add more.
///
/// ```swift
/// var evaluation = ExtractionEvaluation()
/// evaluation.add(gold: goldRecords, predicted: extracted)      // once per document
/// for score in evaluation.labelScores { print(score.label, score.f1 ?? 1) }
/// ```
public struct ExtractionEvaluation: Sendable {
    /// The counts and scores of one label (or of all labels together, for ``overall``).
    public struct LabelScore: Sendable, Hashable {
        public var label: String
        /// Gold records with this label.
        public var gold = 0
        /// Predicted records with this label.
        public var predicted = 0
        /// Predicted records that match a gold record exactly.
        public var correct = 0

        /// correct / predicted; nil when nothing was predicted.
        public var precision: Double? { predicted == 0 ? nil : Double(correct) / Double(predicted) }
        /// correct / gold; nil when the gold has none.
        public var recall: Double? { gold == 0 ? nil : Double(correct) / Double(gold) }
        /// Harmonic mean of precision and recall; 0 when either is 0 or missing while the other
        /// side has records; nil when there is neither gold nor prediction.
        public var f1: Double? {
            if gold == 0 && predicted == 0 { return nil }
            let p = precision ?? 0, r = recall ?? 0
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    /// How often one attribute of one label agreed, over the correctly found spans.
    public struct AttributeScore: Sendable, Hashable {
        public var label: String
        public var name: String
        /// Correct spans whose gold names this attribute.
        public var compared = 0
        /// Of those, how many carried the same value.
        public var equal = 0
        /// equal / compared.
        public var accuracy: Double { compared == 0 ? 1 : Double(equal) / Double(compared) }
    }

    /// One disagreement, for reports: a gold record not found, a spurious prediction, or a correct
    /// span whose attributes differ.
    public struct Difference: Sendable, Hashable {
        public enum Kind: String, Sendable {
            case missed, spurious, attributes
        }

        public var kind: Kind
        public var document: String
        public var gold: ExtractionRecord?
        public var predicted: ExtractionRecord?
    }

    private var scores: [String: LabelScore] = [:]
    private var attributeScores: [String: AttributeScore] = [:]
    /// Every disagreement, in the order of the documents added and then of position.
    public private(set) var differences: [Difference] = []

    /// An empty evaluation.
    public init() {}

    private struct SpanKey: Hashable {
        var line: Int
        var start: Int
        var end: Int
        var label: String

        init(_ record: ExtractionRecord) {
            (line, start, end, label) = (record.line, record.start, record.end, record.label)
        }
    }

    /// Scores one document's predictions against its gold.
    ///
    /// - Parameters:
    ///   - gold: The gold records of the document.
    ///   - predicted: The extracted records of the same document.
    ///   - document: A name for reports (a file name).
    ///   - labels: When given, only records with these labels are scored.
    /// - Complexity: O((g + p) log(g + p)).
    public mutating func add(
        gold: [ExtractionRecord], predicted: [ExtractionRecord], document: String = "", labels: Set<String>? = nil
    ) {
        let gold = gold.filter { labels?.contains($0.label) ?? true }
        let predicted = predicted.filter { labels?.contains($0.label) ?? true }
        var unmatchedGold: [SpanKey: [ExtractionRecord]] = [:]
        for record in gold {
            unmatchedGold[SpanKey(record), default: []].append(record)
            scores[record.label, default: LabelScore(label: record.label)].gold += 1
        }
        var local: [Difference] = []
        for record in predicted {
            scores[record.label, default: LabelScore(label: record.label)].predicted += 1
            let key = SpanKey(record)
            guard var candidates = unmatchedGold[key], !candidates.isEmpty else {
                local.append(Difference(kind: .spurious, document: document, gold: nil, predicted: record))
                continue
            }
            let match = candidates.removeFirst()
            unmatchedGold[key] = candidates
            scores[record.label]!.correct += 1
            var allEqual = true
            for attribute in match.attributes {
                let id = record.label + "\u{0}" + attribute.name
                attributeScores[id, default: AttributeScore(label: record.label, name: attribute.name)].compared += 1
                if record[attribute: attribute.name] == attribute.value {
                    attributeScores[id]!.equal += 1
                } else {
                    allEqual = false
                }
            }
            if !allEqual {
                local.append(Difference(kind: .attributes, document: document, gold: match, predicted: record))
            }
        }
        for records in unmatchedGold.values {
            for record in records {
                local.append(Difference(kind: .missed, document: document, gold: record, predicted: nil))
            }
        }
        local.sort { a, b in
            let x = a.gold ?? a.predicted!, y = b.gold ?? b.predicted!
            return (x.line, x.start, x.end) < (y.line, y.start, y.end)
        }
        differences += local
    }

    /// The score of every label seen in gold or predictions, sorted by label.
    public var labelScores: [LabelScore] {
        scores.values.sorted { $0.label < $1.label }
    }

    /// The score of `label` (zero counts when it was never seen).
    public func score(for label: String) -> LabelScore {
        scores[label] ?? LabelScore(label: label)
    }

    /// Micro-averaged totals over all labels.
    public var overall: LabelScore {
        scores.values.reduce(into: LabelScore(label: "ALL")) { total, score in
            total.gold += score.gold
            total.predicted += score.predicted
            total.correct += score.correct
        }
    }

    /// Attribute agreement per label and attribute name, sorted.
    public var attributeAccuracy: [AttributeScore] {
        attributeScores.values.sorted { ($0.label, $0.name) < ($1.label, $1.name) }
    }
}
