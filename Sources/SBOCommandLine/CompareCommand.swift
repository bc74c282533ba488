import SBO

/// `sbo compare`: official results against what the observers recorded.
///
/// JSON fields: `confidence`, `threshold`, `stations_compared` (stations with turnout in both
/// files), `stations_missing_from_official` (ids), `discrepancies` (each `station_id`,
/// `observed_turnout`, `official_turnout`, `gap` = official − observed, largest |gap| first),
/// `national` (each `name` — `turnout` or `votes_x` —, `official`, `estimate`,
/// `standard_error`, `ci_low`, `ci_high`, `inside` (official within the interval),
/// `gap_standard_errors` = (official − estimate)/standard error; null where undefined),
/// `stations_not_compared` (observed stations without counts to compare), `data_quality`.
/// CSV: the national rows with those columns. Table and Markdown in the language of
/// `--language` (``CompareMessages``); JSON and CSV keep their English names.
enum CompareCommand: Command {
    static let spec = CommandSpec(
        name: "compare",
        abstract: "Compare official results with what the observers recorded.",
        discussion: """
            For every observed station that OFFICIAL.csv lists, compares the turnout the \
            observers counted (ballots_cast / registered_voters) with the official one and lists \
            the stations where they differ by more than the threshold, largest difference first. \
            Then checks whether the official national turnout and each candidate's official \
            national share (sums over every station of OFFICIAL.csv) fall inside the observers' \
            confidence intervals, and how many standard errors away they are. OFFICIAL.csv has \
            station_id, ballots_cast, registered_voters and votes_* columns for every station; \
            stations outside the sample are expected.
            """,
        options: [
            ObservationInput.sample, ObservationInput.observationsFile,
            .value("official", "OFFICIAL.csv", "Official per-station results.", required: true),
            .value("threshold", "T", "Flag stations whose turnouts differ by more than this fraction (0.2 = 20 points).", default: "0.2"),
            ObservationInput.confidence, .format(),
            LanguageOption.spec("The language of the table and Markdown (JSON and CSV keep their English names)"),
        ] + ObservationInput.intakeOptions,
        examples: [
            "sbo compare --sample Data/azerbaijan-2024/sample.csv --observations Data/azerbaijan-2024/observations.csv --official Data/azerbaijan-2024/official.csv",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let confidence = try ObservationInput.confidence(arguments)
        let threshold = try arguments.real("threshold", in: 0...1, hint: ", a fraction: 0.2 means 20 points") ?? 0.2
        let input = try ObservationInput.load(arguments)
        for warning in input.warnings { console.writeError("warning: \(warning)\n") }
        let sample = input.observations.sample
        let official = try OfficialResults(
            table: try CSVReader.read(path: arguments.required("official"), removingFormulaGuard: false), idColumn: sample.idColumn)
        let comparison = try OfficialComparison(
            observations: input.observations, official: official, threshold: threshold, confidence: confidence)
        if !comparison.missingFromOfficial.isEmpty {
            let ids = comparison.missingFromOfficial
            let shown = ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", ..." : "")
            console.writeError("warning: \(ids.count) observed station\(ids.count == 1 ? " is" : "s are") not in \(official.table.source) (\(shown)); \(ids.count == 1 ? "it is" : "they are") left out of the station comparison\n")
        }
        if !comparison.notCompared.isEmpty {
            let ids = comparison.notCompared
            let shown = ids.prefix(5).joined(separator: ", ") + (ids.count > 5 ? ", ..." : "")
            console.writeError("warning: \(ids.count) observed station\(ids.count == 1 ? " has" : "s have") no ballots_cast or registered voters to compare (\(shown)); \(ids.count == 1 ? "it is" : "they are") left out of the station comparison\n")
        }
        console.write(render(
            comparison, confidence: confidence, official: official.table.source, format: arguments.format,
            dataQuality: input.observations.dataQuality,
            formatter: ReportFormatter(language: LanguageOption.language(arguments), directionMarks: false)))
        return .success
    }

