/// Why a file's SHA-256 digest could not be computed.
public enum DigestError: ReportableError, Equatable {
    /// The file at `path` cannot be opened or read; `reason` is the system's explanation.
    case unreadableFile(path: String, reason: String)

    public var kind: FailureKind {
        switch self {
        case .unreadableFile: .unreadableInput
        }
    }

    public var description: String {
        switch self {
        case let .unreadableFile(path, reason):
            "\(path): cannot read the file to compute its SHA-256 digest (\(reason)); "
                + "check that the path names a readable file"
        }
    }
}
