/// A CSV file read into memory: its bytes, and where each cell lies in them.
///
/// Cells are text exactly as the file holds them after unquoting (surrounding spaces are kept;
/// ``CellValue`` interprets them). They are read column by column, `columns[c][r]`, as strings
/// made when read (``CSVColumns``), or as bytes without any string
/// (``withCellBytes(_:)``), so that a million-row file costs its bytes and six bytes a cell
/// (``CSVCells``) rather than a string per cell.
///
/// ```swift
/// let table = try CSVReader.read(path: "frame.csv")
/// guard let ids = table.column("station_id") else { ... }
/// print(table.lineNumbers[0])   // the line where the first data row starts, for messages
/// ```
public struct CSVTable: Sendable {
    /// The path or name used in messages.
    public let source: String
    /// Column names: the byte-order mark removed, surrounding spaces and tabs trimmed,
    /// trailing unnamed columns (from trailing delimiters) dropped.
    public let header: [String]
    /// `lineNumbers[r]`: the 1-based physical line on which data row `r` starts.
    public let lineNumbers: CSVLineNumbers
    /// The 1-based physical line of the header row (after any leading blank lines).
    public let headerLineNumber: Int
    let cells: CSVCells

    /// A table from its parts.
    ///
    /// - Precondition: `columns.count == header.count`, and every column and `lineNumbers`
    ///   have the same length.
    public init(
        source: String, header: [String], columns: [[String]], lineNumbers: [Int],
        headerLineNumber: Int = 1
    ) {
        precondition(columns.count == header.count, "one column per header name")
        precondition(columns.allSatisfy { $0.count == lineNumbers.count }, "columns of equal length")
        self.init(
            source: source, header: header, cells: CSVCells(columns: columns, rowCount: lineNumbers.count),
            lineNumbers: CSVLineNumbers(lineNumbers), headerLineNumber: headerLineNumber)
    }

    /// A table of `cells`, as the parser makes it.
    init(source: String, header: [String], cells: CSVCells, lineNumbers: CSVLineNumbers, headerLineNumber: Int) {
        self.source = source
        self.header = header
        self.cells = cells
        self.lineNumbers = lineNumbers
        self.headerLineNumber = headerLineNumber
    }

    /// `columns[c][r]`: the text of data row `r` in column `c`, quotes and the formula-guard
    /// apostrophe removed.
    public var columns: CSVColumns { CSVColumns(cells: cells) }

    /// The number of data rows (the header not counted).
    public var rowCount: Int { lineNumbers.count }

    /// Calls `body` with the bytes of every cell (`cells[row, column]`), valid only inside it.
    public func withCellBytes<R, E: Error>(_ body: (CSVCellBytes) throws(E) -> R) throws(E) -> R {
        try cells.withBytes(body)
    }

    /// The index of the column named exactly `name`, or nil.
    public func columnIndex(_ name: String) -> Int? {
        header.firstIndex(of: name)
    }

    /// The cells of the column named exactly `name`, or nil.
    public func column(_ name: String) -> [String]? {
        columnIndex(name).map { Array(columns[$0]) }
    }

    /// The cells of the column named exactly `name`.
    ///
    /// - Throws: ``CSVError/missingColumn(source:line:name:suggestion:)`` naming the header
    ///   line and, when one is close, the column the user probably meant.
    public func requiredColumn(_ name: String) throws(CSVError) -> [String] {
        guard let cells = column(name) else {
            throw .missingColumn(
                source: source, line: headerLineNumber, name: name,
                suggestion: closestColumnName(to: name))
        }
        return cells
    }

    /// The column name closest to `name`, for "did you mean" messages, or nil when none is
    /// close; see ``EditDistance/closest(to:among:)`` for what counts as close.
    public func closestColumnName(to name: String) -> String? {
        EditDistance.closest(to: name, among: header)
    }
}
