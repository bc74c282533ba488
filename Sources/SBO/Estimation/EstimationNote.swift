/// Something a reader of an estimate should know about how it was obtained.
public enum EstimationNote: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// No reporting station answered the question (in this domain): no estimate.
    case noAnswers
    /// The degrees of freedom (stations minus strata) are not positive: no t interval.
    case degreesOfFreedomNotPositive(Int)
    /// These strata have one reporting station (in this domain's design); their variance
    /// contribution follows R's `survey.lonely.psu = "adjust"`, in the linearised and the
    /// bootstrap standard errors alike (see `BootstrapScheme`).
    case singleStationStrata([String])
    /// The weighted total of the ratio's denominator is zero: no ratio.
    case zeroDenominator

    public var description: String {
        switch self {
        case .noAnswers:
            return "no reporting station answered"
        case .degreesOfFreedomNotPositive(let df):
            return "degrees of freedom \(df) (stations minus strata): no confidence interval; "
                + "more reporting stations per stratum are needed"
        case .singleStationStrata(let names):
            return "one reporting station in stratum \(names.joined(separator: ", ")): its "
                + "variance is centred at the overall estimate (R survey.lonely.psu=\"adjust\")"
        case .zeroDenominator:
            return "the weighted denominator total is zero: no ratio"
        }
    }
}
