import SBO

/// `sbo estimate`'s output in its four formats.
///
/// - table (for people) and markdown, in the language of `--language`: a header with the design, a table of indicators
///   (estimate %, interval as its two ends — never ±, intervals are not symmetric —, stations answering, yes answers,
///   design effect) and one of ratios, each row pointing to numbered notes below.
/// - json: the SPEC's document, plus `interval_rule`, `degrees_of_freedom` and `notes` per
///   row, and `design.reserves_sampled`, `design.reserves_reporting`,
///   `design.degrees_of_freedom`, `design.empty_strata`, `ignored_columns`; and
///   `data_quality` (``DataQuality/json``); each indicator has `label`, `polarity`,
///   `bound_low` and `bound_high`.
/// - csv: one row per estimate with the columns `type` (indicator|ratio), `name`, `domain`,
///   `n` (stations answering; for a ratio, stations with both counts), `count` (yes answers;
///   empty for a ratio), `estimate`, `standard_error`, `ci_low`, `ci_high`, `design_effect`
///   (fractions, full precision, empty when undefined), `interval_rule`, then for pasting
///   `percent` (one decimal) and `interval` (`23.1–41.0`), never a "±" (intervals are not
///   symmetric), then `label`, `polarity`, `bound_low`, `bound_high` (indicators; a ratio's label is its name).
struct EstimateRendering {
    let observations: Observations
    let report: EstimationReport
    let domainColumn: String?
    /// The language of the table and Markdown (``EstimateTableMessages``); JSON and CSV are
    /// the same in every language.
    var formatter: ReportFormatter = .english

    func render(_ format: OutputFormat) -> String {
        switch format {
        case .json: return json.serialized(pretty: true) + "\n"
        case .csv: return csv.csv
        case .table, .markdown: return document(markdown: format == .markdown)
        }
    }

    private var design: EstimationDesign { observations.design }
    private var sample: SampleDesign { observations.sample }
    private var reservesReporting: Int {
        observations.sampleRows.filter { sample.stations[$0].role == .reserve }.count
    }

    // MARK: JSON

    private var json: JSONValue {
        .object([
            ("confidence", .number(report.confidence)),
            ("method", .string(EstimateFormatting.methodName(report))),
            ("bootstrap", report.bootstrap.map { b in
                .object([
                    ("replicates", .integer(b.replicates)), ("seed", .string(b.seed)),
                    ("scheme", .string(b.scheme.name)), ("interval", .string(b.interval.rawValue)),
                    ("finite_population_correction", .bool(b.scheme == .raoWuWithFinitePopulationCorrection)),
                    ("single_station_strata", .array(b.singleStationStrata.map(JSONValue.string))),
                ])
            } ?? .null),
            ("design", .object([
                ("strata", .integer(sample.strata.count)),
                ("stations_sampled", .integer(sample.primaryCount)),
                ("stations_reporting", .integer(design.stationCount)),
                ("reserves_sampled", .integer(sample.reserveCount)),
                ("reserves_reporting", .integer(reservesReporting)),
                ("degrees_of_freedom", .integer(design.degreesOfFreedom)),
                ("empty_strata", .array(report.emptyStrata.map(JSONValue.string))),
            ])),
            ("domain_column", domainColumn.map(JSONValue.string) ?? .null),
            ("indicators", .array(report.indicators.map { row in
                let s = row.share
                return .object([
                    ("name", .string(row.name)), ("label", .string(row.label)),
                    ("polarity", .string(row.polarity.rawValue)),
                    ("domain", row.domain.map(JSONValue.string) ?? .null),
                    ("n", .integer(s.answering)), ("count", .integer(s.count)),
                    ("estimate", EstimateFormatting.json(s.estimate)),
                    ("standard_error", EstimateFormatting.json(s.standardError)),
                    ("ci_low", EstimateFormatting.json(s.interval?.lower)),
                    ("ci_high", EstimateFormatting.json(s.interval?.upper)),
                    ("design_effect", EstimateFormatting.json(s.designEffect)),
                    ("bound_low", EstimateFormatting.json(row.bounds?.low)),
                    ("bound_high", EstimateFormatting.json(row.bounds?.high)),
                    ("interval_rule", EstimateFormatting.ruleName(s.interval?.rule).map(JSONValue.string) ?? .null),
                    ("degrees_of_freedom", .integer(s.degreesOfFreedom)),
                    ("notes", .array(notes(s.notes, rule: s.interval?.rule).map(JSONValue.string))),
                ])
            })),
            ("ratios", .array(report.ratios.map { row in
                let r = row.ratio
                return .object([
                    ("name", .string(row.name)), ("domain", row.domain.map(JSONValue.string) ?? .null),
                    ("n", .integer(r.stations)),
                    ("estimate", EstimateFormatting.json(r.estimate)),
                    ("standard_error", EstimateFormatting.json(r.standardError)),
                    ("ci_low", EstimateFormatting.json(r.interval?.lower)),
                    ("ci_high", EstimateFormatting.json(r.interval?.upper)),
                    ("interval_rule", EstimateFormatting.ruleName(r.interval?.rule).map(JSONValue.string) ?? .null),
                    ("degrees_of_freedom", .integer(r.degreesOfFreedom)),
                    ("notes", .array(notes(r.notes, rule: r.interval?.rule).map(JSONValue.string))),
                ])
            })),
            ("ignored_columns", .array(dataQuality.columnsNotUsed.map { column in
                .object([("name", .string(column.column)), ("reason", .string(column.reason))])
            })),
            ("data_quality", dataQuality.json),
        ])
    }

