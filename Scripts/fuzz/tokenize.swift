// Target "tokenize": Tokenizer, Segmenter and NumberParser.scan(TokenizedText).
import VietNLP

let tokenizer = Tokenizer()
let segmenter = Segmenter()
let parser = NumberParser()

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
