@testable import SBO
import Testing

/// Replicates stored as one-byte table entries must read as exactly the `Float`s they stand
/// for, in the same order, so that every figure computed from them is bit for bit the one the
/// stored floats give.
@Suite struct ReplicateValuesTests {
    /// Three statistics of B = 1,001 replicates (not a multiple of the eight partial sums),
    /// each a table of 105 values with a NaN entry, stored both ways.
    static func bothWays() -> (entries: ReplicateValues, values: ReplicateValues, rows: Int, count: Int) {
        let rows = 105, count = 1001, statistics = 3
        var generator = Philox4x32(seed: "replicate-values")
        let table: [Float] = (0..<(rows * statistics)).map { entry in
            entry % rows == 7 ? .nan : Float(entry % rows) / 104 + Float(entry / rows)
        }
        let codes = (0..<(count * statistics)).map { _ in UInt8(boundedRandom(below: UInt64(rows), using: &generator)) }
        let values = codes.indices.map { place in table[(place / count) * rows + Int(codes[place])] }
        return (ReplicateValues(entries: codes, table: table, rows: rows, replicateCount: count),
                ReplicateValues(values: values, replicateCount: count), rows, count)
    }

    static func result(_ values: ReplicateValues) -> BootstrapResult {
        BootstrapResult(
            statisticNames: ["a", "b", "c"], estimates: [0.4, 1.5, 2.6], replicateCount: values.replicateCount,
            seed: "s", scheme: .iid, singleStationStrata: [], accelerations: [0.01, 0, -0.02],
            drawsPerReplicate: 104, replicateValues: values, histograms: [])
    }

    @Test func entriesReadAsTheirValues() throws {
        let (entries, values, _, count) = Self.bothWays()
        #expect(entries.all.map(\.bitPattern) == values.all.map(\.bitPattern))
        for statistic in 0..<3 {
            #expect(entries.slice(of: statistic).map(\.bitPattern) == values.slice(of: statistic).map(\.bitPattern))
            let read = entries.read(statistic, values: { _ in [Float]() }, entries: { Array($0) })
            #expect(read.count == count)
            #expect(read.map(\.bitPattern) == Array(values.slice(of: statistic)).map(\.bitPattern))
        }
    }

    @Test func standardErrorsAndIntervalsAreTheSameBitForBit() throws {
        let (entries, values, _, _) = Self.bothWays()
        let fromEntries = Self.result(entries), fromValues = Self.result(values)
        for statistic in 0..<3 {
            let se = try #require(fromValues.standardError(of: statistic))
            #expect(fromEntries.standardError(of: statistic)?.bitPattern == se.bitPattern)
            #expect(fromEntries.undefinedReplicates(of: statistic) == fromValues.undefinedReplicates(of: statistic))
            #expect(fromValues.undefinedReplicates(of: statistic) > 0)
            #expect(fromEntries.replicates(of: statistic).map(\.bitPattern) == fromValues.replicates(of: statistic).map(\.bitPattern))
            for method in BootstrapInterval.allCases {
                #expect(fromEntries.interval(of: statistic, method: method) == fromValues.interval(of: statistic, method: method))
            }
        }
    }

    /// A counts-only run with complete answers stores entries when a share has at most 256
    /// values (m + 1: 105 stations), floats from the table beyond (300 stations), and floats
    /// on the values path; `BootstrapEngineTests.countsOnlyRunsAgreeAcrossThreadsAndWithTheDoublePath`
    /// compares the replicates of such runs with the values path's.
    @Test func entriesAreStoredWhenEveryShareHasAtMost256Values() throws {
        func kernel(stations: Int, generalOnly: Bool = false) throws -> ResamplingKernel {
            let input = try BootstrapInput(
                strata: [BootstrapStratum(name: "all")], stationStrata: Array(repeating: 0, count: stations),
                weights: Array(repeating: 2.5, count: stations),
                indicators: [BootstrapIndicator(name: "a", values: (0..<stations).map { $0 % 3 == 0 })])
            return ResamplingKernel(plan: try ResamplingPlan(input: input, scheme: .iid), generalOnly: generalOnly)
        }
        #expect(try kernel(stations: 105).storesEntries)
        #expect(try kernel(stations: 255).storesEntries)
        let wide = try kernel(stations: 300)
        #expect(wide.tableRows > 256 && !wide.storesEntries)
        #expect(try !kernel(stations: 105, generalOnly: true).storesEntries)
    }
}
