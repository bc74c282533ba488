/// What can be wrong with a bootstrap request or its data.
public enum BootstrapError: ReportableError, Equatable {
    /// The number of replicates is below 1.
    case replicatesNotPositive(Int)
    /// The replicates would need more memory than `limit` replicates of this input allow.
    case tooManyReplicates(requested: Int, limit: Int)
    /// A per-station array does not have one entry per station.
    case lengthMismatch(what: String, count: Int, stations: Int)
    /// A station names a stratum index that does not exist.
    case unknownStratum(station: Int, stratum: Int)
    /// A weight that is not finite and positive.
    case invalidWeight(station: Int, weight: Double)
    /// A ratio count that is not finite and non-negative.
    case invalidCount(ratio: String, station: Int, value: Double)
    /// Nothing to estimate: no indicator and no ratio.
    case noStatistics
    /// No station at all.
    case noStations
    /// The finite-population-corrected scheme needs N_h ≥ n_h for every stratum.
    case missingPopulationSize(stratum: String, sampled: Int, population: Int?)
    /// A stratum has 2³² stations or more.
    case stratumTooLarge(stratum: String, stations: Int, limit: Int)

    public var kind: FailureKind {
        switch self {
        case .replicatesNotPositive, .tooManyReplicates: .badUsage
        default: .badData
        }
    }

    public var description: String {
        switch self {
        case .replicatesNotPositive(let count):
            "the number of bootstrap replicates must be at least 1, got \(count); use for example --replicates 10000"
        case .tooManyReplicates(let requested, let limit):
            "\(requested) bootstrap replicates would not fit in memory for these statistics; use at most \(limit) (10000 gives intervals to about ±0.5% of their width)"
        case .lengthMismatch(let what, let count, let stations):
            "\(what) has \(count) values for \(stations) stations; give one value per station"
        case .unknownStratum(let station, let stratum):
            "station \(station + 1) is in stratum number \(stratum), which is not in the list of strata; list every stratum"
        case .invalidWeight(let station, let weight):
            "station \(station + 1) has weight \(weight); weights must be finite and positive"
        case .invalidCount(let ratio, let station, let value):
            "\(ratio) has the value \(value) at station \(station + 1); counts must be finite and non-negative"
        case .noStatistics:
            "nothing to bootstrap: give at least one indicator or ratio"
        case .noStations:
            "nothing to bootstrap: no reporting station"
        case .missingPopulationSize(let stratum, let sampled, let population):
            "stratum \(stratum) has \(sampled) sampled stations but population size \(population.map(String.init) ?? "unknown"); the finite-population-corrected bootstrap needs a population size of at least the sample size in every stratum"
        case .stratumTooLarge(let stratum, let stations, let limit):
            "stratum \(stratum) has \(stations) stations; with these indicators the bootstrap handles at most \(limit) per stratum"
        }
    }
}
