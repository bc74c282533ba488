// sbo-bench: the benchmark harness of sbo's bootstrap core.
//
//   swift build -c release --product sbo-bench && .build/release/sbo-bench [--compare]
//
// --suite scale (ScaleSuite.swift) and --suite e2e (EndToEndSuite.swift: the sbo binary as a
// whole process against pandas/numpy/scipy) run the other suites.
// Options: --compare (also run the Python baselines on the same data and print the ratios),
// --format table|json, --filter W2 (workload names, comma-separated), --runs N (timed runs per
// workload after one warm-up, default 10), --threads 1,2 (thread counts, default 1,2).
// Timed per run: `BootstrapInput.bootstrap` and the standard error of every statistic (the
// baselines likewise compute the B × k replicates and their standard deviations; scipy also
// its percentile interval). Wall time and the process's CPU time are both reported: on a shared
// machine the CPU time is the steadier figure. Progress goes to stderr.
import Foundation
import SBO

#if DEBUG
FileHandle.standardError.write(Data("""
    error: sbo-bench measures speed and refuses a debug build; run
      swift build -c release --product sbo-bench && .build/release/sbo-bench

    """.utf8))
exit(64)
#else

struct Row: Codable {
    var workload: String
    var threads: Int
    var runs: Int
    var p0Milliseconds: Double
    var p50Milliseconds: Double
    var p100Milliseconds: Double
    /// p50 of the process CPU time per run (all threads).
    var cpuP50Milliseconds: Double
    var replicatesPerSecond: Double
    var stationDrawsPerSecondPerCore: Double
    /// B · Σm_h per second of CPU time: the per-core rate without the other programs' share.
    var stationDrawsPerCPUSecond: Double
    var peakMemoryMiB: Double
    var scipyP50Milliseconds: Double?
    var numpyP50Milliseconds: Double?
    var speedupOverScipy: Double?
    var speedupOverNumpy: Double?
    var standardErrorCheck: String?
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("error: \(message)\n".utf8))
    exit(64)
}

func progress(_ message: String) {
    FileHandle.standardError.write(Data("\(message)\n".utf8))
}

var arguments = Array(CommandLine.arguments.dropFirst())
var compare = false, json = false, requestedRuns: Int?, threadCounts = [1, 2], suite = "bootstrap"
// The sbo binary that `--suite e2e` times: by default the one built beside sbo-bench.
var executable = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sbo").path
var names = Set(Workload.all.map(\.name))
// --keep DIR (e2e): write the input files into DIR and leave them there, for profiling.
var keepDirectory: String?
while !arguments.isEmpty {
    let option = arguments.removeFirst()
    func value() -> String {
        guard !arguments.isEmpty else { fail("\(option) needs a value") }
        return arguments.removeFirst()
    }
    switch option {
    case "--compare": compare = true
    case "--suite": suite = value()  // bootstrap (W1…W6), scale (S1…S7, ScaleSuite.swift) or e2e (E1…E8, EndToEndSuite.swift)
    case "--sbo": executable = value()
    case "--keep": keepDirectory = value()
    case "--format":
        switch value() {
        case "json": json = true
        case "table": json = false
        case let other: fail("--format is table or json, not \(other)")
        }
    case "--filter": names = Set(value().split(separator: ",").map(String.init))
    case "--runs":
        guard let count = Int(value()), count > 0 else { fail("--runs needs a positive whole number") }
        requestedRuns = count
    case "--threads":
        let counts = value().split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
        guard !counts.isEmpty else { fail("--threads needs positive whole numbers, e.g. 1,2") }
        threadCounts = counts
    case "--help", "-h":
        print("""
            usage: sbo-bench [--suite bootstrap|scale|e2e] [--compare] [--format table|json] [--filter W1,W2] [--runs N] [--threads 1,2] [--sbo PATH] [--keep DIR]
              --suite e2e times the sbo binary (default: the one beside sbo-bench; --sbo PATH another) as a whole
              process against pandas/numpy/scipy (pip install pandas numpy scipy); default --runs 5 there, else 10;
              --keep DIR writes its input files into DIR and leaves them there (for profiling)
            """)
        exit(0)
    default: fail("unknown option \(option); see sbo-bench --help")
    }
}

