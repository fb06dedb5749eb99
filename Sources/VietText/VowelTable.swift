/// A dense table that classifies a scalar as a Vietnamese vowel letter in one array load,
/// for the byte loops that must not pay for a dictionary lookup per scalar.
enum VowelTable {
    /// Bit layout of an entry: bits 0–3 base vowel index + 1 (0 = not a vowel), bits 4–6 tone,
    /// bit 7 uppercase.
    /// Entries for U+0000–U+024F; hot loops copy this reference into a local once.
    static let lowTable: [UInt8] = build(0..<0x250)
    /// Entries for U+1E00–U+1EFF.
    static let extendedTable: [UInt8] = build(0x1E00..<0x1F00)

    private static func build(_ range: Range<UInt32>) -> [UInt8] {
        var table = [UInt8](repeating: 0, count: range.count)
        for (scalar, info) in VietnameseAlphabet.vowelInfo where range.contains(scalar) {
            let base = UInt8(VietnameseAlphabet.baseVowels.firstIndex(of: info.base)! + 1)
            table[Int(scalar - range.lowerBound)] =
                base | UInt8(info.tone.rawValue) << 4 | (info.isUppercase ? 0x80 : 0)
        }
        return table
    }

    @inline(__always)
    static func entry(_ scalar: UInt32) -> UInt8 {
        if scalar < 0x250 { return lowTable[Int(scalar)] }
        if scalar &- 0x1E00 < 0x100 { return extendedTable[Int(scalar &- 0x1E00)] }
        return 0
    }

    /// Base vowel index + 1 (a=1, ă=2, â=3, e=4, ê=5, i=6, o=7, ô=8, ơ=9, u=10, ư=11, y=12), 0 if none.
    @inline(__always)
    static func base(_ entry: UInt8) -> UInt8 { entry & 0x0F }

    @inline(__always)
    static func tone(_ entry: UInt8) -> UInt8 { (entry >> 4) & 0x07 }

    static let a: UInt8 = 1
    static let e: UInt8 = 4
    static let o: UInt8 = 7
    static let u: UInt8 = 10
    static let y: UInt8 = 12
}
