/// Every text a reader sees in `sbo report` (and in `sbo estimate --format svg`), in one
/// language, with the catalogues of the forensics (``ForensicsMessages``), of `sbo estimate`'s
/// tables (``EstimateTableMessages``) and of the data read (``DataQualityMessages``): one
/// instance per language, each in its own file (`ReportMessages+French.swift`, ...), so that
/// a translator finds every sentence in one place and a missing one does not compile.
///
/// Numbers arrive already formatted for the language (``ReportFormatter``); the texts never
/// agree a word with a number (no "1 station" / "2 stations"), so that languages with several
/// plural forms (Russian, Arabic) need no plural rules: a count is written after a colon or
/// as "n = 105".
///
/// A label (an indicator's name) is quoted or put first in the languages whose grammar would
/// otherwise have to inflect it; English lowers its first letter inside a sentence.
/// Tests: `ReportMessagesTests` (every language fills every text, no placeholders left).
public struct ReportMessages: Sendable {
    // MARK: Page
    /// The title when `--title` is not given.
    public var defaultTitle: String
    /// Under the title: (stations reporting, confidence level "95%").
    public var lede: @Sendable (_ stations: String, _ level: String) -> String

    // MARK: Headline sentences
    /// "In brief".
    public var summaryHeading: String
    /// An irregularity seen at some stations: (label, share, low, high).
    public var irregularityShare: @Sendable (_ label: String, _ share: String, _ low: String, _ high: String) -> String
    /// An irregularity seen nowhere: (label, stations answering, upper end, level).
    public var irregularityNone: @Sendable (_ label: String, _ stations: String, _ upper: String, _ level: String) -> String
    /// A condition that should hold, seen at some stations: (label, share, low, high).
    public var conditionShare: @Sendable (_ label: String, _ share: String, _ low: String, _ high: String) -> String
    /// A condition that should hold, seen nowhere: (label, stations answering, upper end, level).
    public var conditionNone: @Sendable (_ label: String, _ stations: String, _ upper: String, _ level: String) -> String
    /// Turnout: (share, low, high).
    public var turnoutSentence: @Sendable (_ share: String, _ low: String, _ high: String) -> String
    /// A candidate's vote share: (name, share, low, high).
    public var candidateSentence: @Sendable (_ name: String, _ share: String, _ low: String, _ high: String) -> String
    /// After a turnout or candidate sentence: (official figure, inside the interval?).
    public var officialSentence: @Sendable (_ official: String, _ inside: Bool) -> String
    /// The heading of the box that explains the interval: (level).
    public var intervalBoxHeading: @Sendable (_ level: String) -> String
    /// Its paragraphs: (level, "95 of 100").
    public var intervalBoxText: @Sendable (_ level: String, _ outOf100: String) -> [String]

    // MARK: Method
    public var methodHeading: String
    /// (primaries reporting, primaries drawn, stations in the frame, PPS column or nil,
    /// stratification column or nil, strata, reserves reporting or nil).
    public var methodDrawn: @Sendable (_ reporting: String, _ sampled: String, _ frame: String, _ pps: String?,
                                       _ stratifiedBy: String?, _ strata: String, _ reserves: String?) -> String
    /// No interval: (degrees of freedom).
    public var methodNoInterval: @Sendable (_ degreesOfFreedom: String) -> String
    /// (level, how the interval was made, widest interval in points or nil).
    public var methodIntervals: @Sendable (_ level: String, _ description: String, _ widest: String?) -> String
    /// Turnout and vote shares: (widest interval in points).
    public var methodRatios: @Sendable (_ widest: String) -> String
    public var methodWeights: String
    /// (strata, listed).
    public var methodEmptyStrata: @Sendable (_ strata: String) -> String
    /// (method name, degrees of freedom).
    public var analyticInterval: @Sendable (_ method: String, _ degreesOfFreedom: String) -> String
    /// (scheme, replicates, interval kind, seed).
    public var bootstrapInterval: @Sendable (_ scheme: String, _ replicates: String, _ interval: String, _ seed: String) -> String
    public var schemeIID: String
    public var schemeRaoWu: String
    public var schemeRaoWuFPC: String
    public var percentileInterval: String
    public var basicInterval: String
    public var bcaInterval: String

