/// How the headline figures settled through election night: for each, the estimate and its
/// interval band at every checkpoint of ``ElectionProgress`` against the share of the sample
/// reporting, the planned margin as a reference, and the representativeness verdict at each
/// checkpoint; drawn as SVG, with the release hint (``ReleaseHint``) for the report.
///
/// Geometry of panel k (user units, y downwards), W the width, H a panel's height, left and
/// right the plot's edges, [lo, hi] the panel's value axis:
/// ```
/// x(f)   = left + f / fmax · (right − left)      f the share of the sample reporting
/// y(v)   = top_k + (hi − v) / (hi − lo) · (H − 58) + 30
/// band   <polygon class="band">    (x(f_i), y(U_i)) forwards, then (x(f_i), y(L_i)) backwards
/// line   <polyline class="estimate"> through (x(f_i), y(p̂_i))
/// dot    <circle class="checkpoint" data-verdict=...>  red where the check said "different"
/// plan   <line class="planned-margin"> at y(p̂_last ± E): the band the interval should reach
/// ```
/// fmax is 1, or the largest share when reserves push it above. [lo, hi] covers every band
/// and both reference lines, widened by 5% and clamped to [0, 1], with gridlines at a step of
/// 1, 2, 2.5 or 5 times a power of ten. Presentation attributes only (no CSS, no script), as
/// ``ForestPlot``, so the standalone file looks the same in any viewer. Texts come from
/// ``ProgressMessages`` in the formatter's language; right to left, every x is mirrored,
/// x'(v) = W − x(v), and text anchors swap, as ``ForestPlot`` does.
/// Tests: `ConvergenceChartTests` read the points back; `speaksEveryLanguage`.
public struct ConvergenceChart: SVGChart {
    /// The checkpoints.
    public let progress: ElectionProgress
    /// E, the planned margin (a fraction).
    public let plannedMargin: Double
    /// The language and its numbers (English unless the report sets its own).
    public var formatter: ReportFormatter

    static let width = 760.0
    static let panelHeight = 190.0
    static let left = 64.0
    static let right = 730.0
    static let headerHeight = 62.0

    public init(progress: ElectionProgress, plannedMargin: Double, formatter: ReportFormatter = .english) {
        self.progress = progress
        self.plannedMargin = plannedMargin
        self.formatter = formatter
    }

    private var messages: ProgressMessages { formatter.messages.progress }
    private var mirrored: Bool { formatter.language.isRightToLeft }

    /// x of a position measured from the left edge before mirroring.
    private func flip(_ position: Double) -> Double { mirrored ? Self.width - position : position }

    /// A text anchor, swapped when mirrored.
    private func anchor(_ anchor: String) -> String {
        guard mirrored else { return anchor }
        return anchor == "start" ? "end" : anchor == "end" ? "start" : anchor
    }

    /// The release hint at the latest checkpoint; nil before any report.
    public var releaseHint: ReleaseHint? {
        progress.checkpoints.last.map { ReleaseHint(checkpoint: $0, plannedMargin: plannedMargin) }
    }

    /// The headline figures' names, in panel order (from the latest checkpoint).
    var figureNames: [String] {
        progress.checkpoints.last.map { HeadlineFigure.figures(of: $0.report).map(\.name) } ?? []
    }

    /// The report's section in the report's language: heading, chart, what it shows, and the
    /// release hint.
    public func writeSection(into markup: inout MarkupWriter, _ formatter: ReportFormatter) {
        var chart = self
        chart.formatter = formatter
        markup.element("section", [("id", "election-night")]) { section in
            section.element("h2", text: chart.messages.heading)
            section.element("figure", [("class", "plot")]) { figure in
                figure.raw(chart.inlineSVG)
                figure.element("figcaption", text: chart.caption)
            }
            if let hint = releaseHint {
                section.element("p", [("class", hint.isReady ? "release ready" : "release wait")]) { paragraph in
                    paragraph.element("strong", text: hint.text(formatter))
                }
            }
        }
        markup.newline()
    }

    /// The figure's caption.
    var caption: String {
        messages.caption(
            progress.checkpoints.last.map { formatter.level($0.report.confidence) } ?? "",
            formatter.count(progress.primaryCount), formatter.margin(plannedMargin),
            progress.covariates.isEmpty ? nil : formatter.isolated(progress.covariates.joined(separator: ", ")),
            formatter.level(RepresentativenessTest.level))
    }

