import Testing
@testable import SBO

@Suite("Allocation of stations to strata")
struct AllocatorTests {
    // Proportional, hand-checked: n = 10, N_h = (50, 30, 20) → x_h = (5, 3, 2) exactly.
    @Test func proportionalExact() throws {
        let n = try Allocator.allocate(total: 10, populations: [50, 30, 20], names: ["a", "b", "c"], method: .proportional)
        #expect(n == [5, 3, 2])
    }

    // n = 10, N_h = (40, 35, 25): x = (4, 3.5, 2.5); floors (4, 3, 2) leave 1; remainders
    // 0, 0.5, 0.5 tie → the stratum whose name sorts first ("b" < "c") gets it.
    @Test func largestRemainderTieGoesToFirstName() throws {
        let n = try Allocator.allocate(total: 10, populations: [40, 35, 25], names: ["a", "b", "c"], method: .proportional)
        #expect(n == [4, 4, 2])
        let swapped = try Allocator.allocate(total: 10, populations: [40, 35, 25], names: ["a", "z", "c"], method: .proportional)
        #expect(swapped == [4, 3, 3])
    }

    // The minimum of 2 per stratum: N = (1000, 10, 5), n = 20 → x = (19.05.., 0.19.., 0.09..)
    // → small strata raised to 2, the rest (16) to the large one.
    @Test func minimumTwoPerStratum() throws {
        let n = try Allocator.allocate(total: 20, populations: [1000, 10, 5], names: ["big", "mid", "small"], method: .proportional)
        #expect(n == [16, 2, 2])
        let single = try Allocator.allocate(total: 5, populations: [100, 1], names: ["a", "b"], method: .proportional)
        #expect(single == [4, 1])
    }

    // Equal: 12 over 3 strata = 4 each, but a stratum of 3 is capped at 3 and its share moves.
    @Test func equalWithCap() throws {
        let n = try Allocator.allocate(total: 12, populations: [100, 100, 3], names: ["a", "b", "c"], method: .equal)
        #expect(n == [5, 4, 3])  // remainder tie (4.5, 4.5) → "a" first
    }

    // Neyman: N_h √(P(1−P)) with P = (0.5, 0.1): weights 100·0.5 = 50, 100·0.3 = 30 → 5:3.
    @Test func neymanWeights() throws {
        let n = try Allocator.allocate(total: 16, populations: [100, 100], names: ["a", "b"], method: .neyman, proportions: [0.5, 0.1])
        #expect(n == [10, 6])
    }

    @Test func neymanWithoutProportionsIsProportional() throws {
        let neyman = try Allocator.allocate(total: 33, populations: [120, 80, 57], names: ["a", "b", "c"], method: .neyman)
        let proportional = try Allocator.allocate(total: 33, populations: [120, 80, 57], names: ["a", "b", "c"], method: .proportional)
        #expect(neyman == proportional)
    }

    @Test func errors() {
        #expect(throws: AllocationError.sizeTooSmall(size: 3, minimum: 4, strata: 2)) {
            try Allocator.allocate(total: 3, populations: [10, 10], names: ["a", "b"], method: .proportional)
        }
        #expect(throws: AllocationError.sizeTooLarge(size: 21, available: 20)) {
            try Allocator.allocate(total: 21, populations: [10, 10], names: ["a", "b"], method: .proportional)
        }
        #expect(throws: AllocationError.degenerateNeyman) {
            try Allocator.allocate(total: 10, populations: [10, 10], names: ["a", "b"], method: .neyman, proportions: [0, 1])
        }
    }

    // Over many random problems: totals add up, bounds hold, and the result is within one
    // station of the real-valued bounded allocation found independently by bisection on λ.
    @Test func randomProblemsAgreeWithBisection() throws {
        var state: UInt64 = 0x5B0_2024
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<500 {
            let strata = 1 + next(12)
            let populations = (0..<strata).map { _ in 1 + next(next(2) == 0 ? 5 : 400) }
            let names = (0..<strata).map { "s\($0)" }
            let minimum = populations.reduce(0) { $0 + min(2, $1) }
            let total = minimum + next(populations.reduce(0, +) - minimum + 1)
            let method = [Allocation.proportional, .equal, .neyman][next(3)]
            let proportions = populations.map { _ in Double(next(101)) / 100 }
            let weights: [Double] = populations.indices.map { h in
                switch method {
                case .proportional: Double(populations[h])
                case .equal: 1
                case .neyman: Double(populations[h]) * (proportions[h] * (1 - proportions[h])).squareRoot()
                }
            }
            let n: [Int]
            do {
                n = try Allocator.allocate(total: total, populations: populations, names: names, method: method, proportions: proportions)
            } catch AllocationError.degenerateNeyman {
                continue
            }
            #expect(n.reduce(0, +) == total)
            for h in populations.indices {
                #expect(n[h] >= min(2, populations[h]) && n[h] <= populations[h])
            }
            func g(_ lambda: Double) -> Double {
                populations.indices.reduce(0) { $0 + min(Double(populations[$1]), max(Double(min(2, populations[$1])), lambda * weights[$1])) }
            }
            var low = 0.0
            var high = 1e9
            for _ in 0..<200 {
                let mid = (low + high) / 2
                if g(mid) < Double(total) { low = mid } else { high = mid }
            }
            for h in populations.indices {
                let x = min(Double(populations[h]), max(Double(min(2, populations[h])), high * weights[h]))
                #expect(abs(Double(n[h]) - x) < 1 + 1e-6, "stratum \(h): \(n[h]) vs \(x)")
            }
        }
    }
}
