/// Every text of `sbo estimate`'s output for people (`--format table` and `markdown`), in one
/// language: one instance per language, each in its own file
/// (`EstimateTableMessages+French.swift`, ...), reached through ``ReportMessages/table``.
/// JSON and CSV are for programs and keep their English keys. As in ``ReportMessages``,
/// numbers arrive formatted; only English agrees a word with a number ("1 stratum").
/// Tests: `EstimateCommandTests.languageWritesTheTables`.
public struct EstimateTableMessages: Sendable {
    /// The Markdown heading.
    public var heading: String
    /// (SAMPLE.csv, primaries, reserves or nil, strata).
    public var sample: @Sendable (_ file: String, _ sampled: String, _ reserves: String?, _ strata: String) -> String
    /// (stations reporting, reserves among them or nil, OBS.csv).
    public var reporting: @Sendable (_ stations: String, _ reserves: String?, _ file: String) -> String
    /// (method, level, replicates, scheme, seed).
    public var bootstrapIntervals: @Sendable (_ method: String, _ level: String, _ replicates: String, _ scheme: String, _ seed: String) -> String
    /// (method, level, degrees of freedom).
    public var analyticIntervals: @Sendable (_ method: String, _ level: String, _ degreesOfFreedom: String) -> String
    /// (column).
    public var domains: @Sendable (_ column: String) -> String
    public var columnIndicator: String
    public var columnRatio: String
    public var columnEstimate: String
    /// (level).
    public var columnInterval: @Sendable (_ level: String) -> String
    public var columnAnswered: String
    public var columnYes: String
    public var columnDesignEffect: String
    public var columnWorstCase: String
    public var columnStations: String
    public var columnNotes: String
    /// The domain cell of a national row.
    public var allStations: String
    public var nothingToEstimate: String
    /// What the columns mean.
    public var legend: String
    /// "Notes:".
    public var notesHeading: String
    /// "Data:".
    public var dataHeading: String
    /// (scheme, with the finite-population correction?).
    public var bootstrapNote: @Sendable (_ scheme: String, _ finitePopulationCorrection: Bool) -> String
    /// (strata).
    public var singleStationStrataNote: @Sendable (_ strata: String) -> String
    public var logitRatioNote: String
    /// (strata).
    public var emptyStrataNote: @Sendable (_ strata: String) -> String
}
