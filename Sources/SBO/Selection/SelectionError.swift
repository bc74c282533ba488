/// Why a sample cannot be drawn or checked.
public enum SelectionError: ReportableError, Equatable {
    /// PPS: a stratum has fewer stations of positive size than it must select.
    case tooFewSizedStations(stratum: String, needed: Int, available: Int, column: String)
    /// PPS: (n + 1)·Σx_i over a stratum's sizes does not fit in `Int`, so the exact
    /// arithmetic of ``SystematicPPS`` cannot run; such sizes are not counts of voters.
    case sizesTooLarge(stratum: String, column: String)
    /// The frame already has a column that SAMPLE.csv adds.
    case reservedColumn(source: String, column: String)
    /// A stratum-proportions file problem.
    case badProportion(source: String, line: Int, message: String)
    /// Several stratum-proportions problems, in line order, so that one run lists them all.
    case badProportions(source: String, problems: [SelectionError])
    /// The operating system gave no random bytes for the seed commitment's salt.
    case noRandomSource

    public var kind: FailureKind { self == .noRandomSource ? .other : .badData }

    public var description: String {
        switch self {
        case let .tooFewSizedStations(stratum, needed, available, column):
            "stratum '\(stratum)' must select \(needed) stations but only \(available) have \(column) above 0; lower --size or allocate differently"
        case let .sizesTooLarge(stratum, column):
            "stratum '\(stratum)': the values of \(column) are too large to select with probability proportional to size (their sum times the stations to select exceeds \(Int.max)); check the column for a wrong value"
        case let .reservedColumn(source, column):
            "\(source):1: the frame already has a column '\(column)', which SAMPLE.csv adds; rename it in the frame"
        case let .badProportion(source, line, message):
            "\(source):\(line): \(message)"
        case let .badProportions(source, problems):
            "\(source): \(problems.count) problems (each listed below)"
        case .noRandomSource:
            "the operating system's random source gave no bytes for the commitment's salt; try again"
        }
    }

    /// For ``badProportions(source:problems:)``: the first 20 problems, then how many more.
    public var detailLines: [String] {
        guard case let .badProportions(_, problems) = self else { return [] }
        return ProblemList.detailLines(problems.map(\.description))
    }
}
