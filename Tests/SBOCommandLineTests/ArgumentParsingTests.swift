import Testing
@testable import SBOCommandLine

@Suite("Command-line parsing, help and usage errors")
struct ArgumentParsingTests {
    @Test func versionAndOverview() {
        let version = sbo("--version")
        #expect(version.status == 0)
        #expect(version.output == "sbo \(CommandLineTool.version)\n")
        let help = sbo("--help")
        #expect(help.status == 0)
        for command in ["frame", "plan", "sample", "verify"] {
            #expect(help.output.contains("\n  \(command) "))
        }
        #expect(sbo().status == 64)
    }

    @Test func everyCommandIsListedUnderItsSpecsName() {
        for command in CommandLineTool.commands { #expect(command.name == command.spec.name) }
    }

    @Test(arguments: CommandLineTool.commands.map(\.name))
    func everyCommandHasHelpWithAnExample(command: String) {
        let run = sbo(command, "--help")
        #expect(run.status == 0)
        #expect(run.errorOutput.isEmpty)
        #expect(run.output.hasPrefix("OVERVIEW: "))
        #expect(run.output.contains("USAGE: sbo \(command)"))
        #expect(run.output.contains("EXAMPLES:"))
        #expect(run.output.contains("Data/azerbaijan-2024/"))
        // Every line fits in 80 columns, except examples, which are meant to be copied whole.
        let prose = run.output.components(separatedBy: "EXAMPLES:")[0]
        for line in prose.split(separator: "\n") {
            #expect(line.count <= 80, "too long: \(line)")
        }
    }

    // Table-driven usage errors: (arguments, the message's key part).
    @Test(arguments: [
        (["smaple"], "unknown command 'smaple'; did you mean 'sample'?"),
        (["plan", "--frame", "f.csv", "--mo", "0.05"], "unknown option '--mo' for 'sbo plan'; did you mean '--moe'?"),
        (["sample", "--frame", "f.csv", "--size", "10", "--sed", "1", "--out", "x"], "did you mean '--seed'?"),
        (["sample", "--frame", "f.csv", "--size", "10", "--out", "x"], "'sbo sample' needs --seed SEED"),
        (["sample", "--frame", "f.csv", "--size", "10", "--seed"], "option '--seed' needs a value"),
        (["sample", "--frame", "f.csv", "--size", "ten", "--seed", "1", "--out", "x"], "--size takes a whole number, got 'ten'"),
        (["sample", "--frame", "f.csv", "--size", "0", "--seed", "1", "--out", "x"], "--size must be between 1 and"),
        (["sample", "--frame", "f.csv", "--size", "5", "--size", "6", "--seed", "1", "--out", "x"], "option '--size' is given twice"),
        (["sample", "--frame", "f.csv", "--size", "5", "--seed", "1", "--out", "x", "--allocation", "neymann"], "did you mean 'neyman'?"),
        (["plan", "--frame", "f.csv"], "give either --moe E (the margin wanted) or --size N"),
        (["plan", "--frame", "f.csv", "--moe", "5"], "--moe must be between 0.0001 and 0.5, got 5, a fraction: 0.05 means ±5 points"),
        (["plan", "--frame", "f.csv", "--moe", "0.05", "--confidence", "95"], "--confidence must be between 0.5 and 0.999999, got 95, e.g. 0.95"),
        (["frame"], "'sbo frame' needs FRAME.csv"),
        (["frame", "a.csv", "b.csv"], "unexpected argument 'b.csv'"),
        (["frame", "a.csv", "-x"], "unknown option '-x'"),
        (["frame", "a.csv", "--format", "xml"], "'xml' is not a value of --format"),
    ])
    func usageErrors(arguments: [String], message: String) {
        let run = sbo(arguments)
        #expect(run.status == 64)
        #expect(run.output.isEmpty)
        #expect(run.errorOutput.hasPrefix("error: "))
        #expect(run.errorOutput.contains(message), "got: \(run.errorOutput)")
        #expect(run.errorOutput.filter { $0 == "\n" }.count == 1, "one line: \(run.errorOutput)")
    }

    @Test func optionValuesWithEqualsAndNegativeNumbers() throws {
        let spec = CommandSpec(
            name: "t", abstract: "", discussion: "",
            options: [.value("a", "A", ""), .value("b", "B", ""), .flag("f", "")], examples: [])
        let parsed = try ParsedArguments(["--a=1", "--b", "-3.5", "--f"], spec: spec)
        #expect(parsed.string("a") == "1")
        #expect(parsed.string("b") == "-3.5")
        #expect(parsed.flag("f"))
        #expect(throws: UsageError.self) { try ParsedArguments(["--f=yes"], spec: spec) }
    }

    /// --language takes a code in any letter case and passes it on as spelled in the choices;
    /// other options with choices stay exact; an unknown code is still a usage error.
    @Test func languageIgnoresCase() throws {
        let spec = CommandSpec(
            name: "t", abstract: "", discussion: "", options: [LanguageOption.spec("The language"), .format()], examples: [])
        for code in ["FR", "Fr", "fr"] {
            let parsed = try ParsedArguments(["--language", code], spec: spec)
            #expect(parsed.string("language") == "fr" && LanguageOption.language(parsed) == .french)
        }
        #expect(LanguageOption.language(try ParsedArguments(["--language=AR"], spec: spec)) == .arabic)
        #expect(throws: UsageError.self) { try ParsedArguments(["--format", "JSON"], spec: spec) }
        let unknown = #expect(throws: UsageError.self) { try ParsedArguments(["--language", "XX"], spec: spec) }
        #expect(unknown?.message.hasPrefix("'XX' is not a value of --language; use one of en, fr, es, ru, ar, az") == true)
        let run = sbo(["estimate", "--sample", ReportCommandTests.data + "/sample.csv",
                       "--observations", ReportCommandTests.data + "/observations.csv", "--language", "FR"])
        #expect(run.status == 0 && run.output == sbo(["estimate", "--sample", ReportCommandTests.data + "/sample.csv",
                                                       "--observations", ReportCommandTests.data + "/observations.csv", "--language", "fr"]).output)
    }
}
