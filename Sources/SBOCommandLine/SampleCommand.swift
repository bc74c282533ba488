import SBO

/// `sbo sample`: draw the sample, write SAMPLE.csv and its manifest.
enum SampleCommand: Command {
    static let spec = CommandSpec(
        name: "sample",
        abstract: "Draw a sample of polling stations that anyone can re-draw and check.",
        discussion: """
            Draws --size primary stations (and --reserves K reserves per stratum, in the order to \
            use them) by consistent sampling: every station gets the ticket \
            sha256_uniform(sha256_hex(SEED) + station_id) and, within each stratum, the stations \
            with the smallest tickets are taken. The same frame, options and seed give the same \
            file on every computer, whatever the order of the frame's rows. Writes SAMPLE.csv \
            (the frame's columns, then stratum, stratum_size, role, order, \
            inclusion_probability, weight) and SAMPLE.csv.manifest.json (version, design, seed, \
            seed commitment and SHA-256 of both files). Publish the seed commitment before \
            election day and the seed after; 'sbo verify' checks the draw.
            """,
        options: [
            .value("frame", "FRAME.csv", "The sampling frame.", required: true),
            .value("size", "N", "Primary stations to draw, in all strata together.", required: true),
            .value("seed", "SEED", "Any text: dice rolls (20 or more), a public beacon value.", required: true),
            .value("out", "SAMPLE.csv", "Where to write the sample; the manifest goes beside it.", required: true),
            DesignOptions.stratifyBy, DesignOptions.allocation, DesignOptions.stratumProportions,
            .value("pps", "COL", "Select with probability proportional to this column (e.g. registered_voters), systematic πps in ticket order, large stations with certainty."),
            .value("reserves", "K", "Reserve stations per stratum.", default: "0"),
            DesignOptions.idColumn, DesignOptions.sizeColumn, .force, .format(),
        ],
        examples: [
            "# 105 stations stratified by economic region, 2 reserves per region, seed from dice:",
            "sbo sample --frame Data/azerbaijan-2024/frame.csv --size 105 --seed 3141592653589793238 --stratify-by region --reserves 2 --out sample.csv",
            "sbo verify --frame Data/azerbaijan-2024/frame.csv --sample sample.csv",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let size = try arguments.integer("size", in: SampleRequest.sizeRange)!
        let reserves = try arguments.integer("reserves", in: SampleRequest.reservesRange) ?? 0
        let seed = arguments.required("seed")
        guard !seed.isEmpty else { throw UsageError("--seed must not be empty; use dice rolls or a public beacon value") }
        let out = arguments.required("out")
        let manifestPath = SampleManifest.path(forSample: out)
        let force = arguments.flag("force")
        let framePath = arguments.required("frame")
        let inputs = [framePath] + [arguments.string("stratum-proportions")].compactMap { $0 }
        try OutputFile.checkWritable([out, manifestPath], force: force, inputs: inputs)
        let input = try FrameInput.load(framePath, arguments: arguments, hashing: true)
        let request = SampleRequest(
            size: size, seed: seed, stratifyBy: arguments.string("stratify-by"),
            allocation: DesignOptions.allocation(arguments),
            proportions: try DesignOptions.proportions(arguments),
            ppsColumn: arguments.string("pps"), reserves: reserves)
        let sample = try SampleDrawer.draw(from: input.frame, request: request)
        let csv = try SampleTable.csv(for: sample, frame: input.frame)
        let manifest = SampleManifest(
            version: CommandLineTool.version, request: request, frameFile: framePath,
            frameSHA256: input.sha256!, frameStations: input.frame.stationCount,
            idColumn: arguments.string("id-column") ?? SamplingFrame.defaultIDColumn,
            sizeColumn: arguments.string("size-column") ?? SamplingFrame.defaultSizeColumn,
            sampleFile: out, sampleSHA256: SHA256.hexString(of: SHA256.digest(csv)), strata: sample.strata)
        try OutputFile.publish([(out, csv), (manifestPath, Array(manifest.json.utf8))], force: force, inputs: inputs)
        for warning in sample.warnings {
            console.writeError("warning: \(warning)\n")
        }
        console.write(render(sample, manifest: manifest, manifestPath: manifestPath, format: arguments.format))
        return .success
    }

    static func render(_ sample: DrawnSample, manifest: SampleManifest, manifestPath: String, format: OutputFormat) -> String {
        var table = TextTable([("stratum", .left), ("stations", .right), ("primary", .right), ("reserve", .right), ("probability", .right)])
        for stratum in sample.strata {
            let probability = stratum.certainties > 0 || sample.request.ppsColumn != nil
                ? "pps" : Double.fixed(Double(stratum.allocated) / Double(stratum.population), 4)
            table.append([stratum.name, String(stratum.population), String(stratum.allocated), String(stratum.reserves), probability])
        }
        switch format {
        case .json:
            return manifest.json
        case .csv:
            return table.csv
        case .markdown, .table:
            let primaries = sample.strata.reduce(0) { $0 + $1.allocated }
            let reserves = sample.strata.reduce(0) { $0 + $1.reserves }
            let population = sample.strata.reduce(0) { $0 + $1.population }
            var text = "Drew \(primaries.grouped) primary station\(primaries == 1 ? "" : "s") and \(reserves.grouped) reserve\(reserves == 1 ? "" : "s") from \(population.grouped) in \(sample.strata.count) strat\(sample.strata.count == 1 ? "um" : "a").\n"
            text += "Sample:          \(manifest.sampleFile)\nManifest:        \(manifestPath)\n"
            text += "Seed commitment: \(SampleManifest.commitment(toSeed: manifest.request.seed))\n"
            text += "  (publish the commitment now and the seed after election day; anyone can then run 'sbo verify')\n\n"
            text += format == .markdown ? table.markdown : table.plainText
            return text
        }
    }
}
