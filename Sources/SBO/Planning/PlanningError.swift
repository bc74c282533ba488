/// Why a sample-size plan cannot be made.
public enum PlanningError: ReportableError, Equatable {
    /// More reporting stations asked for than the frame holds.
    case sizeExceedsFrame(size: Int, stations: Int)

    public var kind: FailureKind { .badUsage }

    public var description: String {
        switch self {
        case let .sizeExceedsFrame(size, stations):
            "--size \(size) is more than the \(stations) stations in the frame; lower it"
        }
    }
}
