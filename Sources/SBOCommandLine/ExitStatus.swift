import SBO

/// The exit statuses of the product contract (SPEC "Exit codes and errors"), after BSD's
/// sysexits.h: 0 success, 64 bad usage, 65 bad data, 66 unreadable input, 73 unwritable output,
/// 1 anything else.
public enum ExitStatus: Int32, Sendable {
    case success = 0
    case failure = 1
    case usage = 64
    case dataError = 65
    case noInput = 66
    case cannotCreate = 73

    /// The status for a failure of the given kind: the one place where kinds become codes.
    init(_ kind: FailureKind) {
        switch kind {
        case .badUsage: self = .usage
        case .badData: self = .dataError
        case .unreadableInput: self = .noInput
        case .unwritableOutput: self = .cannotCreate
        case .other: self = .failure
        }
    }
}
