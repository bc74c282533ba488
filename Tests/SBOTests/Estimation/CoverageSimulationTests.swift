import Testing
@testable import SBO

/// Coverage of the interval methods by simulation: 105 reporting stations drawn from a
/// frame of N = 6,537 (one simple random sample, or a stratified one with proportional
/// allocation 48/40/17 over strata of 3,000/2,500/1,037 stations with different
/// prevalences), 4,000 samples per case with fixed seeds, truth = the frame's share.
///
/// Tolerance: the default method must cover in 93–97.5% of samples. With 4,000 samples the
/// Monte Carlo standard error of a coverage near 0.95 is √(0.95·0.05/4000) ≈ 0.0034, so the
/// band is about ±2 points (≈ 6 standard errors below, 7 above) around the nominal 95%: a
/// method that is honest passes on every seed, a method that misses by 3 points fails.
/// Negative control: the same harness shows Wald below 90% at a share of 0.03.
@Suite struct CoverageSimulationTests {
    static let samples = 4_000

    /// A frame of stratum sizes and, per stratum, how many stations have y = 1 (the first
    /// `ones[h]` stations of the stratum), with the sample size per stratum.
    struct Scenario {
        let sizes: [Int]
        let ones: [Int]
        let allocation: [Int]
        var truth: Double { Double(ones.reduce(0, +)) / Double(sizes.reduce(0, +)) }

        static func simpleRandom(share: Double) -> Scenario {
            Scenario(sizes: [6_537], ones: [Int((share * 6_537).rounded())], allocation: [105])
        }

        /// Prevalence 0.5p, 1.2p, 1.9p in the three strata (capped below 1).
        static func stratified(share: Double) -> Scenario {
            let sizes = [3_000, 2_500, 1_037]
            let factors = [0.5, 1.2, 1.9]
            let ones = zip(sizes, factors).map { size, factor in
                Int((min(0.95, share * factor) * Double(size)).rounded())
            }
            return Scenario(sizes: sizes, ones: ones, allocation: [48, 40, 17])
        }
    }

    /// Fraction of `samples` draws whose interval of each method covers the truth.
    func coverage(
        _ scenario: Scenario, methods: [IntervalMethod], seed: UInt64
    ) throws -> [IntervalMethod: Double] {
        var generator = SplitMix64(seed: seed)
        let strata = scenario.sizes.indices.map {
            DesignStratum(name: "s\($0)", populationSize: scenario.sizes[$0], selection: .simpleRandom)
        }
        var stations: [ReportingStation] = []
        for (h, n) in scenario.allocation.enumerated() {
            stations += Array(repeating: ReportingStation(stratum: "s\(h)"), count: n)
        }
        let design = try EstimationDesign(strata: strata, stations: stations)
        var covered = Dictionary(uniqueKeysWithValues: methods.map { ($0, 0) })
        for _ in 0..<Self.samples {
            var answers: [Bool?] = []
            for (h, n) in scenario.allocation.enumerated() {
                // n draws without replacement: the k-th draw is a station with y = 1 with
                // probability (ones left)/(stations left) — a simple random sample's answers.
                var onesLeft = scenario.ones[h]
                for k in 0..<n {
                    let isOne = generator.next(below: scenario.sizes[h] - k) < onesLeft
                    if isOne { onesLeft -= 1 }
                    answers.append(isOne)
                }
            }
            for method in methods {
                let interval = try #require(design.estimateShare(of: answers, method: method).interval)
                if interval.lower <= scenario.truth && scenario.truth <= interval.upper {
                    covered[method, default: 0] += 1
                }
            }
        }
        return covered.mapValues { Double($0) / Double(Self.samples) }
    }

    @Test(arguments: [0.03, 0.31, 0.5])
    func defaultMethodCoversSimpleRandomSamples(share: Double) throws {
        let result = try coverage(.simpleRandom(share: share), methods: [.wilson], seed: 20_240_601)
        let wilson = try #require(result[.wilson])
        #expect(wilson >= 0.93 && wilson <= 0.975, "wilson coverage \(wilson) at p = \(share)")
    }

    @Test(arguments: [0.03, 0.31, 0.5])
    func defaultMethodCoversStratifiedSamples(share: Double) throws {
        let result = try coverage(.stratified(share: share), methods: [.wilson], seed: 20_240_602)
        let wilson = try #require(result[.wilson])
        #expect(wilson >= 0.93 && wilson <= 0.975, "wilson coverage \(wilson) at p = \(share)")
    }

    /// Comparison at the hardest share, 0.03: logit and Clopper–Pearson also cover (they
    /// are conservative), Wald under-covers — the negative control.
    @Test func comparisonAtSmallShare() throws {
        let result = try coverage(
            .simpleRandom(share: 0.03), methods: [.wald, .logit, .clopperPearson], seed: 20_240_603)
        let wald = try #require(result[.wald])
        let logit = try #require(result[.logit])
        let clopperPearson = try #require(result[.clopperPearson])
        #expect(wald < 0.90, "wald coverage \(wald)")
        #expect(logit >= 0.93, "logit coverage \(logit)")
        #expect(clopperPearson >= 0.93, "clopper-pearson coverage \(clopperPearson)")
    }
}
