/// Where the tone mark goes in the open syllables oa, oe and uy.
///
/// Vietnamese text is written in two conventions. They differ only in syllables with a medial
/// o/u, a bare nucleus a/e/y and no final sound: the old style (dictionaries, the shipped
/// lexicons) marks the nucleus ("hoà", "hoè", "thuý", "khoẻ"), the new style (UD-VTB, modern
/// news) marks the medial ("hòa", "hòe", "thúy", "khỏe"). Closed syllables ("hoàn", "thuyết")
/// and qu-/gi- syllables ("quý", "giá") are the same in both.
public enum ToneStyle: String, Sendable, CaseIterable {
    /// The medial carries the tone: "hòa", "thúy" (the style of UD-VTB and modern news).
    case new
    /// The nucleus carries the tone: "hoà", "thuý" (the style of many dictionaries).
    case old
}
