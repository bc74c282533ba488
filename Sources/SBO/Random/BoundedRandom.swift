// The project's own mapping from random bits to integers and doubles, so that a seed gives the
// same draws with every version of the standard library (whose `random(in:using:)` may change).

/// A uniformly distributed integer in `0..<bound`, exactly unbiased, by Lemire's
/// multiply-shift with rejection.
///
/// With x a uniform w-bit word (w = 64) and s = `bound`:
/// ```
/// m = x · s                      (a 2w-bit product)
/// accept when (m mod 2^w) ≥ t,   t = 2^w mod s     (t is computed only when m mod 2^w < s)
/// result = ⌊m / 2^w⌋
/// ```
/// Each result r ∈ [0, s) is the high word of exactly ⌊2^w / s⌋ accepted x, so it is exactly
/// uniform; a draw is rejected with probability t / 2^w < s / 2^w, and the expected number of
/// words used is below 1 + s / 2^w.
///
/// - Parameters:
///   - bound: the number of possible results, ≥ 1.
///   - generator: the source of uniform 64-bit words.
///
/// Agrees with an exhaustive enumeration of an 8-bit analogue (`BoundedRandomTests`).
///
/// Reference: D. Lemire, "Fast random integer generation in an interval", ACM Transactions on
/// Modeling and Computer Simulation 29(1), 2019, [doi:10.1145/3230636] (the "nearly
/// divisionless" method).
///
/// [doi:10.1145/3230636]: https://doi.org/10.1145/3230636
public func boundedRandom(below bound: UInt64, using generator: inout some RandomNumberGenerator) -> UInt64 {
    precondition(bound > 0, "boundedRandom(below:) needs a bound of at least 1")
    while true {
        if let result = multiplyShiftCandidate(generator.next(), below: bound) { return result }
    }
}

/// One step of Lemire's method for a w-bit word `x`: ⌊x · bound / 2^w⌋, or `nil` when `x` falls
/// in the rejected set (the low word of x · bound below 2^w mod bound). Generic so that the
/// tests can enumerate every 8-bit word.
@inline(__always)
func multiplyShiftCandidate<Word: FixedWidthInteger & UnsignedInteger>(_ x: Word, below bound: Word) -> Word? {
    let (high, low) = x.multipliedFullWidth(by: bound)
    if low < bound {
        let threshold = (0 &- bound) % bound  // 2^w mod bound
        if low < threshold { return nil }
    }
    return high
}

/// A uniformly distributed double in [0, 1): the top 53 bits of one 64-bit word, times 2⁻⁵³.
/// ```
/// u = ⌊x / 2¹¹⌋ · 2⁻⁵³
/// ```
/// Every multiple of 2⁻⁵³ in [0, 1) has probability 2⁻⁵³; the value 1 is never returned.
public func uniformDouble(using generator: inout some RandomNumberGenerator) -> Double {
    Double(generator.next() >> 11) * 0x1p-53
}
