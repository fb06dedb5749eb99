#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The line's memo of where lexicon entries end: (lexicon, start token) → the range of
/// ``MatcherCore/lexiconEndPool`` listing the positions where an entry starting there ends.
///
/// The first ``directStarts`` tokens of a line (most lines entirely) are looked up directly in a
/// table indexed by start × lexicon count + lexicon; later tokens of long lines fall back to an
/// ``IntegerMap``, so that the table stays bounded whatever the line's length. The direct table
/// replaced hashing every key into the map, probing it, and checking its generation (a
/// lookup and a store per lexicon element reached, some 39M instructions per 10 MB of legal
/// text). Clearing is O(1) by line stamps, as in the map.
///
/// The table is raw memory (no uniqueness check or bounds check per store: an array's made a
/// store cost some sixty instructions, and most lookups miss, so each is a store too), from
/// `calloc` (see ``makeRows()``); like
/// ``ThreadList``'s, it is owned by the one ``MatcherCore`` of a ``RuleMatcher``, which frees it
/// through ``deallocate()`` in its `deinit`.
///
/// ```swift
/// var memo = LexiconEndMemo(lexiconCount: 3)
/// memo.startLine()
/// memo[lexicon: 2, start: 5] = 10..<12
/// memo[lexicon: 2, start: 5]   // 10..<12
/// memo.startLine()
/// memo[lexicon: 2, start: 5]   // nil
/// memo.deallocate()
/// ```
///
/// - Complexity: O(1) per lookup and store (expected O(1) beyond ``directStarts``).
struct LexiconEndMemo {
    /// A direct slot: the pool range, valid when `line` is the current line's stamp.
    private struct Entry {
        var line: UInt32
        var lower: Int32
        var upper: Int32
    }

    /// The start tokens below which the direct table answers (its size is this times the
    /// lexicon count at most: 256 × 12 bytes per lexicon).
    static let directStarts = 256

    private let lexiconCount: Int
    /// Rows of `lexiconCount` entries for starts below `rows` (none, or ``directStarts`` once a
    /// line has needed one); entries of older lines are stale by their stamp.
    private var entries: UnsafeMutablePointer<Entry>
    private var rows = 0
    private var line: UInt32 = 1
    /// Starts from ``directStarts`` on.
    private var overflow = IntegerMap()

    init(lexiconCount: Int) {
        self.lexiconCount = lexiconCount
        entries = Self.zeroedEntries(1)
    }

    /// Forgets every entry (the next line's tokens are other tokens).
    mutating func startLine() {
        if line == UInt32.max {
            // Stamps would repeat: clear for real (once in four billion lines).
            entries.update(repeating: Entry(line: 0, lower: 0, upper: 0), count: rows * lexiconCount)
            line = 0
        }
        line += 1
        if overflow.count > 0 { overflow.removeAll() }
    }

    /// The memoised pool range of entries of `lexicon` starting at token `start`, if computed in
    /// this line.
    subscript(lexicon lexicon: Int, start start: Int) -> Range<Int>? {
        @inline(__always) get {
            if start < rows {
                let entry = entries[start * lexiconCount + lexicon]
                return entry.line == line ? Int(entry.lower)..<Int(entry.upper) : nil
            }
            if start < Self.directStarts { return nil }
            guard let packed = overflow[Int64(lexicon) << 32 | Int64(start)] else { return nil }
            return Int(packed >> 32)..<Int(packed & 0xFFFF_FFFF)
        }
        @inline(__always) set {
            // (Only ever set to a range: entries are never removed one by one.)
            guard let range = newValue else { return }
            if start >= rows, start < Self.directStarts { makeRows() }
            if start < rows {
                entries[start * lexiconCount + lexicon] = Entry(
                    line: line, lower: Int32(truncatingIfNeeded: range.lowerBound), upper: Int32(truncatingIfNeeded: range.upperBound))
            } else {
                overflow[Int64(lexicon) << 32 | Int64(start)] = Int64(range.lowerBound) << 32 | Int64(range.upperBound)
            }
        }
    }

    /// Makes all ``directStarts`` rows exist, empty (before any line has stored an entry).
    ///
    /// At once and zeroed by `calloc` (an entry of line stamp 0 is empty): the shipped rules have
    /// 440 lexicons (one per multi-word literal among them), and growing the table by doubling,
    /// each time copying the old rows and clearing the new ones, wrote its 1.35 MB about twice
    /// per matcher (~3.5M instructions in callgrind's count, which counts a `rep stosb` or `rep
    /// movsb` byte by byte; well under a millisecond on hardware), where the zero pages `calloc`
    /// maps cost nothing until a line touches them.
    private mutating func makeRows() {
        free(entries)
        entries = Self.zeroedEntries(Self.directStarts * lexiconCount)
        rows = Self.directStarts
    }

    /// `count` (at least one) entries of stamp 0, from `calloc`.
    private static func zeroedEntries(_ count: Int) -> UnsafeMutablePointer<Entry> {
        guard let memory = calloc(max(count, 1), MemoryLayout<Entry>.stride) else { fatalError("out of memory") }
        return memory.bindMemory(to: Entry.self, capacity: max(count, 1))
    }

    /// Frees the raw memory; the memo must not be used afterwards.
    func deallocate() {
        free(entries)
    }
}
