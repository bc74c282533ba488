import Foundation
import SBO
import Testing

/// Hostile files through the command line (issue 6, item 3): each gets a one-line error with
/// its exit status (65 with `FILE:LINE:` for bad data, 66 for an unreadable input) or a
/// correct result, never a crash, and no output or temporary file is left behind on an error.
/// Inputs are built in code; the big ones (50 MB, a million columns) are generated here.
@Suite("Hostile inputs")
struct HostileInputTests {
    /// A frame file's bytes, the exit status `sbo frame` must give and the start of its error
    /// line after `error: FILE` (nil: the frame is valid).
    struct HostileFrame: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let status: Int32
        let message: String?
        /// The lines of the error: one, or a first line and one per problem listed.
        let lines: Int
        var testDescription: String { name }

        init(_ name: String, _ bytes: [UInt8], _ status: Int32, _ message: String?, lines: Int = 1) {
            self.name = name
            self.bytes = bytes
            self.status = status
            self.message = message
            self.lines = lines
        }

        init(_ name: String, _ text: String, _ status: Int32, _ message: String?, lines: Int = 1) {
            self.init(name, Array(text.utf8), status, message, lines: lines)
        }
    }

    static let frames: [HostileFrame] = [
        HostileFrame("NUL byte", Array("station_id,region\nA,x\nB\0,y\n".utf8), 65, ":3: a NUL byte"),
        HostileFrame(
            "mixed line endings, duplicate after them", "station_id,region\r\nA,x\rB,y\nC,z\r\nA,w\n", 65,
            ":5: 'A' appears twice (lines 2 and 5)"),
        HostileFrame(
            "UTF-16 LE with BOM", [0xFF, 0xFE] + "station_id\nA\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] },
            65, ":1: the file is UTF-16 text"),
        HostileFrame(
            "UTF-16 BE with BOM", [0xFE, 0xFF] + "station_id\nA\n".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] },
            65, ":1: the file is UTF-16 text"),
        HostileFrame("UTF-8 BOM only", [0xEF, 0xBB, 0xBF], 65, ":1: the file is empty or holds only blank lines"),
        HostileFrame("only delimiters", ",,,\n,,\n,\n\n,,,,,,\n", 65, ":1: the file is empty or holds only blank lines"),
        HostileFrame("a lone quote", "\"", 65, ":1: a quoted field starts here but its closing quote is missing"),
        HostileFrame(
            "unterminated quote after mixed line endings", "station_id\r\nA\rB\n\"C\n\r\n", 65,
            ":4: a quoted field starts here"),
        HostileFrame("1 byte: a letter", "a", 65, ":1: no column 'station_id' in the header"),
        HostileFrame("1 byte: a line feed", "\n", 65, ":1: the file is empty or holds only blank lines"),
        HostileFrame("1 byte: a comma", ",", 65, ":1: the file is empty or holds only blank lines"),
        HostileFrame("1 byte: NUL", [0], 65, ":1: a NUL byte"),
        HostileFrame("1 byte: not UTF-8", [0xFF], 65, ":1: bytes that are not valid UTF-8"),
        HostileFrame("invalid UTF-8 in the middle of line 5000", invalidByteOnLine5000(), 65, ":5000: bytes that are not valid UTF-8"),
        HostileFrame("header only", "station_id,registered_voters\n", 65, ":2: the frame has a header but no polling stations"),
        // Found by fuzzing: sizes this large overflowed the totals of `sbo frame`.
        HostileFrame(
            "absurd sizes", "station_id,registered_voters\nA,8000000000000000000\nB,8000000000000000000\n", 65,
            ": 2 problems (each listed below)\n  ", lines: 3),
        HostileFrame("mixed line endings, valid", "station_id,region\r\nA,x\rB,y\nC,z\r\n\n", 0, nil),
    ]

    /// 5,999 valid lines with one byte 0xFF in the middle of line 5000.
    static func invalidByteOnLine5000() -> [UInt8] {
        var lines = ["station_id,region"] + (2...6000).map { "S\($0),r\($0 % 7)" }
        lines[4999] = "S5000,r\u{1}1"
        var bytes = Array(lines.joined(separator: "\n").utf8)
        let offset = bytes.firstIndex(of: 1)!
        bytes[offset] = 0xFF
        return bytes
    }

    @Test(arguments: frames)
    func frameCommand(frame: HostileFrame) throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let path = dir.writeBytes("frame.csv", frame.bytes)
        let run = sbo("frame", path)
        #expect(run.status == frame.status, "\(run.errorOutput)")
        if let message = frame.message {
            #expect(run.errorOutput.hasPrefix("error: \(path)\(message)"), "got: \(run.errorOutput)")
            #expect(run.errorOutput.filter { $0 == "\n" }.count == frame.lines, "\(frame.lines) lines: \(run.errorOutput)")
        } else {
            #expect(run.output.contains("Polling stations: 3"), "\(run.output)")
        }
    }

    /// `sbo sample` on every hostile frame refuses with the same status and writes nothing.
    @Test(arguments: frames.filter { $0.status != 0 })
    func sampleCommandLeavesNothingBehind(frame: HostileFrame) {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let path = dir.writeBytes("frame.csv", frame.bytes)
        let run = sbo("sample", "--frame", path, "--size", "1", "--seed", "x", "--out", dir.file("sample.csv"))
        #expect(run.status == frame.status, "\(run.errorOutput)")
        #expect(run.errorOutput.hasPrefix("error: \(path):"))
        #expect(dir.contents() == ["frame.csv"])
    }

    @Test func directoryAndDevNull() {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let directory = sbo("frame", dir.path)
        #expect(directory.status == 66)
        #expect(directory.errorOutput == "error: \(dir.path): cannot read the file (it is a directory); check the path and its permissions\n")
        let sample = sbo("sample", "--frame", dir.path, "--size", "1", "--seed", "x", "--out", dir.file("s.csv"))
        #expect(sample.status == 66)
        #expect(dir.contents() == [])
        let empty = sbo("frame", "/dev/null")
        #expect(empty.status == 65)
        #expect(empty.errorOutput.hasPrefix("error: /dev/null:1: the file is empty or holds only blank lines"))
    }

    // MARK: Big inputs

    /// 50 MB in one cell: read whole; as a header name with the id column missing, the "did you
    /// mean" search skips it (it took minutes and 1.7 GB before EditDistance bounded it).
    @Test func hugeField() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let huge = String(repeating: "x", count: 50_000_000)
        let frame = dir.write("frame.csv", "station_id,region,registered_voters\nA,north,1\nB,\"\(huge)\n\",2\nC,south,3\n")
        let run = sbo("frame", frame)
        #expect(run.status == 0, "\(run.errorOutput)")
        #expect(run.output.contains("Polling stations: 3"))
        // The same cell as the station id of a duplicate: the message shows 40 characters of it.
        let duplicate = dir.write("dup.csv", "station_id\n\(huge)\nA\n\(huge)\n")
        let dupRun = sbo("frame", duplicate)
        #expect(dupRun.status == 65)
        #expect(dupRun.errorOutput == "error: \(duplicate):4: '\(String(repeating: "x", count: 40))…' appears twice (lines 2 and 4); station ids must be unique\n")
    }

    @Test func hugeHeaderNameAndMissingColumn() {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let frame = dir.write("frame.csv", "id," + String(repeating: "station_i", count: 5_000_000) + "\nA,1\n")
        let started = ContinuousClock.now
        let run = sbo("frame", frame)
        #expect(run.status == 65)
        #expect(run.errorOutput == "error: \(frame):1: no column 'station_id' in the header; name the column with --id-column\n")
        // Generous for a loaded debug build: the bug took minutes.
        #expect(ContinuousClock.now - started < .seconds(60))
    }

    /// A million columns: the frame is read, and a short row after the header is named.
    @Test func millionColumns() {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let header = "station_id," + (1..<1_000_000).map { "c\($0)" }.joined(separator: ",")
        let row = "A" + String(repeating: ",1", count: 999_999)
        let frame = dir.write("frame.csv", header + "\n" + row + "\nB,1,2\n")
        let run = sbo("frame", frame)
        #expect(run.status == 65)
        #expect(run.errorOutput.hasPrefix("error: \(frame):3: the row has 3 fields but the header has 1000000;"))
    }

    // MARK: Round trips through sample and verify

    /// Cells a spreadsheet would run as formulas come out of `sbo sample` with an apostrophe in
    /// front, read back without it, and the sample verifies.
    @Test func formulaCellsAreGuardedAndReadBack() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let ids = ["=cmd|' /C calc'!A0", "+1+1", "@SUM(A1)", "-x", "-12", "plain"]
        // The frame as a spreadsheet exports it: formulas unguarded (sbo reads frames as written).
        let frame = dir.write("frame.csv", rawCSV([["station_id", "note"]] + ids.map { [$0, "=HYPERLINK(\"http://evil\")"] }))
        let run = sbo("sample", "--frame", frame, "--size", "6", "--seed", "x", "--out", dir.file("sample.csv"))
        #expect(run.status == 0, "\(run.errorOutput)")
        let text = try #require(dir.read("sample.csv"))
        let firstCells = text.split(separator: "\n").dropFirst().map { $0.prefix { $0 != "," } }
        #expect(Set(firstCells) == ["'=cmd|' /C calc'!A0", "'+1+1", "'@SUM(A1)", "'-x", "-12", "plain"])
        #expect(text.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""))
        let table = try CSVReader.read(path: dir.file("sample.csv"))
        #expect(Set(try table.requiredColumn("station_id")) == Set(ids))
        #expect(Set(try table.requiredColumn("note")) == ["=HYPERLINK(\"http://evil\")"])
        #expect(sbo("verify", "--frame", frame, "--sample", dir.file("sample.csv")).status == 0)
    }

    /// Ids with delimiters, quotes, line breaks and surrounding spaces, and a 2 MB id, survive
    /// frame → SAMPLE.csv → verify.
    @Test func awkwardIdsRoundTrip() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let ids = [
            "a,b", "semi;colon", "tab\there", "say \"hi\"", "\"", "line\nbreak", "cr\rlf\r\n", " spaced ",
            "'quoted", "''=x", "\u{FEFF}bom", "é", "🗳", String(repeating: "long", count: 500_000),
        ]
        let frame = dir.write("frame.csv", rawCSV([["station_id", "region"]] + ids.enumerated().map { [$1, $0 % 2 == 0 ? "even" : "odd"] }))
        let run = sbo("sample", "--frame", frame, "--size", "10", "--seed", "x", "--stratify-by", "region",
                      "--reserves", "2", "--out", dir.file("sample.csv"))
        #expect(run.status == 0, "\(run.errorOutput)")
        let table = try CSVReader.read(path: dir.file("sample.csv"))
        let sampled = try table.requiredColumn("station_id")
        #expect(sampled.count == 14)
        #expect(Set(sampled.map { Array($0.utf8) }) == Set(ids.map { Array($0.utf8) }), "\(sampled.map { $0.prefix(20) })")
        let verify = sbo("verify", "--frame", frame, "--sample", dir.file("sample.csv"))
        #expect(verify.status == 0, "\(verify.output)")
        #expect(verify.output.hasPrefix("MATCH: "))
    }

    /// A hostile --stratum-proportions file stops the draw before anything is written.
    @Test(arguments: [
        ("stratum,proportion\nnorth,nan\n", ":2: proportion must be a number from 0 to 1, got 'nan'"),
        ("stratum,proportion\nnorth,inf\n", ":2: proportion must be a number from 0 to 1, got 'inf'"),
        ("stratum,proportion\nnorth,2\n", ":2: proportion must be a number from 0 to 1, got '2'"),
        ("stratum,proportion\nnorth,0.1\r\nnorth,0.2\n", ":3: stratum 'north' appears twice"),
        ("stratum,proportion\nnorth,\"0.1\n", ":2: a quoted field starts here"),
        ("\u{0}", ":1: a NUL byte"),
        ("stratum,proportion\nnorth,x\n ,0.1\nsouth,0.2\nsouth,0.3\n",
         ": 3 problems (each listed below)\n  PATH:2: proportion must be a number from 0 to 1, got 'x'\n  PATH:3: the stratum cell is empty; name the stratum as the frame does\n  PATH:5: stratum 'south' appears twice\n"),
    ])
    func hostileStratumProportions(text: String, message: String) {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let frame = dir.write("frame.csv", smallFrameCSV())
        let proportions = dir.write("p.csv", text)
        let run = sbo("sample", "--frame", frame, "--size", "12", "--seed", "x", "--stratify-by", "region",
                      "--allocation", "neyman", "--stratum-proportions", proportions, "--out", dir.file("sample.csv"))
        #expect(run.status == 65)
        let expected = "error: \(proportions)" + message.replacingOccurrences(of: "PATH", with: proportions)
        #expect(run.errorOutput.hasPrefix(expected), "got: \(run.errorOutput)")
        #expect(dir.contents() == ["frame.csv", "p.csv"])
    }

    // MARK: Hostile manifests

    static let manifestEdits: [(name: String, edit: @Sendable (String) -> String, message: String)] = [
        ("size as text", { $0.replacingOccurrences(of: "\"size\": 6", with: "\"size\": \"6\"") },
         ": the manifest lacks 'design.size' or it has the wrong type"),
        ("strata as a number", { $0.replacingOccurrences(of: "\"strata\": [", with: "\"strata\": 7, \"old\": [") },
         ": the manifest lacks 'strata' or it has the wrong type"),
        ("an object cut short", { $0.replacingOccurrences(of: "\"strata\": [", with: "\"strata\": {\"x\": [") },
         "(not a valid sbo manifest)"),
        ("truncated", { String($0.prefix($0.count / 2)) }, "(not a valid sbo manifest)"),
        ("empty", { _ in "" }, "(not a valid sbo manifest)"),
        ("deeply nested arrays", { _ in String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) },
         "(not a valid sbo manifest)"),
        ("deeply nested seed", { $0.replacingOccurrences(of: "\"seed\": \"x\"", with: "\"seed\": " + String(repeating: "[", count: 600)) },
         "(not a valid sbo manifest)"),
        ("a top-level number", { _ in "6" }, ": the manifest lacks"),
        // Found by Fuzz/ManifestFuzzTarget.swift: these trapped in the draw.
        ("a proportion above 1", { $0.replacingOccurrences(of: "\"north\": 0.2", with: "\"north\": 1.05") },
         ": the manifest's 'design.stratum_proportions' is 1.05, but it must be a proportion from 0 to 1"),
        ("reserves near Int.max", { $0.replacingOccurrences(of: "\"reserves\": 0", with: "\"reserves\": 9223372036854775807") },
         ": the manifest's 'design.reserves' is 9223372036854775807, but it must be from 0 to 1000000"),
        ("negative reserves", { $0.replacingOccurrences(of: "\"reserves\": 0", with: "\"reserves\": -1") },
         ": the manifest's 'design.reserves' is -1, but it must be from 0 to 1000000"),
        ("size 0", { $0.replacingOccurrences(of: "\"size\": 6", with: "\"size\": 0") },
         ": the manifest's 'design.size' is 0, but it must be from 1 to 2147483647"),
    ]

    @Test(arguments: manifestEdits.indices)
    func hostileManifest(index: Int) throws {
        let (name, edit, message) = Self.manifestEdits[index]
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let frame = dir.write("frame.csv", smallFrameCSV(rows: Array(0..<12)))
        dir.write("p.csv", "stratum,proportion\nnorth,0.2\nsouth,0.5\neast,0.05\n")
        let draw = sbo("sample", "--frame", frame, "--size", "6", "--seed", "x", "--stratify-by", "region",
                       "--allocation", "neyman", "--stratum-proportions", dir.file("p.csv"), "--out", dir.file("sample.csv"))
        #expect(draw.status == 0, "\(draw.errorOutput)")
        let manifestPath = dir.file("sample.csv.manifest.json")
        let original = try #require(dir.read("sample.csv.manifest.json"))
        let edited = edit(original)
        #expect(edited != original, "the edit '\(name)' must change the manifest")
        dir.write("sample.csv.manifest.json", edited)
        let before = dir.contents()
        let run = sbo("verify", "--frame", frame, "--sample", dir.file("sample.csv"))
        #expect(run.status == 65, "\(name): \(run.errorOutput)")
        // `error: FILE:LINE: ...`: every manifest error names a line (issue 11).
        let afterPath = run.errorOutput.dropFirst("error: \(manifestPath):".count)
        #expect(run.errorOutput.hasPrefix("error: \(manifestPath):"), "\(name): \(run.errorOutput)")
        #expect(afterPath.prefix { $0 != ":" }.allSatisfy(\.isNumber) && afterPath.first?.isNumber == true, "\(name): \(run.errorOutput)")
        #expect(run.errorOutput.contains(message.hasPrefix(": ") ? String(message.dropFirst(2)) : message), "\(name): \(run.errorOutput)")
        #expect(run.errorOutput.filter { $0 == "\n" }.count == 1)
        #expect(dir.contents() == before)
    }

    @Test func manifestThatIsADirectoryOrMissing() {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let frame = dir.write("frame.csv", smallFrameCSV(rows: Array(0..<12)))
        #expect(sbo("sample", "--frame", frame, "--size", "3", "--seed", "x", "--out", dir.file("sample.csv")).status == 0)
        let asDirectory = sbo("verify", "--frame", frame, "--sample", dir.file("sample.csv"), "--manifest", dir.path)
        #expect(asDirectory.status == 66)
        #expect(asDirectory.errorOutput.contains("it is a directory"))
        let missing = sbo("verify", "--frame", frame, "--sample", dir.file("sample.csv"), "--manifest", dir.file("none.json"))
        #expect(missing.status == 66)
    }
}

