import SBO

/// `sbo sample`: draw the sample; publish SAMPLE.csv, its private manifest and its public
/// commitment as one unit.
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
            inclusion_probability, weight), SAMPLE.csv.manifest.json (version, design, seed, a \
            256-bit random salt, the commitment sha256_hex(SALT_HEX + sha256_hex(SEED)) and the \
            SHA-256 of frame and sample) and SAMPLE.csv.commitment.json (version, design, the \
            frame's SHA-256 and the commitment: no seed, salt or sample). Publish the commitment \
            file before election day; keep the manifest private (its seed reveals the sample) \
            and publish it after; then anyone can run 'sbo verify'. Roll the seed in public: 50 \
            rolls of a die give about 129 bits, far beyond any search. With --format json it \
            prints the public commitment file's contents, never the seed or salt.
            """,
        options: [
            .value("frame", "FRAME.csv", "The sampling frame.", required: true),
            .value("size", "N", "Primary stations to draw, in all strata together.", required: true),
            .value("seed", "SEED", "Any text that no one could predict: 50 dice rolls made in public (about 129 bits), or a public beacon value.", required: true),
            .value("out", "SAMPLE.csv", "Where to write the sample; the manifest goes beside it.", required: true),
            DesignOptions.stratifyBy, DesignOptions.allocation, DesignOptions.stratumProportions,
            .value("pps", "COL", "Select with probability proportional to this column (e.g. registered_voters), systematic πps in ticket order, large stations with certainty."),
            .value("reserves", "K", "Reserve stations per stratum.", default: "0"),
            DesignOptions.idColumn, DesignOptions.sizeColumn, .force, .format(),
        ],
        examples: [
            "# 105 stations stratified by economic region, 2 reserves per region; DICE holds 50 rolls",
            "# of a die made in public on the day (never copy a seed from an example):",
            "sbo sample --frame Data/azerbaijan-2024/frame.csv --size 105 --seed \"$DICE\" --stratify-by region --reserves 2 --out sample.csv",
            "sbo verify --frame Data/azerbaijan-2024/frame.csv --sample sample.csv",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let size = try arguments.integer("size", in: SampleRequest.sizeRange)!
        let reserves = try arguments.integer("reserves", in: SampleRequest.reservesRange) ?? 0
        let seed = arguments.required("seed")
        guard !seed.isEmpty else { throw UsageError("--seed must not be empty; use dice rolls or a public beacon value") }
        let out = arguments.required("out")
        let manifestPath = SampleManifest.path(forSample: out)
        let commitmentPath = SampleManifest.commitmentPath(forSample: out)
        let force = arguments.flag("force")
        let framePath = arguments.required("frame")
        let inputs = arguments.inputs(excluding: ["out"])
        try OutputFile.checkWritable([out, manifestPath, commitmentPath], force: force, inputs: inputs)
        let input = try FrameInput.load(framePath, arguments: arguments, hashing: true)
        let request = SampleRequest(
            size: size, seed: seed, stratifyBy: arguments.string("stratify-by"),
            allocation: DesignOptions.allocation(arguments),
            proportions: try DesignOptions.proportions(arguments),
            ppsColumn: arguments.string("pps"), reserves: reserves)
        let sample = try SampleDrawer.draw(from: input.frame, request: request)
        let csv = try SampleTable.csv(for: sample, frame: input.frame)
        guard let salt = SeedCommitment.randomSalt() else { throw SelectionError.noRandomSource }
        let manifest = SampleManifest(
            version: CommandLineTool.version, request: request, frameFile: framePath,
            frameSHA256: input.sha256!, frameStations: input.frame.stationCount,
            idColumn: arguments.string("id-column") ?? SamplingFrame.defaultIDColumn,
            sizeColumn: arguments.string("size-column") ?? SamplingFrame.defaultSizeColumn,
            sampleFile: out, sampleSHA256: SHA256.hexString(of: SHA256.digest(csv)), strata: sample.strata,
            salt: salt)
        try OutputFile.publish(
            [(out, csv), (manifestPath, Array(manifest.json.utf8)), (commitmentPath, Array(manifest.publicCommitmentJSON.utf8))],
            force: force, inputs: inputs)
        for warning in sample.warnings {
            console.writeError("warning: \(warning)\n")
        }
        console.write(render(sample, manifest: manifest, format: arguments.format))
        return .success
    }

    static func render(_ sample: DrawnSample, manifest: SampleManifest, format: OutputFormat) -> String {
        var table = TextTable([("stratum", .left), ("stations", .right), ("primary", .right), ("reserve", .right), ("probability", .right)])
        for stratum in sample.strata {
            let probability = stratum.certainties > 0 || sample.request.ppsColumn != nil
                ? "pps" : Double.fixed(Double(stratum.allocated) / Double(stratum.population), 4)
            table.append([stratum.name, String(stratum.population), String(stratum.allocated), String(stratum.reserves), probability])
        }
        switch format {
        case .json:
            // What goes to standard output may end up in a log or a chat: the public
            // commitment, never the seed and salt the private manifest holds.
            return manifest.publicCommitmentJSON
        case .csv:
            return table.csv
        case .markdown, .table:
            let primaries = sample.strata.reduce(0) { $0 + $1.allocated }
            let reserves = sample.strata.reduce(0) { $0 + $1.reserves }
            let population = sample.strata.reduce(0) { $0 + $1.population }
            var text = "Drew \(primaries.grouped) primary station\(primaries == 1 ? "" : "s") and \(reserves.grouped) reserve\(reserves == 1 ? "" : "s") from \(population.grouped) in \(sample.strata.count) strat\(sample.strata.count == 1 ? "um" : "a").\n"
            text += "Sample:          \(manifest.sampleFile)\n"
            text += "Manifest:        \(SampleManifest.path(forSample: manifest.sampleFile))\n"
            text += "  PRIVATE until after election day: its seed and salt reveal the sample.\n"
            text += "Commitment:      \(SampleManifest.commitmentPath(forSample: manifest.sampleFile))\n"
            text += "  PUBLISH before election day: it commits to the seed without revealing it.\n"
            text += "Seed commitment: \(manifest.commitment)\n"
            text += "  (after election day publish the manifest; anyone can then run 'sbo verify')\n\n"
            text += format == .markdown ? table.markdown : table.plainText
            return text
        }
    }
}
