import Testing
@testable import SBO

/// Monte Carlo: over 2,000 seeds, each station's selection frequency matches the inclusion
/// probability that SAMPLE.csv states for it.
///
/// Tolerance: with R = 2,000 draws, the frequency f of a station with probability π has
/// standard error σ = √(π(1 − π)/R); the test allows |f − π| ≤ 4.5σ. For the ≤ 60 stations
/// checked per design the chance of a false alarm is below 60 · 6.8·10⁻⁶ ≈ 4·10⁻⁴; the seeds
/// are fixed, so the outcome is the same on every run.
@Suite("Inclusion probabilities by simulation")
struct SampleDrawerStatisticsTests {
    static let runs = 2000

    /// Selection counts per frame row and the stated probability of each row.
    static func frequencies(
        frame: SamplingFrame, request: SampleRequest
    ) throws -> (counts: [Int], stated: [Double]) {
        var counts = [Int](repeating: 0, count: frame.stationCount)
        var stated = [Double](repeating: .nan, count: frame.stationCount)
        for run in 0..<runs {
            var seeded = request
            seeded.seed = "monte-carlo-\(run)"
            let sample = try SampleDrawer.draw(from: frame, request: seeded)
            for station in sample.stations where station.role == .primary {
                counts[station.row] += 1
                stated[station.row] = station.inclusionProbability
            }
        }
        return (counts, stated)
    }

    /// The rows whose frequency is outside 4.5σ of `probabilities`.
    static func outliers(counts: [Int], probabilities: [Double]) -> [Int] {
        counts.indices.filter { row in
            let p = probabilities[row]
            let f = Double(counts[row]) / Double(runs)
            let sigma = (p * (1 - p) / Double(runs)).squareRoot()
            return abs(f - p) > 4.5 * max(sigma, 1e-12)
        }
    }

    @Test func simpleRandomSampling() throws {
        let frame = try frame(unevenFrameCSV())
        let (counts, _) = try Self.frequencies(frame: frame, request: SampleRequest(size: 12, seed: ""))
        #expect(Self.outliers(counts: counts, probabilities: Array(repeating: 0.2, count: 60)).isEmpty)
    }

    @Test func stratifiedSampling() throws {
        let frame = try frame(unevenFrameCSV())
        let request = SampleRequest(size: 13, seed: "", stratifyBy: "region")
        let (counts, stated) = try Self.frequencies(frame: frame, request: request)
        // Stated: north 2/10, south 5/25, east 6/25 (see the golden sample).
        let expected = (0..<60).map { $0 < 10 ? 0.2 : ($0 < 35 ? 0.2 : 0.24) }
        #expect(stated == expected)
        #expect(Self.outliers(counts: counts, probabilities: expected).isEmpty)
    }

    @Test func ppsWithCertaintyStations() throws {
        // Sizes from 1 to 40, one station of 2,000 (certain) and one of size 0 (never).
        var text = "station_id,region,registered_voters\n"
        for i in 0..<40 { text += "p\(i),\(i % 2 == 0 ? "a" : "b"),\(1 + i)\n" }
        text += "huge,a,2000\nzero,b,0\n"
        let frame = try frame(text)
        let request = SampleRequest(size: 10, seed: "", stratifyBy: "region", ppsColumn: "registered_voters")
        let (counts, stated) = try Self.frequencies(frame: frame, request: request)
        let huge = frame.ids.firstIndex(of: "huge")!
        let zero = frame.ids.firstIndex(of: "zero")!
        #expect(counts[huge] == Self.runs && stated[huge] == 1)
        #expect(counts[zero] == 0)
        // Stated probabilities: stratum a has n = 5 (20 + 1 of 42 stations... proportional:
        // a = 21 stations, b = 21 → 5 each); in a, huge is certain, then π = 4·x/Σx.
        let sizesA = (0..<40).filter { $0 % 2 == 0 }.map { Double(1 + $0) }
        let sizesB = (0..<40).filter { $0 % 2 == 1 }.map { Double(1 + $0) }
        for i in 0..<40 {
            let x = Double(1 + i)
            let expected = i % 2 == 0 ? 4 * x / sizesA.reduce(0, +) : 5 * x / sizesB.reduce(0, +)
            #expect(isClose(stated[i], expected, tolerance: 1e-15))
        }
        var probabilities = stated
        probabilities[zero] = 0
        #expect(Self.outliers(counts: counts, probabilities: probabilities).isEmpty)

        // Negative control: the same frequencies are far from equal-probability π = n_h/N_h.
        let naive = (0..<frame.stationCount).map { _ in 5.0 / 21.0 }
        #expect(Self.outliers(counts: counts, probabilities: naive).count > 10)
    }
}
