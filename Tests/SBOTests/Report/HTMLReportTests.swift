import Testing
@testable import SBO

/// The report is well-formed XHTML for a strict XML parser, whatever the names in the data,
/// and holds every figure where a reader looks for it.
@Suite struct HTMLReportTests {
    @Test func wellFormedWithHostileNames() throws {
        let (report, _) = try ReportFixture.htmlReport()
        let html = report.html
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\""))
        let document = try XMLTree.parse(html)
        #expect(document.name == "html")
        // The hostile title is text, in <title> and <h1>, not markup.
        #expect(document.all("title").first?.textContent == "Findings " + ReportFixture.hostile)
        #expect(document.all("h1").first?.textContent == "Findings " + ReportFixture.hostile)
        #expect(document.all("script").isEmpty)
        #expect(document.all("b").isEmpty)
        // The hostile column and domain names come back whole.
        let cells = document.all("td").map(\.textContent)
        #expect(cells.contains { $0.hasPrefix(ReportFixture.hostile) })
        let domains = document.all("svg").compactMap { $0.attributes["data-domain"] }
        #expect(domains == [ReportFixture.hostileDomain, "north"])
        #expect(document.all("pre").first?.textContent == "sbo report --title '" + ReportFixture.hostile + "' --out r.html")
        // Nothing that would reach the network or run.
        for element in document.descendants {
            #expect(!["script", "iframe", "object", "embed", "link", "img"].contains(element.name))
            for (name, value) in element.attributes {
                #expect(!name.hasPrefix("on"), "\(element.name) has \(name)")
                #expect(!value.contains("http") || name == "xmlns", "\(element.name) \(name)=\(value)")
            }
        }
    }

    /// The style sheet means the same to an HTML parser (raw text) and an XML parser
    /// (escaped text) only if it contains no markup characters.
    @Test func styleSheetNeedsNoEscaping() throws {
        #expect(!HTMLReport.styleSheet.contains { "<>&".contains($0) })
        let (report, _) = try ReportFixture.htmlReport()
        let style = try #require(XMLTree.parse(report.html).all("style").first)
        #expect(style.textContent.contains(HTMLReport.styleSheet))
        #expect(HTMLReport.styleSheet.contains("@page{size:A4"))
        #expect(HTMLReport.styleSheet.contains("@media (max-width:40rem)"))
        #expect(HTMLReport.styleSheet.contains("@media print"))
    }

    /// Every national estimate and interval appears in its table row, formatted for people.
    @Test func tablesHoldEveryNationalFigure() throws {
        let (report, estimates) = try ReportFixture.htmlReport()
        let document = try XMLTree.parse(report.html)
        let rows = document.all("tr").map { $0.all("td").map(\.textContent) }.filter { !$0.isEmpty }
        for result in estimates.indicators where result.domain == nil {
            let row = try #require(rows.first { $0.first?.hasSuffix(result.name) == true }, "\(result.name)")
            #expect(row[1] == ReportNumber.percent(result.share.estimate) + "%")
            #expect(row[2] == ReportNumber.interval(result.share.interval))
            #expect(row[3] == String(result.share.answering) && row[4] == String(result.share.count))
        }
        for result in estimates.ratios where result.domain == nil {
            let row = try #require(rows.first { $0.first?.hasSuffix(result.name) == true }, "\(result.name)")
            #expect(row[1] == ReportNumber.percent(result.ratio.estimate) + "%")
            #expect(row[2] == ReportNumber.interval(result.ratio.interval))
        }
        // late_opening is 0%: its interval is the Korn–Graubard replacement, footnoted.
        let late = try #require(rows.first { $0.first?.hasSuffix("late_opening") == true })
        #expect(late.last == "1")
        #expect(document.all("ol", class: "note").first?.all("li").first?.textContent.contains("Korn–Graubard") == true)
    }

    /// Official figures: marked on the plot, flagged in the table and the turnout box when
    /// outside; the stations with inflated turnout listed.
    @Test func officialFiguresAndDiscrepancies() throws {
        let (report, _) = try ReportFixture.htmlReport()
        let comparison = try #require(report.comparison)
        let document = try XMLTree.parse(report.html)
        let turnoutFigure = try #require(comparison.figures.first { $0.name == "turnout" })
        // The 20 stations outside the sample have 94% turnout officially: outside.
        #expect(turnoutFigure.isInside == false)
        let outside = turnoutFigure.isInside == false
        let section = try #require(document.all("section").first { $0.attributes["id"] == "turnout" })
        let plot = try #require(section.all("svg").first)
        let axis = try #require(plot.plotAxis)
        let drawn = try #require(plot.plottedRows.first { $0.name == "turnout" })
        #expect(abs(try #require(drawn.officialX) - axis(try #require(turnoutFigure.official))) < 0.01)
        #expect(drawn.officialOutside == outside)
        let flagged = section.all("td", class: "outside").map(\.textContent)
        #expect(flagged.count == comparison.figures.filter { $0.isInside == false }.count)
        #expect(flagged.first?.hasPrefix("no: ") == true)
        let headline = try #require(document.all("ul", class: "headlines").first?.all("li").first { $0.attributes["data-name"] == "turnout" })
        #expect((headline.attributes["class"] == "outside") == outside)

        let discrepancies = try #require(document.all("section").first { $0.attributes["id"] == "discrepancies" })
        let ids = discrepancies.all("tr").compactMap { $0.all("td").first?.textContent }
        #expect(ids == comparison.discrepancies.map(\.id))
        #expect(Set(ids) == ["A3", "A6", "A10"])   // stations 2, 5, 9: turnout inflated to 100%
    }

    @Test func sectionsFollowTheOptions() throws {
        let (plain, _) = try ReportFixture.htmlReport(byRegion: false, official: false)
        let document = try XMLTree.parse(plain.html)
        let sections = document.all("section").compactMap { $0.attributes["id"] }
        #expect(sections == ["summary", "method", "indicators", "turnout"])
        #expect(document.all("th").allSatisfy { !$0.textContent.hasPrefix("Official") })
        let (full, _) = try ReportFixture.htmlReport()
        #expect(try XMLTree.parse(full.html).all("section").compactMap { $0.attributes["id"] }
            == ["summary", "method", "indicators", "turnout", "domains", "discrepancies"])
        // The same inputs give the same bytes.
        #expect(full.html == (try ReportFixture.htmlReport()).0.html)
    }

    @Test func nothingToEstimateSaysSo() throws {
        let (base, _) = try ReportFixture.htmlReport(byRegion: false, official: false)
        var report = base
        report.estimates = EstimationReport(
            design: try ReportFixture.observations().design, indicators: [], ballotsCast: nil,
            registeredVoters: nil, votes: [], domains: nil, confidence: 0.95, method: .wilson)
        let document = try XMLTree.parse(report.html)
        #expect(document.all("svg").isEmpty && document.all("table").isEmpty)
        #expect(document.all("p", class: "note").first?.textContent.hasPrefix("Nothing to estimate") == true)
        #expect(document.all("ul", class: "headlines").isEmpty)
    }

    @Test func footerRecordsTheManifest() throws {
        let (base, _) = try ReportFixture.htmlReport(byRegion: false, official: false)
        var report = base
        let request = SampleRequest(size: 20, seed: "1 2 3 4 5 6", stratifyBy: "region", allocation: .proportional, proportions: nil, ppsColumn: nil, reserves: 1)
        report.provenance.manifest = SampleManifest(
            version: "0.1.0", request: request, frameFile: "frame.csv", frameSHA256: String(repeating: "f", count: 64),
            frameStations: 140, idColumn: "station_id", sizeColumn: "registered_voters", sampleFile: "sample.csv",
            sampleSHA256: String(repeating: "0", count: 64), strata: [])
        let footer = try #require(XMLTree.parse(report.html).all("footer").first)
        let text = footer.textContent
        #expect(text.contains(SampleManifest.commitment(toSeed: "1 2 3 4 5 6")))
        #expect(text.contains(String(repeating: "f", count: 64)))
        // The fixture's sample digest is "abab…", not the manifest's "000…": flagged.
        #expect(report.provenance.sampleMatchesManifest == false)
        #expect(footer.all("span", class: "outside").first?.textContent.contains("does NOT match") == true)
    }
}

