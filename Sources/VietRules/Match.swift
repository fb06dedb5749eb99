import VietNumbers

/// One attribute of a match: a name and its exact string value ("value" = "735300000000").
///
/// The same type the number parser produces, so that number expressions become annotations and
/// matches become extraction records without converting their attributes.
public typealias Attribute = NumericExpression.Attribute

/// A labelled span the rules can see before they run: the number expressions of `NumberParser`,
/// or any other annotation a caller supplies. Rules refer to it by its label (`n:MONEY`) and read its
/// attributes (`n.value`).
///
/// ```swift
/// let money = Annotation(label: "MONEY", tokenRange: 2..<5, attributes: [Attribute("value", "735300000000")])
/// ```
public struct Annotation: Sendable, Hashable {
    /// The label, upper case ("NUMBER", "MONEY").
    public var label: String
    /// The tokens it covers, as indices into the tokenized text's `tokens`.
    public var tokenRange: Range<Int>
    /// Its attributes, in order.
    public var attributes: [Attribute]

    /// Creates an annotation.
    public init(label: String, tokenRange: Range<Int>, attributes: [Attribute] = []) {
        self.label = label
        self.tokenRange = tokenRange
        self.attributes = attributes
    }
}

/// A fact found by a rule: what (label and attributes), where (tokens and Unicode-scalar offsets),
/// and which rule found it.
///
/// ```swift
/// let rules = try RuleSet(source: #"rule unit match "tỷ" "đồng" emit UNIT name = "VND""#)
/// let match = rules.matches(in: Tokenizer().tokenize("735,3 tỷ đồng"))[0]
/// match.label              // "UNIT"
/// match.text               // "tỷ đồng"
/// match.scalarRange        // 6..<13
/// match["name"]            // "VND"
/// ```
public struct Match: Sendable, Hashable, CustomStringConvertible {
    /// The label the rule emitted.
    public let label: String
    /// Indices of the tokens covered.
    public let tokenRange: Range<Int>
    /// Unicode-scalar offsets, end exclusive. From ``RuleSet`` they address the tokenized text; the
    /// `Analyzer` maps them to the original input line.
    public let scalarRange: Range<Int>
    /// The covered text.
    public let text: String
    /// Attributes in the order the rule emitted them; absent (nil) values are left out.
    public let attributes: [Attribute]
    /// The name of the rule that produced the match ("numbers" for unchanged number annotations).
    public let rule: String
    /// The phase the rule belongs to.
    public let phase: String

    /// Creates a match (the matcher and the analyzer are the usual sources).
    public init(
        label: String, tokenRange: Range<Int>, scalarRange: Range<Int>, text: String, attributes: [Attribute],
        rule: String, phase: String
    ) {
        self.label = label
        self.tokenRange = tokenRange
        self.scalarRange = scalarRange
        self.text = text
        self.attributes = attributes
        self.rule = rule
        self.phase = phase
    }

    /// The value of an attribute, or nil.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The value of an attribute, or nil.
    public subscript(_ name: String) -> String? { self[attribute: name] }

    /// `LABEL "text" a=b c=d @start..<end (rule)`.
    public var description: String {
        ([label, "\"\(text)\""] + attributes.map(\.description) + ["@\(scalarRange.lowerBound)..<\(scalarRange.upperBound)", "(\(rule))"])
            .joined(separator: " ")
    }

    /// A copy with other offsets and text (used to map spans back to the original input).
    public func relocated(scalarRange: Range<Int>, text: String) -> Match {
        Match(
            label: label, tokenRange: tokenRange, scalarRange: scalarRange, text: text, attributes: attributes, rule: rule,
            phase: phase)
    }
}
