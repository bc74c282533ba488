/// A drawn sample: which frame stations were taken, in which role and order, with their exact
/// inclusion probabilities. `SampleTable` writes it as SAMPLE.csv.
public struct DrawnSample: Sendable {
    /// Whether a station is to be observed, or kept in reserve.
    public enum Role: String, Sendable {
        case primary
        case reserve
    }

    /// One stratum's part of the draw.
    public struct Stratum: Sendable, Equatable {
        public let name: String
        /// N_h.
        public let population: Int
        /// n_h, primaries.
        public let allocated: Int
        /// Reserves drawn (K, or fewer when the stratum has no more stations).
        public let reserves: Int
        /// PPS: primaries taken with certainty (π = 1).
        public let certainties: Int
    }

    /// One selected station.
    public struct Station: Sendable, Equatable {
        /// Its row in the frame.
        public let row: Int
        /// Index into `strata`.
        public let stratum: Int
        public let role: Role
        /// 1, 2, ... in ticket order within the stratum; reserves continue after the primaries.
        public let order: Int
        /// π, the station's probability of being a primary.
        public let inclusionProbability: Double
        /// 1/π.
        public let weight: Double
    }

    public let request: SampleRequest
    /// Strata in byte order of their names.
    public let strata: [Stratum]
    /// Selected stations by stratum, then order: the rows of SAMPLE.csv.
    public let stations: [Station]
    /// Things the user should know (fewer reserves than asked, Neyman without proportions).
    public let warnings: [String]
}
