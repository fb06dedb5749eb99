import CICUShim
import VietText

/// The UTF-8 byte scanner behind ``Tokenizer``. One instance tokenizes one buffer.
///
/// Compound tokens (numbers, dates, codes, dotted abbreviations) are recognised from a list of at
/// most ``maxComponents`` alphanumeric runs joined by single connector bytes; bounding the list is
/// what keeps pathological input such as "1-1-1-1-…" (10 MB) linear: each position is looked at a
/// bounded number of times.
struct TokenScanner {
    static let maxComponents = 8
    /// Longest local part of an e-mail address (RFC 5321), which bounds the e-mail look-ahead.
    static let maxEmailLocalPart = 64

    let bytes: UnsafeBufferPointer<UInt8>
    let tables = CharacterTables.pointers
    var tokens: [Token] = []
    /// Whether to record, for every token, the lexicon key of a single-run word (0 otherwise):
    /// the segmenter then looks syllables up without decoding them a second time.
    var recordsKeys = false
    /// One entry per token when ``recordsKeys``; see ``SyllableKey``.
    var keys: [UInt64] = []
    /// Whether whitespace (or the start) precedes the next token.
    var spaceBefore = true
    private var cursorByte = 0
    private var cursorScalar = 0
    /// The runs of the compound being classified: `runs[0..<runCount]`, and the connector bytes
    /// between them. Both point into stack memory that ``run()`` allocates for the length of the scan
    /// (``maxComponents`` each) and are empty outside it: a scanner is made per line, and two heap
    /// arrays per line were a fifth of the tokenizer's time on short lines.
    var runs = UnsafeMutableBufferPointer<Run>(start: nil, count: 0)
    var runCount = 0
    var separators = UnsafeMutableBufferPointer<UInt8>(start: nil, count: 0)
    var breakIterator: UnsafeMutableRawPointer? = nil

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// An alphanumeric run: letters, ASCII digits and combining marks.
    struct Run {
        var start: Int
        var end: Int
        var digits = 0
        var uppers = 0
        var lowers = 0
        var firstIsUpper = false
        var firstIsDigit = false
        var nonASCIILetters = false
        /// A letter outside the Vietnamese alphabet (f j w z, ñ, Greek…).
        var nonVietnamese = false
        var marks = false
        /// Digits before the first letter.
        var leadingDigits = 0
        /// The first eight letters folded to ASCII base letters ("Truyền" → "truyen"), one per byte,
        /// for the syllable-shape check; `foldedCount` counts all letters seen.
        var folded: UInt64 = 0
        var foldedCount = 0
        /// Letters in the run (one count kept instead of two in the scan loop).
        var letters: Int { foldedCount }
        /// UTF-8 continuation bytes in the run, so that its scalar count is known without a walk.
        var continuationBytes = 0
        var scalarCount: Int { end - start - continuationBytes }
        /// The lexicon key of the run's lower-cased scalars (``SyllableKey/hash(_:_:_:tables:)``),
        /// valid when the run has no combining marks.
        var key = SyllableKey.offsetBasis

        var isDigits: Bool { letters == 0 && digits > 0 }
        var isLetters: Bool { digits == 0 && letters > 0 }
        var length: Int { end - start }
        /// Looks like a part of a document code: "NQ", "NĐ", "TTg", "BTTTT", "43H".
        var isCodePart: Bool { uppers >= 2 || (uppers >= 1 && digits > 0 && letters <= 3) }

        /// Case, diacritic and digit flags of the run. Properties of the run, not functions of the
        /// scanner taking it: a `Run` passed to a scanner method was copied (136 bytes, once per token).
        var flags: TokenFlags {
            var flags: TokenFlags = []
            if nonASCIILetters { flags.insert(.hasDiacritics) }
            if digits > 0 { flags.insert(.hasDigits) }
            if marks { flags.insert(.combiningMarks) }
            if firstIsUpper { flags.insert(.capitalized) }
            if uppers > 0 && lowers == 0 { flags.insert(.allCaps) }
            return flags
        }

        /// ``flags`` of a single-run word, with the foreign-word judgement.
        var wordFlags: TokenFlags {
            var flags = flags
            if nonVietnamese || digits > 0 || foldedCount > 7 || !SyllableShape.hasShape(folded, count: foldedCount) {
                flags.insert(.foreign)
            }
            return flags
        }
    }

