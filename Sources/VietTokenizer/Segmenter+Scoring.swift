import VietText

/// One position of the segmenter's dynamic programme: the syllable at this token and the best
/// segmentation of the run up to it.
struct SegmentationCell {
    /// The lexicon's id and position bits of the syllable, or ``Segmenter/unknown``.
    var syllable: UInt32
    /// ``Segmenter/capitalizedBit`` and ``Segmenter/namePartBit`` of the token, read once here
    /// rather than from the token at every candidate that looks at it.
    var shape: UInt8
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

    /// The syllable value of a token the lexicon does not know: neither of the position bits
    /// (``Lexicon/beginsWord``, ``Lexicon/continuesWord``) set, so the tests for those bits rule it
    /// out without a test of their own.
    static let unknown: UInt32 = 0x3F00_0000

    /// ``SegmentationCell/shape``: the token is capitalised.
    static let capitalizedBit: UInt8 = 1
    /// ``SegmentationCell/shape``: the token may be part of a proper name (``isNamePart(_:)``).
    static let namePartBit: UInt8 = 2
    /// ``SegmentationCell/shape``: a family name that starts a personal name inside a longer run
    /// of name parts (``markInnerFamilyNames(_:_:_:_:_:_:)``); no name candidate runs on into it.
    static let innerFamilyNameBit: UInt8 = 4

    /// Segments the word tokens `tokens[run]` (at least two) by dynamic programming over lexicon
    /// and name candidates, writing the words into `output` from `written` on; returns the new
    /// number of words written.
    func segmentRun(
        _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ keys: UnsafeBufferPointer<UInt64>,
        _ run: Range<Int>, _ cells: UnsafeMutableBufferPointer<SegmentationCell>,
        into output: UnsafeMutableBufferPointer<Word>, at written: Int
    ) -> Int {
        let count = run.count
        // The run's first syllable key, for the family-name test of a sentence's first word.
        var firstKey: UInt64 = 0
        // How many name parts end at the current token (a family name inside a long run of them
        // is looked for once the run has ended).
        var nameParts = 0
        for offset in 0..<count {
            let index = run.lowerBound &+ offset
            let token = tokens[index]
            var key = index < keys.count ? keys[index] : 0
            if key == 0 { key = Self.syllableHash(bytes, token, CharacterTables.pointers) }
            if offset == 0 { firstKey = key }
            let syllable = lexicon.syllableValue(normalizedHash: key) ?? Self.unknown
            let shape =
                token.flags.contains(.capitalized)
                ? (Self.isNamePart(token) ? Self.capitalizedBit | Self.namePartBit : Self.capitalizedBit) : 0
            cells[offset] = SegmentationCell(syllable: syllable, shape: shape, back: 0, best: -.infinity)
            if shape & Self.namePartBit != 0 {
                nameParts &+= 1
            } else {
                if nameParts >= 5 { markInnerFamilyNames(bytes, tokens, keys, run.lowerBound, cells, (offset &- nameParts)..<offset) }
                nameParts = 0
            }
        }
        if nameParts >= 5 { markInnerFamilyNames(bytes, tokens, keys, run.lowerBound, cells, (count &- nameParts)..<count) }
        // A sentinel: no word continues into it and no name extends into it, so the loops below
        // stop at the run's end without testing for it.
        cells[count] = SegmentationCell(syllable: Self.unknown, shape: 0, back: 0, best: -.infinity)
        cells[0].best = 0
        for start in 0..<count {
            let cell = cells[start]
            let base = cell.best
            relax(cells, start &+ 1, base + 1, 1)
            let first = cell.syllable
            if first & Lexicon.beginsWord != 0 {
                var key = SyllableKey.extend(SyllableKey.wordSeed, first & Lexicon.idMask)
                var end = start &+ 1
                // A lower-case syllable does not join a capitalised one: "anh Hùng" is a title and
                // a name, not "anh hùng" (hero).
                let lowercaseStart = cell.shape & Self.capitalizedBit == 0
                while true {
                    let next = cells[end]
                    if next.syllable & Lexicon.continuesWord == 0 { break }
                    if lowercaseStart, next.shape & Self.capitalizedBit != 0 { break }
                    key = SyllableKey.extend(key, next.syllable & Lexicon.idMask)
                    guard let entry = lexicon.entry(key) else { break }
                    end &+= 1
                    if entry.isWord, entry.weight > 0 {
                        relax(cells, end, base + Self.score(length: end &- start, weight: entry.weight), Int32(truncatingIfNeeded: end &- start))
                    }
                    if !entry.isPrefix { break }
                }
            }
            // Proper names: a run of capitalised syllables, not counting a capitalised first word of
            // a sentence (usually capitalised only for being first) unless it is a family name
            // ("Nguyễn Văn An nói"), nor acronyms ("UBND", "TP").
            if cell.shape & Self.namePartBit != 0,
                start != 0 || run.lowerBound != 0 && !Self.endsSentence(bytes, tokens[run.lowerBound &- 1])
                    || cells[1].shape & Self.namePartBit != 0 && Self.familyNameKeys.contains(firstKey)
            {
                var end = start &+ 1
                while cells[end].shape & (Self.namePartBit | Self.innerFamilyNameBit) == Self.namePartBit {
                    end &+= 1
                    relax(cells, end, base + Self.score(length: end &- start, weight: Self.nameWeight), Int32(truncatingIfNeeded: end &- start))
                }
            }
        }
        // The best segmentation is read from its end: one walk back counts its words, a second
        // writes them, last word first, into their final places (no reversal afterwards).
        var wordCount = 0
        var end = count
        while end > 0 {
            end &-= Int(cells[end].back)
            wordCount &+= 1
        }
        var slot = written &+ wordCount
        end = count
        while end > 0 {
            let length = Int(cells[end].back)
            slot &-= 1
            output.initializeElement(at: slot, to: Word(tokens, run.lowerBound &+ end &- length, run.lowerBound &+ end))
            end &-= length
        }
        return written &+ wordCount
    }

    /// Marks with ``innerFamilyNameBit`` each family name in the run of name parts `cells[parts]`
    /// (at least five) that has two or more name parts before it and two or more after it, so that
    /// it starts a name of three syllables or more: "Lâm Đồng Nguyễn Văn Đẳng" is a province and a
    /// person, "Việt Nam Võ Văn Kiệt" a country and a person, "Cảnh Thịnh Đế Nguyễn Quang Toản" an
    /// emperor's title and his name, not one name of five or six syllables. A shorter run is left
    /// alone: "Nguyễn Thị Hoàng Anh" and "Trần Văn Lâm" are one person each, though "Hoàng" and
    /// "Lâm" are family names too. UD-VTB dev: +6 correct words; 1 MB of Wikipedia: 15 runs split,
    /// all but one ("Hán Trung Vương | Lưu Bị" becomes "Hán Trung | Vương Lưu Bị") rightly.
    @inline(never)
    func markInnerFamilyNames(
        _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: UnsafeBufferPointer<Token>, _ keys: UnsafeBufferPointer<UInt64>,
        _ runStart: Int, _ cells: UnsafeMutableBufferPointer<SegmentationCell>, _ parts: Range<Int>
    ) {
        for offset in (parts.lowerBound &+ 2)...(parts.upperBound &- 3) {
            let index = runStart &+ offset
            var key = index < keys.count ? keys[index] : 0
            if key == 0 { key = Self.syllableHash(bytes, tokens[index], CharacterTables.pointers) }
            if Self.familyNameKeys.contains(key) {
                cells[offset].shape |= Self.innerFamilyNameBit
            }
        }
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
