/// A ratio estimate labelled with its name (`turnout` or a `votes_x` column) and domain.
public struct RatioResult: Sendable, Equatable {
    /// `turnout`, or the candidate's column (`votes_x`) for a vote share.
    public let name: String
    /// The domain's value of the `--by` column; nil for the national row.
    public let domain: String?
    /// The estimate.
    public let ratio: RatioEstimate
}
