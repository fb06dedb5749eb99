import Synchronization
import VietText

/// The parser's own fine-grained unit of text: a run of ASCII digits, a run of letters, or one
/// other scalar. Finer than `VietTokenizer` tokens on purpose ("15h30" is 15 · h · 30, "1.099" is
/// 1 · . · 099), so the grammar sees every separator and works the same on any tokenization.
struct Lexeme {
    enum Kind: UInt8 {
        case digits, word, symbol
    }

    let kind: Kind
    /// UTF-8 byte offsets into the scanned buffer, end exclusive.
    let start: Int
    let end: Int
    /// Whitespace (or the start of the region) precedes it.
    let spaceBefore: Bool
}

/// Lexemes of one region of a UTF-8 buffer, produced on demand: the scanner parses from a candidate
/// token and only lexes the few lexemes the grammar looks at. Lives for one parse/scan call; the
/// token scanner ``reset(start:)``s one stream per candidate instead of allocating a new one.
///
/// The mutable state sits behind a pointer: as `var` properties of a class, every lexeme and key
/// access paid a dynamic exclusivity check (measured: a quarter of the scan's instructions).
final class LexemeStream {
    let bytes: UnsafeBufferPointer<UInt8>
    private let limit: Int
    private let state: UnsafeMutablePointer<State>

    /// A lexeme with its ``key(_:)`` (``LexemeKey/emptySlot`` until computed) and
    /// ``keyClass(_:)`` (``unknownClass`` until looked up): one record, one append per lexeme.
    private struct Entry {
        var lexeme: Lexeme
        var key: LexemeKey
        var keyClass = LexemeStream.unknownClass
    }

    /// A ``Recognizer/Match``'s value kept by the stream (a struct, not a tuple: arrays of tuples
    /// are destroyed through the runtime's generic tuple witness, a call per element).
    struct StoredMatchValue {
        var value: NumericExpression.Value
        var offset: RelativeOffset? = nil
        /// What an amount is per ("month", "người", "kWh"): ``NumericExpression/per``.
        var per: String? = nil
        /// A range's bounds' own qualifiers ("từ 60% đến dưới 70%"): ``NumericExpression/toQualifier``.
        var fromQualifier: NumericExpression.Qualifier? = nil
        var toQualifier: NumericExpression.Qualifier? = nil
    }

    private struct State {
        /// Lexed so far, each with its key and key class once computed.
        var lexemes = TrivialBuffer<Entry>()
        var cursor: Int
        var overflowOffset: Int?
        var measures = Memo<Recognizer.Match>()
        var dates = Memo<Recognizer.Match>()
        var digits = Memo<Recognizer.NumberRead>()
        var compounds = Memo<Recognizer.NumberRead>()
        /// Values of reads too large for a ``Recognizer/CompactDecimal`` (long digit codes, "tỷ tỷ").
        var bigDecimals: [ExactDecimal] = []
        var matchValues: [StoredMatchValue] = []

        init(cursor: Int) {
            self.cursor = cursor
        }

        /// Whether the buffers grew past what a line needs (a stream over a whole long text, as
        /// ``NumberParser/scan(_:)-(String)`` makes): such a state is freed at the stream's end, not
        /// kept as a spare, so one long scan does not hold its memory for the life of the process.
        var isLarge: Bool {
            lexemes.capacity > 4_096 || bigDecimals.capacity > 256 || matchValues.capacity > 256
        }

        /// Frees the buffers (the state itself is freed by its owner).
        mutating func release() {
            lexemes.release()
            measures.release()
            dates.release()
            digits.release()
            compounds.release()
        }
    }

    /// States of ended streams, emptied but with their buffers, as addresses (0: empty slot): the
    /// scanner makes a stream per line that has a candidate, and allocating and freeing its
    /// buffers each time cost more than taking a kept state. A state is owned by one stream or one
    /// slot at any time (taken by an atomic exchange, given back by a compare-and-exchange), never
    /// shared. A few slots: one per thread scanning at once is what is reused. Atomics instead of
    /// a lock around a list: half the instructions of a stream's life (measured ~300 per line).
    private static let spareState0 = Atomic<Int>(0)
    private static let spareState1 = Atomic<Int>(0)
    private static let spareState2 = Atomic<Int>(0)
    private static let spareState3 = Atomic<Int>(0)

