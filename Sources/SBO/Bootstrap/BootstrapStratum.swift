/// A stratum of the design as the bootstrap sees it: its name, how many stations the
/// population has in it (N_h) when known, and whether its variance is the with-replacement
/// approximation — both only used by the finite-population-corrected Rao–Wu scheme.
public struct BootstrapStratum: Sendable, Equatable, Hashable {
    /// The stratum's name, as reported in `BootstrapResult.singleStationStrata`.
    public let name: String
    /// N_h, the stations of the population in this stratum; `nil` when unknown.
    public let populationSize: Int?
    /// Whether the stratum is treated as sampled with replacement (a PPS stratum, whose
    /// linearised variance has no finite-population correction): the corrected scheme then
    /// takes λ_h = 1, and N_h is not needed.
    public let sampledWithReplacement: Bool

    public init(name: String, populationSize: Int? = nil, sampledWithReplacement: Bool = false) {
        self.name = name
        self.populationSize = populationSize
        self.sampledWithReplacement = sampledWithReplacement
    }
}
