import Testing
@testable import SBO

/// Ratios (turnout, vote shares) against R survey 4.1-1:
/// `r <- svyratio(num, den, design, na.rm=TRUE); coef(r); SE(r); confint(r, df=degf(design))`.
@Suite struct RatioEstimationTests {
    func expectRatio(_ ratio: RatioEstimate, _ expected: [Double], df: Int) throws {
        #expect(ratio.degreesOfFreedom == df)
        #expect(isClose(try #require(ratio.estimate), expected[0]))
        #expect(isClose(try #require(ratio.standardError), expected[1]))
        let interval = try #require(ratio.interval)
        #expect(interval.method == .wald && interval.rule == .standard)
        #expect(isClose(interval.lower, expected[2], tolerance: 1e-8))
        #expect(isClose(interval.upper, expected[3], tolerance: 1e-8))
    }

    /// R/stratified.R: ratio("turnout", ~ballots, ~registered, design) — e3 has no ballots;
    /// ratio("votes_a", ~votes_a, ~total, design) — n6, s3, e3 lack a vote count.
    @Test func stratifiedRatiosMatchR() throws {
        let data = ReferenceData.stratified
        let design = try data.simpleRandomDesign()
        let turnout = design.estimateRatio(
            numerator: data.numbers("ballots"), denominator: data.numbers("registered"))
        #expect(turnout.stations == 15)
        try expectRatio(turnout, [0.4975567508432856, 0.0093599443769780324,
                                  0.47733582038502709, 0.51777768130154411], df: 13)
        let share = design.estimateRatio(
            numerator: data.numbers("votes_a"), denominator: data.sum("votes_a", "votes_b"))
        #expect(share.stations == 13)
        try expectRatio(share, [0.49889158661458882, 0.01056509717021057,
                                0.47606708183558216, 0.52171609139359543], df: 13)
    }

    /// R/srs.R: ratio("srs turnout", ~ballots, ~registered, design).
    @Test func simpleRandomRatioMatchesR() throws {
        let data = ReferenceData.simpleRandom
        let ratio = try data.simpleRandomDesign().estimateRatio(
            numerator: data.numbers("ballots"), denominator: data.numbers("registered"))
        try expectRatio(ratio, [0.5168520102651839, 0.012154687899794826,
                                0.49078279746190834, 0.54292122306845947], df: 14)
    }

    /// R/pps.R: ratio("pps turnout", ...) and ratio("mixed turnout", ...).
    @Test func proportionalAndMixedRatiosMatchR() throws {
        let data = ReferenceData.proportional
        let pps = try data.proportionalDesign().estimateRatio(
            numerator: data.numbers("ballots"), denominator: data.numbers("registered"))
        try expectRatio(pps, [0.47999071970084684, 0.0095552528122350953,
                              0.45739613717093558, 0.50258530223075815], df: 7)
        let mixed = try data.proportionalDesign(simpleRandom: ["rural": 50]).estimateRatio(
            numerator: data.numbers("ballots"), denominator: data.numbers("registered"))
        try expectRatio(mixed, [0.48679884345311858, 0.010057467995653508,
                                0.463016710720978, 0.51058097618525911], df: 7)
    }

    /// R/edges.R: ratio("lonely turnout", ...) with options(survey.lonely.psu="adjust").
    @Test func singleStationStratumRatioMatchesR() throws {
        let data = ReferenceData.lonely
        let ratio = try data.simpleRandomDesign().estimateRatio(
            numerator: data.numbers("ballots"), denominator: data.numbers("registered"))
        try expectRatio(ratio, [0.51536643026004725, 0.01079644362135861,
                                0.48100732814705072, 0.54972553237304378], df: 3)
        #expect(ratio.notes == [.singleStationStrata(["solo"])])
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
