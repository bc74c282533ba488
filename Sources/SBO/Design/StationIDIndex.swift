import Foundation

/// The rows of a table's station ids, for finding a station by its id and for telling whether
/// two rows share one: ids are compared after trimming spaces and tabs, and as Swift compares
/// strings (canonical equivalence: `é` as one code point equals `e` + `◌́`). Rows whose id is
/// blank are left out.
///
/// When every id of the column is ASCII (station codes, nearly always), the index holds no
/// string: for ASCII text equal bytes is equal text. The rows are spread over 2ᵇ buckets by the
/// hash of their id's bytes (a counting sort that keeps row order within a bucket), and each
/// bucket gets its own open-addressing table, built while it stays in cache, so that 100,000
/// ids never probe one big table at random:
/// ```
/// h = ByteKeyIndex.hash(trimmed id)     bucket = top b bits of h
/// slot entry = (h mod 2³²) << 32 | (row + 1)     first probe = h mod (the bucket's table size)
/// ```
/// with 2ᵇ the least power of two above rows / 4096 (at most 2¹⁶) and each bucket's table a
/// power of two at least twice its rows. A query that is not ASCII can still equal an ASCII id
/// (K, U+212A KELVIN SIGN, is canonically K): it is looked up by its NFC form, which is ASCII
/// exactly when the query is canonically equivalent to an ASCII text. A column with any other
/// id is indexed by a `[String: Int]`, whose hashing and equality follow canonical equivalence.
/// Tests: `StationIDIndexTests`.
struct StationIDIndex: Sendable {
    private enum Storage: Sendable {
        /// Per bucket, its table's offset in `slots` (and one past the last).
        case ascii(slots: [UInt64], offsets: [Int], bucketBits: Int)
        case text([String: Int])
    }

    private let table: CSVTable
    private let column: Int
    private let storage: Storage
    /// The first row (in table order) whose id an earlier row has, and that earlier row.
    let firstRepeat: (row: Int, earlier: Int)?

    /// The index of the ids in `column` of `table`; an id held by several rows is found at the
    /// first of them.
    init(table: CSVTable, column: Int) {
        self.table = table
        self.column = column
        let built = table.withCellBytes { cells in Self.asciiIndex(cells, column: column, rows: table.rowCount) }
        if let built {
            storage = .ascii(slots: built.slots, offsets: built.offsets, bucketBits: built.bucketBits)
            firstRepeat = built.firstRepeat
            return
        }
        var rowOfID: [String: Int] = [:]
        rowOfID.reserveCapacity(table.rowCount)
        var firstRepeat: (row: Int, earlier: Int)?
        for (row, cell) in table.columns[column].enumerated() {
            let key = SamplingFrame.trimmed(cell)
            guard !key.isEmpty else { continue }
            if let earlier = rowOfID[key] {
                if firstRepeat == nil { firstRepeat = (row, earlier) }
            } else {
                rowOfID[key] = row
            }
        }
        storage = .text(rowOfID)
        self.firstRepeat = firstRepeat
    }

    /// The row of the station whose id is `id` (trimmed of spaces and tabs), or nil.
    func row(of id: String) -> Int? {
        let key = SamplingFrame.trimmed(id)
        switch storage {
        case .text(let rowOfID):
            return rowOfID[key]
        case .ascii:
            let ascii = Self.isASCII(key.utf8) ? key : key.precomposedStringWithCanonicalMapping
            guard Self.isASCII(ascii.utf8) else { return nil }
            var text = ascii
            return text.withUTF8 { bytes in table.withCellBytes { cells in row(ofASCII: bytes, cells: cells) } }
        }
    }

    /// The row of the station whose id is the text of `cell` (a cell of any table, trimmed of
    /// spaces and tabs), or nil; row `expected` is tried first (the row after the last one
    /// found, when an export follows the sample's order).
    ///
    /// - Parameter cells: the cells of the index's table.
    func row(ofCell cell: UnsafeBufferPointer<UInt8>, expected: Int, cells: CSVCellBytes) -> Int? {
        guard case .ascii = storage, Self.isASCII(cell) else {
            return row(of: String(decoding: cell, as: UTF8.self))
        }
        let key = SamplingFrame.asciiTrimmed(cell)
        if expected < table.rowCount && SamplingFrame.asciiTrimmed(cells[expected, column]).hasSameBytes(as: key) {
            // The first row with this id, unless it repeats an earlier one.
            if firstRepeat.map({ expected < $0.row }) ?? true { return expected }
        }
        return row(ofASCII: key, cells: cells)
    }

