/// When each row of OBS.csv was received: its submission-time column read as ``Timestamp``s.
///
/// The column is `--time-column COL` when given, else the first of `_submission_time`
/// (KoboToolbox) and `SubmissionDate` (ODK Central) that OBS.csv has (SPEC "Observation
/// exports"). Every row must carry a readable time: a missing or unreadable cell is an error
/// that lists every such row, so that no report is dropped silently from a checkpoint.
///
/// ```swift
/// let times = try SubmissionTimes(table: observationTable)
/// let received = observationTable.rows(times.rows(receivedBy: Timestamp(parsing: "2024-02-07T20:00:00Z")!))
/// ```
/// Tests: `SubmissionTimesTests`.
public struct SubmissionTimes: Sendable {
    /// The columns recognised without `--time-column`, in order of preference.
    public static let recognisedColumns = ["_submission_time", "SubmissionDate"]

    /// The name of the column the times come from.
    public let column: String
    /// The submission time of each row of the table, in row order.
    public let times: [Timestamp]
    /// The table's source, for messages.
    public let source: String

    /// Reads the submission time of every row.
    ///
    /// - Parameters:
    ///   - table: OBS.csv as read.
    ///   - column: the `--time-column` name, or nil to look for a recognised column.
    /// - Throws: ``ProgressError``: no such column, or rows with a missing or unreadable time
    ///   (all of them listed).
    public init(table: CSVTable, column: String? = nil) throws(ProgressError) {
        let name: String
        if let column {
            guard table.columnIndex(column) != nil else {
                throw .unknownTimeColumn(
                    source: table.source, line: table.headerLineNumber, column: column,
                    suggestion: table.closestColumnName(to: column))
            }
            name = column
        } else {
            guard let found = Self.recognisedColumns.first(where: { table.columnIndex($0) != nil }) else {
                let looksLikeTime = table.header.first { header in
                    let lower = header.lowercased()
                    return lower.contains("time") || lower.contains("date")
                }
                throw .noTimeColumn(source: table.source, line: table.headerLineNumber, suggestion: looksLikeTime)
            }
            name = found
        }
        var times: [Timestamp] = []
        var unreadable: [ProgressError.UnreadableTime] = []
        for (row, cell) in table.column(name)!.enumerated() {
            if let time = Timestamp(parsing: cell) {
                times.append(time)
            } else {
                unreadable.append(.init(line: table.lineNumbers[row], value: cell.trimmingBlanks))
            }
        }
        guard unreadable.isEmpty else {
            throw .unreadableTimes(source: table.source, column: name, cells: unreadable)
        }
        self.column = name
        self.times = times
        self.source = table.source
    }

    /// The rows received at or before `time`, in row order.
    public func rows(receivedBy time: Timestamp) -> [Int] {
        times.indices.filter { times[$0] <= time }
    }

    /// The rows received at or before `time`, in row order.
    ///
    /// - Throws: ``ProgressError/noReportsBy(time:source:earliest:)`` when there is none.
    public func nonEmptyRows(receivedBy time: Timestamp) throws(ProgressError) -> [Int] {
        let rows = rows(receivedBy: time)
        guard !rows.isEmpty else {
            throw .noReportsBy(time: time, source: source, earliest: times.min() ?? time)
        }
        return rows
    }
}
