/// A sampled station that reported (primary or reserve), as the estimation design needs it.
public struct ReportingStation: Sendable, Equatable, Hashable {
    /// The name of its stratum.
    public let stratum: String
    /// π_i, its inclusion probability; needed (in (0, 1]) in a stratum sampled with
    /// probability proportional to size, unused in a simple random stratum.
    public let inclusionProbability: Double?

    public init(stratum: String, inclusionProbability: Double? = nil) {
        self.stratum = stratum
        self.inclusionProbability = inclusionProbability
    }
}
