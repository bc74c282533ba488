/// The beta distribution Beta(α, β) on [0, 1]: its cumulative distribution function (the
/// regularized incomplete beta function) and its quantile function.
///
/// ```
/// F(x) = I_x(α, β) = (1 / B(α, β)) ∫₀ˣ t^(α−1) (1 − t)^(β−1) dt
/// F⁻¹(p) = the x with I_x(α, β) = p
/// ```
///
/// The Clopper–Pearson and Korn–Graubard intervals are beta quantiles: with an effective
/// sample size n and x successes,
/// ```swift
/// let low  = BetaDistribution(alpha: x, beta: n - x + 1).quantile(0.025)
/// let high = BetaDistribution(alpha: x + 1, beta: n - x).quantile(0.975)
/// ```
///
/// Edge cases: α = 0 is a point mass at 0 and β = 0 a point mass at 1; both zero put mass ½
/// on each end. There the cdf is the right-continuous step function (R's `pbeta` instead
/// returns 0 at x = 0 and at x = 1) and the quantile is R's `qbeta` (0 or 1, and ½ at p = ½
/// when both are zero).
///
/// Agrees with R's `pbeta` and `qbeta` to 1e−12 relative for shape parameters from 0.005 to
/// 10⁵ and p from 1e−100 (1e−11 for α near 0.005 with p near 1; see `BetaDistributionTests`).
/// Quantiles below the smallest normal double, 2.2e−308, are returned as 0. The algorithms
/// (a continued fraction for the cdf, safeguarded Newton from AS 109's start for the
/// quantile) are described on `IncompleteBeta`.
public struct BetaDistribution: Sendable {
    /// The first shape parameter α ≥ 0.
    public let alpha: Double
    /// The second shape parameter β ≥ 0.
    public let beta: Double

    /// A beta distribution with shape parameters α and β.
    ///
    /// - Parameters:
    ///   - alpha: α, finite and ≥ 0 (0 means a point mass at 0).
    ///   - beta: β, finite and ≥ 0 (0 means a point mass at 1).
    ///   Anything else is a programmer error.
    public init(alpha: Double, beta: Double) {
        precondition(alpha >= 0 && alpha.isFinite, "beta distribution needs finite α ≥ 0, got \(alpha)")
        precondition(beta >= 0 && beta.isFinite, "beta distribution needs finite β ≥ 0, got \(beta)")
        self.alpha = alpha
        self.beta = beta
    }

    /// The cumulative distribution function F(x) = P(X ≤ x) = I_x(α, β).
    ///
    /// Edge cases: 0 for x < 0 (and at x = 0 unless α = 0), 1 for x ≥ 1, NaN for NaN.
    public func cdf(_ x: Double) -> Double {
        if x.isNaN { return .nan }
        if alpha == 0 || beta == 0 {
            let massAtZero = beta == 0 ? (alpha == 0 ? 0.5 : 0) : 1
            return x < 0 ? 0 : (x < 1 ? massAtZero : 1)
        }
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        return IncompleteBeta.tails(x: x, y: 1 - x, a: alpha, b: beta).lower
    }

    /// The quantile function: the x in [0, 1] with I_x(α, β) = p.
    ///
    /// Edge cases: 0 at p = 0, 1 at p = 1, NaN for NaN.
    ///
    /// - Parameter p: a probability, 0 ≤ p ≤ 1 (or NaN). Anything else is a programmer error.
    public func quantile(_ p: Double) -> Double {
        precondition(p.isNaN || (0...1).contains(p), "beta quantile needs 0 ≤ p ≤ 1, got \(p)")
        if p.isNaN { return .nan }
        if alpha == 0 || beta == 0 {
            if alpha != 0 { return 1 }
            if beta != 0 { return 0 }
            return p < 0.5 ? 0 : (p > 0.5 ? 1 : 0.5)
        }
        return IncompleteBeta.inverse(p: p, q: 1 - p, a: alpha, b: beta).x
    }
}
