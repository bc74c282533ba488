#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Confidence intervals for a share p̂ estimated from a complex sample, from its linearised
/// variance v and the design's degrees of freedom df, at confidence 1 − α.
///
/// With t = qt(1 − α/2, df), expit(x) = 1/(1 + e^(−x)), logit(p) = log(p/(1 − p)):
/// ```
/// wald:    p̂ ± t·√v                                   (not clipped to [0, 1], as R)
/// logit:   expit(logit(p̂) ± t·√v / (p̂(1 − p̂)))
/// wilson:  m = p̂(1 − p̂)/v
///          (p̂ + t²/(2m) ∓ t/(2m)·√(4m·p̂(1 − p̂) + t²)) / (1 + t²/m)
/// clopper-pearson (Korn–Graubard):
///          m = p̂(1 − p̂)/v · (qt(α/2, n_rows − 1) / qt(α/2, df))²
///          lower = qbeta(α/2, m·p̂, m(1 − p̂) + 1)
///          upper = qbeta(1 − α/2, m·p̂ + 1, m(1 − p̂))
/// ```
/// where n_rows is the number of reporting stations in the (domain's) design, answering or
/// not — R's `nrow(design)` in `svyciprop(method="beta")`.
///
/// These agree with R survey's `svyciprop` methods "mean", "logit" (which R obtains by
/// fitting `svyglm(y ~ 1, family=quasibinomial)`; the closed form is the same Wald interval
/// on the logit scale, checked to 1e-6 in `ShareIntervalTests`), "wilson" (survey ≥ 4.5;
/// checked against the formula evaluated in R) and "beta".
///
/// References: Korn E. L., Graubard B. I., "Confidence intervals for proportions with small
/// expected number of positive counts estimated from survey data", *Survey Methodology*
/// 24(2), 1998, 193–201. Wilson E. B., "Probable inference, the law of succession, and
/// statistical inference", *JASA* 22(158), 1927, 209–212. Dean N., Pagano M., "Evaluating
/// confidence interval methods for binomial proportions in clustered surveys", *Journal of
/// Survey Statistics and Methodology* 3(4), 2015, 484–503.
public enum ProportionInterval {
    /// The interval of `method` for p̂ in (0, 1) with v > 0.
    ///
    /// - Parameters:
    ///   - method: the interval method.
    ///   - estimate: p̂, strictly between 0 and 1.
    ///   - variance: v > 0, the linearised variance of p̂.
    ///   - degreesOfFreedom: df ≥ 1.
    ///   - reportingStations: n_rows ≥ df + 1 (used by Clopper–Pearson only).
    ///   - confidence: 1 − α in (0, 1).
    public static func bounds(
        method: IntervalMethod, estimate p: Double, variance v: Double,
        degreesOfFreedom df: Int, reportingStations: Int, confidence: Double
    ) -> (lower: Double, upper: Double) {
        bounds(
            method: method, estimate: p, variance: v, degreesOfFreedom: df,
            reportingStations: reportingStations, quantiles: TQuantiles(confidence: confidence))
    }

    /// ``bounds(method:estimate:variance:degreesOfFreedom:reportingStations:confidence:)`` at
    /// the confidence of `quantiles`, taking t from them.
    static func bounds(
        method: IntervalMethod, estimate p: Double, variance v: Double,
        degreesOfFreedom df: Int, reportingStations: Int, quantiles: TQuantiles
    ) -> (lower: Double, upper: Double) {
        let t = quantiles.upper(degreesOfFreedom: df)
        switch method {
        case .wald:
            let half = t * v.squareRoot()
            return (p - half, p + half)
        case .logit:
            let centre = log(p / (1 - p))
            let half = t * v.squareRoot() / (p * (1 - p))
            return (expit(centre - half), expit(centre + half))
        case .wilson:
            let m = p * (1 - p) / v
            let t2 = t * t
            let denominator = 1 + t2 / m
            let spread = t / (2 * m) * (4 * m * p * (1 - p) + t2).squareRoot()
            let centre = p + t2 / (2 * m)
            return ((centre - spread) / denominator, (centre + spread) / denominator)
        case .clopperPearson:
            return kornGraubard(
                estimate: p, effectiveSampleSize: p * (1 - p) / v, degreesOfFreedom: df,
                reportingStations: reportingStations, quantiles: quantiles)
        }
    }

    /// Korn and Graubard's Clopper–Pearson interval for p̂ in [0, 1] with an effective sample
    /// size m₀ (before the degrees-of-freedom factor):
    /// ```
    /// m = m₀ · (qt(α/2, n_rows − 1) / qt(α/2, df))²
    /// lower = qbeta(α/2, m·p̂, m(1 − p̂) + 1)      (0 when p̂ = 0)
    /// upper = qbeta(1 − α/2, m·p̂ + 1, m(1 − p̂))  (1 when p̂ = 1)
    /// ```
    /// With m₀ = p̂(1 − p̂)/v this is `svyciprop(method="beta")`; with m₀ = the answering
    /// stations it is the NCHS rule for p̂ of 0 or 1 or v = 0 (``IntervalRule``).
    public static func kornGraubard(
        estimate p: Double, effectiveSampleSize m0: Double, degreesOfFreedom df: Int,
        reportingStations: Int, confidence: Double
    ) -> (lower: Double, upper: Double) {
        kornGraubard(
            estimate: p, effectiveSampleSize: m0, degreesOfFreedom: df,
            reportingStations: reportingStations, quantiles: TQuantiles(confidence: confidence))
    }

    /// ``kornGraubard(estimate:effectiveSampleSize:degreesOfFreedom:reportingStations:confidence:)``
    /// at the confidence of `quantiles`, taking the t quantiles from them.
    static func kornGraubard(
        estimate p: Double, effectiveSampleSize m0: Double, degreesOfFreedom df: Int,
        reportingStations: Int, quantiles: TQuantiles
    ) -> (lower: Double, upper: Double) {
        let alpha = 1 - quantiles.confidence
        let ratio = quantiles.lower(degreesOfFreedom: reportingStations - 1)
            / quantiles.lower(degreesOfFreedom: df)
        let m = m0 * ratio * ratio
        let lower = p <= 0
            ? 0 : BetaDistribution(alpha: m * p, beta: m * (1 - p) + 1).quantile(alpha / 2)
        let upper = p >= 1
            ? 1 : BetaDistribution(alpha: m * p + 1, beta: m * (1 - p)).quantile(1 - alpha / 2)
        return (lower, upper)
    }

    /// t = qt(1 − α/2, df) for confidence 1 − α.
    static func tQuantile(confidence: Double, degreesOfFreedom df: Int) -> Double {
        TQuantiles(confidence: confidence).upper(degreesOfFreedom: df)
    }

    /// expit(x) = 1/(1 + e^(−x)), written to avoid overflow for large |x|.
    private static func expit(_ x: Double) -> Double {
        x >= 0 ? 1 / (1 + exp(-x)) : exp(x) / (1 + exp(x))
    }
}
