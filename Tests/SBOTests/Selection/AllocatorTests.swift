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
        var random = SplitMix64(seed: 0x5B0_2024)
        for _ in 0..<500 {
            let problem = RandomAllocationProblem(&random)
            guard let n = try? Allocator.allocate(
                total: problem.total, populations: problem.populations, names: problem.names,
                method: problem.method, proportions: problem.proportions)
            else {
                #expect(problem.method == .neyman, "only Neyman may be degenerate")
                continue
            }
            #expect(n.reduce(0, +) == problem.total)
            let continuous = problem.bisectedAllocation()
            for h in problem.populations.indices {
                #expect(n[h] >= min(2, problem.populations[h]) && n[h] <= problem.populations[h])
                #expect(abs(Double(n[h]) - continuous[h]) < 1 + 1e-6, "stratum \(h): \(n[h]) vs \(continuous[h])")
            }
        }
    }
}

/// A random bounded-allocation problem and its real-valued solution by bisection.
struct RandomAllocationProblem {
    let populations: [Int]
    let names: [String]
    let total: Int
    let method: Allocation
    let proportions: [Double]

    init(_ random: inout SplitMix64) {
        let strata = 1 + Int(random.next() % 12)
        var sizes: [Int] = []
        for _ in 0..<strata {
            let small = random.next() % 2 == 0
            sizes.append(1 + Int(random.next() % (small ? 5 : 400)))
        }
        populations = sizes
        names = sizes.indices.map { "s\($0)" }
        let minimum = sizes.reduce(0) { $0 + min(2, $1) }
        total = minimum + Int(random.next() % UInt64(sizes.reduce(0, +) - minimum + 1))
        method = [Allocation.proportional, .equal, .neyman][Int(random.next() % 3)]
        var shares: [Double] = []
        for _ in sizes { shares.append(Double(random.next() % 101) / 100) }
        proportions = shares
    }

    /// x_h = clamp(λ·a_h, min(2, N_h), N_h) with Σ x_h = n, λ found by bisection.
    func bisectedAllocation() -> [Double] {
        let weights: [Double] = populations.indices.map { h in
            switch method {
            case .proportional: Double(populations[h])
            case .equal: 1
            case .neyman: Double(populations[h]) * (proportions[h] * (1 - proportions[h])).squareRoot()
            }
        }
        let x = { (lambda: Double) -> [Double] in
            populations.indices.map { h in
                min(Double(populations[h]), max(Double(min(2, populations[h])), lambda * weights[h]))
            }
        }
        var low = 0.0
        var high = 1e9
        for _ in 0..<200 {
            let middle = (low + high) / 2
            if x(middle).reduce(0, +) < Double(total) { low = middle } else { high = middle }
        }
        return x(high)
    }
}
