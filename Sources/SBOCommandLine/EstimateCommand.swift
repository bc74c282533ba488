import SBO

/// `sbo estimate`: shares of stations with each irregularity, turnout and vote shares, with
/// confidence intervals, nationally and per domain.
enum EstimateCommand: Command {
    /// The bootstrap methods and the interval each takes from the replicates.
    static let bootstrapMethods: [(name: String, interval: BootstrapInterval)] = [
        ("bootstrap", .percentile), ("bootstrap-bca", .bca),
    ]
    static let defaultReplicates = 10_000
    /// At most a million replicates: the Monte Carlo error of a percentile is then far below the
    /// interval's last printed digit, and every replicate keeps its estimates in memory
    /// (10⁸ asked for about 10 GB; issue 11).
    static let replicatesRange = 1...1_000_000
    static let defaultSeed = "sbo"
    /// `--format svg`: the forest plots alone, as one standalone SVG (``ReportCharts``).
    static let chartFormat = "svg"

    static let spec = CommandSpec(
        name: "estimate",
        abstract: "Estimate shares of stations, turnout and vote shares with intervals.",
        discussion: """
            Joins the observers' answers (one row per observed station; a KoboToolbox, ODK \
            Central or spreadsheet export as it is, with --codebook to say what each column \
            means) to the sample and estimates, for every indicator column (yes/no answers in \
            the languages of 'sbo codebook --help', 0/1, true/false), the share of polling \
            stations where it happened; with ballots_cast and registered_voters the \
            turnout, and with votes_* columns each candidate's vote share, as ratio estimates. \
            Weights and strata come from SAMPLE.csv: sampled stations that did not report are \
            non-response within their stratum (weight N_h/n_h over the reporting stations, \
            finite-population correction 1 − n_h/N_h); strata whose primaries have unequal \
            probabilities are PPS (weight 1/π, with-replacement variance). Standard errors are \
            linearised and intervals use t quantiles with reporting stations − strata degrees of \
            freedom, as R's survey package (svyciprop, svyratio). A blank answer is item \
            non-response for that question only. At an estimate of 0% or 100% the interval is \
            Korn–Graubard with the answering stations as effective sample size, and the output \
            says so. Nothing is dropped silently: unreadable answers, impossible counts and \
            stations submitted twice with different answers stop the run with every finding \
            listed, unless --bad-answers, --bad-counts or --duplicates says what to do; columns \
            not used are listed with their reason.
            """,
        options: [
            ObservationInput.sample, ObservationInput.observationsFile, ObservationInput.confidence,
            .value(
                "method", "M",
                "Interval for shares: wilson, logit, wald (R's \"mean\"), clopper-pearson (Korn–Graubard); or bootstrap (Rao–Wu rescaled bootstrap within strata with the finite-population correction √(1 − n_h/N_h) of the linearised variance, percentile interval) or bootstrap-bca (bias-corrected and accelerated), for shares and ratios.",
                default: IntervalMethod.wilson.commandLineName,
                choices: IntervalMethod.allCases.map(\.commandLineName) + bootstrapMethods.map(\.name)),
            .value("replicates", "B", "Bootstrap replicates (bootstrap methods only), at most 1,000,000: more adds no precision an interval can show and needs gigabytes of memory.", default: String(defaultReplicates)),
            .value("seed", "S", "Bootstrap seed, any text; the same seed gives the same intervals (bootstrap methods only).", default: defaultSeed),
            .value("by", "COL", "Also estimate per value of this column of SAMPLE.csv (or OBS.csv), e.g. region."),
            .value("indicators", "a,b,...", "Estimate only these indicator columns, in this order."),
            ObservationInput.asOf,
            .format(OutputFormat.tabular.map(\.rawValue) + [chartFormat]),
            LanguageOption.spec("The language of the table, Markdown and SVG (JSON and CSV keep their English names)"),
        ] + ObservationInput.intakeOptions,
        examples: [
            "sbo estimate --sample Data/azerbaijan-2024/sample.csv --observations Data/azerbaijan-2024/observations.csv",
            "# Per economic region, Clopper–Pearson intervals, two questions, as JSON:",
            "sbo estimate --sample Data/azerbaijan-2024/sample.csv --observations Data/azerbaijan-2024/observations.csv --by region --method clopper-pearson --indicators ballot_stuffing,late_opening --format json",
            "# The forest plots as one SVG, for a slide or a press release:",
            "sbo estimate --sample Data/azerbaijan-2024/sample.csv --observations Data/azerbaijan-2024/observations.csv --format svg > estimates.svg",
            "# From the reports received by 20:30 in Baku (+04:00), as on election night:",
            "sbo estimate --sample Data/azerbaijan-2024/sample.csv --observations Data/azerbaijan-2024/observations.csv --as-of 2024-02-07T20:30:00+04:00",
        ])

    /// Warns that --seed and --replicates are ignored by a method that is not a bootstrap
    /// (`estimate` and `report`).
    static func warnOfBootstrapOptions(_ arguments: ParsedArguments, method: String, console: Console) {
        for option in ["seed", "replicates"] where arguments.string(option) != nil {
            console.writeError("warning: --\(option) only matters for --method bootstrap or bootstrap-bca; ignored with --method \(method)\n")
        }
    }

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let confidence = try ObservationInput.confidence(arguments)
        let methodName = arguments.string("method") ?? IntervalMethod.wilson.commandLineName
        let bootstrap = bootstrapMethods.first { $0.name == methodName }?.interval
        let replicates = try arguments.integer("replicates", in: replicatesRange) ?? defaultReplicates
        if bootstrap == nil { warnOfBootstrapOptions(arguments, method: methodName, console: console) }
        let indicators = try arguments.string("indicators").map { text throws(UsageError) in
            let names = text.split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            guard !names.isEmpty else { throw UsageError("--indicators needs column names separated by commas, e.g. --indicators ballot_stuffing,late_opening") }
            return names
        }
        let input = try ObservationInput.load(arguments)
        for warning in input.warnings { console.writeError("warning: \(warning)\n") }
        let observations = try input.observations(asOf: arguments)
        let report: EstimationReport
        if let bootstrap {
            if console.errorIsTerminal {
                console.writeError("bootstrapping \(replicates.grouped) replicates…\r")
            }
            defer { if console.errorIsTerminal { console.writeError("\u{1B}[2K\r") } }
            report = try observations.bootstrapReport(
                confidence: confidence, interval: bootstrap, replicates: replicates,
                seed: arguments.string("seed") ?? defaultSeed, by: arguments.string("by"),
                indicators: indicators)
        } else {
            report = try observations.report(
                confidence: confidence, method: IntervalMethod(commandLineName: methodName) ?? .wilson,
                by: arguments.string("by"), indicators: indicators)
        }
        // No direction marks: the terminal would show them as \u{200e} (TerminalText).
        let formatter = ReportFormatter(language: LanguageOption.language(arguments), directionMarks: false)
        if arguments.string("format") == chartFormat {
            console.write(ReportCharts.standaloneSVG(
                of: report, domainColumn: arguments.string("by"), source: observations.table.source,
                stations: observations.design.stationCount, formatter: formatter))
            return .success
        }
        let rendering = EstimateRendering(
            observations: observations, report: report, domainColumn: arguments.string("by"), formatter: formatter)
        console.write(rendering.render(arguments.format))
        return .success
    }
}
