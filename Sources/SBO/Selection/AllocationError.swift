/// Why a sample size cannot be split among strata.
public enum AllocationError: ReportableError, Equatable {
    /// Fewer stations than the strata need: min(2, N_h) each.
    case sizeTooSmall(size: Int, minimum: Int, strata: Int)
    /// More stations than the frame (or the strata, under their caps) hold.
    case sizeTooLarge(size: Int, available: Int)
    /// Neyman allocation with every remaining stratum's expected share at 0 or 1.
    case degenerateNeyman
    /// Neyman allocation without an expected share for a stratum.
    case missingProportion(stratum: String)

    public var kind: FailureKind {
        switch self {
        case .sizeTooSmall, .sizeTooLarge, .degenerateNeyman: .badUsage
        case .missingProportion: .badData
        }
    }

    public var description: String {
        switch self {
        case let .sizeTooSmall(size, minimum, strata):
            "a sample of \(size) stations is too small for \(strata) strata: each stratum needs at least 2 stations (1 if it has only one), \(minimum) in all; raise --size or stratify by a coarser column"
        case let .sizeTooLarge(size, available):
            "a sample of \(size) stations is larger than the \(available) stations available; lower --size"
        case .degenerateNeyman:
            "Neyman allocation cannot place the remaining stations: every stratum's expected proportion is 0 or 1; use proportional allocation or revise --stratum-proportions"
        case let .missingProportion(stratum):
            "--stratum-proportions gives no proportion for stratum '\(stratum)'; add a row for it"
        }
    }
}
