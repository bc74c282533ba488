import Testing
@testable import SBO

/// Beta variates against the beta distribution: the empirical distribution function at the
/// deciles and the variance p(1 − p)ρ that the clustering model relies on.
///
/// Tolerance: with D = 20,000 draws, an empirical cdf value F̂ has standard error
/// √(F(1 − F)/D) ≤ 0.0036, and each is allowed 4.5 SE; the sample variance has relative
/// standard error √((κ − 1)/D), κ the kurtosis of the beta distribution (2.2% for
/// Beta(0.57, 18.4), the p = 0.03, ρ = 0.05 case), and is allowed 4.5 of those. (A check
/// with 400,000 draws found the variance within 0.4% for that case.)
@Suite("Design simulation: beta variates")
struct BetaVariateTests {
    static let draws = 20_000

    static func sample(alpha: Double, beta: Double, seed: String) -> [Double] {
        var generator = Philox4x32(seed: seed)
        return (0..<draws).map { _ in BetaVariate.draw(alpha: alpha, beta: beta, using: &generator) }
    }

    /// (α, β): shapes above 1, below 1 (the boosted branch) and tiny (rare, strongly clustered).
    @Test(arguments: [(2.5, 4.0), (0.57, 18.4), (0.3, 0.7), (5.0, 1.2)])
    func empiricalCDFMatchesBetaDistribution(shapes: (Double, Double)) {
        let (alpha, beta) = shapes
        let values = Self.sample(alpha: alpha, beta: beta, seed: "beta-\(alpha)-\(beta)")
        let distribution = BetaDistribution(alpha: alpha, beta: beta)
        #expect(values.allSatisfy { $0 >= 0 && $0 <= 1 })
        for decile in 1...9 {
            let x = distribution.quantile(Double(decile) / 10)
            let empirical = Double(values.filter { $0 <= x }.count) / Double(Self.draws)
            let expected = Double(decile) / 10
            let se = (expected * (1 - expected) / Double(Self.draws)).squareRoot()
            #expect(abs(empirical - expected) <= 4.5 * se, "F(\(x)) = \(empirical), want \(expected)")
        }
    }

    /// Beta(p(1 − ρ)/ρ, (1 − p)(1 − ρ)/ρ) has mean p and variance p(1 − p)ρ: the stratum rates
    /// give two stations of a stratum the correlation ρ.
    @Test(arguments: [(0.03, 0.05), (0.31, 0.2), (0.5, 0.01)])
    func clusterModelHasMeanPAndVariancePQRho(case: (Double, Double)) {
        let (p, rho) = `case`
        let values = Self.sample(
            alpha: p * (1 - rho) / rho, beta: (1 - p) * (1 - rho) / rho, seed: "rho-\(p)-\(rho)")
        let mean = values.reduce(0, +) / Double(Self.draws)
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(Self.draws - 1)
        let target = p * (1 - p) * rho
        #expect(abs(mean - p) <= 4.5 * (target / Double(Self.draws)).squareRoot())
        let relativeError = ((Self.kurtosis(alpha: p * (1 - rho) / rho, beta: (1 - p) * (1 - rho) / rho) - 1)
            / Double(Self.draws)).squareRoot()
        #expect(abs(variance / target - 1) <= 4.5 * relativeError, "variance \(variance), want \(target)")
    }

    /// The kurtosis E[(X − μ)⁴]/σ⁴ of Beta(α, β): 3 plus the excess
    /// 6[(α − β)²(α + β + 1) − αβ(α + β + 2)] / [αβ(α + β + 2)(α + β + 3)].
    static func kurtosis(alpha a: Double, beta b: Double) -> Double {
        3 + 6 * ((a - b) * (a - b) * (a + b + 1) - a * b * (a + b + 2))
            / (a * b * (a + b + 2) * (a + b + 3))
    }

    @Test func tinyShapesStayFinite() {
        // p = 0.03, ρ = 0.9: α ≈ 0.0033, β ≈ 0.108; most draws are 0 or 1 to double precision.
        let values = Self.sample(alpha: 0.03 * 0.1 / 0.9, beta: 0.97 * 0.1 / 0.9, seed: "tiny")
        #expect(values.allSatisfy { $0.isFinite && $0 >= 0 && $0 <= 1 })
        let mean = values.reduce(0, +) / Double(Self.draws)
        // Var = p(1 − p)·0.9 ≈ 0.026, SE of the mean ≈ 0.0011.
        #expect(abs(mean - 0.03) <= 0.006)
    }

    @Test func openUniformIsNeverZeroOrOne() {
        struct Constant: RandomNumberGenerator {
            let word: UInt64
            mutating func next() -> UInt64 { word }
        }
        var zero = Constant(word: 0)
        var one = Constant(word: .max)
        #expect(BetaVariate.openUniform(using: &zero) == 0x1p-54)
        #expect(BetaVariate.openUniform(using: &one) == 1 - 0x1p-54)
    }
}
