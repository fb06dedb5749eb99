/// How "." and "," inside digit strings are read.
///
/// ```swift
/// NumberParser(options: .init(decimalStyle: .vietnamese)).parse("1.099").value   // 1099
/// NumberParser(options: .init(decimalStyle: .english)).parse("1.099").value      // 1.099
/// ```
public enum DecimalStyle: String, Sendable, Hashable, CaseIterable {
    /// Administrative Vietnamese: "." groups thousands, "," is the decimal point
    /// ("1.456.018", "4,42", "1.099.000,5"). A dot not followed by exactly three digits
    /// ("1.5") is no number in this style.
    case vietnamese
    /// English and much of Wikipedia: "," groups thousands, "." is the decimal point ("1,500.5", "4.42").
    case english
    /// Decide per number (the default), by these rules in order:
    /// 1. both separators: the last one is the decimal point ("1.099.000,5", "1,500.5");
    /// 2. several of one separator: grouping, every group must have exactly three digits ("1.456.018", "1,000,000");
    /// 3. one "," : the decimal point, as Vietnamese writes it ("47,13", "1,500" = 1.5), except before
    ///    exactly three digits right after a currency sign, as English writes prices ("£140,000" = 140000),
    ///    or before a noun of people or things that come only whole ("4,700 người" = 4700), or before
    ///    "000" ("10,000 năm" = 10000; not after a leading "0": "0,500" = 0.5), or before an English
    ///    unit word ("1,350 miles" = 1350: miles, mile, inches, yards, acres, feet, kilometres, kilometers, and
    ///    the abbreviations mi, sq, cu, ft, yd, lb, lbs), or in a line whose
    ///    other numbers (within 1 500 bytes) are written only the English way ("Dân số 5,404,145 Diện tích 9,661 km²":
    ///    commas grouping twice, a decimal point before one or two digits) and none only the
    ///    Vietnamese way ("1.366.104", "29,97", "0,342");
    /// 4. one "." followed by exactly three digits: grouping ("1.099" = 1099, "100.000"), except
    ///    before an English scale word, whose writer writes English ("$82.272 billion" = 82.272 × 10⁹);
    /// 5. one "." followed by other than three digits: the decimal point ("4.42", "1.5").
    case automatic
}