/// CSV text as another program writes it: RFC 4180 quoting where needed, no formula guard.
func rawCSV(_ rows: [[String]]) -> String {
    rows.map { row in
        row.map { cell in
            cell.unicodeScalars.contains(where: { ",\"\r\n".unicodeScalars.contains($0) }) || cell.unicodeScalars.first == "\u{FEFF}"
                ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }.joined(separator: ",")
    }.joined(separator: "\n") + "\n"
}

extension ScratchDirectory {
    /// Writes `bytes` to the file `name` and returns its path.
    @discardableResult
    func writeBytes(_ name: String, _ bytes: [UInt8]) -> String {
        let target = file(name)
        _ = FileManager.default.createFile(atPath: target, contents: Data(bytes))
        return target
    }
}

/// Issue 11: option values, file-system states and files that crashed, hung, lost or faked
/// something. Each case failed on main before the fix that its comment names.
@Suite("Hostile input: issue 11")
struct HostileInputIssue11Tests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Data/azerbaijan-2024").path
    static let estimateInputs = ["--sample", data + "/sample.csv", "--observations", data + "/observations.csv"]

    // MARK: Crashes (signal 4) from option values: one bound check per numeric option

    /// Every value that trapped in the maths is refused as bad usage, in one line.
    @Test(arguments: [
        (["plan", "--moe", "0.05", "--response-rate", "0"], "--response-rate must be between 0.01 and 1"),
        (["plan", "--moe", "0.05", "--response-rate", "1e-300"], "--response-rate must be between 0.01 and 1"),
        (["plan", "--moe", "0.05", "--confidence", "0.9999999999999999"], "--confidence must be between 0.5 and 0.999999"),
        (["plan", "--moe", "0.05", "--confidence", "1e-300"], "--confidence must be between 0.5 and 0.999999"),
        (["plan", "--moe", "1e-300"], "--moe must be between 0.0001 and 0.5"),
        (["plan", "--moe", "0.05", "--design-effect", "1e-300"], "--design-effect must be between 0.01 and 1000"),
        (["plan", "--moe", "0.05", "--proportion", "1e-300"], "--proportion must be between 0.0001 and 0.9999"),
        (["simulate", "--size", "10", "--confidence", "1e-300"], "--confidence must be between 0.5 and 0.999999"),
    ])
    func optionValuesThatCrashedPlanAndSimulate(arguments: [String], message: String) {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let frame = dir.write("frame.csv", smallFrameCSV())
        var full = arguments
        full.insert(contentsOf: ["--frame", frame], at: 1)
        let run = sbo(full)
        #expect(run.status == 64, "\(run.errorOutput)")
        #expect(run.errorOutput.hasPrefix("error: \(message)"), "\(run.errorOutput)")
        #expect(run.errorOutput.filter { $0 == "\n" }.count == 1)
    }

    @Test(arguments: [
        (["estimate", "--method", "bootstrap-bca", "--replicates", "50", "--confidence", "0.9999999999999999"], "--confidence must be between 0.5 and 0.999999"),
        (["estimate", "--method", "clopper-pearson", "--confidence", "1e-300"], "--confidence must be between 0.5 and 0.999999"),
        (["report", "--method", "clopper-pearson", "--confidence", "1e-300", "--out", "/nonexistent/r.html"], "--confidence must be between 0.5 and 0.999999"),
        (["estimate", "--method", "bootstrap", "--replicates", "100000000"], "--replicates must be between 1 and 1000000"),
    ])
    func optionValuesThatCrashedEstimateAndReport(arguments: [String], message: String) {
        var full = arguments
        full.insert(contentsOf: Self.estimateInputs, at: 1)
        let run = sbo(full)
        #expect(run.status == 64, "\(run.errorOutput)")
        #expect(run.errorOutput.hasPrefix("error: \(message)"), "\(run.errorOutput)")
    }

    /// The ends of every range are accepted and give finite results.
    @Test func rangeEndsWork() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let frame = dir.write("frame.csv", smallFrameCSV())
        for confidence in ["0.5", "0.999999"] {
            let plan = sbo("plan", "--frame", frame, "--moe", "0.05", "--confidence", confidence, "--response-rate", "0.01", "--format", "json")
            #expect(plan.status == 0, "\(plan.errorOutput)")
            for method in ["clopper-pearson", "wilson", "logit", "wald"] {
                let run = sbo(Self.estimateInputs.prepending("estimate") + ["--method", method, "--confidence", confidence, "--format", "json"])
                #expect(run.status == 0, "\(method) \(confidence): \(run.errorOutput)")
                #expect(!run.output.contains("nan") && !run.output.contains("inf"))
            }
        }
    }

    /// `--out ''` tripped a precondition in OutputFile.write.
    @Test func emptyOutputPath() {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let frame = dir.write("frame.csv", smallFrameCSV())
        let sample = sbo("sample", "--frame", frame, "--size", "5", "--seed", "x", "--out", "")
        #expect(sample.status == 73, "\(sample.errorOutput)")
        #expect(sample.errorOutput.hasPrefix("error: the output path is empty"), "\(sample.errorOutput)")
        let report = sbo(Self.estimateInputs.prepending("report") + ["--out", ""])
        #expect(report.status == 73, "\(report.errorOutput)")
        #expect(dir.contents() == ["frame.csv"])
    }

    /// With the response rate 5%, the 9,604 observers needed exceed the 60 stations: plan says so
    /// instead of capping the deployment silently and claiming the margin is reached.
    @Test func deploymentAboveTheFrameIsSaid() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let frame = dir.write("frame.csv", smallFrameCSV())
        let run = sbo("plan", "--frame", frame, "--moe", "0.01", "--response-rate", "0.05")
        #expect(run.status == 0, "\(run.errorOutput)")
        #expect(run.errorOutput.contains("warning: "), "\(run.errorOutput)")
        #expect(run.errorOutput.contains("would need observers at"), "\(run.errorOutput)")
        let json = try JSONValue.parse(Array(sbo("plan", "--frame", frame, "--moe", "0.01", "--response-rate", "0.05", "--format", "json").output.utf8), source: "json")
        #expect(json["stations_to_deploy"]?.integerValue == 60)
        #expect(json["deployment_capped"]?.boolValue == true)
    }
}

