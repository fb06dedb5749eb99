/// Groups syllables into words (Vietnamese word segmentation, "Truyền thông" → "Truyền_thông").
///
/// Method: within every run of word tokens the segmenter picks the segmentation with the best
/// total score (dynamic programming, linear in the run length times the longest word; ties go to
/// the longer last word, as in backward maximum matching, which scores better on UD-VTB dev).
/// Candidate words come from the ``Lexicon`` — looked up without regard to case or tone placement —
/// and from proper-name rules (runs of capitalised syllables: "Nguyễn Tuấn Hà", "Buôn Ma Thuột";
/// a capitalised sentence start only when it is a family name; no acronyms; a family name inside a
/// long run starts a name of its own: "Lâm_Đồng Nguyễn_Văn_Đẳng"). A word of n syllables scores n²
/// times its weight, a lone syllable 1; the shipped lexicon's weights are learned from the UD
/// Vietnamese-VTB training set (words the treebank splits are never joined, words it always joins
/// win overlaps, words ending in a syllable it nearly always writes alone lose them: "khởi_đầu từ").
/// A lower-case syllable never joins a capitalised one ("anh Hùng").
/// Numbers, codes, dates, URLs and punctuation are words of their own, except that numbers written
/// together form one word ("47,13%", "2021-2025").
///
/// Measured (exact word spans, punctuation included): F1 0.983 on UD-VTB test, 0.976 on dev,
/// 0.914 on UD-TueCL test; 76–87 MB/s together with tokenizing on one core, against 177–179 for
/// tokenizing alone (`TokenizerBenchmarks`, `NumberBenchmarks`).
///
/// ```swift
/// let segmenter = Segmenter()
/// segmenter.segment("Sở Thông tin và Truyền thông tỉnh Cao Bằng").vlsp
/// // "Sở Thông_tin và Truyền_thông tỉnh Cao_Bằng"
///
/// var lexicon = Lexicon.shipped
/// lexicon.insert("chuyển đổi số")
/// Segmenter(lexicon: lexicon).segment("chuyển đổi số").vlsp   // "chuyển_đổi_số"
/// ```
public struct Segmenter: Sendable {
    /// The words the segmenter knows.
    public let lexicon: Lexicon
    /// The tokenizer used by ``segment(_:)-(String)``.
    public let tokenizer: Tokenizer

    /// Creates a segmenter.
    ///
    /// - Parameters:
    ///   - lexicon: The words to recognise; ``Lexicon/shipped`` by default.
    ///   - tokenizer: The tokenizer for string input.
    public init(lexicon: Lexicon = .shipped, tokenizer: Tokenizer = Tokenizer()) {
        self.lexicon = lexicon
        self.tokenizer = tokenizer
    }

    /// Tokenizes and segments a line or a document.
    ///
    /// - Complexity: O(n · L) for n tokens and L the longest lexicon word.
    public func segment(_ text: String) -> SegmentedText {
        segment(tokenizer.tokenize(text))
    }

    /// Segments text that is already tokenized.
    ///
    /// - Complexity: O(n · L) for n tokens and L the longest lexicon word.
    public func segment(_ tokenized: TokenizedText) -> SegmentedText {
        var words: [Word] = []
        // No scratch: a one-off call's long line takes its room from the heap, uninitialised,
        // rather than building (and filling) a scratch it would throw away.
        return segment(tokenized, reusing: &words, scratch: nil)
    }

    /// ``segment(_:)-(TokenizedText)`` into the storage of `words`, which is emptied first and holds
    /// the result's words afterwards, with `scratch` as the working room of a line too long for the
    /// stack. A caller that keeps both between lines, and drops every other reference to the
    /// previous result before the next line, segments without allocating once they have grown; a
    /// result still held elsewhere is never written to (copy on write, as for
    /// ``Tokenizer/tokenize(_:reusingTokens:keys:)``).
    package func segment(
        _ tokenized: TokenizedText, reusing words: inout [Word], scratch: inout SegmentationScratch
    ) -> SegmentedText {
        withUnsafeMutablePointer(to: &scratch) { segment(tokenized, reusing: &words, scratch: $0) }
    }