    static func render(
        _ comparison: OfficialComparison, confidence: Double, official: String, format: OutputFormat,
        dataQuality: DataQuality, formatter: ReportFormatter = .english
    ) -> String {
        let m = formatter.messages.compare
        let level = formatter.level(confidence)
        var national = TextTable([
            (m.columnFigure, .left), (m.columnOfficial, .right), (m.columnObservers, .right), (m.columnInterval(level), .right),
            (m.columnInside, .left), (m.columnGap, .right),
        ])
        for figure in comparison.figures {
            let r = figure.estimate
            // As many decimals as it takes for an official figure outside to print outside.
            let digits = ReportFormatter.digits(showing: figure.official, against: r?.interval, minimum: 1)
            national.append([
                figure.name, formatter.percent(figure.official, digits: digits),
                formatter.percent(r?.estimate, digits: digits),
                formatter.interval(r?.interval, digits: digits),
                figure.isInside.map { $0 ? m.yes : m.no } ?? "–",
                figure.gapInStandardErrors.map { formatter.leftToRight(formatter.fixed($0, 1)) } ?? "–",
            ])
        }
        var stations = TextTable([(m.columnStation, .left), (m.columnObserved, .right), (m.columnOfficial, .right), (m.columnStationGap, .right)])
        for d in comparison.discrepancies {
            stations.append([d.id, formatter.percent(d.observedTurnout), formatter.percent(d.officialTurnout), formatter.points(d.gap)])
        }
        switch format {
        case .json:
            return json(comparison, confidence: confidence, dataQuality: dataQuality).serialized(pretty: true) + "\n"
        case .csv:
            var table = TextTable([
                ("name", .left), ("official", .right), ("estimate", .right), ("standard_error", .right),
                ("ci_low", .right), ("ci_high", .right), ("inside", .left), ("gap_standard_errors", .right),
            ])
            for f in comparison.figures {
                table.append([
                    f.name, EstimateFormatting.csv(f.official), EstimateFormatting.csv(f.estimate?.estimate),
                    EstimateFormatting.csv(f.estimate?.standardError), EstimateFormatting.csv(f.estimate?.interval?.lower),
                    EstimateFormatting.csv(f.estimate?.interval?.upper), f.isInside.map { $0 ? "true" : "false" } ?? "",
                    EstimateFormatting.csv(f.gapInStandardErrors),
                ])
            }
            return table.csv
        case .table, .markdown:
            let markdown = format == .markdown
            let render = { (table: TextTable) in markdown ? table.markdown : table.plainText }
            var text = markdown ? "## \(m.heading)\n\n" : ""
            text += m.national(official, level) + "\n\n"
            text += render(national)
            text += "\n" + m.gapNote + "\n\n"
            text += m.stations(
                formatter.trimmed(comparison.threshold * 100, 1),
                formatter.count(comparison.discrepancies.count), formatter.count(comparison.stationsCompared)) + "\n"
            if !comparison.discrepancies.isEmpty { text += "\n" + render(stations) }
            text += "\n" + formatter.messages.table.dataHeading + (markdown ? "\n\n" : "\n")
            for sentence in dataQuality.sentences(formatter) { text += "\(markdown ? "- " : "  ")\(sentence)\n" }
            return text
        }
    }

    private static func json(_ comparison: OfficialComparison, confidence: Double, dataQuality: DataQuality) -> JSONValue {
        .object([
            ("confidence", .number(confidence)),
            ("threshold", .number(comparison.threshold)),
            ("stations_compared", .integer(comparison.stationsCompared)),
            ("stations_missing_from_official", .array(comparison.missingFromOfficial.map(JSONValue.string))),
            ("stations_not_compared", .array(comparison.notCompared.map(JSONValue.string))),
            ("discrepancies", .array(comparison.discrepancies.map { d in
                .object([
                    ("station_id", .string(d.id)), ("observed_turnout", .number(d.observedTurnout)),
                    ("official_turnout", .number(d.officialTurnout)), ("gap", .number(d.gap)),
                ])
            })),
            ("national", .array(comparison.figures.map { f in
                .object([
                    ("name", .string(f.name)), ("official", EstimateFormatting.json(f.official)),
                    ("estimate", EstimateFormatting.json(f.estimate?.estimate)),
                    ("standard_error", EstimateFormatting.json(f.estimate?.standardError)),
                    ("ci_low", EstimateFormatting.json(f.estimate?.interval?.lower)),
                    ("ci_high", EstimateFormatting.json(f.estimate?.interval?.upper)),
                    ("inside", f.isInside.map(JSONValue.bool) ?? .null),
                    ("gap_standard_errors", EstimateFormatting.json(f.gapInStandardErrors)),
                ])
            })),
            ("data_quality", dataQuality.json),
        ])
    }
}
