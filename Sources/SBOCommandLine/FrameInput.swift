import SBO

/// A frame loaded for a command: its bytes (for the manifest's hash) and the validated frame.
struct FrameInput {
    let bytes: [UInt8]
    let frame: SamplingFrame

    /// Reads and validates the frame at `path`, honouring --id-column and --size-column.
    static func load(_ path: String, arguments: ParsedArguments, requireSize: Bool = false) throws -> FrameInput {
        let bytes = try InputFile.bytes(at: path)
        let table = try CSVReader.parse(bytes, source: path)
        let frame = try SamplingFrame(
            table: table,
            idColumn: arguments.string("id-column") ?? SamplingFrame.defaultIDColumn,
            sizeColumn: arguments.string("size-column") ?? SamplingFrame.defaultSizeColumn,
            requireSize: requireSize)
        return FrameInput(bytes: bytes, frame: frame)
    }
}
