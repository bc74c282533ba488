/// The estimated share of polling stations where an event happened, with its linearised
/// variance, degrees of freedom, design effect and confidence interval.
///
/// Produced by ``EstimationDesign/estimateShare(of:in:confidence:method:)``, which documents
/// the formulas. Optional fields are nil when they do not exist (no answers, an undefined
/// design effect, no interval) — never NaN; ``notes`` says why.
public struct ShareEstimate: Sendable, Equatable {
    /// n: the reporting stations (in the domain) that answered the question.
    public let answering: Int
    /// The answering stations that answered yes (unweighted).
    public let count: Int
    /// n_rows: the reporting stations in the domain, answering or not (R's `nrow(design)`
    /// in `svyciprop`).
    public let reporting: Int
    /// p̂, the weighted share; nil when nobody answered.
    public let estimate: Double?
    /// v(p̂), the linearised variance; nil when nobody answered.
    public let variance: Double?
    /// Degrees of freedom of the t quantile: reporting stations minus strata with a
    /// reporting station, counted in the domain — a domain's df are its own (R's `degf` of
    /// `subset(design, domain)`), not the national design's.
    public let degreesOfFreedom: Int
    /// The design effect as R's `svymean(..., deff=TRUE)`: the design variance over the
    /// variance of a simple random sample of the same n *without replacement* from a
    /// population of Σw stations, i.e. with the finite-population correction (1 − n/Σw) in
    /// the denominator (R's `deff = TRUE`, not `deff = "replace"`); nil when undefined
    /// (p̂ of 0 or 1, fewer than two answers, or weights summing to no more than n).
    public let designEffect: Double?
    /// The confidence interval; nil with no answers or degrees of freedom ≤ 0.
    public let interval: ConfidenceInterval?
    /// What a reader should know about this estimate.
    public let notes: [EstimationNote]

    /// √v(p̂), the standard error; nil when nobody answered.
    public var standardError: Double? { variance.map { $0.squareRoot() } }

    public init(
        answering: Int, count: Int, reporting: Int, estimate: Double?, variance: Double?,
        degreesOfFreedom: Int, designEffect: Double?, interval: ConfidenceInterval?,
        notes: [EstimationNote]
    ) {
        self.answering = answering
        self.count = count
        self.reporting = reporting
        self.estimate = estimate
        self.variance = variance
        self.degreesOfFreedom = degreesOfFreedom
        self.designEffect = designEffect
        self.interval = interval
        self.notes = notes
    }
}
