import Foundation
import Testing
import SBO

/// `sbo progress` and `sbo estimate --as-of` end to end on the bundled data, whose
/// `_submission_time` has the cities report first (Data/README.md).
@Suite struct ProgressCommandTests {
    static let data = ReportCommandTests.data
    static let inputs = ReportCommandTests.inputs

    static func json(_ run: ToolRun) throws -> JSONValue {
        try JSONValue.parse(Array(run.output.utf8), source: "stdout")
    }

    /// (name, estimate, ci_low, ci_high) of every row of `indicators` and `ratios`.
    static func figures(_ document: JSONValue) -> [[String]] {
        ["indicators", "ratios"].flatMap { key in
            (document[key]?.arrayValue ?? []).map { row in
                [row["name"]?.stringValue ?? "?"] + ["estimate", "ci_low", "ci_high"].map { "\(row[$0]?.doubleValue ?? .nan)" }
            }
        }
    }

    /// Default checkpoints: each tenth of the 105 stations (11, 21, 32, …) and the last;
    /// the last equals `sbo estimate` on every report, digit for digit, and every checkpoint
    /// equals `sbo estimate --as-of` its time.
    @Test func checkpointsEqualEstimateAsOfTheirTimes() throws {
        let run = sbo(["progress"] + Self.inputs + ["--format", "json"])
        #expect(run.status == 0, "\(run.errorOutput)")
        let document = try Self.json(run)
        #expect(document["time_column"]?.stringValue == "_submission_time")
        #expect(document["data_quality"]?["rows_read"]?.integerValue == 105)
        let checkpoints = try #require(document["checkpoints"]?.arrayValue)
        #expect(checkpoints.map { $0["stations_reporting"]?.integerValue } == [11, 21, 32, 42, 53, 63, 74, 84, 95, 105])
        let all = try Self.json(sbo(["estimate"] + Self.inputs + ["--format", "json"]))
        #expect(Self.figures(checkpoints.last!) == Self.figures(all))
        #expect(checkpoints.last?["representativeness"]?["verdict"]?.stringValue == "complete")
        #expect(checkpoints.last?["representativeness"]?["p_value"] == .null)
        for checkpoint in checkpoints.dropLast() {
            let time = try #require(checkpoint["time"]?.stringValue)
            let asOf = sbo(["estimate"] + Self.inputs + ["--as-of", time, "--format", "json"])
            #expect(asOf.status == 0)
            let estimate = try Self.json(asOf)
            #expect(Self.figures(checkpoint) == Self.figures(estimate), "at \(time)")
            #expect(estimate["design"]?["stations_reporting"]?.integerValue == checkpoint["stations_reporting"]?.integerValue)
        }
    }

    /// `--permutations B`: the JSON and the table say B, every p-value is a multiple of
    /// 1/(B + 1), and fewer than 99 (1% out of reach) is refused.
    @Test func permutationsSetTheRelabellings() throws {
        let run = sbo(["progress"] + Self.inputs + ["--permutations", "199", "--format", "json"])
        #expect(run.status == 0, "\(run.errorOutput)")
        let document = try Self.json(run)
        #expect(document["permutations"]?.integerValue == 199)
        let pValues = (document["checkpoints"]?.arrayValue ?? []).compactMap { $0["representativeness"]?["p_value"]?.doubleValue }
        #expect(pValues.count == 9)
        #expect(pValues.allSatisfy { abs(($0 * 200).rounded() - $0 * 200) < 1e-9 })
        #expect(sbo(["progress"] + Self.inputs + ["--permutations", "199"]).output.contains("199 relabellings"))
        let refused = sbo(["progress"] + Self.inputs + ["--permutations", "50"])
        #expect(refused.status == 64)
        #expect(refused.errorOutput.contains("--permutations must be between 99 and 10000000, got 50"))
    }

