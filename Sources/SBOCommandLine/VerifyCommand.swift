import SBO

/// `sbo verify`: draw the sample again from the manifest and compare it with SAMPLE.csv.
enum VerifyCommand: Command {
    static let spec = CommandSpec(
        name: "verify",
        abstract: "Re-draw a sample from its manifest and check it, byte for byte.",
        discussion: """
            Reads SAMPLE.csv.manifest.json beside the sample, draws the sample again from the \
            frame with the manifest's seed and options, and compares the result with SAMPLE.csv. \
            Prints MATCH and exits 0 only when they are identical; otherwise prints the first \
            line that differs (and whether the frame differs from the one the manifest names) \
            and exits 1.
            """,
        options: [
            .value("frame", "FRAME.csv", "The sampling frame the sample was drawn from.", required: true),
            .value("sample", "SAMPLE.csv", "The sample to check.", required: true),
            .value("manifest", "FILE", "The manifest, if not SAMPLE.csv.manifest.json."),
        ],
        examples: [
            "sbo verify --frame Data/azerbaijan-2024/frame.csv --sample Data/azerbaijan-2024/sample.csv",
        ])

    static func run(_ arguments: ParsedArguments, console: Console) throws -> ExitStatus {
        let samplePath = arguments.required("sample")
        let manifestPath = arguments.string("manifest") ?? SampleManifest.path(forSample: samplePath)
        let manifest = try SampleManifest(parsing: InputFile.bytes(at: manifestPath), source: manifestPath)
        let sampleBytes = try InputFile.bytes(at: samplePath)
        let frameBytes = try InputFile.bytes(at: arguments.required("frame"))
        let frame = try SamplingFrame(
            table: CSVReader.parse(frameBytes, source: arguments.required("frame")),
            idColumn: manifest.idColumn, sizeColumn: manifest.sizeColumn)
        let redrawn = try SampleTable.csv(for: SampleDrawer.draw(from: frame, request: manifest.request), frame: frame)

        var report = ""
        let frameHash = SHA256.hexString(of: SHA256.digest(frameBytes))
        if frameHash != manifest.frameSHA256 {
            report += "note: the frame's SHA-256 is \(frameHash), but the manifest records \(manifest.frameSHA256): it is not the file the sample was drawn from\n"
        }
        let sampleHash = SHA256.hexString(of: SHA256.digest(sampleBytes))
        if sampleHash != manifest.sampleSHA256 {
            report += "note: the sample's SHA-256 is \(sampleHash), but the manifest records \(manifest.sampleSHA256): the file was changed after drawing\n"
        }
        if redrawn == sampleBytes {
            console.write(report + "MATCH: \(samplePath) is exactly the sample that the manifest's seed and design draw from \(arguments.required("frame")) (\(manifest.request.size) primary stations, SHA-256 \(sampleHash)).\nSeed commitment: \(SampleManifest.commitment(toSeed: manifest.request.seed))\n")
            return .success
        }
        console.write(report + "MISMATCH: " + firstDifference(sampleBytes, redrawn, samplePath: samplePath) + "\n")
        return .failure
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
