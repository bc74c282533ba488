/// The charts of an ``EstimationReport``: a forest plot of the national indicators, one of
/// turnout and vote shares (with official figures marked), and with domains one small panel
/// per domain; and all of them on one standalone SVG sheet (`sbo estimate --format svg`).
///
/// Order: national rows by estimate, largest first (ties by label, rows without an
/// estimate last). Every domain panel keeps the national order, so that a row sits at the
/// same height in every panel and panels can be compared at a glance — the "small
/// multiples" of Tufte, *The Visual Display of Quantitative Information* (1983), ch. 8.
///
/// ```swift
/// let svg = ReportCharts.standaloneSVG(of: report, domainColumn: "region")
/// ```
/// Tests: `ReportChartsTests`.
public enum ReportCharts {
    /// The label a reader sees for a data name: underscores become spaces and the first
    /// letter is capitalised ("ballot_stuffing" → "Ballot stuffing"); a candidate's
    /// `votes_x` column becomes the candidate's name, each word capitalised
    /// ("votes_f_aliyev" → "F Aliyev"); a name that would be empty stays as it is.
    public static func label(for name: String) -> String {
        let isCandidate = name.hasPrefix("votes_") && name.count > 6
        let words = (isCandidate ? name.dropFirst(6) : Substring(name)).split(separator: "_")
        guard !words.isEmpty else { return name }
        func capitalised(_ word: Substring) -> String { word.prefix(1).uppercased() + word.dropFirst() }
        if isCandidate { return words.map(capitalised).joined(separator: " ") }
        return capitalised(words[0]) + words.dropFirst().map { " " + $0 }.joined()
    }

    /// The national plots: the indicators, largest first, and turnout followed by the vote
    /// shares, largest first, each ratio with its official figure (by data name: `turnout`,
    /// `votes_x`) when `official` has one. Both have the same label and value widths, so
    /// their axes line up; each is nil when the report has no such rows. The ratio plot's
    /// title explains the official ticks when there are any.
    public static func nationalPlots(
        of report: EstimationReport, official: [String: Double] = [:]
    ) -> (indicators: ForestPlot?, ratios: ForestPlot?) {
        let indicators = sorted(report.indicators.filter { $0.domain == nil }.map(row))
        let national = report.ratios.filter { $0.domain == nil }
        let ratios = national.filter { $0.name == "turnout" }.map { row($0, official: official) }
            + sorted(national.filter { $0.name != "turnout" }.map { row($0, official: official) })
        let all = indicators + ratios
        let labelWidth = ForestPlot.labelWidth(for: all.map(\.label), style: .full)
        let valueWidth = ForestPlot.valueWidth(for: all.map(\.valueText))
        func plot(_ title: String, _ rows: [ForestPlotRow]) -> ForestPlot? {
            rows.isEmpty ? nil : ForestPlot(title: title, rows: rows, labelWidth: labelWidth, valueWidth: valueWidth)
        }
        let ratioTitle = official.isEmpty
            ? "Turnout and vote shares" : "Turnout and vote shares (tick: official figure, red when outside the interval)"
        return (plot("Share of polling stations", indicators), plot(ratioTitle, ratios))
    }

    /// One small panel per domain (in the report's domain order): the indicators, then
    /// turnout and the vote shares, in the national plots' order, all with the same label
    /// width.
    public static func domainPanels(of report: EstimationReport) -> [ForestPlot] {
        let national = nationalPlots(of: report)
        let indicatorOrder = (national.indicators?.rows ?? []).map(\.name)
        let ratioOrder = (national.ratios?.rows ?? []).map(\.name)
        var domains: [String] = []
        for domain in report.indicators.compactMap(\.domain) + report.ratios.compactMap(\.domain)
        where !domains.contains(domain) {
            domains.append(domain)
        }
        let labels = (indicatorOrder + ratioOrder).map(label(for:))
        let width = ForestPlot.labelWidth(for: labels, style: .panel)
        return domains.map { domain in
            let indicators = indicatorOrder.compactMap { name in
                report.indicators.first { $0.name == name && $0.domain == domain }.map(row)
            }
            let ratios = ratioOrder.compactMap { name in
                report.ratios.first { $0.name == name && $0.domain == domain }.map { row($0, official: [:]) }
            }
            return ForestPlot(
                title: domain, rows: indicators + ratios, style: .panel, domain: domain, labelWidth: width)
        }
    }

