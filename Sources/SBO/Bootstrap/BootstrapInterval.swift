/// A bootstrap confidence interval, as R boot's `boot.ci` defines it.
///
/// With t̂ the full-sample estimate, t*₁ … t*_R the finite replicates, t*₍ᵣ₎ their r-th
/// smallest, conf the confidence and α = (1 ∓ conf)/2 for the two ends, each end is an
/// interpolated order statistic (Davison and Hinkley, eq. 5.8; `norm.inter` in boot):
/// ```
/// q(α) = t*₍ₖ₎                                 when (R + 1)α = k is a whole number
///      = t*₍₁₎ if k = 0,  t*₍R₎ if k = R        with k = ⌊(R + 1)α⌋ otherwise
///      = t*₍ₖ₎ + (Φ⁻¹(α) − Φ⁻¹(k/(R+1))) / (Φ⁻¹((k+1)/(R+1)) − Φ⁻¹(k/(R+1))) · (t*₍ₖ₊₁₎ − t*₍ₖ₎)
///
/// percentile: [q(α_low), q(α_high)]
/// basic:      [2t̂ − q(α_high), 2t̂ − q(α_low)]
/// bca:        [q(α̃_low), q(α̃_high)],  α̃ = Φ(z₀ + (z₀ + z_α) / (1 − a (z₀ + z_α)))
///             z₀ = Φ⁻¹(#{t*_b < t̂} / R),  z_α = Φ⁻¹(α)
///             a = Σ ℓ³ / (6 (Σ ℓ²)^{3/2})   (ℓ the jackknife influence values, within strata:
///                                            Davison and Hinkley's stratified acceleration,
///                                            see `ResamplingPlan.accelerations`)
/// ```
/// Replicates are stored as `Float`, so `t*_b < t̂` compares `Float(t̂)`: a replicate equal to
/// the estimate (common for a share, whose replicates are fractions of the same integers) is
/// not counted whichever way the two were rounded.
///
/// Edge cases: no finite replicate gives no interval; BCa gives none when z₀ is infinite (every
/// replicate on one side of t̂, as for a share of 0) or the acceleration is unknown.
///
/// Agrees with `boot.ci(..., type = c("perc", "basic", "bca"), L = ...)` of R boot 1.3 to
/// 1e−12 on the same replicates and the same L (`BootstrapIntervalTests`); on stratified data
/// sbo passes the stratified influence values, which `boot.ci`'s own `empinf` does not form.
///
/// References: A. C. Davison and D. V. Hinkley, *Bootstrap Methods and their Application*,
/// Cambridge University Press, 1997, §5.2–5.3; B. Efron, "Better bootstrap confidence
/// intervals", JASA 82(397), 1987, [doi:10.1080/01621459.1987.10478410].
///
/// [doi:10.1080/01621459.1987.10478410]: https://doi.org/10.1080/01621459.1987.10478410
public enum BootstrapInterval: String, Sendable, Equatable, Hashable, CaseIterable {
    /// The percentile interval.
    case percentile
    /// The basic (reverse percentile) interval.
    case basic
    /// The bias-corrected and accelerated interval.
    case bca

    /// The interval from `replicates` (NaN entries are skipped) around `estimate`;
    /// `acceleration` is needed by `bca` only.
    ///
    /// - Parameter confidence: 0 < confidence < 1.
    public func bounds(
        replicates: some Collection<Float>, estimate: Double, acceleration: Double?,
        confidence: Double
    ) -> ClosedRange<Double>? {
        bounds(
            histogram: ReplicateHistogram(replicates), replicates: replicates, estimate: estimate,
            acceleration: acceleration, confidence: confidence)
    }

    /// `bounds(replicates:estimate:acceleration:confidence:)` with the replicates' histogram
    /// already counted (nil: too many distinct values, so selections on a filtered copy).
    func bounds(
        histogram: ReplicateHistogram?, replicates: some Collection<Float>, estimate: Double, acceleration: Double?,
        confidence: Double
    ) -> ClosedRange<Double>? {
        precondition(confidence > 0 && confidence < 1, "confidence must lie strictly between 0 and 1")
        // Few distinct values (shares): the counts; else a filtered copy and selections.
        var sample = histogram == nil ? replicates.filter { !$0.isNaN } : []
        let count = histogram?.count ?? sample.count
        guard count > 0 else { return nil }
        func quantile(_ alpha: Double) -> Double {
            Self.quantile(count: count, alpha) { histogram?.orderStatistic($0) ?? Self.orderStatistic(&sample, $0) }
        }
        let alphas = ((1 - confidence) / 2, (1 + confidence) / 2)
        switch self {
        case .percentile:
            let low = quantile(alphas.0), high = quantile(alphas.1)
            return low...high
        case .basic:
            let low = quantile(alphas.0), high = quantile(alphas.1)
            return (2 * estimate - high)...(2 * estimate - low)
        case .bca:
            guard let acceleration else { return nil }
            let pivot = Float(estimate)
            let below = histogram?.countBelow(pivot) ?? sample.reduce(0) { $0 + ($1 < pivot ? 1 : 0) }
            let bias = NormalDistribution.quantile(Double(below) / Double(count))
            guard bias.isFinite else { return nil }
            func adjusted(_ alpha: Double) -> Double {
                let z = bias + NormalDistribution.quantile(alpha)
                return NormalDistribution.cdf(bias + z / (1 - acceleration * z))
            }
            let low = quantile(adjusted(alphas.0))
            let high = quantile(adjusted(alphas.1))
            return min(low, high)...max(low, high)
        }
    }

    /// q(α), the interpolated order statistic of `count` values whose rank-th smallest
    /// (1-based) is `orderStatistic(rank)`.
    static func quantile(count: Int, _ alpha: Double, _ orderStatistic: (Int) -> Float) -> Double {
        let position = Double(count + 1) * alpha
        let k = Int(position)
        if k <= 0 { return Double(orderStatistic(1)) }
        if k >= count { return Double(orderStatistic(count)) }
        let lower = Double(orderStatistic(k))
        if Double(k) == position { return lower }
        let upper = Double(orderStatistic(k + 1))
        let zk = NormalDistribution.quantile(Double(k) / Double(count + 1))
        let zk1 = NormalDistribution.quantile(Double(k + 1) / Double(count + 1))
        return lower + (NormalDistribution.quantile(alpha) - zk) / (zk1 - zk) * (upper - lower)
    }

    /// The rank-th smallest (1-based) element of `sample`, by Hoare's selection (FIND) with a
    /// median-of-three pivot, leaving smaller elements before it and larger after: expected
    /// O(n) comparisons.
    ///
    /// Reference: C. A. R. Hoare, "Algorithm 65: Find", CACM 4(7), 1961,
    /// [doi:10.1145/366622.366647].
    ///
    /// [doi:10.1145/366622.366647]: https://doi.org/10.1145/366622.366647
    static func orderStatistic(_ sample: inout [Float], _ rank: Int) -> Float {
        let target = rank - 1
        return sample.withUnsafeMutableBufferPointer { a in
            var low = 0, high = a.count - 1
            while low < high {
                let middle = low + (high - low) / 2
                let pivot = max(min(a[low], a[middle]), min(max(a[low], a[middle]), a[high]))
                var i = low, j = high
                while i <= j {
                    while a[i] < pivot { i += 1 }
                    while a[j] > pivot { j -= 1 }
                    if i <= j {
                        a.swapAt(i, j)
                        i += 1
                        j -= 1
                    }
                }
                if target <= j {
                    high = j
                } else if target >= i {
                    low = i
                } else {
                    break
                }
            }
            return a[target]
        }
    }
}
