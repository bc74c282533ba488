/// The distinct values of a statistic's bootstrap replicates with how often each occurs, in
/// increasing order: one pass over the replicates (NaN entries skipped) instead of a filtered
/// copy and a selection per interval end.
///
/// A share's replicates take few values — with m_h stations drawn per stratum, a one-group
/// share is one of m + 1 fractions, so B = 100,000 replicates of a 105-station sample hold at
/// most 106 distinct values — so counting them in a small open-addressing table keyed by the
/// `Float`'s bits and sorting the distinct keys gives every order statistic by a binary
/// search over the cumulative counts. When more than ``distinctLimit`` values occur (a ratio
/// of continuous totals), or a −0 occurs (equal to +0 but a different key), the initialiser
/// returns nil and ``BootstrapInterval`` selects as before. The order statistics equal those of
/// sorting the finite replicates.
struct ReplicateHistogram: Sendable, Equatable {
    /// The most distinct values counted before giving up.
    static let distinctLimit = 4096
    private static let slotCount = 8192  // a power of two, twice the limit
    /// An empty slot: a NaN's bits, never a key because NaNs are skipped.
    private static let empty: UInt32 = 0xFFFF_FFFF

    /// The distinct values in increasing order.
    private(set) var values: [Float] = []
    /// `cumulative[i]`: how many replicates are ≤ `values[i]`.
    private(set) var cumulative: [Int] = []
    /// The number of replicates that are not NaN.
    var count: Int { cumulative.last ?? 0 }

    init?(_ replicates: some Collection<Float>) {
        var keys = [UInt32](repeating: Self.empty, count: Self.slotCount)
        var counts = [Int](repeating: 0, count: Self.slotCount)
        var distinct = 0
        let overflow: Bool = keys.withUnsafeMutableBufferPointer { keys in
            counts.withUnsafeMutableBufferPointer { counts in
                func count(_ values: UnsafeBufferPointer<Float>) -> Bool {
                    for value in values {
                        let bits = value.bitPattern
                        var slot = Int(truncatingIfNeeded: (bits &* 0x9E37_79B1) >> 19)  // 13 bits: slotCount
                        // The usual case first: a value seen before, in its first slot. (`empty`
                        // is a NaN's bits: such a NaN must not count as the empty slot.)
                        if keys[slot] == bits && bits != Self.empty {
                            counts[slot] += 1
                            continue
                        }
                        if value.isNaN { continue }
                        if bits == 0x8000_0000 { return true }  // −0
                        while keys[slot] != bits && keys[slot] != Self.empty { slot = (slot + 1) & (Self.slotCount - 1) }
                        if keys[slot] == Self.empty {
                            guard distinct < Self.distinctLimit else { return true }
                            keys[slot] = bits
                            distinct += 1
                        }
                        counts[slot] += 1
                    }
                    return false
                }
                if let result = replicates.withContiguousStorageIfAvailable(count) { return result }
                return Array(replicates).withUnsafeBufferPointer(count)
            }
        }
        guard !overflow else { return nil }
        var pairs = [(value: Float, count: Int)]()
        pairs.reserveCapacity(distinct)
        for slot in 0..<Self.slotCount where keys[slot] != Self.empty {
            pairs.append((Float(bitPattern: keys[slot]), counts[slot]))
        }
        pairs.sort { $0.value < $1.value }
        var total = 0
        values = pairs.map(\.value)
        cumulative = pairs.map { pair in
            total += pair.count
            return total
        }
    }

    /// The histogram of replicates that take the values `values[c]` `counts[c]` times each
    /// (a share's table entries, counted by the kernel): the same as counting those replicates
    /// one by one — NaN entries left out, entries with the same bits merged, nil on a −0 or
    /// more than ``distinctLimit`` distinct values. Tests: `ReplicateHistogramTests`.
    init?(values: [Float], counts: [Int]) {
        precondition(values.count == counts.count, "one count per value")
        var pairs = [(value: Float, count: Int)]()
        for (value, count) in zip(values, counts) where count > 0 && !value.isNaN {
            if value.bitPattern == 0x8000_0000 { return nil }  // −0
            pairs.append((value, count))
        }
        pairs.sort { $0.value < $1.value }
        var merged = [(value: Float, count: Int)]()
        for pair in pairs {
            if let last = merged.last, last.value.bitPattern == pair.value.bitPattern {
                merged[merged.count - 1].count += pair.count
            } else {
                merged.append(pair)
            }
        }
        guard merged.count <= Self.distinctLimit else { return nil }
        var total = 0
        self.values = merged.map(\.value)
        cumulative = merged.map { pair in
            total += pair.count
            return total
        }
    }

    /// The rank-th smallest (1-based) replicate, 1 ≤ rank ≤ ``count``.
    func orderStatistic(_ rank: Int) -> Float {
        var low = 0, high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] >= rank { high = middle } else { low = middle + 1 }
        }
        return values[low]
    }

    /// How many replicates are below `pivot`.
    func countBelow(_ pivot: Float) -> Int {
        guard let index = values.firstIndex(where: { !($0 < pivot) }) else { return count }
        return index == 0 ? 0 : cumulative[index - 1]
    }
}
