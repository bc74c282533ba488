/// One stratum of a sample design: its name, its size in the frame, how it was sampled and,
/// for a PPS stratum, the total weight of its sampled stations.
public struct DesignStratum: Sendable, Equatable, Hashable {
    /// The stratum's name, as in SAMPLE.csv's `stratum` column.
    public let name: String
    /// N_h: the stations of the frame in this stratum (SAMPLE.csv's `stratum_size`).
    public let populationSize: Int
    /// How its stations were selected.
    public let selection: StratumSampling
    /// W_h = Σ 1/π_i over the stratum's sampled primaries, for a PPS stratum: the total weight
    /// its reporting stations are scaled to when some sampled stations did not report (see
    /// ``EstimationDesign``). nil when every sampled station reported, or for a simple random
    /// stratum (whose weights N_h/n_h already sum to N_h).
    public let sampledWeight: Double?

    /// - Parameters:
    ///   - name: the stratum's name.
    ///   - populationSize: N_h ≥ 1, the stations of the frame in this stratum.
    ///   - selection: simple random, probability proportional to size, or certainty.
    ///   - sampledWeight: W_h > 0, Σ 1/π_i over the sampled primaries of a PPS or certainty
    ///     stratum; nil leaves the reporting stations at 1/π_i.
    public init(
        name: String, populationSize: Int, selection: StratumSampling, sampledWeight: Double? = nil
    ) {
        self.name = name
        self.populationSize = populationSize
        self.selection = selection
        self.sampledWeight = sampledWeight
    }

    /// The stratum of N_h frame stations whose sampled primaries have the inclusion
    /// probabilities π_i, as `sbo estimate` reads it from SAMPLE.csv (and `DesignSimulation`
    /// from its simulated samples): simple random or PPS by
    /// ``SampleDesign/selection(primaryProbabilities:populationSize:)``, and for PPS the
    /// sampled weight W_h = Σ 1/π_i.
    ///
    /// - Precondition: at least one probability, each in (0, 1].
    public init(name: String, populationSize: Int, primaryProbabilities probabilities: [Double]) {
        let selection = SampleDesign.selection(
            primaryProbabilities: probabilities, populationSize: populationSize)
        self.init(
            name: name, populationSize: populationSize, selection: selection,
            sampledWeight: selection == .proportionalToSize
                ? probabilities.reduce(0.0) { $0 + 1 / $1 } : nil)
    }
}
