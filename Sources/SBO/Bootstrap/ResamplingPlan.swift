/// The sample laid out for resampling: stations in resampling order, one byte per indicator
/// answer, the ratio counts already weighted, and for each resampling group (a stratum, or all
/// stations under `iid`) how many stations it draws and how a draw is scaled.
///
/// Totals. Every statistic is a quotient of two weighted totals, kept in a vector t of width
/// T = k + d + 2R (k indicators, R ratios, d = k when some answer is missing, else 1):
/// ```
/// t[j]           = Σ w a_ij y_ij            j < k        (indicator numerators)
/// t[k + j]       = Σ w a_ij                 j < d        (denominators; d = 1: Σ w)
/// t[k + d + 2r]  = Σ w x_ir,  t[k + d + 2r + 1] = Σ w z_ir
/// ```
/// A replicate's weights w*_gi = w_gi · (1 − λ_g + λ_g · (n_g/m_g) · r_gi) (see
/// `BootstrapScheme`) make its totals
/// ```
/// t* = Σ_g (1 − λ_g) · F_g  +  Σ_g λ_g (n_g/m_g) · Σ_{draws i of g} v_i
/// ```
/// with v_i the station's own vector (its weight times its values) and F_g = Σ_{i ∈ g} v_i;
/// the first sum is `base`, the same for every replicate. A group with λ_g = 0 (one station
/// under Rao–Wu, or n_g = N_g with the finite-population correction) draws nothing.
///
/// Station rows: indicator answers are bytes (a·y for the numerators, then a for the
/// denominators when some answer is missing), padded to `rowStride` bytes so that a draw is
/// one vector load and one vector add; ratio counts are doubles, premultiplied by the weight.
struct ResamplingPlan: Sendable {
    /// One resampling group.
    struct Group: Sendable {
        /// The group's first station in resampling order.
        let start: Int
        /// n_g, its stations.
        let count: Int
        /// m_g, the stations each replicate draws (0 when the group is not resampled).
        let draws: Int
        /// λ_g · n_g / m_g, the factor of a draw (0 when not resampled).
        let drawScale: Double
        /// The common weight of its stations, or `nil` when they differ (PPS).
        let commonWeight: Double?
        /// Its name for reports (the stratum's, or `all`).
        let name: String
    }

    /// k, the indicators.
    let indicatorCount: Int
    /// R, the ratios.
    let ratioCount: Int
    /// Whether some indicator answer is missing (then each indicator has its own denominator).
    let hasMissingAnswers: Bool
    /// Bytes per station row that carry data: k, or 2k with missing answers.
    let byteColumns: Int
    /// Bytes between station rows: `byteColumns` rounded up to 16, 32 or a multiple of 64.
    let rowStride: Int
    /// Station rows of bytes, in resampling order.
    let bytes: [UInt8]
    /// Per station, (w x_r, w z_r) for every ratio r, in resampling order.
    let values: [Double]
    /// Per station, its weight, in resampling order.
    let weights: [Double]
    /// The resampling groups, in order.
    let groups: [Group]
    /// Σ_g (1 − λ_g) F_g: the part of every replicate's totals that is not drawn.
    private(set) var base: [Double]
    /// F_g for every group.
    private(set) var groupTotals: [[Double]]

    /// T, the width of a totals vector.
    var totalsWidth: Int { indicatorCount + denominatorColumns + 2 * ratioCount }
    /// d, the denominator columns of the indicators.
    var denominatorColumns: Int { hasMissingAnswers ? indicatorCount : 1 }
    /// k + R, the statistics.
    var statisticCount: Int { indicatorCount + ratioCount }
    /// The station count.
    var stationCount: Int { weights.count }
    /// Station-draws per replicate: Σ_g m_g.
    var drawsPerReplicate: Int { groups.reduce(0) { $0 + $1.draws } }
    /// The groups that are not resampled though they have stations (Rao–Wu, n_h = 1).
    var unresampledGroups: [String] { groups.filter { $0.draws == 0 && $0.count == 1 }.map(\.name) }

