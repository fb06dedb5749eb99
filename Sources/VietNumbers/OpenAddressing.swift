/// Linear probing over a power-of-two array of 64-bit hash keys in which 0 marks an empty slot:
/// the probe shared by the scanner's hash tables (``WordClassTable``, ``LexiconKeySet``). The keys
/// are hashes already, so their low bits pick the home slot.
enum OpenAddressing {
    /// The slot that holds `key`, or the empty slot where it would go.
    /// - Precondition: `key != 0`, `keys.count` is a power of two and some slot is empty.
    @inline(__always)
    static func slot(of key: UInt64, in keys: UnsafeBufferPointer<UInt64>) -> Int {
        let mask = keys.count - 1
        var index = Int(truncatingIfNeeded: key) & mask
        while keys[index] != 0, keys[index] != key { index = (index + 1) & mask }
        return index
    }
}
