import SBO

/// The `sbo` command-line tool, runnable in-process.
///
/// `main(arguments:console:)` is the one place where errors become a line on standard error
/// (`error: ...`) and an exit status (SPEC "Exit codes and errors").
public enum CommandLineTool {
    /// The tool's version, printed by `sbo --version` and written into manifests.
    public static let version = SBOVersion.current

    /// Every subcommand, in the order `sbo --help` lists them.
    static let commands: [CommandEntry] = [
        CommandEntry("frame", spec: { FrameCommand.spec }, run: FrameCommand.run),
        CommandEntry("plan", spec: { PlanCommand.spec }, run: PlanCommand.run),
        CommandEntry("sample", spec: { SampleCommand.spec }, run: SampleCommand.run),
        CommandEntry("verify", spec: { VerifyCommand.spec }, run: VerifyCommand.run),
        CommandEntry("estimate", spec: { EstimateCommand.spec }, run: EstimateCommand.run),
        CommandEntry("compare", spec: { CompareCommand.spec }, run: CompareCommand.run),
        CommandEntry("progress", spec: { ProgressCommand.spec }, run: ProgressCommand.run),
        CommandEntry("forensics", spec: { ForensicsCommand.spec }, run: ForensicsCommand.run),
        CommandEntry("report", spec: { ReportCommand.spec }, run: ReportCommand.run),
        CommandEntry("codebook", spec: { CodebookCommand.spec }, run: CodebookCommand.run),
        CommandEntry("simulate", spec: { SimulateCommand.spec }, run: SimulateCommand.run),
    ]

    /// Runs the tool on `arguments` (without the program name) and returns the exit status.
    public static func main(arguments: [String], console unsafeConsole: Console = StandardConsole()) -> Int32 {
        let console = SanitizingConsole(unsafeConsole)
        guard let first = arguments.first else {
            console.writeError(overview())
            return ExitStatus.usage.rawValue
        }
        switch first {
        case "--help", "-h", "help":
            if first == "help", arguments.count > 1 {
                return main(arguments: [arguments[1], "--help"], console: console)
            }
            console.write(overview())
            return ExitStatus.success.rawValue
        case "--version":
            console.write("sbo \(version)\n")
            return ExitStatus.success.rawValue
        default:
            break
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            let names = commands.map(\.name)
            let hint = EditDistance.closest(to: first, among: names).map { "; did you mean '\($0)'?" } ?? ""
            console.writeError("error: \(TerminalText.oneLine("unknown command '\(first)'\(hint); see 'sbo --help'"))\n")
            return ExitStatus.usage.rawValue
        }
        do {
            let spec = command.spec
            let parsed = try ParsedArguments(Array(arguments.dropFirst()), spec: spec)
            if parsed.wantsHelp {
                console.write(HelpFormatter.help(for: spec) + "\n")
                return ExitStatus.success.rawValue
            }
            let status: ExitStatus = try command.run(parsed, console)
            return status.rawValue
        } catch let error as any ReportableError {
            console.writeError("error: \(TerminalText.oneLine(error.description))\n")
            for line in error.detailLines { console.writeError("  \(TerminalText.oneLine(line))\n") }
            return ExitStatus(error.kind).rawValue
        } catch {
            console.writeError("error: \(TerminalText.oneLine("\(error)"))\n")
            return ExitStatus.failure.rawValue
        }
    }

    /// `sbo --help`: what sbo is, the commands, and where to start.
    static func overview() -> String {
        var text = """
            OVERVIEW: sbo \(version) — statistically based observation of elections.

            Plan a random sample of polling stations, draw it so that anyone can check it,
            and after election day estimate how often irregularities happened, turnout and
            vote shares, with honest margins of error (design-based, as R's survey package).

            USAGE: sbo <command> [options]

            COMMANDS:

            """
        for command in commands {
            let name = "  " + command.name
            text += name + String(repeating: " ", count: max(1, 14 - name.count)) + command.spec.abstract + "\n"
        }
        text += """

            Run 'sbo <command> --help' for a command's options and a worked example.

            GETTING STARTED (with the bundled data):
              sbo frame Data/azerbaijan-2024/frame.csv --stratify-by region
              sbo plan --frame Data/azerbaijan-2024/frame.csv --moe 0.05 --stratify-by region
              DICE='...'   # 50 rolls of a die, made in public on the day; never copy a seed
              sbo sample --frame Data/azerbaijan-2024/frame.csv --size 105 --seed "$DICE" \\
                  --stratify-by region --reserves 2 --out my-sample.csv
              sbo estimate --sample Data/azerbaijan-2024/sample.csv \\
                  --observations Data/azerbaijan-2024/observations.csv
              sbo compare --sample Data/azerbaijan-2024/sample.csv \\
                  --observations Data/azerbaijan-2024/observations.csv \\
                  --official Data/azerbaijan-2024/official.csv
              sbo report --sample Data/azerbaijan-2024/sample.csv \\
                  --observations Data/azerbaijan-2024/observations.csv \\
                  --official Data/azerbaijan-2024/official.csv --out report.html

            EXIT CODES: 0 success, 64 bad usage, 65 bad data, 66 unreadable input,
            73 unwritable output, 1 anything else.

            """
        return text
    }
}
