import Testing
@testable import SBO

/// The report depends only on the frame, the design and the settings: not on the number of
/// threads, not on the run.
@Suite("Design simulation: determinism")
struct DesignSimulationDeterminismTests {
    /// A design that exercises every path: strata, clustering, non-response, PPS.
    static func simulation(seed: String, pps: Bool) throws -> DesignSimulation {
        let settings = SimulationSettings(
            prevalences: [0.05, 0.4], clusterCorrelation: 0.1, responseRate: 0.85, runs: 350,
            seed: seed)
        return try DesignSimulation(
            frame: frame(unevenFrameCSV()), size: 15, stratifyBy: "region",
            ppsColumn: pps ? "registered_voters" : nil, settings: settings)
    }

    @Test(arguments: [false, true])
    func threadCountDoesNotMatter(pps: Bool) throws {
        let simulation = try Self.simulation(seed: "threads", pps: pps)
        let one = simulation.run(threads: 1)
        #expect(simulation.run(threads: 2) == one)
        #expect(simulation.run(threads: 3) == one)
        #expect(one.results.count == 4 * 2)
        #expect(one.results.allSatisfy { $0.runs == 350 })
    }

    @Test func sameSeedSameReportOtherSeedOtherReport() throws {
        let first = try Self.simulation(seed: "a", pps: false).run(threads: 2)
        let again = try Self.simulation(seed: "a", pps: false).run(threads: 2)
        let other = try Self.simulation(seed: "b", pps: false).run(threads: 2)
        #expect(first == again)
        #expect(first.results.map(\.coverage) != other.results.map(\.coverage)
            || first.results.map(\.meanWidth) != other.results.map(\.meanWidth))
    }

    @Test func progressIsReportedInOrderUpToK() throws {
        let simulation = try Self.simulation(seed: "progress", pps: false)
        var seen: [Int] = []
        _ = simulation.run(threads: 2) { seen.append($0) }
        #expect(seen.last == 350)
        #expect(seen == seen.sorted())
    }

    /// Results are ordered by method, then prevalence, as the settings list them.
    @Test func resultOrder() throws {
        let report = try Self.simulation(seed: "order", pps: false).run(threads: 1)
        let expected = IntervalMethod.allCases.flatMap { method in [0.05, 0.4].map { (method, $0) } }
        #expect(report.results.map(\.method) == expected.map(\.0))
        #expect(report.results.map(\.prevalence) == expected.map(\.1))
        #expect(report.strata.map(\.name) == ["east", "north", "south"])
    }
}
