/// One column of a ``CSVTable``: `column[r]` is the text of data row `r`, made from the
/// cell's bytes each time it is read (a short ASCII cell makes no allocation). Read a column
/// that is used many times once into an array (`Array(column)`), or read its bytes through
/// ``CSVTable/withCellBytes(_:)``.
public struct CSVColumn: RandomAccessCollection, Sendable {
    let cells: CSVCells
    /// The column's index in the table.
    public let column: Int

    public var startIndex: Int { 0 }
    public var endIndex: Int { cells.rowCount }

    /// The text of data row `row`.
    public subscript(row: Int) -> String {
        precondition(row >= 0 && row < cells.rowCount, "row out of range")
        return cells.string(row: row, column: column)
    }
}
