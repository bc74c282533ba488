/// Do the sampled stations that have reported so far look like those still outstanding?
/// A permutation test per covariate, and one overall p-value by the Westfall–Young min-P
/// adjustment over the same permutations.
///
/// The null hypothesis is that arrival is unrelated to the stations: the r primaries that
/// reported are a uniformly random r-subset of the n primaries. Under it every relabelling of
/// which r stations reported is equally likely, so a permutation test is exact whatever the
/// covariates' distributions, the table's small counts or the dependence between columns —
/// no chi-square or normal approximation is needed (Good 2005, ch. 3; Lehmann & Romano 2005,
/// §15.2). B relabellings are drawn (each a uniform r-subset, by a partial Fisher–Yates
/// shuffle with the project's own ``boundedRandom(below:using:)`` on ``Philox4x32``).
///
/// Statistics, with reporting set R (r stations) among n, per covariate:
/// ```
/// category (stratum, region, urban, ...), levels l with n_l stations, r_l of them in R:
///   X² = n² / (r (n − r)) · Σ_l (r_l − r n_l / n)² / n_l       (Pearson's chi-square of the
///                                                            2 × L table reporting × level)
/// number (registered voters), over the n' stations where it is known, r' of them in R,
///   with mid-ranks a_i and ties t:
///   W  = Σ_{i ∈ R} a_i                                        (Wilcoxon–Mann–Whitney)
///   Z² = (W − r'(n' + 1)/2)² / [ r'(n' − r')/12 · ((n' + 1) − Σ(t³ − t)/(n'(n' − 1))) ]
/// ```
/// Rank sums rather than means, because station sizes are skewed and an urban-first arrival
/// shows as a shift of the whole distribution (Hollander, Wolfe & Chicken 2014, §4.1). Large
/// values are evidence against the null; both are two-sided.
///
/// p-values, with T⁰ the observed statistic and T¹ … T^B the permuted ones:
/// ```
/// p_j      = #{b ∈ 0…B : T_j^b ≥ T_j⁰} / (B + 1)                per covariate j
/// p_j^b    = #{b' ∈ 0…B : T_j^b' ≥ T_j^b} / (B + 1)             the same for relabelling b
/// p        = #{b ∈ 0…B : min_j p_j^b ≤ min_j p_j⁰} / (B + 1)    overall (single-step min-P)
/// ```
/// Counting the observed labelling among the B + 1 makes each p-value valid for any B:
/// P(p ≤ α) ≤ α under the null (Phipson & Smyth 2010). The overall p-value is the
/// Westfall–Young single-step min-P adjustment (Westfall & Young 1993, §2.6, algorithm 2.8),
/// computed from the same relabellings: it controls the family-wise error over all covariates
/// exactly, and, unlike Bonferroni or Holm, it does not pay for covariates that carry the same
/// information (the stratum is often the region itself; registered voters and `urban` move
/// together), because the joint permutation distribution of the covariates' p-values is used.
/// The verdict is ``Verdict/different`` when p ≤ ``level`` (1%), else ``Verdict/similar``:
/// under random arrival a checkpoint is called different with probability at most 1%.
///
/// Edge cases: with no primary outstanding the test is not applicable (``Verdict/complete``,
/// no p-value); with no primary reporting, or no covariate that varies, nothing can be
/// compared (``Verdict/untestable``). Stations whose number is missing leave that covariate's
/// test only. Statistics that agree to 1e-12 relative count as ties (rounding cannot make an
/// equal table look more extreme).
///
/// Tests: `RepresentativenessTestTests` (a hand-checked exact case, random arrival at no more
/// than 1% over many seeds, urban-first arrival flagged).
///
/// References:
/// - P. Good, *Permutation, Parametric and Bootstrap Tests of Hypotheses* (3rd ed., Springer, 2005).
/// - E. L. Lehmann, J. P. Romano, *Testing Statistical Hypotheses* (3rd ed., Springer, 2005), §15.2.
/// - P. H. Westfall, S. S. Young, *Resampling-Based Multiple Testing* (Wiley, 1993).
/// - B. Phipson, G. K. Smyth, "Permutation p-values should never be zero", Statistical
///   Applications in Genetics and Molecular Biology 9(1), 2010, [doi:10.2202/1544-6115.1585].
/// - M. Hollander, D. A. Wolfe, E. Chicken, *Nonparametric Statistical Methods* (3rd ed., Wiley, 2014).
///
/// [doi:10.2202/1544-6115.1585]: https://doi.org/10.2202/1544-6115.1585
public struct RepresentativenessTest: Sendable {
    /// The significance level of the verdict.
    public static let level = 0.01
    /// B, the relabellings drawn by default: p-values in steps of 1/10,000.
    public static let defaultPermutations = 9_999
    /// The seed of the relabellings by default, so that a run is reproducible.
    public static let defaultSeed = "sbo-representativeness"

