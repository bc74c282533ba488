/// The charts of an ``EstimationReport``: forest plots of the national irregularities, of the
/// conditions that should hold, of turnout and the leading candidates, of the small
/// candidates on a zoomed axis (with official figures marked), with domains one small panel
/// per domain; and all of them on one standalone SVG sheet (`sbo estimate --format svg`).
///
/// Order: national rows by estimate, largest first (ties by label, rows without an
/// estimate last). Every domain panel keeps the national order, so that a row sits at the
/// same height in every panel and panels can be compared at a glance — the "small
/// multiples" of Tufte, *The Visual Display of Quantitative Information* (1983), ch. 8.
///
/// Vote shares of small candidates (interval, estimate and official figure all under
/// ``smallShare``) get their own plot with the axis zoomed to
/// ``ForestPlot/niceStep(_:)``-rounded maximum, titled with its scale, so that a 0.7% share's
/// interval is visible and no one mistakes the zoomed axis for 0–100%.
///
/// ```swift
/// let svg = ReportCharts.standaloneSVG(of: report, domainColumn: "region")
/// ```
/// Tests: `ReportChartsTests`.
public enum ReportCharts {
    /// A candidate whose estimate, interval and official figure are all below this share is
    /// drawn on the zoomed axis.
    public static let smallShare = 0.15
    /// A domain with fewer reporting stations than this is drawn grey and says it is too few.
    public static let fewStations = 10

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

    /// The national plots of a report; each nil when it would have no rows.
    public struct NationalPlots: Sendable {
        /// Irregularities, largest first.
        public var irregularities: ForestPlot?
        /// Conditions that should hold, largest first.
        public var conditions: ForestPlot?
        /// Turnout, then the candidates not on the zoomed axis, largest first.
        public var ratios: ForestPlot?
        /// The small candidates on a zoomed axis, largest first.
        public var smallCandidates: ForestPlot?

        /// The plots that exist, in the report's order.
        public var all: [ForestPlot] { [irregularities, conditions, ratios, smallCandidates].compactMap { $0 } }
    }

    /// The national plots in `style` (``ForestPlot/Style/full`` or ``ForestPlot/Style/compact``),
    /// each ratio with its official figure (by data name: `turnout`, `votes_x`) when `official`
    /// has one. The full plots share their label and value widths, so their axes line up.
    public static func nationalPlots(
        of report: EstimationReport, official: [String: Double] = [:], style: ForestPlot.Style = .full,
        formatter: ReportFormatter = .english
    ) -> NationalPlots {
        let mirrored = formatter.language.isRightToLeft
        let national = report.indicators.filter { $0.domain == nil }
        let irregularities = sorted(national.filter { !$0.isCondition }.map { row($0, formatter) })
        let conditions = sorted(national.filter(\.isCondition).map { row($0, formatter) })
        let ratios = report.ratios.filter { $0.domain == nil }
        let turnout = ratios.filter { $0.name == "turnout" }.map { row($0, official: official, formatter) }
        let candidates = sorted(ratios.filter { $0.name != "turnout" }.map { row($0, official: official, formatter) })
        var small = candidates.filter(isSmall)
        var leading = turnout + candidates.filter { !isSmall($0) }
        if leading.isEmpty || small.isEmpty {
            leading += small
            small = []
        }
        let all = irregularities + conditions + leading + small
        let labelWidth = ForestPlot.labelWidth(for: all.map(\.label), style: style)
        let valueWidth = ForestPlot.valueWidth(for: all.map(\.valueText))
        func plot(_ title: String, _ rows: [ForestPlotRow], axisMaximum: Double = 1) -> ForestPlot? {
            rows.isEmpty ? nil : ForestPlot(
                title: title, rows: rows, style: style, labelWidth: labelWidth, valueWidth: valueWidth,
                axisMaximum: axisMaximum, mirrored: mirrored)
        }
        let m = formatter.messages
        let top = small.flatMap { [$0.estimate, $0.interval?.upper, $0.official].compactMap { $0 } }.max() ?? 1
        let step = ForestPlot.niceStep(top / 4)
        let axisMaximum = min(((top / step).rounded(.up) * step), 1)
        return NationalPlots(
            irregularities: plot(m.irregularitiesHeading, irregularities),
            conditions: plot(m.conditionsHeading, conditions),
            ratios: plot(small.isEmpty ? m.ratiosHeading : m.leadingCandidatesTitle, leading),
            smallCandidates: plot(
                m.smallCandidatesTitle(formatter.level(axisMaximum)),
                small, axisMaximum: axisMaximum))
    }

