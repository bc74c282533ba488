import Foundation

/// The tallies of finished blocks, written by the worker threads under a lock.
final class SimulationBlockStore: @unchecked Sendable {
    private let lock = NSLock()
    private var tallies: [[SimulationTally]?]

    init(count: Int) {
        tallies = Array(repeating: nil, count: count)
    }

    func set(_ block: [SimulationTally], at index: Int) {
        lock.lock()
        tallies[index] = block
        lock.unlock()
    }

    /// Every block's tallies in block order (all blocks must be set).
    func blocks() -> [[SimulationTally]] {
        lock.lock()
        defer { lock.unlock() }
        return tallies.map { $0! }
    }
}
