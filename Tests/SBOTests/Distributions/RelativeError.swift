/// |a − b| / |b|: the relative error of `a` against the reference `b`.
///
/// It is 0 when `a == b` (including two zeros and two equal infinities), +∞ when b = 0 ≠ a,
/// and NaN when either is NaN — so `relativeError(a, b) <= tolerance` fails for NaN.
func relativeError(_ a: Double, _ b: Double) -> Double {
    a == b ? 0 : abs(a - b) / abs(b)
}
