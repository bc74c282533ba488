/// Every text of the election-night section (``ConvergenceChart``: the report's section, the
/// chart, and the release hint ``ReleaseHint``) and of `sbo progress`'s table and Markdown,
/// in one language: one instance per language,
/// each in its own file (`ProgressMessages+French.swift`, ...), reached through
/// ``ReportMessages/progress``. As in ``ReportMessages``, numbers arrive formatted
/// (``ReportFormatter``) and no word agrees with a number. A figure is named by its column
/// ("turnout", "votes_a"), as the tables of `sbo progress` name it. Tests:
/// `ConvergenceChartTests.speaksEveryLanguage`, `ReportCommandTests.progressSectionIsLocalized`,
/// `ProgressCommandTests.languageWritesTheTables`.
public struct ProgressMessages: Sendable {
    // MARK: Section and chart
    public var heading: String
    /// The chart's title.
    public var chartTitle: String
    /// Under the chart: (level, sampled stations, planned margin "±3", tested columns or nil
    /// when none varies, the test's level "1%").
    public var caption: @Sendable (_ level: String, _ sampled: String, _ margin: String, _ columns: String?, _ testLevel: String) -> String
    /// The chart's first line: the check at the latest checkpoint, (verdict, p-value; empty
    /// for `complete` and `untestable`).
    public var latestCheck: @Sendable (_ verdict: RepresentativenessTest.Verdict, _ p: String) -> String
    /// The legend of a red dot: (the test's level "1%").
    public var legendDifferent: @Sendable (_ testLevel: String) -> String
    public var legendSimilar: String
    /// The legend of the dashed lines: (planned margin "±3").
    public var legendPlanned: @Sendable (_ margin: String) -> String
    /// What the axes show.
    public var axes: String
    /// A verdict in one word, for a dot's tooltip.
    public var verdict: @Sendable (_ verdict: RepresentativenessTest.Verdict) -> String
    /// A dot's tooltip: (share reporting, estimate, interval, verdict).
    public var checkpoint: @Sendable (_ reporting: String, _ estimate: String, _ interval: String, _ verdict: String) -> String

    // MARK: Release hint
    /// Ready: (planned margin "±3", the check's p-value; nil when the whole sample reported).
    public var ready: @Sendable (_ planned: String, _ p: String?) -> String
    /// A figure's margin is wider than planned: (figure, its margin "±4.1", planned "±3").
    public var marginAbovePlan: @Sendable (_ figure: String, _ margin: String, _ planned: String) -> String
    /// (figure).
    public var noInterval: @Sendable (_ figure: String) -> String
    /// The stations that reported differ: (the columns that differ or nil, p-value).
    public var notRepresentative: @Sendable (_ columns: String?, _ p: String) -> String
    public var untestable: String
    /// Not ready: (what is missing, whether every sampled station has reported).
    public var notReady: @Sendable (_ missing: [String], _ complete: Bool) -> String

    // MARK: `sbo progress` (table and Markdown; the sample line is ``EstimateTableMessages/sample``)
    /// The Markdown heading.
    public var tableHeading: String
    /// (OBS.csv, the time column).
    public var reports: @Sendable (_ file: String, _ timeColumn: String) -> String
    /// (tested columns or nil when none varies, relabellings, the test's level "1%").
    public var check: @Sendable (_ columns: String?, _ permutations: String, _ testLevel: String) -> String
    public var columnTime: String
    public var columnReporting: String
    public var columnShare: String
    public var columnP: String
    public var columnVerdict: String
    /// Under the estimates: (level, interval method).
    public var legend: @Sendable (_ level: String, _ method: String) -> String
    /// After the release hint when `--planned-margin` is not given.
    public var plannedMarginFromSample: String
}
