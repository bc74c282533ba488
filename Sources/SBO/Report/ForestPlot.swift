/// A forest plot: one row per estimate, a dot at the estimate and a horizontal line over its
/// confidence interval, on an axis from 0 to ``axisMaximum`` (100% unless zoomed), as SVG.
///
/// Geometry (user units, y downwards), with a₀ = ``axisStart``, a₁ = ``axisEnd``, m the axis
/// maximum, h the row height and t the height of the title band:
/// ```
/// x(p)       = a₀ + clamp(p, 0, m) / m · (a₁ − a₀)    p a share (0.314 for 31.4%)
/// x'(p)      = W − x(p)                               when mirrored (right to left)
/// y(row i)   = t + (i + ½) · h                         i = 0, 1, ... in the order given
/// estimate   <circle class="estimate" cx=x(p̂) cy=y(i)>
/// interval   <line class="interval" x1=x(max(L, 0)) x2=x(min(U, m))>
/// official   <line class="official" x1=x2=x(o)>       red when o ∉ [L, U]
/// gridline   <line class="grid" data-percent=k x1=x2=x(k/100)>   k from 0 to 100 m
/// ```
/// An interval is drawn clipped to the axis (a Wald interval may reach below 0; a share can
/// not), and so is the printed interval (``ReportFormatter/interval(_:digits:)``).
///
/// Styles: ``Style/full`` (760 wide, the value of each row printed right of the axis),
/// ``Style/compact`` (360 wide for phones: label and value on one line, the interval on the
/// line below, so that no value is lost when the page is narrow) and ``Style/panel`` (360 wide,
/// one line per row with a short value column, for the small multiples of the domains).
///
/// Every `svg` carries `direction="ltr"`: a right-to-left page mirrors the plot explicitly
/// (``mirrored``), so that an inherited CSS direction cannot move the text anchors. The SVG
/// uses presentation attributes only (no CSS, no script, no external font), so that slide and
/// word-processing software that ignores `<style>` shows it as a browser does.
/// Tests: `ForestPlotTests` read every circle and line back and check it lies where its
/// value says on the plot's own axis.
public struct ForestPlot: SVGChart, Equatable {
    /// Full size, phone size or small panel.
    public enum Style: Sendable, Equatable {
        /// Width 760, values printed right of the axis.
        case full
        /// Width 360, two lines per row: label and value, then the interval.
        case compact
        /// Width 360, one line per row, a short value column.
        case panel
    }

    /// The heading drawn above the rows; empty for none.
    public var title: String
    /// A second line under the title (a panel's n and small-n warning); empty for none.
    public var subtitle: String
    /// The rows, drawn top to bottom in this order.
    public var rows: [ForestPlotRow]
    /// Full size, compact or small panel.
    public var style: Style
    /// The domain the rows belong to (nil: national), written as `data-domain`.
    public var domain: String?
    /// The width of the label column (x of 0% on the axis).
    public var labelWidth: Double
    /// The width of the value column right of the axis.
    public var valueWidth: Double
    /// The share at the axis's end: 1 (100%), or less for a zoomed axis.
    public var axisMaximum: Double
    /// Drawn right to left (Arabic): the label column on the right, the axis growing leftwards.
    public var mirrored: Bool
    /// Draws the rows grey (a domain with too few stations to tell).
    public var muted: Bool

    /// A plot of `rows`. `labelWidth` and `valueWidth` nil size the label and value columns
    /// to their longest text; give the same widths to plots whose axes should line up.
    public init(
        title: String, rows: [ForestPlotRow], style: Style = .full, domain: String? = nil,
        labelWidth: Double? = nil, valueWidth: Double? = nil, axisMaximum: Double = 1,
        mirrored: Bool = false, subtitle: String = "", muted: Bool = false
    ) {
        self.title = title
        self.subtitle = subtitle
        self.rows = rows
        self.style = style
        self.domain = domain
        self.axisMaximum = axisMaximum
        self.mirrored = mirrored
        self.muted = muted
        switch style {
        case .full:
            self.labelWidth = labelWidth ?? Self.labelWidth(for: rows.map(\.label), style: style)
            self.valueWidth = valueWidth ?? Self.valueWidth(for: rows.map(\.valueText))
        case .compact:
            self.labelWidth = 18
            self.valueWidth = 8
        case .panel:
            self.labelWidth = labelWidth ?? Self.labelWidth(for: rows.map(\.label), style: style)
            let characters = rows.map { $0.shortValueText.count + ($0.shortOfficialText?.count ?? 0) }.max() ?? 0
            self.valueWidth = valueWidth ?? min(max(Double(characters) * 5.6 + 8, 40), 140)
        }
    }

