@testable import SBO
import Testing

/// `ReplicateHistogram` gives the percentile step the order statistics of the finite replicates
/// from one counting pass; they must equal sorting's, and it must step aside (nil) when it
/// cannot count exactly.
@Suite struct ReplicateHistogramTests {
    @Test func orderStatisticsAndCountsEqualSorting() throws {
        var generator = Philox4x32(seed: "replicate-histogram")
        for (size, distinct) in [(1, 1), (7, 3), (1000, 106), (20_000, 4096), (5000, 2)] {
            let levels = (0..<distinct).map { Float($0) / Float(max(1, distinct - 1)) }
            var replicates = (0..<size).map { _ in levels[Int(boundedRandom(below: UInt64(distinct), using: &generator))] }
            replicates += [.nan, .infinity, .nan]
            let histogram = try #require(ReplicateHistogram(replicates))
            let sorted = replicates.filter { !$0.isNaN }.sorted()
            #expect(histogram.count == sorted.count)
            for rank in 1...sorted.count where rank % max(1, sorted.count / 500) == 0 || rank <= 3 || rank >= sorted.count - 3 {
                #expect(histogram.orderStatistic(rank) == sorted[rank - 1], "rank \(rank) of \(sorted.count)")
            }
            for pivot in [Float(-1), 0, 0.5, levels[distinct / 2], 1, .infinity, .nan] {
                #expect(histogram.countBelow(pivot) == sorted.filter { $0 < pivot }.count)
            }
        }
    }

    @Test func declinesWhatItCannotCountExactly() {
        #expect(ReplicateHistogram((0..<5000).map { Float($0) }) == nil)  // more than 4096 values
        #expect(ReplicateHistogram([0.5, -0.0, 0.25]) == nil)  // −0 equals +0 but has other bits
        #expect(ReplicateHistogram([Float.nan, .nan])?.count == 0)
    }

    @Test func percentileBoundsEqualTheSelectionRoute() throws {
        // 100,000 replicates of a 105-station share: at most 106 values, many ties.
        var generator = Philox4x32(seed: "replicate-histogram-bounds")
        let replicates = (0..<100_000).map { _ in Float(boundedRandom(below: 106, using: &generator)) / 105 }
        var sample = replicates
        for method in BootstrapInterval.allCases {
            let viaHistogram = try #require(method.bounds(
                replicates: replicates, estimate: 0.5, acceleration: 0.01, confidence: 0.95))
            func quantile(_ alpha: Double) -> Double {
                BootstrapInterval.quantile(count: sample.count, alpha) { BootstrapInterval.orderStatistic(&sample, $0) }
            }
            let low = quantile(0.025), high = quantile(0.975)
            if method == .percentile { #expect(viaHistogram == low...high) }
            if method == .basic { #expect(viaHistogram == (1 - high)...(1 - low)) }
        }
    }

    /// Counted values (a share's table entries with the kernel's counts) give the histogram of
    /// the replicates they stand for: entries with the same bits merged, NaN left out, unused
    /// entries ignored, −0 declined, too many values declined.
    @Test func countedValuesAreTheReplicatesTheyStandFor() throws {
        var generator = Philox4x32(seed: "replicate-histogram-counts")
        for _ in 0..<50 {
            let entries = 1 + Int(boundedRandom(below: 120, using: &generator))
            // Few distinct floats, so that different entries often share a value.
            let values = (0..<entries).map { _ in Float(boundedRandom(below: 40, using: &generator)) / 7 }
                + [.nan, .infinity]
            let counts = values.map { _ in Int(boundedRandom(below: 4, using: &generator)) * Int(boundedRandom(below: 30, using: &generator)) }
            let replicates = zip(values, counts).flatMap { Array(repeating: $0, count: $1) }.shuffled(using: &generator)
            #expect(ReplicateHistogram(values: values, counts: counts) == ReplicateHistogram(replicates))
        }
        #expect(ReplicateHistogram(values: [0.5, -0.0], counts: [3, 1]) == nil)
        #expect(ReplicateHistogram(values: [0.5, -0.0], counts: [3, 0]) != nil)  // −0 drawn by no replicate
        #expect(ReplicateHistogram(values: (0..<5000).map { Float($0) }, counts: Array(repeating: 1, count: 5000)) == nil)
    }
}
