#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import SBO

/// `sbo-bench --suite scale`: the commands of sbo on India-sized frames (issue 6 item 4,
/// issue 2 item 2), run in-process through the library exactly as the command-line tool
/// chains it, each checking its own result before it is timed.
///
/// | name | workload (per frame size N = 10,000, 100,000, 1,000,000) |
/// |---|---|
/// | S1 | `frame`: read the file, validate, stratify by state, summarise |
/// | S2 | `plan`: S1's load, then a ±1-point plan stratified by state |
/// | S3 | `sample` stratified by the 36 states: tickets, selection, SAMPLE.csv, manifest (frame SHA-256) — the frame loaded beforehand, so this is the time *added* to S1 |
/// | S4 | `sample` PPS by registered voters within states, likewise |
/// | S5 | `estimate`: read SAMPLE.csv (n = 10,000 from N = 1,000,000) and OBS.csv (20 indicators), join, estimate with Wilson intervals |
/// | S6 | S5 with every indicator also per state (`--by state`) |
/// | S7 | `simulate` K = 10,000 on Data/azerbaijan-2024/frame.csv (6,537 stations), 105 stratified by region, every method and the three default prevalences |
///
/// S3 and S4 draw n = 10,000, or N/10 on the 10,000-station frame.
enum ScaleSuite {
    /// One measured workload.
    struct Row: Codable {
        var workload: String
        var title: String
        var stations: Int
        var threads: Int
        var runs: Int
        var p0Milliseconds: Double
        var p50Milliseconds: Double
        var p100Milliseconds: Double
        /// CPU time of the process (user + system) during the median-time run.
        var cpuP50Milliseconds: Double
        /// p50 per frame station, in microseconds (nil when the workload does not scale with N).
        var microsecondsPerStation: Double?
        var peakMemoryMiB: Double
        var check: String
    }

    static let names = ["S1", "S2", "S3", "S4", "S5", "S6", "S7"]
    static let frameSizes = [10_000, 100_000, 1_000_000]

    /// Runs the selected workloads (all when `names` holds none of S1…S7).
    static func run(names requested: Set<String>, runs: Int, threadCounts: [Int]) throws -> [Row] {
        let selected = requested.intersection(names).isEmpty ? Set(names) : requested
        var rows = [Row]()
        for stations in frameSizes where !selected.isDisjoint(with: ["S1", "S2", "S3", "S4"]) {
            let frameFile = ScaleFrame(stations: stations)
            let path = try frameFile.write()
            defer { try? FileManager.default.removeItem(atPath: path) }
            let label = "N=\(stations)"
            if selected.contains("S1") {
                rows.append(try measure("S1", "frame \(label) by state", stations: stations, runs: runs) {
                    let frame = try load(path)
                    let summary = FrameSummary(frame: frame.frame, stratification: try frame.frame.stratification(by: "state"))
                    guard summary.stations == stations, summary.strata.count == 36,
                          summary.strata.reduce(0, { $0 + $1.stations }) == stations,
                          let voters = summary.registeredVoters, voters.minimum >= 300, voters.maximum <= 1500
                    else { throw ScaleCheck("frame summary of \(path) is wrong: \(summary)") }
                    return "36 strata, \(voters.total) voters"
                })
            }
            if selected.contains("S2") {
                rows.append(try measure("S2", "plan \(label) moe=0.01 by state", stations: stations, runs: runs) {
                    let frame = try load(path).frame
                    let stratification = try frame.stratification(by: "state")
                    let plan = try SampleSizePlan(
                        marginOfError: 0.01, population: frame.stationCount,
                        assumptions: PlanningAssumptions(confidence: 0.95, proportion: 0.5, designEffect: 1, responseRate: 0.9),
                        strata: StrataPlanInput(names: stratification.names, populations: stratification.populations,
                                                allocation: .proportional, proportions: nil))
                    guard plan.strata.count == 36, plan.strata.reduce(0, { $0 + $1.allocated }) == plan.stationsRequired
                    else { throw ScaleCheck("plan allocation does not add up") }
                    return "n=\(plan.stationsRequired), deploy \(plan.stationsToDeploy)"
                })
            }
            let size = min(10_000, stations / 10)
            if selected.contains("S3") || selected.contains("S4") {
                let frame = try load(path)
                for (name, pps) in [("S3", false), ("S4", true)] where selected.contains(name) {
                    let title = "sample \(label) n=\(size) by state\(pps ? " pps" : "")"
                    rows.append(try measure(name, title, stations: stations, runs: runs) {
                        try drawSample(frame: frame, path: path, size: size, pps: pps).check
                    })
                }
            }
        }
        if !selected.isDisjoint(with: ["S5", "S6"]) {
            let (sample, observations) = try estimationInput()
            for (name, domain) in [("S5", nil), ("S6", "state")] where selected.contains(name) {
                let title = "estimate n=10000 k=20\(domain.map { " by \($0)" } ?? "")"
                rows.append(try measure(name, title, stations: nil, runs: runs) {
                    try estimate(sample: sample, observations: observations, by: domain)
                })
            }
        }
        if selected.contains("S7") {
            let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("Data/azerbaijan-2024/frame.csv").path
            let frame = try load(path).frame
            let simulation = try DesignSimulation(
                frame: frame, size: 105, stratifyBy: "region",
                settings: SimulationSettings(runs: 10_000, seed: "sbo-bench"))
            var reports = [SimulationReport]()
            for threads in threadCounts {
                rows.append(try measure("S7", "simulate N=6537 n=105 by region K=10000", stations: nil,
                                        threads: threads, runs: max(1, runs / 3)) {
                    let report = simulation.run(threads: threads)
                    reports.append(report)
                    guard reports.allSatisfy({ $0 == report }) else { throw ScaleCheck("the report depends on the thread count") }
                    let wilson = report.results.filter { $0.method == .wilson }.map(\.coverage)
                    guard wilson.allSatisfy({ $0 >= 0.93 && $0 <= 0.975 }) else {
                        throw ScaleCheck("Wilson coverage \(wilson) outside 93–97.5 %")
                    }
                    return "wilson coverage " + wilson.map { String(format: "%.3f", $0) }.joined(separator: "/")
                })
            }
        }
        return rows
    }

