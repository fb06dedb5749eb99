import ArgumentParser

/// `viet eval`: measure VietNLP against gold data.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate against gold data (word segmentation, sentences, extraction).",
        discussion: """
            Examples:
              viet eval segment ../shared/data/ud-vtb/vi_vtb-ud-test.conllu
            """,
        subcommands: [EvalSegmentCommand.self, EvalSentencesCommand.self, EvalExtractCommand.self]
    )
}