    private static func isSmall(_ row: ForestPlotRow) -> Bool {
        [row.estimate, row.interval?.upper, row.official].compactMap { $0 }.allSatisfy { $0 < smallShare }
            && row.estimate != nil
    }

    /// One small panel per domain (in the report's domain order): the indicators, then
    /// turnout and the vote shares, in the national plots' order, all with the same label
    /// width; each titled with its domain, its reporting stations n, and when n is below
    /// ``fewStations`` a warning, its rows grey. `official` holds the official figures of each
    /// domain by data name (``OfficialResults/figures(byValueOf:)``), marked as in the national
    /// plot, their value printed after the interval.
    public static func domainPanels(
        of report: EstimationReport, official: [String: [String: Double]] = [:], formatter: ReportFormatter = .english
    ) -> [ForestPlot] {
        let national = nationalPlots(of: report, formatter: formatter)
        let order = national.all.flatMap { $0.rows.map(\.name) }
        var domains: [String] = []
        for domain in report.indicators.compactMap(\.domain) + report.ratios.compactMap(\.domain)
        where !domains.contains(domain) {
            domains.append(domain)
        }
        let labels = national.all.flatMap { $0.rows.map(\.label) }
        let width = ForestPlot.labelWidth(for: labels, style: .panel)
        return domains.map { domain in
            let indicators = report.indicators.filter { $0.domain == domain }
            let ratios = report.ratios.filter { $0.domain == domain }
            let rows: [ForestPlotRow] = order.compactMap { name in
                if let result = indicators.first(where: { $0.name == name }) { return row(result, formatter) }
                return ratios.first { $0.name == name }.map { row($0, official: official[domain] ?? [:], formatter) }
            }
            let stations = max(
                indicators.map(\.share.reporting).max() ?? 0, ratios.map(\.ratio.stations).max() ?? 0)
            let few = stations < fewStations
            let m = formatter.messages
            let subtitle = m.domainStations(formatter.count(stations)) + (few ? " · " + m.domainTooFew(formatter.count(stations)) : "")
            return ForestPlot(
                title: domain, rows: rows, style: .panel, domain: domain, labelWidth: width,
                mirrored: formatter.language.isRightToLeft, subtitle: subtitle, muted: few)
        }
    }

