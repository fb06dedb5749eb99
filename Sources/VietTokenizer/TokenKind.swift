/// The kind of a ``Token``, decided by the tokenizer's Vietnamese token rules.
///
/// ```swift
/// let kinds = Tokenizer().tokenize("Ngày 7-3-2019, 47,13% hộ").tokens.map(\.kind)
/// // [.word, .date, .punctuation, .number, .symbol, .word]
/// ```
public enum TokenKind: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// A run of letters: a Vietnamese syllable ("Truyền"), a foreign word ("Internet") or a
    /// letter/digit mix that is no code ("4G", "COVID").
    case word
    /// A number kept whole: "1.456.018", "47,13", "0,21", "4.42", "-5", "2021".
    case number
    /// Sentence and clause punctuation: . , ; : ! ? … "..." quotes, brackets, dashes, slash.
    case punctuation
    /// Any other symbol: % & + = < > # @ ° § $ € ₫, emoji.
    case symbol
    /// A dotted or joined abbreviation: "TP.HCM", "Tp.", "v.v.", "TT&TT".
    case abbreviation
    /// A web address: "https://mic.gov.vn/a?b=1", "www.caobang.gov.vn", "vnexpress.net".
    case url
    /// An e-mail address: "stttt@caobang.gov.vn".
    case email
    /// A document code or identifier: "17/NQ-CP", "68/2000/NĐ-CP", "QĐ-UBND", "43H-016".
    case code
    /// A calendar date written with separators: "13/11/2020", "7-3-2019", "26.10.2006", "06/2023".
    case date
    /// A clock time: "15h30", "15h", "8:45", "08:30:15".
    case time

    public var description: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .punctuation: "punctuation"
        case .symbol: "symbol"
        case .abbreviation: "abbreviation"
        case .url: "url"
        case .email: "email"
        case .code: "code"
        case .date: "date"
        case .time: "time"
        }
    }
}
