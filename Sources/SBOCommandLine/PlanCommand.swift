import SBO

/// `sbo plan`: how many stations to observe for a margin of error, or the margin N stations give.
enum PlanCommand: Command {
    static let spec = CommandSpec(
        name: "plan",
        abstract: "Work out how many polling stations to observe.",
        discussion: """
            Gives the number of reporting stations needed for a margin of error (--moe, the \
            half-width of the confidence interval of a share of stations, e.g. 0.05 for ±5 points), \
            or the margin that a number of reporting stations reaches (--size). It uses \
            n0 = z²·P(1−P)·deff/E² and the finite-population correction n = n0/(1 + (n0−1)/N), \
            then divides by the response rate for the stations to deploy. With --stratify-by it \
            allocates the stations among strata and gives each stratum's own margin, and the \
            observers to recruit per stratum including reserves. A margin wider than ±50 \
            points, the whole sample's or a stratum's, gets a note: such a sample cannot tell \
            a share of 0% from one of 100%.
            """,
        options: [
            .value("frame", "FRAME.csv", "The sampling frame.", required: true),
            .value("moe", "E", "The margin of error wanted, as a fraction (0.05 = ±5 points)."),
            .value("size", "N", "The number of reporting stations to evaluate instead."),
            .value("confidence", "C", "Confidence level.", default: "0.95"),
            .value("proportion", "P", "Anticipated share of stations with the event; 0.5 is the safe choice.", default: "0.5"),
            .value("design-effect", "D", "Design effect expected (1 for simple random sampling).", default: "1"),
            .value("response-rate", "R", "Share of deployed observers expected to report.", default: "1"),
            DesignOptions.stratifyBy, DesignOptions.allocation, DesignOptions.stratumProportions,
            .value("reserves", "K", "Reserve stations per stratum, added to the observers to recruit.", default: "0"),
            DesignOptions.idColumn, DesignOptions.sizeColumn, .format(),
        ],
        examples: [
            "# Stations needed for ±5 points at 95% confidence, 90% of observers reporting:",
            "sbo plan --frame Data/azerbaijan-2024/frame.csv --moe 0.05 --response-rate 0.9 --stratify-by region --reserves 2",
            "# The margin that 105 reporting stations reach:",
            "sbo plan --frame Data/azerbaijan-2024/frame.csv --size 105",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let moe = try arguments.real("moe", in: 0.000_1...0.5, hint: ", a fraction: 0.05 means ±5 points")
        let size = try arguments.integer("size", in: SampleRequest.sizeRange)
        guard (moe == nil) != (size == nil) else {
            throw UsageError("give either --moe E (the margin wanted) or --size N (reporting stations), not \(moe == nil ? "neither" : "both")")
        }
        let assumptions = PlanningAssumptions(
            confidence: try arguments.confidence(),
            proportion: try arguments.real("proportion", in: 0.000_1...0.999_9) ?? 0.5,
            designEffect: try arguments.real("design-effect", in: 0.01...1000) ?? 1,
            responseRate: try arguments.real("response-rate", in: 0.01...1) ?? 1)
        let reserves = try arguments.integer("reserves", in: SampleRequest.reservesRange) ?? 0
        let frame = try FrameInput.load(arguments.required("frame"), arguments: arguments).frame
        var strata: StrataPlanInput?
        if let column = arguments.string("stratify-by") {
            let stratification = try frame.stratification(by: column)
            let proportions = try DesignOptions.proportions(arguments)
            strata = StrataPlanInput(
                names: stratification.names, populations: stratification.populations,
                allocation: DesignOptions.allocation(arguments),
                proportions: try proportions.map { given in
                    try stratification.names.map { name throws(AllocationError) in
                        guard let p = given[name] else { throw .missingProportion(stratum: name) }
                        return p
                    }
                })
            if let warning = DesignOptions.neymanWarning(arguments) { console.writeError(warning) }
        }
        let plan: SampleSizePlan
        if let moe {
            plan = try SampleSizePlan(marginOfError: moe, population: frame.stationCount, assumptions: assumptions, strata: strata)
        } else {
            plan = try SampleSizePlan(reportingStations: size!, population: frame.stationCount, assumptions: assumptions, strata: strata)
        }
        if plan.isDeploymentCapped {
            console.writeError("warning: \(cappedDeployment(plan))\n")
        }
        console.write(render(plan, reserves: reserves, format: arguments.format, frame: frame.source, target: moe))
        return .success
    }

    /// Why the plan cannot be met: ⌈n/r⌉ exceeds the frame, so the deployment is capped at N.
    static func cappedDeployment(_ plan: SampleSizePlan) -> String {
        let expected = Int((Double(plan.stationsToDeploy) * plan.assumptions.responseRate).rounded(.down))
        let margin = plan.expectedMarginOfError.isFinite
            ? "a margin of ±\(Double.fixed(plan.expectedMarginOfError * 100, 2)) points, not ±\(Double.fixed(plan.marginOfError * 100, 2))"
            : "no margin at all"
        return "\(plan.stationsRequired.grouped) reporting stations at a response rate of \(ReportNumber.trimmed(plan.assumptions.responseRate * 100, 1))% would need observers at \(ReportNumber.grouped(Int(min(plan.stationsToDeployUncapped, 1e15)))) stations, more than the \(plan.population.grouped) in the frame; deploying to all of them, about \(expected.grouped) are expected to report, for \(margin)"
    }

    static func render(_ plan: SampleSizePlan, reserves: Int, format: OutputFormat, frame: String, target: Double?) -> String {
        let a = plan.assumptions
        var table = TextTable([
            ("stratum", .left), ("stations", .right), ("report", .right), ("deploy", .right),
            ("reserves", .right), ("recruit", .right), ("margin", .right),
        ])
        for s in plan.strata {
            let reserve = min(reserves, s.population - s.toDeploy)
            let margin = format == .csv ? "\(s.marginOfError)" : "±" + Double.fixed(s.marginOfError * 100, 1)
            table.append([s.name, String(s.population), String(s.allocated), String(s.toDeploy), String(reserve), String(s.toDeploy + reserve), margin])
        }
        switch format {
        case .json:
            return JSONValue.object([
                ("frame", .string(frame)),
                ("population", .integer(plan.population)),
                ("confidence", .number(a.confidence)),
                ("proportion", .number(a.proportion)),
                ("design_effect", .number(a.designEffect)),
                ("response_rate", .number(a.responseRate)),
                ("stations_required", .integer(plan.stationsRequired)),
                ("stations_to_deploy", .integer(plan.stationsToDeploy)),
                ("margin_of_error", .number(plan.marginOfError)),
                ("deployment_capped", .bool(plan.isDeploymentCapped)),
                ("expected_margin_of_error", plan.expectedMarginOfError.isFinite ? .number(plan.expectedMarginOfError) : .null),
                ("stratified_margin_of_error", plan.stratifiedMarginOfError.map(JSONValue.number) ?? .null),
                ("strata", .array(plan.strata.map { s in
                    .object([
                        ("name", .string(s.name)), ("population", .integer(s.population)),
                        ("allocated", .integer(s.allocated)), ("to_deploy", .integer(s.toDeploy)),
                        ("reserves", .integer(min(reserves, s.population - s.toDeploy))),
                        ("margin_of_error", .number(s.marginOfError)),
                    ])
                })),
            ]).serialized(pretty: true) + "\n"
        case .csv:
            if plan.strata.isEmpty {
                var summary = TextTable([("stations_required", .right), ("stations_to_deploy", .right), ("margin_of_error", .right)])
                summary.append([String(plan.stationsRequired), String(plan.stationsToDeploy), "\(plan.marginOfError)"])
                return summary.csv
            }
            return table.csv
        case .markdown, .table:
            let bullet = format == .markdown ? "- " : ""
            var text = "\(bullet)Frame: \(frame) (\(plan.population.grouped) polling stations)\n"
            text += "\(bullet)Assumptions: \(ReportNumber.trimmed(a.confidence * 100, 1))% confidence, anticipated share \(ReportNumber.trimmed(a.proportion * 100, 1))%, design effect \(a.designEffect.compact), response rate \(ReportNumber.trimmed(a.responseRate * 100, 1))%\n"
            if let target {
                text += "\(bullet)Margin wanted: ±\(Double.fixed(target * 100, 1)) points\n"
            }
            text += "\(bullet)Reporting stations needed: \(plan.stationsRequired.grouped)\n"
            text += "\(bullet)Stations to deploy observers to: \(plan.stationsToDeploy.grouped)\n"
            text += "\(bullet)Margin of error reached: ±\(Double.fixed(plan.marginOfError * 100, 2)) points"
            if let stratified = plan.stratifiedMarginOfError {
                text += " (±\(Double.fixed(stratified * 100, 2)) with this stratification)"
            }
            text += "\n"
            if plan.isDeploymentCapped {
                text += "\(bullet)Not reachable with this frame: \(cappedDeployment(plan))\n"
            }
            if !plan.strata.isEmpty {
                let totalRecruit = plan.strata.reduce(0) { $0 + $1.toDeploy + min(reserves, $1.population - $1.toDeploy) }
                text += "\(bullet)Observers to recruit, with \(reserves) reserve\(reserves == 1 ? "" : "s") per stratum: \(totalRecruit.grouped)\n\n"
                text += format == .markdown ? table.markdown : table.plainText
                text += "\nmargin: each stratum's own margin of error in points, from its reporting stations.\n"
            }
            if let note = uninformativeMarginNote(plan) { text += "\(bullet)\(note)\n" }
            return text
        }
    }

    /// A sentence for margins wider than ±50 points (a tiny sample, an extreme design effect):
    /// the normal-approximation margin z·√(deff·P(1−P)/n) then exceeds what any share's
    /// interval can span, and a reader must not take "±219 points" at face value. Nil otherwise.
    static func uninformativeMarginNote(_ plan: SampleSizePlan) -> String? {
        let wide = plan.strata.filter { $0.marginOfError > 0.5 }.map(\.name)
        guard plan.marginOfError > 0.5 || !wide.isEmpty else { return nil }
        let subject = plan.marginOfError > 0.5 ? "The margin is"
            : wide.count == 1 ? "The margin of stratum \(wide[0]) is"
            : "The margins of " + (wide.count <= 3 ? "strata \(wide.joined(separator: ", "))" : "\(wide.count) strata") + " are"
        return "Note: \(subject) wider than ±50 points: such a sample could not tell a share of 0% from one of 100%. Observe more stations, or check the design effect."
    }
}
