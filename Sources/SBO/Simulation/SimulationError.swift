/// Why a design simulation cannot run: a setting outside its range.
public enum SimulationError: ReportableError, Equatable {
    /// No prevalence to plant.
    case noPrevalences
    /// A prevalence outside (0, 1).
    case prevalenceOutOfRange(Double)
    /// An intra-stratum correlation ρ outside [0, 1).
    case correlationOutOfRange(Double)
    /// A response rate outside (0, 1].
    case responseRateOutOfRange(Double)
    /// Fewer than one run.
    case runsNotPositive(Int)
    /// A confidence level outside (0, 1).
    case confidenceOutOfRange(Double)
    /// No interval method to score.
    case noMethods

    public var kind: FailureKind { .badUsage }

    public var description: String {
        switch self {
        case .noPrevalences:
            "no prevalence given; give one or more shares of stations, e.g. --prevalence 0.03,0.31,0.5"
        case .prevalenceOutOfRange(let p):
            "prevalence \(p) is not between 0 and 1 (exclusive); give shares of stations as fractions, e.g. 0.03 for 3%"
        case .correlationOutOfRange(let rho):
            "cluster correlation \(rho) is not in [0, 1); give the intra-stratum correlation of the irregularity, 0 for none, e.g. 0.05"
        case .responseRateOutOfRange(let rate):
            "response rate \(rate) is not in (0, 1]; give the share of deployed observers expected to report, e.g. 0.9"
        case .runsNotPositive(let runs):
            "runs must be at least 1, got \(runs); 1,000 runs give coverage to about ±0.7 points, 10,000 to ±0.2"
        case .confidenceOutOfRange(let confidence):
            "confidence \(confidence) is not between 0 and 1 (exclusive); e.g. 0.95"
        case .noMethods:
            "no interval method to score; give at least one"
        }
    }
}
