import Foundation
import Testing
import SBO

/// Election-night intake end to end (SPEC "Observation exports"): the fixtures of
/// `Intake/Fixtures` (written by `generate_fixtures.py` from Data/azerbaijan-2024/observations.csv)
/// against the bundled sample. Clean-equivalent exports must give the clean file's numbers to
/// 1e-12; each kind of problem gives exit 65 with every finding, or the option's result with
/// the finding listed.
@Suite struct IntakeTests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../Data/azerbaijan-2024").standardized.path
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").path
    static let sample = data + "/sample.csv"

    static func fixture(_ name: String) -> String { fixtures + "/" + name }

    static func json(_ run: ToolRun) throws -> JSONValue {
        try JSONValue.parse(Array(run.output.utf8), source: "stdout")
    }

    /// Every number of every estimate, keyed by kind, name and domain.
    static func numbers(_ json: JSONValue) -> [String: [Double?]] {
        var result: [String: [Double?]] = [:]
        for kind in ["indicators", "ratios"] {
            for row in json[kind]?.arrayValue ?? [] {
                let key = kind + ":" + (row["name"]?.stringValue ?? "?") + ":" + (row["domain"]?.stringValue ?? "")
                result[key] = ["estimate", "standard_error", "ci_low", "ci_high", "design_effect", "bound_low", "bound_high"]
                    .map { row[$0]?.doubleValue }
            }
        }
        return result
    }

    static func estimate(_ observations: String, _ options: [String] = []) -> ToolRun {
        sbo(["estimate", "--sample", sample, "--observations", observations, "--format", "json", "--by", "region"] + options)
    }

    /// Whether two runs' estimates agree to 1e-12 (relative), with the same keys.
    static func agree(_ a: JSONValue, _ b: JSONValue) -> Bool {
        let x = numbers(a), y = numbers(b)
        guard !x.isEmpty, Set(x.keys) == Set(y.keys) else { return false }
        return x.allSatisfy { key, values in
            zip(values, y[key]!).allSatisfy { u, v in
                switch (u, v) {
                case (nil, nil): true
                case let (u?, v?): abs(u - v) <= 1e-12 * max(1, abs(v))
                default: false
                }
            }
        }
    }

    static let clean = Result { try json(estimate(data + "/observations.csv")) }

    @Test(arguments: ["kobo.csv", "odk-central.csv", "excel.csv", "multilingual.csv", "kobo-resubmitted.csv"])
    func cleanEquivalentExportsGiveTheCleanEstimates(file: String) throws {
        let run = Self.estimate(Self.fixture(file))
        #expect(run.status == 0, "\(run.errorOutput)")
        let json = try Self.json(run)
        #expect(Self.agree(json, try Self.clean.get()))
        let quality = try #require(json["data_quality"])
        #expect(quality["stations"] == .integer(105))
        let unused = (quality["columns_not_used"]?.arrayValue ?? []).compactMap { $0["column"]?.stringValue }
        switch file {
        case "kobo.csv":
            #expect(unused == ["start", "end", "today", "deviceid", "__version__", "_id", "_uuid",
                               "_validation_status", "_notes", "_tags", "_index"])
        case "odk-central.csv":
            #expect(unused == ["meta-instanceID", "KEY", "SubmitterID", "SubmitterName", "AttachmentsPresent",
                               "AttachmentsExpected", "Status", "ReviewState", "DeviceID", "Edits", "FormVersion"])
        case "kobo-resubmitted.csv":
            // A byte-identical copy of line 6 and a resubmission of line 11 with the same answers.
            let duplicates = try #require(quality["duplicates"]?.arrayValue)
            #expect(duplicates.map { $0["kept_line"] } == [.integer(6), .integer(11)])
            #expect(duplicates.map { $0["dropped_lines"] } == [.array([.integer(107)]), .array([.integer(108)])])
            #expect(duplicates.allSatisfy { $0["resolution"] == .string("identical") })
            #expect(quality["rows_read"] == .integer(107))
        default:
            #expect(unused == [])
        }
    }

    @Test func conflictingResubmissionsAreListedAllAtOnce() throws {
        let file = Self.fixture("kobo-conflicting.csv")
        let refused = Self.estimate(file)
        #expect(refused.status == 65)
        #expect(refused.output == "")
        let lines = refused.errorOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0] == "error: \(file): 3 problems (each listed below); nothing was estimated")
        #expect(lines[1] == "  \(file):4: station '005-004' was submitted 2 times (lines 4, 107) with different checklist/ballot_stuffing, count/ballots_cast, count/votes_aliyev; keep one row, or run with --duplicates latest (or first)")
        #expect(lines[2].contains(":12: station '017-015' was submitted 2 times (lines 12, 108) with different checklist/late_opening;"))
        #expect(lines[3].contains(":22: station '030-023' was submitted 2 times (lines 22, 109) with different checklist/secrecy_ok;"))

        let latest = Self.estimate(file, ["--duplicates", "latest"])
        #expect(latest.status == 0, "\(latest.errorOutput)")
        let expected = try Self.json(Self.estimate(Self.fixture("kobo-conflicting-latest.csv")))
        #expect(Self.agree(try Self.json(latest), expected))
        let duplicates = try #require(try Self.json(latest)["data_quality"]?["duplicates"]?.arrayValue)
        #expect(duplicates.map { $0["kept_line"] } == [.integer(107), .integer(108), .integer(109)])
        #expect(duplicates.allSatisfy { $0["resolution"] == .string("latest") })

        let first = Self.estimate(file, ["--duplicates", "first"])
        #expect(Self.agree(try Self.json(first), try Self.clean.get()))
        let table = sbo("estimate", "--sample", Self.sample, "--observations", file, "--duplicates", "first")
        #expect(table.output.contains("\(file):4: station '005-004' was submitted again with different checklist/ballot_stuffing, count/ballots_cast, count/votes_aliyev; kept the first submission (line 4), dropped line 107 (--duplicates first)"))
    }

    @Test func unreadableAnswersAreListedWithSuggestions() throws {
        let file = Self.fixture("kobo-typos.csv")
        let refused = Self.estimate(file)
        #expect(refused.status == 65)
        #expect(refused.errorOutput == """
            error: \(file): 3 problems (each listed below); nothing was estimated
              \(file):5: checklist/ballot_stuffing 'yse' is not a yes/no answer (did you mean 'yes'?); correct it, or run with --bad-answers missing to treat such answers as not answered
              \(file):9: checklist/late_opening 'n\u{43E}' is not a yes/no answer (did you mean 'no'?); correct it, or run with --bad-answers missing to treat such answers as not answered
              \(file):17: checklist/secrecy_ok 'Bəlii' is not a yes/no answer (did you mean 'Bəli'?); correct it, or run with --bad-answers missing to treat such answers as not answered

            """)
        let missing = Self.estimate(file, ["--bad-answers", "missing"])
        #expect(missing.status == 0)
        let json = try Self.json(missing)
        #expect(Self.agree(json, try Self.json(Self.estimate(Self.fixture("kobo-typos-as-missing.csv")))))
        let listed = try #require(json["data_quality"]?["answers_treated_as_missing"]?.arrayValue)
        #expect(listed.map { $0["line"] } == [.integer(5), .integer(9), .integer(17)])
        #expect(listed[0]["value"] == .string("yse") && listed[0]["suggestion"] == .string("yes"))
    }

    @Test func impossibleCountsAreListedOrExcluded() throws {
        let file = Self.fixture("kobo-impossible.csv")
        let refused = Self.estimate(file)
        #expect(refused.status == 65)
        let lines = refused.errorOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[1] == "  \(file):7: station '006-077': ballots_cast 8400 is more than its 940 registered voters; correct it, or run with --bad-counts exclude to leave the station out of turnout and vote shares")
        #expect(lines[2].hasSuffix(":14: station '021-010': the votes_* columns sum to 2100, more than ballots_cast 1064; correct it, or run with --bad-counts exclude to leave the station out of turnout and vote shares"))
        #expect(lines[3].hasSuffix(":32: count/ballots_cast '12.5' is not a whole number of at least 0; write counts as digits only (missing: empty, NA, N/A, ., -)"))

        let excluded = Self.estimate(file, ["--bad-counts", "exclude"])
        #expect(excluded.status == 0)
        let json = try Self.json(excluded)
        #expect(Self.agree(json, try Self.json(Self.estimate(Self.fixture("kobo-impossible-excluded.csv")))))
        let listed = try #require(json["data_quality"]?["excluded_counts"]?.arrayValue)
        #expect(listed.compactMap { $0["station_id"]?.stringValue } == ["006-077", "021-010", "041-036"])
    }

    @Test func officialTotalLineAndBlankIDAreErrors() {
        let official = Self.fixture("official-with-total.csv")
        let run = sbo("compare", "--sample", Self.sample, "--observations", Self.fixture("kobo.csv"), "--official", official)
        #expect(run.status == 65)
        #expect(run.errorOutput == """
            error: \(official): 2 problems (each listed below); nothing was estimated
              \(official):102: the station_id cell is empty; every row needs its station's id
              \(official):203: 'TOTAL' is not a station but a total line; official results need one row per station: delete the line

            """)
    }

    @Test func codebookLabelsPolarityAndIgnoredColumnsFlowIntoTheOutput() throws {
        let run = Self.estimate(Self.fixture("kobo.csv"), ["--codebook", Self.fixture("kobo-codebook.csv")])
        #expect(run.status == 0, "\(run.errorOutput)")
        let json = try Self.json(run)
        #expect(Self.agree(json, try Self.clean.get()))
        let rows = try #require(json["indicators"]?.arrayValue)
        let secrecy = try #require(rows.first { $0["name"] == .string("secrecy_ok") && $0["domain"] == .null })
        #expect(secrecy["label"] == .string("Secrecy ok"))
        #expect(secrecy["polarity"] == .string("good"))
        let stuffing = try #require(rows.first { $0["name"] == .string("ballot_stuffing") })
        #expect(stuffing["label"] == .string("Ballot stuffing") && stuffing["polarity"] == .string("irregularity"))
        let unused = try #require(json["data_quality"]?["columns_not_used"]?.arrayValue)
        #expect(unused.contains { $0["column"] == .string("_notes") && $0["reason"]?.stringValue?.hasPrefix("marked ignore in ") == true })
        let table = sbo("estimate", "--sample", Self.sample, "--observations", Self.fixture("kobo.csv"),
                        "--codebook", Self.fixture("kobo-codebook.csv"))
        #expect(table.output.contains("\nBallot stuffing "))
    }

    @Test func draftedCodebookReadsBackToTheSameEstimates() throws {
        let directory = ScratchDirectory()
        defer { directory.cleanUp() }
        let out = directory.file("codebook.csv")
        let draft = sbo("codebook", "--observations", Self.fixture("kobo.csv"), "--out", out)
        #expect(draft.status == 0, "\(draft.errorOutput)")
        let table = try CSVReader.read(path: out)
        #expect(table.header == ["column", "meaning", "label", "polarity", "yes", "no", "values"])
        #expect(table.column("column")?.first == "start")
        let meaning = Dictionary(uniqueKeysWithValues: zip(table.column("column")!, table.column("meaning")!))
        #expect(meaning["station_info/station_id"] == "station_id")
        #expect(meaning["checklist/ballot_stuffing"] == "indicator")
        #expect(meaning["count/votes_aliyev"] == "votes:aliyev")
        #expect(meaning["_submission_time"] == "time")
        #expect(meaning["_uuid"] == "ignore")
        let row = try #require(table.column("column")?.firstIndex(of: "checklist/secrecy_ok"))
        #expect(table.column("polarity")?[row] == "good")
        #expect(table.column("values")?[row].hasPrefix("Bəli (") == true)
        #expect(sbo("codebook", "--observations", Self.fixture("kobo.csv"), "--out", out).status == 73)
        #expect(sbo("codebook", "--observations", Self.fixture("kobo.csv"), "--out", out, "--force").status == 0)
        let run = Self.estimate(Self.fixture("kobo.csv"), ["--codebook", out])
        #expect(run.status == 0, "\(run.errorOutput)")
        #expect(Self.agree(try Self.json(run), try Self.clean.get()))
    }

    @Test func ambiguousGroupPathsNameBothColumns() {
        let directory = EstimateCommandTests.fixture()
        defer { directory.cleanUp() }
        let obs = directory.write("obs2.csv", "station_id,arrival/late,closing/late\nS008,yes,no\n")
        let run = sbo("estimate", "--sample", directory.file("sample.csv"), "--observations", obs)
        #expect(run.status == 65)
        #expect(run.errorOutput.hasSuffix("obs2.csv:1: columns 'arrival/late' and 'closing/late' both mean 'late'; rename one, or say in a codebook (--codebook) which is which\n"))
    }

    @Test func idColumnOptionAppliesToSampleAndObservations() throws {
        let directory = ScratchDirectory()
        defer { directory.cleanUp() }
        directory.write("sample.csv", EstimateCommandTests.sampleCSV.replacingOccurrences(of: "station_id", with: "code") + "\n")
        directory.write("obs.csv", EstimateCommandTests.observationsCSV.replacingOccurrences(of: "station_id", with: "form/code") + "\n")
        let run = sbo("estimate", "--sample", directory.file("sample.csv"), "--observations", directory.file("obs.csv"),
                      "--id-column", "code", "--format", "json")
        #expect(run.status == 0, "\(run.errorOutput)")
        #expect(try Self.json(run)["design"]?["stations_reporting"] == .integer(14))
    }

    @Test func aLongListStopsAfterTwentyLines() {
        let directory = EstimateCommandTests.fixture()
        defer { directory.cleanUp() }
        let rows = (1...25).map { "X\($0),maybe\n" }.joined()
        let obs = directory.write("many.csv", "station_id,late\nS008,yes\n" + rows)
        let run = sbo("estimate", "--sample", directory.file("sample.csv"), "--observations", obs)
        #expect(run.status == 65)
        let lines = run.errorOutput.split(separator: "\n").map(String.init)
        // 25 unknown stations; `late` is not an indicator (fewer than half its answers are yes/no).
        #expect(lines.count == 22)
        #expect(lines[0] == "error: \(obs): 25 problems (each listed below); nothing was estimated")
        #expect(lines[1].hasPrefix("  \(obs):3: station 'X1' is not in "))
        #expect(lines[20].hasPrefix("  \(obs):22: station 'X20' is not in "))
        #expect(lines[21] == "  and 5 more")
    }

    /// A time column found by name whose cells a spreadsheet rewrote is set aside and listed;
    /// named with --time-column, its unreadable cells are errors; --duplicates latest without
    /// a time says so.
    @Test func submissionTimes() throws {
        let directory = EstimateCommandTests.fixture()
        defer { directory.cleanUp() }
        let rewritten = directory.write("excel.csv", "station_id,late,_submission_time\nS008,yes,2/7/2024 16:05\nS014,no,2024-02-07T16:09:00\n")
        let run = sbo("estimate", "--sample", directory.file("sample.csv"), "--observations", rewritten, "--format", "json")
        #expect(run.status == 0, "\(run.errorOutput)")
        let unused = try #require(try Self.json(run)["data_quality"]?["columns_not_used"]?.arrayValue)
        #expect(unused == [.object([
            ("column", .string("_submission_time")),
            ("reason", .string("submission times not readable as ISO 8601 (line 2 has '2/7/2024 16:05'); name it with --time-column to list every such cell")),
        ])])
        let named = sbo("estimate", "--sample", directory.file("sample.csv"), "--observations", rewritten, "--time-column", "_submission_time")
        #expect(named.status == 65)
        #expect(named.errorOutput.hasSuffix("excel.csv:2: _submission_time '2/7/2024 16:05' is not a time; write ISO 8601, e.g. 2024-02-07T15:04:05+04:00 or 2024-02-07 15:04:05\n"))

        let twice = directory.write("twice.csv", "station_id,late,SubmissionDate\nS008,yes,2024-02-07T12:00:00Z\nS008,no,2024-02-07T11:00:00.5Z\n")
        let latest = sbo("estimate", "--sample", directory.file("sample.csv"), "--observations", twice, "--duplicates", "latest", "--format", "json")
        #expect(latest.status == 0, "\(latest.errorOutput)")
        #expect(try Self.json(latest)["indicators"]?.arrayValue?.first?["count"] == .integer(1))  // line 2, 12:00, kept
        let undated = directory.write("undated.csv", "station_id,late\nS008,yes\nS008,no\n")
        let refused = sbo("estimate", "--sample", directory.file("sample.csv"), "--observations", undated, "--duplicates", "first")
        #expect(refused.status == 65)
        #expect(refused.errorOutput.hasSuffix("undated.csv:3: station 'S008' was submitted more than once and the file has no submission time column (_submission_time, SubmissionDate) for --duplicates; name one with --time-column\n"))
    }

    /// Group paths of every kind give the flat file's numbers: `checklist/stuffing`,
    /// `count/ballots_cast`, and candidates as fields of a `votes` group (`votes/a`).
    @Test func groupPathsGiveTheFlatFilesNumbers() throws {
        let directory = EstimateCommandTests.fixture()
        defer { directory.cleanUp() }
        let grouped = EstimateCommandTests.observationsCSV.replacingOccurrences(
            of: "station_id,stuffing,late,comment,ballots_cast,votes_a,votes_b",
            with: "form/station_id,checklist/stuffing,checklist/late,notes/comment,count/ballots_cast,votes/a,votes/b")
        directory.write("grouped.csv", grouped + "\n")
        func run(_ file: String) throws -> JSONValue {
            try Self.json(sbo("estimate", "--sample", directory.file("sample.csv"), "--observations", directory.file(file),
                              "--format", "json", "--by", "urban"))
        }
        let flat = try run("obs.csv"), nested = try run("grouped.csv")
        #expect(Self.agree(nested, flat))
        #expect(nested["ratios"]?.arrayValue?.compactMap { $0["name"]?.stringValue }.contains("votes_a") == true)
    }

    /// A KoboToolbox "labels" export: group and question labels joined by `/` (a label with
    /// ` / ` inside stays whole).
    @Test func labelHeadersWithGroups() throws {
        let directory = EstimateCommandTests.fixture()
        defer { directory.cleanUp() }
        let labelled = EstimateCommandTests.observationsCSV.replacingOccurrences(
            of: "station_id,stuffing,late,comment",
            with: "Station information/Station ID,Checklist/Ballot stuffing seen?,Checklist/late,Checklist/Comment / remarks")
        directory.write("labels.csv", labelled + "\n")
        // The sample's id column is station_id: the codebook says which export column it is.
        directory.write("codebook.csv", "column,meaning\nStation information/Station ID,station_id\n")
        let run = sbo("estimate", "--sample", directory.file("sample.csv"), "--observations", directory.file("labels.csv"),
                      "--codebook", directory.file("codebook.csv"), "--format", "json")
        #expect(run.status == 0, "\(run.errorOutput)")
        let json = try Self.json(run)
        #expect(json["indicators"]?.arrayValue?.compactMap { $0["name"]?.stringValue } == ["Ballot stuffing seen?", "late"])
        #expect(json["data_quality"]?["columns_not_used"]?.arrayValue?.first?["column"] == .string("Checklist/Comment / remarks"))
    }

    /// The committed fixtures are what `generate_fixtures.py` writes from the bundled data, so
    /// that they stay consistent with it. Skipped when python3 is absent (`.ci/run` installs it).
    @Test(.enabled(if: IntakeTests.hasPython, "needs python3 on PATH"))
    func fixturesAreWhatTheGeneratorWrites() throws {
        let directory = ScratchDirectory()
        defer { directory.cleanUp() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.fixture("generate_fixtures.py"), directory.path]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let written = directory.contents()
        #expect(written.count == 13)
        for name in written {
            let committed = FileManager.default.contents(atPath: Self.fixture(name))
            #expect(committed == FileManager.default.contents(atPath: directory.file(name)), "\(name) differs")
        }
    }

    static let hasPython: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "pass"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()
}