    /// The bundled night has the cities first: the early checkpoints are called different
    /// (on urban and registered voters among others), and the release hint says to wait
    /// until the sample is in.
    @Test func citiesFirstAreFlaggedAndTheHintWaits() throws {
        let document = try Self.json(sbo(["progress"] + Self.inputs + ["--format", "json", "--checkpoints", "5"]))
        let checkpoints = try #require(document["checkpoints"]?.arrayValue)
        #expect(checkpoints.map { $0["stations_reporting"]?.integerValue } == [21, 42, 63, 84, 105])
        let first = checkpoints[0]["representativeness"]
        #expect(first?["verdict"]?.stringValue == "different")
        #expect((first?["p_value"]?.doubleValue ?? 1) <= 0.01)
        #expect(first?["covariates"]?.arrayValue?.map { $0["name"]?.stringValue ?? "" } == ["stratum", "region", "urban", "type", "registered_voters"])
        #expect(document["release"]?["ready"]?.boolValue == true)
        let early = sbo(["estimate"] + Self.inputs + ["--as-of", "2024-02-07T16:00:00Z"])
        #expect(early.status == 0)

        let table = sbo(["progress"] + Self.inputs + ["--checkpoints", "5", "--planned-margin", "0.01"])
        #expect(table.status == 0)
        #expect(table.output.contains("Not ready to publish: turnout's margin is ±1.4 points, wider than the planned ±1 points. Every sampled station has reported"))
        #expect(table.output.contains("2024-02-07T15:57:32         21   20.0%   0.0003  different"))
        #expect(table.output.contains("\nData:\n  \(Self.data)/observations.csv: 105 rows read, 105 stations kept"))
    }

