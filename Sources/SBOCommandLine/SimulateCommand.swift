import Foundation
import SBO

/// `sbo simulate`: is my design honest? Coverage, width and bias of every interval method on
/// simulated elections, before deployment.
enum SimulateCommand: Command {
    static let spec = CommandSpec(
        name: "simulate",
        abstract: "Check by simulation that a design's confidence intervals are honest.",
        discussion: """
            Simulates --runs elections on the frame. In each, an irregularity is planted at \
            every station with probability p (each --prevalence in turn; with \
            --cluster-correlation RHO the rate of each stratum varies as Beta with mean p and \
            intra-class correlation RHO), a sample is drawn with the design (--size, \
            --stratify-by, --allocation, --pps: the inclusion probabilities of 'sbo sample'), \
            each observer reports with probability --response-rate, and the share of stations \
            with the irregularity is estimated as 'sbo estimate' does, with every interval \
            method. The truth is each run's planted share over the whole frame. For each \
            method and prevalence it reports coverage (should be near the confidence level; \
            93–97.5% is called honest), its Monte Carlo standard error, the mean width of the \
            interval, the bias of the estimate and how often the interval excluded zero. \
            Results depend only on the seed, never on --threads.
            """,
        options: [
            .value("frame", "FRAME.csv", "The sampling frame.", required: true),
            .value("size", "N", "Primary stations in the sample, in all strata together.", required: true),
            DesignOptions.stratifyBy, DesignOptions.allocation, DesignOptions.stratumProportions,
            .value("pps", "COL", "Select with probability proportional to this column (e.g. registered_voters), as 'sbo sample --pps'."),
            .value("prevalence", "P1,P2,...", "Shares of stations with the irregularity to plant, fractions separated by commas.", default: "0.03,0.31,0.5"),
            .value("cluster-correlation", "RHO", "Intra-class correlation of the irregularity within a stratum, in [0, 1): how much it concentrates in some strata.", default: "0"),
            .value("response-rate", "R", "Chance that a deployed observer reports, in (0, 1].", default: "1"),
            .value("runs", "K", "Simulated elections; coverage is known to about ±√(0.05·0.95/K).", default: "1000"),
            .value("seed", "S", "Any text; the same seed gives the same results.", default: SimulationSettings.defaultSeed),
            .value("confidence", "C", "Confidence level of the intervals.", default: "0.95"),
            .value("threads", "T", "Threads to use (results do not depend on it).", default: "all cores"),
            DesignOptions.idColumn, DesignOptions.sizeColumn, .format(),
        ],
        examples: [
            "# Is the 105-station design of the bundled data honest? (about a second)",
            "sbo simulate --frame Data/azerbaijan-2024/frame.csv --size 105 --stratify-by region",
            "# Irregularities concentrated by region, one observer in ten not reporting:",
            "sbo simulate --frame Data/azerbaijan-2024/frame.csv --size 105 --stratify-by region --cluster-correlation 0.05 --response-rate 0.9 --runs 10000",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let size = try arguments.integer("size", in: SampleRequest.sizeRange)!
        let runs = try arguments.integer("runs", in: 1...100_000_000) ?? 1_000
        let threads = try arguments.integer("threads", in: 1...1_024)
            ?? ProcessInfo.processInfo.activeProcessorCount
        let seed = arguments.string("seed") ?? SimulationSettings.defaultSeed
        guard !seed.isEmpty else { throw UsageError("--seed must not be empty; give any text, e.g. --seed 2024") }
        let settings = SimulationSettings(
            prevalences: try prevalences(arguments),
            clusterCorrelation: try number("cluster-correlation", arguments) ?? 0,
            responseRate: try number("response-rate", arguments) ?? 1,
            runs: runs, seed: seed,
            confidence: try arguments.confidence())
        try settings.validate()
        let framePath = arguments.required("frame")
        let frame = try FrameInput.load(framePath, arguments: arguments).frame
        let simulation = try DesignSimulation(
            frame: frame, size: size, stratifyBy: arguments.string("stratify-by"),
            allocation: DesignOptions.allocation(arguments),
            proportions: try DesignOptions.proportions(arguments),
            ppsColumn: arguments.string("pps"), settings: settings)
        for warning in simulation.warnings {
            console.writeError("warning: \(warning)\n")
        }
        let showProgress = console.errorIsTerminal
        let report = simulation.run(threads: threads) { done in
            if showProgress { console.writeError("\rsimulated \(done.grouped) of \(runs.grouped) runs") }
        }
        if showProgress { console.writeError("\r\u{1B}[K") }
        let design = DesignDescription(
            frame: framePath, stations: frame.stationCount, size: size,
            stratifyBy: arguments.string("stratify-by"),
            allocation: DesignOptions.allocation(arguments), pps: arguments.string("pps"))
        console.write(render(report, design: design, format: arguments.format))
        return .success
    }

    /// The design as the table's header describes it.
    struct DesignDescription {
        let frame: String
        let stations: Int
        let size: Int
        let stratifyBy: String?
        let allocation: Allocation
        let pps: String?
    }

    /// `--prevalence`: numbers separated by commas.
    static func prevalences(_ arguments: ParsedArguments) throws(UsageError) -> [Double] {
        guard let text = arguments.string("prevalence") else { return SimulationSettings.defaultPrevalences }
        var values: [Double] = []
        for item in text.split(separator: ",", omittingEmptySubsequences: false) {
            let trimmed = String(item).trimmingSpaces
            guard let value = Double(trimmed), value.isFinite else {
                throw UsageError("--prevalence takes fractions separated by commas, e.g. 0.03,0.31,0.5; '\(trimmed)' is not a number")
            }
            values.append(value)
        }
        return values
    }

    /// A number option; its range is checked by `SimulationSettings.validate()`.
    static func number(_ name: String, _ arguments: ParsedArguments) throws(UsageError) -> Double? {
        try arguments.real(name, in: -.greatestFiniteMagnitude ... .greatestFiniteMagnitude)
    }

    /// "honest" when coverage is within 93–97.5%, else "under-covers" or "conservative".
    static func verdict(_ coverage: Double) -> String {
        coverage < 0.93 ? "under-covers" : coverage > 0.975 ? "conservative" : "honest"
    }

    /// A difference in points with its sign: `+0.04`, `-0.15`, `0.00`.
    static func signedPoints(_ value: Double) -> String {
        let text = Double.fixed(value * 100, 2)
        return text.hasPrefix("-") || text == "0.00" ? text : "+" + text
    }

    static func render(_ report: SimulationReport, design: DesignDescription, format: OutputFormat) -> String {
        let s = report.settings
        func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
        switch format {
        case .json:
            return JSONValue.array(report.results.map { r in
                .object([
                    ("method", .string(r.method.commandLineName)),
                    ("prevalence", .number(r.prevalence)),
                    ("coverage", .number(r.coverage)),
                    ("coverage_standard_error", .number(r.coverageStandardError)),
                    ("mean_width", optional(r.meanWidth)),
                    ("bias", optional(r.bias)),
                    ("bias_standard_error", optional(r.biasStandardError)),
                    ("excludes_zero", .number(r.excludesZero)),
                    ("runs", .integer(r.runs)),
                    ("runs_without_interval", .integer(r.runsWithoutInterval)),
                    ("mean_truth", .number(r.meanTruth)),
                    ("confidence", .number(s.confidence)),
                    ("cluster_correlation", .number(s.clusterCorrelation)),
                    ("response_rate", .number(s.responseRate)),
                ])
            }).serialized(pretty: true) + "\n"
        case .csv:
            var table = TextTable([
                ("method", .left), ("prevalence", .right), ("coverage", .right),
                ("coverage_standard_error", .right), ("mean_width", .right), ("bias", .right),
                ("bias_standard_error", .right), ("excludes_zero", .right), ("runs", .right),
                ("runs_without_interval", .right), ("mean_truth", .right),
            ])
            for r in report.results {
                table.append([
                    r.method.commandLineName, "\(r.prevalence)", "\(r.coverage)",
                    "\(r.coverageStandardError)", r.meanWidth.map { "\($0)" } ?? "",
                    r.bias.map { "\($0)" } ?? "", r.biasStandardError.map { "\($0)" } ?? "",
                    "\(r.excludesZero)", String(r.runs), String(r.runsWithoutInterval),
                    "\(r.meanTruth)",
                ])
            }
            return table.csv
        case .table, .markdown:
            var table = TextTable([
                ("method", .left), ("prevalence", .right), ("coverage", .right),
                ("width", .right), ("bias", .right), ("excludes 0", .right), ("verdict", .left),
            ])
            for r in report.results {
                table.append([
                    r.method.commandLineName, r.prevalence.percent(1),
                    r.coverage.percent(1) + " ± " + Double.fixed(r.coverageStandardError * 100, 1),
                    r.meanWidth.map { Double.fixed($0 * 100, 1) } ?? "NA",
                    r.bias.map(signedPoints) ?? "NA",
                    r.excludesZero.percent(1), verdict(r.coverage),
                ])
            }
            let bullet = format == .markdown ? "- " : ""
            let strata = report.strata.count
            var text = "\(bullet)Frame: \(design.frame) (\(design.stations.grouped) polling stations)\n"
            text += "\(bullet)Design: \(design.size.grouped) stations"
            if let column = design.stratifyBy {
                text += " in \(strata) strata by \(column), \(design.allocation.rawValue) allocation"
            }
            text += design.pps.map { ", probability proportional to \($0)" } ?? ", equal probability within strata"
            text += "\n"
            text += "\(bullet)Runs: \(s.runs.grouped), seed '\(s.seed)'; cluster correlation \(s.clusterCorrelation.compact), response rate \(s.responseRate.percent(1)), \(ReportNumber.trimmed(s.confidence * 100, 1))% intervals\n"
            text += "\(bullet)Truth: each run's planted share over all \(design.stations.grouped) stations of the frame\n\n"
            text += format == .markdown ? table.markdown : table.plainText
            text += """

                coverage: share of runs whose interval held the truth, ± its Monte Carlo standard error (points).
                width: mean interval width in points; bias: mean estimate minus truth in points.
                excludes 0: share of runs whose interval lies above zero (the irregularity is shown to happen).
                verdict: honest when coverage is within 93–97.5%.

                """
            return text
        }
    }
}
