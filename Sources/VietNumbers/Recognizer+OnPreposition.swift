extension Recognizer {
    /// Whether "trên" at `index`, before the count `inner`, is the preposition "on" and no "more
    /// than": after a verb of lying or spreading over things ("nằm trên 2 nước", "trải dài trên 4
    /// múi giờ", "có mặt trên 212 nước", "chiến đấu trên hai mặt trận"), or before things that one
    /// writes or stands on ("đăng trên 01 tờ báo", "ban hành trên 2 trang", "trên bốn vách tường",
    /// "trên 7 đại lục"). A bare count only: "trên 700 ha", "trên 50%" stay bounds.
    func readsOn(_ index: Int, before inner: Match) -> Bool {
        guard case .number = inner.value, let preposition = lex(index) else { return false }
        if let before = Self.wordBefore(stream.bytes, preposition.start) {
            if before.word == "nằm" { return true }
            if let seconds = Self.placingVerbs[LexemeKey(before.word)], let first = Self.wordBefore(stream.bytes, before.start),
                seconds.contains(LexemeKey(first.word))
            {
                return true
            }
        }
        let noun = inner.end
        guard isWord(noun) else { return false }
        if Self.surfaces.contains(key(noun)) { return true }
        return Self.surfacesOfTwoSyllables[key(noun)]?.contains(key(noun + 1)) == true
    }

    /// Verbs of two syllables before "trên" = "on", by their second syllable: the first syllables
    /// that make them ("dài" after "trải").
    private static let placingVerbs: KeyTable<KeySet> = [
        "dài": ["trải"], "rộng": ["trải"], "mặt": ["có"], "đầu": ["đối"], "đấu": ["chiến"],
    ]

    /// Things of one syllable that are written, shown or stood on: a page, a wall, a tray, a span of a bridge, a channel.
    private static let surfaces: KeySet = ["trang", "vách", "mâm", "nhịp", "kênh"]

    /// Things of two syllables that are written, shown or stood on, by their first syllable.
    private static let surfacesOfTwoSyllables: KeyTable<KeySet> = [
        "tờ": ["báo"], "mặt": ["trận"], "lục": ["địa"], "đại": ["lục"], "châu": ["lục"], "múi": ["giờ"], "bức": ["tường"],
        "máy": ["tính", "chủ"], "định": ["dạng"], "màn": ["hình"], "nền": ["tảng"], "ngọn": ["đồi"], "quả": ["đồi"], "hòn": ["đảo"],
    ]
}
