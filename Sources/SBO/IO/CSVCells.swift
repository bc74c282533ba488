/// The cells of a ``CSVTable`` as byte ranges: the file's bytes, kept whole, and six bytes
/// per cell saying where the cell's text lies, row by row. A cell becomes a `String` only
/// when a consumer asks for it, so a million-row file costs its bytes plus six bytes a cell,
/// and a hot path (the frame's ids, strata and sizes) reads cells as bytes without any string.
///
/// A cell that is a plain slice of the file (bare or quoted without `""`, after the formula
/// guard's apostrophe) is `bytes[start..<start + count]` with
/// ```
/// start = starts[i] < 2³²,   count = counts[i] < 2¹⁶ − 1      i = r · columnCount + c
/// ```
/// Any other cell (a quoted field whose `""` were unescaped, or one too long or too far into
/// the file for these widths) is copied into `extra`; its count is 2¹⁶ − 1 and its start an
/// index k, with `extraRanges[2k]` and `extraRanges[2k + 1]` its start and count there.
struct CSVCells: Sendable {
    /// The bytes that plain cells point into (the whole file, as read).
    let bytes: [UInt8]
    /// Per cell, row-major (cell (r, c) at r · columnCount + c): its start, and its count
    /// (filled in place by a second thread while ``CSVParser`` reads a plain file's halves).
    let store: CSVCellStore
    /// The bytes of the cells that are not a plain slice of `bytes`.
    private var extra: [UInt8] = []
    /// Start and count in `extra` of each such cell, in pairs.
    private var extraRanges: [Int] = []
    /// The number of columns of every row.
    let columnCount: Int

    /// The count that marks a cell held in `extra`.
    private static let elsewhere = UInt16.max

    /// Empty storage for rows of `columnCount` cells that point into `bytes`, with room for
    /// `expectedCells` cells.
    init(bytes: [UInt8], columnCount: Int, expectedCells: Int = 0) {
        self.bytes = bytes
        self.columnCount = columnCount
        store = CSVCellStore(capacity: expectedCells)
    }

    /// Storage holding `columns[c][r]` (all columns of one length), their bytes laid end to end.
    init(columns: [[String]], rowCount: Int) {
        var bytes: [UInt8] = []
        var ranges: [(start: Int, count: Int)] = []
        ranges.reserveCapacity(rowCount * columns.count)
        for row in 0..<rowCount {
            for column in columns {
                let start = bytes.count
                bytes.append(contentsOf: column[row].utf8)
                ranges.append((start, bytes.count - start))
            }
        }
        self.init(bytes: bytes, columnCount: columns.count, expectedCells: ranges.count)
        for range in ranges { append(start: range.start, count: range.count) }
    }

    /// The number of complete rows.
    var rowCount: Int { columnCount == 0 ? 0 : store.count / columnCount }

    /// Appends the cell `bytes[start..<start + count]`.
    @inline(__always)
    mutating func append(start: Int, count: Int) {
        if let start = UInt32(exactly: start), count < Self.elsewhere {
            store.append(start: start, count: UInt16(count))
        } else {
            bytes.withUnsafeBufferPointer { appendElsewhere(UnsafeBufferPointer(rebasing: $0[start..<start + count])) }
        }
    }

    /// Appends a cell whose text is `text` (held outside `bytes`), copying it.
    ///
    /// - Precondition: fewer than 2³² such cells (each takes at least a byte of the file and
    ///   sixteen more of memory).
    mutating func appendElsewhere(_ text: UnsafeBufferPointer<UInt8>) {
        guard let index = UInt32(exactly: extraRanges.count / 2) else { preconditionFailure("too many unescaped cells") }
        store.append(start: index, count: Self.elsewhere)
        extraRanges.append(extra.count)
        extraRanges.append(text.count)
        extra.append(contentsOf: text)
    }

    /// Removes the last `count` cells (those of a record that is skipped).
    mutating func removeLast(_ count: Int) {
        for index in store.count - count..<store.count where store.counts[index] == Self.elsewhere {
            extra.removeLast(extraRanges.removeLast())
            extraRanges.removeLast()
        }
        store.removeLast(count)
    }

    /// The text of the cell in `row` and `column`.
    func string(row: Int, column: Int) -> String {
        let index = row * columnCount + column
        precondition(index < store.count, "cell out of range")
        let start = Int(store.starts[index]), count = store.counts[index]
        if count != Self.elsewhere {
            return bytes.withUnsafeBufferPointer { String(decoding: $0[start..<start + Int(count)], as: UTF8.self) }
        }
        let extraStart = extraRanges[2 * start]
        return extra.withUnsafeBufferPointer {
            String(decoding: $0[extraStart..<extraStart + extraRanges[2 * start + 1]], as: UTF8.self)
        }
    }

    /// Calls `body` with read access to every cell's bytes, valid only inside `body`.
    func withBytes<R, E: Error>(_ body: (CSVCellBytes) throws(E) -> R) throws(E) -> R {
        let result: Result<R, E> = bytes.withUnsafeBufferPointer { file in
            extra.withUnsafeBufferPointer { extra in
                extraRanges.withUnsafeBufferPointer { ranges in
                    let cells = CSVCellBytes(
                        file: file.baseAddress, extra: extra.baseAddress,
                        starts: UnsafeBufferPointer(start: store.starts, count: store.count),
                        counts: UnsafeBufferPointer(start: store.counts, count: store.count),
                        extraRanges: ranges, columnCount: columnCount)
                    defer { withExtendedLifetime(store) {} }
                    return Result { () throws(E) in try body(cells) }
                }
            }
        }
        return try result.get()
    }

    /// The bytes of one cell from its start and count, given the bases of `bytes` and `extra`.
    static func cell(
        start: UInt32, count: UInt16, file: UnsafePointer<UInt8>?, extra: UnsafePointer<UInt8>?,
        extraRanges: UnsafeBufferPointer<Int>
    ) -> UnsafeBufferPointer<UInt8> {
        guard count == elsewhere else {
            return UnsafeBufferPointer(start: count == 0 ? file : file! + Int(start), count: Int(count))
        }
        let extraStart = extraRanges[2 * Int(start)], length = extraRanges[2 * Int(start) + 1]
        return UnsafeBufferPointer(start: length == 0 ? extra : extra! + extraStart, count: length)
    }
}