    /// ``segment(_:reusing:scratch:)`` with the scratch optional: without one, a long line's
    /// working room is a temporary allocation (on the heap past what the stack takes). Inlined into
    /// both callers, so that each keeps its own branch (a call here cost the session ~20
    /// instructions a line).
    @inline(__always)
    private func segment(
        _ tokenized: TokenizedText, reusing words: inout [Word], scratch: UnsafeMutablePointer<SegmentationScratch>?
    ) -> SegmentedText {
        // (removeAll(keepingCapacity:) is a generic replaceSubrange: skipped when already empty.)
        if !words.isEmpty { words.removeAll(keepingCapacity: true) }
        guard !tokenized.tokens.isEmpty else { return SegmentedText(tokenized: tokenized, words: words) }
        var text = tokenized.text
        // A line never has more words than tokens: the words are written straight into scratch of
        // that capacity, not appended one by one (a uniqueness call and a capacity test per word),
        // then appended to `words` at once. (`Array(unsafeUninitializedCapacity:)` looked up the
        // array's generic metadata at every call: ~350 instructions a line.)
        text.withUTF8 { bytes in
            tokenized.tokens.withUnsafeBufferPointer { tokens in
                func run(_ cells: UnsafeMutableBufferPointer<SegmentationCell>, _ output: UnsafeMutableBufferPointer<Word>) {
                    // The tokenizer's keys when it made `tokenized` (else empty: computed per token).
                    let written = tokenized.lexiconKeys.withUnsafeBufferPointer { keys in
                        segment(bytes, tokens, keys, cells, into: output)
                    }
                    words.append(contentsOf: UnsafeBufferPointer(rebasing: output[..<written]))
                }
                // Room for the dynamic programme and the words: past what the stack takes, the
                // caller's scratch when there is one; else a temporary allocation (on the stack for
                // ordinary lines).
                if tokens.count > Self.stackTokenLimit, let scratch {
                    scratch.pointee.withRoom(tokens: tokens.count, run)
                } else {
                    withUnsafeTemporaryAllocation(of: SegmentationCell.self, capacity: tokens.count + 1) { cells in
                        withUnsafeTemporaryAllocation(of: Word.self, capacity: tokens.count) { run(cells, $0) }
                    }
                }
            }
        }
        return SegmentedText(tokenized: tokenized, words: words)
    }

    /// The most tokens whose working room `withUnsafeTemporaryAllocation` puts on the stack: it
    /// does up to 1 KiB an allocation, and the words (48 bytes each) reach that first.
    static var stackTokenLimit: Int { 1024 / MemoryLayout<Word>.stride }

    /// Segments tokens of a UTF-8 buffer into `output` (room for one word per token) and returns
    /// the number of words written. `keys` holds the tokens' lexicon keys as the scanner recorded
    /// them (0 or an empty buffer: compute here); `cells` has room for one more than the tokens.
    func segment(
        _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ keys: UnsafeBufferPointer<UInt64>,
        _ cells: UnsafeMutableBufferPointer<SegmentationCell>, into output: UnsafeMutableBufferPointer<Word>
    ) -> Int {
        var written = 0
        var index = 0
        while index < tokens.count {
            let kind = tokens[index].kind
            guard kind == .word else {
                let end = kind == .number ? Self.numericWordEnd(bytes, tokens, from: index) : index &+ 1
                output.initializeElement(at: written, to: Word(tokens, index, end))
                written &+= 1
                index = end
                continue
            }
            var end = index &+ 1
            while end < tokens.count, tokens[end].kind == .word { end &+= 1 }
            if end &- index == 1 {
                output.initializeElement(at: written, to: Word(tokens, index, end))
                written &+= 1
            } else {
                written = segmentRun(bytes, tokens, keys, index..<end, cells, into: output, at: written)
            }
            index = end
        }
        return written
    }
}

extension Segmenter {
    /// Numbers written together without spaces form one word: "100%", "30/11", "2021-2025",
    /// "70.000-150.000". Returns the end of the word that starts at `start` (at least `start + 1`).
    /// - Precondition: `tokens[start]` is a number (the caller has tested its kind).
    static func numericWordEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, from start: Int) -> Int {
        var end = start + 1
        while end < tokens.count, !tokens[end].flags.contains(.spaceBefore) {
            let token = tokens[end]
            if token.kind == .symbol, token.utf8Range.count == 1, bytes[token.utf8Range.lowerBound] == UInt8(ascii: "%") {
                return end + 1
            }
            guard token.kind == .punctuation, token.utf8Range.count == 1, end + 1 < tokens.count,
                tokens[end + 1].kind == .number, !tokens[end + 1].flags.contains(.spaceBefore)
            else { break }
            let separator = bytes[token.utf8Range.lowerBound]
            guard separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") else { break }
            end += 2
        }
        return end
    }
}

extension Word {
    /// The word made of `tokens[start..<end]` (`start < end`, which the callers' loops ensure).
    @inline(__always)
    init(_ tokens: UnsafeBufferPointer<Token>, _ start: Int, _ end: Int) {
        let first = tokens[start]
        let last = tokens[end &- 1]
        self.init(
            tokenRange: Range(uncheckedBounds: (start, end)),
            utf8Range: first.utf8Range.lowerBound..<last.utf8Range.upperBound,
            scalarRange: first.scalarRange.lowerBound..<last.scalarRange.upperBound
        )
    }
}
