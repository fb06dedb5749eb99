import Testing

@testable import VietTokenizer

/// The package entry points that refill a caller's arrays (`tokenize(_:reusingTokens:keys:)`,
/// `segment(_:reusing:scratch:)`): same results as the public ones, storage reused only when no
/// result still holds it.
@Suite struct RecyclingTests {
    static let first = "Nghị quyết số 17/NQ-CP ngày 7-3-2019 của Chính phủ về chuyển đổi số"
    static let second = "Sở Thông tin và Truyền thông tỉnh Cao Bằng"

    @Test func tokenizingIntoHeldArraysLeavesTheEarlierResultAlone() {
        let tokenizer = Tokenizer()
        var tokens: [Token] = []
        var keys: [UInt64] = []
        let first = tokenizer.tokenize(Self.first, reusingTokens: &tokens, keys: &keys)
        let second = tokenizer.tokenize(Self.second, reusingTokens: &tokens, keys: &keys)
        #expect(first.tokens == tokenizer.tokenize(Self.first).tokens)
        #expect(first.lexiconKeys == tokenizer.tokenize(Self.first).lexiconKeys)
        #expect(second.tokens == tokenizer.tokenize(Self.second).tokens)
        #expect(second.lexiconKeys == tokenizer.tokenize(Self.second).lexiconKeys)
        #expect(tokens == second.tokens)
        #expect(tokenizer.tokenize("", reusingTokens: &tokens, keys: &keys).tokens.isEmpty)
    }

    @Test func tokenizingReusesStorageNobodyElseHolds() {
        let tokenizer = Tokenizer()
        var tokens: [Token] = []
        var keys: [UInt64] = []
        _ = tokenizer.tokenize(Self.first, reusingTokens: &tokens, keys: &keys)
        let storage = tokens.withUnsafeBufferPointer { $0.baseAddress }
        let second = tokenizer.tokenize(Self.second, reusingTokens: &tokens, keys: &keys)
        #expect(second.tokens.withUnsafeBufferPointer { $0.baseAddress } == storage)
        #expect(second.tokens == tokenizer.tokenize(Self.second).tokens)
    }

    @Test func segmentingIntoHeldArraysLeavesTheEarlierResultAlone() {
        let segmenter = Segmenter()
        var words: [Word] = []
        var scratch = SegmentationScratch()
        let first = segmenter.segment(segmenter.tokenizer.tokenize(Self.first), reusing: &words, scratch: &scratch)
        let second = segmenter.segment(segmenter.tokenizer.tokenize(Self.second), reusing: &words, scratch: &scratch)
        #expect(first.words == segmenter.segment(Self.first).words)
        #expect(first.vlsp == segmenter.segment(Self.first).vlsp)
        #expect(second.vlsp == "Sở Thông_tin và Truyền_thông tỉnh Cao_Bằng")
        #expect(words == second.words)
        let storage = words.withUnsafeBufferPointer { $0.baseAddress }
        _ = consume first
        _ = consume second
        let third = segmenter.segment(segmenter.tokenizer.tokenize(Self.second), reusing: &words, scratch: &scratch)
        #expect(third.words.withUnsafeBufferPointer { $0.baseAddress } == storage)
        #expect(third.vlsp == "Sở Thông_tin và Truyền_thông tỉnh Cao_Bằng")
    }

    /// Lines past what the stack takes are segmented in the caller's scratch: as on the stack, and
    /// in the room the first long line left (a shorter long line allocates none).
    @Test func longLinesAreSegmentedInTheScratch() {
        let segmenter = Segmenter()
        let long = Array(repeating: Self.first, count: 3).joined(separator: " và ")
        let shorter = Array(repeating: Self.second, count: 3).joined(separator: ", ")
        let tokenized = [long, shorter].map { segmenter.tokenizer.tokenize($0) }
        #expect(tokenized.allSatisfy { $0.tokens.count > Segmenter.stackTokenLimit })
        var words: [Word] = []
        var scratch = SegmentationScratch()
        let first = segmenter.segment(tokenized[0], reusing: &words, scratch: &scratch)
        let room = scratch.words.withUnsafeBufferPointer { $0.baseAddress }
        let cells = scratch.cells.withUnsafeBufferPointer { $0.baseAddress }
        #expect(scratch.words.count == tokenized[0].tokens.count && scratch.cells.count == tokenized[0].tokens.count + 1)
        let second = segmenter.segment(tokenized[1], reusing: &words, scratch: &scratch)
        #expect(scratch.words.withUnsafeBufferPointer { $0.baseAddress } == room)
        #expect(scratch.cells.withUnsafeBufferPointer { $0.baseAddress } == cells)
        #expect(first.vlsp == segmenter.segment(long).vlsp)
        #expect(first.words == segmenter.segment(tokenized[0]).words)
        #expect(second.words == segmenter.segment(tokenized[1]).words)
        #expect(second.vlsp == Array(repeating: "Sở Thông_tin và Truyền_thông tỉnh Cao_Bằng", count: 3).joined(separator: " , "))
    }
}
