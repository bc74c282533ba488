import Foundation
import SBO
import Testing
@testable import SBOCommandLine

@Suite("sbo simulate")
struct SimulateCommandTests {
    /// The small frame of `smallFrameCSV` in a scratch directory; `body` gets its path.
    func withFrame(_ body: (String) throws -> Void) rethrows {
        let directory = ScratchDirectory()
        defer { directory.cleanUp() }
        try body(directory.write("frame.csv", smallFrameCSV()))
    }

    @Test func jsonRowsCarryTheSpecFields() throws {
        try withFrame { frame in
            let run = sbo(
                "simulate", "--frame", frame, "--size", "12", "--stratify-by", "region",
                "--prevalence", "0.1,0.4", "--runs", "200", "--format", "json")
            #expect(run.status == 0, "\(run.errorOutput)")
            #expect(run.errorOutput.isEmpty)
            let rows = try #require(try JSONValue.parse(Array(run.output.utf8), source: "stdout").arrayValue)
            #expect(rows.count == 4 * 2)
            for row in rows {
                for field in ["method", "prevalence", "coverage", "mean_width", "bias", "runs",
                              "excludes_zero", "coverage_standard_error"] {
                    #expect(row[field] != nil, "missing \(field)")
                }
                #expect(row["runs"]?.integerValue == 200)
                let coverage = try #require(row["coverage"]?.doubleValue)
                #expect(coverage >= 0 && coverage <= 1)
            }
            #expect(rows.map { $0["method"]?.stringValue } == ["logit", "logit", "wald", "wald", "wilson", "wilson", "clopper-pearson", "clopper-pearson"])
            #expect(rows.map { $0["prevalence"]?.doubleValue } == [0.1, 0.4, 0.1, 0.4, 0.1, 0.4, 0.1, 0.4])
        }
    }

    @Test func sameSeedSameOutputWhateverTheThreads() {
        withFrame { frame in
            let arguments = ["simulate", "--frame", frame, "--size", "12", "--stratify-by", "region",
                             "--pps", "registered_voters", "--response-rate", "0.8",
                             "--cluster-correlation", "0.1", "--runs", "250", "--seed", "x", "--format", "csv"]
            let one = sbo(arguments + ["--threads", "1"])
            let two = sbo(arguments + ["--threads", "2"])
            #expect(one.status == 0, "\(one.errorOutput)")
            #expect(one.output == two.output)
            #expect(one.output.hasPrefix("method,prevalence,coverage,coverage_standard_error,mean_width,bias,"))
            #expect(one.output.split(separator: "\n").count == 1 + 4 * 3)
            let other = sbo(Array(arguments.dropLast(2)) + ["--seed", "y", "--format", "csv"])
            #expect(other.output != one.output)
        }
    }

    @Test func tableHasVerdictsAndNoProgressWhenNotATerminal() {
        withFrame { frame in
            let run = sbo("simulate", "--frame", frame, "--size", "12", "--runs", "100")
            #expect(run.status == 0)
            #expect(run.errorOutput.isEmpty)
            #expect(run.output.contains("Truth: each run's planted share over all 60 stations"))
            #expect(run.output.contains("verdict"))
            for method in ["logit", "wald", "wilson", "clopper-pearson"] {
                #expect(run.output.contains("\n\(method) "))
            }
            #expect(run.output.contains("honest") || run.output.contains("under-covers") || run.output.contains("conservative"))
        }
    }

    @Test func progressGoesToAStandardErrorTerminal() {
        withFrame { frame in
            let console = CapturedConsole(errorIsTerminal: true)
            let status = CommandLineTool.main(
                arguments: ["simulate", "--frame", frame, "--size", "12", "--runs", "300", "--format", "json"],
                console: console)
            #expect(status == 0)
            #expect(console.errorOutput.contains("simulated 300 of 300 runs"))
            #expect(!console.output.contains("simulated"))
        }
    }

    @Test func verdictBands() {
        #expect(SimulateCommand.verdict(0.929) == "under-covers")
        #expect(SimulateCommand.verdict(0.93) == "honest")
        #expect(SimulateCommand.verdict(0.975) == "honest")
        #expect(SimulateCommand.verdict(0.976) == "conservative")
    }

    @Test func biasIsSignedInPoints() {
        #expect(SimulateCommand.signedPoints(0.0004) == "+0.04")
        #expect(SimulateCommand.signedPoints(-0.0015) == "-0.15")
        #expect(SimulateCommand.signedPoints(-0.00001) == "0.00")
        #expect(SimulateCommand.signedPoints(0) == "0.00")
    }

    // Bad options: (arguments after the frame and size, the message's key part).
    @Test(arguments: [
        (["--prevalence", "0"], "prevalence 0.0 is not between 0 and 1 (exclusive)"),
        (["--prevalence", "0.1,1.2"], "prevalence 1.2 is not between 0 and 1 (exclusive)"),
        (["--prevalence", "0.1,abc"], "--prevalence takes fractions separated by commas, e.g. 0.03,0.31,0.5; 'abc' is not a number"),
        (["--prevalence", "3%"], "'3%' is not a number"),
        (["--runs", "0"], "--runs must be between 1 and"),
        (["--runs", "many"], "--runs takes a whole number, got 'many'"),
        (["--cluster-correlation", "1"], "cluster correlation 1.0 is not in [0, 1)"),
        (["--cluster-correlation", "-0.2"], "cluster correlation -0.2 is not in [0, 1)"),
        (["--response-rate", "0"], "response rate 0.0 is not in (0, 1]"),
        (["--threads", "0"], "--threads must be between 1 and"),
        (["--seed", ""], "--seed must not be empty"),
        (["--confidence", "95"], "--confidence must be between 0.5 and 0.999999, got 95"),
        (["--allocation", "neymann"], "did you mean 'neyman'?"),
        (["--prevalance", "0.1"], "did you mean '--prevalence'?"),
    ])
    func badOptions(extra: [String], message: String) {
        withFrame { frame in
            let run = sbo(["simulate", "--frame", frame, "--size", "12"] + extra)
            #expect(run.status == 64, "\(run.errorOutput)")
            #expect(run.output.isEmpty)
            #expect(run.errorOutput.hasPrefix("error: "))
            #expect(run.errorOutput.contains(message), "got: \(run.errorOutput)")
            #expect(run.errorOutput.filter { $0 == "\n" }.count == 1)
        }
    }

    @Test func badDesignIsBadData() {
        withFrame { frame in
            let missing = sbo("simulate", "--frame", frame, "--size", "12", "--stratify-by", "province")
            #expect(missing.status == 65)
            #expect(missing.errorOutput.contains("province"))
            let unreadable = sbo("simulate", "--frame", frame + ".absent", "--size", "12")
            #expect(unreadable.status == 66)
        }
    }
}
