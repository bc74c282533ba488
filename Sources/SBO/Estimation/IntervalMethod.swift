/// How a confidence interval for a share is built from the estimate p̂, its linearised
/// variance v and the t quantile t = qt(1 − α/2, df).
///
/// Each agrees with R survey's `svyciprop` method named below (to 1e-6, see
/// `ShareIntervalTests`); the formulas are in ``ProportionInterval``.
public enum IntervalMethod: String, Sendable, Equatable, Hashable, CaseIterable {
    /// `svyciprop(method="logit")`: a t interval on the logit scale, mapped back.
    case logit
    /// `svyciprop(method="mean")`: p̂ ± t·√v, not clipped to [0, 1] (as R).
    case wald
    /// `svyciprop(method="wilson")` (survey ≥ 4.5; Debian's 4.1 lacks it): the Wilson score interval with the
    /// effective sample size p̂(1 − p̂)/v.
    case wilson
    /// `svyciprop(method="beta")`: Korn and Graubard's Clopper–Pearson interval with a
    /// degrees-of-freedom-adjusted effective sample size.
    case clopperPearson

    /// The spelling used on the command line and in JSON output.
    public var commandLineName: String {
        switch self {
        case .logit: return "logit"
        case .wald: return "wald"
        case .wilson: return "wilson"
        case .clopperPearson: return "clopper-pearson"
        }
    }

    /// The method whose ``commandLineName`` is `name`, or nil.
    public init?(commandLineName name: String) {
        guard let method = Self.allCases.first(where: { $0.commandLineName == name }) else {
            return nil
        }
        self = method
    }
}
