import Testing
@testable import SBO

@Suite struct EstimationDesignTests {
    let north = DesignStratum(name: "north", populationSize: 40, selection: .simpleRandom)
    let urban = DesignStratum(name: "urban", populationSize: 90, selection: .proportionalToSize)

    /// Weights N_h/n_h over the reporting stations (40/3), 1/π in a PPS stratum (1/0.25).
    @Test func weightsFollowTheSelection() throws {
        let design = try EstimationDesign(
            strata: [north, urban],
            stations: [ReportingStation(stratum: "north"), ReportingStation(stratum: "urban", inclusionProbability: 0.25),
                       ReportingStation(stratum: "north"), ReportingStation(stratum: "north")])
        let third: Double = 40.0 / 3
        let expected: [Double] = [third, 4, third, third]
        #expect(design.weights == expected)
        #expect(design.stratumIndices == [0, 1, 0, 0])
        #expect(design.stationsByStratum == [[0, 2, 3], [1]])
        let factor: Double = 1 - 3.0 / 40
        #expect(design.finitePopulationFactor(ofStratum: 0) == factor)
        #expect(design.finitePopulationFactor(ofStratum: 1) == 1)
        #expect(design.degreesOfFreedom == 2)
    }

    @Test func badDesignsThrow() {
        #expect(throws: DesignError.duplicateStratum(name: "north")) {
            try EstimationDesign(strata: [north, north], stations: [])
        }
        #expect(throws: DesignError.unknownStratum(name: "south")) {
            try EstimationDesign(strata: [north], stations: [ReportingStation(stratum: "south")])
        }
        #expect(throws: DesignError.populationSizeNotPositive(stratum: "none", size: 0)) {
            try EstimationDesign(
                strata: [DesignStratum(name: "none", populationSize: 0, selection: .simpleRandom)],
                stations: [])
        }
        let tiny = DesignStratum(name: "tiny", populationSize: 1, selection: .simpleRandom)
        #expect(throws: DesignError.moreReportingThanPopulation(stratum: "tiny", reporting: 2, populationSize: 1)) {
            try EstimationDesign(
                strata: [tiny],
                stations: [ReportingStation(stratum: "tiny"), ReportingStation(stratum: "tiny")])
        }
        #expect(throws: DesignError.invalidInclusionProbability(stratum: "urban", value: nil)) {
            try EstimationDesign(strata: [urban], stations: [ReportingStation(stratum: "urban")])
        }
        #expect(throws: DesignError.invalidInclusionProbability(stratum: "urban", value: 1.5)) {
            try EstimationDesign(
                strata: [urban], stations: [ReportingStation(stratum: "urban", inclusionProbability: 1.5)])
        }
    }

    @Test func errorsSayHowToFixThem() {
        let error = DesignError.invalidInclusionProbability(stratum: "urban", value: 1.5)
        #expect(error.description == "a station of PPS stratum 'urban' has inclusion probability 1.5; it must be a number in (0, 1]")
        #expect(error.kind == .badData)
    }
}