    /// Reads and validates a frame as `FrameInput.load` does.
    private static func load(_ path: String) throws -> (bytes: [UInt8], frame: SamplingFrame) {
        let bytes = try InputFile.bytes(at: path)
        return (bytes, try SamplingFrame(table: CSVReader.parse(bytes, source: path)))
    }

    /// `sbo sample`'s work after loading: draw, SAMPLE.csv, its manifest with both hashes.
    private static func drawSample(
        frame: (bytes: [UInt8], frame: SamplingFrame), path: String, size: Int, pps: Bool
    ) throws -> (csv: [UInt8], check: String) {
        let request = SampleRequest(
            size: size, seed: "sbo-bench-scale", stratifyBy: "state",
            ppsColumn: pps ? "registered_voters" : nil, reserves: 2)
        let sample = try SampleDrawer.draw(from: frame.frame, request: request)
        let csv = try SampleTable.csv(for: sample, frame: frame.frame)
        let manifest = SampleManifest(
            version: SBOVersion.current, request: request, frameFile: path,
            frameSHA256: SHA256.hexString(of: SHA256.digest(frame.bytes)), frameStations: frame.frame.stationCount,
            idColumn: SamplingFrame.defaultIDColumn, sizeColumn: SamplingFrame.defaultSizeColumn,
            sampleFile: "sample.csv", sampleSHA256: SHA256.hexString(of: SHA256.digest(csv)), strata: sample.strata)
        // Σ weights over the primaries: N exactly for equal probability; for PPS the
        // Horvitz–Thompson total of the sizes, Σ x_i/π_i, is X exactly.
        let primaries = sample.stations.filter { $0.role == .primary }
        let sizes = frame.frame.sizes!
        let estimated = pps ? primaries.reduce(0.0) { $0 + Double(sizes[$1.row]) * $1.weight }
                            : primaries.reduce(0.0) { $0 + $1.weight }
        let target = pps ? Double(sizes.reduce(0, +)) : Double(frame.frame.stationCount)
        guard primaries.count == size, abs(estimated / target - 1) < 1e-9, !manifest.json.isEmpty else {
            throw ScaleCheck("sample of \(size): \(primaries.count) primaries, Σ weights \(estimated) ≠ \(target)")
        }
        return (csv, "\(primaries.count) primaries, Σ\(pps ? " x/π = X" : " w = N")")
    }

    /// SAMPLE.csv (n = 10,000, stratified by state, from the 1,000,000-station frame) and an
    /// OBS.csv of 20 indicators, indicator j happening with probability 0.02 + 0.02 j.
    private static func estimationInput() throws -> (sample: [UInt8], observations: [UInt8]) {
        let frameFile = ScaleFrame(stations: 1_000_000)
        let frame = try SamplingFrame(table: CSVReader.parse(frameFile.bytes, source: "frame.csv"))
        let (csv, _) = try drawSample(frame: (frameFile.bytes, frame), path: "frame.csv", size: 10_000, pps: false)
        let table = try CSVReader.parse(csv, source: "sample.csv")
        let ids = try table.requiredColumn("station_id")
        let roles = try table.requiredColumn("role")
        var generator = Philox4x32(seed: "sbo-bench-scale-observations")
        var text = "station_id," + (1...20).map { "q\($0)" }.joined(separator: ",") + "\n"
        for (id, role) in zip(ids, roles) where role == "primary" {
            text += id
            for j in 1...20 { text += uniformDouble(using: &generator) < 0.02 + 0.02 * Double(j) ? ",1" : ",0" }
            text += "\n"
        }
        return (csv, Array(text.utf8))
    }

