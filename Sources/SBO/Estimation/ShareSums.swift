/// The sums behind one indicator's share (``EstimationDesign/estimateShare(of:in:confidence:method:)``):
/// counts, weighted totals, and the linearised variance of the estimate, before any interval.
struct ShareSums: Sendable {
    /// Reporting stations in the domain, D.
    var reporting = 0
    /// Strata holding a reporting station of the domain, H_D.
    var domainStrataCount = 0
    /// Answering stations, n = |A|.
    var answering = 0
    /// Answering stations whose answer is yes.
    var count = 0
    /// W = Σ_A w_i.
    var totalWeight = 0.0
    /// Σ_A w_i y_i.
    var weightedYes = 0.0
    /// Σ_A w_i (y_i − p̂)².
    var squares = 0.0
    /// v, the linearised variance of p̂.
    var variance = 0.0
    /// The strata holding an answering station, in design order.
    var answeringStrata: [Int] = []
}

extension EstimationDesign {
    /// The number of indicators ``shareSums(of:in:)`` sums at once.
    static let shareLanes = 4

    /// The ``ShareSums`` of up to four indicators (`answers`, one per reporting station each),
    /// summed side by side in the lanes of SIMD vectors.
    ///
    /// Each lane adds its indicator's terms in station order, as one indicator alone would (a
    /// station without an answer adds w · 0 = +0, which leaves a sum of non-negative terms as
    /// it is), so every sum is the same to the last bit; what changes is that four
    /// independent chains of additions run at once instead of one, which is what bounds the
    /// time of these loops. The formulas are those of
    /// ``estimateShare(of:in:confidence:method:)`` and ``linearisedVariance(of:)``:
    /// ```
    /// p̂ = Σ_A w y / Σ_A w     z_i = w_i (y_i − p̂) / Σ_A w     squares = Σ_A w (y − p̂)²
    /// v = Σ_h f_h · n_h/(n_h − 1) · Σ_i (z_hi − z̄_h)²   (f_h z_h1² for n_h = 1; 0 for a census
    ///     stratum, or a stratum whose z are all equal)
    /// ```
    /// Tests: `ShareLanesTests` (against the one-indicator loops, bit for bit).
    func shareSums(of answers: [[Bool?]], in domain: [Bool]?) -> [ShareSums] {
        precondition((1...Self.shareLanes).contains(answers.count), "one to four indicators")
        precondition(answers.allSatisfy { $0.count == stationCount }, "one answer per reporting station")
        if let domain { precondition(domain.count == stationCount, "one domain flag per reporting station") }
        // Lanes beyond the indicators given repeat the first; their sums are dropped.
        let lane = { (j: Int) in answers[j < answers.count ? j : 0] }
        return lane(0).withUnsafeBufferPointer { a0 in
            lane(1).withUnsafeBufferPointer { a1 in
                lane(2).withUnsafeBufferPointer { a2 in
                    lane(3).withUnsafeBufferPointer { a3 in
                        Array(laneSums(of: (a0, a1, a2, a3), in: domain).prefix(answers.count))
                    }
                }
            }
        }
    }

    private typealias Lanes = SIMD4<Double>

    /// ``shareSums(of:in:)`` of the four answer buffers.
    private func laneSums(
        of answers: (UnsafeBufferPointer<Bool?>, UnsafeBufferPointer<Bool?>, UnsafeBufferPointer<Bool?>, UnsafeBufferPointer<Bool?>),
        in domain: [Bool]?
    ) -> [ShareSums] {
        /// 1 where station i answered (mask) and where it answered yes (y), per lane.
        @inline(__always) func read(_ i: Int) -> (mask: Lanes, y: Lanes) {
            let a = (answers.0[i], answers.1[i], answers.2[i], answers.3[i])
            return (Lanes(a.0 == nil ? 0 : 1, a.1 == nil ? 0 : 1, a.2 == nil ? 0 : 1, a.3 == nil ? 0 : 1),
                    Lanes(a.0 == true ? 1 : 0, a.1 == true ? 1 : 0, a.2 == true ? 1 : 0, a.3 == true ? 1 : 0))
        }
        // Pass 1: counts and weighted totals, in station order.
        var reporting = 0
        // Counts as sums of ones (exact below 2⁵³).
        var answering = Lanes(), count = Lanes()
        var totalWeight = Lanes(), weightedYes = Lanes()
        var domainStrata = [Bool](repeating: false, count: strata.count)
        var answeringStrata = [Lanes](repeating: .zero, count: strata.count)
        weights.withUnsafeBufferPointer { weights in
            stratumIndices.withUnsafeBufferPointer { stratumIndices in
                for i in 0..<stationCount where domain?[i] ?? true {
                    let h = stratumIndices[i], w = weights[i]
                    reporting += 1
                    domainStrata[h] = true
                    let (mask, y) = read(i)
                    answering += mask
                    count += y
                    answeringStrata[h] += mask
                    totalWeight += w * mask
                    weightedYes += w * y
                }
            }
        }
        // Pass 2: the squares, in station order; then the variance, stratum by stratum, of
        // the linearised values z.
        let p = weightedYes / totalWeight
        var squares = Lanes()
        let variance = weights.withUnsafeBufferPointer { weights in
            for i in 0..<stationCount where domain?[i] ?? true {
                let (mask, y) = read(i)
                squares += (weights[i] * (y - p) * (y - p)).replacing(with: 0, where: mask .== 0)
            }
            return linearisedVariances { i in
                guard domain?[i] ?? true else { return .zero }
                let (mask, y) = read(i)
                return (weights[i] * (y - p) / totalWeight).replacing(with: 0, where: mask .== 0)
            }
        }
        let domainStrataCount = domainStrata.count { $0 }
        return (0..<Self.shareLanes).map { j in
            ShareSums(
                reporting: reporting, domainStrataCount: domainStrataCount, answering: Int(answering[j]), count: Int(count[j]),
                totalWeight: totalWeight[j], weightedYes: weightedYes[j], squares: squares[j], variance: variance[j],
                answeringStrata: answeringStrata.indices.filter { answeringStrata[$0][j] != 0 })
        }
    }

    /// ``linearisedVariance(of:)`` of four sets of linearised values, one per lane (`z(i)` those
    /// of station i), each summed in the same order as alone. The values of one stratum at a
    /// time are kept, not an array of all of them.
    @inline(__always)
    func linearisedVariances(_ z: (Int) -> SIMD4<Double>) -> SIMD4<Double> {
        var total = Lanes()
        let largest = stationsByStratum.map { $0.count }.max() ?? 0
        withUnsafeTemporaryAllocation(of: Lanes.self, capacity: largest) { values in
            for (h, stratumMembers) in stationsByStratum.enumerated() {
                let f = finitePopulationFactor(ofStratum: h)
                guard f >= 1e-7 else { continue }
                let count = stratumMembers.count
                for (k, member) in stratumMembers.enumerated() { values[k] = z(member) }
                let first = values[0]
                if count == 1 {
                    total += f * first * first
                    continue
                }
                // A lane whose z are all bitwise equal adds nothing.
                var varies = SIMDMask<SIMD4<Int64>>(repeating: false)
                for k in 0..<count { varies .|= values[k] .!= first }
                guard any(varies) else { continue }
                let n = Double(count)
                var mean = Lanes()
                for k in 0..<count { mean += values[k] }
                mean /= n
                var squares = Lanes()
                for k in 0..<count { squares += (values[k] - mean) * (values[k] - mean) }
                total += (f * n / (n - 1) * squares).replacing(with: 0, where: .!varies)
            }
        }
        return total
    }
}