    /// Every chart on one SVG sheet, for a press release or a slide: the indicator plot, the
    /// ratio plot, and with domains a heading and the panels two to a line.
    ///
    /// - Parameters:
    ///   - report: the estimates.
    ///   - domainColumn: the `--by` column, named in the panels' heading.
    ///   - official: official figures by data name, marked on the ratio plot.
    ///   - title: a heading for the sheet; empty for none.
    public static func standaloneSVG(
        of report: EstimationReport, domainColumn: String? = nil, official: [String: Double] = [:],
        title: String = ""
    ) -> String {
        let national = nationalPlots(of: report, official: official)
        let plots = [national.indicators, national.ratios].compactMap { $0 }
        let panels = domainPanels(of: report)
        let width = 760.0
        let gap = 20.0
        var markup = MarkupWriter()
        var y = 0.0
        var body = MarkupWriter()
        if !title.isEmpty {
            body.element("text", [("x", "4"), ("y", "24"), ("font-size", "18"), ("font-weight", "bold"), ("fill", "#1a1a1a")], text: title)
            y = 36
        }
        for plot in plots {
            body.newline()
            plot.draw(into: &body, inline: false, origin: (0, y))
            y += plot.height + gap
        }
        if !panels.isEmpty {
            body.newline()
            body.element(
                "text", [("x", "4"), ("y", ForestPlot.number(y + 16)), ("font-size", "15"), ("font-weight", "bold"), ("fill", "#1a1a1a")],
                text: "By " + (domainColumn ?? "domain") + " (same order as above)")
            y += 28
            var column = 0
            var lineHeight = 0.0
            for panel in panels {
                body.newline()
                panel.draw(into: &body, inline: false, origin: (Double(column) * (panel.width + 40), y))
                lineHeight = max(lineHeight, panel.height)
                column += 1
                if column == 2 {
                    y += lineHeight + gap / 2
                    column = 0
                    lineHeight = 0
                }
            }
            y += lineHeight
        }
        if plots.isEmpty && panels.isEmpty {
            body.element("text", [("x", "4"), ("y", "24"), ("fill", "#1a1a1a")], text: "Nothing to plot: no indicators and no turnout or vote counts.")
            y = 40
        }
        let height = ForestPlot.number(max(y, 40))
        markup.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        markup.element("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(ForestPlot.number(width)) \(height)"),
            ("width", ForestPlot.number(width)), ("height", height),
            ("font-family", "Helvetica, Arial, sans-serif"),
        ]) { markup in
            markup.element("title", text: title.isEmpty ? "Estimates with confidence intervals" : title)
            markup.empty("rect", [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")])
            markup.raw(body.output)
            markup.newline()
        }
        markup.newline()
        return markup.output
    }

    /// Rows by estimate, largest first; ties by label; no estimate last.
    static func sorted(_ rows: [ForestPlotRow]) -> [ForestPlotRow] {
        rows.sorted { a, b in
            switch (a.estimate, b.estimate) {
            case let (x?, y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.label.utf8.lexicographicallyPrecedes(b.label.utf8)
            }
        }
    }

    static func row(_ result: IndicatorResult) -> ForestPlotRow {
        ForestPlotRow(
            label: label(for: result.name), name: result.name, estimate: result.share.estimate,
            interval: result.share.interval, note: result.share.notes.first?.shortText)
    }

    static func row(_ result: RatioResult, official: [String: Double]) -> ForestPlotRow {
        ForestPlotRow(
            label: label(for: result.name), name: result.name, estimate: result.ratio.estimate,
            interval: result.ratio.interval, official: official[result.name],
            note: result.ratio.notes.first?.shortText)
    }
}

extension EstimationNote {
    /// A few words for a chart row without an estimate.
    fileprivate var shortText: String {
        switch self {
        case .noAnswers: return "no answers"
        case .degreesOfFreedomNotPositive: return "too few stations for an interval"
        case .singleStationStrata: return "single-station strata"
        case .zeroDenominator: return "no votes counted"
        }
    }
}
