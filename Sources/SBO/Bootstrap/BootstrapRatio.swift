/// A ratio of two per-station counts for the bootstrap, such as turnout
/// (`ballots_cast` over `registered_voters`) or a vote share (`votes_x` over the sum of all
/// `votes_*`):
/// ```
/// ratio = Σ_i w_i x_i / Σ_i w_i z_i
/// ```
/// with w_i the station's (replicate) weight, x_i its numerator and z_i its denominator.
public struct BootstrapRatio: Sendable, Equatable {
    /// The ratio's name, reported with its statistic (`turnout`, `votes_x`).
    public let name: String
    /// x_i, one per station: finite and non-negative.
    public let numerators: [Double]
    /// z_i, one per station: finite and non-negative.
    public let denominators: [Double]

    public init(name: String, numerators: [Double], denominators: [Double]) {
        self.name = name
        self.numerators = numerators
        self.denominators = denominators
    }
}