extension HostileInputIssue11Tests {
    // MARK: Output files: --force replaces only regular files that are not inputs

    @Test func forceOntoDevNullFailsAndLeavesItAlone() {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let frame = dir.write("frame.csv", smallFrameCSV())
        let report = sbo(Self.estimateInputs.prepending("report") + ["--out", "/dev/null", "--force"])
        #expect(report.status == 73, "\(report.errorOutput)")
        #expect(report.errorOutput.hasPrefix("error: /dev/null exists and is not a regular file"), "\(report.errorOutput)")
        let sample = sbo("sample", "--frame", frame, "--size", "5", "--seed", "x", "--out", "/dev/null", "--force")
        #expect(sample.status == 73, "\(sample.errorOutput)")
        var status = stat()
        #expect(lstat("/dev/null", &status) == 0 && (status.st_mode & S_IFMT) == S_IFCHR)
        #expect(dir.contents() == ["frame.csv"])
    }

    @Test func forceOntoAnInputIsRefused() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let frame = dir.write("frame.csv", smallFrameCSV())
        let run = sbo("sample", "--frame", frame, "--size", "5", "--seed", "x", "--out", frame, "--force")
        #expect(run.status == 73, "\(run.errorOutput)")
        #expect(run.errorOutput == "error: \(frame) is the input \(frame); writing the output there would destroy the input: choose another path\n")
        #expect(dir.read("frame.csv") == smallFrameCSV())
        #expect(sbo("sample", "--frame", frame, "--size", "5", "--seed", "x", "--out", dir.file("s.csv")).status == 0)
        let sampleBefore = dir.read("s.csv")
        let report = sbo("report", "--sample", dir.file("s.csv"), "--observations", Self.data + "/observations.csv",
                         "--out", dir.path + "/./s.csv", "--force")
        #expect(report.status == 73, "\(report.errorOutput)")
        #expect(dir.read("s.csv") == sampleBefore)
        // Nor the manifest beside the sample, nor any other file an option names.
        let manifestBefore = dir.read("s.csv.manifest.json")
        let onManifest = sbo("report", "--sample", dir.file("s.csv"), "--observations", Self.data + "/observations.csv",
                             "--out", dir.file("s.csv.manifest.json"), "--force")
        #expect(onManifest.status == 73, "\(onManifest.errorOutput)")
        #expect(dir.read("s.csv.manifest.json") == manifestBefore)
        dir.write("p.csv", "stratum,proportion\nall,0.5\n")
        let onProportions = sbo("sample", "--frame", frame, "--size", "5", "--seed", "x", "--allocation", "neyman",
                                "--stratum-proportions", dir.file("p.csv"), "--out", dir.file("p.csv"), "--force")
        #expect(onProportions.status == 73, "\(onProportions.errorOutput)")
        #expect(dir.read("p.csv") == "stratum,proportion\nall,0.5\n")
    }

    /// Names up to the file system's limit work: the temporary names are short.
    @Test func longOutputNames() {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let frame = dir.write("frame.csv", smallFrameCSV())
        // SAMPLE.csv.commitment.json, the longest name derived from it, adds 16 bytes.
        let sampleName = String(repeating: "s", count: 235) + ".csv"
        let run = sbo("sample", "--frame", frame, "--size", "5", "--seed", "x", "--out", dir.file(sampleName))
        #expect(run.status == 0, "\(run.errorOutput)")
        #expect(sbo("verify", "--frame", frame, "--sample", dir.file(sampleName)).status == 0)
        let reportName = String(repeating: "r", count: 250) + ".html"
        let report = sbo(Self.estimateInputs.prepending("report") + ["--out", dir.file(reportName)])
        #expect(report.status == 0, "\(report.errorOutput)")
        #expect(dir.exists(reportName))
    }

    /// A failed `sample --force` keeps the existing sample and manifest byte for byte.
    @Test func failedForcedSampleKeepsTheOldOne() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let frame = dir.write("frame.csv", smallFrameCSV())
        #expect(sbo("sample", "--frame", frame, "--size", "5", "--seed", "x", "--out", dir.file("s.csv")).status == 0)
        let before = dir.contents().map { ($0, dir.read($0)) }
        try FileManager.default.removeItem(atPath: dir.file("s.csv.manifest.json"))
        try FileManager.default.createDirectory(atPath: dir.file("s.csv.manifest.json"), withIntermediateDirectories: false)
        let run = sbo("sample", "--frame", frame, "--size", "7", "--seed", "y", "--out", dir.file("s.csv"), "--force")
        #expect(run.status == 73, "\(run.errorOutput)")
        #expect(dir.read("s.csv") == before.first { $0.0 == "s.csv" }?.1)
        #expect(dir.contents() == before.map(\.0))
    }
}

