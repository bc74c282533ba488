import Foundation
import SBO
import Testing

/// Outputs pinned by SHA-256 so that a rewrite of the readers (issue 16: byte-level cells,
/// trimming, id tables, hardware SHA-256, selection for the median) cannot change a byte of
/// what `frame`, `sample` and `estimate` write: on the bundled data and on a generated
/// 8,000-station frame whose cells exercise the CSV grammar (BOM, CRLF, quoted delimiters and
/// quotes, the formula guard, padded and mixed-case answers, missing values).
///
/// `estimate`'s JSON is pinned through the fields of SPEC part one (per indicator `name`,
/// `domain`, `n`, `count`, `estimate`, `standard_error`, `ci_low`, `ci_high`, `design_effect`;
/// per ratio `name`, `domain`, `estimate`, `standard_error`, `ci_low`, `ci_high`; the `design`),
/// so that fields other work adds (labels, data quality) leave it alone; so are `forensics`,
/// `progress` and the bootstrap's, through their SPEC fields. When an output changes on
/// purpose, the failure message gives the new digest to paste here.
@Suite struct OutputGoldenTests {
    static let data = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Data/azerbaijan-2024").path

    /// The digest of `text`'s UTF-8 bytes, hexadecimal.
    static func digest(_ text: String) -> String { SHA256.hex(text) }

    /// The SPEC part-one fields of an estimate's JSON, as compact JSON text.
    static func estimateProjection(_ json: String) throws -> String {
        let document = try JSONValue.parse(Array(json.utf8), source: "estimate")
        func keep(_ value: JSONValue?, _ keys: [String]) -> JSONValue {
            .object(keys.map { ($0, value?[$0] ?? .null) })
        }
        let indicatorKeys = ["name", "domain", "n", "count", "estimate", "standard_error", "ci_low", "ci_high", "design_effect"]
        let ratioKeys = ["name", "domain", "estimate", "standard_error", "ci_low", "ci_high"]
        let projection = JSONValue.object([
            ("confidence", document["confidence"] ?? .null), ("method", document["method"] ?? .null),
            ("design", keep(document["design"], ["strata", "stations_sampled", "stations_reporting"])),
            ("indicators", .array((document["indicators"]?.arrayValue ?? []).map { keep($0, indicatorKeys) })),
            ("ratios", .array((document["ratios"]?.arrayValue ?? []).map { keep($0, ratioKeys) })),
        ])
        return projection.serialized(pretty: false)
    }

    /// An 8,000-station frame in 7 regions, from a fixed linear congruential sequence; CRLF
    /// line ends, a byte-order mark, region names with a comma or a quote (quoted), a column
    /// of notes with the formula guard and padded text.
    static func generatedFrame() -> String {
        var state: UInt64 = 20_240_207
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let regions = ["North", "\"South, coast\"", "East", "\"West \"\"hills\"\"\"", "Centre", "Île-de-France", "Zoë"]
        var text = "\u{FEFF}station_id,region,urban,registered_voters,note\r\n"
        for i in 0..<8_000 {
            let region = regions[next(regions.count)]
            let note = ["", "'=SUM(A1)", "  padded  ", "\"a, \"\"b\"\"\"", "x"][next(5)]
            text += "G-\(String(i * 7919 % 8_000 + 100_000)),\(region),\(next(10) < 3 ? "urban" : "rural"),\(200 + next(1800)),\(note)\r\n"
        }
        return text
    }

    /// Observations for the primaries of `sample`: 8 indicators in the spellings observers
    /// use, two counts, every 13th station missing.
    static func generatedObservations(sample: String) throws -> String {
        let table = try CSVReader.parse(Array(sample.utf8), source: "sample.csv")
        let ids = try table.requiredColumn("station_id"), roles = try table.requiredColumn("role")
        let voters = try table.requiredColumn("registered_voters")
        let answers = [["yes", "no"], ["Y", "N"], [" 1 ", "0"], ["TRUE", "false"], ["y", "n"], ["1", "0"], ["yes", "No "], ["1", "0"]]
        var text = "station_id," + (1...8).map { "q\($0)" }.joined(separator: ",") + ",registered_voters,ballots_cast\n"
        var row = 0
        for (index, id) in ids.enumerated() where roles[index] == "primary" {
            row += 1
            guard row % 13 != 0 else { continue }
            text += "\"\(id)\""
            for (j, spelling) in answers.enumerated() {
                let cell = (row * (j + 3)) % 17 == 0 ? ["", "NA", "."][row % 3] : spelling[(row * 7 + j * j) % (3 + j) == 0 ? 0 : 1]
                text += "," + cell
            }
            let registered = Int(voters[index])!
            text += ",\(registered),\(registered * (40 + row % 50) / 100)\n"
        }
        return text
    }

