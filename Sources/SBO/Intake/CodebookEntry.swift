/// One row of a codebook: what one column of the export means.
public struct CodebookEntry: Sendable, Equatable {
    /// The column's name exactly as in the export (group path included).
    public let column: String
    /// What it means.
    public let meaning: ColumnMeaning
    /// The text people read for it in tables and reports; nil for the column's name.
    public let label: String?
    /// For indicators, whether "yes" is an irregularity or good; nil for the default.
    public let polarity: Polarity?
    /// Extra words read as yes in this column.
    public let yes: [String]
    /// Extra words read as no in this column.
    public let no: [String]
    /// The codebook line of the entry, for messages.
    public let line: Int

    public init(
        column: String, meaning: ColumnMeaning, label: String? = nil, polarity: Polarity? = nil,
        yes: [String] = [], no: [String] = [], line: Int = 0
    ) {
        self.column = column
        self.meaning = meaning
        self.label = label
        self.polarity = polarity
        self.yes = yes
        self.no = no
        self.line = line
    }
}
