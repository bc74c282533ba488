import Testing
@testable import SBO

/// Edge cases: shares of 0 and 1, v = 0, single-station and census strata, no answers,
/// strata without reports, degrees of freedom ≤ 0. Reference values from R/edges.R
/// (R survey 4.1-1, `options(survey.lonely.psu="adjust")`).
@Suite struct EdgeCaseTests {
    let twoStrata = ReferenceData.twoStrata

    /// R: svymean gives 0 with SE 0 and `svyciprop(method="beta")` gives NaN. sbo gives
    /// Korn–Graubard with n_eff = 11 answering stations × (qt(.025, 10)/qt(.025, 9))²:
    /// edges.R `kg_answering(0, 11, 11, degf(zdesign))` = (0, 0.29225463406071173).
    @Test func shareZeroUsesAnsweringStations() throws {
        let design = try twoStrata.simpleRandomDesign()
        for method in IntervalMethod.allCases {
            let share = design.estimateShare(of: Array(repeating: false, count: 11), method: method)
            #expect(share.estimate == 0 && share.variance == 0)
            #expect(share.designEffect == nil)
            let interval = try #require(share.interval)
            #expect(interval.rule == .kornGraubardAnsweringStations)
            #expect(interval.lower == 0)
            #expect(isClose(interval.upper, 0.29225463406071173, tolerance: 1e-8))
        }
    }

    /// Share 1 with one blank (10 answering of 11 reporting, df 9):
    /// `kg_answering(1, 10, 11, degf(odesign))` = (0.68369867444004939, 1).
    @Test func shareOneUsesAnsweringStations() throws {
        let design = try twoStrata.simpleRandomDesign()
        var answers: [Bool?] = Array(repeating: true, count: 11)
        answers[1] = nil
        let share = design.estimateShare(of: answers, method: .wald)
        #expect(share.estimate == 1 && share.answering == 10 && share.degreesOfFreedom == 9)
        let interval = try #require(share.interval)
        #expect(interval.rule == .kornGraubardAnsweringStations)
        #expect(isClose(interval.lower, 0.68369867444004939, tolerance: 1e-8))
        #expect(interval.upper == 1)
    }

    /// Stratum a all yes, b all no: R gives p̂ = 0.6 with SE exactly 0 (a zero-width
    /// interval); sbo: `kg_answering(0.6, 11, 11, 9)` = (0.27260766485588905, 0.87163423458648892).
    @Test func zeroVarianceWithinStrataUsesAnsweringStations() throws {
        let design = try twoStrata.simpleRandomDesign()
        let answers: [Bool?] = twoStrata.strings("stratum").map { $0 == "a" }
        let share = design.estimateShare(of: answers, method: .logit)
        #expect(isClose(try #require(share.estimate), 0.60000000000000009))
        #expect(share.variance == 0)
        let interval = try #require(share.interval)
        #expect(interval.rule == .kornGraubardAnsweringStations)
        #expect(isClose(interval.lower, 0.27260766485588905, tolerance: 1e-8))
        #expect(isClose(interval.upper, 0.87163423458648892, tolerance: 1e-8))
    }

    /// edges.R case 1: share("lonely y", ~y, ldesign) under lonely.psu "adjust".
    @Test func singleStationStratumMatchesRAdjust() throws {
        let data = ReferenceData.lonely
        let share = try data.simpleRandomDesign().estimateShare(of: data.indicators("y"))
        #expect(share.degreesOfFreedom == 3)
        #expect(isClose(try #require(share.estimate), 0.625))
        #expect(isClose(try #require(share.standardError), 0.22030695915018214))
        #expect(isClose(try #require(share.designEffect), 0.94666666666666699))
        #expect(share.notes == [.singleStationStrata(["solo"])])
    }

    /// edges.R case 2: the census stratum "tiny" adds nothing to the variance
    /// (share("census-stratum y") SE 0.20327890704543544); alone it has SE 0
    /// ("census-only se" 0) and sbo's interval is the point.
    @Test func censusStratumContributesNothing() throws {
        let data = ReferenceData.censusStratum
        let design = try data.simpleRandomDesign()
        let share = design.estimateShare(of: data.indicators("y"))
        #expect(isClose(try #require(share.estimate), 0.42424242424242425))
        #expect(isClose(try #require(share.standardError), 0.20327890704543544))
        #expect(isClose(try #require(share.designEffect), 1.5631578947368425))
        let tiny = data.strings("stratum").map { $0 == "tiny" }
        let censusOnly = design.estimateShare(of: data.indicators("y"), in: tiny)
        #expect(isClose(try #require(censusOnly.estimate), 0.66666666666666663))
        #expect(censusOnly.variance == 0)
        #expect(try #require(censusOnly.interval).rule == .census)
        #expect(try #require(censusOnly.interval).lower == censusOnly.estimate)
    }

    @Test func noAnswersIsExplicit() throws {
        let design = try twoStrata.simpleRandomDesign()
        let share = design.estimateShare(of: Array(repeating: nil, count: 11))
        #expect(share.answering == 0 && share.count == 0 && share.reporting == 11)
        #expect(share.estimate == nil && share.standardError == nil && share.interval == nil)
        #expect(share.designEffect == nil)
        #expect(share.notes == [.noAnswers])
        #expect(share.degreesOfFreedom == 9)
    }

    /// A domain with one station per stratum has df = 0: no interval, a note, no NaN.
    @Test func nonPositiveDegreesOfFreedomIsExplicit() throws {
        let design = try twoStrata.simpleRandomDesign()
        let domain = twoStrata.strings("id").map { $0 == "a1" || $0 == "b1" }
        let answers: [Bool?] = Array(repeating: false, count: 11).enumerated().map { $0.offset == 0 }
        let share = design.estimateShare(of: answers, in: domain)
        #expect(share.degreesOfFreedom == 0)
        #expect(share.estimate != nil && share.interval == nil)
        #expect(share.notes == [.degreesOfFreedomNotPositive(0)])
    }

    /// Strata where nobody reported drop out and are listed (R/stratified.R: "west").
    @Test func stratumWithoutReportsDropsOut() throws {
        let data = ReferenceData.stratified
        let west = DesignStratum(name: "west", populationSize: 20, selection: .simpleRandom)
        let design = try data.simpleRandomDesign(extraStrata: [west])
        #expect(design.emptyStrata == ["west"])
        #expect(design.strata.map(\.name) == ["north", "south", "east"])
        #expect(design.degreesOfFreedom == 13)
        let share = design.estimateShare(of: data.indicators("y"))
        #expect(isClose(try #require(share.standardError), 0.14599060530026411))
    }
}