    /// Runs sbo, expects success, and returns its output, with the path `input` (which
    /// differs between checkouts) written as its file name.
    static func output(_ arguments: [String], naming input: String? = nil) -> String {
        let run = sbo(arguments)
        #expect(run.status == 0, "sbo \(arguments.joined(separator: " ")): \(run.errorOutput)")
        guard let input else { return run.output }
        return run.output.replacingOccurrences(of: input, with: URL(fileURLWithPath: input).lastPathComponent)
    }

    @Test func bundledDataOutputsAreUnchanged() throws {
        let scratch = ScratchDirectory()
        defer { scratch.cleanUp() }
        let frame = Self.data + "/frame.csv"
        let sample = Self.data + "/sample.csv", observations = Self.data + "/observations.csv"
        let drawn = scratch.file("sample.csv")
        _ = Self.output(["sample", "--frame", frame, "--size", "105", "--seed", "golden", "--stratify-by", "region",
                         "--reserves", "2", "--out", drawn])
        let pps = scratch.file("pps.csv")
        _ = Self.output(["sample", "--frame", frame, "--size", "105", "--seed", "golden", "--stratify-by", "region",
                         "--pps", "registered_voters", "--out", pps])
        let digests = [
            Self.digest(Self.output(["frame", frame, "--stratify-by", "region", "--format", "json"], naming: frame)),
            Self.digest(scratch.read("sample.csv") ?? ""),
            Self.digest(scratch.read("pps.csv") ?? ""),
            Self.digest(try Self.estimateProjection(Self.output(
                ["estimate", "--sample", sample, "--observations", observations, "--format", "json"]))),
            Self.digest(try Self.estimateProjection(Self.output(
                ["estimate", "--sample", sample, "--observations", observations, "--by", "region",
                 "--method", "clopper-pearson", "--format", "json"]))),
        ]
        #expect(digests == [
            "85d60a69333f16150a4a536e43d0e58fc01d8f9f8f25264fb0fb3a959e4ab7bf",  // frame --stratify-by region
            "3b5e1f145dbc9fe363a0b03eef12881df455c0e27ebfa6932e2b8becb2b73c59",  // sample stratified, 2 reserves
            "a581509699d676d8544018a7369053e2ae020b14d49b763890261f37012cf58d",  // sample PPS
            "962c418cbcd7fd48b61b344c8948dda0a6b4adc5aadf1b5336a2698e4078bf17",  // estimate (Wilson)
            "a56b6abe8c03cde20a961dc93cb2e15a6552854a9c6f9fdce946315995505336",  // estimate --by region, Clopper-Pearson
        ])
    }

    /// Which fields of a JSON value to keep: each key with what to keep inside it (nothing
    /// listed: all of it); arrays are projected element by element.
    struct Fields: ExpressibleByDictionaryLiteral {
        let keys: [(String, Fields)]
        init(dictionaryLiteral elements: (String, Fields)...) { keys = elements }

        func project(_ value: JSONValue?) -> JSONValue {
            guard let value else { return .null }
            if let elements = value.arrayValue { return .array(elements.map(project)) }
            guard !keys.isEmpty else { return value }
            return .object(keys.map { key, inner in (key, inner.project(value[key])) })
        }
    }

    /// The commands whose readers and resampling issue 16 rewrote after `estimate`: forensics
    /// (observer effect with its permutation p-values, whole percentages with their simulated
    /// p-values, last digits), progress (estimates and representativeness p-values at every
    /// checkpoint) and the bootstrap, through their SPEC fields, on the bundled data.
    @Test func forensicsProgressAndBootstrapOutputsAreUnchanged() throws {
        let sample = Self.data + "/sample.csv", observations = Self.data + "/observations.csv"
        let official = Self.data + "/official.csv"
        func json(_ arguments: [String]) throws -> JSONValue {
            try JSONValue.parse(Array(Self.output(arguments + ["--format", "json"]).utf8), source: arguments[0])
        }
        let forensics = try json(["forensics", "--official", official, "--sample", sample, "--observations", observations])
        let forensicsFields: Fields = [
            "observer_effect": ["figure": [:], "observed": [:], "unobserved": [:], "difference": [:], "ci_low": [:],
                                "ci_high": [:], "p_value": [:]],
            "integer_percent": ["figure": [:], "stations_at_integer": [:], "expected": [:], "p_value": [:]],
            "full_turnout": ["at_least_99": [:], "at_least_100": [:]],
            "last_digit": ["figure": [:], "p_value": [:], "p_adjusted": [:]],
        ]
        let progress = try json(["progress", "--sample", sample, "--observations", observations])
        let progressFields: Fields = [
            "checkpoints": [
                "time": [:], "stations_reporting": [:], "fraction_reporting": [:],
                "indicators": ["name": [:], "estimate": [:], "ci_low": [:], "ci_high": [:]],
                "representativeness": ["p_value": [:], "verdict": [:], "covariates": ["name": [:], "p_value": [:]]],
            ],
        ]
        let bootstrap = try json(["estimate", "--sample", sample, "--observations", observations,
                                  "--method", "bootstrap", "--replicates", "20000", "--seed", "golden"])
        let digests = [
            Self.digest(forensicsFields.project(forensics).serialized(pretty: false)),
            Self.digest(progressFields.project(progress).serialized(pretty: false)),
            Self.digest(try Self.estimateProjection(bootstrap.serialized(pretty: false))),
        ]
        #expect(digests == [
            "84a83694d2127c2d4387c9b468231ebfa04e1cdf5ce564da4cb007805d6d5adb",  // forensics, sample and observations
            "0b7cd86fcce61a0e93c992341b5441c06087ad491db81e60b3e2f7f4283efb95",  // progress
            "e6c1cd7ff82f411fc7620eda68bcda6839c0f76dab097ae4dc45a959b21581dc",  // estimate --method bootstrap, B = 20,000
        ])
    }

    @Test func generatedLargeInputOutputsAreUnchanged() throws {
        let scratch = ScratchDirectory()
        defer { scratch.cleanUp() }
        let frame = scratch.write("frame.csv", Self.generatedFrame())
        let sample = scratch.file("sample.csv")
        _ = Self.output(["sample", "--frame", frame, "--size", "800", "--seed", "golden", "--stratify-by", "region",
                         "--reserves", "3", "--out", sample])
        let sampleText = scratch.read("sample.csv") ?? ""
        let observations = scratch.write("obs.csv", try Self.generatedObservations(sample: sampleText))
        let digests = [
            Self.digest(Self.output(["frame", frame, "--stratify-by", "region", "--format", "json"], naming: frame)),
            Self.digest(Self.output(["frame", frame, "--format", "json"], naming: frame)),
            Self.digest(sampleText),
            Self.digest(try Self.estimateProjection(Self.output(
                ["estimate", "--sample", sample, "--observations", observations, "--format", "json"]))),
            Self.digest(try Self.estimateProjection(Self.output(
                ["estimate", "--sample", sample, "--observations", observations, "--by", "urban", "--format", "json"]))),
        ]
        #expect(digests == [
            "b27a50d1b31a413d511dbfd3e502938665a4d70dbd8b46e84e7ab3ee94a152be",  // frame --stratify-by region
            "5be7ccf714b65f9f1cd6231df9cd4b75ffa32d541224044eef1c78c6bd446c38",  // frame
            "8baab51bffb52f08e960f349c0ca62965b928bdda0a382042ffd313aa01f0f0b",  // sample stratified, 3 reserves
            "9b04dc408f106536a70d1aa3f6cae9e2b3825ddb2f17a137c06fa8c7c065d8e6",  // estimate (Wilson)
            "7e7a7aab3831cda9017f1252572d0e9ed3a2a63bfd4c019605224eb961e32224",  // estimate --by urban
        ])
    }
}
