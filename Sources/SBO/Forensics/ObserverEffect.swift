import Foundation

/// The observer effect: how much an official figure differs between the stations nobody
/// watched and the randomly chosen stations the observers watched.
///
/// Because the observed stations are a random sample within each stratum, the unobserved
/// stations would report the same figures as the observed ones, up to sampling error, unless
/// being watched changed what was reported (Hyde 2007; Enikolopov et al. 2013, who found the
/// ruling party's share 11 points lower at randomly observed Moscow stations). This is valid
/// only if the sample stayed secret until the polls closed: the seed commitment published
/// before election day is the evidence of that.
///
/// With strata h (N_h official stations, n_h of them observed, O_h observed and U_h unobserved)
/// and a figure with numerator y and denominator x per station (``StationRatio``):
/// ```
/// R_Oh = Σ_{O_h} y / Σ_{O_h} x          R_Uh = Σ_{U_h} y / Σ_{U_h} x
/// W_h  = N_h / Σ_h' N_h'                (over strata with both groups' Σx > 0)
/// observed   = Σ_h W_h R_Oh             unobserved = Σ_h W_h R_Uh
/// difference = unobserved − observed    (positive: higher where nobody watched)
/// ```
/// Variance (Neyman's conservative two-sample variance, each group's ratio linearised;
/// Cochran 1977 §6.11 for the ratio, Imbens & Rubin 2015 §6.5 for the two-sample form):
/// ```
/// e_i  = y_i − R_G x_i                  for i in group G ∈ {O_h, U_h}
/// v_h  = s²_e(O_h) / (n_h x̄²_Oh) + s²_e(U_h) / ((N_h − n_h) x̄²_Uh)
/// SE   = √(Σ_h W_h² v_h)
/// CI   = difference ± t_{df, (1+c)/2} · SE,    df = Σ_h n_h − H   (at least 1)
/// ```
/// s²_e is the sample variance (denominator n − 1); a group of one station borrows the other
/// group's s²_e (under the null of no effect both groups share the stratum's variance).
///
/// Permutation p-value (two-sided, Fisher's randomisation test of the sharp null of no effect):
/// the observed set is re-drawn B times, n_h stations uniformly without replacement within
/// each stratum (partial Fisher–Yates with the project's ``Philox4x32`` and
/// ``boundedRandom(below:using:)``, going on from the last re-draw's order:
/// `ObservedSetShuffle`, laid out for a million stations read at random), and
/// ```
/// p = (1 + #{b : |D*_b| ≥ |D|}) / (B + 1)
/// ```
/// The design is taken as simple random within strata: with a PPS sample the observed
/// stations are larger than average and the comparison is confounded with size.
///
/// Edge cases: a stratum with no observed or no unobserved station (or whose denominators sum
/// to 0 in either group) is left out and the weights renormalised; with no usable stratum
/// every figure is nil.
///
/// Checked against `Tests/SBOTests/Forensics/Reference/forensics_reference.py` (`ForensicsReferenceTests`).
///
/// References: S. D. Hyde, "The Observer Effect in International Politics: Evidence from a
/// Natural Experiment", World Politics 60(1):37–63, 2007, [doi:10.1353/wp.0.0001];
/// R. Enikolopov, V. Korovkin, M. Petrova, K. Sonin, A. Zakharov, "Field experiment estimate
/// of electoral fraud in Russian parliamentary elections", PNAS 110(2):448–452, 2013,
/// [doi:10.1073/pnas.1206770110].
///
/// [doi:10.1353/wp.0.0001]: https://doi.org/10.1353/wp.0.0001
/// [doi:10.1073/pnas.1206770110]: https://doi.org/10.1073/pnas.1206770110
public struct ObserverEffect: Sendable, Equatable {
    /// `turnout` or the candidate's column.
    public let figure: String
    /// The `--by` group, nil for all stations.
    public let domain: String?
    /// Stratified figure at the observed stations.
    public let observed: Double?
    /// Stratified figure at the unobserved stations.
    public let unobserved: Double?
    /// unobserved − observed.
    public let difference: Double?
    /// Its standard error.
    public let standardError: Double?
    /// Degrees of freedom of the t interval.
    public let degreesOfFreedom: Int
    /// Confidence level of the interval.
    public let confidence: Double
    /// Interval bounds of the difference.
    public let ciLow: Double?
    public let ciHigh: Double?
    /// Two-sided permutation p-value.
    public let pValue: Double?
    /// Observed and unobserved stations in the strata used.
    public let observedStations: Int
    public let unobservedStations: Int
    /// Permutations drawn.
    public let permutations: Int

