extension CSVTable {
    /// The table of the data rows at `rows` (in that order), with the same source, header and
    /// the rows' own line numbers, so that messages about the sub-table point into the file.
    ///
    /// - Precondition: every index is a row of the table.
    public func rows(_ rows: [Int]) -> CSVTable {
        CSVTable(
            source: source, header: header,
            columns: columns.map { cells in rows.map { cells[$0] } },
            lineNumbers: rows.map { lineNumbers[$0] }, headerLineNumber: headerLineNumber)
    }
}
