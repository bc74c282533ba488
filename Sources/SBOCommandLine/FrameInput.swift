import Dispatch
import SBO

/// A frame loaded for a command: the validated frame and, when asked for, the SHA-256 of the
/// file's bytes for the manifest — computed on another core while the frame is parsed.
struct FrameInput {
    let frame: SamplingFrame
    /// Lowercase hex SHA-256 of the file, when `load` was asked to hash it.
    let sha256: String?

    /// Reads and validates the frame at `path`, honouring --id-column and --size-column.
    static func load(
        _ path: String, arguments: ParsedArguments, requireSize: Bool = false,
        hashing: Bool = false
    ) throws -> FrameInput {
        let bytes = try InputFile.bytes(at: path)
        let digest = DigestInBackground(hashing ? bytes : nil)
        let table = try CSVReader.parse(bytes, source: path)
        let frame = try SamplingFrame(
            table: table,
            idColumn: arguments.string("id-column") ?? SamplingFrame.defaultIDColumn,
            sizeColumn: arguments.string("size-column") ?? SamplingFrame.defaultSizeColumn,
            requireSize: requireSize)
        return FrameInput(frame: frame, sha256: digest.value())
    }
}

/// A SHA-256 computed on a global queue; `value()` waits for it.
private final class DigestInBackground: @unchecked Sendable {
    private let group = DispatchGroup()
    // Written once by the background task before `group.leave()`, read after `group.wait()`.
    private var hex: String?

    init(_ bytes: [UInt8]?) {
        guard let bytes else { return }
        DispatchQueue.global().async(group: group) {
            self.hex = SHA256.hexString(of: SHA256.digest(bytes))
        }
    }

    func value() -> String? {
        group.wait()
        return hex
    }
}
