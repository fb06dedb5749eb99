/// How the items of a list of years or days are joined, as such lists are written: a comma, or a
/// conjunction ("và", "hoặc", "hay") that comes before the last item.
enum ListSeparator {
    case comma, conjunction

    /// The separator that is all of `bytes[range]`: ", " or " , " (a comma), " và ", " hoặc ",
    /// " hay " ("năm 1984 hay 1985", an uncertain year), ", và " (a conjunction), with ASCII spaces
    /// only; nil for anything else.
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        switch String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) {
        case ", ", " , ": self = .comma
        case " và ", " hoặc ", " hay ", ", và ": self = .conjunction
        default: return nil
        }
    }
}