    /// A kept state, if a slot holds one (it is then the caller's).
    private static func takeSpareState() -> UnsafeMutablePointer<State>? {
        for slot in 0..<4 {
            let address: Int
            switch slot {
            case 0: address = spareState0.exchange(0, ordering: .acquiring)
            case 1: address = spareState1.exchange(0, ordering: .acquiring)
            case 2: address = spareState2.exchange(0, ordering: .acquiring)
            default: address = spareState3.exchange(0, ordering: .acquiring)
            }
            if let state = UnsafeMutablePointer<State>(bitPattern: address) { return state }
        }
        return nil
    }

    /// Keeps `state` in an empty slot; false when every slot is taken (the caller frees it).
    private static func keepSpareState(_ state: UnsafeMutablePointer<State>) -> Bool {
        let address = Int(bitPattern: state)
        for slot in 0..<4 {
            let kept: Bool
            switch slot {
            case 0: kept = spareState0.compareExchange(expected: 0, desired: address, ordering: .releasing).exchanged
            case 1: kept = spareState1.compareExchange(expected: 0, desired: address, ordering: .releasing).exchanged
            case 2: kept = spareState2.compareExchange(expected: 0, desired: address, ordering: .releasing).exchanged
            default: kept = spareState3.compareExchange(expected: 0, desired: address, ordering: .releasing).exchanged
            }
            if kept { return true }
        }
        return false
    }

    init(bytes: UnsafeBufferPointer<UInt8>, start: Int, limit: Int) {
        self.bytes = bytes
        self.limit = limit
        if let spare = Self.takeSpareState() {
            state = spare
            state.pointee.cursor = start
            return
        }
        state = .allocate(capacity: 1)
        state.initialize(to: State(cursor: start))
    }

    deinit {
        reset(start: 0)
        if state.pointee.isLarge || !Self.keepSpareState(state) {
            state.pointee.release()
            state.deinitialize(count: 1)
            state.deallocate()
        }
    }

    /// Starts over at byte `start`, forgetting every lexeme and memoised read (buffers are kept).
    func reset(start: Int) {
        state.pointee.lexemes.removeAll()
        state.pointee.cursor = start
        state.pointee.overflowOffset = nil
        state.pointee.measures.removeAll()
        state.pointee.dates.removeAll()
        state.pointee.digits.removeAll()
        state.pointee.compounds.removeAll()
        if !state.pointee.bigDecimals.isEmpty { state.pointee.bigDecimals.removeAll(keepingCapacity: true) }
        if !state.pointee.matchValues.isEmpty { state.pointee.matchValues.removeAll(keepingCapacity: true) }
    }

    /// Set when a number's power of ten exceeds ``NumberParser/maximumExponent``.
    var overflowOffset: Int? {
        get { state.pointee.overflowOffset }
        set { state.pointee.overflowOffset = newValue }
    }

    /// Memoised readers: ranges and qualifiers re-read the measures and dates at the same index.
    /// `nil` when not read yet, `.some(nil)` when read and nothing was found.
    func memoisedMeasure(_ index: Int) -> Recognizer.Match?? { state.pointee.measures[index] }
    func memoise(measure: Recognizer.Match?, at index: Int) { state.pointee.measures.set(index, measure) }
    func memoisedDate(_ index: Int) -> Recognizer.Match?? { state.pointee.dates[index] }
    func memoise(date: Recognizer.Match?, at index: Int) { state.pointee.dates.set(index, date) }
    func memoisedDigits(_ index: Int) -> Recognizer.NumberRead?? { state.pointee.digits[index] }
    func memoise(digits: Recognizer.NumberRead?, at index: Int) { state.pointee.digits.set(index, digits) }
    func memoisedCompound(_ index: Int) -> Recognizer.NumberRead?? { state.pointee.compounds[index] }
    func memoise(compound: Recognizer.NumberRead?, at index: Int) { state.pointee.compounds.set(index, compound) }

