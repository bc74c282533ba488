/// A share estimate labelled with its question and domain, one row of a report.
public struct IndicatorResult: Sendable, Equatable {
    /// The observation column (the question).
    public let name: String
    /// The domain's value of the `--by` column; nil for the national row.
    public let domain: String?
    /// The estimate.
    public let share: ShareEstimate
}
