/// A forest plot: one row per estimate, a dot at the estimate and a horizontal line over its
/// confidence interval, on an axis from 0% to 100%, drawn as SVG.
///
/// Geometry (user units, y downwards), with W the width, a₀ = ``axisStart`` and
/// a₁ = ``axisEnd`` the ends of the axis, h the row height and t the height of the title:
/// ```
/// x(p)       = a₀ + clamp(p, 0, 1) · (a₁ − a₀)        p a share (0.314 for 31.4%)
/// y(row i)   = t + (i + ½) · h                         i = 0, 1, ... in the order given
/// estimate   <circle class="estimate" cx=x(p̂) cy=y(i)>
/// interval   <line class="interval" x1=x(L) x2=x(U) y1=y2=y(i)>
/// official   <line class="official" x1=x2=x(o)>       red when o ∉ [L, U]
/// gridline   <line class="grid" data-percent=k x1=x2=x(k/100)>   k = 0, 10, ..., 100
/// ```
/// Each row is a `<g class="row" data-name=...>` with a `<title>` (a tooltip in browsers).
/// A Wald interval may reach below 0 or above 1 (R does not clip it); it is drawn clipped to
/// the axis, and the printed value keeps the true bounds. Rows are drawn in the order given:
/// ``ReportCharts`` sorts them. Coordinates are written with two decimals.
///
/// The SVG uses presentation attributes only (no CSS, no script, no external font), so that
/// slide and word-processing software that ignores `<style>` shows it the same as a browser.
/// Tests: `ForestPlotTests` read every circle and line back and check it lies where its
/// value says on the axis.
public struct ForestPlot: Sendable, Equatable {
    /// Full size (the national plots) or a small panel (one per domain).
    public enum Style: Sendable, Equatable {
        /// Width 760, values printed right of the axis, gridlines every 10%.
        case full
        /// Width 360, no values printed, gridlines every 25%.
        case panel
    }

    /// The heading drawn above the rows; empty for none.
    public var title: String
    /// The rows, drawn top to bottom in this order.
    public var rows: [ForestPlotRow]
    /// Full size or small panel.
    public var style: Style
    /// The domain the rows belong to (nil: national), written as `data-domain`.
    public var domain: String?
    /// The width of the label column (x of 0% on the axis).
    public var labelWidth: Double

    /// The width of the value column right of the axis (0 for a panel, which prints none).
    public var valueWidth: Double

    /// A plot of `rows`. `labelWidth` and `valueWidth` nil size the label and value columns
    /// to their longest text; give the same widths to plots whose axes should line up.
    public init(
        title: String, rows: [ForestPlotRow], style: Style = .full, domain: String? = nil,
        labelWidth: Double? = nil, valueWidth: Double? = nil
    ) {
        self.title = title
        self.rows = rows
        self.style = style
        self.domain = domain
        self.labelWidth = labelWidth ?? Self.labelWidth(for: rows.map(\.label), style: style)
        self.valueWidth = style == .panel ? 0 : (valueWidth ?? Self.valueWidth(for: rows.map(\.valueText)))
    }

    // MARK: Geometry

    /// The width of the drawing.
    public var width: Double { style == .full ? 760 : 360 }
    /// The height of one row.
    public var rowHeight: Double { style == .full ? 24 : 17 }
    /// The height of the title band (0 without a title).
    public var titleHeight: Double { title.isEmpty ? 6 : (style == .full ? 30 : 24) }
    /// The band under the rows that holds the axis labels.
    public var axisHeight: Double { 26 }
    /// The height of the drawing.
    public var height: Double { titleHeight + Double(rows.count) * rowHeight + axisHeight }
    /// x of 0%.
    public var axisStart: Double { labelWidth }
    /// x of 100%.
    public var axisEnd: Double { width - valueWidth - 14 }
    /// The axis's gridlines, in percent.
    public var gridPercents: [Int] { Array(stride(from: 0, through: 100, by: style == .full ? 10 : 25)) }

    /// x of a share p (clamped to [0, 1]).
    public func x(_ share: Double) -> Double {
        axisStart + min(max(share, 0), 1) * (axisEnd - axisStart)
    }

    /// y of the centre of row `index`.
    public func y(row index: Int) -> Double {
        titleHeight + (Double(index) + 0.5) * rowHeight
    }

    /// The label column's width for these labels: about 6.6 units per character at the font
    /// size used, within [90, 260] (full) or [70, 160] (panel).
    static func labelWidth(for labels: [String], style: Style) -> Double {
        let characters = Double(labels.map(\.count).max() ?? 0)
        let perCharacter = style == .full ? 6.8 : 6.0
        let bounds: ClosedRange<Double> = style == .full ? 90...260 : 70...160
        return min(max((characters * perCharacter + 14).rounded(), bounds.lowerBound), bounds.upperBound)
    }

    // MARK: Drawing

    /// A standalone SVG file: XML declaration, the `svg` element with its namespace, size and
    /// white background, and the plot.
    public var standaloneSVG: String {
        var markup = MarkupWriter()
        markup.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        draw(into: &markup, inline: false)
        markup.newline()
        return markup.output
    }

    /// The plot as an `svg` element to place in an XHTML document (it scales to the page).
    public var inlineSVG: String {
        var markup = MarkupWriter()
        draw(into: &markup, inline: true)
        return markup.output
    }

