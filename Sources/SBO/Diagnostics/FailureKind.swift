/// What kind of failure an error is, so that a front end can map it to an exit status
/// without knowing every error type.
///
/// The command-line tool maps these to the exit codes of the product contract:
/// `badUsage` 64, `badData` 65, `unreadableInput` 66, `unwritableOutput` 73, `other` 1.
public enum FailureKind: Sendable, Equatable {
    /// The request itself is malformed: an unknown option, a missing or out-of-range value.
    case badUsage
    /// An input was read but its content is wrong: a duplicate id, a ragged row, a bad number.
    case badData
    /// An input cannot be opened or read.
    case unreadableInput
    /// An output cannot be written, or exists and may not be replaced.
    case unwritableOutput
    /// Anything else.
    case other
}
