import Testing
@testable import SBO

/// Every dot and interval of a forest plot lies where its value says on the plot's own axis.
@Suite struct ForestPlotTests {
    static func interval(_ lower: Double, _ upper: Double) -> ConfidenceInterval {
        ConfidenceInterval(lower: lower, upper: upper, confidence: 0.95, method: .wald, rule: .standard)
    }

    static let rows = [
        ForestPlotRow(label: "Ballot stuffing", name: "ballot_stuffing", estimate: 0.306, interval: interval(0.224, 0.402)),
        ForestPlotRow(label: "Late opening", name: "late_opening", estimate: 0.028, interval: interval(-0.012, 0.068)),
        ForestPlotRow(label: "Equipment ok", name: "equipment_ok", estimate: 0.98, interval: interval(0.929, 1.004)),
        ForestPlotRow(label: "Turnout", name: "turnout", estimate: 0.694, interval: interval(0.679, 0.708), official: 0.764),
        ForestPlotRow(label: "Candidate", name: "votes_a", estimate: 0.5, interval: interval(0.45, 0.55), official: 0.52),
        ForestPlotRow(label: "Nobody answered", name: "empty", estimate: nil, interval: nil, note: "no answers"),
    ]

    @Test(arguments: [ForestPlot.Style.full, .compact, .panel])
    func positionsReadBackMatchTheValues(_ style: ForestPlot.Style) throws {
        let plot = ForestPlot(title: "Shares", rows: Self.rows, style: style)
        let svg = try XMLTree.parse(plot.standaloneSVG)
        #expect(svg.name == "svg")
        #expect(svg.attributes["xmlns"] == "http://www.w3.org/2000/svg")
        let axis = try #require(svg.plotAxis)
        // The gridlines span the axis: 0% at the label column's edge.
        #expect(abs(axis(0) - plot.axisStart) < 0.01 && abs(axis(1) - plot.axisEnd) < 0.01)
        let drawn = svg.plottedRows
        #expect(drawn.map(\.name) == Self.rows.map(\.name))
        func clamped(_ v: Double) -> Double { min(max(v, 0), 1) }
        for (row, plotted) in zip(Self.rows, drawn) {
            if let estimate = row.estimate {
                let cx = try #require(plotted.estimateX)
                #expect(abs(cx - axis(estimate)) < 0.01, "\(row.name): cx \(cx) for \(estimate)")
                #expect(plotted.estimateY == plotted.intervalY)
            } else {
                #expect(plotted.estimateX == nil && plotted.lowerX == nil)
            }
            if let interval = row.interval {
                let x1 = try #require(plotted.lowerX), x2 = try #require(plotted.upperX)
                // Wald bounds past 0 or 1 are drawn at the axis's end.
                #expect(abs(x1 - axis(clamped(interval.lower))) < 0.01, "\(row.name): x1")
                #expect(abs(x2 - axis(clamped(interval.upper))) < 0.01, "\(row.name): x2")
            }
            if let official = row.official {
                #expect(abs(try #require(plotted.officialX) - axis(official)) < 0.01)
            }
            #expect(plotted.officialOutside == row.officialIsOutside)
            #expect(plotted.tooltip.hasPrefix(row.label + ": "))
        }
        // Rows are evenly spaced, top to bottom, in the order given.
        let ys = drawn.compactMap(\.estimateY)
        #expect(ys == ys.sorted())
        #expect(abs(ys[1] - ys[0] - plot.rowHeight) < 0.01)
    }

    @Test func valueTextsAndOfficialFlags() {
        #expect(Self.rows[0].valueText == "30.6% (22.4–40.2)")
        #expect(Self.rows[1].valueText == "2.8% (0.0–6.8)")   // clipped to [0, 100], as drawn
        #expect(Self.rows[3].officialIsOutside)                 // 0.764 > 0.708
        #expect(Self.rows[3].valueText == "69.4% (67.9–70.8) · official 76.4%")
        #expect(Self.rows[3].tooltip == "Turnout: 69.4% (67.9–70.8) · official 76.4% — official, outside the interval")
        #expect(Self.rows[4].tooltip == "Candidate: 50.0% (45.0–55.0) · official 52.0%")
        #expect(!Self.rows[4].officialIsOutside)
        #expect(Self.rows[5].valueText == "no answers")
    }

    @Test func inlineSVGScalesAndHasNoBackground() throws {
        let plot = ForestPlot(title: "", rows: Self.rows)
        let svg = try XMLTree.parse(plot.inlineSVG)
        #expect(svg.attributes["viewBox"] == "0 0 760 \(ForestPlot.number(plot.height))")
        #expect(svg.all("rect").allSatisfy { $0.attributes["width"] != "100%" })
        #expect(svg.all("text").allSatisfy { !$0.textContent.isEmpty })
    }

    @Test func longLabelsAreShortenedToTheirColumn() throws {
        let long = String(repeating: "very long label ", count: 10)
        let plot = ForestPlot(title: "", rows: [ForestPlotRow(label: long, name: "x", estimate: 0.5, interval: nil)], style: .panel)
        #expect(plot.labelWidth == 140)
        let drawn = try #require(XMLTree.parse(plot.inlineSVG).plottedRows.first)
        #expect(drawn.label.hasSuffix("…") && drawn.label.count < long.count)
        #expect(drawn.tooltip.hasPrefix(long))   // the tooltip keeps it whole
    }
}
