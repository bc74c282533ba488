/// Every text of the account of what was read and set aside (``DataQuality``): the data
/// section of the report and the "Data" footnotes of `sbo estimate`, in one language: one
/// instance per language, each in its own file (`DataQualityMessages+French.swift`, ...),
/// reached through ``ReportMessages/dataQuality``. English is also the text of the error
/// messages and of JSON's `reason` and `problem`. File names, line numbers, column names,
/// station ids and cell values arrive as they are in the files; counts formatted.
/// Tests: `ReportMessagesTests.dataSentencesInEveryLanguage` (every kind of finding),
/// `ReportCommandTests.localizedDataAndForensicsSections`,
/// `EstimateCommandTests.languageWritesTheTables`.
public struct DataQualityMessages: Sendable {
    /// (file, rows read, stations kept).
    public var rowsRead: @Sendable (_ file: String, _ rows: String, _ stations: String) -> String
    /// A station submitted again with the same answers: (file, line kept, station, lines dropped).
    public var duplicateIdentical: @Sendable (_ file: String, _ line: String, _ station: String, _ dropped: [String]) -> String
    /// A station submitted again with different answers, one kept by `--duplicates`:
    /// (file, line kept, station, columns that differ, the latest kept (else the first), lines dropped).
    public var duplicateResolved: @Sendable (_ file: String, _ line: String, _ station: String, _ columns: [String], _ latest: Bool, _ dropped: [String]) -> String
    /// Columns not used for one reason: (columns, reason).
    public var columnsNotUsed: @Sendable (_ columns: [String], _ reason: String) -> String

    // MARK: Reasons (``UnusedColumn/Reason``)
    /// (codebook file).
    public var reasonMarkedIgnore: @Sendable (_ codebook: String) -> String
    /// (line and value that show it, or nil when the codebook says so).
    public var reasonCount: @Sendable (_ line: String?, _ value: String?) -> String
    /// (the time column used).
    public var reasonSecondTime: @Sendable (_ time: String) -> String
    /// (line, value).
    public var reasonUnreadableTimes: @Sendable (_ line: String, _ value: String) -> String
    public var reasonMetadata: String
    /// (line, value).
    public var reasonNotYesNo: @Sendable (_ line: String, _ value: String) -> String
    public var reasonNotAmongIndicators: String
    /// (column).
    public var reasonNotAnOfficialCount: @Sendable (_ column: String) -> String

    // MARK: Answers and counts
    /// (file, line, column, value, closest yes/no word or nil).
    public var unreadableAnswer: @Sendable (_ file: String, _ line: String, _ column: String, _ value: String, _ suggestion: String?) -> String
    /// After an unreadable answer: (the finding).
    public var treatedAsMissing: @Sendable (_ answer: String) -> String
    /// (column, value).
    public var problemNotACount: @Sendable (_ column: String, _ value: String) -> String
    /// (ballots cast, registered voters).
    public var problemBallotsAboveRegistered: @Sendable (_ ballots: String, _ registered: String) -> String
    /// (sum of the votes, ballots cast).
    public var problemVotesAboveBallots: @Sendable (_ votes: String, _ ballots: String) -> String
    /// (file, line, station, problems).
    public var impossibleCount: @Sendable (_ file: String, _ line: String, _ station: String, _ problems: [String]) -> String
    /// After an impossible count: (the finding).
    public var leftOutOfRatios: @Sendable (_ count: String) -> String
}
