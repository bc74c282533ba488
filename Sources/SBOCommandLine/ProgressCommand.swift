import SBO

/// `sbo progress`: estimates at checkpoints through election night, each with the check that
/// the stations reporting so far look like the sampled stations still outstanding
/// (``ElectionProgress``, ``RepresentativenessTest``), and whether the figures are ready to
/// publish (``ReleaseHint``).
enum ProgressCommand: Command {
    static let plannedMargin = OptionSpec.value(
        "planned-margin", "E",
        "The margin of error the mission planned for, as a fraction (0.03 = ±3 points); default: the margin the full sample gives for a share of 50%, as 'sbo plan --size' reports it.")

    static let permutations = OptionSpec.value(
        "permutations", "B",
        "Relabellings of each checkpoint's check; p-values come in steps of 1/(B + 1). Fewer run faster on a very large sample (at least 99, so that 1% can be reached).",
        default: String(RepresentativenessTest.defaultPermutations))

    static let spec = CommandSpec(
        name: "progress",
        abstract: "Estimates as reports arrive, checked against early-reporter bias.",
        discussion: """
            Orders the reports of OBS.csv by their submission time (_submission_time, \
            SubmissionDate or --time-column) and, at checkpoints — by default each tenth of \
            the sample reporting, and the last report — estimates every figure from the \
            reports received by then, exactly as 'sbo estimate --as-of TIME' does. At each \
            checkpoint it compares the sampled primary stations that have reported with those \
            still outstanding on the sample's own columns: the stratum, registered voters and \
            every other column with at most 50 distinct values. Each column has a permutation \
            test (chi-square for categories, Wilcoxon rank sum for registered voters; exact \
            under random arrival, 9,999 relabellings or --permutations); the overall p-value is the \
            Westfall–Young min-P adjustment over the columns. The verdict is 'different' when \
            it is at most 1%, else 'similar': under random arrival a checkpoint is called \
            different at most 1% of the time. The last lines say whether the latest figures \
            are ready to publish: every headline figure within the planned margin and the \
            check 'similar'.
            """,
        options: [
            ObservationInput.sample, ObservationInput.observationsFile,
            .value("checkpoints", "K", "Checkpoints at each K-th of the sample reporting (and the last report).", default: String(ElectionProgress.defaultCheckpointCount)),
            ObservationInput.confidence,
            .value(
                "method", "M", "Interval for shares: wilson, logit, wald, clopper-pearson.",
                default: IntervalMethod.wilson.commandLineName, choices: IntervalMethod.allCases.map(\.commandLineName)),
            plannedMargin, permutations,
            .format(OutputFormat.tabular.map(\.rawValue) + [EstimateCommand.chartFormat]),
            LanguageOption.spec("The language of the table, Markdown and SVG (JSON and CSV keep their English names)"),
        ] + ObservationInput.intakeOptions,
        examples: [
            "sbo progress --sample Data/azerbaijan-2024/sample.csv --observations Data/azerbaijan-2024/observations.csv",
            "# Five checkpoints, a planned margin of ±5 points, as JSON:",
            "sbo progress --sample Data/azerbaijan-2024/sample.csv --observations Data/azerbaijan-2024/observations.csv --checkpoints 5 --planned-margin 0.05 --format json",
            "# The convergence chart of turnout and the vote shares as one SVG:",
            "sbo progress --sample Data/azerbaijan-2024/sample.csv --observations Data/azerbaijan-2024/observations.csv --format svg > night.svg",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let confidence = try ObservationInput.confidence(arguments)
        let method = arguments.string("method").flatMap(IntervalMethod.init(commandLineName:)) ?? .wilson
        let checkpoints = try arguments.integer("checkpoints", in: 1...1_000) ?? ElectionProgress.defaultCheckpointCount
        let margin = try givenPlannedMargin(arguments)
        let relabellings = try arguments.integer(permutations.name, in: 99...10_000_000) ?? RepresentativenessTest.defaultPermutations
        let input = try ObservationInput.load(arguments)
        for warning in input.warnings { console.writeError("warning: \(warning)\n") }
        let progress = try progress(
            of: input, arguments, checkpoints: checkpoints, confidence: confidence, method: method,
            permutations: relabellings)
        let planned = margin ?? ReleaseHint.plannedMargin(of: input.observations.sample, confidence: confidence)
        let language = LanguageOption.language(arguments)
        if arguments.string("format") == EstimateCommand.chartFormat {
            console.write(ConvergenceChart(progress: progress, plannedMargin: planned, formatter: ReportFormatter(language: language)).standaloneSVG)
            return .success
        }
        let rendering = ProgressRendering(
            progress: progress, sample: input.observations.sample, observationsSource: input.observations.table.source,
            dataQuality: input.observations.dataQuality,
            plannedMargin: planned, plannedMarginGiven: margin != nil, confidence: confidence, method: method,
            formatter: ReportFormatter(language: language, directionMarks: false))
        console.write(rendering.render(arguments.format))
        return .success
    }

    /// The checkpoints of the loaded input.
    static func progress(
        of input: ObservationInput, _ arguments: ParsedArguments, checkpoints: Int,
        confidence: Double, method: IntervalMethod, permutations: Int = RepresentativenessTest.defaultPermutations
    ) throws -> ElectionProgress {
        let options = try ObservationInput.intake(arguments)
        return try ElectionProgress(
            times: input.submissionTimes(),
            stations: input.observations.table.column(input.observations.idColumn) ?? [],
            sample: input.observations.sample, sizeColumn: input.sizeColumn,
            checkpointCount: checkpoints, confidence: confidence, method: method, permutations: permutations
        ) { rows in try input.observations(ofRows: rows, options: options) }
    }

    /// The report's election-night chart: checkpoints at each tenth, the planned margin from
    /// `--planned-margin` or the sample. Without submission times: nil when not `required`
    /// (`report --watch` on an export without times), else the error.
    static func convergenceChart(
        of input: ObservationInput, _ arguments: ParsedArguments, confidence: Double,
        method: IntervalMethod, required: Bool
    ) throws -> ConvergenceChart? {
        let margin = try givenPlannedMargin(arguments)
        do {
            let night = try progress(
                of: input, arguments, checkpoints: ElectionProgress.defaultCheckpointCount,
                confidence: confidence, method: method)
            return ConvergenceChart(
                progress: night,
                plannedMargin: margin ?? ReleaseHint.plannedMargin(of: input.observations.sample, confidence: confidence))
        } catch ProgressError.noTimeColumn where !required {
            return nil
        }
    }

    /// `--planned-margin`, between 0.0001 and 0.5 as `plan --moe`; nil when not given.
    static func givenPlannedMargin(_ arguments: ParsedArguments) throws(UsageError) -> Double? {
        try arguments.real(plannedMargin.name, in: 0.000_1...0.5, hint: ", a fraction: 0.03 means ±3 points")
    }
}
