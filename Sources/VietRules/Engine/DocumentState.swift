import VietTokenizer

/// A labelled span visible to rules: an annotation or a match of an earlier phase.
///
/// It holds its label as an id, not a string (see ``label(in:)``): spans are copied,
/// stored and dropped for every match and annotation, and the string's reference counting was a
/// large part of that.
struct Span {
    /// Id in the rule set's label table, -1 when no rule refers to the label (then only an
    /// annotation's: a rule's span has its rule's label).
    let labelID: Int32
    let start: Int32
    let end: Int32
    var attributes: [Attribute]
    /// The rule that produced it; nil for annotations.
    let rule: Int?
    /// Whether it is reported (annotations and `_LABELS` are not; superseded matches stop being).
    var isOutput: Bool

    /// Its label: its rule's, or the one its id stands for ("" for an annotation's label no rule
    /// refers to, which nothing asks for: rules find spans by label id).
    func label(in storage: RuleSetStorage) -> String {
        if let rule { return storage.rules[rule].emit.label }
        return labelID >= 0 ? storage.labels[Int(labelID)] : ""
    }
}

/// The per-line working state of a match run: tokens, their forms, and the spans by position.
///
/// The matcher keeps one between lines and ``reset(text:)``s it, so that a line allocates none of
/// its arrays once they have grown (allocating and freeing them was a tenth of the matcher's time
/// on the legal corpus, whose lines are short).
struct DocumentState {
    private(set) var text: TokenizedText
    private(set) var tokenCount: Int
    /// Per token: its form id and whether whitespace precedes it (entries past the line's tokens
    /// are left over, see ``prepareTokens()``).
    var forms: [Int32] = []
    var spaceBefore: [Bool] = []
    /// Per token: the ``StartPhases`` mask of its form (the phases some rule of which can start
    /// there as far as the text decides). One word per token tells the automaton where to skip;
    /// copying each phase's seed slot per token instead cost ten instructions per token and phase.
    private(set) var startMasks: [UInt64] = []
    var spans: [Span] = []
    /// The spans starting (ending) at each token, as linked lists in flat arrays, newest first: the
    /// first span at a token (at least count + 1 entries, -1: none; entries past count + 1 are
    /// left over from longer lines), and per span the next older one (at least one entry per
    /// span; entries past the spans are left over from earlier lines and never read: every list
    /// starts at a head of this line). One allocation per line at most instead of an array per
    /// token.
    var firstStarting: [Int32] = []
    var firstEnding: [Int32] = []
    var nextStarting: [Int32] = []
    var nextEnding: [Int32] = []

    init(text: TokenizedText) {
        self.text = text
        tokenCount = 0
        reset(text: text)
    }

    /// Starts over on another line, keeping the arrays' storage. `forms` and `spaceBefore` are
    /// left empty for the caller to fill, one entry per token.
    mutating func reset(text: TokenizedText) {
        self.text = text
        tokenCount = text.tokens.count
        // (removeAll(keepingCapacity:) is a generic replaceSubrange: skip it when already empty.
        // The per-token arrays are not emptied at all: ``prepareTokens()`` sizes them; nor are the
        // per-span links: ``add(_:)`` overwrites them.)
        if !spans.isEmpty { spans.removeAll(keepingCapacity: true) }
        Self.fill(&firstStarting, count: tokenCount + 1)
        Self.fill(&firstEnding, count: tokenCount + 1)
    }

    /// Drops the line's text and tokens, keeping the arrays' storage, when the state is kept for the
    /// next line: its caller may then refill the token arrays in place (they are uniquely its own
    /// again; see `AnalyzerSession`), and freeing them is not left to ``reset(text:)``.
    mutating func releaseText() {
        text = TokenizedText(text: "", tokens: [])
        tokenCount = 0
    }

    /// Makes `forms`, `spaceBefore` and `startMasks` long enough for the line's tokens, for
    /// ``fillTokens(_:)`` to fill; like `firstStarting`, they may be longer (entries past the
    /// line's are left over from longer lines and never read). Growing only when a line is longer
    /// than all before it, instead of emptying and refilling them per line or appending per token.
    mutating func prepareTokens() {
        if forms.count < tokenCount {
            forms.append(contentsOf: repeatElement(0, count: tokenCount - forms.count))
            spaceBefore.append(contentsOf: repeatElement(false, count: tokenCount - spaceBefore.count))
            startMasks.append(contentsOf: repeatElement(0, count: tokenCount - startMasks.count))
        }
    }

