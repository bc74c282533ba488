import Foundation
import SBO

/// `sbo-bench --suite e2e`: the built `sbo` binary timed as a whole process (start-up, reading,
/// validation, computation, output), against its Python peer on the same files in the same run
/// (issue 16). The peers are timed in-process (`Benchmarks/baselines/e2e_baselines.py`: no
/// interpreter start-up, no imports), as a user's notebook would run them.
///
/// | name | sbo command | Python peer | target (issue 16) |
/// |---|---|---|---|
/// | E1 | `estimate` (Wilson), n = 100,000, 20 indicators, 10 strata | pandas.read_csv ×2, merge, numpy stratified formula | ≥ 2× the peer |
/// | E2 | the same at n = 10,000 | the same | under 30 ms |
/// | E3 | `estimate --method bootstrap`, W2: n = 105, k = 20, B = 100,000 | scipy.stats.bootstrap | ≥ 25× |
/// | E4 | the same, W4: n = 10,000, k = 20, B = 10,000 | scipy.stats.bootstrap | ≥ 40× |
/// | E5 | `frame --stratify-by state`, N = 1,000,000 | pandas.read_csv | ≥ 2×, ≤ 128 MiB |
/// | E6 | `sample` 10,000 of 1,000,000 by state | pandas read, groupby sample, to_csv | ≥ 1.5×, ≤ 128 MiB |
/// | E7 | `forensics` on 1,000,000 official stations with E6's sample (observer effect by state) | none | in seconds: < 10 s |
/// | E8 | `progress` on E2's 10,000 stations with submission times, 10 checkpoints | none | in seconds: < 5 s |
///
/// Before timing, each workload runs sbo once and checks its output against the peer's result
/// (E1/E2: every estimate within 1e-9 and standard error within 1e-6 relative; E3/E4: every
/// bootstrap standard error within 5/√B + 1/n relative of scipy's — two independent bootstrap
/// SEs differ by about 1/√B, and Rao–Wu's n − 1 of n rescaled differs from scipy's n of n by
/// a factor √(n/(n − 1)); E5: stations and registered voters; E6: 10,000 primaries, and
/// pandas' draw within one station per state of 10,000; E7: every official station tested for
/// whole percentages and an observer effect for turnout and each candidate; E8: ten
/// checkpoints (the first nine tenths of the sample, then the last report), the last with every
/// reporting station).
enum EndToEndSuite {
    struct Row: Codable {
        var workload: String
        var title: String
        var runs: Int
        var p0Milliseconds: Double
        var p50Milliseconds: Double
        var p100Milliseconds: Double
        /// The largest peak resident memory of the timed sbo processes.
        var peakMemoryMiB: Double
        var peer: String
        var peerP50Milliseconds: Double?
        /// Peer p50 / sbo p50.
        var speedup: Double?
        var target: String
        /// Whether the target is met in this run (nil without the peer's figure, when it needs one).
        var met: Bool?
        var check: String
    }

    static let names = ["E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8"]

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// The Python peer's report: its run times and its result for the checks.
    struct PeerReport {
        var times: [Double]?
        var result: JSONValue?
    }

    /// Runs the selected workloads (all when `names` holds none of E1…E8) with the `sbo` binary
    /// at `executable`. The input files go to a temporary directory removed at the end, or to
    /// `keep`, where they stay.
    static func run(names requested: Set<String>, runs: Int, executable: String, keep: String? = nil) throws -> [Row] {
        let selected = requested.intersection(names).isEmpty ? Set(names) : requested
        let directory = keep ?? FileManager.default.temporaryDirectory.appendingPathComponent("sbo-bench-e2e-\(getpid())").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { if keep == nil { try? FileManager.default.removeItem(atPath: directory) } }
        let context = Context(executable: executable, directory: directory, runs: runs)
        var rows = [Row]()
        for (name, stations) in [("E1", 100_000), ("E2", 10_000)] where selected.contains(name) {
            rows.append(try context.estimate(name: name, stations: stations))
        }
        for (name, workload, target) in [("E3", "W2", 25.0), ("E4", "W4", 40.0)] where selected.contains(name) {
            rows.append(try context.bootstrap(name: name, workload: Workload.all.first { $0.name == workload }!, target: target))
        }
        if !selected.isDisjoint(with: ["E5", "E6", "E7"]) {
            progress("writing the 1,000,000-station frame…")
            let frame = try EndToEndInputs.writeFrame(stations: 1_000_000, in: directory)
            if selected.contains("E5") { rows.append(try context.frame(path: frame)) }
            if selected.contains("E6") { rows.append(try context.sample(frame: frame)) }
            if selected.contains("E7") { rows.append(try context.forensics(frame: frame)) }
        }
        if selected.contains("E8") { rows.append(try context.electionNight(stations: 10_000)) }
        return rows
    }

