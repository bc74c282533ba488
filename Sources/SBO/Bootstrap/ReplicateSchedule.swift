import Foundation

/// Hands out consecutive ranges of replicates to the threads of one bootstrap run, and holds
/// the output they write (disjoint elements, so no two threads write the same memory).
///
/// Which thread computes a replicate changes from run to run; its value does not, because
/// replicate b draws only from stream b (`ResamplingPlan.resample`).
final class ReplicateSchedule: @unchecked Sendable {
    /// Statistic j of replicate b goes to place j · total + b of `output`: `Float`s, or one
    /// byte each when the kernel stores table entries (`ResamplingKernel.storesEntries`).
    let output: UnsafeMutableRawPointer
    /// B, the replicates of the run.
    let total: Int
    /// Replicates per range.
    private let chunk: Int
    /// The first replicate not yet handed out.
    private var next = 0
    private let lock = NSLock()

    init(output: UnsafeMutableRawPointer, total: Int, chunk: Int) {
        self.output = output
        self.total = total
        self.chunk = max(1, chunk)
    }

    /// The next range of replicates to compute, or `nil` when all are handed out.
    func nextRange() -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard next < total else { return nil }
        let start = next
        next = min(total, next + chunk)
        return start..<next
    }
}