    /// Keeps a value too large for a ``Recognizer/CompactDecimal`` until the next reset; returns its index.
    func storeBig(_ value: ExactDecimal) -> Int {
        state.pointee.bigDecimals.append(value)
        return state.pointee.bigDecimals.count - 1
    }

    /// A value kept by ``storeBig(_:)``.
    func bigDecimal(_ index: Int) -> ExactDecimal { state.pointee.bigDecimals[index] }

    /// Keeps a ``Recognizer/Match``'s public value (with its relative offset, per and bound
    /// qualifiers) until the next reset (which also forgets the memoised matches); returns its index.
    func storeMatchValue(_ stored: consuming StoredMatchValue) -> Int {
        state.pointee.matchValues.append(stored)
        return state.pointee.matchValues.count - 1
    }

    /// A value kept by ``storeMatchValue(_:)``.
    func matchValue(_ index: Int) -> StoredMatchValue { state.pointee.matchValues[index] }

    /// One field of a value kept by ``storeMatchValue(_:)``, read in place: copying the whole value
    /// to read one field retained its value and `per` (the scanner reads four fields of every
    /// expression it emits).
    @inline(__always)
    func matchField<Field>(_ index: Int, _ field: KeyPath<StoredMatchValue, Field>) -> Field {
        state.pointee.matchValues[index][keyPath: field]
    }

    /// The lexeme at `index`, lexing forward as needed; nil past the end of the region. The grammar
    /// asks this for nearly every test, so the already-lexed case is inlined.
    @inline(__always)
    func at(_ index: Int) -> Lexeme? {
        if index >= 0, index < state.pointee.lexemes.count { return state.pointee.lexemes[index].lexeme }
        return lexingAt(index)
    }

    private func lexingAt(_ index: Int) -> Lexeme? {
        guard index >= 0 else { return nil }
        while state.pointee.lexemes.count <= index {
            guard let next = lexNext() else { return nil }
            // A symbol's key is its one scalar's bytes: cheaper made now than through `computeKey`
            // later, and the grammar asks it of nearly every symbol it meets ("%", "/", "-").
            let key = next.kind == .symbol ? LexemeKey(exactly: UnsafeBufferPointer(rebasing: bytes[next.start..<next.end])) : .emptySlot
            state.pointee.lexemes.append(Entry(lexeme: next, key: key))
        }
        return state.pointee.lexemes[index].lexeme
    }

    /// The index of the already-lexed lexeme that starts at byte `offset`, if any (nothing is lexed).
    func lexedIndex(startingAt offset: Int) -> Int? {
        let lexemes = state.pointee.lexemes
        var low = 0
        var high = lexemes.count
        while low < high {
            let middle = (low + high) / 2
            if lexemes[middle].lexeme.start < offset { low = middle + 1 } else { high = middle }
        }
        return low < lexemes.count && lexemes[low].lexeme.start == offset ? low : nil
    }

    /// The lookup key of a lexeme: lower-cased NFC text for words ("Tỷ" → "tỷ"), the text otherwise.
    /// The empty key past the end.
    @inline(__always)
    func key(_ index: Int) -> LexemeKey {
        if index >= 0, index < state.pointee.lexemes.count {
            let cached = state.pointee.lexemes[index].key
            if !cached.isEmptySlot { return cached }
        }
        return computeKey(index)
    }

    /// Marks a lexeme whose ``keyClass(_:)`` is not looked up yet (no real class has every bit).
    private static var unknownClass: UInt32 { .max }

    /// The ``Vocabulary/KeyClass``es of the lexeme's key (empty past the end), looked up once.
    @inline(__always)
    func keyClass(_ index: Int) -> Vocabulary.KeyClass {
        if index >= 0, index < state.pointee.lexemes.count {
            let cached = state.pointee.lexemes[index].keyClass
            if cached != Self.unknownClass { return Vocabulary.KeyClass(rawValue: cached) }
        }
        return computeKeyClass(index)
    }

    private func computeKeyClass(_ index: Int) -> Vocabulary.KeyClass {
        guard at(index) != nil else { return [] }
        let keyClass = Vocabulary.keyClasses[key(index)] ?? []
        state.pointee.lexemes[index].keyClass = keyClass.rawValue
        return keyClass
    }