    /// Lets `body` write the per-token arrays sized by ``prepareTokens()``: forms, spaces before,
    /// start masks (each at least as long as the line needs; `body` writes every entry of the
    /// line's tokens).
    mutating func fillTokens(
        _ body: (UnsafeMutableBufferPointer<Int32>, UnsafeMutableBufferPointer<Bool>, UnsafeMutableBufferPointer<UInt64>) -> Void
    ) {
        forms.withUnsafeMutableBufferPointer { forms in
            spaceBefore.withUnsafeMutableBufferPointer { spaces in
                startMasks.withUnsafeMutableBufferPointer { masks in body(forms, spaces, masks) }
            }
        }
    }

    /// Adds to every token's start mask (filled by ``fillTokens(_:)``) the phases `byKind` gives
    /// for its kind (indexed by raw value); returns their union.
    mutating func addStartMasks(byKind: [UInt64]) -> UInt64 {
        var union: UInt64 = 0
        byKind.withUnsafeBufferPointer { byKind in
            text.tokens.withUnsafeBufferPointer { tokens in
                startMasks.withUnsafeMutableBufferPointer { masks in
                    for position in 0..<tokenCount {
                        let mask = byKind[Int(tokens[position].kind.rawValue)]
                        union |= mask
                        masks[position] |= mask
                    }
                }
            }
        }
        return union
    }

    /// What the line holds of what a phase may need (``RuleRequirements``): its tokens' kinds and
    /// flags and the labels of its spans so far. Computed when asked (once or twice a line, for the
    /// phases with a requirement) rather than kept up to date per token and span.
    func features() -> UInt64 {
        var features: UInt64 = 0
        for position in 0..<tokenCount { features |= RuleRequirements.features(of: text.tokens[position]) }
        for span in spans { features |= RuleRequirements.feature(label: span.labelID) }
        return features
    }

    /// Sets the first `count` entries of `heads` to -1, growing it when shorter.
    private static func fill(_ heads: inout [Int32], count: Int) {
        if heads.count < count { heads += repeatElement(-1, count: count - heads.count) }
        heads.withUnsafeMutableBufferPointer { $0[..<count].update(repeating: -1) }
    }

    mutating func add(_ span: Span) {
        let index = spans.count
        spans.append(span)
        // The links of an earlier line's span at this index are overwritten (both arrays have
        // the same length, see ``nextStarting``).
        if index < nextStarting.count {
            nextStarting[index] = firstStarting[Int(span.start)]
            nextEnding[index] = firstEnding[Int(span.end)]
        } else {
            nextStarting.append(firstStarting[Int(span.start)])
            nextEnding.append(firstEnding[Int(span.end)])
        }
        firstStarting[Int(span.start)] = Int32(index)
        firstEnding[Int(span.end)] = Int32(index)
    }

    /// The text from the start of token `start` to the end of token `end - 1`, copied from the
    /// line's bytes (token bounds are scalar bounds; going through a `Substring` walked the UTF-8
    /// view to find both indices, per match and per capture).
    func text(tokens range: Range<Int>) -> String { Self.text(tokens: range, of: text.text, tokens: text.tokens) }

    func scalarRange(tokens range: Range<Int>) -> Range<Int> { Self.scalarRange(tokens: range, in: text.tokens) }

    /// ``text(tokens:)`` from the line and its tokens alone. Emit evaluation reads the state
    /// through a pointer, and a method called on `pointee` copied the whole state first (a retain
    /// and a release per array of it, ~900 instructions per candidate); passing these two fields
    /// retains only them.
    static func text(tokens range: Range<Int>, of line: String, tokens: [Token]) -> String {
        guard !range.isEmpty else { return "" }
        let bytes = tokens[range.lowerBound].utf8Range.lowerBound..<tokens[range.upperBound - 1].utf8Range.upperBound
        var line = line
        return line.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[bytes.clamped(to: 0..<$0.count)]), as: UTF8.self) }
    }

    /// ``scalarRange(tokens:)`` from the tokens alone (see ``text(tokens:of:tokens:)``).
    static func scalarRange(tokens range: Range<Int>, in tokens: [Token]) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        return tokens[range.lowerBound].scalarRange.lowerBound..<tokens[range.upperBound - 1].scalarRange.upperBound
    }
}
