import Foundation

/// Beta-distributed random numbers, for the stratum rates of a clustered irregularity.
///
/// With X ~ Gamma(α) and Y ~ Gamma(β) independent, X/(X + Y) ~ Beta(α, β). Gamma variates
/// come from Marsaglia and Tsang's method, kept on the log scale so that tiny shapes (a rare
/// irregularity with strong clustering gives α ≈ 0.003) neither underflow nor divide 0 by 0:
/// ```
/// shape a ≥ 1:  d = a − 1/3,  c = 1/√(9d)
///               repeat: x ~ N(0, 1), v = (1 + c·x)³, u ~ U(0, 1)
///               until v > 0 and ln u < x²/2 + d − d·v + d·ln v;   ln G = ln d + ln v
/// shape a < 1:  ln G(a) = ln G(a + 1) + (ln u)/a,   u ~ U(0, 1)
/// Beta:         B = 1 / (1 + exp(ln Y − ln X))
/// ```
/// Normal variates are `NormalDistribution.quantile(u)` (Wichura's AS 241) of an open
/// uniform u = (⌊w/2¹¹⌋ + ½)·2⁻⁵³ of a 64-bit word w, which is never 0 or 1.
///
/// Checked against the beta distribution function (`BetaDistribution.cdf`) and its moments
/// in `BetaVariateTests`.
///
/// Reference: G. Marsaglia and W. W. Tsang, "A simple method for generating gamma
/// variables", *ACM Transactions on Mathematical Software* 26(3), 2000, 363–372 (the method
/// and the boost for a < 1).
enum BetaVariate {
    /// A draw from Beta(α, β), α > 0, β > 0.
    static func draw(
        alpha: Double, beta: Double, using generator: inout some RandomNumberGenerator
    ) -> Double {
        precondition(alpha > 0 && beta > 0, "beta shapes must be positive")
        let logX = logGamma(shape: alpha, using: &generator)
        let logY = logGamma(shape: beta, using: &generator)
        return 1 / (1 + exp(logY - logX))
    }

    /// ln G for G ~ Gamma(a, 1), a > 0.
    static func logGamma(shape a: Double, using generator: inout some RandomNumberGenerator) -> Double {
        if a < 1 {
            let boosted = logGamma(shape: a + 1, using: &generator)
            return boosted + log(openUniform(using: &generator)) / a
        }
        let d = a - 1.0 / 3.0
        let c = 1 / (9 * d).squareRoot()
        while true {
            let x = NormalDistribution.quantile(openUniform(using: &generator))
            let root = 1 + c * x
            guard root > 0 else { continue }
            let v = root * root * root
            let u = openUniform(using: &generator)
            if log(u) < 0.5 * x * x + d - d * v + d * log(v) {
                return log(d) + log(v)
            }
        }
    }

    /// A uniform number in the open interval (0, 1): (⌊w/2¹¹⌋ + ½)·2⁻⁵³.
    static func openUniform(using generator: inout some RandomNumberGenerator) -> Double {
        (Double(generator.next() >> 11) + 0.5) * 0x1p-53
    }
}