    /// What was read and set aside, with the indicators `--indicators` left out.
    private var dataQuality: DataQuality {
        var estimated: [String] = []
        for row in report.indicators where !estimated.contains(row.name) { estimated.append(row.name) }
        return observations.dataQuality(estimating: estimated)
    }

    /// The notes of one estimate, as text.
    private func notes(_ notes: [EstimationNote], rule: IntervalRule?) -> [String] {
        (rule?.note.map { [$0] } ?? [])
            + notes.map(\.description)
    }

    // MARK: CSV

    private var csv: TextTable {
        var table = TextTable([
            ("type", .left), ("name", .left), ("domain", .left), ("n", .right), ("count", .right),
            ("estimate", .right), ("standard_error", .right), ("ci_low", .right), ("ci_high", .right),
            ("design_effect", .right), ("interval_rule", .left), ("percent", .right),
            ("interval", .right), ("label", .left), ("polarity", .left),
            ("bound_low", .right), ("bound_high", .right),
        ])
        for row in report.indicators {
            let s = row.share
            table.append([
                "indicator", row.name, row.domain ?? "", String(s.answering), String(s.count),
                EstimateFormatting.csv(s.estimate), EstimateFormatting.csv(s.standardError),
                EstimateFormatting.csv(s.interval?.lower), EstimateFormatting.csv(s.interval?.upper),
                EstimateFormatting.csv(s.designEffect), EstimateFormatting.ruleName(s.interval?.rule) ?? "",
                s.estimate == nil ? "" : ReportNumber.percent(s.estimate),
                s.interval == nil ? "" : ReportNumber.interval(s.interval),
                row.label, row.polarity.rawValue, EstimateFormatting.csv(row.bounds?.low),
                EstimateFormatting.csv(row.bounds?.high),
            ])
        }
        for row in report.ratios {
            let r = row.ratio
            table.append([
                "ratio", row.name, row.domain ?? "", String(r.stations), "",
                EstimateFormatting.csv(r.estimate), EstimateFormatting.csv(r.standardError),
                EstimateFormatting.csv(r.interval?.lower), EstimateFormatting.csv(r.interval?.upper),
                "", EstimateFormatting.ruleName(r.interval?.rule) ?? "",
                r.estimate == nil ? "" : ReportNumber.percent(r.estimate),
                r.interval == nil ? "" : ReportNumber.interval(r.interval),
                row.name, "", "", "",
            ])
        }
        return table
    }

    // MARK: Table and Markdown