    /// The rows as a table, then one line per target: met or missed.
    static func table(_ rows: [Row]) -> String {
        func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0) }
        func number(_ value: Double?, _ format: String) -> String { value.map { String(format: format, $0) } ?? "-" }
        var lines = [[pad("name", 5), pad("workload", 50), pad("p0 ms", 9), pad("p50 ms", 9), pad("p100 ms", 9),
                      pad("peak MiB", 9), pad("peer", 33), pad("peer ms", 9), pad("×peer", 7), "target"].joined()]
        for row in rows {
            lines.append([
                pad(row.workload, 5), pad(row.title, 50), pad(number(row.p0Milliseconds, "%.1f"), 9),
                pad(number(row.p50Milliseconds, "%.1f"), 9), pad(number(row.p100Milliseconds, "%.1f"), 9),
                pad(number(row.peakMemoryMiB, "%.1f"), 9), pad(row.peer, 33), pad(number(row.peerP50Milliseconds, "%.1f"), 9),
                pad(number(row.speedup, "%.2f"), 7),
                row.target + (row.met.map { $0 ? ": met" : ": MISSED" } ?? ": no peer figure"),
            ].joined())
        }
        for row in rows { lines.append("\(row.workload) check: \(row.check)") }
        return lines.joined(separator: "\n")
    }

    private static func progress(_ message: String) {
        FileHandle.standardError.write(Data("\(message)\n".utf8))
    }

    /// What every workload needs: the binary, the scratch directory and the run count.
    struct Context {
        let executable: String
        let directory: String
        let runs: Int

        /// Runs sbo once with stdout to a file and returns that output; throws when sbo fails.
        func output(_ arguments: [String]) throws -> Data {
            let out = directory + "/out.txt", errors = directory + "/err.txt"
            guard let run = Measurement.runProcess(executable, arguments, output: out, errors: errors) else {
                throw Failure("cannot run \(executable); build it with swift build -c release")
            }
            guard run.status == 0 else {
                let message = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
                throw Failure("sbo \(arguments.joined(separator: " ")) exited with \(run.status): \(message)")
            }
            return try Data(contentsOf: URL(fileURLWithPath: out))
        }

        /// Times sbo with `arguments` after one warm-up run: p0/p50/p100 seconds and the peak memory.
        func time(_ arguments: [String]) throws -> (p0: Double, p50: Double, p100: Double, peak: Int) {
            var times = [Double](), peak = 0
            for run in 0...runs {
                guard let result = Measurement.runProcess(executable, arguments), result.status == 0 else {
                    throw Failure("sbo \(arguments.joined(separator: " ")) failed")
                }
                if run > 0 { times.append(result.seconds); peak = max(peak, result.peakMemory) }
            }
            let (p0, p50, p100) = Measurement.percentiles(times)
            return (p0, p50, p100, peak)
        }

        /// Runs `e2e_baselines.py` with `arguments`; nil (with a message) when Python or a
        /// package is missing.
        func peer(_ arguments: [String]) -> PeerReport? {
            let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("baselines/e2e_baselines.py").path
            let out = directory + "/peer.json", errors = directory + "/peer-err.txt"
            guard let run = Measurement.runProcess("/usr/bin/env", ["python3", script] + arguments, output: out, errors: errors),
                  run.status == 0,
                  let data = FileManager.default.contents(atPath: out),
                  let report = try? JSONValue.parse(Array(data), source: out)
            else {
                let message = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
                progress("the Python peer failed (it needs python3 and pip install pandas numpy scipy): \(message)")
                return nil
            }
            if let missing = report["missing"]?.stringValue { progress(missing); return nil }
            return PeerReport(times: report["times"]?.arrayValue?.compactMap(\.doubleValue), result: report["result"])
        }

        /// A row from sbo's timings and the peer's.
        func row(
            _ name: String, _ title: String, _ sbo: (p0: Double, p50: Double, p100: Double, peak: Int),
            peer: String, _ report: PeerReport?, target: String, check: String,
            met: (_ speedup: Double?, _ p50: Double, _ peakMiB: Double) -> Bool?
        ) -> Row {
            let peerP50 = report?.times.map { Measurement.percentiles($0).p50 }
            let speedup = peerP50.map { $0 / sbo.p50 }
            let peakMiB = Double(sbo.peak) / 1_048_576
            return Row(
                workload: name, title: title, runs: runs, p0Milliseconds: sbo.p0 * 1e3, p50Milliseconds: sbo.p50 * 1e3,
                p100Milliseconds: sbo.p100 * 1e3, peakMemoryMiB: peakMiB, peer: peer,
                peerP50Milliseconds: peerP50.map { $0 * 1e3 }, speedup: speedup, target: target,
                met: met(speedup, sbo.p50, peakMiB), check: check)
        }

        /// The national indicator rows of an estimate's JSON: name, estimate, standard error.
        func indicators(_ json: Data) throws -> [(name: String, estimate: Double, standardError: Double)] {
            guard let rows = try JSONValue.parse(Array(json), source: "estimate")["indicators"]?.arrayValue
            else { throw Failure("estimate --format json gave no indicators") }
            return rows.filter { $0["domain"] == nil || $0["domain"] == .null }.compactMap { row in
                guard let name = row["name"]?.stringValue, let estimate = row["estimate"]?.doubleValue,
                      let standardError = row["standard_error"]?.doubleValue else { return nil }
                return (name, estimate, standardError)
            }
        }

        /// The numbers of the array `key` of the peer's result.
        func numbers(_ report: PeerReport?, _ key: String) -> [Double]? {
            report?.result?[key]?.arrayValue?.compactMap(\.doubleValue)
        }

        func estimate(name: String, stations: Int) throws -> Row {
            progress("\(name): estimate n=\(stations)…")
            let files = try EndToEndInputs.writeEstimate(stations: stations, in: directory)
            let arguments = ["estimate", "--sample", files.sample, "--observations", files.observations]
            let own = try indicators(output(arguments + ["--format", "json"]))
            let report = peer(["estimate", files.sample, files.observations, String(runs)])
            var check = "no peer result"
            if let estimates = numbers(report, "estimates"), let errors = numbers(report, "standard_errors") {
                let peerValues = Array(zip(estimates, errors))
                guard peerValues.count == own.count, own.count == 20 else {
                    throw Failure("\(name): sbo gave \(own.count) indicators, the peer \(peerValues.count)")
                }
                let worst = zip(own, peerValues).map { max(abs($0.estimate - $1.0) / 1e-9, abs($0.standardError / $1.1 - 1) / 1e-6) }.max()!
                guard worst <= 1 else { throw Failure("\(name): sbo's estimates differ from the peer's: \(own) vs \(peerValues)") }
                check = "20 estimates and standard errors equal the peer's (within 1e-9 / 1e-6 relative)"
            }
            let timing = try time(arguments)
            let title = "estimate wilson n=\(stations) k=20 H=10"
            if stations == 10_000 {
                return row(name, title, timing, peer: "pandas+numpy (in-process)", report, target: "< 30 ms", check: check) { _, p50, _ in p50 < 0.030 }
            }
            return row(name, title, timing, peer: "pandas+numpy (in-process)", report, target: "≥ 2× peer", check: check) { speedup, _, _ in speedup.map { $0 >= 2 } }
        }

        func bootstrap(name: String, workload: Workload, target: Double) throws -> Row {
            progress("\(name): \(workload.title)…")
            let files = try EndToEndInputs.writeBootstrap(workload, in: directory)
            let arguments = ["estimate", "--sample", files.sample, "--observations", files.observations,
                             "--method", "bootstrap", "--replicates", String(workload.replicates), "--seed", "sbo-bench"]
            let own = try indicators(output(arguments + ["--format", "json"]))
            let report = peer(["bootstrap", files.observations, String(workload.replicates), String(min(runs, 3))])
            var check = "no peer result"
            if let peerErrors = numbers(report, "standard_errors") {
                guard peerErrors.count == own.count else { throw Failure("\(name): \(own.count) indicators against scipy's \(peerErrors.count)") }
                let tolerance = 5 / Double(workload.replicates).squareRoot() + 1 / Double(workload.stations)
                let worst = zip(own, peerErrors).map { $0.standardError == 0 && $1 == 0 ? 0 : abs($0.standardError / $1 - 1) }.max()!
                guard worst <= tolerance else { throw Failure("\(name): bootstrap SEs differ from scipy's by \(worst) > \(tolerance)") }
                check = String(format: "bootstrap SEs agree with scipy's (max |Δ|/se %.4f ≤ %.4f)", worst, tolerance)
            }
            let timing = try time(arguments)
            return row(name, "estimate bootstrap \(workload.name) n=\(workload.stations) k=\(workload.indicators) B=\(workload.replicates)",
                       timing, peer: "scipy.stats.bootstrap (in-proc)", report,
                       target: "≥ \(Int(target))× peer", check: check) { speedup, _, _ in speedup.map { $0 >= target } }
        }

        func frame(path: String) throws -> Row {
            progress("E5: frame N=1,000,000…")
            let arguments = ["frame", path, "--stratify-by", "state"]
            let summary = String(decoding: try output(arguments + ["--format", "json"]), as: UTF8.self)
            let report = peer(["frame", path, String(runs)])
            var check = "no peer result"
            if let stations = report?.result?["stations"]?.integerValue,
               let voters = report?.result?["registered_voters"]?.integerValue {
                guard stations == 1_000_000, summary.contains("\(stations)"), summary.contains("\(voters)") else {
                    throw Failure("E5: sbo's summary \(summary.prefix(300)) does not show the peer's \(stations) stations and \(voters) voters")
                }
                check = "1,000,000 stations and \(voters) registered voters, as the peer counts"
            }
            let timing = try time(arguments)
            return row("E5", "frame N=1000000 by state", timing, peer: "pandas.read_csv (in-process)", report,
                       target: "≥ 2× peer, ≤ 128 MiB", check: check) { speedup, _, peak in speedup.map { $0 >= 2 && peak <= 128 } }
        }

        /// `sample`'s arguments for E6, and the SAMPLE.csv it writes.
        func sampleArguments(frame: String) -> (arguments: [String], out: String) {
            let out = directory + "/sample.csv"
            return (["sample", "--frame", frame, "--size", "10000", "--seed", "sbo-bench", "--stratify-by", "state",
                     "--out", out, "--force"], out)
        }

        func sample(frame: String) throws -> Row {
            progress("E6: sample 10,000 of 1,000,000…")
            let (arguments, out) = sampleArguments(frame: frame)
            _ = try output(arguments)
            let roles = try CSVReader.read(path: out).requiredColumn("role")
            let primaries = roles.filter { $0 == "primary" }.count
            guard primaries == 10_000 else { throw Failure("E6: \(primaries) primaries, not 10,000") }
            let report = peer(["sample", frame, "10000", directory + "/pandas-sample.csv", String(runs)])
            var check = "10,000 primaries"
            if let drawn = report?.result?["stations"]?.integerValue {
                guard abs(drawn - 10_000) <= 36 else { throw Failure("E6: pandas drew \(drawn) stations") }
                check += "; pandas drew \(drawn)"
            }
            let timing = try time(arguments)
            return row("E6", "sample n=10000 of N=1000000 by state", timing, peer: "pandas read+groupby sample+write", report,
                       target: "≥ 1.5× peer, ≤ 128 MiB", check: check) { speedup, _, peak in speedup.map { $0 >= 1.5 && peak <= 128 } }
        }
    
        func forensics(frame: String) throws -> Row {
            progress("E7: forensics on 1,000,000 official stations…")
            let (sampleArguments, sample) = sampleArguments(frame: frame)
            if !FileManager.default.fileExists(atPath: sample) { _ = try output(sampleArguments) }
            let official = try EndToEndInputs.writeOfficial(frame: frame, in: directory)
            let arguments = ["forensics", "--official", official, "--sample", sample]
            let report = try JSONValue.parse(Array(output(arguments + ["--format", "json"])), source: "forensics")
            let tested = report["integer_percent"]?.arrayValue?.first?["stations"]?.integerValue
            let effects = report["observer_effect"]?.arrayValue?.count ?? 0
            guard tested == 1_000_000, effects == 4 else {
                throw Failure("E7: \(tested.map(String.init) ?? "no") stations tested, \(effects) observer-effect figures (expected 1,000,000 and 4)")
            }
            let timing = try time(arguments)
            return row("E7", "forensics N=1000000 with a sample of 10000", timing, peer: "none", nil,
                       target: "< 10 s", check: "1,000,000 stations tested; observer effect for turnout and 3 candidates") { _, p50, _ in p50 < 10 }
        }

        func electionNight(stations: Int) throws -> Row {
            progress("E8: progress n=\(stations)…")
            let files = try EndToEndInputs.writeEstimate(stations: stations, in: directory)
            let observations = try EndToEndInputs.writeProgress(observations: files.observations, stations: stations, in: directory)
            let arguments = ["progress", "--sample", files.sample, "--observations", observations, "--time-column", "submitted_at"]
            let report = try JSONValue.parse(Array(output(arguments + ["--format", "json"])), source: "progress")
            let checkpoints = report["checkpoints"]?.arrayValue ?? []
            let reporting = stations - stations / 20
            guard checkpoints.count == 10, checkpoints.last?["stations_reporting"]?.integerValue == reporting else {
                throw Failure("E8: \(checkpoints.count) checkpoints, the last with \(checkpoints.last?["stations_reporting"]?.integerValue ?? 0) stations (expected 10 and \(reporting))")
            }
            let timing = try time(arguments)
            return row("E8", "progress n=\(stations) k=20 10 checkpoints", timing, peer: "none", nil,
                       target: "< 5 s", check: "10 checkpoints (nine tenths and the last report), the last with \(reporting) stations") { _, p50, _ in p50 < 5 }
        }
    }
}
