import Testing
import VietTokenizer

/// The package entry points that refill a caller's arrays (`tokenize(_:reusingTokens:keys:)`,
/// `segment(_:reusing:)`): same results as the public ones, storage reused only when no result
/// still holds it.
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
        let first = segmenter.segment(segmenter.tokenizer.tokenize(Self.first), reusing: &words)
        let second = segmenter.segment(segmenter.tokenizer.tokenize(Self.second), reusing: &words)
        #expect(first.words == segmenter.segment(Self.first).words)
        #expect(first.vlsp == segmenter.segment(Self.first).vlsp)
        #expect(second.vlsp == "Sở Thông_tin và Truyền_thông tỉnh Cao_Bằng")
        #expect(words == second.words)
        let storage = words.withUnsafeBufferPointer { $0.baseAddress }
        _ = consume first
        _ = consume second
        let third = segmenter.segment(segmenter.tokenizer.tokenize(Self.second), reusing: &words)
        #expect(third.words.withUnsafeBufferPointer { $0.baseAddress } == storage)
        #expect(third.vlsp == "Sở Thông_tin và Truyền_thông tỉnh Cao_Bằng")
    }
}
