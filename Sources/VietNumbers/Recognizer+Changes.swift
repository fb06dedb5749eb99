extension Recognizer {
    // MARK: - Changes from one amount to another

    /// The first amount of a change, `first` read at lexeme `index`: a bare number after "từ" (or
    /// "từ mức") and before "lên" (up to) or "xuống" (down to) and an amount with a unit, which the
    /// number is in. "tăng từ 1,8 triệu lên 2,34 triệu đồng/tháng": 1 800 000 VND per month; "từ 5
    /// lên 10 triệu đồng": 5 000 000 VND, the second amount's scale shared as in a range, when that
    /// makes the amount rise or fall as the verb says; "giảm từ 12 xuống còn 10%": 12%. A change is
    /// no range (its amounts are before and after, not bounds): each is its own expression, the
    /// second read where it starts. Nil for anything else.
    func changeStart(_ first: Match, at index: Int) -> Match? {
        let verb = first.end
        let rising: Bool
        switch key(verb) {
        case "lên": rising = true
        case "xuống": rising = false
        default: return nil
        }
        guard isWord(verb), !attached(verb), first.qualifier == nil, case .number = first.value, let lexeme = lex(index),
            followsFrom(lexeme.start)
        else { return nil }
        var secondStart = verb + 1
        if isWord(secondStart), key(secondStart).isAny(of: "còn", "mức") { secondStart += 1 }
        guard let second = measure(secondStart), second.emit, second.qualifier == nil else { return nil }
        switch second.value {
        case .money, .percent, .quantity, .duration: break
        default: return nil
        }
        var firstValue = first.value
        if let shared = sharedScale(first, at: index, secondAt: secondStart) {
            guard rising ? shared.scaled < shared.second : shared.scaled > shared.second else { return nil }
            firstValue = .number(shared.scaled)
        }
        guard let (from, _) = Self.compatibleBounds(firstValue, second.value) else { return nil }
        return match(value: from, end: first.end, per: second.per)
    }

    /// Whether "từ" or "từ mức" ends right before byte `offset`, spaced from it.
    private func followsFrom(_ offset: Int) -> Bool {
        guard offset > 0, stream.bytes[offset - 1] == 0x20 else { return false }
        let start = Self.start(of: "mức", before: offset, in: stream.bytes) ?? offset
        return Self.start(of: "từ", before: start, in: stream.bytes) != nil
    }
}
