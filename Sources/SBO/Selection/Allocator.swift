/// Splits n stations among H strata with bounds: the allocation of `Allocation`, rounded to
/// whole stations by the largest-remainder rule, in exact integer arithmetic.
///
/// With a_h the stratum's allocation weight (N_h for proportional, 1 for equal, and
/// ⌊N_h·√(P_h(1 − P_h))·10⁹⌉ for Neyman), lower bound l_h = min(2, N_h) and upper bound
/// u_h = N_h, the real-valued allocation is
/// ```
/// x_h = clamp(λ·a_h, l_h, u_h),   λ chosen so that Σ_h x_h = n.
/// ```
/// It is found by fixing bound-violating strata in rounds: with F the strata fixed so far,
/// R = n − Σ_{h∈F} x_h and A = Σ_{h∉F} a_h, every free stratum gets x_h = R·a_h/A; if some
/// fall below l_h or above u_h, the side whose total violation is larger is fixed at its
/// bounds and the round repeats (the "noble set" method of Gabler, Ganninger & Münnich,
/// *Metrika* 75 (2012) 151–161, doi:10.1007/s00184-010-0319-3).
///
/// Rounding: each free stratum first gets ⌊x_h⌋; the stations left over go one each to the
/// strata with the largest remainders (R·a_h mod A, compared exactly), ties to the stratum whose
/// name sorts first in byte order (SPEC). Fixed strata keep their bounds exactly.
///
/// Edge cases: n < Σ l_h or n > Σ u_h throws; Neyman with every free a_h = 0 throws.
public enum Allocator {
    /// The number of stations for each stratum, in the order of `populations`.
    /// - Parameters:
    ///   - total: n, the stations to place.
    ///   - populations: N_h for each stratum (each ≥ 1).
    ///   - names: stratum names, for the tie-break; in byte order or not.
    ///   - method: the allocation rule.
    ///   - proportions: P_h ∈ [0, 1] for each stratum, required for Neyman.
    public static func allocate(
        total: Int, populations: [Int], names: [String], method: Allocation,
        proportions: [Double]? = nil
    ) throws(AllocationError) -> [Int] {
        precondition(populations.count == names.count && populations.allSatisfy { $0 >= 1 })
        let lower = populations.map { min(2, $0) }
        let upper = populations
        let minimum = lower.reduce(0, +)
        let available = upper.reduce(0, +)
        guard total >= minimum else {
            throw .sizeTooSmall(size: total, minimum: minimum, strata: populations.count)
        }
        guard total <= available else { throw .sizeTooLarge(size: total, available: available) }

        let weights: [UInt64]
        switch method {
        case .proportional:
            weights = populations.map { UInt64($0) }
        case .equal:
            weights = populations.map { _ in 1 }
        case .neyman:
            guard let proportions else {
                weights = populations.map { UInt64($0) }
                break
            }
            weights = zip(populations, proportions).map { size, p in
                UInt64((Double(size) * (p * (1 - p)).squareRoot() * 1e9).rounded())
            }
        }

        var fixed = [Int?](repeating: nil, count: populations.count)
        while true {
            let free = fixed.indices.filter { fixed[$0] == nil }
            if free.isEmpty { break }
            let remaining = UInt64(total - fixed.reduce(0) { $0 + ($1 ?? 0) })
            let weightSum = free.reduce(UInt64(0)) { $0 + weights[$1] }
            guard weightSum > 0 else {
                if remaining == free.reduce(0, { $0 + UInt64(lower[$1]) }) {
                    for h in free { fixed[h] = lower[h] }
                    break
                }
                throw .degenerateNeyman
            }
            // x_h = remaining·a_h / weightSum; compare against bounds exactly in 128 bits.
            var below: [Int] = []
            var above: [Int] = []
            var deficit = 0.0
            var excess = 0.0
            for h in free {
                let scaled = remaining.multipliedFullWidth(by: weights[h])
                let share = Double(remaining) * Double(weights[h]) / Double(weightSum)
                if Self.less(scaled, UInt64(lower[h]).multipliedFullWidth(by: weightSum)) {
                    below.append(h)
                    deficit += Double(lower[h]) - share
                } else if Self.less(UInt64(upper[h]).multipliedFullWidth(by: weightSum), scaled) {
                    above.append(h)
                    excess += share - Double(upper[h])
                }
            }
            if below.isEmpty && above.isEmpty {
                return round(
                    total: total, free: free, fixed: fixed, weights: weights,
                    remaining: remaining, weightSum: weightSum, names: names)
            }
            if deficit >= excess {
                for h in below { fixed[h] = lower[h] }
            } else {
                for h in above { fixed[h] = upper[h] }
            }
        }
        let allocation = fixed.map { $0! }
        precondition(allocation.reduce(0, +) == total, "allocation does not add up")
        return allocation
    }

    /// Largest-remainder rounding of the free strata's x_h = remaining·a_h/weightSum.
    private static func round(
        total: Int, free: [Int], fixed: [Int?], weights: [UInt64], remaining: UInt64,
        weightSum: UInt64, names: [String]
    ) -> [Int] {
        var allocation = fixed.map { $0 ?? 0 }
        var remainders: [(stratum: Int, remainder: UInt64)] = []
        var placed = 0
        for h in free {
            let (quotient, remainder) = weightSum.dividingFullWidth(
                remaining.multipliedFullWidth(by: weights[h]))
            allocation[h] = Int(quotient)
            placed += Int(quotient)
            remainders.append((h, remainder))
        }
        let leftover = Int(remaining) - placed
        remainders.sort {
            $0.remainder != $1.remainder
                ? $0.remainder > $1.remainder
                : Stratification.byteOrder(names[$0.stratum], names[$1.stratum])
        }
        for entry in remainders.prefix(leftover) {
            allocation[entry.stratum] += 1
        }
        precondition(allocation.reduce(0, +) == total, "allocation does not add up")
        return allocation
    }

    private static func less(
        _ a: (high: UInt64, low: UInt64), _ b: (high: UInt64, low: UInt64)
    ) -> Bool {
        a.high != b.high ? a.high < b.high : a.low < b.low
    }
}
