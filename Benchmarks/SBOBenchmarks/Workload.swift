import Foundation
import SBO

/// A benchmark workload: a sample of n stations in H strata with k indicators, bootstrapped B
/// times. Indicator j happens with probability 0.02 + 0.38 j/(k − 1) (0.21 when k = 1); the
/// data come from `Philox4x32(seed: "sbo-bench", stream: n)`, so every run and the Python
/// baselines see the same sample. Strata are equal-sized with population N_h = 10 n_h + 100h,
/// SRS weights N_h / n_h.
struct Workload: Sendable {
    let name: String
    let stations: Int
    let indicators: Int
    let replicates: Int
    let strata: Int
    let scheme: BootstrapScheme

    static let all = [
        Workload(name: "W1", stations: 105, indicators: 20, replicates: 10_000, strata: 1, scheme: .iid),
        Workload(name: "W2", stations: 105, indicators: 20, replicates: 100_000, strata: 1, scheme: .iid),
        Workload(name: "W3", stations: 1000, indicators: 20, replicates: 10_000, strata: 1, scheme: .iid),
        Workload(name: "W4", stations: 10_000, indicators: 20, replicates: 10_000, strata: 1, scheme: .iid),
        Workload(name: "W5", stations: 100_000, indicators: 1, replicates: 1000, strata: 1, scheme: .iid),
        Workload(name: "W6", stations: 1000, indicators: 20, replicates: 10_000, strata: 10, scheme: .raoWu),
    ]

    /// The workload's title, as STYLE.md names benchmarks.
    var title: String {
        "\(name) bootstrap \(scheme.name) n=\(stations)\(strata > 1 ? " H=\(strata)" : "") k=\(indicators) B=\(replicates)"
    }

    /// Station-draws per run: B · Σ_h m_h.
    var draws: Int {
        let perStratum = stations / strata
        return replicates * strata * (scheme == .iid ? perStratum : perStratum - 1)
    }

    /// The stratum of each station, its weight, and its k answers.
    func sample() -> (strata: [Int], weights: [Double], values: [[Bool]]) {
        var generator = Philox4x32(seed: "sbo-bench", stream: UInt64(stations))
        let perStratum = stations / strata
        let stationStrata = (0..<stations).map { $0 / perStratum }
        let weights = stationStrata.map { Double(10 * perStratum + 100 * $0) / Double(perStratum) }
        let rates = (0..<indicators).map { indicators == 1 ? 0.21 : 0.02 + 0.38 * Double($0) / Double(indicators - 1) }
        let values = (0..<stations).map { _ in rates.map { uniformDouble(using: &generator) < $0 } }
        return (stationStrata, weights, values)
    }

    func input() throws -> BootstrapInput {
        let (stationStrata, weights, values) = sample()
        return try BootstrapInput(
            strata: (0..<strata).map { BootstrapStratum(name: "s\($0)") },
            stationStrata: stationStrata, weights: weights,
            indicators: (0..<indicators).map { j in BootstrapIndicator(name: "q\(j)", values: values.map { $0[j] }) })
    }

    /// Writes the sample for the baselines: "n k H", then per station "h w digits".
    func write(to url: URL) throws {
        let (stationStrata, weights, values) = sample()
        var text = "\(stations) \(indicators) \(strata)\n"
        for i in 0..<stations {
            text += "\(stationStrata[i]) \(weights[i]) \(String(values[i].map { $0 ? "1" : "0" }))\n"
        }
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}
