import Testing
@testable import SBO

@Suite("Sample-size planning")
struct SampleSizePlanTests {
    // R 4.x:
    //   N <- 6537; z <- qnorm(0.975); n0 <- z^2*0.5*0.5/0.05^2    # 384.14588206941227
    //   n <- ceiling(n0/(1+(n0-1)/N))                               # 363
    //   ceiling(n/0.9)                                              # 404
    //   m <- function(n, N, P=0.5, deff=1, conf=0.95)
    //          qnorm(1-(1-conf)/2)*sqrt(P*(1-P)*deff*(N-n)/(n*(N-1)))
    //   sprintf("%.17g", m(363, 6537))                              # 0.049991028703022272
    @Test func marginOfErrorFivePointsAzerbaijanFrame() throws {
        let plan = try SampleSizePlan(
            marginOfError: 0.05, population: 6537,
            assumptions: PlanningAssumptions(responseRate: 0.9))
        #expect(plan.stationsRequired == 363)
        #expect(plan.stationsToDeploy == 404)
        #expect(isClose(plan.marginOfError, 0.049991028703022272, tolerance: 1e-12))
        #expect(plan.marginOfError <= 0.05)
    }

    // R: sprintf("%.17g", m(105, 6537))   # 0.094872521197778961 — the ±9.5 points that the
    // 105-station Azerbaijan deployment reached at P = 0.5.
    @Test func marginReachedByGivenSize() throws {
        let plan = try SampleSizePlan(
            reportingStations: 105, population: 6537, assumptions: PlanningAssumptions())
        #expect(plan.stationsRequired == 105)
        #expect(plan.stationsToDeploy == 105)
        #expect(isClose(plan.marginOfError, 0.094872521197778961, tolerance: 1e-12))
    }

    // R: z <- qnorm(0.95); n0 <- z^2*0.3*0.7*2/0.03^2           # 1262.5869452445247
    //    n <- ceiling(n0/(1+(n0-1)/1000)); ceiling(n/0.85)       # 559, 658
    //    sprintf("%.17g", m(559, 1000, 0.3, 2, 0.9))             # 0.029955912176504937
    @Test func allAssumptionsTogether() throws {
        let assumptions = PlanningAssumptions(
            confidence: 0.9, proportion: 0.3, designEffect: 2, responseRate: 0.85)
        let plan = try SampleSizePlan(marginOfError: 0.03, population: 1000, assumptions: assumptions)
        #expect(plan.stationsRequired == 559)
        #expect(plan.stationsToDeploy == 658)
        #expect(isClose(plan.marginOfError, 0.029955912176504937, tolerance: 1e-12))
    }

    // Round trip: the margin reached by n is at most E, by n − 1 more than E.
    @Test(arguments: [0.01, 0.02, 0.035, 0.05, 0.08, 0.1])
    func requiredSizeIsTheSmallestThatReachesTheMargin(margin: Double) throws {
        let assumptions = PlanningAssumptions(designEffect: 1.5)
        let plan = try SampleSizePlan(marginOfError: margin, population: 20_000, assumptions: assumptions)
        let smaller = try SampleSizePlan(
            reportingStations: plan.stationsRequired - 1, population: 20_000, assumptions: assumptions)
        #expect(plan.marginOfError <= margin)
        #expect(smaller.marginOfError > margin)
    }

    // Per stratum: R sprintf("%.17g", m(30, 200))  # 0.16536949131122314 (30 of 200 stations)
    @Test func strataGetAllocationAndOwnMargins() throws {
        let strata = StrataPlanInput(
            names: ["north", "south"], populations: [200, 800], allocation: .proportional,
            proportions: nil)
        let plan = try SampleSizePlan(
            reportingStations: 150, population: 1000, assumptions: PlanningAssumptions(),
            strata: strata)
        #expect(plan.strata.map(\.allocated) == [30, 120])
        #expect(plan.strata.map(\.population) == [200, 800])
        #expect(isClose(plan.strata[0].marginOfError, 0.16536949131122314, tolerance: 1e-12))
        // Proportional allocation: the stratified margin is close to, and not above, the SRS one.
        let stratified = try #require(plan.stratifiedMarginOfError)
        #expect(stratified <= plan.marginOfError * 1.001)
    }

    @Test func censusHasNoMargin() throws {
        let plan = try SampleSizePlan(reportingStations: 50, population: 50, assumptions: PlanningAssumptions())
        #expect(plan.marginOfError == 0)
    }

    @Test func sizeAboveFrameIsAnError() {
        #expect(throws: PlanningError.sizeExceedsFrame(size: 51, stations: 50)) {
            try SampleSizePlan(reportingStations: 51, population: 50, assumptions: PlanningAssumptions())
        }
    }
}
