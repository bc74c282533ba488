/// The sample laid out for resampling: stations in resampling order, their indicator answers
/// packed into rows, the ratio counts already weighted, and for each resampling group (a
/// stratum, or all stations under `iid`) how many stations it draws and how a draw is scaled.
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
/// Station rows. The kernel (`resample`) adds the rows of drawn stations: the answers a·y (the
/// numerators), then a (the denominators) when some answer is missing — c = k or 2k columns of
/// 0/1 — packed so that a draw is one vector load and one vector add:
/// - c ≤ 16: one byte per column, rows of 1, 4, 8 or 16 bytes;
/// - c > 16: one 4-bit nibble per column, rows of 16·2^j bytes, each 16-byte vector v holding
///   column 32v + i in the low nibble of its byte i and column 32v + 16 + i in the high
///   nibble (i < 16): 32 columns per vector, so k = 20 is one vector rather than two.
/// Row strides are powers of two, so a station's byte offset is its index shifted left. The
/// same answers, one byte per column and unpadded, are kept in `answers` for the double path.
/// Ratio counts are doubles, premultiplied by the weight.
struct ResamplingPlan: Sendable {
    /// One resampling group.
    struct Group: Sendable {
        /// The group's first station in resampling order.
        let start: Int
        /// n_g, its stations.
        let count: Int
        /// The rows its draws choose from: n_g, or 2 for a single station resampled by sign
        /// (the station and a row of zeros after it).
        let bound: Int
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
    /// c, the 0/1 columns per station: k, or 2k with missing answers.
    let byteColumns: Int
    /// Whether rows hold nibbles (c > 16) rather than bytes.
    let packsNibbles: Bool
    /// Bytes between station rows: 0 (no indicator), 1, 4, 8 or 16 for bytes; 16·2^j for
    /// nibbles.
    let rowStride: Int
    /// log₂ of `rowStride` (0 when it is 0).
    let rowShift: UInt32
    /// The packed station rows, in resampling order, aligned for vector loads.
    let rows: AlignedBytes
    /// The columns of every station, one byte each (c per station), in resampling order.
    let answers: [UInt8]
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
    /// The groups of one station resampled by sign (Rao–Wu, n_h = 1, λ_h > 0).
    var singleStationGroups: [String] { groups.filter { $0.bound == 2 }.map(\.name) }