if suite == "e2e" {
    guard FileManager.default.isExecutableFile(atPath: executable) else {
        fail("no sbo binary at \(executable): swift build -c release (or --sbo PATH)")
    }
    do {
        let rows = try EndToEndSuite.run(names: names, runs: requestedRuns ?? 5, executable: executable, keep: keepDirectory)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        print(json ? String(decoding: try encoder.encode(rows), as: UTF8.self) : EndToEndSuite.table(rows))
    } catch { fail("\(error)") }
    exit(0)
}
let runs = requestedRuns ?? 10
if suite == "scale" {
    do {
        let rows = try ScaleSuite.run(names: names, runs: runs, threadCounts: threadCounts)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        print(json ? String(decoding: try encoder.encode(rows), as: UTF8.self) : ScaleSuite.table(rows))
    } catch { fail("\(error)") }
    exit(0)
}
guard suite == "bootstrap" else { fail("--suite is bootstrap, scale or e2e, not \(suite)") }

/// The Python baselines' report for one workload.
struct BaselineReport: Decodable {
    struct Entry: Decodable {
        var times: [Double]?
        var standard_errors: [Double]?
        var batch: Int?
        var missing: String?
        var unsupported: String?
    }
    var numpy: Entry
    var scipy: Entry
}

func runBaselines(_ workload: Workload, runs: Int) -> BaselineReport? {
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("baselines/bootstrap_baselines.py")
    let data = FileManager.default.temporaryDirectory.appendingPathComponent("sbo-bench-\(workload.name)-\(getpid()).txt")
    defer { try? FileManager.default.removeItem(at: data) }
    do { try workload.write(to: data) } catch { progress("cannot write \(data.path): \(error)"); return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path, data.path, String(workload.replicates), String(min(runs, 5)),
                         workload.scheme == .iid ? "iid" : "rao-wu"]
    let output = Pipe()
    process.standardOutput = output
    do { try process.run() } catch {
        progress("cannot run python3 for the baselines (\(error)); install Python 3 and `pip install numpy scipy`")
        return nil
    }
    let bytes = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0, let report = try? JSONDecoder().decode(BaselineReport.self, from: bytes) else {
        progress("the Python baselines failed; they need numpy (and scipy): pip install numpy scipy")
        return nil
    }
    return report
}

