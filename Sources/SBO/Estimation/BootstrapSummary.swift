/// How the bootstrap behind an `EstimationReport` was run, for the output to state.
public struct BootstrapSummary: Sendable, Equatable {
    /// B, the number of replicates.
    public let replicates: Int
    /// The seed the replicates were drawn from (the same seed gives the same replicates).
    public let seed: String
    public let scheme: BootstrapScheme
    public let interval: BootstrapInterval
    /// Strata with one reporting station, which the bootstrap cannot resample: they keep their
    /// weight in every replicate and add no variance.
    public let unresampledStrata: [String]
}
