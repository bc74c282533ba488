import SBO

/// A frame loaded for a command: the validated frame and, when asked for, the SHA-256 of the
/// file's bytes for the manifest — computed on another core while the frame is parsed.
struct FrameInput {
    let frame: SamplingFrame
    /// Lowercase hex SHA-256 of the file, when `load` was asked to hash it.
    let sha256: String?

    /// Reads and validates the frame at `path`, honouring --id-column and --size-column, and
    /// stratifies it by --stratify-by, when given, at the same time.
    static func load(
        _ path: String, arguments: ParsedArguments, requireSize: Bool = false,
        hashing: Bool = false
    ) throws -> FrameInput {
        let bytes = try InputFile.bytes(at: path)
        let digest = DigestInBackground(hashing ? bytes : nil)
        let table = try SamplingFrame.table(parsing: bytes, source: path)
        let frame = try SamplingFrame(
            table: table,
            idColumn: arguments.string("id-column") ?? SamplingFrame.defaultIDColumn,
            sizeColumn: arguments.string("size-column") ?? SamplingFrame.defaultSizeColumn,
            requireSize: requireSize, stratifyBy: arguments.string("stratify-by"))
        return FrameInput(frame: frame, sha256: digest.value())
    }
}
