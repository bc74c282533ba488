/// SAMPLE.csv.manifest.json: what anyone needs to draw the sample again and check it —
/// the tool version, the design, the seed and its commitment, and SHA-256 hashes of the frame
/// file and of SAMPLE.csv (SPEC `sbo sample`).
///
/// The seed commitment is `sha256_hex(sha256_hex(SEED))`. A group can publish it before
/// election day without revealing the sample (the tickets are keyed by `sha256_hex(SEED)`,
/// which the commitment does not disclose), and the seed afterwards; anyone can then check that
/// the seed matches the commitment. A seed of at least 20 dice rolls (≈ 52 bits) keeps the
/// commitment from being inverted by trying seeds.
public struct SampleManifest: Sendable, Equatable {
    public var version: String
    public var request: SampleRequest
    /// The frame's file name as given and its SHA-256 (hex), and its station count.
    public var frameFile: String
    public var frameSHA256: String
    public var frameStations: Int
    public var idColumn: String
    public var sizeColumn: String
    /// SAMPLE.csv's file name and SHA-256 (hex).
    public var sampleFile: String
    public var sampleSHA256: String
    /// Per stratum: name, N_h, n_h, reserves drawn.
    public var strata: [DrawnSample.Stratum]

    /// The commitment to the seed: `sha256_hex(sha256_hex(SEED))`.
    public static func commitment(toSeed seed: String) -> String {
        SHA256.hex(SHA256.hex(seed))
    }

    /// The path of the manifest that belongs to a sample file.
    public static func path(forSample samplePath: String) -> String {
        samplePath + ".manifest.json"
    }

    public init(
        version: String, request: SampleRequest, frameFile: String, frameSHA256: String,
        frameStations: Int, idColumn: String, sizeColumn: String, sampleFile: String,
        sampleSHA256: String, strata: [DrawnSample.Stratum]
    ) {
        self.version = version
        self.request = request
        self.frameFile = frameFile
        self.frameSHA256 = frameSHA256
        self.frameStations = frameStations
        self.idColumn = idColumn
        self.sizeColumn = sizeColumn
        self.sampleFile = sampleFile
        self.sampleSHA256 = sampleSHA256
        self.strata = strata
    }

    /// The manifest as pretty-printed JSON with a final newline.
    public var json: String {
        let proportions: JSONValue =
            request.proportions.map { values in
                .object(values.keys.sorted(by: Stratification.byteOrder).map { ($0, .number(values[$0]!)) })
            } ?? .null
        let document: JSONValue = .object([
            ("tool", .string("sbo")),
            ("version", .string(version)),
            ("method", .string("consistent sampling: ticket = sha256_uniform(sha256_hex(seed) + station_id); within each stratum ascending tickets" + (request.ppsColumn == nil ? "" : ", systematic pps in ticket order"))),
            ("seed", .string(request.seed)),
            ("seed_commitment", .string(Self.commitment(toSeed: request.seed))),
            ("frame", .object([
                ("file", .string(frameFile)),
                ("sha256", .string(frameSHA256)),
                ("stations", .integer(frameStations)),
                ("id_column", .string(idColumn)),
                ("size_column", .string(sizeColumn)),
            ])),
            ("design", .object([
                ("size", .integer(request.size)),
                ("stratify_by", request.stratifyBy.map(JSONValue.string) ?? .null),
                ("allocation", .string(request.allocation.rawValue)),
                ("stratum_proportions", proportions),
                ("pps", request.ppsColumn.map(JSONValue.string) ?? .null),
                ("reserves", .integer(request.reserves)),
            ])),
            ("strata", .array(strata.map { stratum in
                .object([
                    ("name", .string(stratum.name)),
                    ("population", .integer(stratum.population)),
                    ("allocated", .integer(stratum.allocated)),
                    ("reserves", .integer(stratum.reserves)),
                    ("certainties", .integer(stratum.certainties)),
                ])
            })),
            ("sample", .object([
                ("file", .string(sampleFile)),
                ("sha256", .string(sampleSHA256)),
            ])),
        ])
        return document.serialized(pretty: true) + "\n"
    }

    /// Reads a manifest written by `json`.
    public init(parsing bytes: [UInt8], source: String) throws(ManifestError) {
        let document: JSONValue
        do {
            document = try JSONValue.parse(bytes, source: source)
        } catch {
            throw .malformed(source: source, detail: error.description)
        }
        func require<T>(_ value: T?, _ field: String) throws(ManifestError) -> T {
            guard let value else { throw .missingField(source: source, field: field) }
            return value
        }
        let frame = document["frame"]
        let design = document["design"]
        func optionalText(_ key: String) throws(ManifestError) -> String? {
            guard let value = design?[key] else { throw .missingField(source: source, field: "design." + key) }
            if value == .null { return nil }
            return try require(value.stringValue, "design." + key)
        }
        let allocation = try require(
            design?["allocation"]?.stringValue.flatMap(Allocation.init(rawValue:)), "design.allocation")
        // Values out of range are refused here, as `sbo sample` refuses them as options: the
        // draw takes them as given (a proportion outside [0, 1] or reserves near Int.max would
        // stop it with a runtime trap; found by Fuzz/ManifestFuzzTarget.swift).
        func requireInRange(_ value: Int?, _ field: String, _ range: ClosedRange<Int>) throws(ManifestError) -> Int {
            let value = try require(value, field)
            guard range.contains(value) else {
                throw .invalidValue(
                    source: source, field: field, value: String(value),
                    expected: "from \(range.lowerBound) to \(range.upperBound)")
            }
            return value
        }
        var proportions: [String: Double]?
        if let members = design?["stratum_proportions"]?.objectValue {
            proportions = [:]
            for (name, value) in members {
                let p = try require(value.doubleValue, "design.stratum_proportions")
                guard (0...1).contains(p) else {
                    throw .invalidValue(
                        source: source, field: "design.stratum_proportions", value: "\(p)",
                        expected: "a proportion from 0 to 1")
                }
                proportions?[name] = p
            }
        }
        request = SampleRequest(
            size: try requireInRange(design?["size"]?.integerValue, "design.size", SampleRequest.sizeRange),
            seed: try require(document["seed"]?.stringValue, "seed"),
            stratifyBy: try optionalText("stratify_by"), allocation: allocation,
            proportions: proportions, ppsColumn: try optionalText("pps"),
            reserves: try requireInRange(
                design?["reserves"]?.integerValue, "design.reserves", SampleRequest.reservesRange))
        version = try require(document["version"]?.stringValue, "version")
        frameFile = try require(frame?["file"]?.stringValue, "frame.file")
        frameSHA256 = try require(frame?["sha256"]?.stringValue, "frame.sha256")
        frameStations = try require(frame?["stations"]?.integerValue, "frame.stations")
        idColumn = try require(frame?["id_column"]?.stringValue, "frame.id_column")
        sizeColumn = try require(frame?["size_column"]?.stringValue, "frame.size_column")
        sampleFile = try require(document["sample"]?["file"]?.stringValue, "sample.file")
        sampleSHA256 = try require(document["sample"]?["sha256"]?.stringValue, "sample.sha256")
        strata = []
        for item in try require(document["strata"]?.arrayValue, "strata") {
            strata.append(
                .init(
                    name: try require(item["name"]?.stringValue, "strata.name"),
                    population: try require(item["population"]?.integerValue, "strata.population"),
                    allocated: try require(item["allocated"]?.integerValue, "strata.allocated"),
                    reserves: try require(item["reserves"]?.integerValue, "strata.reserves"),
                    certainties: try require(item["certainties"]?.integerValue, "strata.certainties")))
        }
    }
}
