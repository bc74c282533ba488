import Foundation
import Testing
@testable import SBO

@Suite struct RepresentativenessTestTests {
    /// Four stations, levels A A B B, the two A stations reporting. Of the C(4, 2) = 6
    /// equally likely reporting pairs, {A, A} and {B, B} give the largest X² (= 4) and the
    /// other four give X² = 0, so the exact p-value is 2/6 = 1/3. With B = 20,000 the
    /// Monte Carlo p-value has standard error √(⅓·⅔/20,001) ≈ 0.0033; tolerance 4 SE.
    @Test func smallCaseMatchesTheExactPermutationDistribution() {
        let covariate = StationCovariate.categorical(name: "level", cells: ["A", "A", "B", "B"])
        let test = RepresentativenessTest(covariates: [covariate], permutations: 20_000)
        let result = test.test(reporting: [true, true, false, false])
        let p = try! #require(result.pValue)
        #expect(abs(p - 1.0 / 3) <= 4 * (1.0 / 3 * 2 / 3 / 20_001).squareRoot())
        #expect(result.covariates.map(\.pValue) == [p])
        #expect(result.verdict == .similar)
        #expect(result.reporting == 2 && result.outstanding == 2)
    }

    /// Two copies of one column: the min-P adjustment pays nothing for the copy (the overall
    /// p-value equals the column's own), where Bonferroni would double it.
    @Test func aRepeatedColumnCostsNothing() throws {
        let sample = try ProgressFixture.sample()
        let urban = try #require(sample.covariates().first { $0.name == "urban" })
        let copy = StationCovariate(name: "urban_again", values: urban.values)
        let reporting = (0..<ProgressFixture.primaryCount).map { $0 < 30 || ProgressFixture.isUrban($0) && $0 < 80 }
        let result = RepresentativenessTest(covariates: [urban, copy], permutations: 999).test(reporting: reporting)
        #expect(result.covariates[0].pValue == result.covariates[1].pValue)
        #expect(result.pValue == result.covariates[0].pValue)
    }

    /// The sample's own columns: stratum, urban and registered voters; `district` (120 values)
    /// is not compared, nor are the design columns.
    @Test func covariatesAreTheSamplesOwnColumns() throws {
        let covariates = try ProgressFixture.sample().covariates()
        #expect(covariates.map(\.name) == ["stratum", "urban", "registered_voters"])
        #expect(covariates.allSatisfy { $0.count == ProgressFixture.primaryCount })
        guard case .numeric = covariates[2].values else { Issue.record("registered voters are numbers"); return }
    }

    @Test func completeAndUntestable() throws {
        let covariates = try ProgressFixture.sample().covariates()
        let test = RepresentativenessTest(covariates: covariates, permutations: 99)
        let all = test.test(reporting: Array(repeating: true, count: ProgressFixture.primaryCount))
        #expect(all.verdict == .complete && all.pValue == nil && all.outstanding == 0)
        let none = test.test(reporting: Array(repeating: false, count: ProgressFixture.primaryCount))
        #expect(none.verdict == .untestable && none.pValue == nil)
        let constant = StationCovariate.categorical(name: "c", cells: ["x", "x", "x"])
        #expect(RepresentativenessTest(covariates: [constant]).test(reporting: [true, false, false]).verdict == .untestable)
    }

