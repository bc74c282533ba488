/// The state of the count at one moment of election night: the reports received by then,
/// every estimate from them, and whether they look like the stations still outstanding.
public struct ProgressCheckpoint: Sendable {
    /// The checkpoint: the submission time of the last report it includes.
    public let time: Timestamp
    /// Sampled stations (primaries and reserves) that had reported by ``time``.
    public let stationsReporting: Int
    /// ``stationsReporting`` over the sample's primary stations.
    public let fractionReporting: Double
    /// Every estimate from the reports received by ``time``, exactly as `sbo estimate` on
    /// those rows gives it.
    public let report: EstimationReport
    /// Reporting against outstanding primary stations on the sample's own columns.
    public let representativeness: RepresentativenessResult
}
