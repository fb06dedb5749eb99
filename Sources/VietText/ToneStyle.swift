/// Where the tone mark goes in the open syllables oa, oe and uy.
///
/// Vietnamese has two spelling conventions. They differ only in syllables with a medial
/// o/u, a bare nucleus a/e/y and no final sound: the old style marks the medial
/// ("hoà", "hoè", "thuý", "khoẻ"), the new style the nucleus ("hòa", "hòe", "thúy", "khỏe").
/// Closed syllables ("hoàn", "thuyết") and qu-/gi- syllables are the same in both.
public enum ToneStyle: String, Sendable, CaseIterable {
    /// The nucleus carries the tone: "hòa", "thúy" (the style of UD-VTB and modern news).
    case new
    /// The medial carries the tone: "hoà", "thuý" (the style of many dictionaries).
    case old
}
