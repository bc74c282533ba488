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
///   estimates with their margins at each checkpoint, the release hint, and under "Data:"
///   what was read from OBS.csv and what was not used.
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
            ("permutations", .integer(RepresentativenessTest.defaultPermutations)),
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
        let bullet = markdown ? "- " : ""
        let render = { (table: TextTable) in markdown ? table.markdown : table.plainText }
        var text = markdown ? "## Election night\n\n" : ""
        text += "\(bullet)Sample: \(sample.table.source): \(progress.primaryCount.grouped) stations sampled in "
        text += "\(sample.strata.count) strat\(sample.strata.count == 1 ? "um" : "a")\n"
        text += "\(bullet)Reports: \(observationsSource), by their \(progress.timeColumn) (UTC)\n"
        text += "\(bullet)Check: reporting against outstanding primary stations on "
        text += progress.covariates.isEmpty ? "no column (none varies)" : progress.covariates.joined(separator: ", ")
        text += "; permutation tests (\(RepresentativenessTest.defaultPermutations.grouped) relabellings), "
        text += "overall p-value adjusted by Westfall–Young min-P; different when p ≤ 1%\n\n"

        let names = progress.covariates
        var checks = TextTable([("time", .left), ("reporting", .right), ("share", .right), ("p-value", .right), ("verdict", .left)]
            + names.map { ($0, TextTable.Alignment.right) })
        for checkpoint in progress.checkpoints {
            let check = checkpoint.representativeness
            var pOf: [String: Double] = [:]
            for covariate in check.covariates { pOf[covariate.name] = covariate.pValue }
            checks.append([
                checkpoint.time.description, checkpoint.stationsReporting.grouped,
                checkpoint.fractionReporting.percent(), check.pValue.map(Self.pValue) ?? "–", check.verdict.rawValue,
            ] + names.map { pOf[$0].map(Self.pValue) ?? "–" })
        }
        text += render(checks) + "\n"

        var estimates = TextTable([("estimate", .left)] + progress.checkpoints.map { ($0.fractionReporting.percent(0), TextTable.Alignment.right) })
        if let first = progress.checkpoints.last {
            let names = first.report.indicators.map(\.name) + first.report.ratios.map(\.name)
            for (index, name) in names.enumerated() {
                let isIndicator = index < first.report.indicators.count
                estimates.append([name] + progress.checkpoints.map { checkpoint in
                    let row = isIndicator
                        ? checkpoint.report.indicators.first { $0.name == name }.map { ($0.share.estimate, $0.share.interval) }
                        : checkpoint.report.ratios.first { $0.name == name }.map { ($0.ratio.estimate, $0.ratio.interval) }
                    guard let row, let estimate = row.0 else { return "–" }
                    return ReportNumber.percent(estimate) + " (" + ReportNumber.interval(row.1) + ")"
                })
            }
        }
        text += render(estimates) + "\n"
        text += "columns: share of the sample reporting; estimate in percent, ± margin in points "
        text += "(\(ReportNumber.confidence(confidence)) \(method.commandLineName) intervals, as 'sbo estimate --as-of TIME').\n"
        if let release {
            let source = plannedMarginGiven ? "" : " (planned margin: the full sample's for a share of 50%; --planned-margin sets it)"
            text += "\n\(release.text)\(source)\n"
        }
        text += markdown ? "\nData:\n\n" : "\nData:\n"
        for sentence in dataQuality.sentences { text += "\(markdown ? "- " : "  ")\(sentence)\n" }
        return text
    }

    /// A p-value for a table: four decimals, "<0.0001" below.
    static func pValue(_ p: Double) -> String {
        p < 0.0001 ? "<0.0001" : ReportNumber.fixed(p, 4)
    }
}