    private func computeKey(_ index: Int) -> LexemeKey {
        guard let lexeme = at(index) else { return "" }
        let key = Self.key(of: UnsafeBufferPointer(rebasing: bytes[lexeme.start..<lexeme.end]), kind: lexeme.kind)
        state.pointee.lexemes[index].key = key
        return key
    }

    /// The key of a lexeme's exact text, case kept (unit symbols: "MW" is not "mW"). Empty past the end.
    func exactKey(_ index: Int) -> LexemeKey {
        guard let lexeme = at(index) else { return "" }
        return LexemeKey(exactly: UnsafeBufferPointer(rebasing: bytes[lexeme.start..<lexeme.end]))
    }

    /// The exact text of a lexeme.
    func text(_ index: Int) -> String {
        guard let lexeme = at(index) else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[lexeme.start..<lexeme.end]), as: UTF8.self)
    }

    static func key(of slice: UnsafeBufferPointer<UInt8>, kind: Lexeme.Kind) -> LexemeKey {
        guard kind == .word else { return LexemeKey(exactly: slice) }
        return LexemeKey.lowercasedWord(slice) {
            if CombiningMarkComposer.containsCombiningMark(slice) {
                // Combining marks ("bê" + U+0323 + "nh"): composed without ICU when they join, then
                // keyed like any composed word.
                if let key = CombiningMarkComposer.withComposedUTF8(slice, { key(of: $0, kind: .word).description }) { return key }
                return VietCase.lowercased(UnicodeNormalizer.nfc(String(decoding: slice, as: UTF8.self)))
            }
            return VietCase.lowercased(String(decoding: slice, as: UTF8.self))
        }
    }

    // MARK: - Byte classes

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The value of `bytes[range]` when every byte is an ASCII digit, else nil (short runs only: the
    /// list readers' years and days).
    static func digitsValue(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var value = 0
        for offset in range {
            guard isDigit(bytes[offset]) else { return nil }
            value = value * 10 + Int(bytes[offset] &- UInt8(ascii: "0"))
        }
        return value
    }
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// Length of the whitespace sequence at `offset` (space, tab, CR, NBSP, thin and narrow spaces), or 0.
    private func whitespaceLength(at offset: Int) -> Int { Self.whitespaceLength(bytes, at: offset, limit: limit) }

    /// Length of the whitespace sequence at `offset` of `bytes[..<limit]`, or 0: what separates lexemes.
    @inline(__always)
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, limit: Int) -> Int {
        let byte = bytes[offset]
        if byte == 0x20 || byte == 0x09 || byte == 0x0D { return 1 }  // "\n" stays a symbol: no expression spans lines
        if byte == 0xC2, offset + 1 < limit, bytes[offset + 1] == 0xA0 { return 2 }
        if byte == 0xE2, offset + 2 < limit, bytes[offset + 1] == 0x80,
            bytes[offset + 2] == 0x89 || bytes[offset + 2] == 0xAF || bytes[offset + 2] == 0x8B
        {
            return 3
        }
        return 0
    }

    /// Whether byte `offset` begins a line's text, where the list-marker rule ("1." at a line start)
    /// applies: only spaces and tabs stand between it and the start of the text or a line break,
    /// and Markdown's marks of a heading, a block or emphasis: "### 1. …", "> 2. …", "- 3. …", "**1.** …"
    /// (the legal corpus's bold markers, 1 200 of them); and an opening quote glued to it, as an
    /// amending act quotes the clause it adds ('"32. Trường hợp …', '«10. Ủy ban …': 230 markers of
    /// the legal corpus), a stray apostrophe before it, glued or not ("' 9) Buộc lập …", "'2. Phạt
    /// tiền …": 4 of the legal corpus, OCR's noise), and no-break spaces.
    static func isLineStart(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        var position = offset - 1
        while position >= 0, bytes[position] == UInt8(ascii: "*") || bytes[position] == UInt8(ascii: "_") { position -= 1 }
        position -= openingQuoteLength(bytes, endingAt: position)
        while position >= 0 {
            let byte = bytes[position]
            if byte == 0x0A { return true }
            // A no-break space (C2 A0), read from its second byte.
            if byte == 0xA0, position >= 1, bytes[position - 1] == 0xC2 {
                position -= 2
                continue
            }
            let blockMark = byte == UInt8(ascii: ">") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "*")
                || byte == UInt8(ascii: "'")
            // A heading's "#"s ("### 1. Quan điểm") may stand together; other marks stand before a space.
            if byte == UInt8(ascii: "#") || blockMark && position + 1 < offset && (bytes[position + 1] == 0x20 || bytes[position + 1] == 0x09) {
                position -= 1
                continue
            }
            if byte != 0x20 && byte != 0x09 { return false }
            position -= 1
        }
        return true
    }

    /// Whether the digits at `digits` stand where a list marker may begin, if a glued "." or ")"
    /// follows them: at a line start (``isLineStart(_:_:)``), run into a paragraph
    /// (``RunInListMarker/begins(_:at:)``), or after a lettered item's "a." at a line start. The
    /// plain-digit shortcut and the grammar's skip rules ask the same question.
    static func mayBeginListMarker(_ bytes: UnsafeBufferPointer<UInt8>, _ digits: Range<Int>) -> Bool {
        isLineStart(bytes, digits.lowerBound) || RunInListMarker.begins(bytes, at: digits)
            || followsLineStartLetterItem(bytes, digits.lowerBound)
    }

    /// Whether the digits at `offset` follow a lettered item's "a." glued to them at a line start:
    /// the second level of a legal list, "c.1) Cung cấp …", "a.5) Thông tin …", "đ.2. Nội dung" (about
    /// 50 in the legal corpus), where the digits begin a list marker as "1." at a line start does.
    private static func followsLineStartLetterItem(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        guard offset >= 2, bytes[offset - 1] == UInt8(ascii: ".") else { return false }
        if bytes[offset - 2] &- UInt8(ascii: "a") < 26 { return isLineStart(bytes, offset - 2) }
        // "đ" (C4 91), the letter after "d" in the lists of Vietnamese legal texts.
        return offset >= 3 && bytes[offset - 3] == 0xC4 && bytes[offset - 2] == 0x91 && isLineStart(bytes, offset - 3)
    }

    /// Whether `range` holds a line's only text, after an indent of eight spaces or more: a piece of
    /// a formula as the encyclopaedia's dumps render MathML, a token per deeply indented line ("a",
    /// "=", "1"; 950 numbers of the wiki corpus), next to the formula's TeX.
    static func isFormulaPiece(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard range.lowerBound >= formulaIndent else { return false }
        var position = range.lowerBound - 1
        while position >= 0, bytes[position] == 0x20 { position -= 1 }
        guard position < 0 || bytes[position] == 0x0A, range.lowerBound - position - 1 >= formulaIndent else { return false }
        var end = range.upperBound
        while end < bytes.count, bytes[end] == 0x20 || bytes[end] == 0x09 || bytes[end] == 0x0D { end += 1 }
        return end == bytes.count || bytes[end] == 0x0A
    }

    /// The indent of a MathML formula's pieces (the shallowest in the wiki corpus is eight spaces;
    /// text and tables indent one or two).
    private static var formulaIndent: Int { 8 }

    /// Whether a "," or "." glued to a digit comes right before byte `offset`: the digits there are
    /// the fraction or minor part of a number the tokenizer glued to letters ("RM1,50", "v10.6",
    /// "DM2,20"), not a number of their own.
    static func followsGluedDigitSeparator(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        guard offset >= 2, bytes[offset - 1] == UInt8(ascii: ",") || bytes[offset - 1] == UInt8(ascii: ".") else { return false }
        return bytes[offset - 2] &- UInt8(ascii: "0") < 10
    }

    /// The length in bytes of the opening quote whose last byte is at `end` (", ', “ or «), else 0.
    private static func openingQuoteLength(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int {
        guard end >= 0 else { return 0 }
        switch bytes[end] {
        case UInt8(ascii: "\""), UInt8(ascii: "'"): return 1
        case 0xAB: return end >= 1 && bytes[end - 1] == 0xC2 ? 2 : 0  // «
        case 0x9C: return end >= 2 && bytes[end - 2] == 0xE2 && bytes[end - 1] == 0x80 ? 3 : 0  // “
        default: return 0
        }
    }

    /// The bytes of the word that ends, before some spaces, at byte `offset`: back to a space, a line
    /// break or the start, at most `longest` bytes; nil when there is none. What the scanner's look-back
    /// rules read, since a stream starts at its candidate and has no lexeme before it.
    static func wordRange(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>, longest: Int) -> Range<Int>? {
        var end = offset
        while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
        var start = end
        while start > 0, bytes[start - 1] != 0x20, bytes[start - 1] != 0x0A, end - start < longest { start -= 1 }
        return start < end ? start..<end : nil
    }

    /// Length in bytes of the scalar whose lead byte is `byte`.
    @inline(__always)
    static func scalarLength(_ byte: UInt8) -> Int {
        switch byte {
        case 0..<0x80: 1
        case 0xC0..<0xE0: 2
        case 0xE0..<0xF0: 3
        case 0xF0...: 4
        default: 1  // stray continuation byte: consume it alone
        }
    }

    /// Letters: ASCII letters and every non-ASCII scalar outside Latin-1 punctuation (lead 0xC2) and
    /// general punctuation/currency/symbols (lead 0xE2), so Vietnamese letters and combining marks
    /// (0xCC/0xCD) join the word. The byte tests are inlined: they run per byte of every lexeme and
    /// of the scanner's look-aheads, where a call cost more than the test.
    private func isLetterStart(at offset: Int) -> Bool { Self.isLetterStart(bytes, at: offset, limit: limit) }

    @inline(__always)
    static func isLetterStart(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, limit: Int) -> Bool {
        let byte = bytes[offset]
        if byte < 0x80 { return isASCIILetter(byte) }
        if byte == 0xC2 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF { return false }
        if byte == 0xC3, offset + 1 < limit, bytes[offset + 1] == 0x97 || bytes[offset + 1] == 0xB7 { return false }  // × ÷
        return byte >= 0xC3
    }

    private func lexNext() -> Lexeme? {
        var cursor = state.pointee.cursor
        defer { state.pointee.cursor = cursor }
        var spaced = state.pointee.lexemes.count == 0
        while cursor < limit {
            let length = whitespaceLength(at: cursor)
            guard length > 0 else { break }
            cursor += length
            spaced = true
        }
        guard cursor < limit else { return nil }
        let start = cursor
        let byte = bytes[cursor]
        if Self.isDigit(byte) {
            while cursor < limit, Self.isDigit(bytes[cursor]) { cursor += 1 }
            return Lexeme(kind: .digits, start: start, end: cursor, spaceBefore: spaced)
        }
        if isLetterStart(at: cursor) {
            while cursor < limit, isLetterStart(at: cursor) {
                cursor = Swift.min(limit, cursor + Self.scalarLength(bytes[cursor]))
            }
            return Lexeme(kind: .word, start: start, end: cursor, spaceBefore: spaced)
        }
        cursor = Swift.min(limit, cursor + Self.scalarLength(byte))
        return Lexeme(kind: .symbol, start: start, end: cursor, spaceBefore: spaced)
    }
}

