// Target "tokenize": Tokenizer, SentenceSplitter, Segmenter and NumberParser.scan(TokenizedText).
import VietNLP

let tokenizer = Tokenizer()
let segmenter = Segmenter()
let parser = NumberParser()
let splitter = SentenceSplitter()

@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = fuzzText(data, size)
    let tokenized = tokenizer.tokenize(text)
    var previousEnd = 0
    for token in tokenized.tokens {
        checkRanges(utf8Range: token.utf8Range, scalarRange: token.scalarRange, in: text, what: "token")
        require(token.utf8Range.lowerBound >= previousEnd, "tokens overlap or go backwards at \(token.utf8Range)")
        previousEnd = token.utf8Range.upperBound
        _ = tokenized.text(of: token)
    }
    // Sentences cover the tokens in order, each at least one, none twice.
    var nextToken = 0
    for sentence in splitter.sentences(in: tokenized) {
        checkRanges(utf8Range: sentence.utf8Range, scalarRange: sentence.scalarRange, in: text, what: "sentence")
        require(sentence.tokenRange.lowerBound == nextToken && !sentence.tokenRange.isEmpty,
                "sentence tokenRange \(sentence.tokenRange) after token \(nextToken)")
        nextToken = sentence.tokenRange.upperBound
    }
    require(nextToken == tokenized.tokens.count, "sentences end at token \(nextToken) of \(tokenized.tokens.count)")
    let segmented = segmenter.segment(tokenized)
    for word in segmented.words {
        checkRanges(utf8Range: word.utf8Range, scalarRange: nil, in: text, what: "word")
        require(word.tokenRange.lowerBound >= 0 && word.tokenRange.upperBound <= tokenized.tokens.count,
                "word tokenRange \(word.tokenRange) outside \(tokenized.tokens.count) tokens")
        _ = segmented.text(of: word)
    }
    _ = segmented.vlsp
    for expression in parser.scan(tokenized) {
        checkRanges(utf8Range: expression.utf8Range, scalarRange: expression.scalarRange, in: text, what: "scan")
        if let range = expression.tokenRange {
            require(range.lowerBound >= 0 && range.upperBound <= tokenized.tokens.count,
                    "scan tokenRange \(range) outside \(tokenized.tokens.count) tokens")
        }
        _ = expression.attributes
    }
    return 0
}
