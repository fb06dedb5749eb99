/// Extracts the facts of one line at a time for one thread: runs the ``AnalyzerSession`` and turns its
/// matches into GUIDE §3 records (offsets into the original line, DOCREF attributes completed). Not thread-safe (it owns a matcher's caches); make one
/// per thread with ``ExtractionPipeline/makeExtractor()``.
///
/// ```swift
/// let extractor = try ExtractionPipeline(rulesDirectory: nil).makeExtractor()
/// extractor.records(in: "Nghị quyết số 17/NQ-CP ngày 7-3-2019", lineNumber: 4).first?.label  // "DOCREF"
/// ```
public final class LineExtractor {
    private let session: AnalyzerSession

    init(session: AnalyzerSession) {
        self.session = session
    }

    /// The records of one line, in order of position (longer first at equal starts).
    ///
    /// - Parameters:
    ///   - line: One line of input, without its line break.
    ///   - lineNumber: Its 1-based number, copied into the records.
    ///   - labels: When given, only records with these labels are returned.
    /// - Returns: Records whose offsets are Unicode-scalar offsets into `line`.
    /// - Complexity: Linear in the length of the line for any rule set.
    public func records(in line: String, lineNumber: Int, labels: Set<String>? = nil) -> [ExtractionRecord] {
        // An empty line has no token, so no fact: skipped before the analysis builds its document.
        guard !line.isEmpty else { return [] }
        let matches = session.analyze(line).matches
        guard !matches.isEmpty else { return [] }
        // One allocation: grown one append at a time, the array was reallocated for most records.
        var records: [ExtractionRecord] = []
        records.reserveCapacity(matches.count)
        for match in matches {
            if let labels, !labels.contains(match.label) { continue }
            var attributes = match.attributes
            if match.label == "DOCREF" { attributes = Self.completeDocumentReference(attributes) }
            records.append(
                ExtractionRecord(
                    line: lineNumber, start: match.scalarRange.lowerBound, end: match.scalarRange.upperBound,
                    text: match.text, label: match.label, attributes: attributes))
        }
        return records
    }
}
