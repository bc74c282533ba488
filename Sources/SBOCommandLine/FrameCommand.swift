import SBO

/// `sbo frame FRAME.csv [--stratify-by COL]`: validate a frame and summarise it.
enum FrameCommand: Command {
    static let spec = CommandSpec(
        name: "frame",
        abstract: "Check a sampling frame and summarise it.",
        discussion: """
            Reads the list of polling stations (one row per station), checks that every station \
            has a unique id and a valid number of registered voters, and prints the number of \
            stations, the spread of registered voters and, with --stratify-by, the strata with \
            their station counts. Any problem is reported as FILE:LINE with how to fix it.
            """,
        operands: [("FRAME.csv", "The sampling frame: CSV with station_id and, optionally, registered_voters.")],
        options: [
            .value("stratify-by", "COL", "Summarise the strata defined by this column (region, urban, ...)."),
            .value("id-column", "NAME", "The column of station ids.", default: SamplingFrame.defaultIDColumn),
            .value("size-column", "NAME", "The column of registered voters.", default: SamplingFrame.defaultSizeColumn),
            .format(),
        ],
        examples: [
            "sbo frame Data/azerbaijan-2024/frame.csv --stratify-by region",
            "sbo frame Data/azerbaijan-2024/frame.csv --stratify-by urban --format json",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let frame = try FrameInput.load(arguments.operands[0], arguments: arguments)
        let stratification = try frame.frame.stratification(by: arguments.string("stratify-by"))
        let summary = FrameSummary(frame: frame.frame, stratification: stratification)
        console.write(render(summary, format: arguments.format))
        return .success
    }

    static func render(_ summary: FrameSummary, format: OutputFormat) -> String {
        var table = TextTable([("stratum", .left), ("stations", .right), ("share", .right), ("registered_voters", .right)])
        for stratum in summary.strata {
            table.append([
                stratum.name, format == .csv ? String(stratum.stations) : stratum.stations.grouped,
                (Double(stratum.stations) / Double(summary.stations)).percent(),
                stratum.registeredVoters.map { format == .csv ? String($0) : $0.grouped } ?? "",
            ])
        }
        switch format {
        case .json:
            let voters: JSONValue = summary.registeredVoters.map { v in
                .object([
                    ("total", .integer(v.total)), ("min", .integer(v.minimum)),
                    ("median", .number(v.median)), ("max", .integer(v.maximum)),
                ])
            } ?? .null
            let strata = JSONValue.array(summary.strata.map { s in
                .object([
                    ("name", .string(s.name)), ("stations", .integer(s.stations)),
                    ("registered_voters", s.registeredVoters.map(JSONValue.integer) ?? .null),
                ])
            })
            return JSONValue.object([
                ("frame", .string(summary.source)), ("stations", .integer(summary.stations)),
                ("registered_voters", voters),
                ("stratify_by", summary.stratifiedBy.map(JSONValue.string) ?? .null),
                ("strata", strata),
            ]).serialized(pretty: true) + "\n"
        case .csv:
            return table.csv
        case .markdown:
            return header(summary, bullet: "- ") + "\n" + table.markdown
        case .table:
            return header(summary, bullet: "") + "\n" + table.plainText
        }
    }

    private static func header(_ summary: FrameSummary, bullet: String) -> String {
        var text = "\(bullet)Frame: \(summary.source)\n\(bullet)Polling stations: \(summary.stations.grouped)\n"
        if let v = summary.registeredVoters {
            text += "\(bullet)Registered voters: \(v.total.grouped) (per station: min \(v.minimum.grouped), median \(Double.fixed(v.median, v.median == v.median.rounded() ? 0 : 1)), max \(v.maximum.grouped))\n"
        } else {
            text += "\(bullet)Registered voters: no size column (PPS and turnout need one)\n"
        }
        let by = summary.stratifiedBy.map { " by \($0)" } ?? " (unstratified)"
        text += "\(bullet)Strata\(by): \(summary.strata.count)\n"
        return text
    }
}
