/// Every text of `sbo compare`'s table and Markdown (official results against the observers'
/// estimates), in one language: one instance per language, each in its own file
/// (`CompareMessages+French.swift`, ...), reached through ``ReportMessages/compare``. JSON and
/// CSV are for programs and keep their English keys. As in ``ReportMessages``, numbers arrive
/// formatted and no word agrees with a number. Tests: `EstimateCommandTests.compareLanguageWritesTheTables`.
public struct CompareMessages: Sendable {
    /// The Markdown heading.
    public var heading: String
    /// Above the national table: (OFFICIAL.csv, level).
    public var national: @Sendable (_ file: String, _ level: String) -> String
    public var columnFigure: String
    public var columnOfficial: String
    public var columnObservers: String
    /// (level).
    public var columnInterval: @Sendable (_ level: String) -> String
    public var columnInside: String
    /// The gap in standard errors.
    public var columnGap: String
    public var yes: String
    /// Outside the interval: written to stand out.
    public var no: String
    /// What the gap column means.
    public var gapNote: String
    /// Above the station table: (threshold in points, stations differing, stations compared).
    public var stations: @Sendable (_ points: String, _ differing: String, _ compared: String) -> String
    public var columnStation: String
    public var columnObserved: String
    /// The station's gap, official − observed, in points.
    public var columnStationGap: String
}
