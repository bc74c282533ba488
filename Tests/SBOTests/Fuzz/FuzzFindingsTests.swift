import Testing
@testable import SBO

/// Regression tests for what fuzzing and the hostile-input corpus found (Fuzz/README.md):
/// each input here once crashed or hung sbo.
@Suite struct FuzzFindingsTests {
    /// A manifest as `sbo sample` writes it: Neyman allocation over three strata.
    private static let manifest = SampleManifest(
        version: "0.1.0",
        request: SampleRequest(
            size: 6, seed: "x", stratifyBy: "region", allocation: .neyman,
            proportions: ["east": 0.05, "north": 0.2, "south": 0.5], reserves: 0),
        frameFile: "frame.csv", frameSHA256: String(repeating: "0", count: 64), frameStations: 12,
        idColumn: "station_id", sizeColumn: "registered_voters", sampleFile: "s.csv",
        sampleSHA256: String(repeating: "1", count: 64),
        strata: ["east", "north", "south"].map {
            DrawnSample.Stratum(name: $0, population: 4, allocated: 2, reserves: 0, certainties: 0)
        })

    private static func parse(_ edit: (String) -> String) throws(ManifestError) -> SampleManifest {
        try SampleManifest(parsing: Array(edit(manifest.json).utf8), source: "m.json")
    }