extension HostileInputIssue11Tests {
    // MARK: Salted commitments and a strict verify

    static func drawSample(_ dir: ScratchDirectory, seed: String = "4 1 6 2 5 3") -> (frame: String, sample: String, run: ToolRun) {
        let frame = dir.write("frame.csv", smallFrameCSV())
        let run = sbo("sample", "--frame", frame, "--size", "9", "--seed", seed, "--stratify-by", "region",
                      "--reserves", "1", "--out", dir.file("s.csv"))
        return (frame, dir.file("s.csv"), run)
    }

    /// `sample --format json` prints what may be published (the commitment file), never the
    /// private manifest's seed and salt: standard output ends up in logs and chats.
    @Test func sampleJSONOnStandardOutputIsThePublicCommitment() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let frame = dir.write("frame.csv", smallFrameCSV())
        let run = sbo("sample", "--frame", frame, "--size", "9", "--seed", "4 1 6 2 5 3", "--stratify-by", "region",
                      "--out", dir.file("s.csv"), "--format", "json")
        #expect(run.status == 0, "\(run.errorOutput)")
        #expect(run.output == dir.read("s.csv.commitment.json"))
        let manifest = try JSONValue.parse(Array(dir.read("s.csv.manifest.json")!.utf8), source: "m")
        let salt = try #require(manifest["salt"]?.stringValue)
        #expect(!run.output.contains("4 1 6 2 5 3") && !run.output.contains(salt))
    }

    @Test func sampleWritesASaltedPrivateManifestAndAPublicCommitment() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let (_, _, run) = Self.drawSample(dir)
        #expect(run.status == 0, "\(run.errorOutput)")
        #expect(dir.contents() == ["frame.csv", "s.csv", "s.csv.commitment.json", "s.csv.manifest.json"])
        let manifest = try JSONValue.parse(Array(dir.read("s.csv.manifest.json")!.utf8), source: "m")
        let salt = try #require(manifest["salt"]?.stringValue)
        #expect(salt.count == 64 && salt.allSatisfy { "0123456789abcdef".contains($0) })
        // sha256_hex(SALT_HEX + sha256_hex(SEED)), spelt out.
        let expected = SHA256.hexString(of: SHA256.digest(salt + SHA256.hexString(of: SHA256.digest("4 1 6 2 5 3"))))
        #expect(manifest["seed_commitment"]?.stringValue == expected)
        let publicText = try #require(dir.read("s.csv.commitment.json"))
        let published = try JSONValue.parse(Array(publicText.utf8), source: "c")
        #expect(published["commitment"]?.stringValue == expected)
        #expect(published["frame"]?["sha256"]?.stringValue == manifest["frame"]?["sha256"]?.stringValue)
        #expect(published["design"] == manifest["design"])
        #expect(published["version"] != nil)
        #expect(published["seed"] == nil && published["salt"] == nil && published["sample"] == nil)
        #expect(!publicText.contains("4 1 6 2 5 3") && !publicText.contains(salt))
        for id in try CSVReader.read(path: dir.file("s.csv")).requiredColumn("station_id") {
            #expect(!publicText.contains(id))
        }
        #expect(run.output.contains("PRIVATE until after election day"))
        #expect(run.output.contains("s.csv.commitment.json\n  PUBLISH before election day"))
        // A second draw with the same seed: the same sample, a new salt and commitment.
        let again = sbo("sample", "--frame", dir.file("frame.csv"), "--size", "9", "--seed", "4 1 6 2 5 3", "--stratify-by", "region",
                        "--reserves", "1", "--out", dir.file("t.csv"))
        #expect(again.status == 0)
        #expect(dir.read("t.csv") == dir.read("s.csv"))
        let second = try JSONValue.parse(Array(dir.read("t.csv.manifest.json")!.utf8), source: "m")
        #expect(second["salt"] != manifest["salt"] && second["seed_commitment"] != manifest["seed_commitment"])
        #expect(sbo("verify", "--frame", dir.file("frame.csv"), "--sample", dir.file("s.csv")).status == 0)
    }

    /// Each edit that verify used to call a MATCH is now a listed mismatch with exit 1.
    @Test(arguments: [
        ("commitment", "\"seed_commitment\": \"", "\"seed_commitment\": \"0", "the manifest's seed_commitment is 0"),
        ("salt", "\"salt\": \"", "\"salt\": \"0", "but its seed and salt give"),
        ("allocation", "\"allocated\": 3", "\"allocated\": 4", "the manifest's design has stratum"),
        ("sample hash", "\"sha256\": \"", "\"sha256\": \"f", "but the manifest records f"),
    ])
    func verifyListsEveryManifestEdit(name: String, old: String, new: String, message: String) throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let (frame, sample, run) = Self.drawSample(dir)
        #expect(run.status == 0)
        var text = try #require(dir.read("s.csv.manifest.json"))
        if name == "salt" || name == "sample hash" {
            // Edit the last occurrence (the sample's hash) or the salt, keeping 64 digits.
            let range = try #require(text.range(of: old, options: name == "sample hash" ? .backwards : []))
            text.replaceSubrange(range.upperBound..<text.index(after: range.upperBound), with: name == "salt" ? (text[range.upperBound] == "0" ? "1" : "0") : "f")
            if name == "sample hash" && text[range.upperBound...].hasPrefix("f") && dir.read("s.csv.manifest.json") == text {
                text.replaceSubrange(range.upperBound..<text.index(after: range.upperBound), with: "e")
            }
        } else {
            text = text.replacingOccurrences(of: old, with: new, options: [], range: text.range(of: old))
        }
        #expect(text != dir.read("s.csv.manifest.json"))
        dir.write("s.csv.manifest.json", text)
        let verify = sbo("verify", "--frame", frame, "--sample", sample)
        #expect(verify.status == 1, "\(name): \(verify.output)")
        #expect(verify.output.hasPrefix("MISMATCH: "), "\(name): \(verify.output)")
        #expect(verify.output.contains(name == "sample hash" ? "but the manifest records" : message), "\(name): \(verify.output)")
    }

    @Test func verifyListsEveryMismatchAtOnceAndAllowsAChangedFrameOnRequest() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let (frame, sample, run) = Self.drawSample(dir)
        #expect(run.status == 0)
        // Same stations, other bytes (CRLF): the frame's hash differs, the draw does not.
        dir.write("frame.csv", smallFrameCSV().replacingOccurrences(of: "\n", with: "\r\n"))
        let strict = sbo("verify", "--frame", frame, "--sample", sample)
        #expect(strict.status == 1, "\(strict.output)")
        #expect(strict.output.contains("it is not the file the sample was drawn from"))
        let allowed = sbo("verify", "--frame", frame, "--sample", sample, "--allow-changed-frame")
        #expect(allowed.status == 0, "\(allowed.output)")
        #expect(allowed.output.hasPrefix("MATCH: "))
        #expect(allowed.errorOutput.hasPrefix("warning: the frame's SHA-256 is"))
        // Three problems at once: all three listed.
        var text = try #require(dir.read("s.csv.manifest.json"))
        text = text.replacingOccurrences(of: "\"seed_commitment\": \"", with: "\"seed_commitment\": \"x")
        text = text.replacingOccurrences(of: "\"allocated\": 3", with: "\"allocated\": 2")
        dir.write("s.csv.manifest.json", text)
        let many = sbo("verify", "--frame", frame, "--sample", sample)
        #expect(many.status == 1)
        #expect(many.output.hasPrefix("MISMATCH: "))
        #expect(many.output.contains("it is not the file the sample was drawn from"))
        #expect(many.output.contains("the manifest's seed_commitment is x"))
        #expect(many.output.contains("the manifest's design has stratum"))
    }

    /// A design edit that draws the same sample (Neyman without proportions is proportional),
    /// or one that cannot be drawn at all, is caught: against the commitment published before
    /// election day, and as a failed check (exit 1), not a usage error.
    @Test(arguments: [
        ("\"allocation\": \"proportional\"", "\"allocation\": \"neyman\""),
        ("\"size\": 9", "\"size\": 999999"),
        ("\"stratify_by\": \"region\"", "\"stratify_by\": \"nope\""),
    ])
    func verifyComparesTheDesignWithThePublishedCommitment(old: String, new: String) throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let (frame, sample, run) = Self.drawSample(dir)
        #expect(run.status == 0)
        let text = try #require(dir.read("s.csv.manifest.json"))
        #expect(text.contains(old))
        dir.write("s.csv.manifest.json", text.replacingOccurrences(of: old, with: new))
        let verify = sbo("verify", "--frame", frame, "--sample", sample)
        #expect(verify.status == 1, "\(verify.output)\(verify.errorOutput)")
        #expect(verify.output.contains("s.csv.commitment.json (published before election day) has another 'design' than the manifest"), "\(verify.output)")
    }

    /// The bundled manifest predates salts: its unsalted commitment still verifies.
    @Test func bundledUnsaltedManifestStillVerifies() throws {
        let manifest = try JSONValue.parse(Array(try #require(FileManager.default.contents(atPath: Self.data + "/sample.csv.manifest.json"))), source: "m")
        #expect(manifest["salt"] == nil)
        let run = sbo("verify", "--frame", Self.data + "/frame.csv", "--sample", Self.data + "/sample.csv")
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains("no salt (an older, unsalted manifest)"))
    }

    @Test func helpHasNoPiSeedAndRecommendsEnoughDice() {
        for command in ["sample"] {
            let help = sbo(command, "--help").output
            #expect(!help.contains("31415"), "\(help)")
            #expect(help.contains("50 dice rolls"))
        }
        #expect(!sbo("--help").output.contains("31415"))
    }
}

