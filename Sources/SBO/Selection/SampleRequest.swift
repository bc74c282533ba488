/// Everything that decides a sample: with the frame, it determines SAMPLE.csv byte for byte.
public struct SampleRequest: Sendable, Equatable {
    /// n, primary stations in all.
    public var size: Int
    /// The seed: any text (dice rolls, a public beacon value).
    public var seed: String
    /// The frame column whose values are the strata; nil for one stratum `all`.
    public var stratifyBy: String?
    public var allocation: Allocation
    /// P_h by stratum name, for Neyman allocation (`--stratum-proportions`).
    public var proportions: [String: Double]?
    /// The frame column of sizes for probability-proportional-to-size selection; nil for
    /// equal-probability selection within strata.
    public var ppsColumn: String?
    /// K reserve stations per stratum.
    public var reserves: Int

    /// The sizes n that `sbo sample` accepts and a manifest may hold.
    public static let sizeRange = 1...Int(Int32.max)
    /// The reserves K per stratum that `sbo sample` accepts and a manifest may hold.
    public static let reservesRange = 0...1_000_000

    public init(
        size: Int, seed: String, stratifyBy: String? = nil, allocation: Allocation = .proportional,
        proportions: [String: Double]? = nil, ppsColumn: String? = nil, reserves: Int = 0
    ) {
        self.size = size
        self.seed = seed
        self.stratifyBy = stratifyBy
        self.allocation = allocation
        self.proportions = proportions
        self.ppsColumn = ppsColumn
        self.reserves = reserves
    }
}
