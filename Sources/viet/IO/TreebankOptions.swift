import ArgumentParser

/// The gold treebanks that `viet eval segment` and `viet eval sentences` score against, and what
/// to do with bad bytes in them and in a predicted file.
struct TreebankOptions: ParsableArguments {
    @Argument(help: "Gold CoNLL-U files (scored together).")
    var gold: [String] = []

    @Flag(help: "Replace invalid UTF-8 with U+FFFD instead of stopping with an error.")
    var lossy = false

    func validate() throws {
        if gold.isEmpty { throw ValidationError("give at least one CoNLL-U file") }
    }

    /// Each gold file's path and whole text, in order.
    func documents() throws -> [(path: String, text: String)] {
        try gold.map { path in
            let reader = try LineReader(path: path)
            var text = ""
            while let line = try reader.nextLine(lossy: lossy) {
                text += line
                text += "\n"
            }
            return (path, text)
        }
    }
}
