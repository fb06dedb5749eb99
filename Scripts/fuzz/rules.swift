// Target "rules": compiles arbitrary rule source (errors are diagnostics, never crashes); a rule set
// that compiles is then run over a few lines through the whole Analyzer.
import VietNLP

let lines = [
    "Nghị quyết số 17/NQ-CP ngày 7-3-2019 của Chính phủ về tổng doanh thu đạt 735,3 tỷ đồng.",
    "Ông Nguyễn Văn An, sinh năm 1970, trú tại xã Tân Phú, huyện Đồng Xuân, tỉnh Phú Yên; từ 3 đến 5 năm tù",
    "Điều 12. Khoản 2 Điều 5 Luật số 45/2019/QH14; 1.099 người, 30% , 2 km/h, từ ngày 1/1/2020",
]

@_cdecl("LLVMFuzzerTestOneInput")
public func LLVMFuzzerTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = fuzzText(data, size)
    let rules: RuleSet
    do {
        rules = try RuleSet(source: source, path: "fuzz.rules")
    } catch {
        _ = error.description
        return 0
    }
    _ = rules.warnings.map(\.description)
    let session = Analyzer(rules: rules).makeSession()
    for line in lines {
        for match in session.analyze(line).matches {
            let scalars = line.unicodeScalars.count
            require(match.scalarRange.lowerBound >= 0 && match.scalarRange.upperBound <= scalars,
                    "match \(match.label) at \(match.scalarRange) outside \(scalars) scalars")
            _ = match.description
        }
    }
    return 0
}
