/// The sample as the bootstrap resamples it: reporting stations grouped by stratum, each with
/// its weight, its answers to the indicator questions and the counts of the ratios.
///
/// ```swift
/// let input = try BootstrapInput(
///     strata: [BootstrapStratum(name: "north", populationSize: 400),
///              BootstrapStratum(name: "south", populationSize: 600)],
///     stationStrata: [0, 0, 0, 1, 1, 1],
///     weights: [133.3, 133.3, 133.3, 200, 200, 200],
///     indicators: [BootstrapIndicator(name: "ballot_stuffing",
///                                     values: [false, true, nil, false, false, true])],
///     ratios: [])
/// let result = try input.bootstrap(replicates: 10_000, seed: "3 6 1 4", scheme: .raoWu)
/// ```
///
/// Symbols: station i of stratum h has weight w_hi (N_h/n_h under simple random sampling,
/// 1/π_hi under PPS); indicator j has y_ij ∈ {0, 1} and a_ij = 1 when answered; ratio r has
/// counts x_ir and z_ir. The statistics, for the full sample and for every replicate weight
/// w*, are
/// ```
/// share_j = Σ w y_ij a_ij / Σ w a_ij        ratio_r = Σ w x_ir / Σ w z_ir
/// ```
/// Statistic number j < k is indicator j, statistic k + r is ratio r.
///
/// A stratum whose stations all have the same weight (simple random sampling) is resampled by
/// adding each drawn station's answers, packed a byte or a 4-bit nibble per indicator, as small
/// integers; unequal weights (PPS) take a slower double-precision path that gives the same
/// replicates (`BootstrapEngineTests`).
public struct BootstrapInput: Sendable, Equatable {
    /// The strata, in the order their stations are resampled.
    public let strata: [BootstrapStratum]
    /// For each station, the index of its stratum in `strata`.
    public let stationStrata: [Int]
    /// For each station, its design weight w_i > 0.
    public let weights: [Double]
    /// The indicator questions.
    public let indicators: [BootstrapIndicator]
    /// The ratios.
    public let ratios: [BootstrapRatio]

    /// Validates and stores the sample.
    ///
    /// - Throws: `BootstrapError` when an array has not one entry per station, a stratum
    ///   index is out of range, a weight is not finite and positive, a count is negative or
    ///   not finite, or there is no station or no statistic.
    public init(
        strata: [BootstrapStratum], stationStrata: [Int], weights: [Double],
        indicators: [BootstrapIndicator], ratios: [BootstrapRatio] = []
    ) throws(BootstrapError) {
        let n = stationStrata.count
        guard n > 0 else { throw .noStations }
        guard !indicators.isEmpty || !ratios.isEmpty else { throw .noStatistics }
        guard weights.count == n else {
            throw .lengthMismatch(what: "weights", count: weights.count, stations: n)
        }
        for (station, stratum) in stationStrata.enumerated() where !strata.indices.contains(stratum) {
            throw .unknownStratum(station: station, stratum: stratum)
        }
        for (station, weight) in weights.enumerated() where !(weight.isFinite && weight > 0) {
            throw .invalidWeight(station: station, weight: weight)
        }
        for indicator in indicators where indicator.values.count != n {
            throw .lengthMismatch(what: indicator.name, count: indicator.values.count, stations: n)
        }
        for ratio in ratios {
            for (what, column) in [("numerators", ratio.numerators), ("denominators", ratio.denominators)] {
                guard column.count == n else {
                    throw .lengthMismatch(what: "\(ratio.name) \(what)", count: column.count, stations: n)
                }
                for (station, value) in column.enumerated() where !(value.isFinite && value >= 0) {
                    throw .invalidCount(ratio: ratio.name, station: station, value: value)
                }
            }
        }
        self.strata = strata
        self.stationStrata = stationStrata
        self.weights = weights
        self.indicators = indicators
        self.ratios = ratios
    }

    /// The number of reporting stations.
    public var stationCount: Int { stationStrata.count }

    /// The names of the statistics: the indicators, then the ratios.
    public var statisticNames: [String] { indicators.map(\.name) + ratios.map(\.name) }
}