    mutating func run() {
        withUnsafeTemporaryAllocation(of: Run.self, capacity: Self.maxComponents) { runs in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maxComponents) { separators in
                runs.initialize(repeating: Run(start: 0, end: 0))
                separators.initialize(repeating: 0)
                // Sound: the buffers live until these closures return, and the fields are reset
                // before that, so no pointer to them outlives the scan.
                self.runs = runs
                self.separators = separators
                defer {
                    self.runs = UnsafeMutableBufferPointer(start: nil, count: 0)
                    self.separators = UnsafeMutableBufferPointer(start: nil, count: 0)
                }
                scanAll()
            }
        }
    }

    /// The scan proper (``run()`` provides the component storage).
    private mutating func scanAll() {
        defer {
            if let iterator = breakIterator { vn_break_close(iterator) }
            breakIterator = nil
        }
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = bytes[index]
            if lead == UInt8(ascii: " ") {
                spaceBefore = true
                index += 1
                continue
            }
            if (lead | 0x20) &- UInt8(ascii: "a") < 26 || lead &- UInt8(ascii: "0") < 10 {
                index = scanAlphanumeric(from: index)
                continue
            }
            let (scalar, length) = decode(at: index)
            switch tables.classOf(scalar) {
            case .space:
                spaceBefore = true
                index += length
            case .letter, .digit:
                index = scanAlphanumeric(from: index)
            case .mark:
                // A mark with nothing to attach to (start of text or after a space).
                index = emitSymbolRun(from: index, length: length)
            case .punctuation, .symbol:
                index = scanPunctuation(from: index, scalar: scalar, length: length)
            case .otherScript:
                index = scanOtherScript(from: index)
            }
        }
    }

    // MARK: Emitting

    /// Unicode-scalar offset of a byte offset; offsets are asked for in increasing order.
    private mutating func scalarOffset(_ byte: Int) -> Int {
        var index = cursorByte
        var scalars = cursorScalar
        while index < byte {
            if bytes[index] & 0xC0 != 0x80 { scalars += 1 }
            index += 1
        }
        cursorByte = byte
        cursorScalar = scalars
        return scalars
    }

    /// Appends a token; `key` is its lexicon key when the caller computed it on the way (see
    /// ``recordsKeys``), else 0.
    /// `scalarCount`, when the caller counted the token's scalars on the way (``Run/scalarCount``),
    /// spares a second walk over its bytes.
    mutating func emit(_ kind: TokenKind, _ flags: TokenFlags, _ start: Int, _ end: Int, key: UInt64 = 0, scalarCount: Int? = nil) {
        var flags = flags
        if spaceBefore { flags.insert(.spaceBefore) }
        let scalarStart = scalarOffset(start)
        let scalarEnd: Int
        if let scalarCount {
            scalarEnd = scalarStart + scalarCount
            cursorByte = end
            cursorScalar = scalarEnd
        } else {
            scalarEnd = scalarOffset(end)
        }
        tokens.append(Token(kind: kind, flags: flags, utf8Range: start..<end, scalarRange: scalarStart..<scalarEnd))
        if recordsKeys { keys.append(key) }
        spaceBefore = false
    }

    // MARK: Decoding

    /// Decodes the scalar at `index`; malformed or truncated bytes (possible only through the
    /// unsafe-buffer entry point) decode as U+FFFD of length 1 instead of reading out of bounds.
    @inline(__always)
    func decode(at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        let length = lead < 0xC0 ? 0 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : lead < 0xF8 ? 4 : 0
        guard length > 0, index + length <= bytes.count else { return (0xFFFD, 1) }
        return UTF8Decoding.decode(bytes, at: index)
    }

    @inline(__always)
    func byte(_ index: Int) -> UInt8 { index < bytes.count ? bytes[index] : 0 }

    @inline(__always)
    func isAlphanumericStart(_ index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let lead = bytes[index]
        if lead < 0x80 { return lead &- UInt8(ascii: "0") < 10 || (lead | 0x20) &- UInt8(ascii: "a") < 26 }
        let (scalar, _) = decode(at: index)
        let kind = tables.classOf(scalar)
        return kind == .letter || kind == .digit
    }

    // MARK: Runs

    @inline(__always)
    func scanRun(from start: Int) -> Run {
        var run = Run(start: start, end: start)
        var index = start
        let count = bytes.count
        // f j w z: letters outside the Vietnamese alphabet, as bits of (letter - "a").
        let foreignLetters: UInt32 = 1 << 5 | 1 << 9 | 1 << 22 | 1 << 25
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead &- UInt8(ascii: "0") < 10 {
                    run.key = SyllableKey.mix(run.key, UInt32(lead))
                    if index == start { run.firstIsDigit = true }
                    run.digits += 1
                    if run.foldedCount == 0 { run.leadingDigits += 1 }
                } else if (lead | 0x20) &- UInt8(ascii: "a") < 26 {
                    let lower = lead | 0x20
                    run.key = SyllableKey.mix(run.key, UInt32(lower))
                    if lead < UInt8(ascii: "a") {
                        if index == start { run.firstIsUpper = true }
                        run.uppers += 1
                    } else {
                        run.lowers += 1
                    }
                    if foreignLetters >> UInt32(lower &- UInt8(ascii: "a")) & 1 != 0 { run.nonVietnamese = true }
                    if run.foldedCount < 8 { run.folded |= UInt64(lower) << (8 * UInt64(run.foldedCount)) }
                    run.foldedCount += 1
                } else {
                    run.end = index
                    return run
                }
                index += 1
                continue
            }
            let (scalar, length) = decode(at: index)
            switch tables.classOf(scalar) {
            case .letter:
                run.nonASCIILetters = true
                let lower = tables.lower(scalar)
                run.key = SyllableKey.mix(run.key, lower)
                if lower != scalar {
                    run.uppers += 1
                    if index == start { run.firstIsUpper = true }
                } else {
                    run.lowers += 1
                }
                let base = tables.base(scalar)
                if base == 0 { run.nonVietnamese = true }
                if run.foldedCount < 8 { run.folded |= UInt64(base) << (8 * UInt64(run.foldedCount)) }
                run.foldedCount += 1
            case .mark:
                run.marks = true
            default:
                run.end = index
                return run
            }
            run.continuationBytes += length - 1
            index += length
        }
        run.end = index
        return run
    }

    /// Case, diacritic and digit flags of the runs `first..<end` of ``runs``.
    func flags(ofRuns first: Int, _ end: Int) -> TokenFlags {
        var flags: TokenFlags = []
        var uppers = 0
        var lowers = 0
        for index in first..<end {
            let run = runs[index]
            uppers += run.uppers
            lowers += run.lowers
            flags.formUnion(run.flags)
        }
        flags.remove(.allCaps)
        if !runs[first].firstIsUpper { flags.remove(.capitalized) }
        if uppers > 0 && lowers == 0 { flags.insert(.allCaps) }
        return flags
    }

}
