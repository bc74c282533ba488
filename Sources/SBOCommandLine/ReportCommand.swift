import SBO

/// `sbo report`: the self-contained HTML report of an observation (``HTMLReport``).
///
/// Reads SAMPLE.csv (and its manifest), OBS.csv and optionally OFFICIAL.csv, estimates as
/// `sbo estimate` does, compares with the official results as `sbo compare` does, and writes
/// one HTML file whole or not at all (``OutputFile``). The footer's command is rebuilt from
/// the options in the order of this spec, each value quoted for a POSIX shell when needed.
enum ReportCommand: Command {
    static let spec = CommandSpec(
        name: "report",
        abstract: "Write the findings as one self-contained HTML report with charts.",
        discussion: """
            Writes one HTML file that needs nothing else — no network, no scripts: inline \
            style and SVG charts; it reads on a phone without sideways scrolling and prints on \
            a few A4 pages. It opens with headline sentences generated from the numbers \
            ("Observers saw ballot stuffing at an estimated 31% of polling stations (between \
            22% and 40%)"; at a question answered yes nowhere, the upper end of its interval) \
            and a box on what a confidence interval means; then a methodology paragraph \
            written from the design, the irregularities and (with a codebook's polarity) the \
            conditions that should hold, each as a forest plot, sentences and a table; \
            turnout and vote shares (small candidates on their own zoomed axis; with \
            --official, the official figure marked and flagged when it falls outside the \
            observers' interval); with --by one panel per domain with its numbers and its \
            number of stations; with --official the stations whose official turnout differs \
            from the observers' count; and a footer with the SHA-256 of every input, the \
            manifest's seed and seed commitment, the version of sbo and the command that \
            reproduces the report. Intervals are printed as their two ends, never ±. The \
            estimates are those of 'sbo estimate' with the same options. --language writes \
            every text and number in English, French, Spanish, Russian, Arabic (right to \
            left) or Azerbaijani. On success it prints one line: the file written and its \
            number of figures.
            """,
        options: [
            ObservationInput.sample, ObservationInput.observationsFile,
            .value("official", "OFFICIAL.csv", "Official per-station results to mark and compare (station_id, ballots_cast, registered_voters, votes_*)."),
            .value("by", "COL", "Add one panel per value of this column of SAMPLE.csv (or OBS.csv), e.g. region."),
            .value("title", "T", "The report's title (default: the language's \"\(HTMLReport.defaultTitle)\").", default: nil),
            ObservationInput.confidence,
            .value(
                "method", "M",
                "Interval for shares: wilson, logit, wald, clopper-pearson; or bootstrap (Rao–Wu rescaled bootstrap within strata, percentile interval) or bootstrap-bca, for shares and ratios, as 'sbo estimate'.",
                default: IntervalMethod.wilson.commandLineName,
                choices: IntervalMethod.allCases.map(\.commandLineName) + EstimateCommand.bootstrapMethods.map(\.name)),
            .value("replicates", "B", "Bootstrap replicates (bootstrap methods only).", default: String(EstimateCommand.defaultReplicates)),
            .value("seed", "S", "Bootstrap seed, any text (bootstrap methods only).", default: EstimateCommand.defaultSeed),
            LanguageOption.spec("The report's language"),
            .value("threshold", "T", "With --official: list stations whose turnouts differ by more than this fraction.", default: "0.2"),
            .value("out", "REPORT.html", "The HTML file to write.", required: true),
            .force,
            // Election night (progress helper):
            .flag("watch", "Rewrite the report whenever an input changes, until Ctrl-C; the page reloads itself and shows the election-night section when OBS.csv has submission times."),
            .flag("progress", "Add the election-night section: how the figures settled as reports arrived, the representativeness check and whether the figures are ready to publish (needs submission times)."),
            ProgressCommand.plannedMargin,
        ] + ObservationInput.intakeOptions,
        examples: [
            "sbo report --sample Data/azerbaijan-2024/sample.csv --observations Data/azerbaijan-2024/observations.csv --official Data/azerbaijan-2024/official.csv --out report.html",
            "# With one panel per economic region and a title of your own:",
            "sbo report --sample Data/azerbaijan-2024/sample.csv --observations Data/azerbaijan-2024/observations.csv --by region --title 'Presidential election 2024' --out report-by-region.html",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        if arguments.flag("watch") {
            return try ReportWatcher.interruptible(paths: ReportWatcher.inputs(arguments)).watch(arguments, console: console)
        }
        console.write(try write(arguments, console: console, force: arguments.flag("force"), watching: false) + "\n")
        return .success
    }

    /// Writes the report once and says what it wrote (`--watch` calls it on every change).
    @discardableResult
    static func write(_ arguments: ParsedArguments, console: Console, force: Bool, watching: Bool) throws -> String {
        let out = arguments.required("out")
        let confidence = try ObservationInput.confidence(arguments)
        let methodName = arguments.string("method") ?? IntervalMethod.wilson.commandLineName
        let bootstrap = EstimateCommand.bootstrapMethods.first { $0.name == methodName }?.interval
        let method = IntervalMethod(commandLineName: methodName) ?? .wilson
        let replicates = try arguments.integer("replicates", in: EstimateCommand.replicatesRange) ?? EstimateCommand.defaultReplicates
        let language = LanguageOption.language(arguments)
        if bootstrap == nil { EstimateCommand.warnOfBootstrapOptions(arguments, method: methodName, console: console) }
        let threshold = try arguments.real("threshold", in: 0...1, hint: ", a fraction: 0.2 means 20 points") ?? 0.2
        let title = arguments.string("title") ?? language.messages.defaultTitle
        let inputs = arguments.inputs(excluding: ["out"])
            + [SampleManifest.path(forSample: arguments.required("sample"))]
        try OutputFile.checkWritable([out], force: force, inputs: inputs)

        let input = try ObservationInput.load(arguments)
        for warning in input.warnings { console.writeError("warning: \(warning)\n") }
        let observations = input.observations
        let domainColumn = arguments.string("by")
        let estimates: EstimationReport
        if let bootstrap {
            estimates = try observations.bootstrapReport(
                confidence: confidence, interval: bootstrap, replicates: replicates,
                seed: arguments.string("seed") ?? EstimateCommand.defaultSeed, by: domainColumn, indicators: nil)
        } else {
            estimates = try observations.report(confidence: confidence, method: method, by: domainColumn)
        }
        var comparison: OfficialComparison?
        var forensics: ForensicsAnalysis?
        var domainOfficial: [String: [String: Double]] = [:]
        if let officialPath = arguments.string("official") {
            let official = try OfficialResults(
                table: try CSVReader.read(path: officialPath, removingFormulaGuard: false), idColumn: observations.sample.idColumn)
            comparison = try OfficialComparison(
                observations: observations, official: official, threshold: threshold,
                confidence: confidence, method: method)
            if let domainColumn { domainOfficial = official.figures(byValueOf: domainColumn) ?? [:] }
            forensics = try ForensicsAnalysis(
                official: official, sample: observations.sample, observations: observations, seed: ForensicsCommand.defaultSeed)
        }
        var files: [ReportProvenance.SourceFile] = []
        for (role, option) in [("sample", "sample"), ("observations", "observations"), ("official results", "official")] {
            guard let path = arguments.string(option) else { continue }
            files.append(.init(role: role, path: path, sha256: try SHA256.hexDigest(ofFileAt: path)))
        }
        let provenance = ReportProvenance(
            files: files, manifest: input.manifest, toolVersion: CommandLineTool.version,
            command: command(arguments))
        if provenance.sampleMatchesManifest == false {
            console.writeError("warning: \(arguments.required("sample")) differs from the SHA-256 its manifest recorded; the report says so\n")
        }
        var report = HTMLReport(
            title: title, estimates: estimates,
            methodology: ReportMethodology(observations: observations, report: estimates, manifest: input.manifest),
            domainColumn: domainColumn, comparison: comparison, provenance: provenance, language: language,
            dataQuality: observations.dataQuality(estimating: estimates.indicators.map(\.name)))
        report.forensics = forensics
        report.domainOfficialFigures = domainOfficial
        // Election night (progress helper):
        report.reloadSeconds = watching ? ReportWatcher.reloadSeconds : nil
        if watching || arguments.flag("progress") {
            report.convergence = try ProgressCommand.convergenceChart(
                of: input, arguments, confidence: confidence, method: method, required: !watching)
        }
        try OutputFile.write(Array(report.html.utf8), to: out, force: force, inputs: inputs)
        let figures = ReportCharts.nationalPlots(of: estimates, official: [:]).all.count
            + ReportCharts.domainPanels(of: estimates).count
        return "report in \(language.code) with \(figures) figure\(figures == 1 ? "" : "s"): \(out) written: "
            + "\(observations.design.stationCount) of \(observations.sample.primaryCount) stations reporting"
    }

    /// `sbo report` with the options given, in the spec's order, quoted for a POSIX shell.
    static func command(_ arguments: ParsedArguments) -> String {
        var words = ["sbo", spec.name]
        for option in spec.options {
            if option.valueName == nil {
                if arguments.flag(option.name) { words.append("--" + option.name) }
            } else if let value = arguments.string(option.name) {
                words += ["--" + option.name, shellQuoted(value)]
            }
        }
        return words.joined(separator: " ")
    }

    /// `text` as one word of a POSIX shell: as it is when it holds only characters no shell
    /// treats specially, else in single quotes (a quote inside written `'\''`).
    static func shellQuoted(_ text: String) -> String {
        let plain = !text.isEmpty && text.unicodeScalars.allSatisfy { scalar in
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "_", "-", ".", "/", ",", ":", "=", "+", "@", "%": return true
            default: return false
            }
        }
        guard !plain else { return text }
        return "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