    /// What a checkpoint's comparison concludes.
    public enum Verdict: String, Sendable, Equatable {
        /// No evidence at the 1% level that the reporting stations differ from the outstanding ones.
        case similar
        /// The reporting stations differ from the outstanding ones (p ≤ 1%).
        case different
        /// Every sampled primary station has reported: nothing is outstanding.
        case complete
        /// No primary station has reported yet, or no covariate varies: nothing to compare.
        case untestable
    }

    /// The covariates, one value per primary station.
    public let covariates: [StationCovariate]
    /// B, the number of relabellings.
    public let permutations: Int
    /// The seed of the relabellings.
    public let seed: String
    /// The covariates prepared for fast statistics.
    private let statistics: [CovariateStatistic]

    /// A test over `covariates`, which must all describe the same stations.
    ///
    /// - Parameters:
    ///   - covariates: one value per primary station each (``SampleDesign/covariates(sizeColumn:)``).
    ///   - permutations: B ≥ 1.
    ///   - seed: any text.
    public init(
        covariates: [StationCovariate], permutations: Int = defaultPermutations,
        seed: String = defaultSeed
    ) {
        precondition(permutations >= 1, "at least one relabelling")
        precondition(Set(covariates.map(\.count)).count <= 1, "covariates of the same stations")
        self.covariates = covariates.filter(\.varies)
        self.permutations = permutations
        self.seed = seed
        self.statistics = self.covariates.map(CovariateStatistic.init)
    }

    /// The number of stations compared.
    public var stationCount: Int { covariates.first?.count ?? 0 }

    /// Compares the stations that reported (`reporting[i]`, one flag per station in the
    /// covariates' order) with the others.
    public func test(reporting: [Bool]) -> RepresentativenessResult {
        let n = reporting.count
        let r = reporting.filter { $0 }.count
        guard r < n else {
            return RepresentativenessResult(reporting: r, outstanding: 0, pValue: nil, verdict: .complete, covariates: [])
        }
        guard r > 0, !statistics.isEmpty else {
            return RepresentativenessResult(reporting: r, outstanding: n - r, pValue: nil, verdict: .untestable, covariates: [])
        }
        precondition(n == stationCount, "one flag per station")
        // The smaller side is drawn; the statistics are computed from it.
        let drawsReporting = r <= n - r
        let side = drawsReporting ? r : n - r
        var values = statistics.map { _ in [Double](repeating: 0, count: permutations + 1) }
        var scratch = statistics.map { $0.scratch }
        let observed = reporting.indices.filter { reporting[$0] == drawsReporting }
        for j in statistics.indices {
            values[j][0] = statistics[j].value(side: observed, isReporting: drawsReporting, reporting: r, scratch: &scratch[j])
        }
        var generator = PhiloxBuffer(Philox4x32(seed: seed + ":" + Self.fingerprint(of: reporting)))
        var order = Array(0..<n)
        // The swaps' partners are drawn a run at a time before the run's swaps are made, so
        // that the loads of `order` at random places overlap instead of waiting on each draw.
        let run = 256
        var partners = [Int](repeating: 0, count: run)
        for b in 1...permutations {
            order.withUnsafeMutableBufferPointer { order in
                partners.withUnsafeMutableBufferPointer { partners in
                    for first in stride(from: 0, to: side, by: run) {
                        let last = min(side, first + run)
                        for i in first..<last {
                            partners[i - first] = i + Int(boundedRandom(below: UInt64(n - i), using: &generator))
                        }
                        for i in first..<last { order.swapAt(i, partners[i - first]) }
                    }
                }
            }
            let drawn = order[0..<side]
            for j in statistics.indices {
                values[j][b] = statistics[j].value(side: drawn, isReporting: drawsReporting, reporting: r, scratch: &scratch[j])
            }
        }
        // counts[j][b] = #{b' : T_j^b' ≥ T_j^b}: the p-value of relabelling b times (B + 1).
        let counts = values.map(Self.exceedances)
        let total = Double(permutations + 1)
        func minimum(_ b: Int) -> Int { counts.reduce(Int.max) { min($0, $1[b]) } }
        let observedMinimum = minimum(0)
        let asExtreme = (0...permutations).filter { minimum($0) <= observedMinimum }.count
        let p = Double(asExtreme) / total
        return RepresentativenessResult(
            reporting: r, outstanding: n - r, pValue: p,
            verdict: p <= Self.level ? .different : .similar,
            covariates: zip(covariates, counts).map { covariate, count in
                .init(name: covariate.name, pValue: Double(count[0]) / total)
            })
    }

