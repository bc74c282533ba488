/// The replicates of a bootstrap run and what is computed from them: standard errors and
/// percentile, basic and BCa intervals for every statistic, from the same resamples, so that
/// joint statistics (differences, "any of these") can be formed replicate by replicate.
///
/// Statistic j < k is indicator j of the input, statistic k + r is ratio r
/// (`statisticNames`). The replicates are `Float`s, B × (k + R) of them, statistic by
/// statistic (`ReplicateValues`): their rounding (relative 6e−8) is far below the Monte Carlo
/// error of any interval (about 1/√B of its width). A replicate whose denominator is 0 (no
/// drawn station answered) is NaN and left out of the standard error and the intervals.
///
/// The standard error is the standard deviation of the replicates,
/// ```
/// se = √( Σ_b (t*_b − t̄*)² / (B − 1) )
/// ```
/// (computed in one pass from the deviations from the estimate, see `standardError(of:)`)
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
    /// Strata with one station, which the Rao–Wu schemes resample by a random sign (see
    /// `BootstrapScheme`) so that they add the variance of the linearised "adjust" rule.
    public let singleStationStrata: [String]
    /// The BCa acceleration of each statistic (`ResamplingPlan.accelerations`).
    public let accelerations: [Double?]
    /// Station-draws per replicate, Σ_h m_h.
    public let drawsPerReplicate: Int
    /// The replicates, statistic by statistic.
    let replicateValues: ReplicateValues
    /// Statistic j's replicates counted by value when the kernel counted them as it drew them
    /// (shares of a counts-only run, `ResamplingPlan.resample`); empty otherwise, and nil
    /// where the counts give no histogram (the percentile step then counts the replicates).
    let histograms: [ReplicateHistogram?]

    /// The B replicates of statistic `statistic`, in replicate order (indexed from 0).
    public func replicates(of statistic: Int) -> [Float] {
        Array(replicateValues.slice(of: statistic))
    }

    /// Every replicate, statistic j's B from place j · B.
    var storage: [Float] { replicateValues.all }

    /// The index of the statistic named `name`.
    public func statistic(named name: String) -> Int? {
        statisticNames.firstIndex(of: name)
    }

    /// How many replicates of `statistic` are undefined (NaN).
    public func undefinedReplicates(of statistic: Int) -> Int {
        func undefined(_ values: some Collection<Float>) -> Int { values.reduce(0) { $0 + ($1.isNaN ? 1 : 0) } }
        return replicateValues.read(statistic, values: undefined, entries: undefined)
    }

    /// The bootstrap standard error of `statistic`; `nil` with fewer than two defined
    /// replicates.
    public func standardError(of statistic: Int) -> Double? {
        // One pass over the deviations d_b = t*_b − c from c, the full-sample estimate:
        // se² = (Σ d² − (Σ d)²/B′) / (B′ − 1) over the B′ defined replicates. c lies within a
        // few standard errors of the replicates' mean, so the subtraction loses nothing that
        // matters in Double (the shifted-data algorithm; Chan, Golub and LeVeque, "Algorithms
        // for computing the sample variance", Am. Stat. 37(3), 242–247, 1983,
        // https://www.jstor.org/stable/2683386).
        let center = estimates[statistic] ?? 0
        let (count, sum, squares) = replicateValues.read(
            statistic, values: { Self.sums(of: $0, around: center) }, entries: { Self.sums(of: $0, around: center) })
        guard count >= 2 else { return nil }
        return (max(0, squares - sum * sum / Double(count)) / Double(count - 1)).squareRoot()
    }

    /// Over the non-NaN `values`: their count, and the sums of their deviations from `center`
    /// and of the squared deviations, each in eight interleaved partial sums (value i goes to
    /// partial sum i mod 8, so that the additions run in vector lanes and pipeline) combined in
    /// a fixed order — the same on every run and thread count. A first pass assumes that no
    /// value is NaN (a NaN would make its sums NaN); only then does a second pass test every
    /// value. Both add the same terms in the same order.
    private static func sums<Values: RandomAccessCollection<Float>>(
        of values: Values, around center: Double
    ) -> (count: Int, sum: Double, squares: Double) where Values.Index == Int {
        let defined = sums(of: values, around: center, skippingNaN: false)
        if !defined.sum.isNaN && !defined.squares.isNaN { return defined }
        return sums(of: values, around: center, skippingNaN: true)
    }

    /// `sums(of:around:)`, leaving NaN values out when `skippingNaN` (else counting every value).
    @inline(__always)
    private static func sums<Values: RandomAccessCollection<Float>>(
        of values: Values, around center: Double, skippingNaN: Bool
    ) -> (count: Int, sum: Double, squares: Double) where Values.Index == Int {
        var count = 0
        // Partial sums of values 8m + 0…7 in the lanes of four pairs.
        var sums = (SIMD2<Double>(), SIMD2<Double>(), SIMD2<Double>(), SIMD2<Double>())
        var squares = sums
        let shift = SIMD2<Double>(repeating: center)
        @inline(__always) func deviation(_ value: Float) -> Double {
            let defined = !skippingNaN || !value.isNaN
            count += defined ? 1 : 0
            return defined ? Double(value) - center : 0
        }
        @inline(__always) func add(_ at: Int, _ sum: inout SIMD2<Double>, _ square: inout SIMD2<Double>) {
            let pair = skippingNaN
                ? SIMD2(deviation(values[at]), deviation(values[at + 1]))
                : SIMD2(Double(values[at]), Double(values[at + 1])) - shift
            sum += pair
            square += pair * pair
        }
        var index = 0
        while index + 8 <= values.count {
            add(index, &sums.0, &squares.0)
            add(index + 2, &sums.1, &squares.1)
            add(index + 4, &sums.2, &squares.2)
            add(index + 6, &sums.3, &squares.3)
            index += 8
        }
        if !skippingNaN { count = index }
        var sum = ((sums.0 + sums.1) + (sums.2 + sums.3)).sum()
        var square = ((squares.0 + squares.1) + (squares.2 + squares.3)).sum()
        for value in values[index...] {
            let term = deviation(value)
            sum += term
            square += term * term
        }
        return (count, sum, square)
    }

    /// The `method` interval of `statistic` at `confidence` (0 < confidence < 1); `nil` when the
    /// estimate or the interval is undefined (see `BootstrapInterval`).
    public func interval(
        of statistic: Int, method: BootstrapInterval, confidence: Double = 0.95
    ) -> ClosedRange<Double>? {
        guard let estimate = estimates[statistic] else { return nil }
        if !histograms.isEmpty, let counted = histograms[statistic] {
            return method.bounds(
                histogram: counted, replicates: EmptyCollection(), estimate: estimate,
                acceleration: accelerations[statistic], confidence: confidence)
        }
        let replicates = replicateValues.slice(of: statistic)
        return method.bounds(
            histogram: ReplicateHistogram(replicates), replicates: replicates,
            estimate: estimate, acceleration: accelerations[statistic], confidence: confidence)
    }
}
