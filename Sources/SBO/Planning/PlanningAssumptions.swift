/// The assumptions behind a sample-size calculation.
public struct PlanningAssumptions: Sendable, Equatable {
    /// 1 − α, in (0, 1).
    public var confidence: Double
    /// P, the anticipated share of stations where the event happens, in (0, 1); 0.5 is the
    /// most conservative.
    public var proportion: Double
    /// deff ≥ 1 expected from clustering or unequal weights (1 for simple random sampling).
    public var designEffect: Double
    /// r ∈ (0, 1]: the share of deployed observers expected to report.
    public var responseRate: Double

    public init(
        confidence: Double = 0.95, proportion: Double = 0.5, designEffect: Double = 1,
        responseRate: Double = 1
    ) {
        self.confidence = confidence
        self.proportion = proportion
        self.designEffect = designEffect
        self.responseRate = responseRate
    }

    /// z = Φ⁻¹(1 − α/2), the two-sided normal quantile.
    public var z: Double { NormalDistribution.quantile(1 - (1 - confidence) / 2) }
}
