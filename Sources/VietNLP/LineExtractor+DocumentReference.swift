extension LineExtractor {
    /// Completes a DOCREF's attributes into the GUIDE §3 order `id, number, code, year, type, date`:
    /// `number` and `code` are split out of the `id` ("17/NQ-CP" → 17, NQ-CP; "68/2000/NĐ-CP" →
    /// 68, NĐ-CP, year 2000) and `year` comes from the date when the code has none. Rules cannot do
    /// this themselves because a document code is one token. Attributes a rule set already emits are
    /// kept as they are.
    ///
    /// ```swift
    /// LineExtractor.completeDocumentReference([.init("id", "17/NQ-CP"), .init("date", "2019-03-07")])
    /// // id=17/NQ-CP number=17 code=NQ-CP year=2019 date=2019-03-07
    /// ```
    static func completeDocumentReference(_ attributes: [ExtractionRecord.Attribute]) -> [ExtractionRecord.Attribute] {
        func value(_ name: String) -> String? { attributes.first { $0.name == name }?.value }
        guard let id = value("id") else { return attributes }
        let parts = id.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        var derived: [String: String] = [:]
        if parts.count >= 2, !parts[0].isEmpty, parts[0].unicodeScalars.first!.properties.numericType != nil {
            derived["number"] = parts[0]
            var codeParts = Array(parts.dropFirst())
            if codeParts.count >= 2, codeParts[0].count == 4, codeParts[0].allSatisfy(\.isASCIIDigit) {
                derived["year"] = codeParts.removeFirst()
            }
            derived["code"] = codeParts.joined(separator: "/")
        }
        if derived["year"] == nil, let date = value("date"), date.prefix(4).allSatisfy(\.isASCIIDigit), date.count >= 4 {
            derived["year"] = String(date.prefix(4))
        }
        var result: [ExtractionRecord.Attribute] = [.init("id", id)]
        for name in ["number", "code", "year", "type", "date"] {
            if let existing = value(name) {
                result.append(.init(name, existing))
            } else if let computed = derived[name] {
                result.append(.init(name, computed))
            }
        }
        let ordered: Set<String> = ["id", "number", "code", "year", "type", "date"]
        return result + attributes.filter { !ordered.contains($0.name) }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
