/// The cells of a ``CSVTable`` as byte ranges: the file's bytes, kept whole, and one 64-bit
/// word per cell saying where the cell's text lies, row by row. A cell becomes a `String` only
/// when a consumer asks for it, so a million-row file costs its bytes plus eight bytes a cell,
/// and a hot path (the frame's ids, strata and sizes) reads cells as bytes without any string.
///
/// A cell's word, for a cell that is a plain slice of the file (bare or quoted without `""`,
/// after the formula guard's apostrophe):
/// ```
/// word = start | count << 40          start < 2⁴⁰, count < 2²⁴ − 1
/// ```
/// Any other cell (a quoted field whose `""` were unescaped, or one too long or too far into
/// the file for the word) is copied into `extra`, and its word is `index | (2²⁴ − 1) << 40`
/// with `extraRanges[2·index]` and `extraRanges[2·index + 1]` its start and count there.
struct CSVCells: Sendable {
    /// The bytes that plain cells point into (the whole file, as read).
    let bytes: [UInt8]
    /// One word per cell, row-major: cell (row r, column c) is `words[r · columnCount + c]`.
    private(set) var words: [UInt64] = []
    /// The bytes of the cells that are not a plain slice of `bytes`.
    private var extra: [UInt8] = []
    /// Start and count in `extra` of each such cell, in pairs.
    private var extraRanges: [Int] = []
    /// The number of columns of every row.
    let columnCount: Int

    private static let offsetBits: UInt64 = 40
    private static let offsetMask: UInt64 = 1 << 40 - 1
    private static let elsewhere: UInt64 = 1 << 24 - 1

    /// Empty storage for rows of `columnCount` cells that point into `bytes`, with room for
    /// `expectedCells` cells.
    init(bytes: [UInt8], columnCount: Int, expectedCells: Int = 0) {
        self.bytes = bytes
        self.columnCount = columnCount
        words.reserveCapacity(expectedCells)
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
    var rowCount: Int { columnCount == 0 ? 0 : words.count / columnCount }

    /// Appends the cell `bytes[start..<start + count]`.
    mutating func append(start: Int, count: Int) {
        if UInt64(start) <= Self.offsetMask && UInt64(count) < Self.elsewhere {
            words.append(UInt64(start) | UInt64(count) << Self.offsetBits)
        } else {
            bytes.withUnsafeBufferPointer { appendElsewhere(UnsafeBufferPointer(rebasing: $0[start..<start + count])) }
        }
    }

    /// Appends a cell whose text is `text` (held outside `bytes`), copying it.
    mutating func appendElsewhere(_ text: UnsafeBufferPointer<UInt8>) {
        words.append(UInt64(extraRanges.count / 2) | Self.elsewhere << Self.offsetBits)
        extraRanges.append(extra.count)
        extraRanges.append(text.count)
        extra.append(contentsOf: text)
    }

    /// Removes the last `count` cells (those of a record that is skipped).
    mutating func removeLast(_ count: Int) {
        for word in words.suffix(count) where word >> Self.offsetBits == Self.elsewhere {
            extra.removeLast(extraRanges.removeLast())
            extraRanges.removeLast()
        }
        words.removeLast(count)
    }

    /// The text of the cell in `row` and `column`.
    func string(row: Int, column: Int) -> String {
        let word = words[row * columnCount + column]
        let count = Int(truncatingIfNeeded: word >> Self.offsetBits)
        let low = Int(truncatingIfNeeded: word & Self.offsetMask)
        if UInt64(count) != Self.elsewhere {
            return bytes.withUnsafeBufferPointer { String(decoding: $0[low..<low + count], as: UTF8.self) }
        }
        let start = extraRanges[2 * low]
        return extra.withUnsafeBufferPointer { String(decoding: $0[start..<start + extraRanges[2 * low + 1]], as: UTF8.self) }
    }

    /// Calls `body` with read access to every cell's bytes, valid only inside `body`.
    func withBytes<R, E: Error>(_ body: (CSVCellBytes) throws(E) -> R) throws(E) -> R {
        let result: Result<R, E> = bytes.withUnsafeBufferPointer { file in
            extra.withUnsafeBufferPointer { extra in
                words.withUnsafeBufferPointer { words in
                    extraRanges.withUnsafeBufferPointer { ranges in
                        let cells = CSVCellBytes(
                            file: file.baseAddress, extra: extra.baseAddress, words: words,
                            extraRanges: ranges, columnCount: columnCount)
                        return Result { () throws(E) in try body(cells) }
                    }
                }
            }
        }
        return try result.get()
    }

    /// The bytes of one cell from its word, given the bases of `bytes` and `extra`.
    static func cell(
        _ word: UInt64, file: UnsafePointer<UInt8>?, extra: UnsafePointer<UInt8>?,
        extraRanges: UnsafeBufferPointer<Int>
    ) -> UnsafeBufferPointer<UInt8> {
        let count = Int(truncatingIfNeeded: word >> offsetBits)
        let low = Int(truncatingIfNeeded: word & offsetMask)
        guard UInt64(count) == elsewhere else {
            return UnsafeBufferPointer(start: count == 0 ? file : file! + low, count: count)
        }
        let start = extraRanges[2 * low], length = extraRanges[2 * low + 1]
        return UnsafeBufferPointer(start: length == 0 ? extra : extra! + start, count: length)
    }
}