    // MARK: Indicators
    public var irregularitiesHeading: String
    public var conditionsHeading: String
    /// Under a plot of shares of stations: (level).
    public var indicatorCaption: @Sendable (_ level: String) -> String
    public var nothingToEstimate: String
    public var columnIndicator: String
    public var columnShare: String
    /// "95% interval": (level).
    public var columnInterval: @Sendable (_ level: String) -> String
    public var columnAnswering: String
    public var columnYes: String
    public var columnNotes: String

    // MARK: Turnout and vote shares
    public var ratiosHeading: String
    /// (level, official figures marked?).
    public var ratioCaption: @Sendable (_ level: String, _ official: Bool) -> String
    public var turnoutLabel: String
    public var leadingCandidatesTitle: String
    /// The title of the zoomed plot of the small candidates: (the axis's end, "4%").
    public var smallCandidatesTitle: @Sendable (_ axisEnd: String) -> String
    public var columnFigure: String
    public var columnEstimate: String
    public var columnStations: String
    public var columnOfficial: String
    public var columnOfficialInside: String
    public var yes: String
    /// The official figure is outside: (standard errors, above?).
    public var outsideBy: @Sendable (_ standardErrors: String, _ above: Bool) -> String
    public var outside: String
    public var standardErrorNote: String

    // MARK: Domains
    /// (column).
    public var domainsHeading: @Sendable (_ column: String) -> String
    /// (column).
    public var domainsNote: @Sendable (_ column: String) -> String
    /// After the note, when the panels mark official figures: (column).
    public var domainsOfficialNote: @Sendable (_ column: String) -> String
    /// A panel's station count: (n).
    public var domainStations: @Sendable (_ stations: String) -> String
    /// A panel with too few stations: (n).
    public var domainTooFew: @Sendable (_ stations: String) -> String

    // MARK: Discrepancies
    public var discrepanciesHeading: String
    /// (stations compared, stations differing, threshold in points).
    public var discrepanciesSummary: @Sendable (_ compared: String, _ differing: String, _ points: String) -> String
    public var columnStation: String
    public var columnObservedTurnout: String
    public var columnOfficialTurnout: String
    public var columnDifference: String
    /// (ids).
    public var notInOfficial: @Sendable (_ ids: String) -> String

    // MARK: Data
    /// The heading of the account of what was read and set aside (``DataQuality``).
    public var dataHeading: String

    // MARK: Footer
    public var footerHeading: String
    public var seedCommitment: String
    public var seed: String
    public var frame: String
    /// "(6,537 stations)": (stations).
    public var frameStations: @Sendable (_ stations: String) -> String
    public var sampleInManifest: String
    public var matchesSample: String
    public var doesNotMatchSample: String
    public var drawnBy: String
    /// (version, command).
    public var drawnByText: @Sendable (_ version: String, _ command: String) -> String
    public var noManifest: String
    public var noManifestText: String
    /// "File: sample": (role).
    public var file: @Sendable (_ role: String) -> String
    public var roleSample: String
    public var roleObservations: String
    public var roleOfficial: String
    public var producedBy: String
    public var reproducedBy: String

    // MARK: Charts
    public var chartEstimate: String
    /// (level).
    public var chartInterval: @Sendable (_ level: String) -> String
    public var chartOfficial: String
    public var chartOfficialOutside: String
    /// A standalone chart's source line: (observations file, stations reporting, level).
    public var chartSource: @Sendable (_ file: String, _ stations: String, _ level: String) -> String
    public var sharesTitle: String
    public var nothingToPlot: String

    // MARK: Notes
    public var noAnswers: String
    public var noInterval: String
    public var singleStationStrataShort: String
    public var noVotes: String
    /// The footnote of an estimation note.
    public var note: @Sendable (_ note: EstimationNote) -> String
    /// The footnote of an interval rule (nil: none needed).
    public var ruleNote: @Sendable (_ rule: IntervalRule) -> String?

    // MARK: Other catalogues
    /// The forensics of the official results.
    public var forensics: ForensicsMessages
    /// `sbo estimate`'s tables for people.
    public var table: EstimateTableMessages
    /// What was read and set aside (the data section, `sbo estimate`'s "Data" footnotes).
    public var dataQuality: DataQualityMessages
    /// The election-night section (``ConvergenceChart``, ``ReleaseHint``).
    public var progress: ProgressMessages
    /// `sbo compare`'s table and Markdown.
    public var compare: CompareMessages
}
