/// The replicates of a bootstrap run and what is computed from them: standard errors and
/// percentile, basic and BCa intervals for every statistic, from the same resamples, so that
/// joint statistics (differences, "any of these") can be formed replicate by replicate.
///
/// Statistic j < k is indicator j of the input, statistic k + r is ratio r
/// (`statisticNames`). The replicates are stored as `Float`, B × (k + R) of them, statistic
/// by statistic: their rounding (relative 6e−8) is far below the Monte Carlo error of any
/// interval (about 1/√B of its width). A replicate whose denominator is 0 (no drawn station
/// answered) is NaN and left out of the standard error and the intervals.
///
/// The standard error is the standard deviation of the replicates,
/// ```
/// se = √( Σ_b (t*_b − t̄*)² / (B − 1) )
/// ```
/// as R boot's `sd(t)` and R survey's `svrepdesign` with `scale = 1/(B − 1)`, `mse = FALSE`.
public struct BootstrapResult: Sendable, Equatable {
    /// The statistics' names: the indicators, then the ratios.
    public let statisticNames: [String]
    /// The full-sample estimate of each statistic; `nil` when its denominator is 0.
    public let estimates: [Double?]
    /// B, the replicates per statistic.
    public let replicateCount: Int
    /// The seed the replicates were drawn from.
    public let seed: String
    /// The scheme they were drawn with.
    public let scheme: BootstrapScheme
    /// Strata with one station, which the Rao–Wu schemes cannot resample: they keep their
    /// weight in every replicate and add no variance (see `BootstrapScheme`).
    public let unresampledStrata: [String]
    /// The BCa acceleration of each statistic (`ResamplingPlan.accelerations`).
    public let accelerations: [Double?]
    /// Station-draws per replicate, Σ_h m_h.
    public let drawsPerReplicate: Int
    /// Statistic j of replicate b at `storage[j · replicateCount + b]`.
    let storage: [Float]

    /// The B replicates of statistic `statistic`, in replicate order (indexed from 0).
    public func replicates(of statistic: Int) -> [Float] {
        Array(slice(of: statistic))
    }

    /// The replicates of `statistic` without a copy (indexed from j · B).
    func slice(of statistic: Int) -> ArraySlice<Float> {
        storage[(statistic * replicateCount)..<((statistic + 1) * replicateCount)]
    }

    /// The index of the statistic named `name`.
    public func statistic(named name: String) -> Int? {
        statisticNames.firstIndex(of: name)
    }

    /// How many replicates of `statistic` are undefined (NaN).
    public func undefinedReplicates(of statistic: Int) -> Int {
        slice(of: statistic).reduce(0) { $0 + ($1.isNaN ? 1 : 0) }
    }

    /// The bootstrap standard error of `statistic`; `nil` with fewer than two defined
    /// replicates.
    public func standardError(of statistic: Int) -> Double? {
        // Two passes (mean, then squared deviations): exact enough in Double for B ≤ 2²⁸
        // Float values, and free of the per-element division of an online update.
        let values = slice(of: statistic)
        var count = 0, sum = 0.0
        for value in values where !value.isNaN {
            count += 1
            sum += Double(value)
        }
        guard count >= 2 else { return nil }
        let mean = sum / Double(count)
        var squares = 0.0
        for value in values where !value.isNaN {
            let deviation = Double(value) - mean
            squares += deviation * deviation
        }
        return (squares / Double(count - 1)).squareRoot()
    }

    /// The `method` interval of `statistic` at `confidence` (0 < confidence < 1); `nil` when the
    /// estimate or the interval is undefined (see `BootstrapInterval`).
    public func interval(
        of statistic: Int, method: BootstrapInterval, confidence: Double = 0.95
    ) -> ClosedRange<Double>? {
        guard let estimate = estimates[statistic] else { return nil }
        return method.bounds(
            replicates: slice(of: statistic), estimate: estimate,
            acceleration: accelerations[statistic], confidence: confidence)
    }
}
