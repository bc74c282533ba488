import Testing
@testable import SBO

/// PPS strata (weights 1/π, with-replacement variance, no fpc) and a design mixing a PPS
/// stratum with a simple random one, against R survey 4.1-1 (R/pps.R):
/// `svydesign(ids=~1, strata=~stratum, probs=~pi)` and, mixed,
/// `svydesign(ids=~1, strata=~stratum, fpc=~N, probs=~prob)` with N = Inf, prob = π in the
/// PPS stratum and N = 50, prob = 4/50 in the simple random one.
@Suite struct ProportionalEstimationTests {
    let data = ReferenceData.proportional

    @Test func proportionalShareMatchesR() throws {
        let design = try data.proportionalDesign()
        #expect(design.weights[0] == 1 / 0.30)
        let share = design.estimateShare(of: data.indicators("y"))
        #expect(share.degreesOfFreedom == 7)                                  // degf(design)
        #expect(isClose(try #require(share.estimate), 0.59771373510861947))
        #expect(isClose(try #require(share.standardError), 0.25472440303680932))
        #expect(isClose(try #require(share.designEffect), 2.3415018657601987))
    }

    @Test func mixedDesignMatchesR() throws {
        let design = try data.proportionalDesign(simpleRandom: ["rural": 50])
        #expect(design.weights[5] == 12.5)                                    // 50/4
        let share = design.estimateShare(of: data.indicators("y"), method: .wilson)
        #expect(share.degreesOfFreedom == 7)
        #expect(isClose(try #require(share.estimate), 0.47249434815373015))
        #expect(isClose(try #require(share.standardError), 0.20606787536766197))
        #expect(isClose(try #require(share.designEffect), 1.552500812579636))
        // share("mixed y", ...): "mixed y wilson lower/upper"
        let interval = try #require(share.interval)
        #expect(isClose(interval.lower, 0.13694633454384603, tolerance: 1e-8))
        #expect(isClose(interval.upper, 0.83488063896081832, tolerance: 1e-8))
        let beta = design.estimateShare(of: data.indicators("y"), method: .clopperPearson)
        #expect(isClose(try #require(beta.interval).lower, 0.094859109924342752, tolerance: 1e-8))
        #expect(isClose(try #require(beta.interval).upper, 0.87689680612167864, tolerance: 1e-8))
    }
}
