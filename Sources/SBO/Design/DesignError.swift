/// What can be wrong with a sample design.
public enum DesignError: ReportableError, Equatable {
    /// Two strata have the same name.
    case duplicateStratum(name: String)
    /// A stratum's frame size N_h is below 1.
    case populationSizeNotPositive(stratum: String, size: Int)
    /// A station names a stratum that the design does not have.
    case unknownStratum(name: String)
    /// More stations report in a stratum than the frame's stratum holds.
    case moreReportingThanPopulation(stratum: String, reporting: Int, populationSize: Int)
    /// A station of a PPS stratum has no inclusion probability in (0, 1].
    case invalidInclusionProbability(stratum: String, value: Double?)
    /// A PPS stratum's total sampled weight W_h is not finite and positive.
    case invalidSampledWeight(stratum: String, value: Double)

    public var kind: FailureKind { .badData }

    public var description: String {
        switch self {
        case .duplicateStratum(let name):
            return "stratum '\(name)' is given twice; give each stratum once"
        case .populationSizeNotPositive(let stratum, let size):
            return "stratum '\(stratum)' has stratum_size \(size); it must be at least 1"
        case .unknownStratum(let name):
            return "a station names stratum '\(name)', which the design does not have"
        case .moreReportingThanPopulation(let stratum, let reporting, let populationSize):
            return "stratum '\(stratum)' has \(reporting) reporting stations but stratum_size "
                + "\(populationSize); check stratum_size or duplicated stations"
        case .invalidInclusionProbability(let stratum, let value):
            let shown = value.map { "\($0)" } ?? "none"
            return "a station of PPS stratum '\(stratum)' has inclusion probability \(shown); "
                + "it must be a number in (0, 1]"
        case .invalidSampledWeight(let stratum, let value):
            return "PPS stratum '\(stratum)' has a total sampled weight of \(value); it must be "
                + "the positive sum of 1/π over the stratum's sampled primaries"
        }
    }
}