    /// The line of `"key":` in the manifest's text, counted here line by line.
    private static func line(of key: String) -> Int {
        manifest.json.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.contains("\"\(key)\":") }! + 1
    }

    @Test func unchangedManifestRoundTrips() throws {
        #expect(try Self.parse { $0 } == Self.manifest)
    }

    /// The manifest fuzzer's first crash (crash-9a83d134…): a stratum proportion of 1.05 made
    /// Neyman's weight √(P(1 − P)) NaN, and converting it to an integer trapped in `Allocator`.
    @Test(arguments: ["1.05", "-0.5", "1e300"])
    func proportionOutsideZeroToOne(value: String) {
        #expect(throws: ManifestError.invalidValue(
            source: "m.json", line: Self.line(of: "east"), field: "design.stratum_proportions", value: "\(Double(value)!)",
            expected: "a proportion from 0 to 1")
        ) {
            try Self.parse { $0.replacingOccurrences(of: "\"east\": 0.05", with: "\"east\": \(value)") }
        }
    }

    /// Reserves near Int.max overflowed `n_h + K` in the draw; negative reserves drew fewer
    /// primaries than allocated. Both are refused, with the bounds `sbo sample` applies.
    @Test(arguments: [
        ("\"reserves\": 0", "\"reserves\": 9223372036854775807", "design.reserves", "9223372036854775807", "from 0 to 1000000"),
        ("\"reserves\": 0", "\"reserves\": -1", "design.reserves", "-1", "from 0 to 1000000"),
        ("\"reserves\": 0", "\"reserves\": 1000001", "design.reserves", "1000001", "from 0 to 1000000"),
        ("\"size\": 6", "\"size\": 0", "design.size", "0", "from 1 to 2147483647"),
        ("\"size\": 6", "\"size\": -9223372036854775808", "design.size", "-9223372036854775808", "from 1 to 2147483647"),
    ])
    func countsOutOfRange(old: String, new: String, field: String, value: String, expected: String) {
        let key = String(field.split(separator: ".").last!)
        #expect(throws: ManifestError.invalidValue(source: "m.json", line: Self.line(of: key), field: field, value: value, expected: expected)) {
            try Self.parse { $0.replacingOccurrences(of: old, with: new) }
        }
    }

    @Test func boundsThemselvesAreAccepted() throws {
        let edited = try Self.parse {
            $0.replacingOccurrences(of: "\"east\": 0.05", with: "\"east\": 0")
                .replacingOccurrences(of: "\"north\": 0.2", with: "\"north\": 1")
                .replacingOccurrences(of: "\"size\": 6", with: "\"size\": 2147483647")
                .replacingOccurrences(of: "\"reserves\": 0\n", with: "\"reserves\": 1000000\n")
        }
        #expect(edited.request.proportions == ["east": 0, "north": 1, "south": 0.5])
        #expect(edited.request.size == 2_147_483_647)
        #expect(edited.request.reserves == 1_000_000)
    }

    @Test func messageSaysWhatIsWrong() {
        let error = ManifestError.invalidValue(
            source: "m.json", line: 25, field: "design.reserves", value: "-1", expected: "from 0 to 1000000")
        #expect(error.description == "m.json:25: the manifest's 'design.reserves' is -1, but it must be from 0 to 1000000; was it written by sbo sample?")
        #expect(error.kind == .badData)
    }

    /// A 50 MB header name made the "did you mean" search build an array of 50 million
    /// characters and a 10 × 50,000,000 table: minutes and 1.7 GB. Candidates longer than
    /// name + limit characters are now skipped; the limit itself still counts.
    @Test func editDistanceSkipsHugeCandidates() {
        let huge = String(repeating: "station_i", count: 5_000_000)
        let started = ContinuousClock.now
        #expect(EditDistance.closest(to: "station_id", among: [huge]) == nil)
        #expect(EditDistance.closest(to: "station_id", among: [huge, "Station_ID"]) == "Station_ID")
        #expect(ContinuousClock.now - started < .seconds(5))
        // "station_id" has 10 characters, limit max(2, 10/3) = 3: 13 characters are still
        // compared (distance 3, close), 14 are skipped (distance 4 in any case).
        #expect(EditDistance.closest(to: "station_id", among: ["station_idxyz"]) == "station_idxyz")
        #expect(EditDistance.closest(to: "station_id", among: ["station_idwxyz"]) == nil)
    }

    /// The CSV fuzzer's crash (crash-0b4e1f0c…): a frame whose size column held 2, 3 and
    /// 8·10¹⁸ overflowed `n'·x_i` in systematic PPS. Such sizes are now refused by the frame
    /// (above ``SamplingFrame/maximumSize``), and PPS checks (n + 1)·Σx itself.
    @Test func fuzzedFrameWithAbsurdSizes() throws {
        let table = try CSVReader.parse(Array("\n3,\n\n\n\n\n2,\n3,\n\n\n\n\n\n8000000000000000000".utf8), source: "f.csv")
        #expect(throws: FrameError.sizeTooLarge(source: "f.csv", line: 14, column: "3", value: "8000000000000000000")) {
            try SamplingFrame(table: table, idColumn: "3", sizeColumn: "3")
        }
    }

    @Test func largestSizeIsAccepted() throws {
        let table = try CSVReader.parse(Array("station_id,registered_voters\nA,1000000000\nB,1000000001\n".utf8), source: "f.csv")
        #expect(throws: FrameError.sizeTooLarge(source: "f.csv", line: 3, column: "registered_voters", value: "1000000001")) {
            try SamplingFrame(table: table)
        }
        let first = CSVTable(source: "f.csv", header: table.header, columns: table.columns.map { [$0[0]] }, lineNumbers: [2])
        #expect(try SamplingFrame(table: first).sizes == [1_000_000_000])
    }

    @Test func systematicPPSRefusesSizesWhoseSumOverflows() throws {
        let start = TicketIssuer(seed: "x").ppsStartTicket(stratum: "all")
        #expect(throws: SelectionError.sizesTooLarge(stratum: "all", column: "v")) {
            try SystematicPPS.select(
                count: 1, reserves: 0, ordered: [0, 1], sizes: [Int.max / 2 + 1, Int.max / 2 + 1],
                start: start, stratum: "all", column: "v")
        }
        // (n + 1)·X = 9·⌊Int.max / 9⌋ fits: the selection runs and takes two stations.
        let picks = try SystematicPPS.select(
            count: 2, reserves: 0, ordered: [0, 1, 2], sizes: [Int.max / 9, Int.max / 9, Int.max / 9],
            start: start, stratum: "all", column: "v")
        #expect(picks.primaries.count == 2)
        #expect(throws: SelectionError.sizesTooLarge(stratum: "all", column: "v")) {
            try SystematicPPS.select(
                count: 2, reserves: 0, ordered: [0, 1, 2], sizes: [Int.max / 8, Int.max / 8, Int.max / 8],
                start: start, stratum: "all", column: "v")
        }
    }
}