    /// The row of the trimmed ASCII id `key`, in the bucket tables.
    private func row(ofASCII key: UnsafeBufferPointer<UInt8>, cells: CSVCellBytes) -> Int? {
        guard case let .ascii(slots, offsets, bucketBits) = storage, !key.isEmpty else { return nil }
        let hash = ByteKeyIndex.hash(key)
        let bucket = Self.bucket(of: hash, bits: bucketBits)
        let start = offsets[bucket], size = offsets[bucket + 1] - start
        guard size > 0 else { return nil }
        let mask = size - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[start + slot] != 0 {
            let entry = slots[start + slot]
            if entry >> 32 == hash & 0xFFFF_FFFF {
                let row = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if SamplingFrame.asciiTrimmed(cells[row, column]).hasSameBytes(as: key) { return row }
            }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private static func bucket(of hash: UInt64, bits: Int) -> Int {
        bits == 0 ? 0 : Int(truncatingIfNeeded: hash >> (64 - bits))
    }

    private static func isASCII<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        bytes.allSatisfy { $0 < 0x80 }
    }

    /// The bucket tables of the ids in `column` of rows `0..<rows`, or nil when one is not
    /// ASCII (or there are 2³² rows or more).
    private static func asciiIndex(_ cells: CSVCellBytes, column: Int, rows: Int) -> (
        slots: [UInt64], offsets: [Int], bucketBits: Int, firstRepeat: (row: Int, earlier: Int)?
    )? {
        guard rows < Int(UInt32.max) else { return nil }
        var bucketBits = 0
        while bucketBits < 16 && rows >> (bucketBits + 12) > 0 { bucketBits += 1 }
        let buckets = 1 << bucketBits
        // Pass 1: the hashes of the non-blank ids, and the bucket sizes.
        var counts = [Int](repeating: 0, count: buckets)
        var hashes = [UInt64](repeating: 0, count: rows)
        var blank = [Bool](repeating: false, count: rows)
        for row in 0..<rows {
            let cell = cells[row, column]
            guard isASCII(cell) else { return nil }
            let id = SamplingFrame.asciiTrimmed(cell)
            if id.isEmpty {
                blank[row] = true
                continue
            }
            hashes[row] = ByteKeyIndex.hash(id)
            counts[bucket(of: hashes[row], bits: bucketBits)] += 1
        }
        // Pass 2: each bucket's rows, ascending, and each bucket's table size.
        var next = [Int](repeating: 0, count: buckets + 1)
        var offsets = [Int](repeating: 0, count: buckets + 1)
        for bucket in 0..<buckets {
            next[bucket + 1] = next[bucket] + counts[bucket]
            var size = counts[bucket] == 0 ? 0 : 2
            while size < 2 * counts[bucket] { size *= 2 }
            offsets[bucket + 1] = offsets[bucket] + size
        }
        let starts = next
        var ordered = [Int](repeating: 0, count: next[buckets])
        for row in 0..<rows where !blank[row] {
            let bucket = bucket(of: hashes[row], bits: bucketBits)
            ordered[next[bucket]] = row
            next[bucket] += 1
        }
        // Pass 3: each bucket's table; a row whose id is already there is a repeat.
        var slots = [UInt64](repeating: 0, count: offsets[buckets])
        var firstRepeat: (row: Int, earlier: Int)?
        for bucket in 0..<buckets {
            let start = offsets[bucket], mask = offsets[bucket + 1] - start - 1
            place: for row in ordered[starts[bucket]..<starts[bucket + 1]] {
                let hash = hashes[row], tag = hash & 0xFFFF_FFFF
                var slot = Int(truncatingIfNeeded: hash) & mask
                while slots[start + slot] != 0 {
                    let entry = slots[start + slot]
                    if entry >> 32 == tag {
                        let earlier = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                        if SamplingFrame.asciiTrimmed(cells[earlier, column])
                            .hasSameBytes(as: SamplingFrame.asciiTrimmed(cells[row, column])) {
                            if firstRepeat.map({ row < $0.row }) ?? true { firstRepeat = (row, earlier) }
                            continue place
                        }
                    }
                    slot = (slot + 1) & mask
                }
                slots[start + slot] = tag << 32 | UInt64(row + 1)
            }
        }
        return (slots, offsets, bucketBits, firstRepeat)
    }
}
