import ArgumentParser

/// `viet`: every VietNLP capability one shell line away.
@main
struct Viet: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "viet",
        abstract: "Vietnamese text processing: normalise, fold, tokenise, segment, parse numbers, extract facts.",
        discussion: """
            Every subcommand reads the files it is given, or standard input when there are none, line by line \
            in bounded memory, and writes one output line per input line unless its help says otherwise.
            Invalid UTF-8 stops with the file name and byte offset (exit code 65) unless --lossy is given.
            """,
        version: "0.1.0",
        subcommands: [
            NormalizeCommand.self,
            FoldCommand.self,
            SyllableCommand.self,
            TokenizeCommand.self,
            SentencesCommand.self,
            SegmentCommand.self,
            NumberCommand.self,
            ExtractCommand.self,
            EvalCommand.self,
            RulesCommand.self,
            ExplainCommand.self,
        ]
    )
}