extension HostileInputIssue11Tests {
    // MARK: The frame's reader and SAMPLE.csv's reader agree

    /// Observations with one yes/no column for every primary of SAMPLE.csv.
    static func observations(for sample: String, in dir: ScratchDirectory) throws -> String {
        let table = try CSVReader.read(path: sample)
        let roles = try table.requiredColumn("role")
        let ids = try table.requiredColumn("station_id").indices.filter { roles[$0] == "primary" }.map { try! table.requiredColumn("station_id")[$0] }
        return dir.write("obs.csv", rawCSV([["station_id", "ballot_stuffing"]] + ids.enumerated().map { [$1, $0 % 3 == 0 ? "yes" : "no"] }))
    }

    /// `North` and `North ` were two strata in the frame and one in SAMPLE.csv, so sbo refused
    /// its own sample; `'=x` and `=x` were merged in the frame. Now one trimming rule, cells as
    /// written.
    @Test(arguments: [("North", "North "), ("'=x", "=x")])
    func sbosOwnSampleIsAccepted(first: String, second: String) throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        var rows = [["station_id", "region"]]
        for i in 0..<24 { rows.append(["S\(i)", i % 3 == 0 ? "South" : (i % 3 == 1 ? first : second)]) }
        let frame = dir.write("frame.csv", rawCSV(rows))
        let run = sbo("sample", "--frame", frame, "--size", "9", "--seed", "x", "--stratify-by", "region", "--out", dir.file("s.csv"))
        #expect(run.status == 0, "\(run.errorOutput)")
        let strata = Set(try CSVReader.read(path: dir.file("s.csv")).requiredColumn("stratum"))
        #expect(strata == (first == "North" ? ["North", "South"] : ["'=x", "=x", "South"]))
        let estimate = sbo("estimate", "--sample", dir.file("s.csv"), "--observations", try Self.observations(for: dir.file("s.csv"), in: dir))
        #expect(estimate.status == 0, "\(estimate.errorOutput)")
        #expect(sbo("verify", "--frame", frame, "--sample", dir.file("s.csv")).status == 0)
    }

    /// Canonically equivalent spellings (é as U+00E9 and as e + U+0301) are refused, naming both
    /// lines, whatever the row order; so SAMPLE.csv cannot depend on it.
    @Test(arguments: [false, true])
    func unicodeVariantsAreRefused(reversed: Bool) {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        var lines = ["A,Gy\u{00E9}m", "B,Gye\u{0301}m", "C,Baku", "D,Baku"]
        if reversed { lines.reverse() }
        let frame = dir.write("frame.csv", "station_id,region\n" + lines.joined(separator: "\n") + "\n")
        let run = sbo("sample", "--frame", frame, "--size", "2", "--seed", "x", "--stratify-by", "region", "--out", dir.file("s.csv"))
        #expect(run.status == 65, "\(run.errorOutput)")
        #expect(run.errorOutput.contains("is spelt with other Unicode code points than the same-looking value on line"), "\(run.errorOutput)")
        let ids = dir.write("ids.csv", "station_id\nGy\u{00E9}m\nGye\u{0301}m\n")
        let idRun = sbo("frame", ids)
        #expect(idRun.status == 65)
        #expect(idRun.errorOutput.hasPrefix("error: \(ids):3: station_id 'Gy"), "\(idRun.errorOutput)")
        #expect(dir.contents() == ["frame.csv", "ids.csv"])
    }

    /// Ids are matched after trimming, in the frame as in SAMPLE.csv and the observations.
    @Test func idsThatDifferOnlyInBlanksAreOneId() {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let frame = dir.write("frame.csv", "station_id,region\nA,x\n A ,x\nB,x\n")
        let run = sbo("frame", frame)
        #expect(run.status == 65)
        #expect(run.errorOutput.hasPrefix("error: \(frame):3: ' A ' appears twice (lines 2 and 3)"), "\(run.errorOutput)")
    }

    // MARK: SAMPLE.csv integrity

    static func copyBundledSample(to dir: ScratchDirectory, edit: (String) -> String, manifest: Bool) throws -> String {
        let text = try String(contentsOfFile: data + "/sample.csv", encoding: .utf8)
        let path = dir.write("sample.csv", edit(text))
        if manifest {
            dir.write("sample.csv.manifest.json", try String(contentsOfFile: data + "/sample.csv.manifest.json", encoding: .utf8))
        }
        return path
    }

    /// A SAMPLE.csv edited after drawing, with its manifest beside it, is refused by every
    /// command that reads it; so is a row that contradicts itself, manifest or not.
    @Test(arguments: ["estimate", "compare", "report"])
    func editedSampleIsRefused(command: String) throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        // The ballot-stuffing attack of issue 11: one probability set to 1e-300.
        let attack = { (text: String) in
            text.replacingOccurrences(of: "primary,1,0.04081632653061224,24.5", with: "primary,1,1e-300,24.5")
        }
        var extra = ["--observations", Self.data + "/observations.csv"]
        if command == "compare" { extra += ["--official", Self.data + "/official.csv"] }
        if command == "report" { extra += ["--out", dir.file("r.html")] }
        let withManifest = try Self.copyBundledSample(to: dir, edit: attack, manifest: true)
        let run = sbo([command, "--sample", withManifest] + extra)
        #expect(run.status == 65, "\(run.errorOutput)")
        #expect(run.errorOutput.hasPrefix("error: \(withManifest):1: the file's SHA-256 is"), "\(run.errorOutput)")
        try FileManager.default.removeItem(atPath: dir.file("sample.csv.manifest.json"))
        let alone = sbo([command, "--sample", withManifest] + extra)
        #expect(alone.status == 65, "\(alone.errorOutput)")
        #expect(alone.errorOutput.hasPrefix("error: \(withManifest):2: weight 24.5 is not 1/inclusion_probability"), "\(alone.errorOutput)")
        #expect(!dir.exists("r.html"))
    }

    @Test func selfContradictoryRowsAreRefused() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let cases: [(String, String, String)] = [
            ("primary,1,0.04081632653061224,24.5", "primary,1,0.04081632653061224,25", "weight 25.0 is not 1/inclusion_probability"),
            ("primary,1,0.04081632653061224,24.5", "primary,1,1.5,0.6666666666666666", "inclusion_probability"),
            (",Abroad,49,", ",Abroad,3,", "lists 4 stations but its stratum_size is 3"),
        ]
        for (old, new, message) in cases {
            let path = try Self.copyBundledSample(to: dir, edit: { $0.replacingOccurrences(of: old, with: new) }, manifest: false)
            let run = sbo("estimate", "--sample", path, "--observations", Self.data + "/observations.csv")
            #expect(run.status == 65, "\(new): \(run.errorOutput)")
            #expect(run.errorOutput.contains(message), "\(new): \(run.errorOutput)")
        }
        // The bundled files themselves pass, with and without the manifest.
        let bundled = sbo("estimate", "--sample", Self.data + "/sample.csv", "--observations", Self.data + "/observations.csv")
        #expect(bundled.status == 0, "\(bundled.errorOutput)")
    }

    /// `sample --pps`, then `verify`; an edit of one probability is caught.
    @Test func ppsSampleVerifies() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let frame = dir.write("frame.csv", smallFrameCSV())
        let run = sbo("sample", "--frame", frame, "--size", "12", "--seed", "pps 1 2 3", "--stratify-by", "region",
                      "--pps", "registered_voters", "--reserves", "1", "--out", dir.file("s.csv"))
        #expect(run.status == 0, "\(run.errorOutput)")
        let verify = sbo("verify", "--frame", frame, "--sample", dir.file("s.csv"))
        #expect(verify.status == 0, "\(verify.output)")
        #expect(verify.output.hasPrefix("MATCH: "))
        let estimate = sbo("estimate", "--sample", dir.file("s.csv"), "--observations", try Self.observations(for: dir.file("s.csv"), in: dir))
        #expect(estimate.status == 0, "\(estimate.errorOutput)")
    }
}

