import Foundation
import Testing
@testable import SBO

/// Monte Carlo checks of the forensics on ``SyntheticElection``s with fixed seeds: clean
/// elections raise false alarms at no more than the nominal rate, planted irregularities are
/// found.
///
/// Tolerances: with K independent clean elections and a test of level α = 0.05, the number of
/// false alarms X is Binomial(K, ≤ 0.05). For K = 60, P(X ≥ 9) ≤ 0.0028 (scipy:
/// `binom.sf(8, 60, 0.05)` = 0.0028), so "at most 8" fails by chance about once in 350 sets of
/// seeds, while a test whose real level were 0.3 would pass it with probability 0.0022
/// (`binom.cdf(8, 60, 0.3)`). For the planted effects the expected z is stated at each test.
@Suite struct ForensicsMonteCarloTests {
    static let elections = 60

    @Test func cleanElectionsRaiseFalseAlarmsAtMostAtTheNominalRate() {
        var observerAlarms = [0, 0], intervalMisses = 0, integerAlarms = [0, 0], digitAlarms = 0
        for k in 0..<Self.elections {
            let election = SyntheticElection(seed: "clean-\(k)")
            let all = Array(election.official.ids.indices)
            let effects = ObserverEffect.estimate(
                figures: [election.official.turnoutRatio, election.official.shareRatios[0]], set: election.set,
                rows: all, permutations: 200, seed: "p\(k)")
            for (f, effect) in effects.enumerated() where effect.pValue! <= 0.05 { observerAlarms[f] += 1 }
            if effects[0].ciLow! > 0 || effects[0].ciHigh! < 0 { intervalMisses += 1 }
            for (f, figure) in [election.official.turnoutRatio, election.official.shareRatios[0]].enumerated() {
                let test = IntegerPercentTest(figure: figure, rows: all, draws: 200, seed: "i\(k)")
                if test.pValue! <= 0.05 { integerAlarms[f] += 1 }
            }
            let digits = LastDigitTest.family(official: election.official, rows: all)
            if digits.contains(where: { ($0.pAdjusted ?? 1) <= 0.05 }) { digitAlarms += 1 }
        }
        #expect(observerAlarms.allSatisfy { $0 <= 8 }, "observer effect p ≤ 0.05 in \(observerAlarms) of \(Self.elections)")
        #expect(intervalMisses <= 8, "95% interval missed 0 in \(intervalMisses) of \(Self.elections)")
        #expect(integerAlarms.allSatisfy { $0 <= 8 }, "integer percent p ≤ 0.05 in \(integerAlarms) of \(Self.elections)")
        #expect(digitAlarms <= 8, "a last-digit BH p ≤ 0.05 in \(digitAlarms) of \(Self.elections)")
    }

    /// +5 points of turnout where nobody watched (about 4.7 after clipping at 95 %): the
    /// standard error of the difference is about 0.009 (measured: 0.0085–0.0099), so z ≈ 5.2;
    /// a test at 0.05 misses with probability P(N < 1.96 − 5.2) ≈ 6e-4, and two misses in
    /// 20 elections have probability below 1e-4.
    @Test func plantedObserverEffectIsFound() {
        var found = 0
        for k in 0..<20 {
            let election = SyntheticElection(plant: .init(observerTurnoutShift: 0.05), seed: "observer-\(k)")
            let effect = ObserverEffect.estimate(
                figures: [election.official.turnoutRatio], set: election.set,
                rows: Array(election.official.ids.indices), permutations: 500, seed: "p\(k)")[0]
            if effect.pValue! <= 0.05, effect.ciLow! > 0 { found += 1 }
            // The estimate is within 5 standard errors of the planted shift.
            #expect(abs(effect.difference! - 0.047) < 5 * effect.standardError!, "election \(k): \(effect)")
        }
        #expect(found >= 19, "found in \(found) of 20")
    }

    /// Whole percentages planted at 6 % of the unobserved of 2,000 stations (about 115): the
    /// expected count is about 305 with a standard deviation near 16 (turnout) and 18 (the
    /// leader's share, whose counts are smaller so that about 24 % of stations are whole by
    /// chance), and the planted stations add about 0.85 · 115 ≈ 98 (turnout, z ≈ 6; a miss at
    /// 0.01 has probability below 1e-4) and 0.76 · 115 ≈ 86 (leader, z ≈ 4.7; a miss at 0.05
    /// has probability about 1e-3).
    @Test func plantedWholePercentagesAreFound() {
        for k in 0..<10 {
            let election = SyntheticElection(stations: 2000, plant: .init(wholePercentShare: 0.06), seed: "whole-\(k)")
            let all = Array(election.official.ids.indices)
            let turnout = IntegerPercentTest(figure: election.official.turnoutRatio, rows: all, draws: 1000, seed: "t\(k)")
            let leader = IntegerPercentTest(figure: election.official.shareRatios[0], rows: all, draws: 1000, seed: "l\(k)")
            #expect(turnout.pValue! <= 0.01 && leader.pValue! <= 0.05, "election \(k): \(election.plantedWhole) planted; \(turnout); \(leader)")
            #expect(Double(turnout.stationsAtInteger) - turnout.expected > Double(election.plantedWhole) / 3)
        }
    }

    @Test func plantedFullTurnoutAndRoundedCountsAreFound() {
        let election = SyntheticElection(plant: .init(fullTurnoutStations: 17, roundedLeaderShare: 0.3), seed: "full")
        let all = Array(election.official.ids.indices)
        let full = FullTurnout(official: election.official, rows: all)
        #expect(full.atLeast100 == 17)
        #expect(full.atLeast99 >= 17 && full.atLeast99 <= 18)
        let digits = LastDigitTest.family(official: election.official, rows: all)
        #expect(digits[0].pAdjusted! < 1e-6)
    }
}