    /// One headline figure at every checkpoint: (share reporting, estimate, interval).
    func series(of name: String) -> [(fraction: Double, estimate: Double, interval: ConfidenceInterval?, verdict: RepresentativenessTest.Verdict)] {
        progress.checkpoints.compactMap { checkpoint in
            guard let figure = HeadlineFigure.figures(of: checkpoint.report).first(where: { $0.name == name }),
                  let estimate = figure.estimate else { return nil }
            return (checkpoint.fractionReporting, estimate, figure.interval, checkpoint.representativeness.verdict)
        }
    }

    private var height: Double { Self.headerHeight + Double(figureNames.count) * Self.panelHeight }

    private var largestFraction: Double {
        max(1, progress.checkpoints.map(\.fractionReporting).max() ?? 1)
    }

    private func x(_ fraction: Double) -> Double {
        flip(Self.left + fraction / largestFraction * (Self.right - Self.left))
    }

    public func drawSVG(into markup: inout MarkupWriter, inline: Bool) {
        var attributes: [(String, String)] = [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", "0 0 \(ForestPlot.number(Self.width)) \(ForestPlot.number(height))"),
            ("width", ForestPlot.number(Self.width)), ("height", ForestPlot.number(height)),
            ("class", "convergence-chart"), ("role", "img"), ("direction", "ltr"),
            ("font-family", "Helvetica, Arial, sans-serif"), ("font-size", "12"),
        ]
        if inline { attributes.append(("preserveAspectRatio", "xMinYMin meet")) }
        markup.element("svg", attributes) { markup in
            markup.element("title", text: messages.chartTitle)
            if !inline { markup.empty("rect", [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")]) }
            drawHeader(into: &markup)
            for (index, name) in figureNames.enumerated() {
                drawPanel(name, top: Self.headerHeight + Double(index) * Self.panelHeight, into: &markup)
            }
        }
    }

    private func drawHeader(into markup: inout MarkupWriter) {
        let number = ForestPlot.number
        func text(_ x: Double, _ y: Double, _ content: String, bold: Bool = false) {
            var attributes = [("x", number(flip(x))), ("y", number(y)), ("text-anchor", anchor("start"))]
            attributes += bold ? [("font-weight", "bold"), ("fill", "#1a1a1a")] : [("fill", "#4b5563")]
            markup.element("text", attributes, text: content)
        }
        let check = progress.checkpoints.last?.representativeness
        text(4, 18, messages.latestCheck(check?.verdict ?? .untestable, check?.pValue.map(formatter.pValue) ?? ""), bold: true)
        let level = formatter.level(RepresentativenessTest.level)
        markup.empty("circle", [("cx", number(flip(10))), ("cy", "33"), ("r", "4"), ("fill", "#c0262d")])
        text(20, 37, messages.legendDifferent(level))
        markup.empty("circle", [("cx", number(flip(150))), ("cy", "33"), ("r", "4"), ("fill", "#1e3a6e")])
        text(160, 37, messages.legendSimilar)
        markup.empty("line", [("x1", number(flip(290))), ("x2", number(flip(318))), ("y1", "33"), ("y2", "33"), ("stroke", "#6b7280"), ("stroke-dasharray", "5 4")])
        text(324, 37, messages.legendPlanned(formatter.margin(plannedMargin)))
        text(4, 55, messages.axes)
    }

    private func drawPanel(_ name: String, top: Double, into markup: inout MarkupWriter) {
        let points = series(of: name)
        guard let latest = points.last else { return }
        let reference = [latest.estimate - plannedMargin, latest.estimate + plannedMargin]
        let values = points.flatMap { [$0.estimate, $0.interval?.lower ?? $0.estimate, $0.interval?.upper ?? $0.estimate] } + reference
        let axis = Self.axis(low: values.min()!, high: values.max()!)
        let plotTop = top + 30, plotBottom = top + Self.panelHeight - 28
        func y(_ value: Double) -> Double {
            plotTop + (axis.high - min(max(value, axis.low), axis.high)) / (axis.high - axis.low) * (plotBottom - plotTop)
        }
        let number = ForestPlot.number
        markup.element("g", [("class", "figure"), ("data-name", name)]) { markup in
            markup.element("text", [("x", number(flip(4))), ("y", number(top + 18)), ("text-anchor", anchor("start")),
                                    ("font-weight", "bold"), ("font-size", "13"), ("fill", "#1a1a1a")],
                           text: name == "turnout" ? formatter.messages.turnoutLabel : ReportCharts.label(for: name))
            for tick in axis.ticks {
                markup.empty("line", [("class", "grid"), ("x1", number(flip(Self.left))), ("x2", number(flip(Self.right))),
                                      ("y1", number(y(tick))), ("y2", number(y(tick))), ("stroke", "#e5e7eb")])
                markup.element("text", [("x", number(flip(Self.left - 6))), ("y", number(y(tick) + 4)), ("text-anchor", anchor("end")), ("fill", "#4b5563")],
                               text: formatter.level(tick))
            }
            for percent in stride(from: 0, through: 100, by: 25) {
                let position = number(x(Double(percent) / 100))
                markup.empty("line", [("x1", position), ("x2", position), ("y1", number(plotBottom)), ("y2", number(plotBottom + 4)), ("stroke", "#9ca3af")])
                markup.element("text", [("x", position), ("y", number(plotBottom + 17)), ("text-anchor", "middle"), ("fill", "#4b5563")],
                               text: formatter.level(Double(percent) / 100))
            }
            let banded = points.filter { $0.interval != nil }
            if !banded.isEmpty {
                let upper = banded.map { "\(number(x($0.fraction))),\(number(y($0.interval!.upper)))" }
                let lower = banded.reversed().map { "\(number(x($0.fraction))),\(number(y($0.interval!.lower)))" }
                markup.empty("polygon", [("class", "band"), ("points", (upper + lower).joined(separator: " ")),
                                         ("fill", "#c7d2fe"), ("fill-opacity", "0.7"), ("stroke", "none")])
            }
            for value in reference {
                markup.empty("line", [("class", "planned-margin"), ("data-value", "\(value)"),
                                      ("x1", number(flip(Self.left))), ("x2", number(flip(Self.right))), ("y1", number(y(value))), ("y2", number(y(value))),
                                      ("stroke", "#6b7280"), ("stroke-dasharray", "5 4")])
            }
            markup.empty("polyline", [("class", "estimate"), ("fill", "none"), ("stroke", "#1e3a6e"), ("stroke-width", "2"),
                                      ("points", points.map { "\(number(x($0.fraction))),\(number(y($0.estimate)))" }.joined(separator: " "))])
            for point in points {
                markup.element("circle", [
                    ("class", "checkpoint"), ("data-verdict", point.verdict.rawValue),
                    ("data-fraction", "\(point.fraction)"), ("data-estimate", "\(point.estimate)"),
                    ("cx", number(x(point.fraction))), ("cy", number(y(point.estimate))), ("r", "4"),
                    ("fill", point.verdict == .different ? "#c0262d" : "#1e3a6e"),
                ]) { circle in
                    circle.element("title", text: messages.checkpoint(
                        formatter.percent(point.fraction), formatter.percent(point.estimate), formatter.interval(point.interval),
                        messages.verdict(point.verdict)))
                }
            }
        }
    }

    /// The value axis over [low, high]: widened by 5% of its span (at least half a point),
    /// clamped to [0, 1], with ticks at a round step (1, 2, 2.5 or 5 × 10^k) giving 3–6 ticks.
    static func axis(low: Double, high: Double) -> (low: Double, high: Double, ticks: [Double]) {
        let pad = max((high - low) * 0.05, 0.005)
        let lower = max(0, low - pad), upper = min(1, high + pad)
        let rough = (upper - lower) / 4
        var power = 1.0  // the power of ten at or below the rough step
        while power > rough { power /= 10 }
        while power * 10 <= rough { power *= 10 }
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power
        var ticks: [Double] = []
        var tick = (lower / step).rounded(.up) * step
        while tick <= upper + 1e-12 {
            ticks.append(tick)
            tick += step
        }
        return (lower, upper, ticks)
    }
}
