#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Byte strings sorted bytewise, one after the other in one arena, for the lexicon probes: whether
/// a key is among them, and whether a longer one starts with it.
///
/// Several sorted runs may be appended (one per lexicon); a probe searches one run. Each string
/// also has its first 8 bytes as an integer (its *head*), so that most steps of the binary search
/// compare two integers instead of calling `memcmp`, and a ``View`` reads the arrays through
/// pointers, so that probing many runs with one key pins the arrays once.
///
/// ```swift
/// var keys = SortedKeys()
/// let run = keys.append(sorted: [Array("ban".utf8), Array("ban hành".utf8)])
/// keys.withView { view in
///     Array("ban".utf8).withUnsafeBufferPointer { view.probe(run, key: $0) }
/// }  // (isEntry: true, hasLonger: true)
/// ```
struct SortedKeys: Sendable {
    private var bytes: [UInt8] = []
    /// String i is `bytes[starts[i]..<starts[i + 1]]`.
    private var starts: [Int32] = [0]
    private var heads: [UInt64] = []

    /// The number of strings.
    var count: Int { heads.count }

    /// Every string, in order.
    var strings: [ArraySlice<UInt8>] { heads.indices.map { bytes[Int(starts[$0])..<Int(starts[$0 + 1])] } }

    /// Appends `keys`, which must be sorted bytewise, as one run; returns the run's indices.
    @discardableResult
    mutating func append(sorted keys: [[UInt8]]) -> Range<Int> {
        let first = heads.count
        for key in keys { key.withUnsafeBufferPointer { append($0, head: Self.head(of: $0)) } }
        return first..<heads.count
    }

    /// Appends one string whose ``head(of:)`` is `head`, to the run being built (it must not sort
    /// before the string appended last in the run).
    mutating func append(_ string: UnsafeBufferPointer<UInt8>, head: UInt64) {
        bytes.append(contentsOf: string)
        starts.append(Int32(bytes.count))
        heads.append(head)
    }

    /// Makes room for `strings` more strings of `bytes` bytes in all.
    mutating func reserveCapacity(strings: Int, bytes byteCount: Int) {
        bytes.reserveCapacity(bytes.count + byteCount)
        starts.reserveCapacity(starts.count + strings)
        heads.reserveCapacity(heads.count + strings)
    }

    /// Appends the strings of `other` as one run (they must be sorted); returns the run's indices.
    @discardableResult
    mutating func append(contentsOf other: SortedKeys) -> Range<Int> {
        let first = heads.count
        let offset = Int32(bytes.count)
        bytes += other.bytes
        starts += other.starts.dropFirst().map { $0 + offset }
        heads += other.heads
        return first..<heads.count
    }

    /// The first 8 bytes of `bytes` as a big-endian integer, zero-padded. When two heads differ,
    /// they order as the byte strings do (a string shorter than 8 bytes is padded with bytes no
    /// greater than any of the other's); equal heads say nothing, the bytes must be compared.
    @inline(__always)
    static func head(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        if bytes.count >= 8 { return UInt64(bigEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt64.self)) }
        var head: UInt64 = 0
        for index in 0..<bytes.count { head |= UInt64(base[index]) << (56 - 8 * UInt64(index)) }
        return head
    }

    /// Bytewise order of two byte strings: negative, zero or positive.
    static func compare(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Int {
        let common = min(a.count, b.count)
        if common > 0, let x = a.baseAddress, let y = b.baseAddress {
            let order = memcmp(x, y, common)
            if order != 0 { return Int(order) }
        }
        return a.count - b.count
    }

    /// The arrays seen through pointers, valid inside ``withView(_:)`` only.
    struct View {
        let bytes: UnsafePointer<UInt8>
        let starts: UnsafePointer<Int32>
        let heads: UnsafePointer<UInt64>

        @inline(__always)
        func string(_ index: Int) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: bytes + Int(starts[index]), count: Int(starts[index + 1] - starts[index]))
        }

        /// Whether `key` is a string of `run`, and whether a longer string of `run` starts with it.
        ///
        /// - Complexity: O(log run.count) comparisons.
        func probe(_ run: Range<Int>, key: UnsafeBufferPointer<UInt8>) -> (isEntry: Bool, hasLonger: Bool) {
            probe(run, key: key, head: SortedKeys.head(of: key))
        }

        /// ``probe(_:key:)`` with the key's ``SortedKeys/head(of:)`` computed by the caller (once
        /// for the many runs one key is probed in).
        func probe(_ run: Range<Int>, key: UnsafeBufferPointer<UInt8>, head keyHead: UInt64) -> (isEntry: Bool, hasLonger: Bool) {
            let (entry, hasLonger) = find(run, key: key, head: keyHead)
            return (entry != nil, hasLonger)
        }

        /// The index of the string of `run` equal to `key` (whose head is `keyHead`), nil when
        /// there is none, and whether a longer string of `run` starts with it.
        ///
        /// - Complexity: O(log run.count) comparisons.
        @inline(__always)
        func find(_ run: Range<Int>, key: UnsafeBufferPointer<UInt8>, head keyHead: UInt64) -> (entry: Int?, hasLonger: Bool) {
            /// The order of string `index` against the key: negative, zero or positive.
            func order(_ index: Int) -> Int {
                if heads[index] != keyHead { return heads[index] < keyHead ? -1 : 1 }
                return SortedKeys.compare(string(index), key)
            }
            var low = run.lowerBound
            var high = run.upperBound
            while low < high {
                let mid = (low + high) / 2
                if order(mid) < 0 { low = mid + 1 } else { high = mid }
            }
            var entry: Int?
            if low < run.upperBound, order(low) == 0 {
                entry = low
                low += 1
            }
            guard low < run.upperBound else { return (entry, false) }
            let next = string(low)
            let hasLonger = next.count > key.count && SortedKeys.compare(UnsafeBufferPointer(rebasing: next[..<key.count]), key) == 0
            return (entry, hasLonger)
        }
    }

    /// Calls `body` with a view of the strings.
    func withView<Result>(_ body: (View) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { bytes in
            starts.withUnsafeBufferPointer { starts in
                heads.withUnsafeBufferPointer { heads in
                    // (An empty array may have no address: a dangling pointer that is never read.)
                    body(
                        View(
                            bytes: bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!, starts: starts.baseAddress!,
                            heads: heads.baseAddress ?? UnsafePointer(bitPattern: 8)!))
                }
            }
        }
    }
}
