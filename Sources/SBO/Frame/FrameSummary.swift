/// What `sbo frame` reports about a frame: station count, the spread of registered voters,
/// and the strata with their station counts.
public struct FrameSummary: Sendable, Equatable {
    /// Registered voters over the frame's stations.
    public struct VoterCounts: Sendable, Equatable {
        public let total: Int
        public let minimum: Int
        /// The median as R's `median` defines it: the mean of the two middle values for an
        /// even count.
        public let median: Double
        public let maximum: Int
    }

    /// One stratum: its name, its stations, and its registered voters when sizes are known.
    public struct StratumCount: Sendable, Equatable {
        public let name: String
        public let stations: Int
        public let registeredVoters: Int?
    }

    public let source: String
    public let stations: Int
    /// Nil when the frame has no size column.
    public let registeredVoters: VoterCounts?
    /// The column named by `--stratify-by`, if any.
    public let stratifiedBy: String?
    /// Strata in byte order of their names (one stratum `all` without `--stratify-by`).
    public let strata: [StratumCount]

    public init(frame: SamplingFrame, stratification: Stratification) {
        source = frame.source
        stations = frame.stationCount
        stratifiedBy = stratification.column
        if let sizes = frame.sizes {
            let sorted = sizes.sorted()
            let middle = sorted.count / 2
            let median =
                sorted.count % 2 == 1
                ? Double(sorted[middle]) : (Double(sorted[middle - 1]) + Double(sorted[middle])) / 2
            registeredVoters = VoterCounts(
                total: sizes.reduce(0, +), minimum: sorted.first ?? 0, median: median,
                maximum: sorted.last ?? 0)
        } else {
            registeredVoters = nil
        }
        strata = zip(stratification.names, stratification.members).map { name, rows in
            StratumCount(
                name: name, stations: rows.count,
                registeredVoters: frame.sizes.map { sizes in rows.reduce(0) { $0 + sizes[$1] } })
        }
    }
}