/// A growable run of trivially copyable values in memory the owner frees with ``release()``:
/// the stream's lexemes with their keys. As `Array`s, every append paid a uniqueness check and every
/// reset a generic `removeAll` (measured: more than lexing itself).
struct TrivialBuffer<Element> {
    private var base: UnsafeMutablePointer<Element>?
    private(set) var count = 0
    private(set) var capacity = 0

    @inline(__always)
    subscript(index: Int) -> Element {
        unsafeAddress {
            precondition(index >= 0 && index < count)
            return UnsafePointer(base.unsafelyUnwrapped + index)
        }
        unsafeMutableAddress {
            precondition(index >= 0 && index < count)
            return base.unsafelyUnwrapped + index
        }
    }

    mutating func append(_ element: Element) {
        if count == capacity { grow() }
        (base.unsafelyUnwrapped + count).initialize(to: element)
        count += 1
    }

    /// Forgets the elements (they are trivial: nothing to destroy), keeping the memory.
    mutating func removeAll() { count = 0 }

    private mutating func grow() {
        // Elements are never deinitialised: a non-trivial one would leak (the test folds away).
        precondition(_isPOD(Element.self), "TrivialBuffer holds trivial types only")
        let larger = Swift.max(16, capacity * 2)
        let memory = UnsafeMutablePointer<Element>.allocate(capacity: larger)
        if let base {
            memory.moveInitialize(from: base, count: count)
            base.deallocate()
        }
        base = memory
        capacity = larger
    }

