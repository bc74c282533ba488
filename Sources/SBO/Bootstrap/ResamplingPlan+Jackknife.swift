extension ResamplingPlan {
    /// The BCa acceleration of every statistic, from the delete-one jackknife of the design's
    /// groups (JKn: strata under Rao–Wu, all stations under `iid`).
    ///
    /// Deleting station i of group g (n_g ≥ 2) and reweighting the rest of its group by
    /// n_g/(n_g − 1) gives the totals and statistic
    /// ```
    /// t₍gi₎ = F − F_g + n_g/(n_g − 1) · (F_g − v_i),     θ₍gi₎ from t₍gi₎
    /// ℓ_gi  = (n_g − 1)/n_g · (θ̄₍g·₎ − θ₍gi₎)               θ̄₍g·₎ the mean of θ₍gi₎ over i ∈ g
    /// a     = Σ ℓ³ / (6 (Σ ℓ²)^{3/2})
    /// ```
    /// with F the full-sample totals, F_g the group's and v_i the station's own vector. ℓ_gi
    /// estimates station i's contribution to θ̂ − θ (for a stratified share it is exactly
    /// (N_g/N)(y_i − ȳ_g)/n_g), and a is one sixth of the skewness of that sum (Efron 1987,
    /// eq. 6.7). With one group, ℓ_i is boot's `empinf(type = "jack")` divided by n, so a is
    /// boot's. With several strata this is Davison and Hinkley's acceleration for stratified
    /// data (*Bootstrap Methods and their Application*, 1997, §3.7 and eq. 5.24 with the
    /// stratified empirical influence values of §3.7): each stratum's jackknife values are
    /// centred at their own stratum mean and carry the factor (n_g − 1)/n_g — not what
    /// `boot.ci` computes from `boot(..., strata = )` with `empinf(type = "jack")`, which
    /// pools the stations and rescales by the overall n (the two agree only for one stratum;
    /// `BootstrapIntervalTests.stratifiedAccelerationMatchesTheClosedForm`). Groups with one station contribute nothing. The finite-population correction is
    /// not applied (a is a ratio of moments, and the correction would scale them by stratum).
    ///
    /// Returns `nil` for a statistic whose ℓ are all 0 or undefined (a constant indicator).
    func accelerations() -> [Double?] {
        let width = totalsWidth, statistics = statisticCount
        var full = [Double](repeating: 0, count: width)
        for total in groupTotals { for column in 0..<width { full[column] += total[column] } }
        var squares = [Double](repeating: 0, count: statistics)
        var cubes = [Double](repeating: 0, count: statistics)
        var deleted = [Double](repeating: 0, count: width)
        var thetas = [Double](repeating: 0, count: statistics)
        for (group, total) in zip(groups, groupTotals) where group.count >= 2 {
            let n = Double(group.count), inflation = n / (n - 1)
            // θ₍gi₎ for every statistic into `thetas`; computed twice (for the mean, then for
            // the moments) rather than stored, to keep memory O(T).
            func leaveOut(_ member: Int) {
                for column in 0..<width {
                    deleted[column] = full[column] - total[column] + inflation * total[column]
                }
                addStation(group.start + member, times: -inflation, to: &deleted)
                deleted.withUnsafeBufferPointer { totals in
                    for index in 0..<statistics { thetas[index] = statistic(index, of: totals.baseAddress!) }
                }
            }
            var means = [Double](repeating: 0, count: statistics)
            var defined = [Int](repeating: 0, count: statistics)
            for member in 0..<group.count {
                leaveOut(member)
                for index in 0..<statistics where !thetas[index].isNaN {
                    means[index] += thetas[index]
                    defined[index] += 1
                }
            }
            for index in 0..<statistics where defined[index] > 0 { means[index] /= Double(defined[index]) }
            for member in 0..<group.count {
                leaveOut(member)
                for index in 0..<statistics where !thetas[index].isNaN {
                    let influence = (n - 1) / n * (means[index] - thetas[index])
                    squares[index] += influence * influence
                    cubes[index] += influence * influence * influence
                }
            }
        }
        return zip(squares, cubes).map { square, cube in
            square > 0 ? cube / (6 * (square * square * square).squareRoot()) : nil
        }
    }
}
