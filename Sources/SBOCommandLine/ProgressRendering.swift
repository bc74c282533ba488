import SBO

/// `sbo progress`'s output in its four formats.
///
/// - json: the SPEC's document (`time_column`, `checkpoints` with `time`,
///   `stations_reporting`, `fraction_reporting`, `indicators` and `ratios` each `name`,
///   `estimate`, `ci_low`, `ci_high`, and `representativeness` with `p_value`, `verdict`,
///   `covariates`), plus `confidence`, `method`, `stations_sampled`, `permutations`, `level`,
///   `release` (`planned_margin`, `planned_margin_source`, `ready`, `text`) for the last
///   checkpoint, and `data_quality` of the whole of OBS.csv (``DataQuality/json``).
/// - csv: one row per checkpoint and estimate: `time`, `stations_reporting`,
///   `fraction_reporting`, `type` (indicator|ratio), `name`, `estimate`, `ci_low`, `ci_high`,
///   `p_value`, `verdict` (fractions, full precision, empty when undefined).
/// - table and markdown: the checkpoints with the check (overall and per column), the
///   estimates with their intervals at each checkpoint, the release hint, and under "Data:"
///   what was read from OBS.csv and what was not used, in the formatter's language
///   (``ProgressMessages``; `--language`).
struct ProgressRendering {
    let progress: ElectionProgress
    let sample: SampleDesign
    let observationsSource: String
    /// What was read from OBS.csv and set aside (all rows, as `estimate` lists it).
    let dataQuality: DataQuality
    let plannedMargin: Double
    let plannedMarginGiven: Bool
    let confidence: Double
    let method: IntervalMethod
    /// The language of the table and Markdown; JSON and CSV stay English.
    var formatter: ReportFormatter = .english

    func render(_ format: OutputFormat) -> String {
        switch format {
        case .json: return json.serialized(pretty: true) + "\n"
        case .csv: return csv.csv
        case .table, .markdown: return document(markdown: format == .markdown)
        }
    }

    private var release: ReleaseHint? {
        progress.checkpoints.last.map { ReleaseHint(checkpoint: $0, plannedMargin: plannedMargin) }
    }

    // MARK: JSON

    private var json: JSONValue {
        func estimates(_ rows: [(name: String, estimate: Double?, interval: ConfidenceInterval?)]) -> JSONValue {
            .array(rows.map { row in
                .object([
                    ("name", .string(row.name)), ("estimate", EstimateFormatting.json(row.estimate)),
                    ("ci_low", EstimateFormatting.json(row.interval?.lower)),
                    ("ci_high", EstimateFormatting.json(row.interval?.upper)),
                ])
            })
        }
        return .object([
            ("time_column", .string(progress.timeColumn)),
            ("confidence", .number(confidence)),
            ("method", .string(method.commandLineName)),
            ("stations_sampled", .integer(progress.primaryCount)),
            ("permutations", .integer(progress.permutations)),
            ("level", .number(RepresentativenessTest.level)),
            ("checkpoints", .array(progress.checkpoints.map { checkpoint in
                let check = checkpoint.representativeness
                return .object([
                    ("time", .string(checkpoint.time.description)),
                    ("stations_reporting", .integer(checkpoint.stationsReporting)),
                    ("fraction_reporting", .number(checkpoint.fractionReporting)),
                    ("indicators", estimates(checkpoint.report.indicators.map { ($0.name, $0.share.estimate, $0.share.interval) })),
                    ("ratios", estimates(checkpoint.report.ratios.map { ($0.name, $0.ratio.estimate, $0.ratio.interval) })),
                    ("representativeness", .object([
                        ("p_value", EstimateFormatting.json(check.pValue)),
                        ("verdict", .string(check.verdict.rawValue)),
                        ("covariates", .array(check.covariates.map { covariate in
                            .object([("name", .string(covariate.name)), ("p_value", .number(covariate.pValue))])
                        })),
                    ])),
                ])
            })),
            ("release", release.map { hint in
                .object([
                    ("planned_margin", .number(hint.plannedMargin)),
                    ("planned_margin_source", .string(plannedMarginGiven ? "option" : "sample")),
                    ("ready", .bool(hint.isReady)),
                    ("text", .string(hint.text)),
                ])
            } ?? .null),
            ("data_quality", dataQuality.json),
        ])
    }

    // MARK: CSV

