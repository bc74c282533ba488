import Testing

@testable import SBO

/// `ObservedSetShuffle` against the shuffle written out plainly over the official rows (each
/// stratum's rows in an array, observed first, a partial Fisher–Yates going on from the last
/// permutation): the same sums, bit for bit, permutation after permutation.
@Suite struct ObservedSetShuffleTests {
    /// The plain shuffle's sums of `columns` per permutation and stratum.
    static func plainSums(
        columns: [[Int]], members: [[Int]], sampled: [Int], permutations: Int, seed: String
    ) -> [[[Double]]] {
        var generator = Philox4x32(seed: seed)
        var order = members
        return (0..<permutations).map { _ in
            members.indices.map { h in
                var sums = [Double](repeating: 0, count: columns.count)
                for i in 0..<sampled[h] {
                    let j = i + Int(boundedRandom(below: UInt64(order[h].count - i), using: &generator))
                    order[h].swapAt(i, j)
                    for c in columns.indices { sums[c] += Double(columns[c][order[h][i]]) }
                }
                return sums
            }
        }
    }

    static func shuffledSums<Value: FixedWidthInteger>(
        _ type: Value.Type, columns: [[Int]], members: [[Int]], sampled: [Int], permutations: Int, seed: String
    ) -> [[[Double]]] {
        var shuffle = ObservedSetShuffle<Value>(columns: columns, members: members, sampled: sampled)
        var generator = PhiloxBuffer(Philox4x32(seed: seed))
        return (0..<permutations).map { _ in
            var strata = [[Double]](repeating: [], count: members.count)
            shuffle.next(using: &generator) { h, sums in strata[h] = Array(sums) }
            return strata
        }
    }

    /// Three strata of 50, 80 and 5 stations (rows interleaved in the official file), 5, 40 and
    /// 2 observed (more draws than the prefetch distances), three columns; counts below 2³¹
    /// in 32 and 64 bits, and counts above 2³¹ in 64 bits.
    @Test func sumsAreThePlainShufflesSums() {
        var generator = Philox4x32(seed: "shuffle-data")
        let rows = 135
        let members = [Array(stride(from: 0, to: 100, by: 2)), Array(stride(from: 1, to: 100, by: 2)) + Array(100..<130), Array(130..<135)]
        let sampled = [5, 40, 2]
        for scale in [1_000, 3_000_000_000] {
            let columns = (0..<3).map { _ in (0..<rows).map { _ in Int(boundedRandom(below: UInt64(scale), using: &generator)) } }
            let plain = Self.plainSums(columns: columns, members: members, sampled: sampled, permutations: 30, seed: "shuffle")
            #expect(Self.shuffledSums(Int.self, columns: columns, members: members, sampled: sampled, permutations: 30, seed: "shuffle") == plain)
            if scale < Int(Int32.max) {
                #expect(Self.shuffledSums(Int32.self, columns: columns, members: members, sampled: sampled, permutations: 30, seed: "shuffle") == plain)
            }
        }
    }
}