    // MARK: Geometry

    /// The width of the drawing.
    public var width: Double { style == .full ? 760 : 360 }
    /// The height of one row.
    public var rowHeight: Double {
        switch style {
        case .full: 24
        case .compact: 34
        case .panel: 17
        }
    }
    /// The height of the title band.
    public var titleHeight: Double {
        let base: Double = title.isEmpty ? 6 : (style == .full ? 30 : 24)
        return base + (subtitle.isEmpty ? 0 : 15)
    }
    /// The band under the rows that holds the axis labels.
    public var axisHeight: Double { 26 }
    /// The height of the drawing.
    public var height: Double { titleHeight + Double(rows.count) * rowHeight + axisHeight }
    /// x of 0% (before mirroring).
    public var axisStart: Double { labelWidth }
    /// x of the axis maximum (before mirroring).
    public var axisEnd: Double { width - valueWidth - (style == .full ? 14 : 10) }

    /// The gridlines, in percent: about five, at 1, 2 or 5 times a power of ten.
    public var gridPercents: [Double] {
        let top = axisMaximum * 100
        let step: Double
        if axisMaximum >= 1 {
            step = style == .full ? 10 : 25
        } else {
            step = Self.niceStep(top / 4)
        }
        var values: [Double] = []
        var k = 0.0
        while k <= top + 1e-9 {
            values.append((k * 1000).rounded() / 1000)
            k += step
        }
        return values
    }

    /// The smallest of 1, 2, 5 × 10^k at or above `raw`.
    static func niceStep(_ raw: Double) -> Double {
        var power = 1e-4
        while true {
            for factor in [1.0, 2, 5] where factor * power >= raw - 1e-12 { return factor * power }
            power *= 10
        }
    }

    /// x of a share p (clamped to the axis), mirrored when right to left.
    public func x(_ share: Double) -> Double {
        let unmirrored = axisStart + min(max(share, 0), axisMaximum) / axisMaximum * (axisEnd - axisStart)
        return mirrored ? width - unmirrored : unmirrored
    }

    /// x of a position measured from the left edge before mirroring.
    func flip(_ position: Double) -> Double { mirrored ? width - position : position }

    /// A text anchor, swapped when mirrored.
    func anchor(_ anchor: String) -> String {
        guard mirrored else { return anchor }
        switch anchor {
        case "start": return "end"
        case "end": return "start"
        default: return anchor
        }
    }

    /// y of the centre of row `index`'s interval.
    public func y(row index: Int) -> Double {
        let top = titleHeight + Double(index) * rowHeight
        return style == .compact ? top + 24 : top + rowHeight / 2
    }

    /// The label column's width for these labels: about 6.8 (full) or 6.0 (panel) units per
    /// character, within [90, 260] (full) or [70, 140] (panel).
    static func labelWidth(for labels: [String], style: Style) -> Double {
        let characters = Double(labels.map(\.count).max() ?? 0)
        let perCharacter = style == .full ? 6.8 : 6.0
        let bounds: ClosedRange<Double> = style == .full ? 90...260 : 70...140
        return min(max((characters * perCharacter + 14).rounded(), bounds.lowerBound), bounds.upperBound)
    }

    // MARK: Drawing

    /// The `svg` element (``SVGChart``): alone with its namespace, size and white background,
    /// or inline.
    public func drawSVG(into markup: inout MarkupWriter, inline: Bool) {
        draw(into: &markup, inline: inline)
    }

