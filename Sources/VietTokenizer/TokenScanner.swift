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
    /// The tokens, complete after ``run()``.
    var tokens: [Token] = []
    /// Whether to record, for every token, the lexicon key of a single-run word (for punctuation
    /// and symbols ``SyllableKey/markKey(_:)``, 0 otherwise): the segmenter then looks syllables
    /// up without decoding them a second time.
    var recordsKeys = false
    /// One entry per token when ``recordsKeys``; see ``SyllableKey``.
    var keys: [UInt64] = []
    /// New tokens and their keys go first to these chunks (stack memory that ``run()`` provides,
    /// ``chunkCapacity`` each), filled up to ``chunkCount`` and appended to ``tokens`` and ``keys``
    /// when full and at the end. Writing there is two stores and a count; `Array.append` was a
    /// uniqueness call, a capacity test and a count update per token and again per key (writing into
    /// `Array(unsafeUninitializedCapacity:)` storage instead cost a generic metadata look-up per
    /// array and line, more than the appends).
    var tokenChunk = UnsafeMutableBufferPointer<Token>(start: nil, count: 0)
    var keyChunk = UnsafeMutableBufferPointer<UInt64>(start: nil, count: 0)
    var chunkCount = 0
    /// Small enough for the stack without a run-time check (temporary allocations above 1 KiB were
    /// put on the heap here: two more allocations per line).
    static let chunkCapacity = 1024 / MemoryLayout<Token>.stride
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
        /// Letters in the run.
        var letters = 0
        /// Every letter is upper or lower case, so the lower-case count needs no counter of its own.
        var lowers: Int { letters - uppers }
        var firstIsDigit = false
        /// Case, diacritic and digit flags of the run, set once by ``TokenScanner/scanRun(from:)``
        /// from what the scan loop saw (stored, not computed from separate Booleans per token: that
        /// getter was ~30 instructions of branches and was not inlined).
        var flags: TokenFlags = []
        var firstIsUpper: Bool { flags.contains(.capitalized) }
        var nonASCIILetters: Bool { flags.contains(.hasDiacritics) }
        var marks: Bool { flags.contains(.combiningMarks) }
        /// The ``SyllableShape`` state after the run's letters (a letter outside the Vietnamese
        /// alphabet rejects, so no separate flag is kept for those).
        var shape = SyllableShape.start
        /// UTF-8 continuation bytes in the run, so that its scalar count is known without a walk.
        var continuationBytes = 0
        var scalarCount: Int { end - start - continuationBytes }
        /// The lexicon key of the run's lower-cased scalars (``SyllableKey/hash(_:_:_:tables:)``),
        /// valid when the run has no combining marks.
        var key = SyllableKey.offsetBasis
        /// The key recorded for the run as a word token: ``key``, or 0 (none) when combining marks
        /// make it no lexicon key.
        var wordKey: UInt64 { marks ? 0 : key }

        var isDigits: Bool { letters == 0 && digits > 0 }
        var isLetters: Bool { digits == 0 && letters > 0 }
        var length: Int { end - start }
        /// Looks like a part of a document code: "NQ", "NĐ", "TTg", "BTTTT", "43H".
        var isCodePart: Bool { uppers >= 2 || (uppers >= 1 && digits > 0 && letters <= 3) }

        /// ``flags`` of a single-run word, with the foreign-word judgement: digits, more than seven
        /// letters or no syllable shape (which covers letters outside the Vietnamese alphabet).
        var wordFlags: TokenFlags {
            digits > 0 || letters > 7 || !SyllableShape.accepts(shape) ? flags.union(.foreign) : flags
        }
    }

    mutating func run() {
        withUnsafeTemporaryAllocation(of: Run.self, capacity: Self.maxComponents) { runs in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maxComponents) { separators in
                // Not initialised: `Run` and `UInt8` are trivial types, which may be assigned to
                // uninitialised memory, and collectRuns writes every element before it is read
                // (filling eight runs per line cost ~60 instructions).
                // Sound: the buffers live until these closures return, and the fields are reset
                // before that, so no pointer to them outlives the scan.
                self.runs = runs
                self.separators = separators
                defer {
                    self.runs = UnsafeMutableBufferPointer(start: nil, count: 0)
                    self.separators = UnsafeMutableBufferPointer(start: nil, count: 0)
                }
                withUnsafeTemporaryAllocation(of: Token.self, capacity: Self.chunkCapacity) { tokenChunk in
                    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: Self.chunkCapacity) { keyChunk in
                        // Sound as above: flushed and forgotten before the closures return.
                        self.tokenChunk = tokenChunk
                        self.keyChunk = keyChunk
                        scanAll()
                        flushChunk()
                        self.tokenChunk = UnsafeMutableBufferPointer(start: nil, count: 0)
                        self.keyChunk = UnsafeMutableBufferPointer(start: nil, count: 0)
                    }
                }
            }
        }
    }

    /// Moves the chunk's tokens (and keys) to ``tokens`` (and ``keys``).
    private mutating func flushChunk() {
        tokens.append(contentsOf: UnsafeBufferPointer(rebasing: tokenChunk[..<chunkCount]))
        if recordsKeys { keys.append(contentsOf: UnsafeBufferPointer(rebasing: keyChunk[..<chunkCount])) }
        chunkCount = 0
    }

    /// The token emitted last, if any.
    var lastToken: Token? {
        chunkCount > 0 ? tokenChunk[chunkCount - 1] : tokens.last
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
    @inline(__always)
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
        if chunkCount == tokenChunk.count { flushChunk() }
        // Tokens and keys are trivial values: overwriting the chunk's old ones needs no deinitialising.
        tokenChunk.initializeElement(
            at: chunkCount, to: Token(kind: kind, flags: flags, utf8Range: start..<end, scalarRange: scalarStart..<scalarEnd))
        keyChunk.initializeElement(at: chunkCount, to: key)
        chunkCount &+= 1
        spaceBefore = false
    }

    // MARK: Decoding

    /// Decodes the scalar at `index`; malformed or truncated bytes (possible only through the
    /// unsafe-buffer entry point) decode as U+FFFD of length 1 instead of reading out of bounds.
    @inline(__always)
    func decode(at index: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1) }
        return decodeNonASCII(at: index, lead: lead)
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

    /// Reads the run of letters, digits and marks at `start` (a letter or digit, or a mark after
    /// digits), counting what the token rules and flags need on the way. The counts live in locals
    /// (registers) and the run is assembled once at the end.
    @inline(__always)
    func scanRun(from start: Int) -> Run {
        let count = bytes.count
        let shapes = tables.shapes
        var index = start
        var key = SyllableKey.offsetBasis
        var digits = 0
        var uppers = 0
        // Every scalar of the run is a letter, a digit or a mark: letters are counted at the end.
        var marks = 0
        var continuationBytes = 0
        var shape = SyllableShape.start
        // Diacritics and combining marks, as token flags.
        var flags: UInt16 = 0
        scan: while index < count {
            let lead = bytes[index]
            let entry = shapes[CharacterTables.runBytesOffset &+ Int(lead)]
            if entry < CharacterTables.runDigit {
                guard entry != 0 else { break }
                // An ASCII letter: its lower case is the byte with bit 5 set.
                key = SyllableKey.mix(key, UInt32(lead | 0x20))
                uppers &+= Int(truncatingIfNeeded: entry >> 5)
                shape = SyllableShape.next(shape, column: entry & 0x1F, in: shapes)
                index &+= 1
                continue
            }
            if entry == CharacterTables.runDigit {
                key = SyllableKey.mix(key, UInt32(lead))
                digits &+= 1
                index &+= 1
                continue
            }
            let (scalar, length) = decodeNonASCII(at: index, lead: lead)
            let info = tables.letterInfo(scalar)
            switch info.kind {
            case .letter:
                flags |= TokenFlags.hasDiacritics.rawValue
                key = SyllableKey.mix(key, info.lower)
                uppers &+= info.upperCount
                shape = SyllableShape.next(shape, column: info.shapeColumn, in: shapes)
            case .mark:
                flags |= TokenFlags.combiningMarks.rawValue
                marks &+= 1
            default:
                break scan
            }
            continuationBytes &+= length &- 1
            index &+= length
        }
        let letters = index &- start &- continuationBytes &- digits &- marks
        var run = Run(start: start, end: index)
        run.digits = digits
        run.uppers = uppers
        run.letters = letters
        run.shape = shape
        run.continuationBytes = continuationBytes
        run.key = key
        flags |= digits > 0 ? TokenFlags.hasDigits.rawValue : 0
        flags |= uppers == letters && uppers > 0 ? TokenFlags.allCaps.rawValue : 0
        // The first scalar's case and kind, read again once instead of tested on every letter.
        if index > start {
            let first = bytes[start]
            if first < 0x80 {
                run.firstIsDigit = first &- UInt8(ascii: "0") < 10
                flags |= first &- UInt8(ascii: "A") < 26 ? TokenFlags.capitalized.rawValue : 0
            } else {
                let info = tables.letterInfo(decodeNonASCII(at: start, lead: first).0)
                flags |= info.kind == .letter && info.upperCount != 0 ? TokenFlags.capitalized.rawValue : 0
            }
        }
        run.flags = TokenFlags(rawValue: flags)
        return run
    }

    /// ``decode(at:)`` for a non-ASCII `lead`. The two- and three-byte sequences (Vietnamese
    /// letters, most punctuation) are decoded inline: the standard decoder was not inlined across
    /// the module boundary, a call per scalar.
    @inline(__always)
    func decodeNonASCII(at index: Int, lead: UInt8) -> (UInt32, Int) {
        if lead &- 0xC0 < 0x20, index &+ 2 <= bytes.count {
            return (UInt32(lead & 0x1F) << 6 | UInt32(bytes[index &+ 1] & 0x3F), 2)
        }
        if lead &- 0xE0 < 0x10, index &+ 3 <= bytes.count {
            return (
                UInt32(lead & 0x0F) << 12 | UInt32(bytes[index &+ 1] & 0x3F) << 6 | UInt32(bytes[index &+ 2] & 0x3F), 3
            )
        }
        // Four-byte sequences (emoji, rare scripts); a continuation byte, a lead byte above 0xF7 or
        // a truncated sequence is U+FFFD of length 1.
        guard lead &- 0xF0 < 0x08, index &+ 4 <= bytes.count else { return (0xFFFD, 1) }
        return UTF8Decoding.decode(bytes, at: index)
    }

    /// Digits before the first letter of `run`: the hour of "15h30", the quantity of "25ha"; the
    /// callers split the run after them, so the count is also their length in bytes. 0 when anything
    /// else comes first, a combining mark on a digit ("7̃1ời"), where a split would cut a character.
    func leadingDigits(of run: Run) -> Int {
        var digits = 0
        var index = run.start
        while index < run.end {
            let lead = bytes[index]
            if lead < 0x80 {
                guard lead &- UInt8(ascii: "0") < 10 else { break }
                digits += 1
                index += 1
                continue
            }
            let (scalar, _) = decodeNonASCII(at: index, lead: lead)
            if tables.classOf(scalar) == .letter { break }
            return 0
        }
        return digits
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
