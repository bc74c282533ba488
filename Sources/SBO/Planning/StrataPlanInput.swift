/// The strata of a plan: names, sizes, and how stations are allocated among them.
public struct StrataPlanInput: Sendable {
    public let names: [String]
    public let populations: [Int]
    public let allocation: Allocation
    public let proportions: [Double]?

    public init(names: [String], populations: [Int], allocation: Allocation, proportions: [Double]?) {
        self.names = names
        self.populations = populations
        self.allocation = allocation
        self.proportions = proportions
    }

    func allocate(_ total: Int) throws(AllocationError) -> [Int] {
        try Allocator.allocate(
            total: total, populations: populations, names: names, method: allocation,
            proportions: proportions)
    }
}
