/// The report people read (`sbo report`): one self-contained XHTML file — inline CSS and
/// SVG, no script, no network — that prints on A4 and reads on a phone.
///
/// Sections, in order:
/// 1. the title and, with turnout, a box with the turnout and its interval (and the official
///    figure, flagged when outside);
/// 2. how the figures were obtained (``ReportMethodology``, every number from the data);
/// 3. the indicators: a forest plot (``ReportCharts``) and a table with each share, its
///    interval "23.1–41.0", its margin, the stations answering and the yes answers;
/// 4. turnout and vote shares: plot and table, with the official figures when given;
/// 5. with domains, one small panel per domain;
/// 6. with official results, the stations whose official turnout differs from the
///    observers' count (``OfficialComparison``);
/// 7. a footer with the input files' SHA-256, the manifest's seed, seed commitment and frame
///    digest, the tool version and the command that reproduces the report.
///
/// The document is polyglot XHTML5: a strict XML parser (Foundation's `XMLParser`) accepts
/// it and browsers read it as HTML. Every text from the data is escaped (``MarkupWriter``);
/// the style sheet holds no `<`, `>` or `&`, so it means the same to both parsers. Nothing
/// depends on the time or the machine: the same inputs give the same bytes.
///
/// Tests: `HTMLReportTests` (well-formedness, hostile names, official flags), and
/// `ReportCommandTests` (every number of the bundled data's report against
/// `sbo estimate --format json`).
public struct HTMLReport: Sendable {
    /// The heading and the document's title.
    public var title: String
    /// The estimates.
    public var estimates: EstimationReport
    /// How they were obtained.
    public var methodology: ReportMethodology
    /// The `--by` column when the estimates have domains.
    public var domainColumn: String?
    /// The official results against the observers, when given.
    public var comparison: OfficialComparison?
    /// The footer's record of inputs and command.
    public var provenance: ReportProvenance
    /// The forensics of the official results (``ForensicsSection``), when given.
    public var forensics: ForensicsAnalysis?

    // Election night (`sbo progress`, `report --watch`): set after init; nil leaves the report as it was.
    /// The convergence chart and release hint, placed after the vote shares.
    public var convergence: ConvergenceChart?
    /// With `--watch`: the page reloads itself every so many seconds (`<meta http-equiv="refresh">`).
    public var reloadSeconds: Int?

    public init(
        title: String, estimates: EstimationReport, methodology: ReportMethodology,
        domainColumn: String?, comparison: OfficialComparison?, provenance: ReportProvenance
    ) {
        self.title = title
        self.estimates = estimates
        self.methodology = methodology
        self.domainColumn = domainColumn
        self.comparison = comparison
        self.provenance = provenance
    }

    /// The title used when none is given.
    public static let defaultTitle = "Election observation: what the observers found"

