/// The report people read (`sbo report`): one self-contained XHTML file — inline CSS and
/// SVG, no script, no network — that reads on a phone without sideways scrolling, prints on
/// A4, and is written in one of the ``ReportLanguage``s.
///
/// Sections, in order (each a `section` with an `id`; a new one is one more call in ``html``):
/// 1. the title and a lede;
/// 2. `summary`: the headline sentences (``ReportHeadline``), and a box that says what a
///    95% interval means;
/// 3. `method`: how the figures were obtained (``ReportMethodology``);
/// 4. `indicators`: the irregularities — plot, one sentence per question, table;
/// 5. `conditions`: the conditions that should hold, likewise (when the codebook names any);
/// 6. `turnout`: turnout and vote shares, small candidates on their own zoomed axis, with the
///    official figures marked and flagged;
/// 7. `domains`: with `--by`, one panel per domain with its numbers, its n, a warning when
///    it has too few stations to tell, and when OFFICIAL.csv has the `--by` column the
///    domain's official figures (``domainOfficialFigures``) as ticks and numbers;
/// 8. `discrepancies`: with official results, the stations whose official turnout differs from
///    the observers' count; `forensics` (``ForensicsSection``); then `data`: what was read and
///    set aside (``DataQuality``);
/// 9. a footer with the input files' SHA-256, the manifest's seed, seed commitment and frame
///    digest, the tool version and the command that reproduces the report.
///
/// Layout: every plot twice, `wide` (760 units, values right of the axis) and `narrow`
/// (360 units, value above the interval), the style sheet showing one by the page's width;
/// tables (``ReportTable``) stack into one card per row below 40rem (each cell labelled by its
/// column through `data-label`). Right-to-left languages set `dir="rtl"` and mirror the plots.
///
/// The document is polyglot XHTML5: a strict XML parser (Foundation's `XMLParser`) accepts
/// it and browsers read it as HTML. Every text from the data is escaped (``MarkupWriter``);
/// the style sheet holds no `<`, `>` or `&`, so it means the same to both parsers. Nothing
/// depends on the time or the machine: the same inputs give the same bytes.
///
/// Tests: `HTMLReportTests`, `ReportCommandTests` (every number of the bundled data's report
/// against `sbo estimate --format json`), and `Tests/Browser/test_report.py` (Chromium at
/// 390, 500 and 1280 px and in print).
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
    /// The official figures of each domain by data name (``OfficialResults/figures(byValueOf:)``),
    /// when OFFICIAL.csv has the `--by` column: ticks and values in the domain panels.
    public var domainOfficialFigures: [String: [String: Double]] = [:]
    /// The forensics of the official results (``ForensicsSection``), when given.
    public var forensics: ForensicsAnalysis?
    /// The language of every text and number.
    public var language: ReportLanguage
    /// What was read and set aside (rows, duplicates, columns not used), when known: the
    /// `data` section, in the words of ``DataQuality/sentences(_:)`` in the report's language.
    public var dataQuality: DataQuality?

    // Election night (`sbo progress`, `report --watch`): set after init; nil leaves the report as it was.
    /// The convergence chart and release hint, placed after the vote shares.
    public var convergence: ConvergenceChart?
    /// With `--watch`: the page reloads itself every so many seconds (`<meta http-equiv="refresh">`).
    public var reloadSeconds: Int?

    public init(
        title: String, estimates: EstimationReport, methodology: ReportMethodology,
        domainColumn: String?, comparison: OfficialComparison?, provenance: ReportProvenance,
        language: ReportLanguage = .english, dataQuality: DataQuality? = nil
    ) {
        self.title = title
        self.estimates = estimates
        self.methodology = methodology
        self.domainColumn = domainColumn
        self.comparison = comparison
        self.provenance = provenance
        self.language = language
        self.dataQuality = dataQuality
    }

    /// The title used when none is given, in English.
    public static let defaultTitle = ReportMessages.english.defaultTitle

    /// The style sheet. It contains no `<`, `>` or `&` (`HTMLReportTests` checks), so HTML
    /// and XML parsers read it alike. Logical properties (`border-inline-start`,
    /// `text-align:end`) mirror by themselves under `dir="rtl"`. In print the forensics'
    /// fingerprint keeps about its own size (62% of the page) rather than the full width: it
    /// saves a third of a page (the French report then prints on 8 A4 pages, not 9).
    static let styleSheet = """
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
        body{margin:0 auto;max-width:52rem;padding:1.25rem;font:16px/1.5 Georgia,'Times New Roman','Noto Serif','DejaVu Serif',serif;color:#1a1a1a;background:#fff;overflow-wrap:break-word}
        h1,h2,h3,figcaption,table,.lede,.headlines,.interval-box,footer,.note,.sentences{font-family:Helvetica,Arial,'Noto Sans','DejaVu Sans',sans-serif}
        h1{font-size:1.8rem;line-height:1.2;margin:.5rem 0 .25rem}
        h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:2px solid #1e3a6e;padding-bottom:.2rem}
        h3{font-size:1rem;margin:1rem 0 .3rem}
        .lede{color:#4b5563;margin:0 0 1rem}
        .headlines{background:#f3f4f6;border-inline-start:4px solid #1e3a6e;padding:.6rem 1rem;padding-inline-start:2rem;margin:1rem 0}
        .headlines li{margin:.25rem 0}
        .interval-box{border:1px solid #d1d5db;padding:.4rem 1rem;margin:1rem 0;font-size:.9rem;break-inside:avoid;page-break-inside:avoid}
        .interval-box h3{margin:.3rem 0}
        .interval-box p{margin:.3rem 0}
        .sentences{font-size:.95rem;padding-inline-start:1.2rem}
        .sentences li{margin:.15rem 0}
        figure{margin:1rem 0;break-inside:avoid;page-break-inside:avoid}
        figure svg{width:100%;height:auto;display:block}
        figure svg.narrow{display:none;max-width:30rem}
        figcaption{font-size:.85rem;color:#4b5563;margin-top:.3rem}
        .panels{display:grid;grid-template-columns:repeat(auto-fill,minmax(18rem,1fr));gap:.25rem 1.5rem}
        .panels figure{margin:.25rem 0}
        table{border-collapse:collapse;width:100%;font-size:.9rem;font-variant-numeric:tabular-nums}
        #forensics svg{max-width:100%;height:auto}
        th,td{padding:.3rem .5rem;border-bottom:1px solid #e5e7eb;text-align:start;vertical-align:top}
        th{border-bottom:2px solid #9ca3af;font-weight:600}
        td.number,th.number{text-align:end;white-space:nowrap}
        td.id{white-space:nowrap}
        tr{break-inside:avoid;page-break-inside:avoid}
        code{font-family:Menlo,Consolas,'DejaVu Sans Mono',monospace;font-size:.85em;color:#4b5563}
        .outside{color:#c0262d;font-weight:700}
        .note{font-size:.85rem;color:#374151}
        footer{margin-top:2.5rem;border-top:1px solid #d1d5db;font-size:.8rem;color:#374151}
        footer dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}
        footer dt{font-weight:600}
        footer dd{margin:0;overflow-wrap:anywhere}
        pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f3f4f6;padding:.5rem;font-size:.8rem;direction:ltr;text-align:left}
        @media (max-width:40rem){body{padding:.75rem;font-size:15px}h1{font-size:1.5rem}figure svg.wide{display:none}figure svg.narrow{display:block}td code{display:none}footer dl{grid-template-columns:1fr}footer dd{margin-bottom:.4rem}table.stack thead{display:none}table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}table.stack tr{border-bottom:2px solid #d1d5db;padding:.3rem 0;display:grid;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));column-gap:1rem}table.stack td{border:0;padding:.1rem 0;display:flex;justify-content:space-between;gap:.5rem;text-align:end;white-space:normal}table.stack td::before{content:attr(data-label);font-weight:600;font-size:.85em;text-align:start;color:#374151}table.stack td.first{grid-column:1/-1}table.stack td.first{font-weight:700;font-size:1rem}table.stack td.first::before{content:none}}
        @page{size:A4;margin:14mm 13mm}
        @media print{*{-webkit-print-color-adjust:exact;print-color-adjust:exact}body{max-width:none;padding:0;font-size:10pt;line-height:1.35}h1{font-size:18pt}h2{font-size:13pt;margin:1.2rem 0 .4rem;break-after:avoid;page-break-after:avoid}figure{margin:.4rem 0}figure svg.wide{display:block;max-width:88%}.headlines{margin:.5rem 0;padding-top:.3rem;padding-bottom:.3rem}.interval-box{font-size:8.5pt;margin:.5rem 0;padding:.2rem .8rem}.methodology{font-size:9pt;margin:.3rem 0}.sentences{font-size:9pt}.lede{margin-bottom:.4rem}figure svg.narrow{display:none}.panels{grid-template-columns:repeat(3,1fr);gap:0 .8rem}table{font-size:8.5pt}th,td{padding:.15rem .4rem}footer{font-size:7.5pt}footer dl{grid-template-columns:max-content 1fr}figure.fingerprint svg{width:62%;margin:0 auto}}
        """

    /// The document.
    public var html: String {
        let formatter = ReportFormatter(language: language)
        return ReportPage.document(
            title: title, language: language, toolVersion: provenance.toolVersion, reloadSeconds: reloadSeconds
        ) { body in
            body.newline()
            writeHeader(into: &body, formatter)
            writeSummary(into: &body, formatter)
            writeMethodology(into: &body, formatter)
            writeIndicators(into: &body, formatter)
            writeRatios(into: &body, formatter)
            convergence?.writeSection(into: &body, formatter)
            writeDomains(into: &body, formatter)
            writeDiscrepancies(into: &body, formatter)
            if let forensics { body.raw(ForensicsSection(analysis: forensics, formatter: formatter).html) }
            writeDataQuality(into: &body, formatter)
            writeFooter(into: &body, formatter)
        }
    }

    // MARK: Sections

    private var officialFigures: [String: Double] {
        var figures: [String: Double] = [:]
        for figure in comparison?.figures ?? [] {
            if let official = figure.official { figures[figure.name] = official }
        }
        return figures
    }

    private func writeHeader(into body: inout MarkupWriter, _ formatter: ReportFormatter) {
        body.element("header") { header in
            header.element("h1", text: title)
            let reporting = methodology.primariesReporting + methodology.reservesReporting
            header.element(
                "p", [("class", "lede")],
                text: formatter.messages.lede(formatter.count(reporting), formatter.level(estimates.confidence)))
        }
        body.newline()
    }

    private func writeSummary(into body: inout MarkupWriter, _ formatter: ReportFormatter) {
        let m = formatter.messages
        let headlines = ReportHeadline.summary(of: estimates, official: officialFigures, formatter: formatter)
        let level = formatter.level(estimates.confidence)
        body.element("section", [("id", "summary")]) { section in
            section.element("h2", text: m.summaryHeading)
            if !headlines.isEmpty {
                section.element("ul", [("class", "headlines")]) { list in
                    for headline in headlines {
                        list.newline()
                        var attributes = [("data-name", headline.name)]
                        if headline.flagged { attributes.append(("class", "outside")) }
                        list.element("li", attributes, text: headline.text)
                    }
                }
            }
            section.element("aside", [("class", "interval-box")]) { box in
                box.element("h3", text: m.intervalBoxHeading(level))
                let outOf = formatter.count(Int((estimates.confidence * 100).rounded()))
                for paragraph in m.intervalBoxText(level, outOf) { box.element("p", text: paragraph) }
            }
        }
        body.newline()
    }

    private func writeMethodology(into body: inout MarkupWriter, _ formatter: ReportFormatter) {
        body.element("section", [("id", "method")]) { section in
            section.element("h2", text: formatter.messages.methodHeading)
            section.element("p", [("class", "methodology")], text: methodology.paragraph(formatter))
        }
        body.newline()
    }

    private func writeIndicators(into body: inout MarkupWriter, _ formatter: ReportFormatter) {
        let m = formatter.messages
        if estimates.indicators.isEmpty && estimates.ratios.isEmpty {
            body.element("section", [("id", "indicators")]) { section in
                section.element("h2", text: m.irregularitiesHeading)
                section.element("p", [("class", "note")], text: m.nothingToEstimate)
            }
            body.newline()
            return
        }
        let wide = ReportCharts.nationalPlots(of: estimates, formatter: formatter)
        let narrow = ReportCharts.nationalPlots(of: estimates, style: .compact, formatter: formatter)
        for (id, heading, plot, compact) in [
            ("indicators", m.irregularitiesHeading, wide.irregularities, narrow.irregularities),
            ("conditions", m.conditionsHeading, wide.conditions, narrow.conditions),
        ] {
            guard let plot, let compact else { continue }
            body.element("section", [("id", id)]) { section in
                section.element("h2", text: heading)
                writeFigure([plot, compact], caption: m.indicatorCaption(formatter.level(estimates.confidence)), into: &section)
                let rows = plot.rows.compactMap { row in estimates.indicators.first { $0.name == row.name && $0.domain == nil } }
                let sentences = rows.compactMap { ReportHeadline.indicator($0, confidence: estimates.confidence, formatter: formatter) }
                if !sentences.isEmpty {
                    section.element("ul", [("class", "sentences")]) { list in
                        for sentence in sentences {
                            list.newline()
                            list.element("li", [("data-name", sentence.name)], text: sentence.text)
                        }
                    }
                }
                var notes: [String] = []
                ReportTable.write(
                    headers: [(m.columnIndicator, false), (m.columnShare, true), (m.columnInterval(formatter.level(estimates.confidence)), true),
                              (m.columnAnswering, true), (m.columnYes, true), (m.columnNotes, false)],
                    rows: rows.map { result in
                        let share = result.share
                        return [
                            .label(result.readerLabel, result.name),
                            .number(formatter.percent(share.estimate)),
                            .number(formatter.interval(share.interval)),
                            .number(formatter.count(share.answering)),
                            .number(formatter.count(share.count)),
                            .text(Self.footnotes(share.notes, rule: share.interval?.rule, formatter, collecting: &notes)),
                        ]
                    },
                    notesColumn: true, into: &section)
                writeNotes(notes, into: &section)
            }
            body.newline()
        }
    }

    private func writeRatios(into body: inout MarkupWriter, _ formatter: ReportFormatter) {
        let m = formatter.messages
        let official = officialFigures
        let wide = ReportCharts.nationalPlots(of: estimates, official: official, formatter: formatter)
        let narrow = ReportCharts.nationalPlots(of: estimates, official: official, style: .compact, formatter: formatter)
        guard let plot = wide.ratios, let compact = narrow.ratios else { return }
        let level = formatter.level(estimates.confidence)
        body.element("section", [("id", "turnout")]) { section in
            section.element("h2", text: m.ratiosHeading)
            let caption = m.ratioCaption(level, !official.isEmpty)
            writeFigure([plot, compact], caption: caption, into: &section)
            if let small = wide.smallCandidates, let smallCompact = narrow.smallCandidates {
                writeFigure([small, smallCompact], caption: caption, into: &section)
            }
            var notes: [String] = []
            var headers: [(String, Bool)] = [
                (m.columnFigure, false), (m.columnEstimate, true), (m.columnInterval(level), true), (m.columnStations, true),
            ]
            if comparison != nil { headers += [(m.columnOfficial, true), (m.columnOfficialInside, false)] }
            headers.append((m.columnNotes, false))
            let names = (plot.rows + (wide.smallCandidates?.rows ?? [])).map(\.name)
            let rows = names.compactMap { name in estimates.ratios.first { $0.name == name && $0.domain == nil } }
            ReportTable.write(
                headers: headers,
                rows: rows.map { result in
                    let ratio = result.ratio
                    let figure = comparison?.figures.first { $0.name == result.name }
                    let digits = ReportFormatter.digits(showing: figure?.official, against: ratio.interval, minimum: 1)
                    var cells: [ReportTable.Cell] = [
                        .label(result.name == "turnout" ? m.turnoutLabel : ReportCharts.label(for: result.name), result.name),
                        .number(formatter.percent(ratio.estimate, digits: digits)),
                        .number(formatter.interval(ratio.interval, digits: digits)),
                        .number(formatter.count(ratio.stations)),
                    ]
                    if comparison != nil {
                        // Judged against this report's interval (bootstrap or t), as the plot marks it.
                        let check = OfficialFigureCheck(name: result.name, official: figure?.official, estimate: ratio)
                        cells.append(.number(formatter.percent(check.official, digits: digits)))
                        switch check.isInside {
                        case true?: cells.append(.text(m.yes))
                        case false?:
                            let text = check.gapInStandardErrors.map {
                                m.outsideBy(formatter.fixed(abs($0), 1), $0 > 0)
                            } ?? m.outside
                            cells.append(.flagged(text))
                        case nil: cells.append(.text("–"))
                        }
                    }
                    cells.append(.text(Self.footnotes(ratio.notes, rule: ratio.interval?.rule, formatter, collecting: &notes)))
                    return cells
                },
                notesColumn: true, into: &section)
            writeNotes(notes, into: &section)
            if comparison != nil {
                section.element("p", [("class", "note")], text: m.standardErrorNote)
            }
        }
        body.newline()
    }

    private func writeDomains(into body: inout MarkupWriter, _ formatter: ReportFormatter) {
        let panels = ReportCharts.domainPanels(of: estimates, official: domainOfficialFigures, formatter: formatter)
        guard !panels.isEmpty else { return }
        let column = domainColumn ?? "domain"
        let m = formatter.messages
        let official = panels.contains { $0.rows.contains { $0.official != nil } }
        body.element("section", [("id", "domains")]) { section in
            section.element("h2", text: m.domainsHeading(column))
            section.element("p", [("class", "note")], text: m.domainsNote(column) + (official ? " " + m.domainsOfficialNote(column) : ""))
            section.element("div", [("class", "panels")]) { grid in
                for panel in panels {
                    grid.newline()
                    grid.element("figure", panel.muted ? [("class", "few")] : []) { figure in figure.raw(panel.inlineSVG) }
                }
            }
        }
        body.newline()
    }

    private func writeDiscrepancies(into body: inout MarkupWriter, _ formatter: ReportFormatter) {
        guard let comparison else { return }
        let m = formatter.messages
        body.element("section", [("id", "discrepancies")]) { section in
            section.element("h2", text: m.discrepanciesHeading)
            section.element(
                "p",
                text: m.discrepanciesSummary(
                    formatter.count(comparison.stationsCompared), formatter.count(comparison.discrepancies.count),
                    formatter.fixed(comparison.threshold * 100, 0)))
            if !comparison.discrepancies.isEmpty {
                ReportTable.write(
                    headers: [(m.columnStation, false), (m.columnObservedTurnout, true), (m.columnOfficialTurnout, true),
                              (m.columnDifference, true)],
                    rows: comparison.discrepancies.map { station in
                        [
                            .identifier(station.id),
                            .number(formatter.percent(station.observedTurnout)),
                            .number(formatter.percent(station.officialTurnout)),
                            .number(formatter.points(station.gap)),
                        ]
                    },
                    into: &section)
            }
            if !comparison.missingFromOfficial.isEmpty {
                section.element("p", [("class", "note")], text: m.notInOfficial(comparison.missingFromOfficial.joined(separator: ", ")))
            }
        }
        body.newline()
    }

    private func writeDataQuality(into body: inout MarkupWriter, _ formatter: ReportFormatter) {
        guard let dataQuality else { return }
        body.element("section", [("id", "data")]) { section in
            section.element("h2", text: formatter.messages.dataHeading)
            section.element("ul", [("class", "note")]) { list in
                for sentence in dataQuality.sentences(formatter) {
                    list.newline()
                    list.element("li", text: sentence)
                }
            }
        }
        body.newline()
    }

    private func writeFooter(into body: inout MarkupWriter, _ formatter: ReportFormatter) {
        let m = formatter.messages
        body.element("footer") { footer in
            footer.element("h2", text: m.footerHeading)
            footer.element("dl") { list in
                if let manifest = provenance.manifest {
                    list.element("dt", text: m.seedCommitment)
                    list.element("dd") { $0.element("code", text: manifest.commitment) }
                    list.element("dt", text: m.seed)
                    list.element("dd") { $0.element("code", text: manifest.request.seed) }
                    list.element("dt", text: m.frame)
                    list.element("dd") { dd in
                        dd.text("\(manifest.frameFile) (\(m.frameStations(formatter.count(manifest.frameStations)))), SHA-256 ")
                        dd.element("code", text: manifest.frameSHA256)
                    }
                    list.element("dt", text: m.sampleInManifest)
                    list.element("dd") { dd in
                        dd.text(manifest.sampleFile + ", SHA-256 ")
                        dd.element("code", text: manifest.sampleSHA256)
                        switch provenance.sampleMatchesManifest {
                        case true?: dd.text(" (\(m.matchesSample))")
                        case false?: dd.element("span", [("class", "outside")], text: " (\(m.doesNotMatchSample))")
                        case nil: break
                        }
                    }
                    list.element("dt", text: m.drawnBy)
                    list.element("dd", text: m.drawnByText(manifest.version, "sbo verify --frame \(manifest.frameFile) --sample \(manifest.sampleFile)"))
                } else {
                    list.element("dt", text: m.noManifest)
                    list.element("dd", text: m.noManifestText)
                }
                for file in provenance.files {
                    list.element("dt", text: m.file(Self.role(file.role, m)))
                    list.element("dd") { dd in
                        dd.text(file.path + ", SHA-256 ")
                        dd.element("code", text: file.sha256)
                    }
                }
                list.element("dt", text: m.producedBy)
                list.element("dd", text: "sbo " + provenance.toolVersion)
            }
            footer.element("p", text: m.reproducedBy)
            footer.element("pre", [("class", "command")], text: provenance.command)
        }
        body.newline()
    }

    /// A file's role ("sample", "observations", "official results") in the language.
    private static func role(_ role: String, _ m: ReportMessages) -> String {
        switch role {
        case "sample": m.roleSample
        case "observations": m.roleObservations
        case "official results": m.roleOfficial
        default: role
        }
    }

    // MARK: Building blocks

    /// A figure holding the wide and the narrow drawing of one plot, the style sheet showing one.
    private func writeFigure(_ plots: [ForestPlot], caption: String, into markup: inout MarkupWriter) {
        markup.element("figure", [("class", "plot")]) { figure in
            for var plot in plots {
                if plot.axisMaximum >= 1 { plot.title = "" }   // the section's heading says it; a zoomed axis keeps its warning
                figure.raw(plot.inlineSVG(classes: plot.style == .compact ? "narrow" : "wide"))
            }
            figure.element("figcaption", text: caption)
        }
    }

    private func writeNotes(_ notes: [String], into markup: inout MarkupWriter) {
        guard !notes.isEmpty else { return }
        markup.element("ol", [("class", "note")]) { list in
            for note in notes { list.element("li", text: note) }
        }
    }

    /// The footnote numbers ("1, 2") of an estimate's notes, adding new texts to `notes`.
    private static func footnotes(
        _ estimateNotes: [EstimationNote], rule: IntervalRule?, _ formatter: ReportFormatter, collecting notes: inout [String]
    ) -> String {
        let m = formatter.messages
        let texts = (rule.flatMap { m.ruleNote($0) }.map { [$0] } ?? []) + estimateNotes.map { m.note($0) }
        return texts.map { text in
            if let index = notes.firstIndex(of: text) { return String(index + 1) }
            notes.append(text)
            return String(notes.count)
        }.joined(separator: ", ")
    }
}
