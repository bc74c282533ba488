import Testing
@testable import SBO

@Suite struct ReportChartsTests {
    @Test func labels() {
        #expect(ReportCharts.label(for: "ballot_stuffing") == "Ballot stuffing")
        #expect(ReportCharts.label(for: "votes_f_aliyev") == "F Aliyev")
        #expect(ReportCharts.label(for: "turnout") == "Turnout")
        #expect(ReportCharts.label(for: "votes_") == "Votes")
        #expect(ReportCharts.label(for: "___") == "___")
        #expect(ReportCharts.label(for: ReportFixture.hostile) == ReportFixture.hostile)
    }

    /// National plots: indicators largest first (a row without an estimate last), turnout
    /// first among the ratios, both with the same axis.
    @Test func nationalPlotsAreSortedAndAligned() throws {
        let (_, estimates) = try ReportFixture.htmlReport()
        let plots = ReportCharts.nationalPlots(of: estimates, official: ["turnout": 0.99])
        let indicators = try #require(plots.irregularities)
        let ratios = try #require(plots.ratios)
        let national = estimates.indicators.filter { $0.domain == nil }
        #expect(Set(indicators.rows.map(\.name)) == Set(national.map(\.name)))
        let values = indicators.rows.compactMap(\.estimate)
        #expect(values == values.sorted(by: >))
        #expect(ratios.rows.map(\.name) == ["turnout", "votes_a", "votes_b"])
        #expect(ratios.rows.first?.official == 0.99)
        #expect(indicators.axisStart == ratios.axisStart && indicators.axisEnd == ratios.axisEnd)
    }

    /// One panel per domain, every panel in the national order, each dot where the domain's
    /// estimate says.
    @Test func domainPanelsKeepTheNationalOrder() throws {
        let (_, estimates) = try ReportFixture.htmlReport()
        let panels = ReportCharts.domainPanels(of: estimates)
        #expect(panels.map(\.domain) == [ReportFixture.hostileDomain, "north"])   // byte order: '<' < 'n'
        let national = ReportCharts.nationalPlots(of: estimates)
        let order = national.all.flatMap { $0.rows.map(\.name) }
        for panel in panels {
            #expect(panel.rows.map(\.name) == order)
            let svg = try XMLTree.parse(panel.inlineSVG)
            #expect(svg.attributes["data-domain"] == panel.domain)
            let axis = try #require(svg.plotAxis)
            for row in svg.plottedRows {
                let expected = estimates.indicators.first { $0.name == row.name && $0.domain == panel.domain }?.share.estimate
                    ?? estimates.ratios.first { $0.name == row.name && $0.domain == panel.domain }?.ratio.estimate
                let value = try #require(expected)
                #expect(abs(try #require(row.estimateX) - axis(value)) < 0.01)
            }
        }
    }

    @Test func standaloneSheetHoldsEveryPlot() throws {
        let (_, estimates) = try ReportFixture.htmlReport()
        let text = ReportCharts.standaloneSVG(of: estimates, domainColumn: "region", title: ReportFixture.hostile, source: "obs.csv", stations: 20)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg"))
        let sheet = try XMLTree.parse(text)
        let plots = sheet.all("svg", class: "forest-plot")
        #expect(plots.count == 2 + 2)
        // It travels alone: a legend and a source line with the stations reporting.
        #expect(sheet.all("g", class: "legend").count == 1)
        #expect(sheet.all("text", class: "source").first?.textContent == "Source: obs.csv, polling stations reporting: 20; 95% confidence intervals.")
        #expect(plots.compactMap { $0.attributes["data-domain"] } == [ReportFixture.hostileDomain, "north"])
        #expect(sheet.children.first { $0.name == "title" }?.textContent == ReportFixture.hostile)
        // Plots do not overlap: each starts below the one before, or beside it.
        let boxes = plots.map { ($0.number("x")!, $0.number("y")!, $0.number("width")!, $0.number("height")!) }
        for (a, b) in zip(boxes, boxes.dropFirst()) {
            #expect(b.1 >= a.1 + a.3 || b.0 >= a.0 + a.2)
        }
        let height = try #require(sheet.number("height"))
        #expect(boxes.allSatisfy { $0.1 + $0.3 <= height })
    }
}
