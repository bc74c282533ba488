import Testing
@testable import SBO

/// Shares, standard errors, degrees of freedom and design effects against R survey 4.1-1.
/// Each expected value is printed by the script named, with the call beside it.
@Suite struct ShareEstimationTests {
    /// R/srs.R: `svymean(~y, svydesign(ids=~1, strata=~stratum, fpc=~N), na.rm=TRUE,
    /// deff=TRUE)` and `degf(design)`.
    @Test func simpleRandomSampleMatchesR() throws {
        let data = ReferenceData.simpleRandom
        let share = try data.simpleRandomDesign().estimateShare(of: data.indicators("y"))
        #expect(share.answering == 15)
        #expect(share.count == 4)
        #expect(share.degreesOfFreedom == 14)                          // degf(design)
        #expect(isClose(try #require(share.estimate), 0.26666666666666666))     // coef(m)
        #expect(isClose(try #require(share.standardError), 0.11805169200721358)) // SE(m)
        #expect(isClose(try #require(share.designEffect), 1.0000000000000002))  // deff(m)
    }

    /// One stratum is the textbook simple random sample:
    /// se = √((1 − n/N) p̂(1 − p̂)/(n − 1)) = 0.11805169200721355 (R/srs.R "textbook se").
    @Test func oneStratumEqualsTextbookFormula() throws {
        let data = ReferenceData.simpleRandom
        let share = try data.simpleRandomDesign().estimateShare(of: data.indicators("y"))
        let p = 4.0 / 15, n = 15.0, N = 6537.0
        let textbook = ((1 - n / N) * p * (1 - p) / (n - 1)).squareRoot()
        #expect(isClose(try #require(share.standardError), textbook, tolerance: 1e-12))
        #expect(isClose(textbook, 0.11805169200721355, tolerance: 1e-12))
    }

    /// R/stratified.R: `share("y", ~y, design)` — y is blank at n3 and s4, "west" has no
    /// reporting station.
    @Test func stratifiedWithBlanksMatchesR() throws {
        let data = ReferenceData.stratified
        let design = try data.simpleRandomDesign()
        let y = design.estimateShare(of: data.indicators("y"))
        #expect(y.answering == 14)
        #expect(y.count == 7)                      // sum(reporting$y, na.rm=TRUE)
        #expect(y.reporting == 16)
        #expect(y.degreesOfFreedom == 13)
        #expect(isClose(try #require(y.estimate), 0.41249999999999998))
        #expect(isClose(try #require(y.standardError), 0.14599060530026411))
        #expect(isClose(try #require(y.designEffect), 1.3029094132817538))

        // share("q", ~q, design): q blank at n6.
        let q = design.estimateShare(of: data.indicators("q"))
        #expect(q.answering == 15)
        #expect(q.count == 7)                      // sum(reporting$q, na.rm=TRUE)
        #expect(q.degreesOfFreedom == 13)
        #expect(isClose(try #require(q.estimate), 0.3892215568862275))
        #expect(isClose(try #require(q.standardError), 0.13825700949249375))
        #expect(isClose(try #require(q.designEffect), 1.2876130884576849))
    }

    /// Scaling every weight leaves a share (and, without fpc, its variance) unchanged:
    /// halving every PPS inclusion probability doubles every weight.
    @Test func scalingWeightsLeavesShareUnchanged() throws {
        let data = ReferenceData.proportional
        let base = try data.proportionalDesign().estimateShare(of: data.indicators("y"))
        let scaledDesign = try data.proportionalDesign(probabilityScale: 0.5)
        #expect(scaledDesign.weights[0] == 2 / 0.30)
        let scaled = scaledDesign.estimateShare(of: data.indicators("y"))
        #expect(isClose(try #require(scaled.estimate), try #require(base.estimate), tolerance: 1e-14))
        #expect(isClose(try #require(scaled.variance), try #require(base.variance), tolerance: 1e-12))
    }

    /// n_h = N_h in every stratum: a census, variance exactly 0 and a point interval.
    @Test func censusHasZeroVariance() throws {
        let data = ReferenceData.twoStrata
        let census = try EstimationDesign(
            strata: [DesignStratum(name: "a", populationSize: 6, selection: .simpleRandom),
                     DesignStratum(name: "b", populationSize: 5, selection: .simpleRandom)],
            stations: data.strings("stratum").map { ReportingStation(stratum: $0) })
        let answers: [Bool?] = [true, false, true, true, false, false, true, false, false, true, false]
        let share = census.estimateShare(of: answers)
        #expect(share.variance == 0)
        // Weights are all 1 (N_h/n_h = 1): p̂ = (3 + 2)/11.
        #expect(isClose(try #require(share.estimate), 5.0 / 11))
        let interval = try #require(share.interval)
        #expect(interval.rule == .census)
        #expect(interval.lower == share.estimate && interval.upper == share.estimate)
    }
}
