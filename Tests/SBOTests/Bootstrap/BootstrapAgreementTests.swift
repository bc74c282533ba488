import Testing
@testable import SBO

/// The bootstrap route of `sbo estimate` (`EstimationReport.bootstrapped`, default scheme
/// `raoWuWithFinitePopulationCorrection`) against the linearised route on the same design:
/// both must estimate the same variance where the design is at its edges — single-station
/// strata (one policy for both: "adjust", by sign in the bootstrap), high sampling fractions
/// (the finite-population correction), and certainty stations (no variance).
///
/// Tolerance. With B = 20,000 replicates the Monte Carlo relative error of a bootstrap SE is
/// about √((κ − 1)/(4B)) ≤ 0.5 % for replicate kurtosis κ ≤ 3; the bootstrap of a share or
/// ratio also differs from its linearisation by O(1/n) terms (a single station's weight
/// swings between 0 and twice its value), measured at ≤ 3.5 % on these designs. 5 % covers
/// both; each design is built so that the error it guards against moves an SE by 13 % or
/// more (measured with the mutation in place: single-station strata kept fixed and the
/// uncorrected scheme, −41 %; no correction, +48 %; certainty stations resampled, ratio +13 %).
@Suite struct BootstrapAgreementTests {
    static let tolerance = 0.05

    /// Analytic and bootstrap SE of the share of `answers` and of the ratio `ballots/registered`.
    static func standardErrors(
        design: EstimationDesign, answers: [Bool?], ballots: [Double?], registered: [Double?], seed: String
    ) throws -> (share: (Double, Double), ratio: (Double, Double)) {
        let analyticShare = try #require(design.estimateShare(of: answers).standardError)
        let analyticRatio = try #require(design.estimateRatio(numerator: ballots, denominator: registered).standardError)
        let report = try EstimationReport.bootstrapped(
            design: design, indicators: [("q", answers)], ballotsCast: ballots, registeredVoters: registered,
            votes: [], domains: nil, confidence: 0.95, interval: .percentile, replicates: 20_000, seed: seed)
        let share = try #require(report.indicators[0].share.standardError)
        let ratio = try #require(report.ratios[0].ratio.standardError)
        return ((share, analyticShare), (ratio, analyticRatio))
    }

    /// Deterministic station values: answers at a rate that varies by stratum, turnout 40–80 %.
    static func values(count: Int, seed: String) -> (answers: [Bool?], ballots: [Double?], registered: [Double?]) {
        var generator = Philox4x32(seed: seed, stream: 0)
        var answers: [Bool?] = [], ballots: [Double?] = [], registered: [Double?] = []
        for station in 0..<count {
            answers.append(uniformDouble(using: &generator) < 0.2 + 0.5 * Double(station % 3) / 2)
            let voters = Double(300 + boundedRandom(below: 1500, using: &generator))
            registered.append(voters)
            ballots.append((voters * (0.4 + 0.4 * uniformDouble(using: &generator))).rounded())
        }
        return (answers, ballots, registered)
    }

    @Test func singleStationStrataAddTheAdjustVarianceToBoth() throws {
        // Two strata of 12 of N = 400 and ten strata of one station of N = 80 each.
        var strata = [DesignStratum(name: "a", populationSize: 400, selection: .simpleRandom),
                      DesignStratum(name: "b", populationSize: 400, selection: .simpleRandom)]
        var stations = Array(repeating: ReportingStation(stratum: "a"), count: 12)
            + Array(repeating: ReportingStation(stratum: "b"), count: 12)
        for h in 0..<10 {
            strata.append(DesignStratum(name: "solo\(h)", populationSize: 80, selection: .simpleRandom))
            stations.append(ReportingStation(stratum: "solo\(h)"))
        }
        let design = try EstimationDesign(strata: strata, stations: stations)
        let v = Self.values(count: stations.count, seed: "lonely")
        let se = try Self.standardErrors(design: design, answers: v.answers, ballots: v.ballots, registered: v.registered, seed: "lonely")
        #expect(abs(se.share.0 / se.share.1 - 1) < Self.tolerance, "share: bootstrap \(se.share.0), linearised \(se.share.1)")
        #expect(abs(se.ratio.0 / se.ratio.1 - 1) < Self.tolerance, "ratio: bootstrap \(se.ratio.0), linearised \(se.ratio.1)")
    }

    @Test func highSamplingFractionsAreCorrectedInBoth() throws {
        // Sampling fractions 60 % and 50 %: without the correction the bootstrap SE would be
        // about 1/√(1 − f) ≈ 1.5 times the linearised one.
        let design = try EstimationDesign(
            strata: [DesignStratum(name: "a", populationSize: 25, selection: .simpleRandom),
                     DesignStratum(name: "b", populationSize: 40, selection: .simpleRandom)],
            stations: Array(repeating: ReportingStation(stratum: "a"), count: 15)
                + Array(repeating: ReportingStation(stratum: "b"), count: 20))
        let v = Self.values(count: 35, seed: "fpc")
        let se = try Self.standardErrors(design: design, answers: v.answers, ballots: v.ballots, registered: v.registered, seed: "fpc")
        #expect(abs(se.share.0 / se.share.1 - 1) < Self.tolerance, "share: bootstrap \(se.share.0), linearised \(se.share.1)")
        #expect(abs(se.ratio.0 / se.ratio.1 - 1) < Self.tolerance, "ratio: bootstrap \(se.ratio.0), linearised \(se.ratio.1)")
    }

    @Test func certaintyStationsAddNoVarianceToEither() throws {
        // One PPS stratum: 14 sampled stations (π 0.05–0.4) of which 12 report, and 4 certainty
        // stations (π = 1); one SRS stratum of 10 of N = 200.
        var generator = Philox4x32(seed: "certainty", stream: 0)
        let sampled = (0..<14).map { _ in 0.05 + 0.35 * uniformDouble(using: &generator) }
        let probabilities = sampled + [1, 1, 1, 1]
        let reporting = Array(sampled.prefix(12)) + [1, 1, 1, 1]
        let design = try EstimationDesign(
            strata: [DesignStratum(name: "pps", populationSize: 300, primaryProbabilities: probabilities),
                     DesignStratum(name: "srs", populationSize: 200, selection: .simpleRandom)],
            stations: reporting.map { ReportingStation(stratum: "pps", inclusionProbability: $0) }
                + Array(repeating: ReportingStation(stratum: "srs"), count: 10))
        var v = Self.values(count: 26, seed: "certainty")
        // The certainty stations: large, with turnout 20 % or 90 % and answers alternating, so
        // that counting them as sampled would add much variance.
        for station in 12..<16 {
            let voters = 3_000 + 900 * Double(station - 12)
            v.registered[station] = voters
            v.ballots[station] = voters * (station % 2 == 0 ? 0.2 : 0.9)
            v.answers[station] = station % 2 == 0
        }
        let se = try Self.standardErrors(design: design, answers: v.answers, ballots: v.ballots, registered: v.registered, seed: "certainty")
        #expect(abs(se.share.0 / se.share.1 - 1) < Self.tolerance, "share: bootstrap \(se.share.0), linearised \(se.share.1)")
        #expect(abs(se.ratio.0 / se.ratio.1 - 1) < Self.tolerance, "ratio: bootstrap \(se.ratio.0), linearised \(se.ratio.1)")
    }
}
