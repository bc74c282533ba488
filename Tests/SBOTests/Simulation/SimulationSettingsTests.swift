import Testing
@testable import SBO

@Suite("Design simulation: settings")
struct SimulationSettingsTests {
    @Test(arguments: [
        (SimulationSettings(prevalences: []), SimulationError.noPrevalences),
        (SimulationSettings(prevalences: [0.1, 0]), .prevalenceOutOfRange(0)),
        (SimulationSettings(prevalences: [1]), .prevalenceOutOfRange(1)),
        (SimulationSettings(prevalences: [.nan]), .prevalenceOutOfRange(.nan)),
        (SimulationSettings(clusterCorrelation: 1), .correlationOutOfRange(1)),
        (SimulationSettings(clusterCorrelation: -0.1), .correlationOutOfRange(-0.1)),
        (SimulationSettings(responseRate: 0), .responseRateOutOfRange(0)),
        (SimulationSettings(responseRate: 1.5), .responseRateOutOfRange(1.5)),
        (SimulationSettings(runs: 0), .runsNotPositive(0)),
        (SimulationSettings(confidence: 1), .confidenceOutOfRange(1)),
        (SimulationSettings(methods: []), .noMethods),
    ])
    func outOfRangeSettingsThrow(settings: SimulationSettings, expected: SimulationError) {
        #expect(throws: SimulationError.self) { try settings.validate() }
        do {
            try settings.validate()
        } catch {
            // NaN never equals itself: compare the message instead.
            #expect(error.description == expected.description)
            #expect(error.kind == .badUsage)
        }
    }

    @Test func defaultsAreValid() throws {
        let settings = SimulationSettings()
        try settings.validate()
        #expect(settings.prevalences == [0.03, 0.31, 0.5])
        #expect(settings.clusterCorrelation == 0 && settings.responseRate == 1)
        #expect(settings.runs == 1_000 && settings.seed == "sbo-simulate")
        #expect(settings.methods == IntervalMethod.allCases)
    }

    @Test func designErrorsSurface() throws {
        let frame = try frame(unevenFrameCSV())
        #expect(throws: FrameError.self) {
            try DesignSimulation(frame: frame, size: 10, stratifyBy: "province", settings: SimulationSettings())
        }
        #expect(throws: AllocationError.self) {
            try DesignSimulation(frame: frame, size: 61, settings: SimulationSettings())
        }
        #expect(throws: SimulationError.runsNotPositive(0)) {
            try DesignSimulation(frame: frame, size: 10, settings: SimulationSettings(runs: 0))
        }
    }
}
