import Foundation
import Testing
@testable import SBO

/// Small hand-checkable cases and independent routes for the forensics' statistics.
@Suite struct ForensicsStatisticsTests {
    /// n = 1000: whole percentages are the multiples of 10 (100·v mod 1000 = 0);
    /// n = 150: 100·v mod 150 ∈ {0, 50, 100}, min(r, n − r) < 50 only for r = 0, every third v;
    /// n = 333: v = 3 → 300 mod 333 = 300, min(300, 33) = 33 < 50: 3/333 = 0.9009 % is within
    /// half a vote of 1 % (3.33 votes).
    @Test func wholePercentDefinition() {
        #expect(IntegerPercentTest.isWholePercent(850, of: 1000))
        #expect(!IntegerPercentTest.isWholePercent(851, of: 1000))
        #expect((0...150).filter { IntegerPercentTest.isWholePercent($0, of: 150) }.count == 51)
        #expect(IntegerPercentTest.isWholePercent(3, of: 333))
        #expect(!IntegerPercentTest.isWholePercent(5, of: 333))  // 500 mod 333 = 167
        #expect((0...99).allSatisfy { IntegerPercentTest.isWholePercent($0, of: 99) })
    }

    /// The pmf walk against a direct sum of every count's pmf from lgamma (an independent
    /// route), across sizes and rates including the edges.
    @Test func wholePercentProbabilityAgreesWithTheDirectSum() {
        for (n, p) in [(101, 0.5), (150, 0.3), (733, 0.77), (1000, 0.85), (2500, 0.999), (5000, 0.02), (1200, 0.5)] {
            var direct = 0.0
            for v in 0...n where IntegerPercentTest.isWholePercent(v, of: n) {
                direct += exp(lgamma(Double(n + 1)) - lgamma(Double(v + 1)) - lgamma(Double(n - v + 1))
                    + Double(v) * log(p) + Double(n - v) * log1p(-p))
            }
            #expect(isClose(IntegerPercentTest.probabilityOfWholePercent(n: n, p: p), direct, tolerance: 1e-10), "n \(n) p \(p)")
        }
        #expect(IntegerPercentTest.probabilityOfWholePercent(n: 500, p: 0) == 1)
        #expect(IntegerPercentTest.probabilityOfWholePercent(n: 500, p: 1) == 1)
    }

    /// The refined normal approximation against the exact tail of a Poisson-binomial
    /// computed by convolution here: 3,000 probabilities 0.05 + 0.2·(i mod 7)/7.
    @Test func refinedNormalTailIsCloseToTheExactTail() {
        let ps = (0..<3000).map { 0.05 + 0.2 * Double($0 % 7) / 7 }
        var distribution = [1.0]
        for p in ps {
            var next = [Double](repeating: 0, count: distribution.count + 1)
            for (k, mass) in distribution.enumerated() {
                next[k] += mass * (1 - p)
                next[k + 1] += mass * p
            }
            distribution = next
        }
        let mean = ps.reduce(0, +), sigma = ps.reduce(0) { $0 + $1 * (1 - $1) }.squareRoot()
        for k in [Int(mean) - 40, Int(mean), Int(mean) + 25, Int(mean) + 50] {
            let exact = distribution[k...].reduce(0, +)
            let approximate = IntegerPercentTest.normalTail(ps, atLeast: k, mean: mean, sigma: sigma)
            #expect(abs(approximate - exact) < 1e-3, "k \(k): \(approximate) vs \(exact)")
        }
    }

    /// Sorted: 0.01, 0.03, 0.04, 0.20 → 4·p/rank = 0.04, 0.06, 0.0533, 0.2 → running minimum
    /// from the top: 0.04, 0.0533, 0.0533, 0.2 (scipy `false_discovery_control([0.01, 0.04,
    /// 0.03, 0.2])` = 0.04, 0.05333333, 0.05333333, 0.2); the missing one stays missing.
    @Test func benjaminiHochberg() {
        let adjusted = BenjaminiHochberg.adjust([0.01, 0.04, 0.03, 0.20, nil])
        let expected: [Double?] = [0.04, 0.16 / 3, 0.16 / 3, 0.2, nil]
        #expect(zip(adjusted, expected).allSatisfy { $0.0 == nil ? $0.1 == nil : isClose($0.0!, $0.1!, tolerance: 1e-15) })
        #expect(BenjaminiHochberg.adjust([]).isEmpty)
    }

    /// scipy: `chi2.isf(0.05, 9)` = 16.91897760462045, `chi2.sf(30, 9)` = 0.00043872177097947936.
    @Test func chiSquareTail() {
        #expect(isClose(LastDigitTest.chiSquareNineTail(16.91897760462045), 0.05, tolerance: 1e-12))
        #expect(isClose(LastDigitTest.chiSquareNineTail(30), 0.00043872177097947936, tolerance: 1e-12))
        #expect(LastDigitTest.chiSquareNineTail(0) == 1)
    }