var rows = [Row]()
for workload in Workload.all where names.contains(workload.name) {
    let input: BootstrapInput
    do { input = try workload.input() } catch { fail("\(error)") }
    var standardErrors = [Double]()
    var workloadRows = [Row]()
    for threads in threadCounts {
        progress("\(workload.title), \(threads) thread\(threads == 1 ? "" : "s")…")
        var times = [Double](), cpuTimes = [Double]()
        var peak = 0
        for run in 0...runs {
            Measurement.resetPeakMemory(returningFreeMemory: run == 0)
            let start = Measurement.now(), cpuStart = Measurement.processCPUTime()
            guard let result = try? input.bootstrap(
                replicates: workload.replicates, seed: "sbo-bench", scheme: workload.scheme, threads: threads)
            else { fail("the bootstrap failed") }
            standardErrors = (0..<workload.indicators).map { result.standardError(of: $0) ?? .nan }
            let elapsed = Measurement.now() - start, cpu = Measurement.processCPUTime() - cpuStart
            peak = max(peak, Measurement.peakMemory())
            if run > 0 { times.append(elapsed); cpuTimes.append(cpu) }  // run 0 is the warm-up
        }
        let (p0, p50, p100) = Measurement.percentiles(times)
        let cpu = Measurement.percentiles(cpuTimes).p50
        workloadRows.append(Row(
            workload: workload.title, threads: threads, runs: runs,
            p0Milliseconds: p0 * 1e3, p50Milliseconds: p50 * 1e3, p100Milliseconds: p100 * 1e3,
            cpuP50Milliseconds: cpu * 1e3,
            replicatesPerSecond: Double(workload.replicates) / p50,
            stationDrawsPerSecondPerCore: Double(workload.draws) / p50 / Double(threads),
            stationDrawsPerCPUSecond: Double(workload.draws) / cpu,
            peakMemoryMiB: Double(peak) / 1_048_576))
    }
    if compare {
        progress("\(workload.title): Python baselines…")
        if let report = runBaselines(workload, runs: runs) {
            if let missing = report.scipy.missing { progress(missing) }
            // Each SE has a Monte Carlo relative SD of about 1/√(2B) (binary-mean replicates),
            // so two independent ones differ by about 1/√B: allow 5 of those.
            let tolerance = 5 / Double(workload.replicates).squareRoot()
            func check(_ other: [Double]?, _ label: String) -> String? {
                guard let other, other.count == standardErrors.count else { return nil }
                // A share that is 0 in the sample has SE 0 in every method.
                let worst = zip(standardErrors, other).map { $0 == 0 && $1 == 0 ? 0 : abs($0 / $1 - 1) }.max() ?? 0
                return "\(label) \(worst <= tolerance ? "ok" : "MISMATCH") (max |Δ|/se \(String(format: "%.3f", worst)) ≤ \(String(format: "%.3f", tolerance)))"
            }
            let checks = [check(report.numpy.standard_errors, "numpy"), check(report.scipy.standard_errors, "scipy")]
                .compactMap { $0 }.joined(separator: "; ")
            let numpy = report.numpy.times.map { Measurement.percentiles($0).p50 }
            let scipy = report.scipy.times.map { Measurement.percentiles($0).p50 }
            for index in workloadRows.indices {
                let own = workloadRows[index].p50Milliseconds / 1e3
                workloadRows[index].numpyP50Milliseconds = numpy.map { $0 * 1e3 }
                workloadRows[index].scipyP50Milliseconds = scipy.map { $0 * 1e3 }
                workloadRows[index].speedupOverNumpy = numpy.map { $0 / own }
                workloadRows[index].speedupOverScipy = scipy.map { $0 / own }
                workloadRows[index].standardErrorCheck = checks
            }
        }
    }
    rows += workloadRows
}

if json {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    print(String(decoding: try encoder.encode(rows), as: UTF8.self))
} else {
    func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0) }
    func number(_ value: Double?, _ format: String) -> String { value.map { String(format: format, $0) } ?? "-" }
    print([pad("workload", 47), pad("thr", 4), pad("p0 ms", 9), pad("p50 ms", 9), pad("p100 ms", 9), pad("cpu ms", 9), pad("Mrep/s", 8),
           pad("Gdraw/s/core", 13), pad("Gdraw/cpu-s", 12), pad("peak MiB", 9), pad("scipy ms", 9), pad("numpy ms", 9), pad("×scipy", 8), pad("×numpy", 8)].joined())
    for row in rows {
        print([pad(row.workload, 47), pad(String(row.threads), 4), pad(number(row.p0Milliseconds, "%.2f"), 9),
               pad(number(row.p50Milliseconds, "%.2f"), 9), pad(number(row.p100Milliseconds, "%.2f"), 9),
               pad(number(row.cpuP50Milliseconds, "%.2f"), 9),
               pad(number(row.replicatesPerSecond / 1e6, "%.2f"), 8), pad(number(row.stationDrawsPerSecondPerCore / 1e9, "%.3f"), 13),
               pad(number(row.stationDrawsPerCPUSecond / 1e9, "%.3f"), 12),
               pad(number(row.peakMemoryMiB, "%.1f"), 9), pad(number(row.scipyP50Milliseconds, "%.1f"), 9),
               pad(number(row.numpyP50Milliseconds, "%.1f"), 9), pad(number(row.speedupOverScipy, "%.1f"), 8),
               pad(number(row.speedupOverNumpy, "%.1f"), 8)].joined())
    }
    for row in rows where row.threads == rows.first?.threads {
        if let check = row.standardErrorCheck { print("\(row.workload): SE check \(check)") }
    }
}
#endif
