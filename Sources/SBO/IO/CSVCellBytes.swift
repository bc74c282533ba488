/// Read access to the UTF-8 bytes of a ``CSVTable``'s cells without making strings, for loops
/// over a million cells. Valid only inside ``CSVTable/withCellBytes(_:)``, which hands it out.
///
/// ```swift
/// let total = table.withCellBytes { cells in
///     (0..<table.rowCount).reduce(0) { $0 + cells[$1, sizeColumn].count }
/// }
/// ```
/// A cell's bytes are its text exactly as ``CSVTable/columns`` gives it (unquoted, the formula
/// guard's apostrophe removed where the reader removes it), valid UTF-8.
public struct CSVCellBytes {
    let file: UnsafePointer<UInt8>?
    let extra: UnsafePointer<UInt8>?
    let starts: UnsafeBufferPointer<UInt32>
    let counts: UnsafeBufferPointer<UInt16>
    let extraRanges: UnsafeBufferPointer<Int>
    let columnCount: Int

    /// The bytes of the cell in data row `row` and column `column`.
    public subscript(row: Int, column: Int) -> UnsafeBufferPointer<UInt8> {
        precondition(column >= 0 && column < columnCount, "column out of range")
        let index = row * columnCount + column
        return CSVCells.cell(
            start: starts[index], count: counts[index], file: file, extra: extra, extraRanges: extraRanges)
    }
}
