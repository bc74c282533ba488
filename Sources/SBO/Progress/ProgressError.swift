/// What can stop estimates as reports arrive (`sbo progress`, `sbo estimate --as-of`): the
/// observations' submission times.
///
/// Every message is one line and says how to fix the problem. All are bad data (exit 65)
/// except a `--time-column` that names no column, which is bad usage (exit 64).
public enum ProgressError: ReportableError, Equatable {
    /// OBS.csv has neither `_submission_time` nor `SubmissionDate`, and no `--time-column` was
    /// given; `suggestion` is a header name that looks like a time.
    case noTimeColumn(source: String, line: Int, suggestion: String?)
    /// `--time-column` names a column OBS.csv does not have.
    case unknownTimeColumn(source: String, line: Int, column: String, suggestion: String?)
    /// Rows whose submission time is missing or unreadable: every one, (line, cell text).
    case unreadableTimes(source: String, column: String, cells: [UnreadableTime])
    /// No report was received by the time asked for (`--as-of`).
    case noReportsBy(time: Timestamp, source: String, earliest: Timestamp)

    /// A submission-time cell that is missing or not a time.
    public struct UnreadableTime: Sendable, Equatable {
        /// The physical line of the row.
        public let line: Int
        /// The cell's text, trimmed (empty for a missing time).
        public let value: String

        public init(line: Int, value: String) {
            self.line = line
            self.value = value
        }
    }

    /// How many unreadable cells a message lists before saying how many more there are.
    public static let listedCells = 20

    public var kind: FailureKind {
        switch self {
        case .unknownTimeColumn: .badUsage
        default: .badData
        }
    }

    public var description: String {
        switch self {
        case let .noTimeColumn(source, line, suggestion):
            return "\(source):\(line): there is no submission-time column (_submission_time or "
                + "SubmissionDate)\(suggestion.map { "; is it '\($0)'? " } ?? "; ")"
                + "name the column with --time-column COL"
        case let .unknownTimeColumn(source, line, column, suggestion):
            return "\(source):\(line): --time-column names '\(column)', which the file does not have"
                + "\(suggestion.map { " (did you mean '\($0)'?)" } ?? ""); name its column of submission times"
        case let .unreadableTimes(source, column, cells):
            let listed = cells.prefix(Self.listedCells).map { cell in
                "\(source):\(cell.line): " + (cell.value.isEmpty ? "missing" : "'\(cell.value)'")
            }
            let more = cells.count > Self.listedCells ? "; and \(cells.count - Self.listedCells) more" : ""
            return "\(cells.count) row\(cells.count == 1 ? "" : "s") of \(source) \(cells.count == 1 ? "has" : "have") "
                + "no readable \(column): \(listed.joined(separator: "; "))\(more); write times as "
                + "ISO 8601 (2024-02-07T15:04:05+04:00 or 2024-02-07 15:04:05), or remove the rows"
        case let .noReportsBy(time, source, earliest):
            return "\(source): no report was received by \(time); the first arrived at \(earliest)"
        }
    }
}
