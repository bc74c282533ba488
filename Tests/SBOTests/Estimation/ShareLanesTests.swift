import Testing
@testable import SBO

/// The share estimator sums four indicators at once in SIMD lanes (`ShareSums`), and the
/// non-response bounds likewise. Both must give, bit for bit, what the one-indicator loops
/// they replaced gave (outputs are byte-identical across versions): here those loops are
/// written out again, plainly, and compared on random designs with PPS and simple random
/// strata, certainty stations, a census stratum, single-station strata, blanks, domains and
/// batches of 1 to 9 indicators (so that lanes are also left empty).
@Suite struct ShareLanesTests {
    /// The sums of one indicator, as `estimateShare` computed them before the lanes.
    static func plainSums(_ design: EstimationDesign, _ answers: [Bool?], _ domain: [Bool]?)
        -> (estimate: Double, variance: Double, designEffect: Double?, answering: Int, count: Int, reporting: Int)?
    {
        var reporting = 0, answering = 0, count = 0, total = 0.0, yes = 0.0
        for i in 0..<design.stationCount where domain?[i] ?? true {
            reporting += 1
            guard let answer = answers[i] else { continue }
            answering += 1
            if answer { count += 1 }
            total += design.weights[i]
            yes += design.weights[i] * (answer ? 1.0 : 0.0)
        }
        guard answering > 0 else { return nil }
        let p = yes / total
        var z = [Double](repeating: 0, count: design.stationCount)
        var squares = 0.0
        for i in 0..<design.stationCount where domain?[i] ?? true {
            guard let answer = answers[i] else { continue }
            let y = answer ? 1.0 : 0.0
            z[i] = design.weights[i] * (y - p) / total
            squares += design.weights[i] * (y - p) * (y - p)
        }
        var variance = 0.0
        for (h, members) in design.stationsByStratum.enumerated() {
            let f = design.finitePopulationFactor(ofStratum: h)
            guard f >= 1e-7 else { continue }
            let first = z[members[0]]
            if members.count == 1 {
                variance += f * first * first
                continue
            }
            guard members.contains(where: { z[$0] != first }) else { continue }
            let n = Double(members.count)
            let mean = members.reduce(0.0) { $0 + z[$1] } / n
            let spread = members.reduce(0.0) { $0 + (z[$1] - mean) * (z[$1] - mean) }
            variance += f * n / (n - 1) * spread
        }
        let n = Double(answering), spread = squares / total
        let designEffect = answering > 1 && total > n && spread > 0
            ? variance / (n / (n - 1) * spread * (total - n) / (total * n)) : nil
        return (p, variance, designEffect, answering, count, reporting)
    }

    /// A design of 8 strata: simple random, PPS with certainty stations, a census, and
    /// single-station strata.
    static func randomDesign(_ random: inout SplitMix64) throws -> EstimationDesign {
        var strata: [DesignStratum] = []
        var stations: [ReportingStation] = []
        for h in 0..<8 {
            let members = h == 7 ? 1 : 1 + Int(random.next() % 40)
            switch h % 4 {
            case 0:
                strata.append(DesignStratum(name: "s\(h)", populationSize: members + Int(random.next() % 500), selection: .simpleRandom))
                stations += (0..<members).map { _ in ReportingStation(stratum: "s\(h)") }
            case 1:
                strata.append(DesignStratum(name: "s\(h)", populationSize: members, selection: .simpleRandom))  // census
                stations += (0..<members).map { _ in ReportingStation(stratum: "s\(h)") }
            default:
                strata.append(DesignStratum(
                    name: "s\(h)", populationSize: 10_000, selection: .proportionalToSize,
                    sampledWeight: 500 + Double(random.next() % 1000)))
                stations += (0..<members).map { _ in
                    let certain = random.next() % 10 == 0
                    return ReportingStation(
                        stratum: "s\(h)", inclusionProbability: certain ? 1 : 0.01 + Double(random.next() % 900) / 1000)
                }
            }
        }
        return try EstimationDesign(strata: strata, stations: stations)
    }

    @Test(arguments: 0..<30)
    func lanesAgreeWithOneIndicatorAlone(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed) &+ 77)
        let design = try Self.randomDesign(&random)
        let indicators = 1 + Int(random.next() % 9)
        // Per indicator its own yes rate and blank rate; one may be all blank or all yes.
        let answers: [[Bool?]] = (0..<indicators).map { k in
            let yesRate = k == 1 ? 100 : random.next() % 100, blankRate = k == 2 ? 100 : random.next() % 30
            return (0..<design.stationCount).map { _ in
                random.next() % 100 < blankRate ? nil : random.next() % 100 < yesRate
            }
        }
        for domain in [nil, (0..<design.stationCount).map { _ in random.next() % 3 != 0 }] {
            let estimates = design.estimateShares(
                of: answers, in: domain, method: .wilson, quantiles: TQuantiles(confidence: 0.95))
            #expect(estimates.count == indicators)
            for (k, estimate) in estimates.enumerated() {
                guard let plain = Self.plainSums(design, answers[k], domain) else {
                    #expect(estimate.estimate == nil)
                    continue
                }
                #expect(estimate.estimate?.bitPattern == plain.estimate.bitPattern)
                #expect(estimate.variance?.bitPattern == plain.variance.bitPattern, "indicator \(k)")
                #expect(estimate.designEffect?.bitPattern == plain.designEffect?.bitPattern, "indicator \(k)")
                #expect(estimate.answering == plain.answering && estimate.count == plain.count)
                #expect(estimate.reporting == plain.reporting)
                let alone = design.estimateShare(of: answers[k], in: domain)
                #expect(alone == estimate)
            }
        }
    }

    /// The non-response bounds as they were computed one indicator at a time.
    static func plainBounds(_ weights: [Double?], _ answers: [Bool?], _ rows: [Int], _ scope: [Bool]?) -> NonResponseBounds? {
        var answerOfRow = [Bool?](repeating: nil, count: weights.count)
        for (station, row) in rows.enumerated() { answerOfRow[row] = answers[station] }
        var total = 0.0, yes = 0.0, notNo = 0.0
        for row in weights.indices where scope?[row] ?? true {
            guard let weight = weights[row] else { continue }
            total += weight
            if answerOfRow[row] == true { yes += weight }
            if answerOfRow[row] != false { notNo += weight }
        }
        return total > 0 ? NonResponseBounds(low: yes / total, high: notNo / total) : nil
    }

    @Test(arguments: 0..<20)
    func boundsLanesAgreeWithOneIndicatorAlone(seed: Int) {
        var random = SplitMix64(seed: UInt64(seed) &+ 1234)
        let rowCount = 1 + Int(random.next() % 300)
        let weights: [Double?] = (0..<rowCount).map { _ in random.next() % 5 == 0 ? nil : 1 + Double(random.next() % 1000) / 7 }
        let rows = (0..<rowCount).filter { _ in random.next() % 4 != 0 }
        let indicators = 1 + Int(random.next() % 9)
        let answers: [[Bool?]] = (0..<indicators).map { _ in
            rows.map { _ in random.next() % 4 == 0 ? nil : random.next() % 3 == 0 }
        }
        for scope in [nil, (0..<rowCount).map { _ in random.next() % 2 == 0 }] {
            let bounds = NonResponseBounds.of(weights: weights, answers: answers, reportingRows: rows, scope: scope)
            #expect(bounds == answers.map { Self.plainBounds(weights, $0, rows, scope) })
        }
    }
}
