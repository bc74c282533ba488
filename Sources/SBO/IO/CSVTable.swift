/// A CSV file read into memory, column by column.
///
/// Cells are kept as text, exactly as the file holds them after unquoting (surrounding
/// spaces are kept; ``CellValue`` interprets them). Columns are stored column-major,
/// `columns[c][r]`, so that a million-row file costs one array per column rather than one per
/// row, and a column is handed to a consumer without copying.
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
    /// `columns[c][r]`: the text of data row `r` in column `c`, quotes and the formula-guard
    /// apostrophe removed.
    public let columns: [[String]]
    /// `lineNumbers[r]`: the 1-based physical line on which data row `r` starts.
    public let lineNumbers: [Int]
    /// The 1-based physical line of the header row (after any leading blank lines).
    public let headerLineNumber: Int

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
        self.source = source
        self.header = header
        self.columns = columns
        self.lineNumbers = lineNumbers
        self.headerLineNumber = headerLineNumber
    }

    /// The number of data rows (the header not counted).
    public var rowCount: Int { lineNumbers.count }

    /// The index of the column named exactly `name`, or nil.
    public func columnIndex(_ name: String) -> Int? {
        header.firstIndex(of: name)
    }

    /// The cells of the column named exactly `name`, or nil.
    public func column(_ name: String) -> [String]? {
        columnIndex(name).map { columns[$0] }
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
