extension SamplingFrame {
    /// Checks that every station has an id, after trimming spaces and tabs, and that no two
    /// have the same one (nor the same text in two Unicode spellings), throwing the problem of
    /// the first row that has one.
    ///
    /// ASCII ids (station codes, nearly always) are told apart by their bytes, no string made:
    /// for ASCII text equal bytes is equal text. The rows are first spread over buckets by their
    /// ids' hashes (a counting sort that keeps row order within a bucket), then each bucket,
    /// small enough to stay in cache, is searched with a little hash table, so that a million
    /// ids never probe one big table at random:
    /// ```
    /// h = ByteKeyIndex.hash(trimmed id)    bucket = top b bits of h    tag = low 32 bits of h
    /// ```
    /// with 2ᵇ the least power of two above rows / 4096 (at most 2¹⁶). The first duplicate is
    /// the smallest second row over all buckets.
    /// Once an id holds any other byte, canonically equivalent spellings (é as one code point
    /// or as e + ◌́) must be found too, so every id is compared as a Swift `String` (whose
    /// equality is canonical equivalence) from the first row again; up to the first such id
    /// both ways agree, so the first problem is the same whichever way finds it.
    static func checkIdentifiers(in table: CSVTable, column: Int) throws(FrameError) {
        let problem = table.withCellBytes { cells in asciiIdentifierProblem(cells, column: column, rows: table.rowCount) }
        switch problem {
        case nil:
            return
        case .notASCII:
            try checkIdentifiersAsText(in: table, column: column)
        case let .empty(row):
            throw .emptyIdentifier(source: table.source, line: table.lineNumbers[row], column: table.header[column])
        case let .duplicate(row, earlier):
            throw .duplicateIdentifier(
                source: table.source, id: table.columns[column][row],
                firstLine: table.lineNumbers[earlier], secondLine: table.lineNumbers[row])
        }
    }

    /// What ``asciiIdentifierProblem(_:column:rows:)`` finds first.
    private enum IdentifierProblem {
        /// An id with a byte outside ASCII, before any other problem.
        case notASCII
        case empty(row: Int)
        case duplicate(row: Int, earlier: Int)
    }

    /// The first problem of the ids in `column` of rows `0..<rows`, read as ASCII bytes.
    private static func asciiIdentifierProblem(_ cells: CSVCellBytes, column: Int, rows: Int) -> IdentifierProblem? {
        let key = { (row: Int) in asciiTrimmed(cells[row, column]) }
        // Pass 1: the rows before the first empty id, and the bucket sizes.
        var bucketBits = 0
        while bucketBits < 16 && rows >> (bucketBits + 12) > 0 { bucketBits += 1 }
        let bucketOf = { (hash: UInt64) in bucketBits == 0 ? 0 : Int(truncatingIfNeeded: hash >> (64 - bucketBits)) }
        var starts = [Int](repeating: 0, count: (1 << bucketBits) + 1)
        var hashes: [UInt64] = []
        hashes.reserveCapacity(rows)
        for row in 0..<rows {
            let cell = cells[row, column]
            guard cell.allSatisfy({ $0 < 0x80 }) else { return .notASCII }
            let id = asciiTrimmed(cell)
            if id.isEmpty { break }
            let hash = ByteKeyIndex.hash(id)
            hashes.append(hash)
            starts[bucketOf(hash) + 1] += 1
        }
        let checked = hashes.count
        guard checked < Int(UInt32.max) else { return .notASCII }
        // Pass 2: every row as tag << 32 | row, grouped by bucket, rows ascending in each.
        for bucket in 0..<(1 << bucketBits) { starts[bucket + 1] += starts[bucket] }
        var next = starts
        var entries = [UInt64](repeating: 0, count: checked)
        for (row, hash) in hashes.enumerated() {
            let bucket = bucketOf(hash)
            entries[next[bucket]] = hash << 32 | UInt64(row)
            next[bucket] += 1
        }
        hashes = []
        // Pass 3: each bucket's first row whose id an earlier row has.
        var first: (row: Int, earlier: Int)?
        let largest = (0..<(1 << bucketBits)).map { starts[$0 + 1] - starts[$0] }.max() ?? 0
        var slotBits = 1
        while 1 << slotBits < 2 * largest { slotBits += 1 }
        let empty = UInt64.max
        var slots = [UInt64](repeating: empty, count: 1 << slotBits)
        for bucket in 0..<(1 << bucketBits) where starts[bucket] < starts[bucket + 1] {
            var bits = 1
            while 1 << bits < 2 * (starts[bucket + 1] - starts[bucket]) { bits += 1 }
            let mask = (1 << bits) - 1
            for slot in 0...mask { slots[slot] = empty }
            search: for entry in entries[starts[bucket]..<starts[bucket + 1]] {
                let row = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)
                if let first, row > first.row { break }
                var slot = Int(truncatingIfNeeded: entry >> 32) & mask
                while slots[slot] != empty {
                    if slots[slot] >> 32 == entry >> 32 {
                        let earlier = Int(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF)
                        if key(earlier).hasSameBytes(as: key(row)) {
                            first = (row, earlier)
                            break search
                        }
                    }
                    slot = (slot + 1) & mask
                }
                slots[slot] = entry
            }
        }
        if let first { return .duplicate(row: first.row, earlier: first.earlier) }
        return checked < rows ? .empty(row: checked) : nil
    }

    /// ``checkIdentifiers(in:column:)`` for ids that are not all ASCII: a dictionary of
    /// strings, whose hashing and equality follow canonical equivalence.
    private static func checkIdentifiersAsText(in table: CSVTable, column: Int) throws(FrameError) {
        var firstRow: [String: Int] = [:]
        firstRow.reserveCapacity(table.rowCount)
        let ids = Array(table.columns[column])
        for (row, stationID) in ids.enumerated() {
            let line = table.lineNumbers[row]
            let key = trimmed(stationID)
            if key.isEmpty {
                throw .emptyIdentifier(source: table.source, line: line, column: table.header[column])
            }
            if let earlier = firstRow.updateValue(row, forKey: key) {
                let other = trimmed(ids[earlier])
                if !other.utf8.elementsEqual(key.utf8) && other == key {
                    throw .unicodeVariants(
                        source: table.source, column: table.header[column], value: key,
                        firstLine: table.lineNumbers[earlier], secondLine: line)
                }
                throw .duplicateIdentifier(
                    source: table.source, id: stationID, firstLine: table.lineNumbers[earlier], secondLine: line)
            }
        }
    }

    /// The bytes of an ASCII cell without surrounding spaces and tabs (what ``trimmed(_:)``
    /// leaves of its text).
    static func asciiTrimmed(_ cell: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = cell.count
        while start < end && (cell[start] == UInt8(ascii: " ") || cell[start] == UInt8(ascii: "\t")) { start += 1 }
        while end > start && (cell[end - 1] == UInt8(ascii: " ") || cell[end - 1] == UInt8(ascii: "\t")) { end -= 1 }
        return UnsafeBufferPointer(rebasing: cell[start..<end])
    }
}
