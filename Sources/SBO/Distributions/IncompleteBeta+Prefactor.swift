#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension IncompleteBeta {
    /// log K, the logarithm of the prefactor K = x^a y^b / B(a, b), without the cancellation
    /// that `a log x + b log y − log B(a, b)` suffers when a and b are large.
    ///
    /// With s = a + b, Stirling's formula log Γ(z) = (z − ½) log z − z + ½ log 2π + δ(z) turns
    /// the beta function into
    /// ```
    /// log K = −D(a, s x) − D(b, s y) + ½ log(a b / s) − ½ log 2π − δ(a) − δ(b) + δ(s)
    /// D(v, μ) = v log(v / μ) + μ − v                        (Loader's deviance term bd0)
    /// ```
    /// where δ is ``stirlingError(_:)``; the linear parts of the two D terms cancel because
    /// x + y = 1. Near the mode (v ≈ μ) D is insensitive to rounding in μ (∂D/∂μ = 1 − v/μ),
    /// so the rounding of x, y and s·x costs about |a − s x|·ε rather than the a·ε of
    /// evaluating `a log x` directly — the difference between 1e−11 and 1e−14 at a = 10⁵.
    ///
    /// Reference: C. Loader, *Fast and accurate computation of binomial probabilities* (2000),
    /// which uses the same split for the binomial density.
    static func logPrefactor(x: Double, y: Double, a: Double, b: Double) -> Double {
        let s = a + b
        let deviance = -deviance(a, s, x) - deviance(b, s, y)
        let scale = 0.5 * log(a / s * b) - 0.5 * log(2 * Double.pi)
        return deviance + scale - (stirlingError(a) + stirlingError(b) - stirlingError(s))
    }

    /// Loader's deviance term D(v, μ) = v log(v / μ) + μ − v ≥ 0, for v > 0 and μ = s·z > 0.
    ///
    /// Close to v = μ it is summed as a series in w = (v − μ)/(v + μ), free of cancellation:
    /// ```
    /// D(v, μ) = (v − μ) w + 2 v (w³/3 + w⁵/5 + w⁷/7 + …)        |v − μ| < 0.1 (v + μ)
    /// ```
    /// μ is passed as its factors s and z so that log μ = log s + log z can stand in when the
    /// product is subnormal (z below 1e−308, where v must be small for K not to underflow).
    static func deviance(_ v: Double, _ s: Double, _ z: Double) -> Double {
        let mu = s * z
        guard abs(v - mu) < 0.1 * (v + mu) else {
            let ratio = v / mu
            let logRatio = mu >= Double.leastNormalMagnitude && ratio.isFinite
                ? log(ratio) : log(v) - log(s) - log(z)
            return v * logRatio + mu - v
        }
        let w = (v - mu) / (v + mu)
        let w2 = w * w
        var sum = (v - mu) * w
        var term = 2 * v * w
        var k = 3.0
        while true {
            term *= w2
            let next = sum + term / k
            if next == sum { return sum }
            sum = next
            k += 2
        }
    }

    /// The error of Stirling's approximation to log Γ:
    /// ```
    /// δ(z) = log Γ(z) − ((z − ½) log z − z + ½ log 2π)
    ///      = 1/(12z) − 1/(360z³) + 1/(1260z⁵) − 1/(1680z⁷) + 1/(1188z⁹)
    ///        − 691/(360360z¹¹) + 1/(156z¹³) − 3617/(122400z¹⁵) + …      (z ≥ 10)
    /// ```
    /// The series (coefficients B₂ₖ / (2k(2k − 1)) from the Bernoulli numbers, Abramowitz &
    /// Stegun 6.1.40) is truncated where its next term is below 1e−19 for z ≥ 10; below 10 the
    /// definition is evaluated with the C library's `lgamma`, where no large terms cancel.
    static func stirlingError(_ z: Double) -> Double {
        guard z >= 10 else {
            return lgamma(z) - ((z - 0.5) * log(z) - z + 0.5 * log(2 * Double.pi))
        }
        let r = 1 / (z * z)
        let series = 1.0 / 12 - r * (1.0 / 360 - r * (1.0 / 1260 - r * (1.0 / 1680 - r * (
            1.0 / 1188 - r * (691.0 / 360360 - r * (1.0 / 156 - r * 3617.0 / 122400))))))
        return series / z
    }
}
