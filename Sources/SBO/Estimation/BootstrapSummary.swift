/// How the bootstrap behind an `EstimationReport` was run, for the output to state.
public struct BootstrapSummary: Sendable, Equatable {
    /// B, the number of replicates.
    public let replicates: Int
    /// The seed the replicates were drawn from (the same seed gives the same replicates).
    public let seed: String
    public let scheme: BootstrapScheme
    public let interval: BootstrapInterval
    /// Strata with one reporting station, resampled by a random sign so that they add the
    /// variance of the linearised "adjust" rule (see `BootstrapScheme`).
    public let singleStationStrata: [String]
}
