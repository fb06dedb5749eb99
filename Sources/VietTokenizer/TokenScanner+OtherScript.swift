import CICUShim
import VietText

/// Runs of scripts the byte scanner does not know (Thai, Lao, Arabic, CJK…) and emoji go to ICU's
/// word break iterator, which knows dictionary-based scripts and emoji sequences.
extension TokenScanner {
    /// Tokenizes the run of other-script scalars starting at `start`; returns its end.
    mutating func scanOtherScript(from start: Int) -> Int {
        var end = start
        while end < bytes.count {
            let (scalar, length) = decode(at: end)
            let kind = CharacterTables.classOf(scalar)
            guard kind == .otherScript || kind == .mark else { break }
            end += length
        }
        // A symbol alone, before this line has needed ICU: its kind is known from an earlier line.
        let (first, firstLength) = decode(at: start)
        let loneSymbol = breakIterator == nil && start + firstLength == end && LoneSymbolKinds.isSymbol(first)
        if loneSymbol, let kind = LoneSymbolKinds.kind(of: first) {
            emit(kind, kind == .word ? [.foreign] : [], start, end)
            return end
        }
        let run = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let units = ICU.utf16(run)
        var status: Int32 = 0
        if breakIterator == nil {
            breakIterator = vn_break_open(Int32(VN_BREAK_WORD), "vi", &status)
        }
        guard let iterator = breakIterator, !ICU.failed(status) else {
            emit(.word, [.foreign], start, end)
            return end
        }
        units.withUnsafeBufferPointer { buffer in
            vn_break_set_text(iterator, buffer.baseAddress, Int32(buffer.count), &status)
        }
        guard !ICU.failed(status) else {
            emit(.word, [.foreign], start, end)
            return end
        }
        // Walk UTF-16 boundaries and UTF-8 bytes together.
        var unitOffset = 0
        var byteOffset = start
        _ = vn_break_first(iterator)
        var segmentStart = start
        while true {
            let boundary = Int(vn_break_next(iterator))
            if boundary < 0 { break }
            let status = vn_break_rule_status(iterator)
            while unitOffset < boundary, byteOffset < end {
                let (scalar, length) = decode(at: byteOffset)
                unitOffset += scalar >= 0x10000 ? 2 : 1
                byteOffset += length
            }
            if byteOffset > segmentStart {
                // Rule status: 100..<200 numbers, 200..<500 letters, kana and ideographs, 0 the rest.
                let kind: TokenKind = status >= 200 ? .word : status >= 100 ? .number : .symbol
                if !isSpace(segmentStart) {
                    emit(kind, kind == .word ? [.foreign] : [], segmentStart, byteOffset)
                } else {
                    spaceBefore = true
                }
            }
            segmentStart = byteOffset
        }
        if segmentStart < end { emit(.symbol, [], segmentStart, end) }
        if loneSymbol, let token = lastToken, token.utf8Range == start..<end {
            LoneSymbolKinds.learn(token.kind, of: first)
        }
        return end
    }

    private func isSpace(_ index: Int) -> Bool {
        CharacterTables.classOf(decode(at: index).0) == .space
    }
}
