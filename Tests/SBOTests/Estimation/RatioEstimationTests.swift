import Testing
@testable import SBO

/// Ratios (turnout, vote shares) against R survey 4.1-1:
/// `r <- svyratio(num, den, design, na.rm=TRUE); coef(r); SE(r); degf(design)` and, for the
/// interval of a ratio that is a share, the logit-scale interval computed from them in R
/// (`ratio()` in R/helpers.R: `expit(qlogis(r) ± qt(.975, df)·SE/(r(1 − r)))`); the numbers
/// are the scripts' outputs pinned in `ReferenceOutputs`.
@Suite struct RatioEstimationTests {
    /// Compares `ratio` with what `script` prints for `label`: estimate, se, df, and the logit
    /// interval.
    func expectRatio(_ ratio: RatioEstimate, _ script: ReferenceScript, _ label: String) throws {
        #expect(ratio.degreesOfFreedom == Int(script["\(label) df"]))
        #expect(isClose(try #require(ratio.estimate), script["\(label) estimate"], tolerance: 1e-12))
        #expect(isClose(try #require(ratio.standardError), script["\(label) se"], tolerance: 1e-12))
        let interval = try #require(ratio.interval)
        #expect(interval.method == .logit && interval.rule == .standard)
        #expect(isClose(interval.lower, script["\(label) logit lower"], tolerance: 1e-10))
        #expect(isClose(interval.upper, script["\(label) logit upper"], tolerance: 1e-10))
    }

    /// R/stratified.R: ratio("turnout", ~ballots, ~registered, design) — e3 has no ballots;
    /// ratio("votes_a", ~votes_a, ~total, design) — n6, s3, e3 lack a vote count.
    @Test func stratifiedRatiosMatchR() throws {
        let data = ReferenceData.stratified
        let design = try data.simpleRandomDesign()
        let turnout = design.estimateRatio(
            numerator: data.numbers("ballots"), denominator: data.numbers("registered"))
        #expect(turnout.stations == 15)
        try expectRatio(turnout, ReferenceOutputs.stratified, "turnout")
        let share = design.estimateRatio(
            numerator: data.numbers("votes_a"), denominator: data.sum("votes_a", "votes_b"))
        #expect(share.stations == 13)
        try expectRatio(share, ReferenceOutputs.stratified, "votes_a")
    }

    /// R/srs.R: ratio("srs turnout", ~ballots, ~registered, design).
    @Test func simpleRandomRatioMatchesR() throws {
        let data = ReferenceData.simpleRandom
        let ratio = try data.simpleRandomDesign().estimateRatio(
            numerator: data.numbers("ballots"), denominator: data.numbers("registered"))
        try expectRatio(ratio, ReferenceOutputs.srs, "srs turnout")
    }

    /// R/pps.R: ratio("pps turnout", ...) and ratio("mixed turnout", ...).
    @Test func proportionalAndMixedRatiosMatchR() throws {
        let data = ReferenceData.proportional
        let pps = try data.proportionalDesign().estimateRatio(
            numerator: data.numbers("ballots"), denominator: data.numbers("registered"))
        try expectRatio(pps, ReferenceOutputs.pps, "pps turnout")
        let mixed = try data.proportionalDesign(simpleRandom: ["rural": 50]).estimateRatio(
            numerator: data.numbers("ballots"), denominator: data.numbers("registered"))
        try expectRatio(mixed, ReferenceOutputs.pps, "mixed turnout")
    }

    /// R/edges.R: ratio("lonely turnout", ...) with options(survey.lonely.psu="adjust").
    @Test func singleStationStratumRatioMatchesR() throws {
        let data = ReferenceData.lonely
        let ratio = try data.simpleRandomDesign().estimateRatio(
            numerator: data.numbers("ballots"), denominator: data.numbers("registered"))
        try expectRatio(ratio, ReferenceOutputs.edges, "lonely turnout")
        #expect(ratio.notes == [.singleStationStrata(["solo"])])
    }

    /// R/edges.R, case 7: vote shares of 94 % and 6 % in a domain of three stations (df 2).
    /// R's Wald interval, confint(svyratio), leaves [0, 1] ((0.727, 1.151) and (−0.151, 0.273));
    /// the logit interval stays inside.
    @Test func smallDomainVoteSharesStayInsideZeroOne() throws {
        let stations = ["x1", "x2", "x3", "o1", "o2", "o3", "o4", "o5"]
        let a: [Double] = [420, 150, 610, 300, 250, 310, 280, 260], b: [Double] = [12, 60, 5, 280, 240, 260, 300, 250]
        let design = try EstimationDesign(
            strata: [DesignStratum(name: "all", populationSize: 200, selection: .simpleRandom)],
            stations: stations.map { _ in ReportingStation(stratum: "all") })
        let domain = stations.map { $0.hasPrefix("x") }
        let total = zip(a, b).map { Optional($0 + $1) }
        for (label, votes) in [("votes_a", a), ("votes_b", b)] {
            let ratio = design.estimateRatio(numerator: votes, denominator: total, in: domain)
            try expectRatio(ratio, ReferenceOutputs.edges, "small-domain \(label)")
            let interval = try #require(ratio.interval)
            #expect(interval.lower > 0 && interval.upper < 1)
            let wald = (ReferenceOutputs.edges["small-domain \(label) lower"], ReferenceOutputs.edges["small-domain \(label) upper"])
            #expect(wald.0 < 0 || wald.1 > 1)
        }
    }

    /// A ratio that is not a share (a station reports more ballots than registered voters)
    /// keeps the Wald interval R̂ ± t·SE.
    @Test func ratioAboveOneAtAStationKeepsWald() throws {
        let design = try EstimationDesign(
            strata: [DesignStratum(name: "all", populationSize: 100, selection: .simpleRandom)],
            stations: Array(repeating: ReportingStation(stratum: "all"), count: 4))
        let ratio = design.estimateRatio(numerator: [500, 420, 610, 300], denominator: [800, 400, 900, 700])
        let interval = try #require(ratio.interval)
        #expect(interval.method == .wald)
        let t = ProportionInterval.tQuantile(confidence: 0.95, degreesOfFreedom: 3)
        #expect(isClose(interval.upper - ratio.estimate!, t * ratio.standardError!, tolerance: 1e-12))
    }

    @Test func missingOrZeroDenominatorGivesNoEstimate() throws {
        let data = ReferenceData.twoStrata
        let design = try data.simpleRandomDesign()
        let none = design.estimateRatio(
            numerator: Array(repeating: 1, count: 11), denominator: Array(repeating: nil, count: 11))
        #expect(none.estimate == nil && none.interval == nil && none.stations == 0)
        #expect(none.notes == [.noAnswers])
        let zero = design.estimateRatio(
            numerator: Array(repeating: 0, count: 11), denominator: Array(repeating: 0, count: 11))
        #expect(zero.estimate == nil && zero.variance == nil)
        #expect(zero.notes == [.zeroDenominator])
    }
}
