/// One sentence of a CoNLL-U document as the evaluations read it: its "# text =" comment, if any,
/// and the FORM column of its word lines (multi-word token ranges "1-2" and empty nodes "1.1"
/// skipped; a FORM with a space is one word of several syllables).
struct CoNLLUSentence {
    /// The "# text = …" comment (some treebanks write "# text =…"), trimmed; not "# text_eng".
    var text: String?
    /// The FORM of every word line, in order.
    var forms: [String] = []

    /// The sentences of `conllu`, in order: the blocks between blank lines that hold a text
    /// comment or a word line (a block of other comments alone is none).
    ///
    /// - Complexity: O(length of `conllu`).
    static func sentences(in conllu: String) -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var current = CoNLLUSentence()
        func finish() {
            if current.text != nil || !current.forms.isEmpty { sentences.append(current) }
            current = CoNLLUSentence()
        }
        for line in conllu.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = line.last == "\r" ? line.dropLast() : line
            if line.isEmpty {
                finish()
            } else if line.hasPrefix("#") {
                let comment = line.dropFirst().drop { $0 == " " }
                guard comment.hasPrefix("text"), let equals = comment.firstIndex(of: "="),
                    comment[comment.index(comment.startIndex, offsetBy: 4)..<equals].allSatisfy({ $0 == " " })
                else { continue }
                current.text = comment[comment.index(after: equals)...].trimmingWhitespace()
            } else {
                let columns = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
                if columns.count >= 2, !columns[0].contains("-"), !columns[0].contains(".") { current.forms.append(String(columns[1])) }
            }
        }
        finish()
        return sentences
    }
}

extension StringProtocol {
    /// Number of Unicode scalars that are not whitespace: the length the evaluations compare
    /// spans and boundaries in, whatever the spacing.
    var nonWhitespaceScalarCount: Int {
        var count = 0
        for scalar in unicodeScalars where !scalar.properties.isWhitespace { count += 1 }
        return count
    }
}

extension Substring {
    /// The text without leading and trailing whitespace.
    fileprivate func trimmingWhitespace() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