    /// The observer effect of every figure over the stations `rows`.
    ///
    /// - Parameters:
    ///   - figures: the figures (turnout, each candidate's share).
    ///   - set: the observed stations and strata.
    ///   - rows: the official stations to compare (all, or one `--by` group).
    ///   - domain: the group's name, nil for all.
    ///   - permutations: B ≥ 0 re-draws for the p-value (0: no p-value).
    ///   - confidence: the interval's level in (0, 1).
    ///   - seed: the Philox seed.
    public static func estimate(
        figures: [StationRatio], set: ObservedSet, rows: [Int], domain: String? = nil,
        permutations: Int = 10_000, confidence: Double = 0.95, seed: String
    ) -> [ObserverEffect] {
        // Stations of each stratum, observed ones first.
        var observedRows = [[Int]](repeating: [], count: set.stratumNames.count)
        var unobservedRows = observedRows
        for row in rows {
            if set.isObserved[row] {
                observedRows[set.stratumOfStation[row]].append(row)
            } else {
                unobservedRows[set.stratumOfStation[row]].append(row)
            }
        }
        let strata = observedRows.indices.filter { !observedRows[$0].isEmpty && !unobservedRows[$0].isEmpty }
        let members = strata.map { observedRows[$0] + unobservedRows[$0] }
        let sampled = strata.map { observedRows[$0].count }
        let observedTotal = sampled.reduce(0, +)
        let unobservedTotal = members.map(\.count).reduce(0, +) - observedTotal
        let df = max(1, observedTotal - strata.count)
        let t = StudentTDistribution(degreesOfFreedom: Double(df)).quantile((1 + confidence) / 2)

        // Sums per figure and stratum: totals and observed parts.
        let F = figures.count, H = strata.count
        var totalY = [Double](repeating: 0, count: F * H), totalX = totalY
        var observedY = totalY, observedX = totalY
        for (h, rows) in members.enumerated() {
            for (position, row) in rows.enumerated() {
                for (f, figure) in figures.enumerated() {
                    let y = Double(figure.numerators[row]), x = Double(figure.denominators[row])
                    totalY[f * H + h] += y
                    totalX[f * H + h] += x
                    if position < sampled[h] {
                        observedY[f * H + h] += y
                        observedX[f * H + h] += x
                    }
                }
            }
        }
        /// The stratified difference and its parts from observed sums (nil: no usable stratum).
        func contrast(_ f: Int, _ oy: [Double], _ ox: [Double]) -> (o: Double, u: Double)? {
            var o = 0.0, u = 0.0, weight = 0.0
            for h in 0..<H {
                let k = f * H + h
                let ux = totalX[k] - ox[k]
                guard ox[k] > 0, ux > 0 else { continue }
                let w = Double(members[h].count)
                o += w * oy[k] / ox[k]
                u += w * (totalY[k] - oy[k]) / ux
                weight += w
            }
            return weight > 0 ? (o / weight, u / weight) : nil
        }

        var results: [(o: Double, u: Double, se: Double)?] = []
        for (f, figure) in figures.enumerated() {
            guard let point = contrast(f, observedY, observedX) else {
                results.append(nil)
                continue
            }
            var variance = 0.0, weight = 0.0
            for h in 0..<H {
                let k = f * H + h
                let ux = totalX[k] - observedX[k]
                guard observedX[k] > 0, ux > 0 else { continue }
                let n = sampled[h], m = members[h].count - n
                let ro = observedY[k] / observedX[k], ru = (totalY[k] - observedY[k]) / ux
                func residualVariance(_ rows: ArraySlice<Int>, _ r: Double) -> Double? {
                    guard rows.count > 1 else { return nil }
                    var sum = 0.0, sumSquares = 0.0
                    for row in rows {
                        let e = Double(figure.numerators[row]) - r * Double(figure.denominators[row])
                        sum += e
                        sumSquares += e * e
                    }
                    let count = Double(rows.count)
                    return max(0, (sumSquares - sum * sum / count) / (count - 1))
                }
                let so = residualVariance(members[h][..<n], ro)
                let su = residualVariance(members[h][n...], ru)
                let xo = observedX[k] / Double(n), xu = ux / Double(m)
                let vo = (so ?? su ?? 0) / (Double(n) * xo * xo)
                let vu = (su ?? so ?? 0) / (Double(m) * xu * xu)
                let w = Double(members[h].count)
                variance += w * w * (vo + vu)
                weight += w
            }
            results.append((point.o, point.u, variance.squareRoot() / weight))
        }

        // Permutations: all figures share each re-drawn observed set.
        var exceed = [Int](repeating: 0, count: F)
        if permutations > 0, H > 0 {
            // The figures' distinct columns (the candidates share one denominator: turnout and
            // three candidates take six), and where each figure's y and x are among them.
            var columns: [[Int]] = []
            func column(_ values: [Int]) -> Int {
                if let known = columns.firstIndex(where: { $0 == values }) { return known }
                columns.append(values)
                return columns.count - 1
            }
            let places = figures.map { (y: column($0.numerators), x: column($0.denominators)) }
            var generator = PhiloxBuffer(Philox4x32(seed: seed, stream: 0))
            var oy = observedY, ox = observedX
            func permute<Value>(_ shuffle: inout ObservedSetShuffle<Value>) {
                for _ in 0..<permutations {
                    shuffle.next(using: &generator) { h, sums in
                        for f in 0..<F {
                            oy[f * H + h] = sums[places[f].y]
                            ox[f * H + h] = sums[places[f].x]
                        }
                    }
                    for f in 0..<F {
                        guard let actual = results[f], let drawn = contrast(f, oy, ox) else { continue }
                        // Relative slack so that a re-draw equal to the actual set counts as "as extreme".
                        if abs(drawn.u - drawn.o) >= abs(actual.u - actual.o) * (1 - 1e-12) - 1e-15 { exceed[f] += 1 }
                    }
                }
            }
            // Counts as 32-bit values when they fit (half the memory read at random).
            if columns.allSatisfy({ $0.allSatisfy { $0 <= Int(Int32.max) } }) {
                var shuffle = ObservedSetShuffle<Int32>(columns: columns, members: members, sampled: sampled)
                permute(&shuffle)
            } else {
                var shuffle = ObservedSetShuffle<Int>(columns: columns, members: members, sampled: sampled)
                permute(&shuffle)
            }
        }

        return figures.indices.map { f in
            let r = results[f]
            let difference = r.map { $0.u - $0.o }
            return ObserverEffect(
                figure: figures[f].name, domain: domain, observed: r?.o, unobserved: r?.u,
                difference: difference, standardError: r?.se, degreesOfFreedom: df,
                confidence: confidence,
                ciLow: r.map { $0.u - $0.o - t * $0.se }, ciHigh: r.map { $0.u - $0.o + t * $0.se },
                pValue: r != nil && permutations > 0 ? Double(1 + exceed[f]) / Double(1 + permutations) : nil,
                observedStations: observedTotal, unobservedStations: unobservedTotal,
                permutations: permutations)
        }
    }
}
