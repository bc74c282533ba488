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

    /// The bounds over a sample.
    ///
    /// - Parameters:
    ///   - weights: ``unitWeights(sample:reported:)``.
    ///   - answers: per reporting station, its answer (nil: not answered).
    ///   - reportingRows: per reporting station, its row of SAMPLE.csv, ascending; a row not
    ///     among them did not report, so its answer is unknown.
    ///   - scope: per row of SAMPLE.csv, whether the station is in the domain; nil for the
    ///     whole sample.
    /// - Returns: nil when no unit is in scope.
    public static func of(
        weights: [Double?], answers: [Bool?], reportingRows: [Int], scope: [Bool]? = nil
    ) -> NonResponseBounds? {
        precondition(answers.count == reportingRows.count, "one answer per reporting station")
        // The sums run over the rows of SAMPLE.csv in order; `next` is the next reporting
        // station. Adding w · 0 = +0 leaves a sum of positive weights as it is, so the answers
        // select by multiplying, without an unpredictable branch.
        var total = 0.0, yes = 0.0, notNo = 0.0
        var next = 0
        weights.withUnsafeBufferPointer { weights in
            answers.withUnsafeBufferPointer { answers in
                reportingRows.withUnsafeBufferPointer { reportingRows in
                    for row in weights.indices {
                        var answer: Bool?
                        if next < reportingRows.count && reportingRows[next] == row {
                            answer = answers[next]
                            next += 1
                        }
                        guard scope?[row] ?? true, let weight = weights[row] else { continue }
                        total += weight
                        yes += weight * (answer == true ? 1 : 0)
                        notNo += weight * (answer == false ? 0 : 1)
                    }
                }
            }
        }
        guard total > 0 else { return nil }
        return NonResponseBounds(low: yes / total, high: notNo / total)
    }
}
