/// A column of an export that is not used, and why.
public struct UnusedColumn: Sendable, Equatable, Hashable {
    /// The column's name as in the file.
    public let column: String
    /// Why it is not used, as a phrase (`form metadata (KoboToolbox/ODK)`).
    public let reason: String

    public init(column: String, reason: String) {
        self.column = column
        self.reason = reason
    }
}
