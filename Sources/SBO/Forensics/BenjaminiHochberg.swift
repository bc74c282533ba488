/// Benjamini–Hochberg adjusted p-values, which control the false discovery rate over a family
/// of tests: rejecting every test whose adjusted p-value is at most q keeps the expected share
/// of false rejections among the rejections at most q (for independent or positively
/// dependent tests).
///
/// With the m p-values sorted ascending, p₍₁₎ ≤ … ≤ p₍ₘ₎:
/// ```
/// p̃₍ᵢ₎ = min(1, min_{j ≥ i} m · p₍ⱼ₎ / j)
/// ```
/// nil entries are left out of m and stay nil. Agrees with R's `p.adjust(p, "BH")` and
/// scipy's `false_discovery_control` (`ForensicsReferenceTests`).
///
/// Reference: Y. Benjamini, Y. Hochberg, "Controlling the false discovery rate: a practical
/// and powerful approach to multiple testing", JRSS B 57(1):289–300, 1995,
/// [doi:10.1111/j.2517-6161.1995.tb02031.x].
///
/// [doi:10.1111/j.2517-6161.1995.tb02031.x]: https://doi.org/10.1111/j.2517-6161.1995.tb02031.x
public enum BenjaminiHochberg {
    /// The adjusted p-values, in the order given.
    public static func adjust(_ pValues: [Double?]) -> [Double?] {
        let present = pValues.indices.filter { pValues[$0] != nil }
            .sorted { pValues[$0]! < pValues[$1]! || (pValues[$0]! == pValues[$1]! && $0 < $1) }
        let m = Double(present.count)
        var adjusted = [Double?](repeating: nil, count: pValues.count)
        var running = 1.0
        for (rank, index) in present.enumerated().reversed() {
            running = min(running, m * pValues[index]! / Double(rank + 1))
            adjusted[index] = running
        }
        return adjusted
    }
}
