import SBO

/// `sbo verify`: draw the sample again from the manifest and check every claim the manifest
/// makes (SPEC "Seeds, commitments and verification").
enum VerifyCommand: Command {
    static let spec = CommandSpec(
        name: "verify",
        abstract: "Re-draw a sample from its manifest and check it, byte for byte.",
        discussion: """
            Reads SAMPLE.csv.manifest.json beside the sample, draws the sample again from the \
            frame with the manifest's seed and options, and checks that: the re-drawn sample \
            equals SAMPLE.csv byte for byte; SAMPLE.csv's and the frame's SHA-256 equal the \
            manifest's; the manifest's seed commitment is the one its seed and salt give (and \
            the one in SAMPLE.csv.commitment.json, when that file is beside the sample); and \
            the manifest's design (strata, their sizes and allocations) is the re-draw's. \
            Prints MATCH and exits 0 only when all hold; otherwise prints MISMATCH with every \
            failed check and exits 1 — a frame that is no longer valid (a duplicated station, \
            a damaged count) is one of them, beside its SHA-256. Manifests written before salts existed carry the \
            commitment sha256_hex(sha256_hex(SEED)) and are checked against it.
            """,
        options: [
            .value("frame", "FRAME.csv", "The sampling frame the sample was drawn from.", required: true),
            .value("sample", "SAMPLE.csv", "The sample to check.", required: true),
            .value("manifest", "FILE", "The manifest, if not SAMPLE.csv.manifest.json."),
            .flag("allow-changed-frame", "Accept a frame whose SHA-256 differs from the manifest's (a re-saved copy), with a warning; the re-draw must still match."),
        ],
        examples: [
            "sbo verify --frame Data/azerbaijan-2024/frame.csv --sample Data/azerbaijan-2024/sample.csv",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let samplePath = arguments.required("sample")
        let framePath = arguments.required("frame")
        let manifestPath = arguments.string("manifest") ?? SampleManifest.path(forSample: samplePath)
        let manifestBytes = try InputFile.bytes(at: manifestPath)
        let manifest = try SampleManifest(parsing: manifestBytes, source: manifestPath)
        let sampleBytes = try InputFile.bytes(at: samplePath)
        let frameBytes = try InputFile.bytes(at: framePath)
        var mismatches: [String] = []
        do {
            let frame = try SamplingFrame(
                table: SamplingFrame.table(parsing: frameBytes, source: framePath),
                idColumn: manifest.idColumn, sizeColumn: manifest.sizeColumn)
            do {
                let drawn = try SampleDrawer.draw(from: frame, request: manifest.request)
                let redrawn = try SampleTable.csv(for: drawn, frame: frame)
                if redrawn != sampleBytes {
                    mismatches.append(firstDifference(sampleBytes, redrawn, samplePath: samplePath))
                }
                mismatches += designMismatches(manifest, drawn: drawn, frame: frame)
            } catch {
                mismatches.append("the manifest's design cannot be drawn from \(framePath): \(error)")
            }
        } catch {
            // A frame that is no longer a valid frame (a duplicated row, a damaged cell) is a
            // failed check like any other: the sample cannot be re-drawn from it.
            let findings = (error as? any ReportableError)?.detailLines ?? []
            mismatches.append(
                "the sample cannot be re-drawn from \(framePath), which is not a valid frame: \(error)"
                    + findings.map { "\n  \($0)" }.joined())
        }
        let sampleHash = SHA256.hexString(of: SHA256.digest(sampleBytes))
        if sampleHash != manifest.sampleSHA256 {
            mismatches.append("\(samplePath)'s SHA-256 is \(sampleHash), but the manifest records \(manifest.sampleSHA256): the file was changed after drawing")
        }
        let frameHash = SHA256.hexString(of: SHA256.digest(frameBytes))
        if frameHash != manifest.frameSHA256 {
            let difference = "the frame's SHA-256 is \(frameHash), but the manifest records \(manifest.frameSHA256): it is not the file the sample was drawn from"
            if arguments.flag("allow-changed-frame") {
                console.writeError("warning: \(difference) (accepted with --allow-changed-frame)\n")
            } else {
                mismatches.append(difference + "; pass --allow-changed-frame if only its bytes changed, not its stations")
            }
        }
        if !manifest.commitmentMatchesSeed {
            let expected = SampleManifest.commitment(toSeed: manifest.request.seed, salt: manifest.salt)
            mismatches.append("the manifest's seed_commitment is \(manifest.commitment), but its seed and \(manifest.salt == nil ? "(absent) salt" : "salt") give \(expected): the seed, the salt or the commitment was changed")
        }
        mismatches += publishedCommitmentMismatches(manifest, manifestBytes, samplePath: samplePath)

        if mismatches.isEmpty {
            console.write("MATCH: \(samplePath) is exactly the sample that the manifest's seed and design draw from \(framePath) (\(manifest.request.size) primary stations, SHA-256 \(sampleHash)); the seed and \(manifest.salt == nil ? "no salt (an older, unsalted manifest)" : "salt") open the seed commitment.\nSeed commitment: \(manifest.commitment)\n")
            return .success
        }
        var report = "MISMATCH: \(mismatches.count) check\(mismatches.count == 1 ? "" : "s") failed\n"
        for mismatch in mismatches { report += "- \(mismatch)\n" }
        console.write(report)
        return .failure
    }

    /// The public SAMPLE.csv.commitment.json, when it lies beside the sample, must carry the
    /// manifest's commitment, design, strata and frame: what was published before election day.
    static func publishedCommitmentMismatches(
        _ manifest: SampleManifest, _ manifestBytes: [UInt8], samplePath: String
    ) -> [String] {
        let path = SampleManifest.commitmentPath(forSample: samplePath)
        guard let bytes = try? InputFile.bytes(at: path) else { return [] }
        let published = try? JSONValue.parse(bytes, source: path)
        let document = try? JSONValue.parse(manifestBytes, source: "manifest")
        var mismatches: [String] = []
        if published?["commitment"]?.stringValue != manifest.commitment {
            mismatches.append("\(path) (published before election day) commits to \(published?["commitment"]?.stringValue ?? "nothing readable"), but the manifest's commitment is \(manifest.commitment)")
        }
        for field in ["design", "strata", "frame"] where published?[field] != document?[field] {
            mismatches.append("\(path) (published before election day) has another '\(field)' than the manifest")
        }
        return mismatches
    }

    /// Every way the manifest's recorded design (frame size, strata and their allocation)
    /// differs from the re-draw's.
    static func designMismatches(_ manifest: SampleManifest, drawn: DrawnSample, frame: SamplingFrame) -> [String] {
        var mismatches: [String] = []
        if manifest.frameStations != frame.stationCount {
            mismatches.append("the manifest records \(manifest.frameStations) stations in the frame, but the frame has \(frame.stationCount)")
        }
        let recorded = manifest.strata.map(describe), redrawn = drawn.strata.map(describe)
        for stratum in recorded where !redrawn.contains(stratum) {
            mismatches.append("the manifest's design has \(stratum), which the re-draw does not")
        }
        for stratum in redrawn where !recorded.contains(stratum) {
            mismatches.append("the re-draw has \(stratum), which the manifest's design does not")
        }
        return mismatches
    }

    private static func describe(_ stratum: DrawnSample.Stratum) -> String {
        "stratum '\(stratum.name)' (\(stratum.population) stations, \(stratum.allocated) primaries, \(stratum.reserves) reserves, \(stratum.certainties) certainties)"
    }

    /// Names the first line where the file and the re-drawn sample differ, with both texts.
    static func firstDifference(_ file: [UInt8], _ redrawn: [UInt8], samplePath: String) -> String {
        let fileLines = String(decoding: file, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let drawnLines = String(decoding: redrawn, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(fileLines.count, drawnLines.count) {
            let a = index < fileLines.count ? String(fileLines[index]) : "(end of file)"
            let b = index < drawnLines.count ? String(drawnLines[index]) : "(end of sample)"
            if a != b {
                return "\(samplePath):\(index + 1) differs from the re-drawn sample\n  in the file: \(a)\n  re-drawn:    \(b)"
            }
        }
        return "\(samplePath) differs from the re-drawn sample"
    }
}
