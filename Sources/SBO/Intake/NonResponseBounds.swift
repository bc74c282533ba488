/// Worst-case bounds of an indicator's share for non-response: the share if every sampled
/// station that did not report, and every station that left the question blank, had
/// answered "no" (``low``) or "yes" (``high``).
///
/// Over the units U_h of stratum h — its primaries and the reserves that reported in their
/// place — with design weights w_i = 1/π_i (N_h/n_h in a simple random stratum), rescaled to
/// the full sample's weights so that a stratum keeps the weight of its n_h primaries when
/// m_h = |U_h| units stand for them:
/// ```
/// w'_i  = w_i · n_h / m_h
/// low   = Σ_i w'_i [y_i = yes]          / Σ_i w'_i
/// high  = Σ_i w'_i [y_i ≠ no]           / Σ_i w'_i
/// ```
/// where y_i is the station's answer, unknown when it did not report or did not answer.
/// high − low is the weighted share of sampled stations whose answer is unknown: the width
/// that no confidence interval covers, because it comes from who did not answer, not from
/// which stations were drawn. Edge cases: no unit in scope gives nil; with full response
/// and no blank, low = high = the Horvitz–Thompson share.
///
/// Reference: C. F. Manski, *Partial Identification of Probability Distributions*
/// (Springer, 2003), ch. 1 (bounds under missing outcomes), applied with design weights.
public struct NonResponseBounds: Sendable, Equatable, Hashable {
    /// The share with every unknown answer taken as "no".
    public let low: Double
    /// The share with every unknown answer taken as "yes".
    public let high: Double

    public init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }

    /// The weights w'_i of the bounds, per row of SAMPLE.csv: nil for a reserve that did not
    /// report (not a unit). Computed once per report; every indicator's bounds use them.
    ///
    /// - Parameters:
    ///   - sample: the sample design (its primaries, weights and strata).
    ///   - reported: per row of SAMPLE.csv, whether the station reported.
    public static func unitWeights(sample: SampleDesign, reported: [Bool]) -> [Double?] {
        let stations = sample.stations, strata = sample.stratumIndices
        var primaries = [Int](repeating: 0, count: sample.strata.count)
        var members = [Int](repeating: 0, count: sample.strata.count)
        for row in stations.indices where stations[row].role == .primary || reported[row] {
            members[strata[row]] += 1
            if stations[row].role == .primary { primaries[strata[row]] += 1 }
        }
        return stations.indices.map { row in
            guard stations[row].role == .primary || reported[row] else { return nil }
            let h = strata[row]
            return stations[row].weight * Double(primaries[h]) / Double(members[h])
        }
    }

    /// The bounds of several indicators over a sample.
    ///
    /// Four indicators are summed at once, one per lane of SIMD vectors; each lane adds in the
    /// order of SAMPLE.csv's rows, as one indicator alone would (an answer that does not count
    /// adds w · 0 = +0, which leaves a sum of weights as it is), so that four independent
    /// chains of additions run side by side.
    ///
    /// - Parameters:
    ///   - weights: ``unitWeights(sample:reported:)``.
    ///   - answers: per indicator, per reporting station, its answer (nil: not answered).
    ///   - reportingRows: per reporting station, its row of SAMPLE.csv, ascending; a row not
    ///     among them did not report, so its answer is unknown.
    ///   - scope: per row of SAMPLE.csv, whether the station is in the domain; nil for the
    ///     whole sample.
    /// - Returns: per indicator, its bounds; nil when no unit is in scope.
    public static func of(
        weights: [Double?], answers: [[Bool?]], reportingRows: [Int], scope: [Bool]? = nil
    ) -> [NonResponseBounds?] {
        precondition(answers.allSatisfy { $0.count == reportingRows.count }, "one answer per reporting station")
        return stride(from: 0, to: answers.count, by: 4).flatMap { first in
            let group = Array(answers[first..<min(first + 4, answers.count)])
            // Lanes beyond the indicators given repeat the first; their bounds are dropped.
            let lane = { (j: Int) in group[j < group.count ? j : 0] }
            return lane(0).withUnsafeBufferPointer { a0 in
                lane(1).withUnsafeBufferPointer { a1 in
                    lane(2).withUnsafeBufferPointer { a2 in
                        lane(3).withUnsafeBufferPointer { a3 in
                            Array(of(weights: weights, answers: (a0, a1, a2, a3), reportingRows: reportingRows, scope: scope)
                                .prefix(group.count))
                        }
                    }
                }
            }
        }
    }

    /// ``of(weights:answers:reportingRows:scope:)`` of four indicators.
    private static func of(
        weights: [Double?],
        answers: (UnsafeBufferPointer<Bool?>, UnsafeBufferPointer<Bool?>, UnsafeBufferPointer<Bool?>, UnsafeBufferPointer<Bool?>),
        reportingRows: [Int], scope: [Bool]?
    ) -> [NonResponseBounds?] {
        typealias Lanes = SIMD4<Double>
        var total = 0.0, yes = Lanes(), notNo = Lanes()
        var next = 0
        weights.withUnsafeBufferPointer { weights in
            reportingRows.withUnsafeBufferPointer { reportingRows in
                for row in weights.indices {
                    var station: Int?
                    if next < reportingRows.count && reportingRows[next] == row {
                        station = next
                        next += 1
                    }
                    guard scope?[row] ?? true, let weight = weights[row] else { continue }
                    total += weight
                    guard let station else {
                        notNo += weight  // did not report: unknown
                        continue
                    }
                    let a = (answers.0[station], answers.1[station], answers.2[station], answers.3[station])
                    yes += weight * Lanes(a.0 == true ? 1 : 0, a.1 == true ? 1 : 0, a.2 == true ? 1 : 0, a.3 == true ? 1 : 0)
                    notNo += weight * Lanes(a.0 == false ? 0 : 1, a.1 == false ? 0 : 1, a.2 == false ? 0 : 1, a.3 == false ? 0 : 1)
                }
            }
        }
        return (0..<4).map { j in total > 0 ? NonResponseBounds(low: yes[j] / total, high: notNo[j] / total) : nil }
    }
}

