import Testing
@testable import SBO

@Suite("TQuantiles: t quantiles looked up by degrees of freedom")
struct TQuantilesTests {
    /// The table holds the very numbers the direct calls return, inside and beyond its range.
    @Test(arguments: [0.9, 0.95, 0.99])
    func tableEqualsDirectCalls(confidence: Double) {
        let table = TQuantiles(confidence: confidence, upTo: 50)
        let empty = TQuantiles(confidence: confidence)
        for df in [1, 2, 7, 50, 51, 400] {
            let distribution = StudentTDistribution(degreesOfFreedom: Double(df))
            let upper = distribution.quantile(1 - (1 - confidence) / 2)
            let lower = distribution.quantile((1 - confidence) / 2)
            #expect(table.upper(degreesOfFreedom: df) == upper)
            #expect(table.lower(degreesOfFreedom: df) == lower)
            #expect(empty.upper(degreesOfFreedom: df) == upper)
        }
    }

    /// qt(0.975, 10) = 2.2281388519862739 (R: sprintf("%.17g", qt(0.975, 10))).
    @Test func knownValue() {
        #expect(isClose(TQuantiles(confidence: 0.95, upTo: 20).upper(degreesOfFreedom: 10), 2.2281388519862739, tolerance: 1e-12))
    }

    /// A share estimated with a table gives the same estimate, interval and all, as without.
    @Test(arguments: IntervalMethod.allCases)
    func shareIsIdentical(method: IntervalMethod) throws {
        let design = try EstimationDesign(
            strata: [DesignStratum(name: "a", populationSize: 40, selection: .simpleRandom),
                     DesignStratum(name: "b", populationSize: 60, selection: .simpleRandom)],
            stations: (0..<12).map { ReportingStation(stratum: $0 < 5 ? "a" : "b") })
        let answers: [Bool?] = (0..<12).map { $0 == 3 ? nil : $0 % 3 == 0 }
        let direct = design.estimateShare(of: answers, confidence: 0.9, method: method)
        let tabled = design.estimateShare(
            of: answers, method: method, quantiles: TQuantiles(confidence: 0.9, upTo: 12))
        #expect(tabled == direct)
        #expect(direct.interval != nil)
    }
}
