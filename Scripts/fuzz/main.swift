// The entry point of every harness (copied into each target by Scripts/fuzz.sh). SwiftPM builds the
// plugin tools with the same flags, so the harnesses cannot rely on libFuzzer's own main() (that
// needs -parse-as-library, which breaks the EmbedRules tool's top-level code): this main hands the
// command line to libFuzzer's driver with the harness's `LLVMFuzzerTestOneInput`.
//
// With FUZZ_SLOW_MS=<n> in the environment, every input that takes longer than n ms is reported on
// stderr ("slow input: …"), e.g. when replaying a corpus with -runs=0 (times include the sanitizers).
#if canImport(Glibc)
import Glibc
#endif

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

let slowMilliseconds: Int? = getenv("FUZZ_SLOW_MS").flatMap { Int(String(cString: $0)) }

func timedTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let slowMilliseconds else { return LLVMFuzzerTestOneInput(data, size) }
    let start = ContinuousClock.now
    let result = LLVMFuzzerTestOneInput(data, size)
    let elapsed = ContinuousClock.now - start
    if elapsed > .milliseconds(slowMilliseconds) {
        let (seconds, attoseconds) = elapsed.components
        let milliseconds = Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
        let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
        var line = "slow input: \(milliseconds) ms, \(size) bytes: \(text.debugDescription)\n"
        line.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }
    return result
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv, { data, size in timedTestOneInput(data, size) }))
