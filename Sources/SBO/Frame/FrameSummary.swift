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
            registeredVoters = VoterCounts(
                total: sizes.reduce(0, +), minimum: sizes.min() ?? 0, median: Self.median(of: sizes),
                maximum: sizes.max() ?? 0)
        } else {
            registeredVoters = nil
        }
        strata = zip(stratification.names, stratification.members).map { name, rows in
            StratumCount(
                name: name, stations: rows.count,
                registeredVoters: frame.sizes.map { sizes in rows.reduce(0) { $0 + sizes[$1] } })
        }
    }

    /// The median as R's `median` defines it (the mean of the two middle values for an even
    /// count; 0 for no values), by selection rather than a sort: Hoare's FIND with the
    /// median of three as pivot, expected O(n), and a sort of the part still unselected after
    /// 2 log₂ n + 8 rounds, so that no input makes it quadratic (Musser's introselect).
    ///
    /// References: C. A. R. Hoare, *Algorithm 65: Find*, Commun. ACM 4(7), 1961,
    /// doi:10.1145/366622.366647; D. R. Musser, *Introspective sorting and selection
    /// algorithms*, Software: Practice and Experience 27(8), 1997.
    static func median(of values: [Int]) -> Double {
        guard !values.isEmpty else { return 0 }
        var items = values
        let middle = items.count / 2
        var low = 0, high = items.count - 1
        var rounds = 2 * (Int.bitWidth - items.count.leadingZeroBitCount) + 8
        while low < high {
            guard rounds > 0 else {
                items[low...high].sort()
                break
            }
            rounds -= 1
            let center = low + (high - low) / 2
            if items[center] < items[low] { items.swapAt(center, low) }
            if items[high] < items[low] { items.swapAt(high, low) }
            if items[high] < items[center] { items.swapAt(high, center) }
            let pivot = items[center]
            var i = low, j = high
            while i <= j {
                while items[i] < pivot { i += 1 }
                while pivot < items[j] { j -= 1 }
                if i <= j {
                    items.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // Now items[low...j] ≤ pivot ≤ items[i...high], and items[j+1..<i] == pivot.
            if middle <= j { high = j } else if middle >= i { low = i } else { break }
        }
        guard items.count % 2 == 0 else { return Double(items[middle]) }
        // items[..<middle] holds the values at or below items[middle]: the largest is the other middle one.
        let below = items[..<middle].max()!
        return (Double(below) + Double(items[middle])) / 2
    }
}
