/// The labels that introduce a catalogue, article or standard identifier ("ISBN 0-415-27436-2",
/// "OCLC 12345678", "doi:10.2307/298", "PMID 1234", "QCVN 01:2015/BTTTT", "TCVN 5574:2018", "ISO 9001"): the
/// digits after one are an identifier, which the scanner skips whole, not a range, a ratio or a
/// count (encyclopaedic text cites thousands; legal text names Vietnam's standards, QCVN and TCVN,
/// about 600 times in 70 MB). Also the names of product lines and missions whose number is a model
/// or a version, not a count ("Windows 8", "Boeing 747", "PlayStation 4", "Apollo 11": about 900
/// NUMBERs of the wiki corpus).
enum IdentifierLabel {
    /// The labels, upper-cased; matched without regard to case.
    static let labels: [String] = [
        "ISBN", "ISBN-10", "ISBN-13", "ISSN", "EISSN", "LCCN", "OCLC", "DOI", "PMID", "PMC", "ARXIV", "QCVN", "TCVN",
        // International standards ("ISO 17025", "ISO/IEC 27001", "IEEE 802"), RFCs, and the aviation
        // navigation specifications and fuel-handling standards of the legal corpus ("RNAV 1", "RNP 4", "JIG 1").
        "ISO", "IEC", "IEEE", "ASTM", "JIS", "RFC", "RNAV", "RNP", "JIG",
        // Petrol's octane grade ("xăng RON 95", "E5 RON 92"): a grade's name, not a count.
        "RON",
        // Chips' generations and graphics cards ("Snapdragon 8 Gen 3", "RTX 4090"), wireless standards
        // ("Wi-Fi 7", "Bluetooth 5.3"). (Games' editions, "SEA Games 33", are `Recognizer.skip`'s: "SEA
        // Games 2003" is a year.)
        "GEN", "RTX", "GTX", "WI-FI", "WIFI", "BLUETOOTH",
        // Stock indexes ("S&P 500") and time zones ("GMT+7", "UTC+07:00").
        "S&P", "GMT", "UTC",
        // Product lines, aircraft and space missions.
        "WINDOWS", "DOS", "ANDROID", "IOS", "PLAYSTATION", "XBOX", "NINTENDO", "SNAPDRAGON", "PENTIUM", "NEXUS", "LUMIA",
        "GALAXY", "IPHONE", "IPAD", "IPOD", "BOEING", "AIRBUS", "APOLLO", "SOYUZ", "VOSTOK", "VOYAGER", "SPUTNIK", "LUNA",
    ]

    /// Whether a label ends right before byte `offset`, separated from it only by spaces, a ":", a
    /// "#" or a "+" ("ISBN 978…", "doi:10…", "OCLC #123", "GMT+7"), and preceded by no letter ("XISBN" is none).
    /// - Complexity: O(1): at most a dozen bytes back, nothing allocated.
    static func precedes(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        var position = offset - 1
        var separators = 0
        while position >= 0, separators < 4, isSeparator(bytes[position]) {
            position -= 1
            separators += 1
        }
        let end = position + 1
        // The label: ASCII letters, digits and "-" ("ISBN-13"), no longer than the longest label
        // (read once: a `static let` access in the loop's test was a call per byte).
        let longest = longestLabel
        while position >= 0, end - position <= longest, isLabelByte(bytes[position]) { position -= 1 }
        let start = position + 1
        guard end - start >= 3, position < 0 || !isLabelByte(bytes[position]) else { return false }
        // Compared packed, with the labels of its length only: in encyclopaedic text a tenth of the
        // numbers follow an ASCII word of three letters or more ("the 1990s", "Games 2003"), and a
        // comparison with every label byte by byte cost 600 instructions each.
        let word = packed(end - start) { uppercased(bytes[start + $0]) }
        return packedLabels[end - start].contains { $0 == word }
    }

    /// The labels' bytes ``packed(_:_:)``, by their length (`packedLabels[4]` holds "ISBN"…).
    private static let packedLabels: [[Packed]] = {
        var byLength = [[Packed]](repeating: [], count: longestLabel + 1)
        for label in labels.map({ Array($0.utf8) }) { byLength[label.count].append(packed(label.count) { label[$0] }) }
        return byLength
    }()

    private static let longestLabel = labels.map(\.utf8.count).max() ?? 0

    /// Up to sixteen bytes (the longest label has eleven), eight to an integer, first byte lowest.
    private struct Packed: Equatable {
        var low: UInt64 = 0
        var high: UInt64 = 0
    }

    /// The `count` bytes `byte(0)`, `byte(1)`… packed (`count` is at most 16).
    @inline(__always)
    private static func packed(_ count: Int, _ byte: (Int) -> UInt8) -> Packed {
        var result = Packed()
        for offset in 0..<count {
            let shifted = UInt64(byte(offset)) << UInt64(8 * (offset & 7))
            if offset < 8 { result.low |= shifted } else { result.high |= shifted }
        }
        return result
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "#") || byte == UInt8(ascii: "+")
    }

    private static func isLabelByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10 || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "&")
    }

    private static func uppercased(_ byte: UInt8) -> UInt8 {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 ? byte & 0xDF : byte
    }
}
