/// Reusable scratch space for one segmentation pass.
struct SegmentationState {
    var syllableIDs: [UInt32] = []
    var best: [Float] = []
    var back: [Int32] = []
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
        _ bytes: UnsafeBufferPointer<UInt8>, _ tokens: [Token], _ run: Range<Int>, into words: inout [Word],
        state: inout SegmentationState
    ) {
        let count = run.count
        if count == 1 {
            words.append(Word(tokens, run))
            return
        }
        state.syllableIDs.removeAll(keepingCapacity: true)
        let tables = CharacterTables.pointers
        for index in run {
            state.syllableIDs.append(syllableID(bytes, tokens[index], tables))
        }
        state.best.removeAll(keepingCapacity: true)
        state.best.append(contentsOf: repeatElement(-Float.infinity, count: count + 1))
        state.back.removeAll(keepingCapacity: true)
        state.back.append(contentsOf: repeatElement(0, count: count + 1))
        state.best[0] = 0
        let sentenceStart = run.lowerBound == 0 || Self.endsSentence(bytes, tokens[run.lowerBound - 1])
        for start in 0..<count {
            let base = state.best[start]
            relax(&state, start + 1, base + 1, 1)
            let first = state.syllableIDs[start]
            if first != Self.unknown, first & Lexicon.beginsWord != 0 {
                var key = SyllableKey.extend(SyllableKey.wordSeed, first & Lexicon.idMask)
                var end = start + 1
                while end < count {
                    let value = state.syllableIDs[end]
                    if value == Self.unknown || value & Lexicon.continuesWord == 0 { break }
                    key = SyllableKey.extend(key, value & Lexicon.idMask)
                    guard let entry = lexicon.entry(key) else { break }
                    end += 1
                    if entry.isWord, entry.weight > 0 {
                        relax(&state, end, base + Self.score(length: end - start, weight: entry.weight), Int32(end - start))
                    }
                    if !entry.isPrefix { break }
                }
            }
            // Proper names: a run of capitalised syllables, not counting a capitalised first word of
            // a sentence (usually capitalised only for being first) nor acronyms ("UBND", "TP").
            if Self.isNamePart(tokens[run.lowerBound + start]), !(start == 0 && sentenceStart) {
                var end = start + 1
                while end < count, Self.isNamePart(tokens[run.lowerBound + end]) {
                    end += 1
                    relax(&state, end, base + Self.score(length: end - start, weight: Self.nameWeight), Int32(end - start))
                }
            }
        }
        // Walk back and emit words in order.
        let firstNew = words.count
        var end = count
        while end > 0 {
            let length = Int(state.back[end])
            words.append(Word(tokens, run.lowerBound + end - length..<run.lowerBound + end))
            end -= length
        }
        words[firstNew...].reverse()
    }

    @inline(__always)
    private func relax(_ state: inout SegmentationState, _ end: Int, _ score: Float, _ length: Int32) {
        if score > state.best[end] {
            state.best[end] = score
            state.back[end] = length
        }
    }

    @inline(__always)
    static func isNamePart(_ token: Token) -> Bool {
        token.flags.contains(.capitalized)
            && !(token.flags.contains(.allCaps) && token.utf8Range.count > 1)
    }

    /// The lexicon's id and position bits of a word token's syllable, or ``unknown``.
    @inline(__always)
    func syllableID(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Token, _ tables: CharacterTables.Pointers) -> UInt32 {
        let range = token.utf8Range
        let hash: UInt64
        if let fast = SyllableKey.hash(bytes, range.lowerBound, range.upperBound, tables: tables) {
            hash = fast
        } else {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            hash = SyllableKey.normalizedHash(text)
        }
        return lexicon.syllableValue(normalizedHash: hash) ?? Self.unknown
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