    mutating func release() {
        base?.deallocate()
        base = nil
        count = 0
        capacity = 0
    }
}

/// Reads memoised per lexeme index (no hashing): indices are small and dense, since a parse only
/// looks a bounded distance ahead of its start.
///
/// Whether an index was read, and whether the read found anything, is a byte per index; only
/// found values are stored in `slots`. Most memoised reads find nothing (a failing candidate
/// memoises four or five), so that is a byte store.
///
/// Clearing only forgets how many indices are valid: stale values are overwritten one at a time
/// when their slots hold a found value again (a `removeAll` destroying every slot cost 1 500
/// instructions per stream reset). The memory is managed here, not by arrays: their uniqueness
/// checks, generic appends and value-witness copies of the optional payloads cost more than the
/// reads they saved.
struct Memo<Found> {
    /// Per index below `capacity`: ``unread``, ``nothingFound`` or ``found`` in the low bits, plus
    /// ``initialised`` when `slots[index]` holds a value (current or stale) that must be destroyed.
    private var states: UnsafeMutablePointer<UInt8>?
    private var slots: UnsafeMutablePointer<Found>?
    private var capacity = 0
    /// States `0..<valid` are current; the rest are stale.
    private var valid = 0

    private static var unread: UInt8 { 0 }
    private static var nothingFound: UInt8 { 1 }
    private static var found: UInt8 { 2 }
    private static var readMask: UInt8 { 3 }
    private static var initialised: UInt8 { 4 }

