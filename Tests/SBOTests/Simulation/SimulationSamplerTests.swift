import Testing
@testable import SBO

/// The simulation's sampler selects with the design's inclusion probabilities: the
/// probabilities it states are `SampleDrawer`'s, and its selection frequencies match them.
///
/// Tolerance: with R = 4,000 draws a station with probability π has frequency standard error
/// σ = √(π(1 − π)/R); each frequency must be within 4.5σ (≤ 60 stations per design, a false
/// alarm chance below 60 · 6.8·10⁻⁶ ≈ 4·10⁻⁴; the streams are fixed, so the outcome is too).
@Suite("Design simulation: the sampler's inclusion probabilities")
struct SimulationSamplerTests {
    static let draws = 4_000

    /// The sampler of a design, built as `DesignSimulation` builds it.
    static func sampler(
        _ frame: SamplingFrame, size: Int, stratifyBy: String?, pps: String?
    ) throws -> SimulationSampler {
        let settings = SimulationSettings(runs: 1)
        return try DesignSimulation(
            frame: frame, size: size, stratifyBy: stratifyBy, ppsColumn: pps, settings: settings
        ).sampler
    }

    /// Selection counts and stated probabilities per frame row over `draws` draws.
    static func frequencies(
        _ sampler: SimulationSampler, rows: Int
    ) -> (counts: [Int], stated: [Double?]) {
        var counts = Array(repeating: 0, count: rows)
        var stated = Array(repeating: Double?.none, count: rows)
        for draw in 0..<draws {
            var generator = Philox4x32(seed: "sampler", stream: UInt64(draw))
            for station in sampler.draw(using: &generator) {
                counts[station.row] += 1
                stated[station.row] = station.probability
            }
        }
        return (counts, stated)
    }

    /// Rows whose frequency is farther than 4.5σ from `probabilities`.
    static func outliers(counts: [Int], probabilities: [Double]) -> [Int] {
        counts.indices.filter { row in
            let p = probabilities[row]
            let sigma = (p * (1 - p) / Double(draws)).squareRoot()
            return abs(Double(counts[row]) / Double(draws) - p) > 4.5 * max(sigma, 1e-12)
        }
    }

    /// π of every row as `SampleDrawer` states it, over `seeds` real draws.
    static func drawerProbabilities(
        _ frame: SamplingFrame, request: SampleRequest, seeds: Int
    ) throws -> [Double?] {
        var stated = Array(repeating: Double?.none, count: frame.stationCount)
        for seed in 0..<seeds {
            var seeded = request
            seeded.seed = "drawer-\(seed)"
            for station in try SampleDrawer.draw(from: frame, request: seeded).stations {
                stated[station.row] = station.inclusionProbability
            }
        }
        return stated
    }

    @Test func stratifiedEqualProbability() throws {
        let frame = try frame(unevenFrameCSV())
        let sampler = try Self.sampler(frame, size: 13, stratifyBy: "region", pps: nil)
        let (counts, stated) = Self.frequencies(sampler, rows: 60)
        // north 2/10, south 5/25, east 6/25, as `SampleDrawer` allocates (golden sample).
        let expected = (0..<60).map { $0 < 10 ? 0.2 : ($0 < 35 ? 0.2 : 0.24) }
        #expect(stated == expected.map(Optional.some))
        #expect(Self.outliers(counts: counts, probabilities: expected).isEmpty)
        // Negative control: unstratified π = 13/60 is rejected for the east stations.
        let naive = Array(repeating: 13.0 / 60.0, count: 60)
        #expect(!Self.outliers(counts: counts, probabilities: naive).isEmpty)
    }

    @Test func ppsWithCertaintyStations() throws {
        var text = "station_id,region,registered_voters\n"
        for i in 0..<40 { text += "p\(i),\(i % 2 == 0 ? "a" : "b"),\(1 + i)\n" }
        text += "huge,a,2000\nzero,b,0\n"
        let frame = try frame(text)
        let sampler = try Self.sampler(frame, size: 10, stratifyBy: "region", pps: "registered_voters")
        let (counts, stated) = Self.frequencies(sampler, rows: frame.stationCount)
        let huge = frame.ids.firstIndex(of: "huge")!
        let zero = frame.ids.firstIndex(of: "zero")!
        #expect(counts[huge] == Self.draws)
        #expect(counts[zero] == 0)
        // The sampler states SampleDrawer's probabilities for every station both select.
        let request = SampleRequest(size: 10, seed: "", stratifyBy: "region", ppsColumn: "registered_voters")
        let drawer = try Self.drawerProbabilities(frame, request: request, seeds: 200)
        for row in 0..<frame.stationCount {
            if let mine = stated[row], let theirs = drawer[row] { #expect(mine == theirs, "row \(row)") }
        }
        #expect(stated.compactMap { $0 }.count == 41)
        var probabilities = stated.map { $0 ?? 0 }
        probabilities[zero] = 0
        #expect(Self.outliers(counts: counts, probabilities: probabilities).isEmpty)
        // Negative control: equal probabilities 5/21 are rejected.
        #expect(Self.outliers(counts: counts, probabilities: Array(repeating: 5.0 / 21.0, count: 42)).count > 10)
    }

    @Test(arguments: [false, true])
    func eachDrawHasTheAllocationAndDependsOnlyOnItsGenerator(pps: Bool) throws {
        let frame = try frame(unevenFrameCSV())
        let sampler = try Self.sampler(frame, size: 13, stratifyBy: "region", pps: pps ? "registered_voters" : nil)
        var previous: [SimulationSampler.Station] = []
        for draw in 0..<50 {
            var generator = Philox4x32(seed: "allocation", stream: UInt64(draw))
            var copy = generator
            let sample = sampler.draw(using: &generator)
            #expect(sampler.draw(using: &copy) == sample)
            #expect(sample != previous)
            #expect(Set(sample.map(\.row)).count == 13)
            // east 6, north 2, south 5 (strata in byte order).
            #expect([0, 1, 2].map { h in sample.filter { $0.stratum == h }.count } == [6, 2, 5])
            previous = sample
        }
    }
}
