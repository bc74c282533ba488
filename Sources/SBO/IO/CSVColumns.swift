/// The columns of a ``CSVTable``, `columns[c][r]` being the text of data row `r` in column `c`:
/// a view that makes no string until a cell is read (see ``CSVColumn``).
///
/// ```swift
/// for (name, cells) in zip(table.header, table.columns) { print(name, cells.first ?? "") }
/// ```
public struct CSVColumns: RandomAccessCollection, Sendable {
    let cells: CSVCells

    public var startIndex: Int { 0 }
    public var endIndex: Int { cells.columnCount }

    /// Column `column`.
    public subscript(column: Int) -> CSVColumn {
        precondition(column >= 0 && column < cells.columnCount, "column out of range")
        return CSVColumn(cells: cells, column: column)
    }
}
