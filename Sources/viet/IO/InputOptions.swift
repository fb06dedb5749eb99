import ArgumentParser

/// The options every line-oriented subcommand shares: input files and what to do with bad bytes.
struct InputOptions: ParsableArguments {
    @Argument(help: "Input files (UTF-8). Standard input when none are given.")
    var files: [String] = []

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of stopping with an error.")
    var lossy = false

    /// Runs `body` for every line of every input, in order, with a 1-based line number per input and
    /// the input's path as given ("-" for standard input).
    func forEachLine(_ body: (_ line: String, _ lineNumber: Int, _ path: String) throws -> Void) throws {
        let sources = files.isEmpty ? ["-"] : files
        let lossy = lossy  // read once: a property-wrapper access per line cost ~400 instructions
        for path in sources {
            let reader = try LineReader(path: path)
            var number = 0
            while let line = try reader.nextLine(lossy: lossy) {
                number += 1
                try body(line, number, path)
            }
        }
    }
}