    init(input: BootstrapInput, scheme: BootstrapScheme) throws(BootstrapError) {
        let k = input.indicators.count
        indicatorCount = k
        ratioCount = input.ratios.count
        hasMissingAnswers = input.indicators.contains { $0.values.contains(nil) }
        let columns = hasMissingAnswers ? 2 * k : k
        byteColumns = columns
        packsNibbles = columns > 16
        let stride = switch columns {
        case 0: 0
        case 1: 1
        case ...4: 4
        case ...8: 8
        case ...16: 16
        default: 16 << (Int.bitWidth - ((columns + 31) / 32 - 1).leadingZeroBitCount)
        }
        rowStride = stride
        rowShift = stride == 0 ? 0 : UInt32(stride.trailingZeroBitCount)

        // Members of each group, in input order within the group.
        var members: [(stratum: BootstrapStratum, stations: [Int])]
        switch scheme {
        case .iid:
            members = [(BootstrapStratum(name: "all"), Array(input.stationStrata.indices))]
        case .raoWu, .raoWuWithFinitePopulationCorrection:
            var byStratum = [[Int]](repeating: [], count: input.strata.count)
            for (station, stratum) in input.stationStrata.enumerated() { byStratum[stratum].append(station) }
            members = zip(input.strata, byStratum).filter { !$0.1.isEmpty }.map { ($0.0, $0.1) }
        }
        // λ_g of every group, and whether it is a single station resampled by sign (a row of
        // zeros follows it).
        var lambdas: [Double] = []
        for (stratum, stations) in members {
            var lambda = 1.0
            if scheme == .raoWuWithFinitePopulationCorrection && !stratum.sampledWithReplacement {
                guard let population = stratum.populationSize, population >= stations.count else {
                    throw .missingPopulationSize(
                        stratum: stratum.name, sampled: stations.count, population: stratum.populationSize)
                }
                lambda = (1 - Double(stations.count) / Double(population)).squareRoot()
            }
            lambdas.append(lambda)
        }
        let bySign = zip(members, lambdas).map { scheme != .iid && $0.stations.count == 1 && $1 > 0 }

        let n = input.stationCount + bySign.filter { $0 }.count, r = ratioCount
        var rows = [UInt8](repeating: 0, count: n * stride)
        var answers = [UInt8](repeating: 0, count: n * columns)
        var values = [Double](repeating: 0, count: n * 2 * r)
        var weights = [Double]()
        weights.reserveCapacity(n)
        var groups = [Group]()
        for ((stratum, stations), (lambda, signed)) in zip(members, zip(lambdas, bySign)) {
            let name = stratum.name
            let start = weights.count, count = stations.count
            // Byte offsets of rows within a group are 32-bit.
            let limit = ((1 << 32) - 1) / max(1, stride)
            guard count <= limit else { throw .stratumTooLarge(stratum: name, stations: count, limit: limit) }
            for (offset, station) in stations.enumerated() {
                let row = start + offset, weight = input.weights[station]
                weights.append(weight)
                for (j, indicator) in input.indicators.enumerated() {
                    if let answer = indicator.values[station] {
                        answers[row * columns + j] = answer ? 1 : 0
                        if hasMissingAnswers { answers[row * columns + k + j] = 1 }
                    }
                }
                for column in 0..<columns {
                    let (byte, shift) = Self.place(of: column, packsNibbles: packsNibbles)
                    rows[row * stride + byte] |= answers[row * columns + column] << shift
                }
                for (q, ratio) in input.ratios.enumerated() {
                    values[(row * r + q) * 2] = weight * ratio.numerators[station]
                    values[(row * r + q) * 2 + 1] = weight * ratio.denominators[station]
                }
            }
            if signed { weights.append(0) }  // the row of zeros: answers and values stay 0
            let draws = signed ? 1 : scheme == .iid ? count : count - 1
            let bound = signed ? 2 : count
            let resampled = draws > 0 && lambda > 0
            let first = input.weights[stations[0]]
            groups.append(Group(
                start: start, count: count, bound: bound, draws: resampled ? draws : 0,
                drawScale: resampled ? lambda * Double(bound) / Double(draws) : 0,
                commonWeight: !signed && stations.allSatisfy { input.weights[$0] == first } ? first : nil,
                name: name))
        }
        self.rows = AlignedBytes(rows)
        self.answers = answers
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
            let notDrawn = group.draws == 0 ? 1 : 1 - group.drawScale * Double(group.draws) / Double(group.bound)
            for column in base.indices { base[column] += notDrawn * total[column] }
        }
        self.groupTotals = totals
        self.base = base
    }

    /// Adds `factor` · v_i, station `station`'s own totals vector, to `totals`.
    func addStation(_ station: Int, times factor: Double, to totals: inout [Double]) {
        let k = indicatorCount, weighted = factor * weights[station]
        for column in 0..<byteColumns {
            totals[column] += weighted * Double(answers[station * byteColumns + column])
        }
        if !hasMissingAnswers && k > 0 { totals[k] += weighted }
        let offset = k + denominatorColumns
        for column in 0..<(2 * ratioCount) {
            totals[offset + column] += factor * values[station * 2 * ratioCount + column]
        }
    }

    /// Where column `column` sits in a packed row: its byte, and the shift of its bits in it.
    static func place(of column: Int, packsNibbles: Bool) -> (byte: Int, shift: UInt8) {
        guard packsNibbles else { return (column, 0) }
        return (16 * (column / 32) + column % 16, column % 32 < 16 ? 0 : 4)
    }

    /// The columns of the totals vector that statistic `index` divides: share_j = t[j] /
    /// t[k + j or k], ratio_r = t[k + d + 2r] / t[k + d + 2r + 1].
    @inline(__always)
    func columns(of index: Int) -> (numerator: Int, denominator: Int) {
        let k = indicatorCount
        if index < k { return (index, hasMissingAnswers ? k + index : k) }
        let offset = k + denominatorColumns + 2 * (index - k)
        return (offset, offset + 1)
    }

    /// The statistic `index` of a totals vector (`columns(of:)`); NaN where the denominator
    /// is 0.
    @inline(__always)
    func statistic(_ index: Int, of totals: UnsafePointer<Double>) -> Double {
        let (numerator, denominator) = columns(of: index)
        return Self.quotient(totals[numerator], totals[denominator])
    }

    /// numerator / denominator, or NaN when the denominator is not positive.
    @inline(__always)
    static func quotient(_ numerator: Double, _ denominator: Double) -> Double {
        denominator > 0 ? numerator / denominator : .nan
    }
}