    private func document(markdown: Bool) -> String {
        let m = formatter.messages.table
        let bullet = markdown ? "- " : ""
        let level = formatter.level(report.confidence)
        var footnotes: [String] = []
        func marks(_ notes: [EstimationNote], rule: IntervalRule?) -> String {
            let texts = (rule.flatMap { formatter.messages.ruleNote($0) }.map { [$0] } ?? [])
                + notes.map { formatter.messages.note($0) }
            return texts.map { text in
                if let index = footnotes.firstIndex(of: text) { return String(index + 1) }
                footnotes.append(text)
                return String(footnotes.count)
            }.joined(separator: ",")
        }
        let byDomain = domainColumn != nil
        func columns(_ first: String, _ rest: [(String, TextTable.Alignment)]) -> [(String, TextTable.Alignment)] {
            [(first, .left)] + (byDomain ? [(domainColumn!, .left)] : []) + rest + [(m.columnNotes, .left)]
        }
        var indicators = TextTable(columns(m.columnIndicator, [
            (m.columnEstimate, .right), (m.columnInterval(level), .right),
            (m.columnAnswered, .right), (m.columnYes, .right), (m.columnDesignEffect, .right), (m.columnWorstCase, .right),
        ]))
        for row in report.indicators {
            let s = row.share
            indicators.append([row.label] + (byDomain ? [row.domain ?? m.allStations] : []) + [
                formatter.percent(s.estimate),
                formatter.interval(s.interval),
                formatter.count(s.answering), formatter.count(s.count), s.designEffect.map { formatter.fixed($0, 2) } ?? "–",
                row.bounds.map { formatter.leftToRight(formatter.number($0.low) + "–" + formatter.number($0.high)) } ?? "–",
                marks(s.notes, rule: s.interval?.rule),
            ])
        }
        var ratios = TextTable(columns(m.columnRatio, [
            (m.columnEstimate, .right), (m.columnInterval(level), .right), (m.columnStations, .right),
        ]))
        for row in report.ratios {
            let r = row.ratio
            ratios.append([row.name] + (byDomain ? [row.domain ?? m.allStations] : []) + [
                formatter.percent(r.estimate),
                formatter.interval(r.interval),
                formatter.count(r.stations), marks(r.notes, rule: r.interval?.rule),
            ])
        }

        var text = markdown ? "## \(m.heading)\n\n" : ""
        text += bullet + m.sample(
            sample.table.source, formatter.count(sample.primaryCount),
            sample.reserveCount > 0 ? formatter.count(sample.reserveCount) : nil, formatter.count(sample.strata.count)) + "\n"
        text += bullet + m.reporting(
            formatter.count(design.stationCount), reservesReporting > 0 ? formatter.count(reservesReporting) : nil,
            observations.table.source) + "\n"
        if let bootstrap = report.bootstrap {
            text += bullet + m.bootstrapIntervals(
                EstimateFormatting.methodName(report), level, formatter.count(bootstrap.replicates), bootstrap.scheme.name,
                bootstrap.seed) + "\n"
        } else {
            text += bullet + m.analyticIntervals(report.method.commandLineName, level, formatter.count(design.degreesOfFreedom)) + "\n"
        }
        if byDomain { text += bullet + m.domains(domainColumn!) + "\n" }
        text += "\n"
        let render = { (table: TextTable) in markdown ? table.markdown : table.plainText }
        if !report.indicators.isEmpty { text += render(indicators) + "\n" }
        if !report.ratios.isEmpty { text += render(ratios) + "\n" }
        if report.indicators.isEmpty && report.ratios.isEmpty {
            text += m.nothingToEstimate + "\n\n"
        }
        text += m.legend + "\n"
        var general: [String] = []
        if let bootstrap = report.bootstrap {
            general.append(m.bootstrapNote(bootstrap.scheme.name, bootstrap.scheme == .raoWuWithFinitePopulationCorrection))
            if !bootstrap.singleStationStrata.isEmpty {
                general.append(m.singleStationStrataNote(bootstrap.singleStationStrata.joined(separator: ", ")))
            }
        }
        if report.ratios.contains(where: { $0.ratio.interval?.method == .logit && $0.ratio.interval?.rule == .standard }) {
            general.append(m.logitRatioNote)
        }
        if !report.emptyStrata.isEmpty {
            general.append(m.emptyStrataNote(report.emptyStrata.joined(separator: ", ")))
        }
        if !footnotes.isEmpty || !general.isEmpty {
            text += "\n" + m.notesHeading + (markdown ? "\n\n" : "\n")
            for (index, note) in footnotes.enumerated() { text += "\(markdown ? "- " : "  ")[\(index + 1)] \(note)\n" }
            for note in general { text += "\(markdown ? "- " : "  ")\(note)\n" }
        }
        text += "\n" + m.dataHeading + (markdown ? "\n\n" : "\n")
        for sentence in dataQuality.sentences(formatter) { text += "\(markdown ? "- " : "  ")\(sentence)\n" }
        return text
    }
}
