// The timing loop of Scripts/scan-ab.sh, built once per revision against that revision's VietNLP.
//
//     scan-ab FILE PASSES
//
// Prints the best of PASSES passes over FILE's lines of tokenize + segment, and of tokenize +
// segment + number scan, run in alternation in one process, and the scan's share: the
// NumberBenchmarks rows, without the benchmark package's start-up, so that two revisions can be
// timed in turn in the same minute on a shared machine.
import Foundation
import VietNLP

let arguments = CommandLine.arguments
guard arguments.count == 3, let passes = Int(arguments[2]), passes > 0 else {
    FileHandle.standardError.write(Data("usage: scan-ab FILE PASSES\n".utf8))
    exit(64)
}
let text: String
do {
    text = try String(contentsOfFile: arguments[1], encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("scan-ab: cannot read \(arguments[1]): \(error)\n".utf8))
    exit(66)
}
let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
let tokenizer = Tokenizer()
let segmenter = Segmenter()
let parser = NumberParser()
// Results feed this so that no pass can be optimised away.
var checksum = 0

func milliseconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
}

var segmentOnly = Double.infinity
var withScan = Double.infinity
for _ in 0..<passes {
    segmentOnly = min(segmentOnly, milliseconds {
        for line in lines { checksum &+= segmenter.segment(tokenizer.tokenize(line)).words.count }
    })
    withScan = min(withScan, milliseconds {
        for line in lines {
            let tokenized = tokenizer.tokenize(line)
            checksum &+= segmenter.segment(tokenized).words.count
            checksum &+= parser.scan(tokenized).count
        }
    })
}
print(String(
    format: "tokenize+segment %.1f ms  +scan %.1f ms  scan %.1f ms  ratio %.3f  (checksum %d)",
    segmentOnly, withScan, withScan - segmentOnly, segmentOnly / withScan, checksum))
