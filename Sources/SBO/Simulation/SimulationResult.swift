/// How one interval method fared at one prevalence over the runs of a design simulation.
///
/// With K runs, truth_r the planted share of run r over the whole frame, p̂_r its estimate
/// and [L_r, U_r] its interval:
/// ```
/// coverage      = #{r : L_r ≤ truth_r ≤ U_r} / K        (a run without interval misses)
/// SE(coverage)  = √(coverage · (1 − coverage) / K)      (binomial Monte Carlo error)
/// mean width    = Σ (U_r − L_r) / #runs with an interval
/// bias          = Σ (p̂_r − truth_r) / #runs with an estimate
/// SE(bias)      = sd(p̂_r − truth_r) / √(#runs with an estimate)
/// excludes zero = #{r : L_r > 0} / K
/// ```
public struct SimulationResult: Sendable, Equatable {
    /// The interval method.
    public let method: IntervalMethod
    /// The prevalence p planted.
    public let prevalence: Double
    /// K, the runs.
    public let runs: Int
    /// The share of runs whose interval held the true share.
    public let coverage: Double
    /// The Monte Carlo standard error of `coverage`.
    public let coverageStandardError: Double
    /// The mean width of the intervals (a fraction: 0.1 is 10 points); nil with none.
    public let meanWidth: Double?
    /// The mean of p̂ − truth; nil without estimates.
    public let bias: Double?
    /// The Monte Carlo standard error of `bias`; nil with fewer than two estimates.
    public let biasStandardError: Double?
    /// The share of runs whose interval excluded zero: how often the irregularity would be
    /// reported as certainly present.
    public let excludesZero: Double
    /// Runs without an interval (nobody reported, or too few stations for degrees of freedom).
    public let runsWithoutInterval: Int
    /// The mean true share over the runs (near p; it varies with ρ > 0).
    public let meanTruth: Double

    init(method: IntervalMethod, prevalence: Double, tally t: SimulationTally) {
        self.method = method
        self.prevalence = prevalence
        runs = t.runs
        let k = Double(t.runs)
        coverage = Double(t.covered) / k
        coverageStandardError = (coverage * (1 - coverage) / k).squareRoot()
        meanWidth = t.intervals > 0 ? t.widthSum / Double(t.intervals) : nil
        let m = Double(t.estimates)
        bias = t.estimates > 0 ? t.errorSum / m : nil
        if t.estimates > 1 {
            let variance = max(0, (t.errorSquareSum - t.errorSum * t.errorSum / m) / (m - 1))
            biasStandardError = (variance / m).squareRoot()
        } else {
            biasStandardError = nil
        }
        excludesZero = Double(t.excludingZero) / k
        runsWithoutInterval = t.runs - t.intervals
        meanTruth = t.truthSum / k
    }
}
