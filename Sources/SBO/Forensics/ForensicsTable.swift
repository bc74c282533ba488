/// One table of findings as people read it, the same in the terminal, in Markdown and in
/// HTML: a title, column headings (numeric columns right-aligned), rows of formatted cells,
/// and the sentences that say how to read it.
public struct ForensicsTable: Sendable, Equatable {
    public let title: String
    public let columns: [String]
    /// Whether each column holds numbers (right-aligned).
    public let numeric: [Bool]
    public let rows: [[String]]
    public let notes: [String]

    public init(title: String, columns: [(String, Bool)], rows: [[String]], notes: [String]) {
        self.title = title
        self.columns = columns.map(\.0)
        self.numeric = columns.map(\.1)
        self.rows = rows
        self.notes = notes
    }
}