    /// `sbo estimate`'s work: read both files, join, estimate every indicator.
    private static func estimate(sample: [UInt8], observations: [UInt8], by domain: String?) throws -> String {
        let design = try SampleDesign(table: CSVReader.parse(sample, source: "sample.csv"))
        let joined = try Observations(table: CSVReader.parse(observations, source: "obs.csv"), sample: design)
        let report = try joined.report(by: domain)
        let national = report.indicators.filter { $0.domain == nil }
        guard national.count == 20, report.indicators.count == (domain == nil ? 20 : 20 * 37) else {
            throw ScaleCheck("estimate gave \(report.indicators.count) results")
        }
        // Each estimate within 5 standard errors of the rate it was generated with.
        for (j, result) in national.enumerated() {
            guard let estimate = result.share.estimate, let variance = result.share.variance,
                  abs(estimate - (0.04 + 0.02 * Double(j))) <= 5 * variance.squareRoot()
            else { throw ScaleCheck("indicator q\(j + 1) estimate is off: \(result.share)") }
        }
        return "\(report.indicators.count) estimates, all within 5 SE"
    }

    /// Times `body` after one warm-up run: wall time, process CPU time, peak memory.
    private static func measure(
        _ name: String, _ title: String, stations: Int?, threads: Int = 1, runs: Int,
        _ body: () throws -> String
    ) throws -> Row {
        FileHandle.standardError.write(Data("\(name) \(title)\(threads > 1 ? ", \(threads) threads" : "")…\n".utf8))
        var times = [(wall: Double, cpu: Double)]()
        var peak = 0
        var check = ""
        for run in 0...runs {
            Measurement.resetPeakMemory(returningFreeMemory: run == 0)
            let cpu = Measurement.processCPUTime()
            let start = Measurement.now()
            check = try body()
            let elapsed = Measurement.now() - start
            let cpuElapsed = Measurement.processCPUTime() - cpu
            peak = max(peak, Measurement.peakMemory())
            if run > 0 { times.append((elapsed, cpuElapsed)) }  // run 0 is the warm-up
        }
        let sorted = times.sorted { $0.wall < $1.wall }
        let median = sorted[sorted.count / 2]
        return Row(
            workload: name, title: title, stations: stations ?? 0, threads: threads, runs: runs,
            p0Milliseconds: sorted.first!.wall * 1e3, p50Milliseconds: median.wall * 1e3,
            p100Milliseconds: sorted.last!.wall * 1e3, cpuP50Milliseconds: median.cpu * 1e3,
            microsecondsPerStation: stations.map { median.wall * 1e6 / Double($0) },
            peakMemoryMiB: Double(peak) / 1_048_576, check: check)
    }

    /// The rows as a table, then the growth of each frame workload from the smallest to the
    /// largest frame (1.0 = linear).
    static func table(_ rows: [Row]) -> String {
        func pad(_ text: String, _ width: Int) -> String { text.padding(toLength: max(width, text.count), withPad: " ", startingAt: 0) }
        var lines = [[pad("name", 5), pad("workload", 44), pad("thr", 4), pad("p0 ms", 10), pad("p50 ms", 10),
                      pad("p100 ms", 10), pad("cpu ms", 10), pad("µs/stn", 8), pad("peak MiB", 9), "check"].joined()]
        for row in rows {
            lines.append([
                pad(row.workload, 5), pad(row.title, 44), pad(String(row.threads), 4),
                pad(String(format: "%.1f", row.p0Milliseconds), 10), pad(String(format: "%.1f", row.p50Milliseconds), 10),
                pad(String(format: "%.1f", row.p100Milliseconds), 10), pad(String(format: "%.1f", row.cpuP50Milliseconds), 10),
                pad(row.microsecondsPerStation.map { String(format: "%.3f", $0) } ?? "-", 8),
                pad(String(format: "%.1f", row.peakMemoryMiB), 9), row.check,
            ].joined())
        }
        for name in ["S1", "S2", "S3", "S4"] {
            let scaled = rows.filter { $0.workload == name && $0.stations > 0 }.sorted { $0.stations < $1.stations }
            guard let first = scaled.first, let last = scaled.last, last.stations > first.stations else { continue }
            let ratio = last.p50Milliseconds / first.p50Milliseconds
            let sizeRatio = Double(last.stations) / Double(first.stations)
            lines.append("\(name) growth N=\(first.stations)→\(last.stations): time ×\(String(format: "%.1f", ratio)) for stations ×\(Int(sizeRatio)) (per station ×\(String(format: "%.2f", ratio / sizeRatio)))")
        }
        return lines.joined(separator: "\n")
    }
}

/// A workload whose result is wrong: the harness stops rather than time it.
struct ScaleCheck: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
