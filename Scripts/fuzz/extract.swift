// Target "extract": the `viet extract` line extractor with the shipped rules, on arbitrary lines.
import VietNLP

nonisolated(unsafe) let extractor = try! ExtractionPipeline(rulesDirectory: nil).makeExtractor()

@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = fuzzText(data, size)
    let scalars = text.unicodeScalars.count
    for record in extractor.records(in: text, lineNumber: 1) {
        require(0 <= record.start && record.start <= record.end && record.end <= scalars,
                "record \(record.label) at \(record.start)..<\(record.end) outside \(scalars) scalars")
        _ = record.jsonLine
    }
    return 0
}
