/// The B × (k + R) replicates of a bootstrap run, statistic by statistic: statistic j's B
/// replicates, in replicate order, from place j · B.
///
/// They are stored as `Float`, or, when the kernel looked every share up in its table
/// (`ResamplingKernel.storesEntries`: a counts-only run with complete answers, at most 256
/// values per share), as one byte per replicate, its count c, the value being
/// `table[j · rows + c]`: a quarter of the memory — 2 MB rather than 8 for B = 100,000 and
/// k = 20, whose fresh pages took about a millisecond of W2's run (issue 16). Either way the
/// replicates read are the same `Float`s in the same order, so the standard errors and
/// intervals computed from them are too (`ReplicateValuesTests`).
struct ReplicateValues: Sendable, Equatable {
    private enum Storage: Sendable {
        case values([Float])
        case entries([UInt8], table: [Float], rows: Int)
    }

    private let storage: Storage
    /// B, the replicates per statistic.
    let replicateCount: Int

    /// Replicates stored as values, statistic j's from `values[j · B]`.
    init(values: [Float], replicateCount: Int) {
        storage = .values(values)
        self.replicateCount = replicateCount
    }

    /// Replicates stored as table entries: statistic j's replicate b is
    /// `table[j · rows + entries[j · B + b]]`.
    init(entries: [UInt8], table: [Float], rows: Int, replicateCount: Int) {
        storage = .entries(entries, table: table, rows: rows)
        self.replicateCount = replicateCount
    }

    /// Statistic `statistic`'s replicates read in order, without a copy: `values` is called
    /// with them as stored floats, `entries` with them as table entries.
    func read<Result>(
        _ statistic: Int, values: (UnsafeBufferPointer<Float>) -> Result, entries: (TableEntries) -> Result
    ) -> Result {
        let range = (statistic * replicateCount)..<((statistic + 1) * replicateCount)
        switch storage {
        case let .values(stored):
            return stored.withUnsafeBufferPointer { values(UnsafeBufferPointer(rebasing: $0[range])) }
        case let .entries(stored, table, rows):
            return stored.withUnsafeBufferPointer { codes in
                table.withUnsafeBufferPointer { table in
                    entries(TableEntries(
                        codes: UnsafeBufferPointer(rebasing: codes[range]), table: table.baseAddress! + statistic * rows))
                }
            }
        }
    }

    /// Statistic `statistic`'s replicates as an array slice (a copy when stored as entries).
    func slice(of statistic: Int) -> ArraySlice<Float> {
        if case let .values(stored) = storage {
            return stored[(statistic * replicateCount)..<((statistic + 1) * replicateCount)]
        }
        return read(statistic, values: { ArraySlice($0) }, entries: { ArraySlice($0) })
    }

    /// Every replicate, statistic by statistic (statistic j's from place j · B).
    var all: [Float] {
        switch storage {
        case let .values(stored):
            return stored
        case let .entries(stored, _, _):
            return (0..<(stored.count / max(1, replicateCount))).flatMap(slice(of:))
        }
    }

    static func == (lhs: ReplicateValues, rhs: ReplicateValues) -> Bool {
        lhs.replicateCount == rhs.replicateCount && lhs.all == rhs.all
    }

    /// One statistic's replicates stored as table entries, read as their values.
    struct TableEntries: RandomAccessCollection {
        /// The replicates' counts, in replicate order.
        let codes: UnsafeBufferPointer<UInt8>
        /// The statistic's table: the value of count c at `table[c]`.
        let table: UnsafePointer<Float>

        var startIndex: Int { 0 }
        var endIndex: Int { codes.count }
        subscript(position: Int) -> Float { table[Int(codes[position])] }
    }
}
