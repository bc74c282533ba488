import Foundation
import SBO

/// `sbo forensics`: what the official per-station results say about themselves, and what the
/// observers' random sample adds (``ForensicsAnalysis``).
///
/// JSON (SPEC "Official results: `sbo forensics`", with extra fields): `seed`, `simulations`,
/// `by`, `observer_effect` (each `figure`, `domain`, `observed`, `unobserved`, `difference` =
/// unobserved − observed, `standard_error`, `ci_low`, `ci_high`, `confidence`, `p_value`,
/// `observed_stations`, `unobserved_stations`), `observer_effect_validity` (the sentence on
/// secrecy), `stratification` (`column`, `stratified`), `integer_percent` (each `figure`,
/// `domain`, `stations`, `stations_at_integer`, `expected`, `standard_deviation`, `p_value`,
/// `null`), `full_turnout` (`stations`, `at_least_99`, `at_least_100`, and `domains` with
/// `--by`), `last_digit` (each `figure`, `domain`, `stations`, `digits`, `chi_square`,
/// `p_value`, `p_adjusted`), `cross_check` (with observations: each `domain`, `stations`,
/// `mean_gap`, `indicator`, `stations_yes`, `mean_gap_yes`, `stations_no`, `mean_gap_no`,
/// `difference`, `p_value`). Fractions, not percentages. CSV: one row per test.
enum ForensicsCommand: Command {
    static let spec = CommandSpec(
        name: "forensics",
        abstract: "Official results tested per station, and the observer effect.",
        discussion: """
            Reads OFFICIAL.csv (station_id, registered_voters, ballots_cast, votes_* for every \
            station) and reports: stations whose turnout or leader's share is a whole \
            percentage against the number expected if each station's count were binomial with \
            its own size and rate (Kobak et al. 2016); stations at 99% and 100% turnout; the \
            last digits of each candidate's counts against uniform with Benjamini-Hochberg \
            adjusted p-values (Beber & Scacco 2012); the turnout x leader's share fingerprint \
            (Klimek et al. 2012, in the --out page). With --sample, the observer effect: the \
            difference of each official figure between the stations nobody watched and the \
            observed ones, stratified as the sample, with a confidence interval and a \
            permutation p-value (Hyde 2007; Enikolopov et al. 2013). It is valid only if the \
            sample stayed secret until the polls closed. With --observations, the observed \
            stations are those that reported, and the official turnout is checked against \
            the observers' count, split by an indicator such as ballot_stuffing. The strata \
            come from the column of OFFICIAL.csv that SAMPLE.csv also has and whose values \
            are the sampled stations' strata (e.g. region). The same files and seed give the \
            same output. --language writes the table, Markdown and page in French, Spanish, \
            Russian, Arabic or Azerbaijani.
            """,
        options: [
            .value("official", "OFFICIAL.csv", "Official per-station results (station_id, registered_voters, ballots_cast, votes_*).", required: true),
            .value("sample", "SAMPLE.csv", "The sample written by 'sbo sample': its primaries are the observed stations."),
            .value("observations", "OBS.csv", "The observers' reports (needs --sample): the reporting stations are the observed ones."),
            .value("by", "COL", "Also give every finding for each value of this column of OFFICIAL.csv, e.g. region."),
            .value("indicator", "COL", "With --observations: the indicator that splits the turnout cross-check.", default: "ballot_stuffing"),
            .value("seed", "S", "Seed of the simulations and permutations (any text).", default: defaultSeed),
            .value("simulations", "N", "Simulations of the integer-percent null and re-draws of the observed set.", default: "10000"),
            .value("out", "FORENSICS.html", "Also write the findings and fingerprint as one self-contained HTML page."),
            .force, .format(),
            LanguageOption.spec("The language of the table, Markdown and HTML page (JSON and CSV keep their English names)"),
        ] + ObservationInput.intakeOptions,
        examples: [
            "sbo forensics --official Data/azerbaijan-2024/official.csv --sample Data/azerbaijan-2024/sample.csv --observations Data/azerbaijan-2024/observations.csv",
            "# A clean synthetic election for contrast, by region, with the page:",
            "sbo forensics --official Data/clean-synthetic/official.csv --by region --out forensics.html",
        ])

    static let defaultSeed = "sbo-forensics"

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let simulations = try arguments.integer("simulations", in: 1...10_000_000) ?? 10_000
        let seed = arguments.string("seed") ?? defaultSeed
        let force = arguments.flag("force")
        let out = arguments.string("out")
        let inputs = ["official", "sample", "observations"].compactMap(arguments.string)
        if let out { try OutputFile.checkWritable([out], force: force, inputs: inputs) }
        if arguments.string("observations") != nil, arguments.string("sample") == nil {
            throw UsageError("--observations needs --sample (the sample the observers were sent to); see 'sbo forensics --help'")
        }

