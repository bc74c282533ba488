/// Why an output file was not written. Either way nothing was written or left behind.
public enum OutputFileError: ReportableError, Equatable {
    /// `path` exists and `force` was not given.
    case exists(path: String)
    /// `path` cannot be written; `reason` is the system's explanation.
    case cannotWrite(path: String, reason: String)
    /// The path is the empty string (`--out ''`).
    case emptyPath

    public var kind: FailureKind { .unwritableOutput }

    public var description: String {
        switch self {
        case let .exists(path):
            "\(path) exists; pass --force to replace it"
        case let .cannotWrite(path, reason):
            "\(path): cannot write the file (\(reason)); choose a writable location"
        case .emptyPath:
            "the output path is empty; give a file name"
        }
    }
}
