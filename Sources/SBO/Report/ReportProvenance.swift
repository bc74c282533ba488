/// What a report's footer records so that anyone can check and repeat it: the input files
/// with their SHA-256 digests, the sample manifest (seed, seed commitment, frame digest),
/// the tool version and the command that produced the report.
public struct ReportProvenance: Sendable, Equatable {
    /// An input file as read.
    public struct SourceFile: Sendable, Equatable {
        /// What the file is ("sample", "observations", "official results").
        public var role: String
        /// The path as given on the command line.
        public var path: String
        /// SHA-256 of its bytes, lowercase hexadecimal.
        public var sha256: String

        public init(role: String, path: String, sha256: String) {
            self.role = role
            self.path = path
            self.sha256 = sha256
        }
    }

    /// The input files.
    public var files: [SourceFile]
    /// SAMPLE.csv's manifest, nil when there is none beside it.
    public var manifest: SampleManifest?
    /// The version of sbo.
    public var toolVersion: String
    /// The command line that reproduces the report.
    public var command: String

    public init(files: [SourceFile], manifest: SampleManifest?, toolVersion: String, command: String) {
        self.files = files
        self.manifest = manifest
        self.toolVersion = toolVersion
        self.command = command
    }

    /// Whether the sample file's digest equals the one its manifest recorded; nil without a
    /// manifest or a file whose role is "sample".
    public var sampleMatchesManifest: Bool? {
        guard let manifest, let sample = files.first(where: { $0.role == "sample" }) else { return nil }
        return sample.sha256 == manifest.sampleSHA256
    }
}
