import VietText

/// One position of the segmenter's dynamic programme: the syllable at this token and the best
/// segmentation of the run up to it.
struct SegmentationCell {
    /// The lexicon's id and position bits of the syllable, or ``Segmenter/unknown``.
    var syllable: UInt32
    /// Length in tokens of the last word of the best segmentation ending here.
    var back: Int32
    /// Score of the best segmentation ending here.
    var best: Float
}

extension Segmenter {
    /// Score of a word of `length` syllables with lexicon weight `weight`.
    @inline(__always)
    static func score(length: Int, weight: Float) -> Float {
        Float(length * length) * weight
    }

    /// The weight of a proper-name candidate (a run of capitalised syllables).
    static let nameWeight: Float = 1.05

    static let unknown = UInt32.max

    /// Segments the word tokens `tokens[run]` by dynamic programming over lexicon and name candidates.
    func segmentRun(
        _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ keys: UnsafeBufferPointer<UInt64>,
        _ run: Range<Int>, _ cells: UnsafeMutableBufferPointer<SegmentationCell>, into words: inout [Word]
    ) {
        let count = run.count
        if count == 1 {
            words.append(Word(tokens, run))
            return
        }
        let tables = CharacterTables.pointers
        for offset in 0..<count {
            let index = run.lowerBound + offset
            let recorded = index < keys.count ? keys[index] : 0
            let key = recorded != 0 ? recorded : Self.syllableHash(bytes, tokens[index], tables)
            let syllable = lexicon.syllableValue(normalizedHash: key) ?? Self.unknown
            cells[offset] = SegmentationCell(syllable: syllable, back: 0, best: -.infinity)
        }
        cells[count] = SegmentationCell(syllable: Self.unknown, back: 0, best: -.infinity)
        cells[0].best = 0
        let sentenceStart = run.lowerBound == 0 || Self.endsSentence(bytes, tokens[run.lowerBound - 1])
        for start in 0..<count {
            let base = cells[start].best
            relax(cells, start + 1, base + 1, 1)
            let first = cells[start].syllable
            if first != Self.unknown, first & Lexicon.beginsWord != 0 {
                var key = SyllableKey.extend(SyllableKey.wordSeed, first & Lexicon.idMask)
                var end = start + 1
                // A lower-case syllable does not join a capitalised one: "anh Hùng" is a title and
                // a name, not "anh hùng" (hero).
                let lowercaseStart = !tokens[run.lowerBound + start].flags.contains(.capitalized)
                while end < count {
                    let value = cells[end].syllable
                    if value == Self.unknown || value & Lexicon.continuesWord == 0 { break }
                    if lowercaseStart, tokens[run.lowerBound + end].flags.contains(.capitalized) { break }
                    key = SyllableKey.extend(key, value & Lexicon.idMask)
                    guard let entry = lexicon.entry(key) else { break }
                    end += 1
                    if entry.isWord, entry.weight > 0 {
                        relax(cells, end, base + Self.score(length: end - start, weight: entry.weight), Int32(end - start))
                    }
                    if !entry.isPrefix { break }
                }
            }
            // Proper names: a run of capitalised syllables, not counting a capitalised first word of
            // a sentence (usually capitalised only for being first) unless it is a family name
            // ("Nguyễn Văn An nói"), nor acronyms ("UBND", "TP").
            if Self.isNamePart(tokens[run.lowerBound + start]),
                !(start == 0 && sentenceStart) || Self.beginsPersonalName(bytes, tokens, keys, run)
            {
                var end = start + 1
                while end < count, Self.isNamePart(tokens[run.lowerBound + end]) {
                    end += 1
                    relax(cells, end, base + Self.score(length: end - start, weight: Self.nameWeight), Int32(end - start))
                }
            }
        }
        // Walk back and emit words in order. Reversed in the array's own buffer:
        // `words[firstNew...].reverse()` copied the slice into a new buffer on every run.
        let firstNew = words.count
        var end = count
        while end > 0 {
            let length = Int(cells[end].back)
            words.append(Word(tokens, run.lowerBound + end - length..<run.lowerBound + end))
            end -= length
        }
        words.withUnsafeMutableBufferPointer { $0[firstNew...].reverse() }
    }

    @inline(__always)
    private func relax(
        _ cells: UnsafeMutableBufferPointer<SegmentationCell>, _ end: Int, _ score: Float, _ length: Int32
    ) {
        if score > cells[end].best {
            cells[end].best = score
            cells[end].back = length
        }
    }

    /// Family names that start most Vietnamese personal names (general knowledge, not a data set).
    static let familyNames: [String] = [
        "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
        "dương", "lý", "đinh", "đào", "đoàn", "trương", "lâm", "trịnh", "lưu", "tạ", "quách", "lương", "vương",
        "thái", "tôn", "kiều", "chu", "triệu", "mạc", "nghiêm", "khổng", "giang", "hứa", "doãn", "lại",
    ]

    /// The syllable keys (``SyllableKey/hash(_:)``, the tokenizer's per-token key) of every form a
    /// family name takes once lower-cased: either tone placement, and "ð" (from "Ð", U+00D0, which
    /// stands in for "Đ" in some texts) for "đ". Keys, not strings, because the question is asked
    /// at every capitalised sentence start and building a `String` for it cost more than the rest
    /// of segmenting the run.
    static let familyNameKeys: Set<UInt64> = Set(
        familyNames.flatMap { name -> [UInt64] in
            let forms = [TonePlacement.lookupKey(name), TonePlacement.convert(TonePlacement.lookupKey(name), to: .old)]
            return forms.flatMap { form in [form, String(form.map { $0 == "đ" ? "ð" : $0 })] }.map(SyllableKey.hash)
        })

    /// Whether the run starts with a family name followed by another capitalised syllable.
    static func beginsPersonalName(
        _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ keys: UnsafeBufferPointer<UInt64>,
        _ run: Range<Int>
    ) -> Bool {
        guard run.count >= 2, isNamePart(tokens[run.lowerBound + 1]) else { return false }
        let first = tokens[run.lowerBound]
        let known = run.lowerBound < keys.count ? keys[run.lowerBound] : 0
        return familyNameKeys.contains(known != 0 ? known : syllableHash(bytes, first, CharacterTables.pointers))
    }

    @inline(__always)
    static func isNamePart(_ token: Token) -> Bool {
        token.flags.contains(.capitalized)
            && !(token.flags.contains(.allCaps) && token.utf8Range.count > 1)
    }

    /// The syllable key of a word token computed from its bytes (what the tokenizer records as its
    /// lexicon key): lower-cased on the bytes, or composed first when it holds combining marks.
    @inline(__always)
    static func syllableHash(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token, _ tables: CharacterTables.Pointers) -> UInt64 {
        let range = token.utf8Range
        if let fast = SyllableKey.hash(bytes, range.lowerBound, range.upperBound, tables: tables) { return fast }
        return SyllableKey.normalizedHash(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
    }

    /// Whether a token ends a sentence or opens a quotation, so the next word is capitalised for
    /// position, not because it is a name.
    static func endsSentence(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        switch bytes[token.utf8Range.lowerBound] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "\""),
            UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: "'"), 0xE2:
            return true
        default:
            return false
        }
    }
}
