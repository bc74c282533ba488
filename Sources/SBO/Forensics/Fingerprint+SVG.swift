import Foundation

/// The fingerprint drawn as a self-contained SVG (no scripts, fonts or links): one square per
/// non-empty cell, its darkness ∝ log(1 + voters) / log(1 + most voters in a cell), so that
/// both the main blob and small clusters (at 100 % turnout) stay visible. The axes run left to
/// right and bottom to top in every language (`direction="ltr"`, so that a right-to-left page
/// cannot move the text anchors).
extension Fingerprint {
    /// Side of one cell in SVG units.
    private var cell: Double { 400 / Double(bins) }

    /// The SVG element in English, to inline in HTML or write alone.
    public var svg: String { svg(.english) }

    /// The SVG element with the texts and numbers of `formatter`'s language.
    public func svg(_ formatter: ReportFormatter) -> String {
        let m = formatter.messages.forensics
        let leaderLabel = ReportCharts.label(for: leader)
        let left = 52.0, top = 10.0, side = 400.0
        let width = left + side + 12, height = top + side + 40
        let top1 = voters.max() ?? 0
        var w = MarkupWriter()
        let title = m.fingerprintTitle(leaderLabel, domain)
        w.raw("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" direction=\"ltr\" aria-label=\"\(MarkupEscaping.attribute(title))\">")
        w.newline()
        w.element("title", text: title)
        w.newline()
        w.empty("rect", [("x", fmt(left)), ("y", fmt(top)), ("width", fmt(side)), ("height", fmt(side)), ("fill", "#ffffff"), ("stroke", "#888888")])
        w.newline()
        if top1 > 0 {
            let scale = log1p(top1)
            for y in 0..<bins {
                for x in 0..<bins where voters[y * bins + x] > 0 {
                    let level = log1p(voters[y * bins + x]) / scale
                    let shade = Int((235 - 205 * level).rounded())
                    w.empty("rect", [
                        ("x", fmt(left + Double(x) * cell)), ("y", fmt(top + side - Double(y + 1) * cell)),
                        ("width", fmt(cell)), ("height", fmt(cell)),
                        ("fill", "rgb(\(shade),\(shade),\(min(255, shade + 40)))"),
                    ])
                }
            }
            w.newline()
        }
        for percent in stride(from: 0, through: 100, by: 20) {
            let offset = side * Double(percent) / 100
            w.element("text", [("x", fmt(left + offset)), ("y", fmt(top + side + 14)), ("font-size", "11"), ("text-anchor", "middle")], text: formatter.percent(Double(percent) / 100, digits: 0))
            w.element("text", [("x", fmt(left - 4)), ("y", fmt(top + side - offset + 4)), ("font-size", "11"), ("text-anchor", "end")], text: formatter.percent(Double(percent) / 100, digits: 0))
        }
        w.element("text", [("x", fmt(left + side / 2)), ("y", fmt(top + side + 32)), ("font-size", "12"), ("text-anchor", "middle")], text: m.fingerprintTurnoutAxis)
        w.element("text", [("x", "12"), ("y", fmt(top + side / 2)), ("font-size", "12"), ("text-anchor", "middle"), ("transform", "rotate(-90 12 \(fmt(top + side / 2)))")], text: m.fingerprintShareAxis(leaderLabel))
        w.newline()
        w.raw("</svg>")
        return w.output
    }

    private func fmt(_ x: Double) -> String { ReportNumber.trimmed(x, 2) }
}
