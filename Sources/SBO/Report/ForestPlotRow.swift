/// One row of a ``ForestPlot``: an estimate as a dot, its confidence interval as a line, and
/// optionally an official figure as a tick, with the texts printed beside it.
public struct ForestPlotRow: Sendable, Equatable {
    /// The text shown left of the axis ("Ballot stuffing").
    public var label: String
    /// The data's name for the row (the observation column, `turnout`, `votes_x`), written as
    /// the row's `data-name` so that a program can find it in the SVG.
    public var name: String
    /// The estimate as a fraction; nil when there is none (the row says why).
    public var estimate: Double?
    /// The confidence interval; nil when there is none.
    public var interval: ConfidenceInterval?
    /// An official figure to mark on the row, as a fraction.
    public var official: Double?
    /// Why there is no estimate or interval, shown in place of the value ("no answers").
    public var note: String?
    /// The value as printed beside the row: "31.4% (23.1–41.0)", then the official figure,
    /// with as many decimals as it takes to show an official figure outside
    /// (``ReportFormatter/digits(showing:against:minimum:)``).
    public var valueText: String
    /// The value in a panel: "31.4 (23.1–41.0)", percent implied by the axis.
    public var shortValueText: String
    /// The official figure in a panel, printed after ``shortValueText`` in the tick's colour:
    /// " · 27.3"; nil without one.
    public var shortOfficialText: String?
    /// The row's tooltip: the label, the value and whether the official figure is outside.
    public var tooltip: String

    public init(
        label: String, name: String, estimate: Double?, interval: ConfidenceInterval?,
        official: Double? = nil, note: String? = nil, formatter: ReportFormatter = .english
    ) {
        self.label = label
        self.name = name
        self.estimate = estimate
        self.interval = interval
        self.official = official
        self.note = note
        let digits = ReportFormatter.digits(showing: official, against: interval, minimum: 1)
        if let estimate {
            var text = formatter.percent(estimate, digits: digits)
            if interval != nil { text += " (" + formatter.interval(interval, digits: digits) + ")" }
            if let official { text += " · " + formatter.messages.columnOfficial.lowercased() + " " + formatter.percent(official, digits: digits) }
            valueText = text
            shortValueText = formatter.number(estimate, digits: digits)
                + (interval == nil ? "" : " (" + formatter.interval(interval, digits: digits) + ")")
        } else {
            valueText = note ?? formatter.messages.noAnswers
            shortValueText = valueText
        }
        shortOfficialText = official.map { " · " + formatter.number($0, digits: digits) }
        let outside = official.flatMap { o in interval.map { o < $0.lower || o > $0.upper } } ?? false
        tooltip = label + ": " + valueText + (outside ? " — " + formatter.messages.chartOfficialOutside : "")
    }

    /// Whether the official figure lies outside the interval; false without both.
    public var officialIsOutside: Bool {
        guard let official, let interval else { return false }
        return official < interval.lower || official > interval.upper
    }
}
