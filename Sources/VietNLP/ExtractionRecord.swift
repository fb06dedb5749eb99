import VietRules

/// One extracted fact as `viet extract` prints it (GUIDE §3): where it is in its input line, its text,
/// its label and its attributes in emit order.
///
/// ```swift
/// let record = ExtractionRecord(
///     line: 3, start: 10, end: 23, text: "735,3 tỷ đồng", label: "MONEY",
///     attributes: [("value", "735300000000"), ("unit", "VND")])
/// record.jsonLine
/// // {"line": 3, "start": 10, "end": 23, "text": "735,3 tỷ đồng", "label": "MONEY", "value": "735300000000", "unit": "VND"}
/// ```
public struct ExtractionRecord: Sendable, Hashable {
    // Spelled `Optional<String>`, not `String?`: the latter gives the property an implicit nil
    // default, which would make the memberwise initializer (see the extension below) take `file`
    // with a default too, and calls that leave `file` out ambiguous.
    /// The input the record was found in, when the caller names it (`viet extract --with-filename`);
    /// written as the first key, `"file"`, and nil by default, as GUIDE §3's records have none.
    public var file: Optional<String>
    /// 1-based line number in its input.
    public var line: Int
    /// Unicode-scalar offset of the first scalar of the span in its line.
    public var start: Int
    /// Unicode-scalar offset just past the span (exclusive).
    public var end: Int
    /// The span exactly as written in the input.
    public var text: String
    /// The label ("MONEY", "DATE", "ORG"…).
    public var label: String
    /// Attribute names and exact string values, in the order the rule emitted them.
    public var attributes: [Attribute]

    /// One attribute: a name and its exact string value (the type matches and numbers carry).
    public typealias Attribute = VietRules.Attribute
}

// The initializers are in an extension so that the struct keeps its memberwise initializer.
extension ExtractionRecord {
    /// Creates a record.
    public init(line: Int, start: Int, end: Int, text: String, label: String, attributes: [Attribute] = [], file: String? = nil) {
        // The memberwise initializer builds the value at once; assigning the seven properties one by
        // one left the record in a stack slot that the optimizer copied out and destroyed (a retain
        // and a release of each string and array, through value witnesses), ~220 instructions a
        // record.
        self.init(file: file, line: line, start: start, end: end, text: text, label: label, attributes: attributes)
    }

    /// Creates a record from name–value pairs.
    public init(
        line: Int, start: Int, end: Int, text: String, label: String, attributes: [(String, String)], file: String? = nil
    ) {
        self.init(
            line: line, start: start, end: end, text: text, label: label,
            attributes: attributes.map { Attribute($0.0, $0.1) }, file: file)
    }

    /// The value of the attribute `name`, or nil.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The record as one JSON line (without the newline), keys in the GUIDE §3 order.
    public var jsonLine: String {
        var bytes: [UInt8] = []
        JSONLines.append(self, to: &bytes)
        bytes.removeLast()
        return String(decoding: bytes, as: UTF8.self)
    }
}
