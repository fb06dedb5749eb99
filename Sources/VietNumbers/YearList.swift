import VietTokenizer

/// A list of years the scanner is inside: "các năm 1997, 1998, 2005 và 2006", "năm 861, 862 và
/// 865". Only the first year has its "năm"; the ones after it are plain digits, which the scanner
/// reads as dates when they continue the list (849 of the wiki corpus's were bare numbers).
struct YearList {
    /// The last year of the list so far.
    let year: Int
    /// The UTF-8 offset where it ends.
    let end: Int

    /// The list a found expression begins or continues: a DATE that is a year alone.
    init?(_ value: NumericExpression.Value?, end: Int) {
        guard case .date(let date, nil, nil)? = value, let year = date.year, date.month == nil, date.week == nil,
            date.quarter == nil, date.hour == nil
        else { return nil }
        self.init(year: year, end: end)
    }

    init(year: Int, end: Int) {
        self.year = year
        self.end = end
    }

    /// The year the plain digits at `range` add to the list, or nil when they do not continue it:
    /// they must follow its end after ", " or " và " / " hoặc " (nothing else between), have three
    /// or four digits and lie within three centuries of the last year, and end the phrase: `next`
    /// (the token after them) is absent, punctuation, or a word that begins a clause ("1998 và",
    /// "2006 đều"), not a counted noun ("năm 2010, 2000 người"). After " và " or " hoặc " a later
    /// year within thirty ends the list whatever follows ("Năm 2009 và 2010 nền kinh tế"): no count
    /// is written so, a year or a few after the year before it.
    func year(continuedBy range: Range<Int>, before next: Token?, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard range.lowerBound > end, (3...4).contains(range.count), let separator = ListSeparator(bytes, end..<range.lowerBound),
            let value = LexemeStream.digitsValue(bytes, range), abs(value - year) <= 300, value <= 2100
        else { return nil }
        if separator == .conjunction, range.count == 4, value > year, value - year <= 30 { return value }
        if let next, next.kind != .punctuation {
            let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[next.utf8Range]), as: UTF8.self)
            guard Vocabulary.clauseWords.contains(LexemeKey(word.lowercased())) else { return nil }
        }
        return value
    }
}
