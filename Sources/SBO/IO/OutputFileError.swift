/// Why an output file was not written. In every case nothing was written or left behind.
public enum OutputFileError: ReportableError, Equatable {
    /// `path` exists and `force` was not given.
    case exists(path: String)
    /// `path` cannot be written; `reason` is the system's explanation.
    case cannotWrite(path: String, reason: String)
    /// The path is the empty string (`--out ''`).
    case emptyPath
    /// `path` exists and is not a regular file (a device, directory, link or pipe): even
    /// `--force` does not replace it.
    case notARegularFile(path: String)
    /// `path` is (a name of) the input file `input`: replacing it would destroy the input.
    case sameAsInput(path: String, input: String)

    public var kind: FailureKind { .unwritableOutput }

    public var description: String {
        switch self {
        case let .exists(path):
            "\(path) exists; pass --force to replace it"
        case let .cannotWrite(path, reason):
            "\(path): cannot write the file (\(reason)); choose a writable location"
        case let .notARegularFile(path):
            "\(path) exists and is not a regular file (a device, directory, link or pipe); sbo replaces only regular files, even with --force: choose another path"
        case let .sameAsInput(path, input):
            "\(path) is the input \(input); writing the output there would destroy the input: choose another path"
        case .emptyPath:
            "the output path is empty; give a file name"
        }
    }
}