    /// The style sheet. It contains no `<`, `>` or `&` (`HTMLReportTests` checks), so HTML
    /// and XML parsers read it alike.
    static let styleSheet = """
        *{box-sizing:border-box}
        body{margin:0 auto;max-width:52rem;padding:1.25rem;font:16px/1.5 Georgia,'Times New Roman',serif;color:#1a1a1a;background:#fff}
        h1,h2,h3,figcaption,table,.lede,.glance,footer,.note{font-family:Helvetica,Arial,sans-serif}
        h1{font-size:1.8rem;line-height:1.2;margin:.5rem 0 .25rem}
        h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:2px solid #1e3a6e;padding-bottom:.2rem}
        .lede{color:#4b5563;margin:0 0 1rem}
        .glance{background:#f3f4f6;border-left:4px solid #1e3a6e;padding:.6rem 1rem;margin:1rem 0}
        .glance p{margin:.2rem 0}
        figure{margin:1rem 0;break-inside:avoid;page-break-inside:avoid}
        figure.plot{overflow-x:auto}
        figure svg{width:100%;height:auto;display:block}
        figcaption{font-size:.85rem;color:#4b5563;margin-top:.3rem}
        .panels{display:grid;grid-template-columns:repeat(auto-fill,minmax(19rem,1fr));gap:.25rem 1.5rem}
        .panels figure{margin:.25rem 0}
        .table{overflow-x:auto}
        table{border-collapse:collapse;width:100%;font-size:.9rem;font-variant-numeric:tabular-nums}
        th,td{padding:.3rem .5rem;border-bottom:1px solid #e5e7eb;text-align:left;vertical-align:top}
        th{border-bottom:2px solid #9ca3af;font-weight:600}
        td.number,th.number{text-align:right;white-space:nowrap}
        tr{break-inside:avoid;page-break-inside:avoid}
        code{font-family:Menlo,Consolas,monospace;font-size:.85em;color:#4b5563}
        .outside{color:#c0262d;font-weight:700}
        .note{font-size:.85rem;color:#374151}
        footer{margin-top:2.5rem;border-top:1px solid #d1d5db;font-size:.8rem;color:#374151}
        footer dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
        footer dt{font-weight:600}
        footer dd{margin:0;overflow-wrap:anywhere}
        pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f3f4f6;padding:.5rem;font-size:.8rem}
        @media (max-width:40rem){body{padding:.75rem;font-size:15px}figure.plot svg{min-width:34rem}td code{display:none}footer dl{grid-template-columns:1fr}footer dd{margin-bottom:.4rem}}
        @page{size:A4;margin:15mm 14mm}
        @media print{*{-webkit-print-color-adjust:exact;print-color-adjust:exact}body{max-width:none;padding:0;font-size:10.5pt}h2{break-after:avoid;page-break-after:avoid}.table{overflow:visible}}
        """