    private var csv: TextTable {
        var table = TextTable([
            ("time", .left), ("stations_reporting", .right), ("fraction_reporting", .right),
            ("type", .left), ("name", .left), ("estimate", .right), ("ci_low", .right),
            ("ci_high", .right), ("p_value", .right), ("verdict", .left),
        ])
        for checkpoint in progress.checkpoints {
            let check = checkpoint.representativeness
            let rows = checkpoint.report.indicators.map { ("indicator", $0.name, $0.share.estimate, $0.share.interval) }
                + checkpoint.report.ratios.map { ("ratio", $0.name, $0.ratio.estimate, $0.ratio.interval) }
            for (type, name, estimate, interval) in rows {
                table.append([
                    checkpoint.time.description, String(checkpoint.stationsReporting),
                    "\(checkpoint.fractionReporting)", type, name, EstimateFormatting.csv(estimate),
                    EstimateFormatting.csv(interval?.lower), EstimateFormatting.csv(interval?.upper),
                    EstimateFormatting.csv(check.pValue), check.verdict.rawValue,
                ])
            }
        }
        return table
    }

    // MARK: Table and Markdown

    private func document(markdown: Bool) -> String {
        let m = formatter.messages.progress, f = formatter
        let bullet = markdown ? "- " : ""
        let render = { (table: TextTable) in markdown ? table.markdown : table.plainText }
        var text = markdown ? "## \(m.tableHeading)\n\n" : ""
        text += bullet + f.messages.table.sample(sample.table.source, f.count(progress.primaryCount), nil, f.count(sample.strata.count)) + "\n"
        text += bullet + m.reports(observationsSource, progress.timeColumn) + "\n"
        text += bullet + m.check(
            progress.covariates.isEmpty ? nil : progress.covariates.joined(separator: ", "),
            f.count(progress.permutations), f.level(RepresentativenessTest.level)) + "\n\n"

        let names = progress.covariates
        var checks = TextTable([(m.columnTime, .left), (m.columnReporting, .right), (m.columnShare, .right), (m.columnP, .right), (m.columnVerdict, .left)]
            + names.map { ($0, TextTable.Alignment.right) })
        for checkpoint in progress.checkpoints {
            let check = checkpoint.representativeness
            var pOf: [String: Double] = [:]
            for covariate in check.covariates { pOf[covariate.name] = covariate.pValue }
            checks.append([
                checkpoint.time.description, f.count(checkpoint.stationsReporting),
                f.percent(checkpoint.fractionReporting), check.pValue.map(pValue) ?? "–", m.verdict(check.verdict),
            ] + names.map { pOf[$0].map(pValue) ?? "–" })
        }
        text += render(checks) + "\n"

        var estimates = TextTable([(f.messages.table.columnEstimate, .left)]
            + progress.checkpoints.map { (f.percent($0.fractionReporting, digits: 0), TextTable.Alignment.right) })
        if let first = progress.checkpoints.last {
            let names = first.report.indicators.map(\.name) + first.report.ratios.map(\.name)
            for (index, name) in names.enumerated() {
                let isIndicator = index < first.report.indicators.count
                estimates.append([name] + progress.checkpoints.map { checkpoint in
                    let row = isIndicator
                        ? checkpoint.report.indicators.first { $0.name == name }.map { ($0.share.estimate, $0.share.interval) }
                        : checkpoint.report.ratios.first { $0.name == name }.map { ($0.ratio.estimate, $0.ratio.interval) }
                    guard let row, let estimate = row.0 else { return "–" }
                    return f.number(estimate) + " (" + f.interval(row.1) + ")"
                })
            }
        }
        text += render(estimates) + "\n"
        text += m.legend(f.level(confidence), method.commandLineName) + "\n"
        if let release {
            text += "\n" + release.text(f) + (plannedMarginGiven ? "" : " " + m.plannedMarginFromSample) + "\n"
        }
        text += "\n" + f.messages.table.dataHeading + (markdown ? "\n\n" : "\n")
        for sentence in dataQuality.sentences(f) { text += "\(markdown ? "- " : "  ")\(sentence)\n" }
        return text
    }

    /// A p-value for a table: four decimals, "<0.0001" below.
    private func pValue(_ p: Double) -> String {
        p < 0.0001 ? formatter.leftToRight("<" + formatter.fixed(0.0001, 4)) : formatter.fixed(p, 4)
    }
}