    /// --language writes the table, Markdown and SVG in that language with its numbers (here
    /// French; Arabic without direction marks, which a terminal would show escaped); JSON and
    /// CSV are the same in every language; an unknown code is a usage error.
    @Test func languageWritesTheTables() throws {
        let options = ["--checkpoints", "5", "--planned-margin", "0.01"]
        let french = sbo(["progress"] + Self.inputs + options + ["--language", "fr"])
        #expect(french.status == 0, "\(french.errorOutput)")
        #expect(french.output.contains("heure                transmis     part       p  verdict"))
        #expect(french.output.contains("2024-02-07T15:57:32        21   20,0\u{202F}%  0,0003  différents"))
        #expect(french.output.contains("Pas encore prêt à publier\u{A0}: la marge de «\u{A0}turnout\u{A0}» est de ±1,4 points, plus large que les ±1 points prévus."))
        #expect(french.output.contains("\nDonnées\u{A0}:\n  \(Self.data)/observations.csv\u{A0}: lignes lues\u{A0}: 105"))
        for english in ["Sample:", "Reports:", "Check:", "reporting", "different", "columns:", "ready", "Data:"] {
            #expect(!french.output.contains(english), "\(english)")
        }
        let markdown = sbo(["progress"] + Self.inputs + options + ["--language", "fr", "--format", "markdown"])
        #expect(markdown.output.hasPrefix("## Soir de l’élection\n\n- Échantillon\u{A0}: "))
        let svg = sbo(["progress"] + Self.inputs + options + ["--language", "fr", "--format", "svg"])
        #expect(svg.output.contains("<title>Les estimations au fil des rapports reçus</title>"))
        for format in ["json", "csv"] {
            #expect(sbo(["progress"] + Self.inputs + options + ["--language", "fr", "--format", format]).output
                == sbo(["progress"] + Self.inputs + options + ["--format", format]).output, "\(format)")
        }
        let arabic = sbo(["progress"] + Self.inputs + options + ["--language", "ar"])
        #expect(arabic.output.contains("ليلة") == false && arabic.output.contains("مختلفة") && !arabic.output.contains("\\u{200"))
        #expect(sbo(["progress"] + Self.inputs + ["--language", "xx"]).status == 64)
    }

    /// Exports as they come: KoboToolbox's group paths and its codebook, and resubmissions
    /// kept by `--duplicates latest` — a station counts once, at its first report.
    @Test func exportsWithCodebookAndResubmissions() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Intake/Fixtures").path
        let sample = ["progress", "--sample", Self.data + "/sample.csv"]
        let coded = sbo(sample + ["--observations", fixtures + "/kobo.csv", "--codebook", fixtures + "/kobo-codebook.csv", "--checkpoints", "2", "--format", "json"])
        #expect(coded.status == 0, "\(coded.errorOutput)")
        #expect(try Self.json(coded)["checkpoints"]?.arrayValue?.map { $0["stations_reporting"]?.integerValue } == [53, 105])
        let resubmitted = sbo(sample + ["--observations", fixtures + "/kobo-resubmitted.csv", "--duplicates", "latest", "--checkpoints", "2", "--format", "json"])
        #expect(resubmitted.status == 0, "\(resubmitted.errorOutput)")
        let checkpoints = try #require(try Self.json(resubmitted)["checkpoints"]?.arrayValue)
        #expect(checkpoints.map { $0["stations_reporting"]?.integerValue } == [53, 105])
        let all = try Self.json(sbo(["estimate", "--sample", Self.data + "/sample.csv", "--observations", fixtures + "/kobo-resubmitted.csv", "--duplicates", "latest", "--format", "json"]))
        #expect(Self.figures(checkpoints.last!) == Self.figures(all))
    }

    @Test func csvHasOneRowPerCheckpointAndEstimate() throws {
        let run = sbo(["progress"] + Self.inputs + ["--format", "csv", "--checkpoints", "2"])
        let lines = run.output.split(separator: "\n")
        #expect(lines.first == "time,stations_reporting,fraction_reporting,type,name,estimate,ci_low,ci_high,p_value,verdict")
        #expect(lines.count == 1 + 2 * (17 + 8))
        #expect(lines.last?.hasSuffix(",,complete") == true)
    }

    /// Unreadable and missing times are all listed (exit 65); a missing time column names
    /// the option; bad option values are usage errors (exit 64).
    @Test func badTimesAndOptions() {
        let scratch = ScratchDirectory()
        defer { scratch.cleanUp() }
        let sample = Self.data + "/sample.csv"
        let observations = scratch.write("obs.csv", """
            station_id,ballot_stuffing,_submission_time
            001-001,no,2024-02-07T16:00:00
            003-028,yes,7 Feb 2024 16:05
            029-045,no,

            """)
        let bad = sbo("progress", "--sample", sample, "--observations", observations)
        #expect(bad.status == 65)
        #expect(bad.errorOutput == "error: 2 rows of \(observations) have no readable _submission_time: \(observations):3: '7 Feb 2024 16:05'; \(observations):4: missing; write times as ISO 8601 (2024-02-07T15:04:05+04:00 or 2024-02-07 15:04:05), or remove the rows\n")
        let asOf = sbo("estimate", "--sample", sample, "--observations", observations, "--as-of", "2024-02-07T17:00Z")
        #expect(asOf.status == 65)
        let untimed = scratch.write("untimed.csv", "station_id,ballot_stuffing,received_time\n001-001,no,2024-02-07T16:00:00\n")
        let noColumn = sbo("progress", "--sample", sample, "--observations", untimed)
        #expect(noColumn.status == 65)
        #expect(noColumn.errorOutput.contains("is it 'received_time'? name the column with --time-column COL"))
        #expect(sbo("progress", "--sample", sample, "--observations", untimed, "--time-column", "received_time").status == 0)
        #expect(sbo("progress", "--sample", sample, "--observations", untimed, "--time-column", "received").status == 65)
        #expect(sbo(["progress"] + Self.inputs + ["--checkpoints", "0"]).status == 64)
        #expect(sbo(["progress"] + Self.inputs + ["--planned-margin", "3"]).status == 64)
        #expect(sbo(["estimate"] + Self.inputs + ["--as-of", "yesterday"]).status == 64)
        #expect(sbo("--help").output.contains("progress"))
    }
}