    /// Every chart on one SVG sheet that travels alone (a slide, a press release): a title, a
    /// legend, the plots, with domains a heading and the panels two to a line, and a source
    /// line naming the observations file and the stations reporting. It holds no date, so the
    /// same data give the same file.
    ///
    /// - Parameters:
    ///   - report: the estimates.
    ///   - domainColumn: the `--by` column, named in the panels' heading.
    ///   - official: official figures by data name, marked on the ratio plots.
    ///   - title: a heading for the sheet; empty for the language's default.
    ///   - source: the observations file as named in the source line.
    ///   - stations: the stations reporting.
    public static func standaloneSVG(
        of report: EstimationReport, domainColumn: String? = nil, official: [String: Double] = [:],
        title: String = "", source: String = "", stations: Int? = nil, formatter: ReportFormatter = .english
    ) -> String {
        let m = formatter.messages
        let plots = nationalPlots(of: report, official: official, formatter: formatter).all
        let panels = domainPanels(of: report, formatter: formatter)
        let width = 760.0
        let gap = 20.0
        let heading = title.isEmpty ? m.defaultTitle : title
        let level = formatter.level(report.confidence)
        var body = MarkupWriter()
        body.element("text", [("x", "4"), ("y", "24"), ("font-size", "18"), ("font-weight", "bold"), ("fill", "#1a1a1a"), ("class", "sheet-title")], text: heading)
        var y = 36.0
        drawLegend(into: &body, y: y + 10, official: !official.isEmpty, formatter: formatter, level: level)
        y += 28
        for plot in plots {
            body.newline()
            plot.draw(into: &body, inline: false, origin: (0, y))
            y += plot.height + gap
        }
        if !panels.isEmpty {
            body.newline()
            body.element(
                "text", [("x", "4"), ("y", ForestPlot.number(y + 16)), ("font-size", "15"), ("font-weight", "bold"), ("fill", "#1a1a1a")],
                text: m.domainsHeading(domainColumn ?? "domain"))
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
            body.element("text", [("x", "4"), ("y", ForestPlot.number(y + 16)), ("fill", "#1a1a1a")], text: m.nothingToPlot)
            y += 24
        }
        let n = stations ?? report.indicators.filter { $0.domain == nil }.map(\.share.reporting).max() ?? 0
        body.newline()
        body.element(
            "text", [("x", "4"), ("y", ForestPlot.number(y + 14)), ("font-size", "11"), ("fill", "#4b5563"), ("class", "source")],
            text: m.chartSource(source.isEmpty ? "sbo" : source, formatter.count(n), level))
        y += 24
        let height = ForestPlot.number(y)
        var markup = MarkupWriter()
        markup.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        markup.element("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(ForestPlot.number(width)) \(height)"),
            ("width", ForestPlot.number(width)), ("height", height), ("direction", "ltr"),
            ("font-family", "Helvetica, Arial, 'Noto Sans', 'DejaVu Sans', sans-serif"),
        ]) { markup in
            markup.element("title", text: heading)
            markup.empty("rect", [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")])
            markup.raw(body.output)
            markup.newline()
        }
        markup.newline()
        return markup.output
    }

    /// The legend: a dot (estimate), a line (interval) and, with official figures, a tick.
    private static func drawLegend(into body: inout MarkupWriter, y: Double, official: Bool, formatter: ReportFormatter, level: String) {
        let m = formatter.messages
        let line = ForestPlot.number(y)
        let text = ForestPlot.number(y + 4)
        body.element("g", [("class", "legend"), ("font-size", "12"), ("fill", "#1a1a1a")]) { g in
            g.empty("circle", [("cx", "10"), ("cy", line), ("r", "5"), ("fill", "#1e3a6e")])
            g.element("text", [("x", "20"), ("y", text)], text: m.chartEstimate)
            g.empty("line", [("x1", "130"), ("x2", "160"), ("y1", line), ("y2", line), ("stroke", "#5b7db8"), ("stroke-width", "3"), ("stroke-linecap", "round")])
            g.element("text", [("x", "168"), ("y", text)], text: m.chartInterval(level))
            if official {
                g.empty("line", [("x1", "330"), ("x2", "330"), ("y1", ForestPlot.number(y - 7)), ("y2", ForestPlot.number(y + 7)), ("stroke", "#d97706"), ("stroke-width", "2.5")])
                g.element("text", [("x", "338"), ("y", text)], text: m.chartOfficial)
                g.empty("line", [("x1", "500"), ("x2", "500"), ("y1", ForestPlot.number(y - 7)), ("y2", ForestPlot.number(y + 7)), ("stroke", "#c0262d"), ("stroke-width", "3")])
                g.element("text", [("x", "508"), ("y", text)], text: m.chartOfficialOutside)
            }
        }
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

    static func row(_ result: IndicatorResult, _ formatter: ReportFormatter) -> ForestPlotRow {
        ForestPlotRow(
            label: result.readerLabel, name: result.name, estimate: result.share.estimate,
            interval: result.share.interval, note: result.share.notes.first.map { shortText($0, formatter) },
            formatter: formatter)
    }

    static func row(_ result: RatioResult, official: [String: Double], _ formatter: ReportFormatter) -> ForestPlotRow {
        ForestPlotRow(
            label: result.name == "turnout" ? formatter.messages.turnoutLabel : label(for: result.name),
            name: result.name, estimate: result.ratio.estimate,
            interval: result.ratio.interval, official: official[result.name],
            note: result.ratio.notes.first.map { shortText($0, formatter) }, formatter: formatter)
    }

    /// A few words for a chart row without an estimate.
    static func shortText(_ note: EstimationNote, _ formatter: ReportFormatter) -> String {
        let m = formatter.messages
        switch note {
        case .noAnswers: return m.noAnswers
        case .degreesOfFreedomNotPositive: return m.noInterval
        case .singleStationStrata: return m.singleStationStrataShort
        case .zeroDenominator: return m.noVotes
        }
    }
}
