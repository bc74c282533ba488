/// One row of SAMPLE.csv: a sampled station (primary or reserve) with its design columns.
public struct SampledStation: Sendable, Equatable, Hashable {
    /// The station's id (the id column's text).
    public let id: String
    /// The name of its stratum.
    public let stratum: String
    /// Whether it is a primary station or a reserve.
    public let role: DrawnSample.Role
    /// Its draw order within the stratum (1, 2, ...; reserves after the primaries).
    public let order: Int
    /// π_i, its inclusion probability, in (0, 1].
    public let inclusionProbability: Double
    /// Its design weight as written in SAMPLE.csv (1/π_i).
    public let weight: Double
    /// The physical line of SAMPLE.csv where its row starts, for messages.
    public let line: Int

    public init(
        id: String, stratum: String, role: DrawnSample.Role, order: Int,
        inclusionProbability: Double, weight: Double, line: Int
    ) {
        self.id = id
        self.stratum = stratum
        self.role = role
        self.order = order
        self.inclusionProbability = inclusionProbability
        self.weight = weight
        self.line = line
    }
}
