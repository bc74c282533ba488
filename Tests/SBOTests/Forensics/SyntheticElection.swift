import Foundation
@testable import SBO

/// Synthetic official results for the forensics' Monte Carlo tests, drawn with the project's
/// own generator (``Philox4x32``), honest unless something is planted.
///
/// Station i (stratum h = i mod 4, mean turnout 0.55, 0.60, 0.70, 0.75):
/// ```
/// n_i ~ round(700 · exp(0.45 z)) clipped to [150, 2500]   registered voters
/// t_i = μ_h + 0.08 z (+ shift if unobserved), clipped to [0.2, 0.95]
/// b_i ~ Binomial(n_i, t_i)                                  ballots cast = valid votes
///                                                           (planting may add invalid ballots)
/// s_i = logistic(logit 0.55 + 0.3 z)                        the leader's support
/// a_i ~ Binomial(b_i, s_i), second ~ Binomial(b_i − a_i, 0.7), third the rest
/// ```
/// and per stratum `observedPerStratum` stations drawn uniformly without replacement as the
/// observed set. Binomial counts are drawn exactly by inversion with the outcomes taken in
/// the order m, m+1, m−1, m+2, … from the mode m (any fixed order of outcomes gives an exact
/// inversion sampler; this one needs O(σ) steps).
struct SyntheticElection {
    struct Plant {
        /// Added to the turnout rate of unobserved stations.
        var observerTurnoutShift = 0.0
        /// Share of unobserved stations whose turnout and leader's share are moved to the
        /// nearest whole percentage.
        var wholePercentShare = 0.0
        /// Unobserved stations set to 100 % turnout.
        var fullTurnoutStations = 0
        /// Share of stations whose leader count is rounded down to a multiple of 10.
        var roundedLeaderShare = 0.0
    }

    let official: OfficialResults
    let set: ObservedSet
    /// Stations with something planted, by kind.
    let plantedWhole: Int
    let plantedFull: Int

    init(stations: Int = 1200, observedPerStratum: Int = 25, plant: Plant = Plant(), seed: String) {
        var g = Philox4x32(seed: seed)
        let means = [0.55, 0.60, 0.70, 0.75]
        let strata = (0..<stations).map { $0 % 4 }
        var observed = [Bool](repeating: false, count: stations)
        for h in 0..<4 {
            var members = (0..<stations).filter { strata[$0] == h }
            for i in 0..<observedPerStratum {
                let j = i + Int(boundedRandom(below: UInt64(members.count - i), using: &g))
                members.swapAt(i, j)
                observed[members[i]] = true
            }
        }
        var registered: [Int] = [], ballots: [Int] = [], a: [Int] = [], b: [Int] = [], c: [Int] = []
        var whole = 0, full = 0
        for i in 0..<stations {
            let n = min(2500, max(150, Int((700 * exp(0.45 * Self.normal(&g))).rounded())))
            var t = means[strata[i]] + 0.08 * Self.normal(&g)
            if !observed[i] { t += plant.observerTurnoutShift }
            var ballot = Self.binomial(n, min(0.95, max(0.2, t)), &g)
            var valid = ballot
            let s = 1 / (1 + exp(-(log(0.55 / 0.45) + 0.3 * Self.normal(&g))))
            var leader = Self.binomial(ballot, s, &g)
            var second = Self.binomial(ballot - leader, 0.7, &g)
            if !observed[i], full < plant.fullTurnoutStations {
                leader += n - ballot
                ballot = n
                valid = n
                full += 1
            } else if !observed[i], uniformDouble(using: &g) < plant.wholePercentShare {
                ballot = Self.nearestWholePercent(ballot, of: n, atLeast: ballot)
                let target = Self.nearestWholePercent(leader, of: valid, atLeast: 0)
                // Votes for the leader come from (or go to) the third candidate, else the second.
                if target - leader <= valid - leader - second {
                    leader = target
                } else if target - leader <= second {
                    second -= target - leader
                    leader = target
                }
                whole += 1
            }
            if uniformDouble(using: &g) < plant.roundedLeaderShare { leader -= leader % 10 }
            registered.append(n)
            ballots.append(ballot)
            a.append(leader)
            b.append(second)
            c.append(valid - leader - second)
        }
        let ids = (0..<stations).map { "S\($0)" }
        let table = CSVTable(
            source: "synthetic.csv",
            header: ["station_id", "registered_voters", "ballots_cast", "votes_a", "votes_b", "votes_c"],
            columns: [ids, registered.map(String.init), ballots.map(String.init), a.map(String.init),
                      b.map(String.init), c.map(String.init)],
            lineNumbers: Array(2..<(stations + 2)))
        official = try! OfficialResults(table: table)
        set = ObservedSet(stratumOfStation: strata, stratumNames: ["h0", "h1", "h2", "h3"], isObserved: observed)
        plantedWhole = whole
        plantedFull = full
    }

    /// The count nearest to v (at least `floor`) that is within half a vote of a whole
    /// percentage of n.
    static func nearestWholePercent(_ v: Int, of n: Int, atLeast floor: Int) -> Int {
        for step in 0...n {
            for candidate in [v + step, v - step] where candidate >= floor && candidate <= n {
                if IntegerPercentTest.isWholePercent(candidate, of: n) { return candidate }
            }
        }
        return v
    }

    /// A standard normal deviate by Box–Muller from two of the project's uniforms.
    static func normal(_ g: inout Philox4x32) -> Double {
        let u1 = 1 - uniformDouble(using: &g), u2 = uniformDouble(using: &g)
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }

    /// Binomial(n, p) by inversion, outcomes in zig-zag order from the mode.
    static func binomial(_ n: Int, _ p: Double, _ g: inout Philox4x32) -> Int {
        if n == 0 || p <= 0 { return 0 }
        if p >= 1 { return n }
        let q = 1 - p
        let m = min(n, Int(Double(n + 1) * p))
        let top = exp(lgamma(Double(n + 1)) - lgamma(Double(m + 1)) - lgamma(Double(n - m + 1))
            + Double(m) * log(p) + Double(n - m) * log(q))
        var u = uniformDouble(using: &g) - top
        if u < 0 { return m }
        var up = top, down = top, hi = m, lo = m
        while hi < n || lo > 0 {
            if hi < n {
                up *= Double(n - hi) / Double(hi + 1) * p / q
                hi += 1
                u -= up
                if u < 0 { return hi }
            }
            if lo > 0 {
                down *= Double(lo) / Double(n - lo + 1) * q / p
                lo -= 1
                u -= down
                if u < 0 { return lo }
            }
            if up < 1e-300, down < 1e-300 { break }
        }
        return m
    }
}