/// The codebook's polarity splits the questions: irregularities first, then the conditions
/// that should hold, each with its own plot, sentences and table; the codebook's label is the
/// one a reader sees.
@Suite struct PolaritySectionsTests {
    @Test func conditionsHaveTheirOwnSection() throws {
        var (report, _) = try ReportFixture.htmlReport(byRegion: false, official: false)
        report.estimates = report.estimates.describingIndicators { result in
            result.name == "late_opening"
                ? result.described(label: "Opened on time (codebook)", polarity: .good, bounds: result.bounds)
                : result
        }
        let document = try XMLTree.parse(report.html)
        let sections = document.all("section").compactMap { $0.attributes["id"] }
        #expect(sections == ["summary", "method", "indicators", "conditions", "turnout"])
        let conditions = try #require(document.all("section").first { $0.attributes["id"] == "conditions" })
        #expect(conditions.all("h2").first?.textContent == "Conditions that should hold")
        #expect(conditions.all("g", class: "row").map { $0.attributes["data-name"] } == ["late_opening", "late_opening"])   // wide and narrow
        let sentence = try #require(conditions.all("li").first { $0.attributes["data-name"] == "late_opening" })
        #expect(sentence.textContent.hasPrefix("Opened on time (codebook): at none of "))
        let irregularities = try #require(document.all("section").first { $0.attributes["id"] == "indicators" })
        #expect(!irregularities.all("g", class: "row").contains { $0.attributes["data-name"] == "late_opening" })
    }
}