    /// The inline plot with extra classes on the `svg` (`wide`, `narrow`).
    public func inlineSVG(classes: String) -> String {
        var markup = MarkupWriter()
        draw(into: &markup, inline: true, classes: classes)
        return markup.output
    }

    /// Writes the `svg` element; `origin` places it inside another `svg` (``ReportCharts``).
    func draw(into markup: inout MarkupWriter, inline: Bool, origin: (x: Double, y: Double)? = nil, classes: String = "") {
        let size = "0 0 \(Self.number(width)) \(Self.number(height))"
        var attributes: [(String, String)] = [("xmlns", "http://www.w3.org/2000/svg")]
        if let origin { attributes += [("x", Self.number(origin.x)), ("y", Self.number(origin.y))] }
        attributes += [
            ("viewBox", size),
            ("width", Self.number(width)), ("height", Self.number(height)),
            ("class", "forest-plot" + (classes.isEmpty ? "" : " " + classes)), ("role", "img"),
            ("direction", "ltr"),
            ("font-family", "Helvetica, Arial, 'Noto Sans', 'DejaVu Sans', sans-serif"),
            ("font-size", style == .panel ? "11" : "13"),
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
        let start = flip(4)
        if !title.isEmpty {
            markup.element(
                "text",
                [("x", Self.number(start)), ("y", Self.number((style == .full ? 30 : 24) - 10)), ("font-weight", "bold"),
                 ("font-size", style == .full ? "15" : "12"), ("fill", "#1a1a1a"), ("text-anchor", anchor("start"))],
                text: title)
        }
        if !subtitle.isEmpty {
            markup.element(
                "text",
                [("x", Self.number(start)), ("y", Self.number(titleHeight - 8)), ("font-size", "11"),
                 ("fill", muted ? "#b45309" : "#4b5563"), ("text-anchor", anchor("start")), ("class", "subtitle")],
                text: subtitle)
        }
    }

    private func drawGrid(into markup: inout MarkupWriter) {
        let top = titleHeight
        let bottom = titleHeight + Double(rows.count) * rowHeight
        for (index, _) in rows.enumerated() where index % 2 == 1 {
            let left = flip(0), right = flip(width)
            markup.empty("rect", [
                ("x", Self.number(min(left, right))), ("y", Self.number(top + Double(index) * rowHeight)),
                ("width", Self.number(width)), ("height", Self.number(rowHeight)), ("fill", "#f3f4f6"),
            ])
        }
        let percents = gridPercents
        for (index, percent) in percents.enumerated() {
            let position = Self.number(x(percent / 100))
            let isEdge = index == 0 || index == percents.count - 1
            markup.empty("line", [
                ("class", "grid"), ("data-percent", ReportNumber.trimmed(percent, 3)),
                ("x1", position), ("x2", position), ("y1", Self.number(top)), ("y2", Self.number(bottom + 4)),
                ("stroke", isEdge ? "#9ca3af" : "#d1d5db"), ("stroke-width", "1"),
            ])
            let labelled: Bool
            switch style {
            case .full: labelled = axisMaximum < 1 || index % 2 == 0
            case .compact: labelled = percents.count <= 6 || isEdge
            case .panel: labelled = index % 2 == 0 || isEdge
            }
            if labelled {
                markup.element(
                    "text",
                    [("x", position), ("y", Self.number(bottom + 18)), ("text-anchor", "middle"), ("fill", "#4b5563"),
                     ("font-size", style == .full ? "13" : "11")],
                    text: ReportNumber.trimmed(percent, 3) + "%")
            }
        }
    }

    private func drawRow(_ row: ForestPlotRow, index: Int, into markup: inout MarkupWriter) {
        let centre = y(row: index)
        let textColour = row.officialIsOutside ? "#c0262d" : "#1a1a1a"
        markup.element("g", [("class", "row"), ("data-name", row.name)]) { markup in
            markup.element("title", text: row.tooltip)
            switch style {
            case .full, .panel:
                let baseline = Self.number(centre + (style == .full ? 4.5 : 4))
                markup.element(
                    "text",
                    [("x", Self.number(flip(labelWidth - 8))), ("y", baseline), ("text-anchor", anchor("end")), ("fill", "#1a1a1a")],
                    text: Self.truncated(row.label, toWidth: labelWidth - 12, perCharacter: style == .full ? 6.8 : 6.0))
                markup.element(
                    "text",
                    [("x", Self.number(flip(axisEnd + (style == .full ? 14 : 8)))), ("y", baseline),
                     ("text-anchor", anchor("start")), ("fill", textColour), ("class", "value"),
                     ("font-size", style == .full ? "13" : "10")]
                ) { text in
                    text.text(style == .full ? row.valueText : row.shortValueText)
                    if style == .panel, let official = row.shortOfficialText {
                        text.element("tspan", [("class", "official-value"), ("fill", officialColour(row))], text: official)
                    }
                }
            case .compact:
                let baseline = Self.number(centre - 10)
                let value = row.valueText
                let valueRoom = Double(value.count) * 6.4
                markup.element(
                    "text",
                    [("x", Self.number(flip(4))), ("y", baseline), ("text-anchor", anchor("start")), ("fill", "#1a1a1a")],
                    text: Self.truncated(row.label, toWidth: width - 16 - valueRoom, perCharacter: 6.8))
                markup.element(
                    "text",
                    [("x", Self.number(flip(width - 4))), ("y", baseline), ("text-anchor", anchor("end")),
                     ("fill", textColour), ("class", "value"), ("font-size", "12")],
                    text: value)
            }
            let colour = muted ? "#9ca3af" : "#5b7db8"
            if let interval = row.interval {
                markup.empty("line", [
                    ("class", "interval"), ("x1", Self.number(x(interval.lower))),
                    ("x2", Self.number(x(interval.upper))), ("y1", Self.number(centre)),
                    ("y2", Self.number(centre)), ("stroke", colour),
                    ("stroke-width", style == .panel ? "2.5" : "3"), ("stroke-linecap", "round"),
                ])
            }
            if let official = row.official {
                let position = Self.number(x(official))
                let outside = row.officialIsOutside
                let reach = style == .compact ? 7.0 : rowHeight * 0.38
                markup.empty("line", [
                    ("class", outside ? "official outside" : "official"), ("x1", position), ("x2", position),
                    ("y1", Self.number(centre - reach)), ("y2", Self.number(centre + reach)),
                    ("stroke", officialColour(row)), ("stroke-width", outside ? "3" : "2.5"),
                ])
            }
            if let estimate = row.estimate {
                markup.empty("circle", [
                    ("class", "estimate"), ("cx", Self.number(x(estimate))), ("cy", Self.number(centre)),
                    ("r", style == .panel ? "3.5" : "5"), ("fill", muted ? "#6b7280" : "#1e3a6e"),
                ])
            }
        }
    }

    /// The colour of a row's official tick and figure: red outside the interval, else amber.
    private func officialColour(_ row: ForestPlotRow) -> String {
        row.officialIsOutside ? "#c0262d" : "#d97706"
    }

    /// The value column's width for these texts: about 6.9 units per character at the font
    /// size used plus a gap of 12, within [150, 320].
    static func valueWidth(for texts: [String]) -> Double {
        let characters = Double(texts.map(\.count).max() ?? 0)
        return min(max((characters * 6.9).rounded() + 12, 150), 320)
    }

    /// `label` shortened with "…" to fit about `width` units at `perCharacter` units a character.
    static func truncated(_ label: String, toWidth width: Double, perCharacter: Double) -> String {
        let fits = Int(width / perCharacter)
        guard label.count > fits, fits > 1 else { return label }
        return String(label.prefix(fits - 1)) + "…"
    }

    /// A coordinate with at most two decimals.
    static func number(_ value: Double) -> String {
        ReportNumber.trimmed(value, 2)
    }
}
