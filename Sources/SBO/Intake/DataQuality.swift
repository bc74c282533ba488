/// What happened to every row and column of an observations export: the account behind the
/// rule "no data is lost or changed silently" (SPEC "Observation exports").
///
/// Every row of the file is a reporting station's row, a duplicate listed in ``duplicates``,
/// or stopped the run with an error; every column is used or listed in ``columnsNotUsed``
/// with its reason. Answers read as not answered and stations left out of turnout and vote
/// shares because of an explicit option are listed too. `sbo estimate` prints this as
/// footnotes and as JSON `data_quality`; the report shows it as its data section.
public struct DataQuality: Sendable, Equatable {
    /// The export's name in messages.
    public let source: String
    /// Data rows in the file (the header not counted).
    public let rowsRead: Int
    /// Stations kept: one row each.
    public let stations: Int
    /// Stations submitted more than once, and which row was kept.
    public let duplicates: [DuplicateSubmission]
    /// Columns that are not used, with the reason.
    public let columnsNotUsed: [UnusedColumn]
    /// Answers that read as neither yes nor no, treated as not answered
    /// (`--bad-answers missing`).
    public let answersTreatedAsMissing: [UnreadableAnswer]
    /// Stations whose counts are impossible, left out of turnout and vote shares
    /// (`--bad-counts exclude`).
    public let excludedCounts: [ExcludedCount]

    public init(
        source: String, rowsRead: Int, stations: Int, duplicates: [DuplicateSubmission],
        columnsNotUsed: [UnusedColumn], answersTreatedAsMissing: [UnreadableAnswer],
        excludedCounts: [ExcludedCount]
    ) {
        self.source = source
        self.rowsRead = rowsRead
        self.stations = stations
        self.duplicates = duplicates
        self.columnsNotUsed = columnsNotUsed
        self.answersTreatedAsMissing = answersTreatedAsMissing
        self.excludedCounts = excludedCounts
    }

    /// Whether every row and column was used as it stands.
    public var isClean: Bool {
        duplicates.isEmpty && columnsNotUsed.isEmpty && answersTreatedAsMissing.isEmpty
            && excludedCounts.isEmpty
    }

    /// The account as sentences for people in English: the terminal's footnotes of
    /// `compare`, `progress` and `forensics`.
    public var sentences: [String] { sentences(.english) }

    /// The account as sentences for people, in the order of the JSON fields (columns not
    /// used for the same reason in one sentence), in the formatter's language
    /// (``DataQualityMessages``): the footnotes of `sbo estimate` and the report's data
    /// section.
    public func sentences(_ formatter: ReportFormatter) -> [String] {
        let m = formatter.messages.dataQuality
        var lines = [m.rowsRead(source, formatter.count(rowsRead), formatter.count(stations))]
        for duplicate in duplicates { lines.append(duplicate.text(m)) }
        var reasons: [UnusedColumn.Reason] = []
        var columnsOfReason: [UnusedColumn.Reason: [String]] = [:]
        for column in columnsNotUsed {
            if columnsOfReason[column.kind] == nil { reasons.append(column.kind) }
            columnsOfReason[column.kind, default: []].append(column.column)
        }
        for reason in reasons {
            lines.append(m.columnsNotUsed(columnsOfReason[reason]!, reason.text(m)))
        }
        for answer in answersTreatedAsMissing { lines.append(m.treatedAsMissing(answer.text(m))) }
        for excluded in excludedCounts { lines.append(m.leftOutOfRatios(excluded.text(m, count: formatter.count))) }
        return lines
    }
}
