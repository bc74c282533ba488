import SBO

/// `sbo codebook`: drafts a codebook from an observations export (``CodebookDraft``).
enum CodebookCommand: Command {
    static let spec = CommandSpec(
        name: "codebook",
        abstract: "Draft a codebook from an observations export, to check in advance.",
        discussion: """
            Reads a KoboToolbox, ODK Central or spreadsheet export and writes one row per \
            column: its name as in the export, the meaning sbo gives it (station_id, \
            indicator, count, ballots_cast, registered_voters, votes:NAME, time, ignore), a \
            label for each indicator, its polarity (irregularity: yes is bad news; good: yes is \
            what should happen), empty yes and no columns for extra answer words (separated by \
            |), and the column's distinct answers with their counts (values, ignored when read \
            back). Answers read as yes/no in any letter case: \(AnswerVocabulary.standardSummary). \
            Correct it — meanings, labels, polarity of questions such as "secrecy \
            respected", answer words in your language — and pass it to estimate, compare and \
            report with --codebook. Without --out the draft goes to standard output.
            """,
        options: [
            ObservationInput.observationsFile, ObservationInput.idColumn,
            ObservationInput.timeColumn,
            .value("out", "codebook.csv", "Where to write the draft."),
            .force,
        ],
        examples: [
            "sbo codebook --observations Data/azerbaijan-2024/observations.csv --out codebook.csv",
            "# Then, after checking it:",
            "sbo estimate --sample Data/azerbaijan-2024/sample.csv --observations Data/azerbaijan-2024/observations.csv --codebook codebook.csv",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let out = arguments.string("out")
        let force = arguments.flag("force")
        let input = arguments.required("observations")
        if let out { try OutputFile.checkWritable([out], force: force, inputs: [input]) }
        let draft = try CodebookDraft(
            table: try CSVReader.read(path: input, removingFormulaGuard: false),
            idColumn: arguments.string("id-column") ?? SampleDesign.defaultIDColumn,
            timeColumn: arguments.string("time-column"))
        if let out {
            try OutputFile.write(draft.csv, to: out, force: force, inputs: [input])
            console.writeError("wrote \(out): \(draft.codebook.entries.count) columns; check every meaning, label and polarity before using it with --codebook\n")
        } else {
            console.write(String(decoding: draft.csv, as: UTF8.self))
        }
        return .success
    }
}
