extension SamplingFrame {
    /// Every problem of the station ids: an empty id (after trimming spaces and tabs), an id
    /// that an earlier row has, or the same text in another Unicode spelling; empty when there
    /// is none.
    ///
    /// ASCII ids (station codes, nearly always) are told apart by their bytes, no string made:
    /// for ASCII text equal bytes is equal text. The rows are first spread over buckets by their
    /// ids' hashes (a counting sort that keeps row order within a bucket), then each bucket,
    /// small enough to stay in cache, is searched with a little hash table, so that a million
    /// ids never probe one big table at random:
    /// ```
    /// h = ByteKeyIndex.hash(trimmed id)    bucket = top b bits of h    tag = low 32 bits of h
    /// ```
    /// with 2ᵇ the least power of two above rows / 4096 (at most 2¹⁶). That pass stops at the
    /// first problem; then, and once an id holds any other byte (canonically equivalent
    /// spellings, é as one code point or as e + ◌́, must be found too), every id is compared as
    /// a Swift `String` (whose equality is canonical equivalence) and every problem listed.
    static func identifierProblems(in table: CSVTable, column: Int) -> [FrameError] {
        let clean = table.withCellBytes { cells in asciiIdentifiersAreUnique(cells, column: column, rows: table.rowCount) }
        return clean ? [] : identifierProblemsAsText(in: table, column: column)
    }

    /// Whether the ids in `column` of rows `0..<rows` are all ASCII, none empty and no two the
    /// same, read as bytes.
    private static func asciiIdentifiersAreUnique(_ cells: CSVCellBytes, column: Int, rows: Int) -> Bool {
        let key = { (row: Int) in asciiTrimmed(cells[row, column]) }
        // Pass 1: every row's hash, and the bucket sizes.
        var bucketBits = 0
        while bucketBits < 16 && rows >> (bucketBits + 12) > 0 { bucketBits += 1 }
        let bucketOf = { (hash: UInt64) in bucketBits == 0 ? 0 : Int(truncatingIfNeeded: hash >> (64 - bucketBits)) }
        var starts = [Int](repeating: 0, count: (1 << bucketBits) + 1)
        var hashes: [UInt64] = []
        hashes.reserveCapacity(rows)
        for row in 0..<rows {
            let cell = cells[row, column]
            guard cell.allSatisfy({ $0 < 0x80 }) else { return false }
            let id = asciiTrimmed(cell)
            if id.isEmpty { return false }
            let hash = ByteKeyIndex.hash(id)
            hashes.append(hash)
            starts[bucketOf(hash) + 1] += 1
        }
        guard rows < Int(UInt32.max) else { return false }
        // Pass 2: every row as tag << 32 | row, grouped by bucket, rows ascending in each.
        for bucket in 0..<(1 << bucketBits) { starts[bucket + 1] += starts[bucket] }
        var next = starts
        var entries = [UInt64](repeating: 0, count: rows)
        for (row, hash) in hashes.enumerated() {
            let bucket = bucketOf(hash)
            entries[next[bucket]] = hash << 32 | UInt64(row)
            next[bucket] += 1
        }
        hashes = []
        // Pass 3: in each bucket, a row whose id an earlier row has.
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
            for entry in entries[starts[bucket]..<starts[bucket + 1]] {
                let row = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF)
                var slot = Int(truncatingIfNeeded: entry >> 32) & mask
                while slots[slot] != empty {
                    if slots[slot] >> 32 == entry >> 32 {
                        let earlier = Int(truncatingIfNeeded: slots[slot] & 0xFFFF_FFFF)
                        if key(earlier).hasSameBytes(as: key(row)) { return false }
                    }
                    slot = (slot + 1) & mask
                }
                slots[slot] = entry
            }
        }
        return true
    }

    /// ``identifierProblems(in:column:)`` with every id as text: a dictionary of strings, whose
    /// hashing and equality follow canonical equivalence. Each repeat of an id is reported
    /// against the id's first row.
    private static func identifierProblemsAsText(in table: CSVTable, column: Int) -> [FrameError] {
        var firstRow: [String: Int] = [:]
        firstRow.reserveCapacity(table.rowCount)
        var problems: [FrameError] = []
        let ids = Array(table.columns[column])
        for (row, stationID) in ids.enumerated() {
            let line = table.lineNumbers[row]
            let key = trimmed(stationID)
            if key.isEmpty {
                problems.append(.emptyIdentifier(source: table.source, line: line, column: table.header[column]))
                continue
            }
            guard let earlier = firstRow[key] else {
                firstRow[key] = row
                continue
            }
            let firstLine = table.lineNumbers[earlier]
            if !trimmed(ids[earlier]).utf8.elementsEqual(key.utf8) {
                problems.append(.unicodeVariants(
                    source: table.source, column: table.header[column], value: key, firstLine: firstLine, secondLine: line))
            } else {
                problems.append(.duplicateIdentifier(source: table.source, id: stationID, firstLine: firstLine, secondLine: line))
            }
        }
        return problems
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