    /// SHA-256 of the reporting flags (one byte per station, 1 reporting), in hex.
    static func fingerprint(of reporting: [Bool]) -> String {
        SHA256.hexString(of: SHA256.digest(reporting.map { $0 ? UInt8(1) : 0 }))
    }

    /// For each value, how many of the values are at least as large (to 1e-12 relative),
    /// itself included.
    static func exceedances(_ values: [Double]) -> [Int] {
        let sorted = values.sorted()
        return values.map { value in
            let threshold = value - 1e-12 * abs(value)
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle] < threshold { low = middle + 1 } else { high = middle }
            }
            return sorted.count - low
        }
    }
}

/// One covariate prepared for the permutation statistics of ``RepresentativenessTest``.
private struct CovariateStatistic: Sendable {
    /// Category level per station (categorical), or the station's mid-rank (numeric; nil when
    /// missing).
    let levels: [Int]
    let levelSizes: [Double]
    let ranks: [Double?]
    let isNumeric: Bool
    /// n', the stations with a number; Σ of their ranks; the tie term Σ(t³ − t).
    let known: Double
    let rankTotal: Double
    let tieTerm: Double
    /// n.
    let stations: Double

    init(_ covariate: StationCovariate) {
        stations = Double(covariate.count)
        switch covariate.values {
        case let .categorical(levels, levelCount):
            self.levels = levels
            var sizes = [Double](repeating: 0, count: levelCount)
            for level in levels { sizes[level] += 1 }
            levelSizes = sizes
            ranks = []
            isNumeric = false
            (known, rankTotal, tieTerm) = (0, 0, 0)
        case let .numeric(numbers):
            levels = []
            levelSizes = []
            isNumeric = true
            let present = numbers.indices.filter { numbers[$0] != nil }.sorted { numbers[$0]! < numbers[$1]! }
            var ranks = [Double?](repeating: nil, count: numbers.count)
            var ties = 0.0
            var start = 0
            while start < present.count {
                var end = start
                while end + 1 < present.count, numbers[present[end + 1]]! == numbers[present[start]]! { end += 1 }
                let midRank = Double(start + end) / 2 + 1
                for position in start...end { ranks[present[position]] = midRank }
                let t = Double(end - start + 1)
                ties += t * t * t - t
                start = end + 1
            }
            self.ranks = ranks
            known = Double(present.count)
            rankTotal = known * (known + 1) / 2
            tieTerm = ties
        }
    }

    /// Working space for ``value(side:isReporting:reporting:scratch:)``.
    var scratch: [Double] { [Double](repeating: 0, count: levelSizes.count) }

    /// The statistic (X² or Z²) when `side` are the reporting stations (`isReporting`) or the
    /// outstanding ones, with `reporting` (r) stations reporting.
    func value(side: some Collection<Int>, isReporting: Bool, reporting r: Int, scratch: inout [Double]) -> Double {
        let n = stations
        let rr = Double(r)
        if isNumeric {
            var sum = 0.0, count = 0.0
            for station in side {
                if let rank = ranks[station] {
                    sum += rank
                    count += 1
                }
            }
            let (w, rPrime) = isReporting ? (sum, count) : (rankTotal - sum, known - count)
            guard rPrime > 0, rPrime < known else { return 0 }
            let variance = rPrime * (known - rPrime) / 12 * ((known + 1) - tieTerm / (known * (known - 1)))
            guard variance > 0 else { return 0 }
            let deviation = w - rPrime * (known + 1) / 2
            return deviation * deviation / variance
        }
        for l in scratch.indices { scratch[l] = 0 }
        for station in side { scratch[levels[station]] += 1 }
        var sum = 0.0
        for l in scratch.indices {
            let inReporting = isReporting ? scratch[l] : levelSizes[l] - scratch[l]
            let deviation = inReporting - rr * levelSizes[l] / n
            sum += deviation * deviation / levelSizes[l]
        }
        return n * n / (rr * (n - rr)) * sum
    }
}