    /// The document.
    public var html: String {
        var page = MarkupWriter()
        page.raw("<!DOCTYPE html>\n")
        page.element("html", [("xmlns", "http://www.w3.org/1999/xhtml"), ("lang", "en"), ("xml:lang", "en")]) { page in
            page.newline()
            page.element("head") { head in
                head.empty("meta", [("charset", "UTF-8")])
                head.empty("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
                head.empty("meta", [("name", "generator"), ("content", "sbo " + provenance.toolVersion)])
                head.element("title", text: title)
                if let reloadSeconds { head.empty("meta", [("http-equiv", "refresh"), ("content", String(reloadSeconds))]) }
                head.element("style") { $0.raw("\n" + Self.styleSheet + "\n") }
            }
            page.newline()
            page.element("body") { body in
                body.newline()
                writeHeader(into: &body)
                writeMethodology(into: &body)
                writeIndicators(into: &body)
                writeRatios(into: &body)
                convergence?.writeSection(into: &body)
                writeDomains(into: &body)
                writeDiscrepancies(into: &body)
                if let forensics { body.raw(ForensicsSection(analysis: forensics).html) }
                writeFooter(into: &body)
            }
            page.newline()
        }
        page.newline()
        return page.output
    }

    // MARK: Sections

    private var level: String { ReportNumber.confidence(estimates.confidence) }

    private var officialFigures: [String: Double] {
        var figures: [String: Double] = [:]
        for figure in comparison?.figures ?? [] {
            if let official = figure.official { figures[figure.name] = official }
        }
        return figures
    }

    private func writeHeader(into body: inout MarkupWriter) {
        body.element("header") { header in
            header.element("h1", text: title)
            let reporting = methodology.primariesReporting + methodology.reservesReporting
            header.element(
                "p", [("class", "lede")],
                text: "Statistically based observation: estimates from \(ReportNumber.grouped(reporting)) polling "
                    + "stations drawn at random, with \(level) confidence intervals.")
        }
        body.newline()
        guard let turnout = estimates.ratios.first(where: { $0.name == "turnout" && $0.domain == nil }),
              let estimate = turnout.ratio.estimate
        else { return }
        body.element("div", [("class", "glance")]) { glance in
            glance.element("p") { p in
                p.element("strong", text: "Turnout: \(ReportNumber.percent(estimate))%")
                if let interval = turnout.ratio.interval {
                    p.text(" (\(level) interval \(ReportNumber.interval(interval)), margin \(ReportNumber.points(interval)) points).")
                }
            }
            if let official = officialFigures["turnout"] {
                let row = ForestPlotRow(label: "", name: "turnout", estimate: estimate, interval: turnout.ratio.interval, official: official)
                glance.element("p", row.officialIsOutside ? [("class", "outside")] : []) { p in
                    p.text("Official turnout: \(ReportNumber.percent(official))% — ")
                    p.text(row.officialIsOutside ? "outside the observers' interval." : "inside the observers' interval.")
                }
            }
        }
        body.newline()
    }

    private func writeMethodology(into body: inout MarkupWriter) {
        body.element("section", [("id", "method")]) { section in
            section.element("h2", text: "How these figures were obtained")
            section.element("p", [("class", "methodology")], text: methodology.paragraph)
        }
        body.newline()
    }

    private func writeIndicators(into body: inout MarkupWriter) {
        if estimates.indicators.isEmpty && estimates.ratios.isEmpty {
            body.element("section", [("id", "indicators")]) { section in
                section.element("h2", text: "What observers saw")
                section.element(
                    "p", [("class", "note")],
                    text: "Nothing to estimate: the observations have no yes/no columns and no ballots_cast or votes_* counts.")
            }
            body.newline()
            return
        }
        guard var plot = ReportCharts.nationalPlots(of: estimates, official: officialFigures).indicators else { return }
        plot.title = ""
        body.element("section", [("id", "indicators")]) { section in
            section.element("h2", text: "What observers saw")
            writeFigure(
                plot, caption: "Share of polling stations where each was observed. Dot: estimate; line: \(level) confidence interval.",
                into: &section)
            var notes: [String] = []
            let rows = plot.rows.compactMap { row in estimates.indicators.first { $0.name == row.name && $0.domain == nil } }
            writeTable(
                headers: [("Indicator", false), ("Share of stations", true), ("\(level) interval", true),
                          ("Margin (points)", true), ("Stations answering", true), ("Yes", true), ("Notes", false)],
                rows: rows.map { result in
                    let share = result.share
                    return [
                        .label(ReportCharts.label(for: result.name), result.name),
                        .number(share.estimate.map { ReportNumber.percent($0) + "%" } ?? "–"),
                        .number(ReportNumber.interval(share.interval)),
                        .number(ReportNumber.points(share.interval)),
                        .number(ReportNumber.grouped(share.answering)),
                        .number(ReportNumber.grouped(share.count)),
                        .text(Self.footnotes(share.notes, rule: share.interval?.rule, collecting: &notes)),
                    ]
                },
                into: &section)
            writeNotes(notes, into: &section)
        }
        body.newline()
    }

    private func writeRatios(into body: inout MarkupWriter) {
        let official = officialFigures
        guard var plot = ReportCharts.nationalPlots(of: estimates, official: official).ratios else { return }
        plot.title = ""
        body.element("section", [("id", "turnout")]) { section in
            section.element("h2", text: "Turnout and vote shares")
            var caption = "Dot: observers' estimate; line: \(level) confidence interval."
            if !official.isEmpty {
                caption += " Tick: official figure (red when outside the interval)."
            }
            writeFigure(plot, caption: caption, into: &section)
            var notes: [String] = []
            var headers: [(String, Bool)] = [
                ("Figure", false), ("Observers' estimate", true), ("\(level) interval", true),
                ("Margin (points)", true), ("Stations", true),
            ]
            if comparison != nil { headers += [("Official", true), ("Official within interval", false)] }
            headers.append(("Notes", false))
            let rows = plot.rows.compactMap { row in estimates.ratios.first { $0.name == row.name && $0.domain == nil } }
            writeTable(
                headers: headers,
                rows: rows.map { result in
                    let ratio = result.ratio
                    var cells: [Cell] = [
                        .label(ReportCharts.label(for: result.name), result.name),
                        .number(ratio.estimate.map { ReportNumber.percent($0) + "%" } ?? "–"),
                        .number(ReportNumber.interval(ratio.interval)),
                        .number(ReportNumber.points(ratio.interval)),
                        .number(ReportNumber.grouped(ratio.stations)),
                    ]
                    if let comparison {
                        let figure = comparison.figures.first { $0.name == result.name }
                        cells.append(.number(figure?.official.map { ReportNumber.percent($0) + "%" } ?? "–"))
                        switch figure?.isInside {
                        case true?: cells.append(.text("yes"))
                        case false?:
                            let gap = figure?.gapInStandardErrors.map {
                                ": \(ReportNumber.fixed(abs($0), 1)) SE \($0 > 0 ? "above" : "below")"
                            } ?? ""
                            cells.append(.flagged("no" + gap))
                        case nil: cells.append(.text("–"))
                        }
                    }
                    cells.append(.text(Self.footnotes(ratio.notes, rule: ratio.interval?.rule, collecting: &notes)))
                    return cells
                },
                into: &section)
            writeNotes(notes, into: &section)
            if comparison != nil {
                section.element(
                    "p", [("class", "note")],
                    text: "SE: the observers' standard error. The more standard errors an official figure lies from "
                        + "the observers' estimate, the less sampling error can explain the difference.")
            }
        }
        body.newline()
    }

    private func writeDomains(into body: inout MarkupWriter) {
        let panels = ReportCharts.domainPanels(of: estimates)
        guard !panels.isEmpty else { return }
        let column = domainColumn ?? "domain"
        body.element("section", [("id", "domains")]) { section in
            section.element("h2", text: "By " + column)
            section.element(
                "p", [("class", "note")],
                text: "One panel per value of \(column), rows in the national order above; each domain's "
                    + "interval rests on its own stations only, so it is wider. Hover over a row for its figures.")
            section.element("div", [("class", "panels")]) { grid in
                for panel in panels {
                    grid.newline()
                    grid.element("figure") { figure in figure.raw(panel.inlineSVG) }
                }
            }
        }
        body.newline()
    }

    private func writeDiscrepancies(into body: inout MarkupWriter) {
        guard let comparison else { return }
        body.element("section", [("id", "discrepancies")]) { section in
            section.element("h2", text: "Stations where official and observed turnout differ")
            let points = ReportNumber.trimmed(comparison.threshold * 100, 1)
            section.element(
                "p",
                text: "Of the \(ReportNumber.grouped(comparison.stationsCompared)) observed stations found in the official "
                    + "results, \(ReportNumber.grouped(comparison.discrepancies.count)) have an official turnout more than "
                    + "\(points) points away from the observers' count.")
            if !comparison.discrepancies.isEmpty {
                writeTable(
                    headers: [("Station", false), ("Observed turnout", true), ("Official turnout", true),
                              ("Difference (points)", true)],
                    rows: comparison.discrepancies.map { station in
                        [
                            .text(station.id),
                            .number(ReportNumber.percent(station.observedTurnout) + "%"),
                            .number(ReportNumber.percent(station.officialTurnout) + "%"),
                            .number((station.gap > 0 ? "+" : "") + ReportNumber.fixed(station.gap * 100, 1)),
                        ]
                    },
                    into: &section)
            }
            if !comparison.missingFromOfficial.isEmpty {
                section.element(
                    "p", [("class", "note")],
                    text: "Not in the official results: " + comparison.missingFromOfficial.joined(separator: ", ") + ".")
            }
        }
        body.newline()
    }

    private func writeFooter(into body: inout MarkupWriter) {
        body.element("footer") { footer in
            footer.element("h2", text: "Check and repeat")
            footer.element("dl") { list in
                if let manifest = provenance.manifest {
                    list.element("dt", text: "Seed commitment")
                    list.element("dd") { $0.element("code", text: manifest.commitment) }
                    list.element("dt", text: "Seed")
                    list.element("dd") { $0.element("code", text: manifest.request.seed) }
                    list.element("dt", text: "Frame")
                    list.element("dd") { dd in
                        dd.text("\(manifest.frameFile) (\(ReportNumber.grouped(manifest.frameStations)) stations), SHA-256 ")
                        dd.element("code", text: manifest.frameSHA256)
                    }
                    list.element("dt", text: "Sample in the manifest")
                    list.element("dd") { dd in
                        dd.text(manifest.sampleFile + ", SHA-256 ")
                        dd.element("code", text: manifest.sampleSHA256)
                        switch provenance.sampleMatchesManifest {
                        case true?: dd.text(" (matches the sample file read)")
                        case false?: dd.element("span", [("class", "outside")], text: " (does NOT match the sample file read)")
                        case nil: break
                        }
                    }
                    list.element("dt", text: "Drawn by")
                    list.element("dd", text: "sbo \(manifest.version); check with: sbo verify --frame \(manifest.frameFile) --sample \(manifest.sampleFile)")
                } else {
                    list.element("dt", text: "Sample manifest")
                    list.element("dd", text: "none beside the sample file: the seed and the frame's digest are not recorded here")
                }
                for file in provenance.files {
                    list.element("dt", text: "File: " + file.role)
                    list.element("dd") { dd in
                        dd.text(file.path + ", SHA-256 ")
                        dd.element("code", text: file.sha256)
                    }
                }
                list.element("dt", text: "Produced by")
                list.element("dd", text: "sbo " + provenance.toolVersion)
            }
            footer.element("p", text: "This report is reproduced byte for byte by:")
            footer.element("pre", [("class", "command")], text: provenance.command)
        }
        body.newline()
    }

    // MARK: Building blocks

    /// A table cell.
    private enum Cell {
        case text(String)
        case number(String)
        case flagged(String)
        /// A reader's label with the data's name under it.
        case label(String, String)
    }

    private func writeFigure(_ plot: ForestPlot, caption: String, into markup: inout MarkupWriter) {
        markup.element("figure", [("class", "plot")]) { figure in
            figure.raw(plot.inlineSVG)
            figure.element("figcaption", text: caption)
        }
    }

    /// Writes a table; a last column headed "Notes" is left out when all its cells are empty.
    private func writeTable(headers: [(String, Bool)], rows: [[Cell]], into markup: inout MarkupWriter) {
        var headers = headers
        var rows = rows
        if headers.last?.0 == "Notes", rows.allSatisfy({ if case .text("") = $0.last { true } else { false } }) {
            headers.removeLast()
            rows = rows.map { Array($0.dropLast()) }
        }
        markup.element("div", [("class", "table")]) { wrapper in
            wrapper.element("table") { table in
                table.element("thead") { head in
                    head.element("tr") { tr in
                        for (name, numeric) in headers {
                            tr.element("th", numeric ? [("class", "number"), ("scope", "col")] : [("scope", "col")], text: name)
                        }
                    }
                }
                table.element("tbody") { tbody in
                    for row in rows {
                        tbody.newline()
                        tbody.element("tr") { tr in
                            for cell in row {
                                switch cell {
                                case .text(let text): tr.element("td", text: text)
                                case .number(let text): tr.element("td", [("class", "number")], text: text)
                                case .flagged(let text): tr.element("td", [("class", "outside")], text: text)
                                case let .label(label, name):
                                    tr.element("td") { td in
                                        td.text(label)
                                        if label != name {
                                            td.raw(" ")
                                            td.element("code", text: name)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private func writeNotes(_ notes: [String], into markup: inout MarkupWriter) {
        guard !notes.isEmpty else { return }
        markup.element("ol", [("class", "note")]) { list in
            for note in notes { list.element("li", text: note) }
        }
    }

    /// The footnote numbers ("1, 2") of an estimate's notes, adding new texts to `notes`.
    private static func footnotes(_ estimateNotes: [EstimationNote], rule: IntervalRule?, collecting notes: inout [String]) -> String {
        let texts = (rule?.note.map { [$0] } ?? []) + estimateNotes.map(\.description)
        return texts.map { text in
            if let index = notes.firstIndex(of: text) { return String(index + 1) }
            notes.append(text)
            return String(notes.count)
        }.joined(separator: ", ")
    }
}