    /// Random arrival: at one checkpoint per seed (10%, 20%, …, 90% in turn), M independent
    /// nights. The overall verdict must say "different" at no more than the stated 1%: with
    /// M = 1,800 the count of false alarms is at most Binomial(1800, 0.01), mean 18, SD 4.22, so
    /// the rate may not exceed 0.01 + 3·SD/M ≈ 1.70%. The rate at 10% must be near 10% (the
    /// test is not vacuous; discreteness only makes it smaller): between 10% − 4 SE (0.072) and
    /// 10% + 3 SE (0.121), SE = √(0.1·0.9/1800) = 0.0071. Negative control: the unadjusted smallest
    /// per-covariate p-value, which ignores that three columns are tested, must exceed the
    /// 1.70% bound in the same harness. B = 199 keeps it quick (the level is exact for any B).
    @Test func randomArrivalRaisesFalseAlarmsAtNoMoreThanOnePercent() throws {
        let covariates = try ProgressFixture.sample().covariates()
        let test = RepresentativenessTest(covariates: covariates, permutations: 199)
        let nights = 1_800
        var alarms = 0, atTenPercent = 0, unadjustedAlarms = 0
        for seed in 0..<nights {
            let order = ProgressFixture.randomOrder(seed: UInt64(seed) &* 0x9E37_79B9 &+ 17)
            let arrived = Set(order.prefix(ProgressFixture.primaryCount * (seed % 9 + 1) / 10))
            let result = test.test(reporting: (0..<ProgressFixture.primaryCount).map(arrived.contains))
            let p = try #require(result.pValue)
            if result.verdict == .different { alarms += 1 }
            if p <= 0.10 { atTenPercent += 1 }
            if result.covariates.map(\.pValue).min()! <= RepresentativenessTest.level { unadjustedAlarms += 1 }
        }
        let bound = 0.01 + 3 * (0.01 * 0.99 / Double(nights)).squareRoot()
        let rate = Double(alarms) / Double(nights)
        #expect(rate <= bound, "false-alarm rate \(rate)")
        let tenPercentRate = Double(atTenPercent) / Double(nights)
        #expect(tenPercentRate >= 0.10 - 4 * 0.0071 && tenPercentRate <= 0.10 + 3 * 0.0071, "rate at 10%: \(tenPercentRate)")
        #expect(Double(unadjustedAlarms) / Double(nights) > bound, "unadjusted rate \(unadjustedAlarms)")
        print("random arrival: false alarms \(alarms)/\(nights) at 1%, \(atTenPercent)/\(nights) at 10%, unadjusted \(unadjustedAlarms)/\(nights)")
    }

    /// The same harness over whole nights (`SBO_LONG_TESTS=1`, 2–7 minutes): 3,000
    /// nights, every checkpoint from 10% to 90% of each night tested. Per checkpoint the rate
    /// may not exceed 0.01 + 3·√(0.01·0.99/3,000) ≈ 1.54%; the chance of at least one false
    /// alarm in a night of nine checkpoints is printed (at most 9% by the union bound).
    /// Measured: 12–29 false alarms per checkpoint (0.4–1.0%), 151 nights with any (5.0%).
    @Test(.enabled(if: longTestsEnabled)) func randomArrivalOverManyNights() throws {
        let covariates = try ProgressFixture.sample().covariates()
        let test = RepresentativenessTest(covariates: covariates, permutations: 199)
        let nights = 3_000
        var alarms = [Int](repeating: 0, count: 9), nightsWithAlarm = 0
        for seed in 0..<nights {
            let order = ProgressFixture.randomOrder(seed: UInt64(seed) &+ 1_000_003)
            var any = false
            for tenths in 1...9 {
                let arrived = Set(order.prefix(ProgressFixture.primaryCount * tenths / 10))
                if test.test(reporting: (0..<ProgressFixture.primaryCount).map(arrived.contains)).verdict == .different {
                    alarms[tenths - 1] += 1
                    any = true
                }
            }
            if any { nightsWithAlarm += 1 }
        }
        let bound = 0.01 + 3 * (0.01 * 0.99 / Double(nights)).squareRoot()
        for (index, count) in alarms.enumerated() {
            #expect(Double(count) / Double(nights) <= bound, "at \(index + 1)0%: \(count) of \(nights)")
        }
        print("random arrival, \(nights) nights: false alarms per checkpoint \(alarms); nights with any \(nightsWithAlarm)")
    }

    /// Urban stations first: once a tenth of the sample is in, every checkpoint until the
    /// last rural stations are nearly all in is called different.
    @Test func urbanFirstArrivalIsFlagged() throws {
        let covariates = try ProgressFixture.sample().covariates()
        let test = RepresentativenessTest(covariates: covariates, permutations: 999)
        let order = ProgressFixture.urbanFirstOrder
        for tenths in 1...8 {
            let arrived = Set(order.prefix(ProgressFixture.primaryCount * tenths / 10))
            let result = test.test(reporting: (0..<ProgressFixture.primaryCount).map(arrived.contains))
            #expect(result.verdict == .different, "at \(tenths)0%: p = \(result.pValue ?? .nan)")
        }
    }

    @Test func exceedancesCountTiesAsExtreme() {
        #expect(RepresentativenessTest.exceedances([3, 1, 3, 2]) == [2, 4, 2, 3])
        #expect(RepresentativenessTest.exceedances([0.1 + 0.2, 0.3]) == [2, 2])
    }
}
