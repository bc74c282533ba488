import Foundation
import SBO

/// The files of the end-to-end suite, written once to a temporary directory so that `sbo` and
/// its Python peers read the same bytes.
///
/// - `estimate`: SAMPLE.csv of n stations in 10 strata of n/10 (`S-0000001`, stratum `h1`…`h10`,
///   N_h = n/10 · r_h with r_h = 2, 4, 5, 8, 10, 16, 20, 25, 32, 40, so that π = 1/r_h and the
///   weight r_h are exact in binary), every station a primary; OBS.csv with 20 indicator
///   columns `q1`…`q20` (0/1) for every station but each 20th (non-response). Indicator j
///   happens in stratum h with probability 0.02 + 0.3·(j − 1)/19 + 0.01·h. From
///   `Philox4x32(seed: "sbo-bench-e2e", stream: n)`.
/// - `bootstrap`: the sample of a bootstrap workload (``Workload/sample()``, one stratum) as
///   SAMPLE.csv (N = 1,000 n, so that the finite-population correction 0.999 is negligible
///   against scipy, which has none) and OBS.csv.
/// - `frame`: ``ScaleFrame``'s India-like frame.
/// - `official`: OFFICIAL.csv for every station of a frame: its id, state and registered voters,
///   ballots cast at a turnout of 0.45 + 0.4u, 2 % of them invalid and the rest split between
///   three candidates in shares drawn per station (`Philox4x32(seed: "sbo-bench-official")`).
/// - `progress`: the estimate files with a `submitted_at` column: each reporting station's
///   time uniform over six hours from 15:00 (+04:00), in whole seconds.
enum EndToEndInputs {
    /// The ten strata's N_h / n_h.
    static let stratumRatios = [2, 4, 5, 8, 10, 16, 20, 25, 32, 40]

    /// Writes SAMPLE.csv and OBS.csv for the analytic estimate with `stations` sampled
    /// stations into `directory`; returns their paths.
    static func writeEstimate(stations: Int, in directory: String) throws -> (sample: String, observations: String) {
        var generator = Philox4x32(seed: "sbo-bench-e2e", stream: UInt64(stations))
        let perStratum = stations / stratumRatios.count
        var sample = "station_id,stratum,stratum_size,role,order,inclusion_probability,weight\n"
        var observations = "station_id," + (1...20).map { "q\($0)" }.joined(separator: ",") + "\n"
        sample.reserveCapacity(stations * 48)
        observations.reserveCapacity(stations * 52)
        for (h, ratio) in stratumRatios.enumerated() {
            let probability = 1 / Double(ratio)
            for order in 1...perStratum {
                let station = h * perStratum + order
                let id = "S-" + String(repeating: "0", count: max(0, 7 - String(station).count)) + String(station)
                sample += "\(id),h\(h + 1),\(perStratum * ratio),primary,\(order),\(probability),\(Double(ratio))\n"
                guard station % 20 != 0 else { continue }
                observations += id
                for j in 0..<20 {
                    let rate = 0.02 + 0.3 * Double(j) / 19 + 0.01 * Double(h + 1)
                    observations += uniformDouble(using: &generator) < rate ? ",1" : ",0"
                }
                observations += "\n"
            }
        }
        let samplePath = directory + "/estimate-\(stations)-sample.csv"
        let observationsPath = directory + "/estimate-\(stations)-obs.csv"
        try sample.write(toFile: samplePath, atomically: false, encoding: .utf8)
        try observations.write(toFile: observationsPath, atomically: false, encoding: .utf8)
        return (samplePath, observationsPath)
    }

    /// Writes a bootstrap workload's sample as SAMPLE.csv and OBS.csv into `directory`.
    static func writeBootstrap(_ workload: Workload, in directory: String) throws -> (sample: String, observations: String) {
        precondition(workload.strata == 1, "one stratum: scipy.stats.bootstrap resamples iid")
        let (_, _, values) = workload.sample()
        let population = 1000 * workload.stations
        let probability = Double(workload.stations) / Double(population)
        var sample = "station_id,stratum,stratum_size,role,order,inclusion_probability,weight\n"
        var observations = "station_id," + (0..<workload.indicators).map { "q\($0)" }.joined(separator: ",") + "\n"
        for (index, answers) in values.enumerated() {
            let id = "B-\(index + 1)"
            sample += "\(id),all,\(population),primary,\(index + 1),\(probability),\(1 / probability)\n"
            observations += id + answers.map { $0 ? ",1" : ",0" }.joined() + "\n"
        }
        let samplePath = directory + "/\(workload.name)-sample.csv"
        let observationsPath = directory + "/\(workload.name)-obs.csv"
        try sample.write(toFile: samplePath, atomically: false, encoding: .utf8)
        try observations.write(toFile: observationsPath, atomically: false, encoding: .utf8)
        return (samplePath, observationsPath)
    }

    /// Writes ``ScaleFrame``'s frame of `stations` stations into `directory`.
    static func writeFrame(stations: Int, in directory: String) throws -> String {
        let path = directory + "/frame-\(stations).csv"
        try Data(ScaleFrame(stations: stations).bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Writes OFFICIAL.csv for every station of the frame at `frame` into `directory`.
    static func writeOfficial(frame: String, in directory: String) throws -> String {
        let table = try CSVReader.read(path: frame)
        let ids = try table.requiredColumn("station_id"), voters = try table.requiredColumn("registered_voters")
        let states = try table.requiredColumn("state")
        var generator = Philox4x32(seed: "sbo-bench-official")
        var text = "station_id,state,registered_voters,ballots_cast,votes_a,votes_b,votes_c\n"
        text.reserveCapacity(ids.count * 40)
        for (index, id) in ids.enumerated() {
            let registered = voters[index]
            let size = Int(registered)!
            let ballots = Int((Double(size) * (0.45 + 0.4 * uniformDouble(using: &generator))).rounded())
            let valid = ballots - ballots / 50
            let a = Int((Double(valid) * (0.3 + 0.3 * uniformDouble(using: &generator))).rounded())
            let b = Int((Double(valid - a) * uniformDouble(using: &generator)).rounded())
            text += "\(id),\(states[index]),\(size),\(ballots),\(a),\(b),\(valid - a - b)\n"
        }
        let path = directory + "/official-\(ids.count).csv"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    /// Writes the estimate's OBS.csv for `stations` with a `submitted_at` column into `directory`
    /// (after ``writeEstimate(stations:in:)``, whose file it extends).
    static func writeProgress(observations: String, stations: Int, in directory: String) throws -> String {
        var generator = Philox4x32(seed: "sbo-bench-progress", stream: UInt64(stations))
        let lines = try String(contentsOfFile: observations, encoding: .utf8).split(separator: "\n")
        var text = lines[0] + ",submitted_at\n"
        for line in lines.dropFirst() {
            let second = Int(boundedRandom(below: 6 * 3600, using: &generator))
            let clock = [15 + second / 3600, second / 60 % 60, second % 60].map { $0 < 10 ? "0\($0)" : "\($0)" }
            text += line + ",2024-02-07T\(clock.joined(separator: ":"))+04:00\n"
        }
        let path = directory + "/progress-\(stations)-obs.csv"
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }
}
