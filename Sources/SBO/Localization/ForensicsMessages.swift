/// Every text of the forensics of the official results (``ForensicsAnalysis/tables(_:)``, the
/// report's forensics section and `sbo forensics --out`'s page, the fingerprint's SVG), in one
/// language: one instance per language, each in its own file (`ForensicsMessages+French.swift`,
/// ...), reached through ``ReportMessages/forensics``. As in ``ReportMessages``, numbers
/// arrive formatted and no word agrees with a number. Tests:
/// `ReportCommandTests.localizedDataAndForensicsSections`,
/// `ForensicsCommandTests.languageWritesTableAndPage`.
public struct ForensicsMessages: Sendable {
    /// The page title of `sbo forensics --out`.
    public var defaultTitle: String
    /// The section's heading.
    public var heading: String
    /// Under the page title: (seed, simulations).
    public var reproducible: @Sendable (_ seed: String, _ simulations: String) -> String
    /// The group of all stations in a table grouped by `--by`.
    public var allStations: String
    public var columnFigure: String
    public var columnObserved: String
    public var columnUnobserved: String
    public var columnDifference: String
    public var columnInterval: String
    public var columnP: String
    public var columnStations: String
    /// An interval's two ends: (low, high).
    public var range: @Sendable (_ low: String, _ high: String) -> String

    // MARK: Observer effect
    public var observerEffectTitle: String
    public var observerDifferenceNote: String
    public var observerSecrecyNote: String
    /// (level, permutations).
    public var observerMethodNote: @Sendable (_ level: String, _ simulations: String) -> String
    public var observerUnstratifiedNote: String
    public var observerPPSNote: String
    /// (stations).
    public var observerMissingNote: @Sendable (_ stations: String) -> String

    // MARK: Cross-check
    public var crossCheckTitle: String
    public var columnMeanGap: String
    /// (indicator).
    public var columnYesOf: @Sendable (_ indicator: String) -> String
    /// (indicator).
    public var columnNoOf: @Sendable (_ indicator: String) -> String
    /// The gap where observers answered yes, and no.
    public var columnGapYes: String
    public var columnGapNo: String
    public var crossCheckGapNote: String
    /// (indicator).
    public var crossCheckWelchNote: @Sendable (_ indicator: String) -> String

    // MARK: Whole percentages
    public var integerTitle: String
    public var columnAtWholePercent: String
    public var columnExpected: String
    public var integerNote: String
    /// (the normal approximation was used somewhere, simulations).
    public var integerExpectedNote: @Sendable (_ approximation: Bool, _ simulations: String) -> String

    // MARK: Full turnout
    public var fullTurnoutTitle: String
    public var fullTurnoutNote: String

    // MARK: Last digits
    public var lastDigitTitle: String
    public var columnCounts: String
    public var columnChiSquare: String
    public var columnAdjustedP: String
    /// (smallest count tested, smallest median, fewest counts).
    public var lastDigitNote: @Sendable (_ minimumCount: String, _ minimumMedian: String, _ minimumStations: String) -> String
    /// (Benjamini–Hochberg within each group?).
    public var adjustedNote: @Sendable (_ perGroup: Bool) -> String

    // MARK: Fingerprint
    /// Under a fingerprint: (group or nil, leader).
    public var fingerprintCaption: @Sendable (_ domain: String?, _ leader: String) -> String
    /// The SVG's title: (leader, group or nil).
    public var fingerprintTitle: @Sendable (_ leader: String, _ domain: String?) -> String
    public var fingerprintTurnoutAxis: String
    /// (leader).
    public var fingerprintShareAxis: @Sendable (_ leader: String) -> String
}
