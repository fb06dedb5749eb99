extension LineExtractor {
    /// Completes a DOCREF's attributes into the GUIDE §3 order `id, number, code, year, type, date`:
    /// `number` and `code` are split out of the `id` ("17/NQ-CP" → 17, NQ-CP; "68/2000/NĐ-CP" →
    /// 68, NĐ-CP, year 2000; "71/2024" → 71, year 2024; a Party document's "57-NQ/TW" → 57, NQ/TW)
    /// and `year` comes from the date when the code has none. Rules cannot do this themselves
    /// because a document code is one token. Attributes a rule set already emits are kept as they are.
    ///
    /// ```swift
    /// LineExtractor.completeDocumentReference([.init("id", "17/NQ-CP"), .init("date", "2019-03-07")])
    /// // id=17/NQ-CP number=17 code=NQ-CP year=2019 date=2019-03-07
    /// ```
    static func completeDocumentReference(_ attributes: [ExtractionRecord.Attribute]) -> [ExtractionRecord.Attribute] {
        guard let id = value(named: "id", in: attributes) else { return attributes }
        // Read on the UTF-8 view with one pass for each slash: splitting the id into Substrings,
        // a Unicode property lookup per id and a literal array of pairs per record cost ~15 000
        // instructions per DOCREF.
        var number: String?, code: String?, year: String?
        if let slash = Self.firstSlash(in: id[...]), let first = id[..<slash].unicodeScalars.first, Self.isNumeric(first) {
            if let dash = Self.typeDash(in: id[..<slash]) {
                // A Party document's "57-NQ/TW", "05-CT/TW": the number, then its type and issuer.
                number = String(id[..<dash])
                code = String(id[id.utf8.index(after: dash)...])
            } else {
                number = String(id[..<slash])
                // The parts after the number, joined again: what follows the first slash.
                let rest = id[id.utf8.index(after: slash)...]
                if let second = Self.firstSlash(in: rest), Self.isYear(rest[..<second]) {
                    year = String(rest[..<second])
                    code = String(rest[rest.utf8.index(after: second)...])
                } else if Self.isYear(rest) {
                    // "71/2024": a number and a year, the code left out.
                    year = String(rest)
                } else {
                    code = String(rest)
                }
            }
        } else if Self.firstSlash(in: id[...]) == nil, let first = id.unicodeScalars.first, Self.isNumeric(first),
            let dash = Self.typeDash(in: id[...])
        {
            // An older number with no slash, "Nghị quyết số 300-CP", "Sắc lệnh số 14-SL": the
            // number, then its type or issuer.
            number = String(id[..<dash])
            code = String(id[id.utf8.index(after: dash)...])
        }
        if year == nil, let date = value(named: "date", in: attributes), let prefix = Self.leadingYear(of: date) {
            year = String(prefix)
        }
        var result: [ExtractionRecord.Attribute] = []
        result.reserveCapacity(attributes.count + 3)
        result.append(.init("id", id))
        Self.append("number", computed: number, from: attributes, to: &result)
        Self.append("code", computed: code, from: attributes, to: &result)
        Self.append("year", computed: year, from: attributes, to: &result)
        Self.append("type", computed: nil, from: attributes, to: &result)
        Self.append("date", computed: nil, from: attributes, to: &result)
        for attribute in attributes where !Self.orderedNames.contains(attribute.name) { result.append(attribute) }
        return result
    }

    private static let orderedNames = ["id", "number", "code", "year", "type", "date"]

    /// The value of the first attribute called `name`.
    private static func value(named name: String, in attributes: [ExtractionRecord.Attribute]) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Appends the attribute `name` as the rule set gave it, else as computed, else not at all.
    private static func append(
        _ name: String, computed: String?, from attributes: [ExtractionRecord.Attribute], to result: inout [ExtractionRecord.Attribute]
    ) {
        if let existing = value(named: name, in: attributes) {
            result.append(.init(name, existing))
        } else if let computed {
            result.append(.init(name, computed))
        }
    }

    /// The first "/" of `text` that is a character of its own: a slash a combining mark follows is
    /// part of another character, which splitting on the character "/" never split at.
    private static func firstSlash(in text: Substring) -> String.Index? {
        var from = text.startIndex
        while let slash = text.utf8[from...].firstIndex(of: UInt8(ascii: "/")) {
            let next = text.utf8.index(after: slash)
            // An ASCII byte (or nothing) after it ends the character; otherwise the characters decide.
            if next == text.endIndex || text.utf8[next] < 0x80 || text[slash...].first == "/" { return slash }
            from = next
        }
        return nil
    }

    /// The "-" of `number`, the part of an id before its first slash, that a letter follows: the
    /// dash between a Party document's number and its type ("57-NQ" of "57-NQ/TW").
    private static func typeDash(in number: Substring) -> String.Index? {
        guard let dash = number.utf8.firstIndex(of: UInt8(ascii: "-")) else { return nil }
        let after = number[number.utf8.index(after: dash)...]
        guard let lead = after.utf8.first else { return nil }
        // An ASCII byte answers without the property lookup.
        if lead < 0x80 { return (lead | 0x20) &- UInt8(ascii: "a") < 26 ? dash : nil }
        return after.unicodeScalars.first?.properties.isAlphabetic == true ? dash : nil
    }

    /// A scalar with a Unicode numeric type: an ASCII one answered without the property lookup.
    private static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value &- 0x30 < 10 : scalar.properties.numericType != nil
    }

    /// The date's first four characters when they are four ASCII digits ("2019-03-07" → "2019").
    private static func leadingYear(of date: String) -> Substring? {
        let utf8 = date.utf8
        guard utf8.count >= 4, utf8.prefix(4).allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) else { return nil }
        let end = utf8.index(utf8.startIndex, offsetBy: 4)
        // An ASCII byte (or nothing) after them ends the fourth character; anything else may be a
        // mark that extends it, which the character view decides.
        if end == utf8.endIndex || utf8[end] < 0x80 { return date[..<end] }
        let characters = date.prefix(4)
        return isYear(characters) ? characters : nil
    }

    private static func isYear(_ text: Substring) -> Bool {
        text.utf8.count == 4 && text.utf8.allSatisfy { $0 &- UInt8(ascii: "0") < 10 }
    }
}
