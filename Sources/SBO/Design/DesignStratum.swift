/// One stratum of a sample design: its name, its size in the frame and how it was sampled.
public struct DesignStratum: Sendable, Equatable, Hashable {
    /// The stratum's name, as in SAMPLE.csv's `stratum` column.
    public let name: String
    /// N_h: the stations of the frame in this stratum (SAMPLE.csv's `stratum_size`).
    public let populationSize: Int
    /// How its stations were selected.
    public let selection: StratumSampling

    /// - Parameters:
    ///   - name: the stratum's name.
    ///   - populationSize: N_h ≥ 1, the stations of the frame in this stratum.
    ///   - selection: simple random or probability proportional to size.
    public init(name: String, populationSize: Int, selection: StratumSampling) {
        self.name = name
        self.populationSize = populationSize
        self.selection = selection
    }
}
