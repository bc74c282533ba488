/// SAMPLE.csv.manifest.json: what anyone needs to draw the sample again and check it —
/// the tool version, the design, the seed, the salt and their commitment, and SHA-256 hashes
/// of the frame file and of SAMPLE.csv (SPEC `sbo sample`, "Seeds, commitments and
/// verification").
///
/// The manifest is private until after election day: with the seed, anyone can draw the
/// sample. What is published before is ``publicCommitmentJSON`` (SAMPLE.csv.commitment.json):
/// the design, the frame's hash and the ``SeedCommitment``, from which neither the seed nor the
/// sample can be found. Manifests written before salts existed have no `salt` and the unsalted
/// commitment; they are read and verified as they are.
public struct SampleManifest: Sendable, Equatable {
    public var version: String
    public var request: SampleRequest
    /// SALT_HEX of the ``SeedCommitment``; nil in manifests written before salts existed.
    public var salt: String?
    /// The commitment as the manifest records it (computed from seed and salt when made here).
    public var commitment: String
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

    /// The ``SeedCommitment`` to `seed` with `salt` (unsalted when nil).
    public static func commitment(toSeed seed: String, salt: String? = nil) -> String {
        SeedCommitment.value(seed: seed, salt: salt)
    }

    /// Whether the recorded commitment is the one that the seed and salt give.
    public var commitmentMatchesSeed: Bool {
        commitment == Self.commitment(toSeed: request.seed, salt: salt)
    }

    /// The path of the manifest that belongs to a sample file.
    public static func path(forSample samplePath: String) -> String {
        samplePath + ".manifest.json"
    }

    /// The path of the public commitment file that belongs to a sample file.
    public static func commitmentPath(forSample samplePath: String) -> String {
        samplePath + ".commitment.json"
    }

    public init(
        version: String, request: SampleRequest, frameFile: String, frameSHA256: String,
        frameStations: Int, idColumn: String, sizeColumn: String, sampleFile: String,
        sampleSHA256: String, strata: [DrawnSample.Stratum], salt: String? = nil
    ) {
        self.version = version
        self.request = request
        self.salt = salt
        self.commitment = Self.commitment(toSeed: request.seed, salt: salt)
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
        var members: [(String, JSONValue)] = [
            ("tool", .string("sbo")),
            ("version", .string(version)),
            ("private", .string("Keep this file private until after election day: its seed and salt reveal the sample. Publish \(Self.commitmentPath(forSample: sampleFile)) before.")),
            ("method", .string(method)),
            ("seed", .string(request.seed)),
        ]
        if let salt { members.append(("salt", .string(salt))) }
        members += [
            ("seed_commitment", .string(commitment)),
            ("frame", frameJSON),
            ("design", designJSON),
            ("strata", strataJSON),
            ("sample", .object([
                ("file", .string(sampleFile)),
                ("sha256", .string(sampleSHA256)),
            ])),
        ]
        return JSONValue.object(members).serialized(pretty: true) + "\n"
    }

    /// SAMPLE.csv.commitment.json, for publication before election day: version, method,
    /// frame (with its SHA-256), design, strata and the commitment; no seed, salt or sample.
    public var publicCommitmentJSON: String {
        let commitmentFormula = salt == nil
            ? "sha256_hex(sha256_hex(seed))" : "sha256_hex(salt_hex + sha256_hex(seed))"
        return JSONValue.object([
            ("tool", .string("sbo")),
            ("version", .string(version)),
            ("public", .string("Publish this file before election day. The seed and salt that open the commitment are in the private manifest, published after election day; then anyone can run 'sbo verify'.")),
            ("method", .string(method)),
            ("frame", frameJSON),
            ("design", designJSON),
            ("strata", strataJSON),
            ("commitment_formula", .string(commitmentFormula)),
            ("commitment", .string(commitment)),
        ]).serialized(pretty: true) + "\n"
    }

