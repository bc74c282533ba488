import CMemory

/// The re-drawn observed sets of ``ObserverEffect``'s permutation p-value, with the sums they
/// need: per stratum h, n_h stations drawn without replacement from its N_h by a partial
/// Fisher–Yates shuffle that goes on from the last permutation's order (``boundedRandom(below:using:)``
/// on the caller's generator), and the sum over them of each column of the figures.
///
/// A re-draw reads stations at random among up to a million, so the layout is made for it:
/// each station's values of the distinct columns lie together (`values[s · width + c]`, the
/// stations of a stratum side by side, on huge pages), as `Value` — `Int32` when every count
/// fits, else `Int` — so that a drawn station is one or two cache lines; a permutation's swap
/// partners are all drawn first (they do not depend on the swaps, and the generator is called
/// in the same order), so that each swap asks for the places read 16 and 32 draws later
/// (`sbo_prefetch`; a hint: a swap in between may change the station, not the result). Each
/// sum adds the same values, converted to `Double` exactly, in the same order as a loop over
/// the official rows would.
struct ObservedSetShuffle<Value: FixedWidthInteger> {
    /// The columns per station.
    private let width: Int
    private let values: [Value]
    /// Stratum h's stations are `order[starts[h] ..< starts[h + 1]]`, the observed ones first.
    private let starts: [Int]
    private let sampled: [Int]
    private var order: [Int]
    private var partners: [Int]
    private var sums: [Double]

    /// The shuffle of the strata `members` (official rows, each stratum's observed ones first,
    /// `sampled[h]` of them) over `columns` (one value per official row each).
    init(columns: [[Int]], members: [[Int]], sampled: [Int]) {
        let starts = members.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        let width = columns.count
        values = [Value](unsafeUninitializedCapacity: starts.last! * width) { buffer, count in
            HugePages.advise(buffer.baseAddress, byteCount: buffer.count * MemoryLayout<Value>.stride)
            for (h, rows) in members.enumerated() {
                for (position, row) in rows.enumerated() {
                    let station = buffer.baseAddress! + (starts[h] + position) * width
                    for (c, values) in columns.enumerated() { (station + c).initialize(to: Value(values[row])) }
                }
            }
            count = buffer.count
        }
        order = [Int](unsafeUninitializedCapacity: starts.last!) { buffer, count in
            HugePages.advise(buffer.baseAddress, byteCount: buffer.count * MemoryLayout<Int>.stride)
            for station in 0..<buffer.count { (buffer.baseAddress! + station).initialize(to: station) }
            count = buffer.count
        }
        self.width = width
        self.starts = starts
        self.sampled = sampled
        partners = [Int](repeating: 0, count: sampled.reduce(0, +))
        sums = [Double](repeating: 0, count: width)
    }

    /// Draws the next observed sets and calls `stratum(h, sums)` for each stratum in turn, with
    /// `sums[c]` the sum of column c over its observed stations.
    mutating func next(
        using generator: inout some RandomNumberGenerator, _ stratum: (Int, UnsafeBufferPointer<Double>) -> Void
    ) {
        let (width, starts, sampled, draws) = (width, starts, sampled, partners.count)
        order.withUnsafeMutableBufferPointer { order in
        values.withUnsafeBufferPointer { values in
        partners.withUnsafeMutableBufferPointer { partners in
        sums.withUnsafeMutableBufferPointer { sums in
            var draw = 0
            for h in sampled.indices {
                let start = starts[h], count = starts[h + 1] - start
                for i in 0..<sampled[h] {
                    partners[draw] = start + i + Int(boundedRandom(below: UInt64(count - i), using: &generator))
                    draw += 1
                }
            }
            draw = 0
            for h in sampled.indices {
                let start = starts[h]
                for slot in 0..<width { sums[slot] = 0 }
                for i in 0..<sampled[h] {
                    if draw + 32 < draws { sbo_prefetch(order.baseAddress! + partners[draw + 32]) }
                    if draw + 16 < draws {
                        let ahead = values.baseAddress! + order[partners[draw + 16]] * width
                        sbo_prefetch(ahead)
                        sbo_prefetch(ahead + (width - 1))
                    }
                    order.swapAt(start + i, partners[draw])
                    let station = order[start + i] * width
                    for slot in 0..<width { sums[slot] += Double(values[station + slot]) }
                    draw += 1
                }
                stratum(h, UnsafeBufferPointer(sums))
            }
        }
        }
        }
        }
    }
}
