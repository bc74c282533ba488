import SBO

/// A malformed command line: unknown option, missing or invalid value. Exit status 64.
public struct UsageError: ReportableError, Equatable {
    /// What is wrong and how to fix it, one line.
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var kind: FailureKind { .badUsage }
    public var description: String { message }
}
