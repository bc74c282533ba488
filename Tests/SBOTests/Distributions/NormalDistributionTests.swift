import Testing
@testable import SBO

@Suite("Normal distribution")
struct NormalDistributionTests {
    /// Rscript -e 'sprintf("%.17g", qnorm(p))'
    static let quantiles: [(p: Double, expected: Double)] = [
        (1e-300, -37.047096299361201),  // qnorm(1e-300)
        (1e-10, -6.3613409024040557),  // qnorm(1e-10)
        (0.001, -3.0902323061678132),  // qnorm(0.001)
        (0.025, -1.9599639845400538),  // qnorm(0.025)
        (0.3, -0.52440051270804067),  // qnorm(0.3)
        (0.5, 0),  // qnorm(0.5)
        (0.6, 0.25334710313579978),  // qnorm(0.6)
        (0.975, 1.9599639845400536),  // qnorm(0.975)
        (0.995, 2.5758293035488999),  // qnorm(0.995)
        (0.9999999999, 6.3613408896974208),  // qnorm(0.9999999999)
    ]

    /// Rscript -e 'sprintf("%.17g", pnorm(x))'
    static let cdfs: [(x: Double, expected: Double)] = [
        (-37, 5.7255712225245771e-300),  // pnorm(-37)
        (-20, 2.7536241186062337e-89),  // pnorm(-20)
        (-8, 6.2209605742717849e-16),  // pnorm(-8)
        (-1.96, 0.024997895148220428),  // pnorm(-1.96)
        (-0.1, 0.46017216272297101),  // pnorm(-0.1)
        (0, 0.5),  // pnorm(0)
        (0.5, 0.69146246127401301),  // pnorm(0.5)
        (1.96, 0.97500210485177963),  // pnorm(1.96)
        (8.2, 0.99999999999999989),  // pnorm(8.2)
    ]

    @Test("quantile agrees with R's qnorm to 1e-15 relative")
    func quantileMatchesR() {
        for (p, expected) in Self.quantiles {
            let z = NormalDistribution.quantile(p)
            #expect(relativeError(z, expected) <= 1e-15, "qnorm(\(p)) = \(expected), got \(z)")
        }
    }

    @Test("cdf agrees with R's pnorm to 1e-13 relative, out to 5.7e-300")
    func cdfMatchesR() {
        for (x, expected) in Self.cdfs {
            let p = NormalDistribution.cdf(x)
            #expect(relativeError(p, expected) <= 1e-13, "pnorm(\(x)) = \(expected), got \(p)")
        }
    }

    /// A relative error ε in z becomes z²·ε in the tail probability (d log Φ / d log |z| ≈ z²
    /// for large |z|), and `erfc` carries the same factor; hence the tolerance 1e−15 (1 + z²).
    @Test("cdf(quantile(p)) = p to 1e-15 (1 + z²) relative in either tail")
    func roundTrip() {
        for exponent in stride(from: -300, through: -1, by: 7) {
            for mantissa in [1.0, 2.5, 4.9] {
                let p = Double("\(mantissa)e\(exponent)")!
                let z = NormalDistribution.quantile(p)
                let tolerance = 1e-15 * (1 + z * z)
                #expect(relativeError(NormalDistribution.cdf(z), p) <= tolerance, "p = \(p)")
                // The upper tail, by symmetry: 1 − Φ(Φ⁻¹(1 − p)) = Φ(−Φ⁻¹(1 − p)), where
                // 1 − (1 − p) is the upper-tail probability that 1 − p stands for.
                if p > 1e-16 {
                    let upper = NormalDistribution.cdf(-NormalDistribution.quantile(1 - p))
                    #expect(relativeError(upper, 1 - (1 - p)) <= tolerance, "1 − p, p = \(p)")
                }
            }
        }
    }

    @Test("edges: 0 → −∞, 1 → +∞, ½ → 0, NaN → NaN")
    func edges() {
        #expect(NormalDistribution.quantile(0) == -.infinity)
        #expect(NormalDistribution.quantile(1) == .infinity)
        #expect(NormalDistribution.quantile(0.5) == 0)
        #expect(NormalDistribution.quantile(.nan).isNaN)
        #expect(NormalDistribution.cdf(-.infinity) == 0)
        #expect(NormalDistribution.cdf(.infinity) == 1)
        #expect(NormalDistribution.cdf(0) == 0.5)
        #expect(NormalDistribution.cdf(.nan).isNaN)
    }

    @Test("quantile is odd: Φ⁻¹(1 − p) = −Φ⁻¹(p) when 1 − p is exact")
    func symmetry() {
        // For p in [¼, ½] and p = k/2^m, 1 − p is exact, and AS 241 is odd in p − ½.
        for p in [0.25, 0.3125, 0.375, 0.4375, 0.0078125, 1.0 / 1024] {
            #expect(NormalDistribution.quantile(1 - p) == -NormalDistribution.quantile(p))
        }
    }
}
