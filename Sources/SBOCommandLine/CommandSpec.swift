/// What a command is, which options and operands it takes, and how it is explained.
struct CommandSpec: Sendable {
    /// The subcommand word, e.g. `sample`.
    let name: String
    /// One line for `sbo --help`.
    let abstract: String
    /// The paragraph(s) under OVERVIEW in the command's own help.
    let discussion: String
    /// Positional operands in order, e.g. `FRAME.csv`, with their help.
    let operands: [(name: String, help: String)]
    /// Options in the order they are listed in help.
    let options: [OptionSpec]
    /// Worked examples on the bundled data, each a command line, optionally with a comment.
    let examples: [String]

    init(
        name: String, abstract: String, discussion: String,
        operands: [(name: String, help: String)] = [], options: [OptionSpec],
        examples: [String]
    ) {
        self.name = name
        self.abstract = abstract
        self.discussion = discussion
        self.operands = operands
        self.options = options
        self.examples = examples
    }

    func option(named name: String) -> OptionSpec? {
        options.first { $0.name == name }
    }
}