extension HostileInputIssue11Tests {
    // MARK: Terminal, Markdown and spreadsheet safety

    /// Whether `text` holds a character a terminal acts on (other than LF and TAB).
    static func hasRawControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            let v = scalar.value
            return (v < 0x20 && v != 0x0A && v != 0x09) || (0x7F...0x9F).contains(v)
                || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v)
        }
    }

    /// A station id or stratum that moves the cursor up and erases the line above, reverses the
    /// text, or holds a C1 CSI, is printed visibly, on stdout and stderr alike.
    @Test func controlCharactersNeverReachTheTerminal() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let hostile = ["\u{1B}[1A\u{1B}[2Kok", "evil\u{202E}txt.exe", "c1\u{9B}31m", "cr\rhidden", "bell\u{7}"]
        var rows = [["station_id", "region"]]
        for (i, name) in hostile.enumerated() {
            rows.append(["\(name)-\(i)a", name])
            rows.append(["\(name)-\(i)b", name])
        }
        let frame = dir.write("frame.csv", rawCSV(rows))
        for format in ["table", "markdown", "csv"] {
            let summary = sbo("frame", frame, "--stratify-by", "region", "--format", format)
            #expect(summary.status == 0, "\(summary.errorOutput)")
            #expect(!Self.hasRawControl(summary.output), "\(format): \(summary.output.debugDescription)")
        }
        #expect(sbo("frame", frame, "--stratify-by", "region").output.contains("\\u{1b}[1A"))
        let sample = sbo("sample", "--frame", frame, "--size", "10", "--seed", "x", "--stratify-by", "region", "--out", dir.file("s.csv"))
        #expect(sample.status == 0, "\(sample.errorOutput)")
        #expect(!Self.hasRawControl(sample.output) && !Self.hasRawControl(sample.errorOutput))
        // Errors: a duplicate id, and an observed station that is not in the sample.
        let duplicate = dir.write("dup.csv", rawCSV([["station_id"], ["\u{1B}[31mred"], ["\u{1B}[31mred"]]))
        let run = sbo("frame", duplicate)
        #expect(run.status == 65)
        #expect(!Self.hasRawControl(run.errorOutput), "\(run.errorOutput.debugDescription)")
        #expect(run.errorOutput.contains("'\\u{1b}[31mred'"))
        let observations = dir.write("obs.csv", rawCSV([["station_id", "q"], ["\u{1B}[2J\u{1B}[Hgone", "yes"]]))
        let estimate = sbo("estimate", "--sample", dir.file("s.csv"), "--observations", observations)
        #expect(estimate.status == 65)
        #expect(!Self.hasRawControl(estimate.errorOutput), "\(estimate.errorOutput.debugDescription)")
    }

    /// Markdown output shows cells as text: no HTML, no link, no image.
    @Test func markdownCellsAreLiteral() {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let names = ["<img src=x onerror=alert(1)>", "[click](http://evil)", "![i](http://evil/p.png)", "a|b"]
        var rows = [["station_id", "region"]]
        for (i, name) in names.enumerated() { rows += [["S\(i)a", name], ["S\(i)b", name]] }
        let frame = dir.write("frame.csv", rawCSV(rows))
        let run = sbo("frame", frame, "--stratify-by", "region", "--format", "markdown")
        #expect(run.status == 0, "\(run.errorOutput)")
        // Every <, [ and ! is escaped.
        let scalars = Array(run.output.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where "<[!".unicodeScalars.contains(scalar) {
            #expect(index > 0 && scalars[index - 1] == "\\", "\(run.output)")
        }
        #expect(run.output.contains("\\<img src=x onerror=alert(1)\\>"))
        #expect(run.output.contains("\\[click\\](http://evil)"))
        #expect(run.output.contains("a\\|b"))
    }

    /// A cell that starts with TAB or CR before a formula is guarded in every CSV sbo writes,
    /// and reads back unchanged.
    @Test func formulasBehindTabOrCarriageReturnAreGuarded() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let ids = ["\t=HYPERLINK(\"http://evil\")", "\r=cmd|' /C calc'!A0", "\t-2", "plain"]
        let frame = dir.write("frame.csv", rawCSV([["station_id", "region"]] + ids.map { [$0, $0 == "plain" ? "p" : "\t=x"] }))
        let run = sbo("sample", "--frame", frame, "--size", "4", "--seed", "x", "--out", dir.file("s.csv"))
        #expect(run.status == 0, "\(run.errorOutput)")
        let text = try #require(dir.read("s.csv"))
        #expect(text.contains("\"'\t=HYPERLINK(") && text.contains("\"'\r=cmd") && text.contains("\"'\t=x\""))
        let back = try CSVReader.read(path: dir.file("s.csv"))
        #expect(Set(try back.requiredColumn("station_id")) == Set(ids))
        #expect(sbo("verify", "--frame", frame, "--sample", dir.file("s.csv")).status == 0)
        let csv = sbo("frame", frame, "--stratify-by", "region", "--format", "csv")
        // Strata are trimmed: the stratum is =x, guarded in the CSV summary.
        #expect(csv.output.contains("\n'=x,"), "\(csv.output.debugDescription)")
    }

    /// A 4 MB unknown station id: no minute-long "did you mean" search, and a short error line.
    @Test func hugeUnknownStationID() throws {
        let dir = ScratchDirectory()
        defer { dir.cleanUp() }
        let huge = String(repeating: "029-04", count: 700_000)
        let observations = dir.write("obs.csv", "station_id,ballot_stuffing\n029-045,no\n\(huge),yes\n")
        let started = ContinuousClock.now
        let run = sbo("estimate", "--sample", Self.data + "/sample.csv", "--observations", observations)
        #expect(run.status == 65, "\(run.errorOutput.prefix(300))")
        #expect(ContinuousClock.now - started < .seconds(30))
        #expect(run.errorOutput.utf8.count < 1_000, "\(run.errorOutput.utf8.count) bytes")
        #expect(run.errorOutput.contains("characters) is not in"), "\(run.errorOutput.prefix(300))")
    }
}

extension Array where Element == String {
    func prepending(_ first: String) -> [String] { [first] + self }
}