    /// Writes the `svg` element; `origin` places it inside another `svg` (``ReportCharts``).
    func draw(into markup: inout MarkupWriter, inline: Bool, origin: (x: Double, y: Double)? = nil) {
        let size = "0 0 \(Self.number(width)) \(Self.number(height))"
        var attributes: [(String, String)] = [("xmlns", "http://www.w3.org/2000/svg")]
        if let origin { attributes += [("x", Self.number(origin.x)), ("y", Self.number(origin.y))] }
        attributes += [
            ("viewBox", size),
            ("width", Self.number(width)), ("height", Self.number(height)),
            ("class", "forest-plot"), ("role", "img"),
            ("font-family", "Helvetica, Arial, sans-serif"), ("font-size", style == .full ? "13" : "11"),
        ]
        if let domain { attributes.append(("data-domain", domain)) }
        if inline { attributes.append(("preserveAspectRatio", "xMinYMin meet")) }
        markup.element("svg", attributes) { markup in
            markup.element("title", text: title.isEmpty ? "Forest plot" : title)
            if !inline && origin == nil {
                markup.empty("rect", [("width", "100%"), ("height", "100%"), ("fill", "#ffffff")])
            }
            drawTitle(into: &markup)
            drawGrid(into: &markup)
            for (index, row) in rows.enumerated() { drawRow(row, index: index, into: &markup) }
        }
    }

    private func drawTitle(into markup: inout MarkupWriter) {
        guard !title.isEmpty else { return }
        markup.element(
            "text",
            [("x", "4"), ("y", Self.number(titleHeight - 10)), ("font-weight", "bold"),
             ("font-size", style == .full ? "15" : "12"), ("fill", "#1a1a1a")],
            text: title)
    }

    private func drawGrid(into markup: inout MarkupWriter) {
        let top = titleHeight
        let bottom = titleHeight + Double(rows.count) * rowHeight
        for (index, _) in rows.enumerated() where index % 2 == 1 {
            markup.empty("rect", [
                ("x", "0"), ("y", Self.number(y(row: index) - rowHeight / 2)),
                ("width", Self.number(axisEnd + 8)), ("height", Self.number(rowHeight)), ("fill", "#f3f4f6"),
            ])
        }
        let labelled = style == .full ? 20 : 50
        for percent in gridPercents {
            let position = Self.number(x(Double(percent) / 100))
            let isEdge = percent == 0 || percent == 100
            markup.empty("line", [
                ("class", "grid"), ("data-percent", String(percent)),
                ("x1", position), ("x2", position), ("y1", Self.number(top)), ("y2", Self.number(bottom + 4)),
                ("stroke", isEdge ? "#9ca3af" : "#d1d5db"), ("stroke-width", "1"),
            ])
            if percent % labelled == 0 {
                markup.element(
                    "text",
                    [("x", position), ("y", Self.number(bottom + 18)), ("text-anchor", "middle"), ("fill", "#4b5563")],
                    text: "\(percent)%")
            }
        }
    }

    private func drawRow(_ row: ForestPlotRow, index: Int, into markup: inout MarkupWriter) {
        let centre = y(row: index)
        let text = Self.number(centre + (style == .full ? 4.5 : 4))
        markup.element("g", [("class", "row"), ("data-name", row.name)]) { markup in
            markup.element("title", text: row.tooltip)
            markup.element(
                "text",
                [("x", Self.number(labelWidth - 8)), ("y", text), ("text-anchor", "end"), ("fill", "#1a1a1a")],
                text: Self.truncated(row.label, toWidth: labelWidth - 12, style: style))
            if let interval = row.interval {
                markup.empty("line", [
                    ("class", "interval"), ("x1", Self.number(x(interval.lower))),
                    ("x2", Self.number(x(interval.upper))), ("y1", Self.number(centre)),
                    ("y2", Self.number(centre)), ("stroke", "#5b7db8"),
                    ("stroke-width", style == .full ? "3" : "2.5"), ("stroke-linecap", "round"),
                ])
            }
            if let official = row.official {
                let position = Self.number(x(official))
                let outside = row.officialIsOutside
                markup.empty("line", [
                    ("class", outside ? "official outside" : "official"), ("x1", position), ("x2", position),
                    ("y1", Self.number(centre - rowHeight * 0.38)), ("y2", Self.number(centre + rowHeight * 0.38)),
                    ("stroke", outside ? "#c0262d" : "#d97706"), ("stroke-width", outside ? "3" : "2.5"),
                ])
            }
            if let estimate = row.estimate {
                markup.empty("circle", [
                    ("class", "estimate"), ("cx", Self.number(x(estimate))), ("cy", Self.number(centre)),
                    ("r", style == .full ? "5" : "3.5"), ("fill", "#1e3a6e"),
                ])
            }
            if style == .full || row.estimate == nil {
                let start = style == .full ? axisEnd + 14 : axisStart + 4
                markup.element(
                    "text",
                    [("x", Self.number(start)), ("y", text),
                     ("fill", row.officialIsOutside ? "#c0262d" : "#1a1a1a")],
                    text: style == .full ? row.valueText : (row.note ?? "no estimate"))
            }
        }
    }

    /// The value column's width for these texts: about 6.9 units per character at the font
    /// size used plus a gap of 12, within [150, 320].
    static func valueWidth(for texts: [String]) -> Double {
        let characters = Double(texts.map(\.count).max() ?? 0)
        return min(max((characters * 6.9).rounded() + 12, 150), 320)
    }

    /// `label` shortened with "…" to fit about `width` units.
    static func truncated(_ label: String, toWidth width: Double, style: Style) -> String {
        let fits = Int(width / (style == .full ? 6.8 : 6.0))
        guard label.count > fits, fits > 1 else { return label }
        return String(label.prefix(fits - 1)) + "…"
    }

    /// A coordinate with at most two decimals.
    static func number(_ value: Double) -> String {
        ReportNumber.trimmed(value, 2)
    }
}
