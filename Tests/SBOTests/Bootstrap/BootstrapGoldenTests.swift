import Testing
@testable import SBO

/// Golden replicates of a stratified Rao–Wu bootstrap with the finite-population correction,
/// from an independent Python implementation of the documented stream and weighting
/// (`Reference/philox_stream.py`, pinned in `ReferenceOutputs.philoxStream`): five strata of
/// n = 4, 9, 23, 1, 6 of N = 40, 300, 120, 10, 6 — unequal λ_h, a single-station stratum
/// resampled by sign, and a census stratum that draws nothing. Checking replicates one by one
/// (rather than their SE within ±3 %) catches any change of the stream, of the group order,
/// of m_h (a naive n_h-of-n_h bootstrap has about the right SE but other replicates), of λ_h or
/// of the single-station rule.
@Suite struct BootstrapGoldenTests {
    static let sizes = [4, 9, 23, 1, 6], populations = [40, 300, 120, 10, 6]

    static func input() throws -> BootstrapInput {
        var strata = [Int](), weights = [Double](), values = [Bool?]()
        for (h, n) in sizes.enumerated() {
            for _ in 0..<n {
                values.append((7 * strata.count) % 5 < 2)
                strata.append(h)
                weights.append(Double(populations[h]) / Double(n))
            }
        }
        return try BootstrapInput(
            strata: sizes.indices.map { BootstrapStratum(name: "s\($0)", populationSize: populations[$0]) },
            stationStrata: strata, weights: weights, indicators: [BootstrapIndicator(name: "q", values: values)])
    }

    @Test(arguments: [false, true])
    func stratifiedReplicatesMatchThePythonReference(generalOnly: Bool) throws {
        let result = try Self.input().bootstrap(
            replicates: 8, seed: "strata", scheme: .raoWuWithFinitePopulationCorrection, threads: 1,
            generalOnly: generalOnly)
        #expect(result.singleStationStrata == ["s3"])
        for replicate in 0..<8 {
            let expected = ReferenceOutputs.philoxStream["rao-wu-fpc strata share replicate r\(replicate)"]
            // Replicates are stored as Float: 6e−8 relative, plus summation order.
            #expect(isClose(Double(result.replicates(of: 0)[replicate]), expected, tolerance: 2e-7),
                    "replicate \(replicate): \(result.replicates(of: 0)[replicate]) vs \(expected)")
        }
    }

    @Test func iidGoldenCountsAreThePythonOnes() {
        #expect(BootstrapEngineTests.goldenCommonCounts
            == (0..<5).map { Int(ReferenceOutputs.philoxStream["iid golden common replicate r\($0)"]) })
    }
}
