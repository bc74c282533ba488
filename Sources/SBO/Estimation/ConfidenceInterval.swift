/// A two-sided confidence interval and how it was made.
public struct ConfidenceInterval: Sendable, Equatable, Hashable {
    /// The lower bound.
    public let lower: Double
    /// The upper bound.
    public let upper: Double
    /// The confidence level 1 − α, in (0, 1).
    public let confidence: Double
    /// The method requested; for a ratio, ``IntervalMethod/logit`` when it is a share inside
    /// (0, 1) and ``IntervalMethod/wald`` (estimate ± t·SE) otherwise
    /// (``EstimationDesign/estimateRatio(numerator:denominator:in:confidence:)``).
    public let method: IntervalMethod
    /// The rule that produced it: the method itself, or an edge-case replacement.
    public let rule: IntervalRule

    public init(
        lower: Double, upper: Double, confidence: Double, method: IntervalMethod,
        rule: IntervalRule
    ) {
        self.lower = lower
        self.upper = upper
        self.confidence = confidence
        self.method = method
        self.rule = rule
    }
}
