import Foundation
import Testing
@testable import SBO

/// The full analysis of 1,000,000 stations with 10,000 simulations, behind `SBO_LONG_TESTS`
/// (it takes about 4.5 s of CPU in a release build, measured 2026-12-03 on the shared 2-core
/// machine; much longer in a debug build). Above ``IntegerPercentTest/simulationBudget`` the
/// integer-percent p-values come from the refined normal approximation, which must then agree
/// with the exact expectation's z-score direction.
@Suite struct ForensicsScaleTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SBO_LONG_TESTS"] != nil))
    func millionStations() throws {
        let stations = 1_000_000
        var g = Philox4x32(seed: "scale")
        var registered: [String] = [], ballots: [String] = [], a: [String] = [], b: [String] = []
        for _ in 0..<stations {
            let n = 150 + Int(boundedRandom(below: 2850, using: &g))
            let cast = Int(Double(n) * (0.5 + 0.4 * uniformDouble(using: &g)))
            let first = Int(Double(cast) * (0.4 + 0.3 * uniformDouble(using: &g)))
            registered.append(String(n))
            ballots.append(String(cast))
            a.append(String(first))
            b.append(String(cast - first))
        }
        let table = CSVTable(
            source: "million.csv", header: ["station_id", "registered_voters", "ballots_cast", "votes_a", "votes_b"],
            columns: [(0..<stations).map { "S\($0)" }, registered, ballots, a, b], lineNumbers: Array(2..<(stations + 2)))
        let official = try OfficialResults(table: table)
        let start = Date()
        let analysis = try ForensicsAnalysis(official: official, seed: "scale", simulations: 10_000)
        let seconds = Date().timeIntervalSince(start)
        print("ForensicsScaleTests: 1,000,000 stations, 10,000 simulations: \(seconds) s")
        #expect(analysis.integerPercent.allSatisfy { $0.null == .normalApproximation && $0.pValue != nil })
        #expect(analysis.fullTurnout[0].stations == stations)
    }
}
