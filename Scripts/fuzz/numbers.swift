// Target "numbers": NumberParser.parse and NumberParser.scan(String) on arbitrary bytes.
import VietNLP

let parsers = [
    NumberParser(),
    NumberParser(options: .init(decimalStyle: .english, referenceDate: CalendarDate(year: 2024, month: 2, day: 29))),
    NumberParser(options: .init(decimalStyle: .vietnamese)),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = fuzzText(data, size)
    for parser in parsers {
        if let expression = try? parser.parse(text) {
            checkRanges(utf8Range: expression.utf8Range, scalarRange: expression.scalarRange, in: text, what: "parse")
            _ = expression.attributes
            _ = expression.text
        }
    }
    var previousEnd = 0
    for expression in parsers[0].scan(text) {
        checkRanges(utf8Range: expression.utf8Range, scalarRange: expression.scalarRange, in: text, what: "scan")
        require(expression.utf8Range.lowerBound >= previousEnd, "scan: expressions overlap or go backwards at \(expression.utf8Range)")
        require(expression.text == slice(text, expression.utf8Range), "scan: text \(expression.text.debugDescription) is not the input at \(expression.utf8Range)")
        previousEnd = expression.utf8Range.upperBound
        _ = expression.attributes
    }
    return 0
}
