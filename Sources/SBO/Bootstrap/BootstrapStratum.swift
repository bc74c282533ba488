/// A stratum of the design as the bootstrap sees it: its name and, when known, how many
/// stations the population has in it (N_h), which only the finite-population-corrected Rao–Wu
/// scheme uses.
public struct BootstrapStratum: Sendable, Equatable, Hashable {
    /// The stratum's name, as reported in `BootstrapResult.unresampledStrata`.
    public let name: String
    /// N_h, the stations of the population in this stratum; `nil` when unknown.
    public let populationSize: Int?

    public init(name: String, populationSize: Int? = nil) {
        self.name = name
        self.populationSize = populationSize
    }
}
