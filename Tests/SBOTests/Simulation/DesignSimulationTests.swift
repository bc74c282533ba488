import Testing
@testable import SBO

/// Coverage of the interval methods on the bundled design: 105 stations of the Azerbaijan
/// 2024 frame (N = 6,537), stratified by region, proportional allocation, equal probability.
///
/// Tolerance: the default method (Wilson) must cover within 93–97.5% (SPEC issue 6). With
/// K = 2,000 runs the Monte Carlo standard error of a coverage near 0.95 is
/// √(0.95·0.05/2000) ≈ 0.0049, so the band is about 4 SE below and 5 SE above the nominal
/// 95%: an honest method passes, one that misses by 3 points fails. The long version
/// (`SBO_LONG_TESTS=1`, K = 10,000, SE ≈ 0.0022) checks the same band with a third of the
/// noise. Measured with K = 10,000 (seed "sbo-simulate"): Wilson 96.2 / 95.8 / 95.4% at
/// p = 0.03 / 0.31 / 0.5, Wald 90.5% at 0.03.
/// Negative control: the same harness shows Wald below 93% at p = 0.03 (its interval is
/// symmetric and too short when p̂ is near 0).
@Suite("Design simulation: coverage on the bundled design")
struct DesignSimulationTests {
    static let prevalences = [0.03, 0.31, 0.5]

    /// The bundled design, simulated with `runs` runs of Wilson and Wald.
    static func bundledReport(runs: Int, seed: String) throws -> SimulationReport {
        let settings = SimulationSettings(
            prevalences: prevalences, runs: runs, seed: seed, methods: [.wilson, .wald])
        let simulation = try DesignSimulation(
            frame: bundledFrame(), size: 105, stratifyBy: "region", settings: settings)
        return simulation.run(threads: 2)
    }

    /// K = 2,000, computed once for the tests that read it.
    static let report: Result<SimulationReport, any Error> = Result {
        try bundledReport(runs: 2_000, seed: "coverage-2000")
    }

    @Test(arguments: prevalences)
    func wilsonCoversTheBundledDesign(prevalence: Double) throws {
        let result = try #require(try Self.report.get().result(method: .wilson, prevalence: prevalence))
        #expect(result.runs == 2_000)
        #expect(result.runsWithoutInterval == 0)
        #expect(result.coverage >= 0.93 && result.coverage <= 0.975, "wilson coverage \(result.coverage) at p = \(prevalence)")
        // The estimator is unbiased for the finite-population share: |bias| within 4 SE.
        let bias = try #require(result.bias)
        let biasError = try #require(result.biasStandardError)
        #expect(abs(bias) <= 4 * biasError, "bias \(bias) ± \(biasError)")
        // The planted share averages p: the mean truth is within 4 SE of p
        // (SE = √(p(1 − p)/(N·K)) for N·K independent stations).
        let truthError = (prevalence * (1 - prevalence) / (6_537.0 * 2_000)).squareRoot()
        #expect(abs(result.meanTruth - prevalence) <= 4 * truthError)
    }

    @Test func waldUnderCoversAtThreePercent() throws {
        let report = try Self.report.get()
        let wald = try #require(report.result(method: .wald, prevalence: 0.03))
        let wilson = try #require(report.result(method: .wilson, prevalence: 0.03))
        #expect(wald.coverage < 0.93, "wald coverage \(wald.coverage)")
        // Same runs, same estimates: only the interval differs.
        #expect(wald.bias == wilson.bias)
        // Wald's interval is shorter and often dips below zero at p = 0.03.
        #expect(try #require(wald.meanWidth) < #require(wilson.meanWidth))
        #expect(wald.excludesZero < wilson.excludesZero)
    }

    @Test(.enabled(if: longTestsEnabled))
    func wilsonCoversTheBundledDesignLong() throws {
        let report = try Self.bundledReport(runs: 10_000, seed: "coverage-10000")
        for prevalence in Self.prevalences {
            let wilson = try #require(report.result(method: .wilson, prevalence: prevalence))
            #expect(wilson.coverage >= 0.93 && wilson.coverage <= 0.975, "wilson coverage \(wilson.coverage) at p = \(prevalence)")
        }
        let wald = try #require(report.result(method: .wald, prevalence: 0.03))
        #expect(wald.coverage < 0.93, "wald coverage \(wald.coverage)")
    }

    /// Coverage SE as reported is the binomial formula.
    @Test func coverageStandardErrorIsBinomial() throws {
        let result = try #require(try Self.report.get().result(method: .wilson, prevalence: 0.31))
        let expected = (result.coverage * (1 - result.coverage) / 2_000).squareRoot()
        #expect(isClose(result.coverageStandardError, expected, tolerance: 1e-15))
    }
}
