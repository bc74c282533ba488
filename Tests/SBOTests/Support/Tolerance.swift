import Foundation

/// Relative-or-absolute closeness: `|a − b| ≤ tolerance · max(1, |b|)`.
func isClose(_ a: Double, _ b: Double, tolerance: Double = 1e-9) -> Bool {
    abs(a - b) <= tolerance * max(1, abs(b))
}