    /// One stratum of 6 stations, 2 observed (turnouts 50/100, 60/100; unobserved 70, 80, 80,
    /// 90 of 100): observed 110/200 = 0.55, unobserved 320/400 = 0.8, difference 0.25.
    /// Residuals: observed −5, +5 → s² = 50, v_O = 50/(2·100²) = 0.0025; unobserved −10, 0, 0,
    /// +10 → s² = 200/3, v_U = (200/3)/(4·100²) = 0.0016667; SE = √0.0041667 = 0.064550.
    /// Permutations: of the C(6,2) = 15 observed pairs, only {50, 60} gives a difference as
    /// large (0.25), so p → 1/15 as B grows.
    @Test func observerEffectByHand() {
        let figure = StationRatio(name: "turnout", numerators: [50, 60, 70, 80, 80, 90], denominators: [100, 100, 100, 100, 100, 100])
        let set = ObservedSet(stratumOfStation: [0, 0, 0, 0, 0, 0], stratumNames: ["all"], isObserved: [true, true, false, false, false, false])
        let effect = ObserverEffect.estimate(figures: [figure], set: set, rows: Array(0..<6), permutations: 30_000, seed: "hand")[0]
        #expect(isClose(effect.observed!, 0.55) && isClose(effect.unobserved!, 0.8) && isClose(effect.difference!, 0.25))
        #expect(isClose(effect.standardError!, (0.0025 + 200.0 / 3 / 40_000).squareRoot(), tolerance: 1e-12))
        #expect(effect.degreesOfFreedom == 1)
        // Monte Carlo SE of p at 1/15 with B = 30,000: 0.0014; allow 4 of them.
        #expect(abs(effect.pValue! - 1.0 / 15) < 0.006)
    }

    /// Strata are weighted by their number of stations, not by their observed counts, and a
    /// stratum without unobserved stations is left out.
    @Test func observerEffectWeightsStrataByTheirSize() {
        // Stratum 0: 4 stations, observed 0.5, unobserved 0.7; stratum 1: 2 stations, observed
        // 0.6, unobserved 1.0; stratum 2: all observed (left out).
        let figure = StationRatio(name: "t", numerators: [5, 7, 7, 7, 6, 10, 9], denominators: [10, 10, 10, 10, 10, 10, 10])
        let set = ObservedSet(stratumOfStation: [0, 0, 0, 0, 1, 1, 2], stratumNames: ["a", "b", "c"],
                              isObserved: [true, false, false, false, true, false, true])
        let effect = ObserverEffect.estimate(figures: [figure], set: set, rows: Array(0..<7), permutations: 0, seed: "")[0]
        #expect(isClose(effect.observed!, (4 * 0.5 + 2 * 0.6) / 6))
        #expect(isClose(effect.unobserved!, (4 * 0.7 + 2 * 1.0) / 6))
        #expect(effect.observedStations == 2 && effect.unobservedStations == 4)
        #expect(effect.pValue == nil)
    }

    @Test func fullTurnoutCountsExactly() throws {
        let table = CSVTable(
            source: "o.csv", header: ["station_id", "registered_voters", "ballots_cast", "votes_a"],
            columns: [["1", "2", "3", "4", "5"], ["100", "1000", "1000", "7", "0"], ["99", "989", "1001", "7", "0"], ["90", "900", "900", "7", "0"]],
            lineNumbers: [2, 3, 4, 5, 6])
        let full = FullTurnout(official: try OfficialResults(table: table), rows: Array(0..<5))
        #expect(full.stations == 4 && full.atLeast99 == 3 && full.atLeast100 == 2)
    }

    /// Turnout 0.5 and share 0.995 fall in cell (50, 99); turnout above 100 % in the last
    /// column; a station without valid votes is left out.
    @Test func fingerprintCells() throws {
        let table = CSVTable(
            source: "o.csv", header: ["station_id", "registered_voters", "ballots_cast", "votes_a", "votes_b"],
            columns: [["1", "2", "3"], ["400", "100", "50"], ["200", "120", "0"], ["199", "60", "0"], ["1", "60", "0"]],
            lineNumbers: [2, 3, 4])
        let print = try #require(Fingerprint(official: OfficialResults(table: table), rows: [0, 1, 2]))
        #expect(print.voters[99 * 100 + 50] == 200)
        #expect(print.voters[50 * 100 + 99] == 120)
        #expect(print.stationsLeftOut == 1)
        #expect(print.svg.hasPrefix("<svg") && print.svg.hasSuffix("</svg>"))
    }
}
