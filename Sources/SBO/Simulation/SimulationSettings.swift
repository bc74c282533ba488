/// What a design simulation plants, how often it repeats, and how it scores: everything of a
/// ``DesignSimulation`` besides the frame and the sample design.
///
/// ```swift
/// var settings = SimulationSettings(runs: 2_000, seed: "coverage check")
/// settings.clusterCorrelation = 0.05   // irregularities concentrate in some strata
/// settings.responseRate = 0.9          // one observer in ten does not report
/// ```
public struct SimulationSettings: Sendable, Equatable {
    /// The shares p of polling stations at which the irregularity is planted, each in (0, 1).
    public var prevalences: [Double]
    /// ρ ∈ [0, 1): the intra-class correlation of the irregularity among the stations of a
    /// stratum (0: every station has probability p; see ``DesignSimulation`` for the model).
    public var clusterCorrelation: Double
    /// R ∈ (0, 1]: each sampled station reports independently with probability R.
    public var responseRate: Double
    /// K ≥ 1: the number of simulated elections.
    public var runs: Int
    /// Any text; run r draws from stream r of the Philox4x32 generator of this seed.
    public var seed: String
    /// 1 − α ∈ (0, 1): the confidence level of the intervals scored.
    public var confidence: Double
    /// The interval methods scored (all four by default).
    public var methods: [IntervalMethod]

    /// 0.03, 0.31, 0.5: a rare irregularity, the share the Azerbaijan 2024 observers reported
    /// most often, and the hardest case for a margin of error.
    public static let defaultPrevalences = [0.03, 0.31, 0.5]
    /// The seed used when none is given: results are reproducible, not secret.
    public static let defaultSeed = "sbo-simulate"

    public init(
        prevalences: [Double] = defaultPrevalences, clusterCorrelation: Double = 0,
        responseRate: Double = 1, runs: Int = 1_000, seed: String = defaultSeed,
        confidence: Double = 0.95, methods: [IntervalMethod] = IntervalMethod.allCases
    ) {
        self.prevalences = prevalences
        self.clusterCorrelation = clusterCorrelation
        self.responseRate = responseRate
        self.runs = runs
        self.seed = seed
        self.confidence = confidence
        self.methods = methods
    }

    /// Throws when a setting is outside its range.
    public func validate() throws(SimulationError) {
        guard !prevalences.isEmpty else { throw .noPrevalences }
        for p in prevalences where !(p > 0 && p < 1) { throw .prevalenceOutOfRange(p) }
        guard clusterCorrelation >= 0 && clusterCorrelation < 1 else {
            throw .correlationOutOfRange(clusterCorrelation)
        }
        guard responseRate > 0 && responseRate <= 1 else {
            throw .responseRateOutOfRange(responseRate)
        }
        guard runs >= 1 else { throw .runsNotPositive(runs) }
        guard confidence > 0 && confidence < 1 else { throw .confidenceOutOfRange(confidence) }
        guard !methods.isEmpty else { throw .noMethods }
    }
}
