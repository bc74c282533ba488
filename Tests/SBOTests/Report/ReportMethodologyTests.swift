import Testing
@testable import SBO

@Suite struct ReportMethodologyTests {
    @Test func paragraphFromNumbers() {
        let methodology = ReportMethodology(
            stationsInFrame: 6537, stationsSampled: 105, primariesReporting: 103, reservesReporting: 2,
            strata: 15, stratifiedBy: "region", proportionalTo: nil, confidence: 0.95, method: .wilson,
            degreesOfFreedom: 90, largestWidth: 0.1974, largestRatioWidth: 0.0286, emptyStrata: [])
        #expect(methodology.sentences() == [
            "Observers reported from 103 of the 105 polling stations drawn at random from the country's "
                + "6,537 polling stations, stratified by region (15 strata), and from 2 reserve stations drawn with them.",
            "Figures are shares of polling stations, with a 95% confidence interval (Wilson score, t with 90 "
                + "degrees of freedom); the widest interval spans 19.7 percentage points.",
            "Turnout and vote shares are ratios of the votes counted at these stations; their widest interval spans 2.9 points.",
            "Each station counts with the inverse of its chance of selection; a sampled station that did not report is non-response within its stratum.",
        ])
    }

    @Test func ppsUnstratifiedAndEmptyStrata() {
        let methodology = ReportMethodology(
            stationsInFrame: 1000, stationsSampled: 50, primariesReporting: 50, reservesReporting: 0,
            strata: 3, stratifiedBy: nil, proportionalTo: "registered_voters", confidence: 0.9,
            method: .clopperPearson, degreesOfFreedom: 47, largestWidth: nil, largestRatioWidth: nil,
            emptyStrata: ["east"])
        #expect(methodology.sentences()[0] == "Observers reported from 50 of the 50 polling stations drawn at random with probability proportional to registered_voters from the country's 1,000 polling stations, in 3 strata.")
        #expect(methodology.sentences()[1] == "Figures are shares of polling stations, with a 90% confidence interval (Korn–Graubard (Clopper–Pearson), t with 47 degrees of freedom).")
        #expect(methodology.sentences().last == "No station reported in east; the figures cover the other strata only.")
    }

    @Test func noDegreesOfFreedomNoInterval() {
        let methodology = ReportMethodology(
            stationsInFrame: 100, stationsSampled: 10, primariesReporting: 2, reservesReporting: 0,
            strata: 2, stratifiedBy: "region", proportionalTo: nil, confidence: 0.95, method: .wilson,
            degreesOfFreedom: 0, largestWidth: nil, largestRatioWidth: nil, emptyStrata: [])
        #expect(methodology.sentences()[1] == "Figures are shares of polling stations; they have no confidence interval: 0 degrees of freedom (reporting stations minus strata), and at least two reporting stations per stratum are needed.")
    }

    /// A bootstrapped report names the scheme, replicates, interval and seed instead of the t
    /// interval, and the HTML report of it is still well-formed.
    @Test func bootstrapIsDescribed() throws {
        let observations = try ReportFixture.observations()
        let estimates = try observations.bootstrapReport(confidence: 0.9, interval: .bca, replicates: 200, seed: "dice 1 2 3")
        let methodology = ReportMethodology(observations: observations, report: estimates, manifest: nil)
        let summary = try #require(estimates.bootstrap)
        #expect(methodology.bootstrap == summary)
        let scheme = summary.scheme == .raoWu ? "Rao–Wu rescaled bootstrap within strata" : "Rao–Wu rescaled bootstrap within strata with finite-population correction"
        #expect(methodology.sentences()[1].hasPrefix(
            "Figures are shares of polling stations, with a 90% confidence interval (\(scheme), 200 replicates, "
                + "bias-corrected and accelerated (BCa) interval, seed dice 1 2 3)"))
        var (report, _) = try ReportFixture.htmlReport(byRegion: false, official: false)
        report.estimates = estimates
        report.methodology = methodology
        let paragraph = try #require(XMLTree.parse(report.html).all("p", class: "methodology").first)
        #expect(paragraph.textContent == methodology.paragraph())
    }

    /// From the fixture: N = 100 + 40, 20 primaries of which 19 reported, 1 reserve, 2 strata,
    /// df = 20 − 2, and the widths are the largest national U − L.
    @Test func numbersFromTheData() throws {
        let observations = try ReportFixture.observations()
        let estimates = try observations.report(confidence: 0.95, method: .wilson)
        let methodology = ReportMethodology(observations: observations, report: estimates, manifest: nil)
        #expect(methodology.stationsInFrame == 140)
        #expect(methodology.stationsSampled == 20)
        #expect(methodology.primariesReporting == 19)
        #expect(methodology.reservesReporting == 1)
        #expect(methodology.strata == 2)
        #expect(methodology.stratifiedBy == nil)   // no manifest names the column
        #expect(methodology.proportionalTo == nil)
        #expect(methodology.degreesOfFreedom == 18)
        let widths = estimates.indicators.filter { $0.domain == nil }.compactMap(\.share.interval).map { min($0.upper, 1) - max($0.lower, 0) }
        #expect(methodology.largestWidth == widths.max())
        let ratioWidths = estimates.ratios.filter { $0.domain == nil }.compactMap(\.ratio.interval).map { $0.upper - $0.lower }
        #expect(methodology.largestRatioWidth == ratioWidths.max())
        #expect(methodology.paragraph().contains("Observers reported from 19 of the 20 polling stations drawn at random from the country's 140 polling stations, in 2 strata, and from 1 reserve station drawn with them."))
    }
}
