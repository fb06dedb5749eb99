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
        var number: String?, code: String?, year: String?
        let parts = id.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count >= 2, let first = parts[0].unicodeScalars.first, first.properties.numericType != nil {
            number = String(parts[0])
            var codeParts = parts.dropFirst()
            if codeParts.count >= 2, Self.isYear(codeParts[codeParts.startIndex]) {
                year = String(codeParts.removeFirst())
            }
            code = codeParts.joined(separator: "/")
        }
        if year == nil, let date = value("date"), date.utf8.count >= 4, Self.isYear(date.prefix(4)) {
            year = String(date.prefix(4))
        }
        var result: [ExtractionRecord.Attribute] = [.init("id", id)]
        for (name, computed) in [("number", number), ("code", code), ("year", year), ("type", nil), ("date", nil)] {
            if let existing = value(name) {
                result.append(.init(name, existing))
            } else if let computed {
                result.append(.init(name, computed))
            }
        }
        for attribute in attributes where !Self.orderedNames.contains(attribute.name) { result.append(attribute) }
        return result
    }

    /// The attributes ``completeDocumentReference(_:)`` puts first, in this order.
    private static let orderedNames = ["id", "number", "code", "year", "type", "date"]

    /// Four ASCII digits.
    private static func isYear(_ text: Substring) -> Bool {
        text.utf8.count == 4 && text.utf8.allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
    }
}
