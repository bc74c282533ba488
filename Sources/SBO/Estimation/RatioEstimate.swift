/// A ratio of two weighted totals (turnout, a candidate's vote share) with its linearised
/// variance and t confidence interval.
///
/// Produced by ``EstimationDesign/estimateRatio(numerator:denominator:in:confidence:)``,
/// which documents the formulas. Optional fields are nil when they do not exist; ``notes``
/// says why.
public struct RatioEstimate: Sendable, Equatable {
    /// The reporting stations (in the domain) with both numerator and denominator.
    public let stations: Int
    /// R̂ = Σ w y / Σ w x; nil when no station has both values or Σ w x = 0.
    public let estimate: Double?
    /// v(R̂), the linearised variance; nil when there is no estimate.
    public let variance: Double?
    /// Reporting stations minus strata with a reporting station (in the domain).
    public let degreesOfFreedom: Int
    /// R̂ ± t·√v; nil without an estimate or with degrees of freedom ≤ 0.
    public let interval: ConfidenceInterval?
    /// What a reader should know about this estimate.
    public let notes: [EstimationNote]

    /// √v(R̂), the standard error; nil when there is no estimate.
    public var standardError: Double? { variance.map { $0.squareRoot() } }

    public init(
        stations: Int, estimate: Double?, variance: Double?, degreesOfFreedom: Int,
        interval: ConfidenceInterval?, notes: [EstimationNote]
    ) {
        self.stations = stations
        self.estimate = estimate
        self.variance = variance
        self.degreesOfFreedom = degreesOfFreedom
        self.interval = interval
        self.notes = notes
    }
}
