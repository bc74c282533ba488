/// A chart drawn as one `svg` element (``ForestPlot``, ``ConvergenceChart``), written the same
/// way alone — a file of its own, with the XML declaration — or inline in the report.
/// Tests: `ForestPlotTests`, `ConvergenceChartTests`.
public protocol SVGChart: Sendable {
    /// Writes the `svg` element: `inline` for an XHTML document (it scales to the page),
    /// else with its own white background.
    func drawSVG(into markup: inout MarkupWriter, inline: Bool)
}

extension SVGChart {
    /// A standalone SVG file: the XML declaration, then the chart.
    public var standaloneSVG: String {
        var markup = MarkupWriter()
        markup.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        drawSVG(into: &markup, inline: false)
        markup.newline()
        return markup.output
    }

    /// The chart as an `svg` element to place in an XHTML document.
    public var inlineSVG: String {
        var markup = MarkupWriter()
        drawSVG(into: &markup, inline: true)
        return markup.output
    }
}