    init(input: BootstrapInput, scheme: BootstrapScheme) throws(BootstrapError) {
        let k = input.indicators.count
        indicatorCount = k
        ratioCount = input.ratios.count
        hasMissingAnswers = input.indicators.contains { $0.values.contains(nil) }
        byteColumns = hasMissingAnswers ? 2 * k : k
        rowStride = switch byteColumns {
        case 0: 0
        case ...16: 16
        case ...32: 32
        default: (byteColumns + 63) / 64 * 64
        }

        // Members of each group, in input order within the group.
        var members: [(name: String, population: Int?, stations: [Int])]
        switch scheme {
        case .iid:
            members = [("all", nil, Array(input.stationStrata.indices))]
        case .raoWu, .raoWuWithFinitePopulationCorrection:
            var byStratum = [[Int]](repeating: [], count: input.strata.count)
            for (station, stratum) in input.stationStrata.enumerated() { byStratum[stratum].append(station) }
            members = zip(input.strata, byStratum).filter { !$0.1.isEmpty }
                .map { ($0.0.name, $0.0.populationSize, $0.1) }
        }

        let n = input.stationCount, stride = rowStride, r = ratioCount
        var bytes = [UInt8](repeating: 0, count: n * stride)
        var values = [Double](repeating: 0, count: n * 2 * r)
        var weights = [Double]()
        weights.reserveCapacity(n)
        var groups = [Group]()
        for (name, population, stations) in members {
            let start = weights.count, count = stations.count
            guard count < 1 << 32 else { throw .stratumTooLarge(stratum: name, stations: count) }
            for (offset, station) in stations.enumerated() {
                let row = start + offset, weight = input.weights[station]
                weights.append(weight)
                for (j, indicator) in input.indicators.enumerated() {
                    if let answer = indicator.values[station] {
                        bytes[row * stride + j] = answer ? 1 : 0
                        if hasMissingAnswers { bytes[row * stride + k + j] = 1 }
                    }
                }
                for (q, ratio) in input.ratios.enumerated() {
                    values[(row * r + q) * 2] = weight * ratio.numerators[station]
                    values[(row * r + q) * 2 + 1] = weight * ratio.denominators[station]
                }
            }
            var lambda = 1.0
            if scheme == .raoWuWithFinitePopulationCorrection {
                guard let population = population, population >= count else {
                    throw .missingPopulationSize(stratum: name, sampled: count, population: population)
                }
                lambda = (1 - Double(count) / Double(population)).squareRoot()
            }
            let draws = scheme == .iid ? count : count - 1
            let resampled = draws > 0 && lambda > 0
            let first = input.weights[stations[0]]
            groups.append(Group(
                start: start, count: count, draws: resampled ? draws : 0,
                drawScale: resampled ? lambda * Double(count) / Double(draws) : 0,
                commonWeight: stations.allSatisfy { input.weights[$0] == first } ? first : nil,
                name: name))
        }
        self.bytes = bytes
        self.values = values
        self.weights = weights
        self.groups = groups
        groupTotals = []
        base = []
        let totals = groups.map { group in
            var total = [Double](repeating: 0, count: totalsWidth)
            for station in group.start..<(group.start + group.count) {
                addStation(station, times: 1, to: &total)
            }
            return total
        }
        var base = [Double](repeating: 0, count: totalsWidth)
        for (group, total) in zip(groups, totals) {
            let notDrawn = group.draws == 0 ? 1 : 1 - group.drawScale * Double(group.draws) / Double(group.count)
            for column in base.indices { base[column] += notDrawn * total[column] }
        }
        self.groupTotals = totals
        self.base = base
    }

    /// Adds `factor` · v_i, station `station`'s own totals vector, to `totals`.
    func addStation(_ station: Int, times factor: Double, to totals: inout [Double]) {
        let k = indicatorCount, weighted = factor * weights[station]
        for column in 0..<byteColumns {
            totals[column] += weighted * Double(bytes[station * rowStride + column])
        }
        if !hasMissingAnswers && k > 0 { totals[k] += weighted }
        let offset = k + denominatorColumns
        for column in 0..<(2 * ratioCount) {
            totals[offset + column] += factor * values[station * 2 * ratioCount + column]
        }
    }

    /// The statistics of a totals vector: share_j = t[j] / t[k + j or k], ratio_r =
    /// t[k + d + 2r] / t[k + d + 2r + 1]; NaN where the denominator is 0.
    @inline(__always)
    func statistic(_ index: Int, of totals: UnsafePointer<Double>) -> Double {
        let k = indicatorCount
        let numerator: Double, denominator: Double
        if index < k {
            numerator = totals[index]
            denominator = totals[hasMissingAnswers ? k + index : k]
        } else {
            let offset = k + denominatorColumns + 2 * (index - k)
            numerator = totals[offset]
            denominator = totals[offset + 1]
        }
        return denominator > 0 ? numerator / denominator : .nan
    }
}
