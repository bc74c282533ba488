import Testing
@testable import SBO

/// The whole report on R/stratified.R's data: every row equals the estimator run alone, and
/// the R values of the stratified and domain cases come out in the right rows.
@Suite struct EstimationReportTests {
    @Test func reportHoldsNationalAndDomainRows() throws {
        let data = ReferenceData.stratified
        let west = DesignStratum(name: "west", populationSize: 20, selection: .simpleRandom)
        let design = try data.simpleRandomDesign(extraStrata: [west])
        let report = EstimationReport(
            design: design,
            indicators: [("y", data.indicators("y")), ("q", data.indicators("q"))],
            ballotsCast: data.numbers("ballots"), registeredVoters: data.numbers("registered"),
            votes: [("votes_a", data.numbers("votes_a")), ("votes_b", data.numbers("votes_b"))],
            domains: data.strings("region"), confidence: 0.95, method: .clopperPearson)
        #expect(report.emptyStrata == ["west"])
        #expect(report.indicators.map(\.name) == ["y", "y", "y", "q", "q", "q"])
        #expect(report.indicators.map(\.domain) == [nil, "A", "B", nil, "A", "B"])
        #expect(report.ratios.map(\.name) == ["turnout", "turnout", "turnout",
                                              "votes_a", "votes_a", "votes_a",
                                              "votes_b", "votes_b", "votes_b"])
        // R/stratified.R: share("y", ...) and svyby(~y, ~region, design, svyciprop, method="beta")
        #expect(isClose(try #require(report.indicators[0].share.estimate), 0.41249999999999998))
        #expect(isClose(try #require(report.indicators[1].share.interval).upper,
                        0.55935630400349057, tolerance: 1e-8))
        // ratio("votes_a region B", ~votes_a, ~total, subset(design, region == "B"))
        #expect(isClose(try #require(report.ratios[5].ratio.estimate), 0.49664429530201337))
        // Vote shares add to 1 over the candidates.
        let a = try #require(report.ratios[3].ratio.estimate)
        let b = try #require(report.ratios[6].ratio.estimate)
        #expect(isClose(a + b, 1, tolerance: 1e-14))
    }
}
