import VietText

/// The values of lexicon entries one matcher has looked up by text (`lookup(@LEX, x)` and a
/// capture's `.value`) and the expansions it has made (`expand(@LEX, x)`), by lexicon and text
/// as written.
///
/// Each look-up computes the text's key in the lexicon's mode (composition, case, tone
/// placement: ~3,700 instructions for a Vietnamese word) before hashing it, an expansion does so
/// per word and probes per prefix (~26,000 instructions for an organisation name), and legal text
/// looks up the same few titles, abbreviations and document types line after line; hashing the
/// text as written to find the remembered answer costs a tenth of a look-up. Both answers depend
/// on the lexicon and the text only, so remembering them changes no output.
///
/// A reference owned by one matcher (``MatcherCore``), which is used by one thread at a time:
/// emit evaluation sees the matcher read-only and still records answers here.
///
/// - Complexity: expected O(length of the text) per look-up; memory bounded by
///   ``capacityPerLexicon`` entries per lexicon (the table starts over when full, so a stream of
///   ever-new texts does not grow it without end).
final class LexiconValueMemo {
    /// Entries kept per lexicon before its table starts over.
    static let capacityPerLexicon = 4096

    /// Per lexicon: text as written → its value (nil: not an entry, or no value).
    private var values: [[String: String?]]
    /// Per lexicon: text as written → its expansion.
    private var expansions: [[String: String]]

    init(lexiconCount: Int) {
        values = Array(repeating: [:], count: lexiconCount)
        expansions = Array(repeating: [:], count: lexiconCount)
    }

    /// `lexicon.value(forText: text)`, from memory when this text was looked up before.
    func value(_ lexicon: CompiledLexicon, index: Int, forText text: String) -> String? {
        if let known = values[index][text] { return known }
        let value = lexicon.value(forText: text)
        Self.remember(value, for: text, in: &values[index])
        return value
    }

    /// `lexicon.expand(text)`, from memory when this text was expanded before.
    ///
    /// Only NFC text is remembered: `String` keys compare up to canonical equivalence, and an
    /// expansion copies the words that are no entry as written, so the answer for "Hà" spelt
    /// decomposed would otherwise come back in the bytes of the precomposed spelling seen first.
    /// (The analyzer normalises every line to NFC; a caller of the matcher need not.)
    func expansion(_ lexicon: CompiledLexicon, index: Int, of text: String) -> String {
        var bytes = text
        guard bytes.withUTF8({ UnicodeNormalizer.isCertainlyNFC($0) }) else { return lexicon.expand(text) }
        if let known = expansions[index][text] { return known }
        let expansion = lexicon.expand(text)
        Self.remember(expansion, for: text, in: &expansions[index])
        return expansion
    }

    /// How many answers of each kind are remembered for a lexicon (for tests).
    func count(lexicon index: Int) -> (values: Int, expansions: Int) { (values[index].count, expansions[index].count) }

    private static func remember<Value>(_ value: Value, for text: String, in table: inout [String: Value]) {
        if table.count >= capacityPerLexicon { table.removeAll(keepingCapacity: true) }
        table[text] = value
    }
}