    private var method: String {
        "consistent sampling: ticket = sha256_uniform(sha256_hex(seed) + station_id); within each stratum ascending tickets" + (request.ppsColumn == nil ? "" : ", systematic pps in ticket order")
    }

    private var frameJSON: JSONValue {
        .object([
            ("file", .string(frameFile)),
            ("sha256", .string(frameSHA256)),
            ("stations", .integer(frameStations)),
            ("id_column", .string(idColumn)),
            ("size_column", .string(sizeColumn)),
        ])
    }

    private var designJSON: JSONValue {
        let proportions: JSONValue =
            request.proportions.map { values in
                .object(values.keys.sorted(by: Stratification.byteOrder).map { ($0, .number(values[$0]!)) })
            } ?? .null
        return .object([
            ("size", .integer(request.size)),
            ("stratify_by", request.stratifyBy.map(JSONValue.string) ?? .null),
            ("allocation", .string(request.allocation.rawValue)),
            ("stratum_proportions", proportions),
            ("pps", request.ppsColumn.map(JSONValue.string) ?? .null),
            ("reserves", .integer(request.reserves)),
        ])
    }

    private var strataJSON: JSONValue {
        .array(strata.map { stratum in
            .object([
                ("name", .string(stratum.name)),
                ("population", .integer(stratum.population)),
                ("allocated", .integer(stratum.allocated)),
                ("reserves", .integer(stratum.reserves)),
                ("certainties", .integer(stratum.certainties)),
            ])
        })
    }

    /// Reads a manifest written by `json` (or by an sbo before salts existed).
    public init(parsing bytes: [UInt8], source: String) throws(ManifestError) {
        let document: JSONValue
        do {
            document = try JSONValue.parse(bytes, source: source)
        } catch {
            throw .malformed(detail: error.description)
        }
        /// The line of `field` (its last key, else its first) in the text, else 1.
        func line(_ field: String) -> Int {
            let keys = field.split(separator: ".").map(String.init)
            for key in [keys.last, keys.first].compactMap({ $0 }) {
                if let line = Self.line(ofKey: key, in: bytes) { return line }
            }
            return 1
        }
        func require<T>(_ value: T?, _ field: String) throws(ManifestError) -> T {
            guard let value else { throw .missingField(source: source, line: line(field), field: field) }
            return value
        }
        let frame = document["frame"]
        let design = document["design"]
        func optionalText(_ key: String) throws(ManifestError) -> String? {
            guard let value = design?[key] else { throw .missingField(source: source, line: line("design." + key), field: "design." + key) }
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
                    source: source, line: line(field), field: field, value: String(value),
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
                        source: source, line: line("design.stratum_proportions." + name),
                        field: "design.stratum_proportions", value: "\(p)",
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
        if let saltValue = document["salt"] {
            let text = try require(saltValue.stringValue, "salt")
            guard SeedCommitment.isSalt(text) else {
                throw .invalidValue(
                    source: source, line: line("salt"), field: "salt", value: text,
                    expected: "64 lowercase hexadecimal digits")
            }
            salt = text
        } else {
            salt = nil
        }
        commitment = try require(document["seed_commitment"]?.stringValue, "seed_commitment")
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

    /// The line (from 1) of the first `"key":` in JSON text, or nil.
    static func line(ofKey key: String, in bytes: [UInt8]) -> Int? {
        let needle = Array(JSONValue.string(key).serialized(pretty: false).utf8)
        guard needle.count <= bytes.count else { return nil }
        var line = 1
        var index = 0
        while index + needle.count <= bytes.count {
            if bytes[index] == 0x0A { line += 1 }
            if bytes[index] == needle[0] && bytes[index..<(index + needle.count)].elementsEqual(needle) {
                var after = index + needle.count
                while after < bytes.count && [0x20, 0x09, 0x0A, 0x0D].contains(bytes[after]) { after += 1 }
                if after < bytes.count && bytes[after] == UInt8(ascii: ":") { return line }
            }
            index += 1
        }
        return nil
    }
}
