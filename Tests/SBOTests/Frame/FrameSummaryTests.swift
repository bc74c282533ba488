@testable import SBO
import Testing

/// `FrameSummary.median(of:)` selects by radix instead of sorting; it must equal R's `median`, the middle
/// of the sorted values (the mean of the two middle ones for an even count).
@Suite struct FrameSummaryTests {
    static func sortedMedian(_ values: [Int]) -> Double {
        let sorted = values.sorted(), middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : (Double(sorted[middle - 1]) + Double(sorted[middle])) / 2
    }

    @Test func smallCasesByHand() {
        #expect(FrameSummary.median(of: []) == 0)
        #expect(FrameSummary.median(of: [7]) == 7)
        #expect(FrameSummary.median(of: [9, 1]) == 5)
        #expect(FrameSummary.median(of: [3, 1, 2]) == 2)
        #expect(FrameSummary.median(of: [4, 4, 1, 9]) == 4)
        #expect(FrameSummary.median(of: [1_000_000_000, 0, 1_000_000_000, 1]) == 500_000_000.5)
    }

    @Test func agreesWithSortingOnRandomAndAdversarialInputs() {
        var generator = Philox4x32(seed: "frame-summary-median")
        for length in Array(1...64) + [1000, 4097] {
            for range in [2, 10, 1_000_000] {
                let values = (0..<length).map { _ in Int(boundedRandom(below: UInt64(range), using: &generator)) }
                #expect(FrameSummary.median(of: values) == Self.sortedMedian(values), "\(values.prefix(20))")
            }
        }
        for values in [Array(0..<5000), Array((0..<5000).reversed()), Array(repeating: 3, count: 5000),
                       (0..<5000).map { $0 % 2 == 0 ? $0 : 5000 - $0 }, [Int.min, Int.max, -1, 0], [Int.max, Int.max - 1],
                       (0..<1001).map { _ in Int(truncatingIfNeeded: generator.next()) },
                       (0..<1000).map { _ in Int(boundedRandom(below: 2_000_001, using: &generator)) - 1_000_000 }] {
            #expect(FrameSummary.median(of: values) == Self.sortedMedian(values))
        }
    }
}
