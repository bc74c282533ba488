/// One row of a ``ForestPlot``: an estimate as a dot, its confidence interval as a line, and
/// optionally an official figure as a tick.
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

    public init(
        label: String, name: String, estimate: Double?, interval: ConfidenceInterval?,
        official: Double? = nil, note: String? = nil
    ) {
        self.label = label
        self.name = name
        self.estimate = estimate
        self.interval = interval
        self.official = official
        self.note = note
    }

    /// Whether the official figure lies outside the interval; false without both.
    public var officialIsOutside: Bool {
        guard let official, let interval else { return false }
        return official < interval.lower || official > interval.upper
    }

    /// The value as printed beside the row: "31.4% (23.1–41.0)", then the official figure
    /// (the plot draws it red when it is outside the interval).
    public var valueText: String {
        guard let estimate else { return note ?? "no estimate" }
        var text = ReportNumber.percent(estimate) + "%"
        if interval != nil { text += " (" + ReportNumber.interval(interval) + ")" }
        if let official { text += " · official " + ReportNumber.percent(official) + "%" }
        return text
    }

    /// The row's tooltip: the label, the value and whether the official figure is outside.
    public var tooltip: String {
        label + ": " + valueText + (officialIsOutside ? ", outside the interval" : "")
    }
}