    /// Indices beyond this are not memoised (the reader just runs again).
    private static var maximumCapacity: Int { 1 << 12 }

    /// nil when nothing was memoised for `index`; `.some(nil)` when the read found nothing.
    subscript(index: Int) -> Found?? {
        guard index >= 0, index < valid else { return nil }
        switch states.unsafelyUnwrapped[index] & Self.readMask {
        case Self.found: return .some(slots.unsafelyUnwrapped[index])
        case Self.nothingFound: return .some(nil)
        default: return nil
        }
    }

    mutating func set(_ index: Int, _ value: Found?) {
        guard index >= 0, index < Self.maximumCapacity else { return }
        if index >= capacity { grow(toInclude: index) }
        let states = states.unsafelyUnwrapped
        // Indices grow by one or two: marking the skipped ones unread is a byte each.
        while index >= valid {
            states[valid] &= Self.initialised
            valid += 1
        }
        guard let value else {
            states[index] = states[index] & Self.initialised | Self.nothingFound
            return
        }
        let slot = slots.unsafelyUnwrapped + index
        if states[index] & Self.initialised != 0 { slot.pointee = value } else { slot.initialize(to: value) }
        states[index] = Self.initialised | Self.found
    }

    /// Forgets every value (a stale one lives until its slot is used again or the memo is released).
    mutating func removeAll() { valid = 0 }

    private mutating func grow(toInclude index: Int) {
        var larger = Swift.max(16, capacity)
        while larger <= index { larger *= 2 }
        let newStates = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        newStates.initialize(repeating: Self.unread, count: larger)
        let newSlots = UnsafeMutablePointer<Found>.allocate(capacity: larger)
        if let states, let slots {
            for old in 0..<capacity {
                newStates[old] = states[old]
                if states[old] & Self.initialised != 0 { (newSlots + old).moveInitialize(from: slots + old, count: 1) }
            }
            states.deallocate()
            slots.deallocate()
        }
        states = newStates
        slots = newSlots
        capacity = larger
    }

    /// Destroys every value kept and frees the memory.
    mutating func release() {
        if let states, let slots {
            for index in 0..<capacity where states[index] & Self.initialised != 0 { (slots + index).deinitialize(count: 1) }
            states.deallocate()
            slots.deallocate()
        }
        states = nil
        slots = nil
        capacity = 0
        valid = 0
    }
}