        var sample: SampleDesign?
        var observations: Observations?
        if arguments.string("observations") != nil {
            let input = try ObservationInput.load(arguments)
            for warning in input.warnings { console.writeError("warning: \(warning)\n") }
            observations = input.observations
            sample = input.observations.sample
        } else if let path = arguments.string("sample") {
            let manifestPath = SampleManifest.path(forSample: path)
            let manifestIDColumn = FileManager.default.fileExists(atPath: manifestPath)
                ? (try? SampleManifest(parsing: InputFile.bytes(at: manifestPath), source: manifestPath))?.idColumn
                : nil
            sample = try SampleDesign(
                table: SampleDesign.table(readingSampleAt: path),
                idColumn: arguments.string("id-column") ?? manifestIDColumn ?? SampleDesign.defaultIDColumn)
        }
        let officialIDColumn = sample?.idColumn ?? arguments.string("id-column") ?? SampleDesign.defaultIDColumn
        let official = try OfficialResults(
            table: try CSVReader.read(path: arguments.required("official"), removingFormulaGuard: false),
            idColumn: officialIDColumn)
        // An indicator named with --indicator must exist; the default is used when present.
        var indicator: String?
        if let observations, let chosen = arguments.string("indicator") {
            _ = try observations.answers(of: chosen)
            indicator = chosen
        }
        let analysis = try ForensicsAnalysis(
            official: official, sample: sample, observations: observations, domainColumn: arguments.string("by"),
            crossCheckIndicator: indicator,
            seed: seed, simulations: simulations)
        if let set = analysis.observedSet, !set.missingFromOfficial.isEmpty {
            let ids = set.missingFromOfficial
            console.writeError("warning: \(ids.count) observed station(s) not in \(official.table.source) (\(ids.prefix(5).joined(separator: ", "))\(ids.count > 5 ? ", ..." : "")); left out of the observer effect\n")
        }
        if let set = analysis.observedSet, !set.isStratified {
            console.writeError("warning: \(official.table.source) has no column with the sample's strata; the observer effect compares all stations as one stratum\n")
        }
        if let out {
            let page = ForensicsSection(analysis: analysis, formatter: ReportFormatter(language: LanguageOption.language(arguments)))
                .page(toolVersion: CommandLineTool.version)
            try OutputFile.write(Array(page.utf8), to: out, force: force, inputs: inputs)
        }
        let dataQuality = DataQuality(
            source: official.table.source, rowsRead: official.table.rowCount, stations: official.ids.count,
            duplicates: [],
            columnsNotUsed: official.columnsNotRead(
                idColumn: officialIDColumn,
                alsoRead: [analysis.observedSet?.stratificationColumn, analysis.domainColumn].compactMap { $0 }),
            answersTreatedAsMissing: [], excludedCounts: [])
        // No direction marks on the terminal (TerminalText would show them escaped).
        let formatter = ReportFormatter(language: LanguageOption.language(arguments), directionMarks: false)
        console.write(render(analysis, dataQuality: dataQuality, format: arguments.format, formatter: formatter))
        return .success
    }

    static func render(_ analysis: ForensicsAnalysis, dataQuality: DataQuality, format: OutputFormat, formatter: ReportFormatter) -> String {
        switch format {
        case .json:
            return json(analysis, dataQuality: dataQuality).serialized(pretty: true) + "\n"
        case .csv:
            return csv(analysis).csv
        case .table, .markdown:
            var text = ""
            for table in analysis.tables(formatter) {
                var t = TextTable(zip(table.columns, table.numeric).map { ($0.0, $0.1 ? .right : .left) })
                for row in table.rows { t.append(row) }
                if format == .markdown {
                    text += "## \(table.title)\n\n" + t.markdown + "\n" + table.notes.map { $0 + "\n" }.joined() + "\n"
                } else {
                    text += table.title + ":\n\n" + t.plainText + "\n" + table.notes.map { $0 + "\n" }.joined() + "\n"
                }
            }
            text += (format == .markdown ? "## \(formatter.messages.dataHeading)\n\n" : formatter.messages.table.dataHeading + "\n")
                + dataQuality.sentences(formatter).map { "  \($0)\n" }.joined()
            return text
        }
    }

    /// One row per test: `test`, `domain`, `figure`, `value` (observed figure, stations at a
    /// whole percentage, count of stations, chi-square, mean gap), `expected` (unobserved figure,
    /// expected count), `difference`, `ci_low`, `ci_high`, `p_value`, `p_adjusted`.
    private static func csv(_ analysis: ForensicsAnalysis) -> TextTable {
        var table = TextTable(
            ["test", "domain", "figure", "value", "expected", "difference", "ci_low", "ci_high", "p_value", "p_adjusted"]
                .map { ($0, .left) })
        let f = EstimateFormatting.csv
        for e in analysis.observerEffects {
            table.append(["observer_effect", e.domain ?? "", e.figure, f(e.observed), f(e.unobserved), f(e.difference), f(e.ciLow), f(e.ciHigh), f(e.pValue), ""])
        }
        for c in analysis.crossChecks {
            table.append(["cross_check", c.domain ?? "", c.indicator ?? "", f(c.meanGap), "", f(c.difference), "", "", f(c.pValue), ""])
        }
        for t in analysis.integerPercent {
            table.append(["integer_percent", t.domain ?? "", t.figure, "\(t.stationsAtInteger)", f(t.expected), "", "", "", f(t.pValue), ""])
        }
        for t in analysis.fullTurnout {
            table.append(["full_turnout", t.domain ?? "", "at_least_99", "\(t.atLeast99)", "", "", "", "", "", ""])
            table.append(["full_turnout", t.domain ?? "", "at_least_100", "\(t.atLeast100)", "", "", "", "", "", ""])
        }
        for d in analysis.lastDigits {
            table.append(["last_digit", d.domain ?? "", d.figure, f(d.chiSquare), "", "", "", "", f(d.pValue), f(d.pAdjusted)])
        }
        return table
    }

    private static func json(_ analysis: ForensicsAnalysis, dataQuality: DataQuality) -> JSONValue {
        let number = EstimateFormatting.json
        func domain(_ d: String?) -> JSONValue { d.map(JSONValue.string) ?? .null }
        let national = analysis.fullTurnout.first { $0.domain == nil }
        var fields: [(String, JSONValue)] = [
            ("seed", .string(analysis.seed)),
            ("simulations", .integer(analysis.simulations)),
            ("by", analysis.domainColumn.map(JSONValue.string) ?? .null),
            ("observer_effect", .array(analysis.observerEffects.map { e in
                .object([
                    ("figure", .string(e.figure)), ("domain", domain(e.domain)),
                    ("observed", number(e.observed)), ("unobserved", number(e.unobserved)),
                    ("difference", number(e.difference)), ("standard_error", number(e.standardError)),
                    ("ci_low", number(e.ciLow)), ("ci_high", number(e.ciHigh)), ("confidence", .number(e.confidence)),
                    ("p_value", number(e.pValue)), ("observed_stations", .integer(e.observedStations)),
                    ("unobserved_stations", .integer(e.unobservedStations)),
                ])
            })),
        ]
        if let set = analysis.observedSet {
            fields.append(("observer_effect_validity", .string("valid only if the sample stayed secret until the polls closed; the seed commitment published before election day is the evidence")))
            fields.append(("stratification", .object([
                ("column", set.stratificationColumn.map(JSONValue.string) ?? .null),
                ("stratified", .bool(set.isStratified)),
            ])))
        }
        fields.append(("integer_percent", .array(analysis.integerPercent.map { t in
            .object([
                ("figure", .string(t.figure)), ("domain", domain(t.domain)), ("stations", .integer(t.stationsTested)),
                ("stations_at_integer", .integer(t.stationsAtInteger)), ("expected", .number(t.expected)),
                ("standard_deviation", .number(t.standardDeviation)), ("p_value", number(t.pValue)),
                ("null", .string(t.null == .normalApproximation ? "refined-normal" : "simulated")),
            ])
        })))
        var full: [(String, JSONValue)] = [
            ("stations", .integer(national?.stations ?? 0)),
            ("at_least_99", .integer(national?.atLeast99 ?? 0)),
            ("at_least_100", .integer(national?.atLeast100 ?? 0)),
        ]
        if analysis.domainColumn != nil {
            full.append(("domains", .array(analysis.fullTurnout.filter { $0.domain != nil }.map { t in
                .object([
                    ("domain", domain(t.domain)), ("stations", .integer(t.stations)),
                    ("at_least_99", .integer(t.atLeast99)), ("at_least_100", .integer(t.atLeast100)),
                ])
            })))
        }
        fields.append(("full_turnout", .object(full)))
        fields.append(("last_digit", .array(analysis.lastDigits.map { d in
            .object([
                ("figure", .string(d.figure)), ("domain", domain(d.domain)), ("stations", .integer(d.stations)),
                ("digits", .array(d.digitCounts.map(JSONValue.integer))), ("chi_square", number(d.chiSquare)),
                ("p_value", number(d.pValue)), ("p_adjusted", number(d.pAdjusted)),
            ])
        })))
        fields.append(("cross_check", .array(analysis.crossChecks.map { c in
            .object([
                ("domain", domain(c.domain)), ("stations", .integer(c.stations.count)), ("mean_gap", number(c.meanGap)),
                ("indicator", c.indicator.map(JSONValue.string) ?? .null),
                ("stations_yes", .integer(c.stationsWithYes)), ("mean_gap_yes", number(c.meanGapWithYes)),
                ("stations_no", .integer(c.stationsWithNo)), ("mean_gap_no", number(c.meanGapWithNo)),
                ("difference", number(c.difference)), ("p_value", number(c.pValue)),
            ])
        })))
        fields.append(("data_quality", dataQuality.json))
        return .object(fields)
    }
}
