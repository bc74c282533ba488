import Testing
@testable import SBO

/// `sbo simulate`'s planted model, tested statistically on the runs' own random streams:
/// the share of sampled stations that report (`--response-rate`) and the intra-class
/// correlation of the planted irregularity within strata (`--cluster-correlation`), each with a
/// tolerance derived from its Monte Carlo error and a negative control the same check rejects.
@Suite struct SimulationModelStatisticsTests {
    /// 150 stations of the bundled frame, stratified by its 15 regions (n_h from 3 to 25).
    static func simulation(rate: Double = 1, rho: Double = 0) throws -> DesignSimulation {
        try DesignSimulation(
            frame: bundledFrame(), size: 150, stratifyBy: "region",
            settings: SimulationSettings(
                prevalences: [0.31], clusterCorrelation: rho, responseRate: rate, runs: 1, seed: "model"))
    }

    /// Each sampled station reports with probability R independently, so over K runs of
    /// n = 150 the reporting share is Binomial(nK, R)/(nK): |share − R| ≤ 4 √(R(1 − R)/(nK)).
    @Test func responseShareMatchesTheRate() throws {
        let rate = 0.7, runs = 400
        let worker = SimulationWorker(simulation: try Self.simulation(rate: rate))
        var sampled = 0, reporting = 0
        for run in 0..<runs {
            var generator = Philox4x32(seed: "model", stream: UInt64(run))
            let draw = worker.drawSample(using: &generator)
            sampled += draw.sample.count
            reporting += draw.reporting.count
        }
        #expect(sampled == 150 * runs)
        let share = Double(reporting) / Double(sampled)
        func agrees(_ r: Double) -> Bool { abs(share - r) <= 4 * (r * (1 - r) / Double(sampled)).squareRoot() }
        #expect(agrees(rate), "reporting share \(share) for R = \(rate)")
        // Negative control: the same check rejects a rate off by 0.03 (9 of its tolerances).
        #expect(!agrees(rate + 0.03))
    }

    /// The intra-class correlation of the planted y within a stratum. Given the stratum's rate
    /// p_h ~ Beta with mean p and variance ρ p(1 − p), two of its stations are both hit with
    /// probability E[p_h²] = p² + ρ p(1 − p). For a stratum with x hits among its n ≥ 2
    /// sampled stations, U = x(x − 1)/(n(n − 1)) estimates that unbiasedly, so
    /// ρ̂ = (Ū − p²)/(p(1 − p)) over M independent (run, stratum) groups. U lies in [0, 1], so
    /// Var(U) ≤ m(1 − m) with m = E[U], and |ρ̂ − ρ| ≤ 4 √(m(1 − m)/M)/(p(1 − p)) bounds 4
    /// standard errors (about ±0.055 with M = 15 × 800).
    static func estimatedCorrelation(rho: Double, runs: Int) throws -> (estimate: Double, tolerance: Double) {
        let p = 0.31
        var worker = SimulationWorker(simulation: try simulation(rho: rho))
        var sum = 0.0, groups = 0
        for run in 0..<runs {
            var generator = Philox4x32(seed: "icc", stream: UInt64(run))
            let (sample, _) = worker.drawSample(using: &generator)
            _ = worker.plant(prevalence: p, sample: sample, using: &generator)
            var start = 0
            while start < sample.count {
                var end = start
                while end < sample.count && sample[end].stratum == sample[start].stratum { end += 1 }
                let n = Double(end - start), x = Double(worker.events[start..<end].filter { $0 }.count)
                if n >= 2 {
                    sum += x * (x - 1) / (n * (n - 1))
                    groups += 1
                }
                start = end
            }
        }
        let mean = sum / Double(groups), spread = p * (1 - p)
        let m = p * p + rho * spread
        return ((mean - p * p) / spread, 4 * (m * (1 - m) / Double(groups)).squareRoot() / spread)
    }

    @Test func plantedClustersHaveTheRequestedCorrelation() throws {
        let clustered = try Self.estimatedCorrelation(rho: 0.2, runs: 800)
        #expect(abs(clustered.estimate - 0.2) <= clustered.tolerance, "ρ̂ = \(clustered.estimate) ± \(clustered.tolerance)")
        let independent = try Self.estimatedCorrelation(rho: 0, runs: 800)
        #expect(abs(independent.estimate) <= independent.tolerance, "ρ̂ = \(independent.estimate) ± \(independent.tolerance)")
        // Negative control: unclustered plants fail the check for ρ = 0.2.
        #expect(abs(independent.estimate - 0.2) > clustered.tolerance)
    }
}
