/// The analyst's description of an export's columns (`--codebook FILE.csv`): what each
/// column means, the label people read, whether "yes" is bad news, and extra answer words.
///
/// The file (SPEC "Codebook"): columns `column` (the name as in the export), `meaning`
/// (``ColumnMeaning/codebookSpellings``), and optionally `label`, `polarity`
/// (`irregularity` or `good`), `yes` and `no` (extra answer words, separated by `|`). Any
/// other column (such as the draft's `values`) is ignored. Columns of the export that the
/// codebook does not name follow sbo's own rules.
///
/// ```
/// column,meaning,label,polarity,yes,no
/// station_info/station_id,station_id,,,,
/// checklist/ballot_stuffing,indicator,Ballot stuffing seen,irregularity,,
/// checklist/secrecy_ok,indicator,Secrecy of the vote respected,good,ok,not ok
/// count/votes_aliyev,votes:aliyev,,,,
/// _notes,ignore,,,,
/// ```
/// `sbo codebook` drafts one from an export (``draft(from:idColumn:timeColumn:)``).
/// Tests: `CodebookTests`.
public struct Codebook: Sendable, Equatable {
    /// The file's name in messages.
    public let source: String
    /// One entry per described column, in file order.
    public let entries: [CodebookEntry]

    public init(source: String, entries: [CodebookEntry]) {
        self.source = source
        self.entries = entries
    }

    /// Reads a codebook.
    ///
    /// - Throws: ``CodebookError``: no `column` or `meaning` column, an empty or repeated
    ///   column name, an unknown meaning or polarity, two station ids or two times.
    public init(table: CSVTable) throws(CodebookError) {
        let source = table.source
        func required(_ name: String) throws(CodebookError) -> [String] {
            guard let cells = table.column(name) else {
                throw .missingColumn(
                    source: source, line: table.headerLineNumber, column: name,
                    suggestion: table.closestColumnName(to: name))
            }
            return cells
        }
        let columns = try required("column")
        let meanings = try required("meaning")
        let blank = [String](repeating: "", count: table.rowCount)
        let labels = table.column("label") ?? blank
        let polarities = table.column("polarity") ?? blank
        let yes = table.column("yes") ?? blank
        let no = table.column("no") ?? blank
        var entries: [CodebookEntry] = []
        var lineOfColumn: [String: Int] = [:]
        var lineOfUniqueMeaning: [ColumnMeaning: Int] = [:]
        for row in 0..<table.rowCount {
            let line = table.lineNumbers[row]
            let column = columns[row].trimmingBlanks
            guard !column.isEmpty else { throw .emptyColumnName(source: source, line: line) }
            if let first = lineOfColumn.updateValue(line, forKey: column) {
                throw .repeatedColumn(source: source, line: line, column: column, firstLine: first)
            }
            guard let meaning = ColumnMeaning(codebookText: meanings[row]) else {
                let value = meanings[row].trimmingBlanks
                throw .unknownMeaning(
                    source: source, line: line, value: value,
                    suggestion: EditDistance.closest(to: value, among: ColumnMeaning.codebookSpellings))
            }
            if meaning == .stationID || meaning == .time,
               let first = lineOfUniqueMeaning.updateValue(line, forKey: meaning) {
                throw .repeatedMeaning(source: source, line: line, meaning: meaning.codebookText, firstLine: first)
            }
            let polarityText = polarities[row].trimmingBlanks
            var polarity: Polarity?
            if !polarityText.isEmpty {
                guard let value = Polarity(rawValue: polarityText.lowercased()) else {
                    throw .unknownPolarity(source: source, line: line, value: polarityText)
                }
                polarity = value
            }
            let label = labels[row].trimmingBlanks
            entries.append(CodebookEntry(
                column: column, meaning: meaning, label: label.isEmpty ? nil : label, polarity: polarity,
                yes: Self.words(yes[row]), no: Self.words(no[row]), line: line))
        }
        self.init(source: source, entries: entries)
    }

    /// The entry describing the export column named `column`, or nil.
    public func entry(forColumn column: String) -> CodebookEntry? {
        entries.first { $0.column == column }
    }

    /// The `|`-separated words of a `yes` or `no` cell.
    private static func words(_ cell: String) -> [String] {
        cell.split(separator: "|").map { String($0).trimmingBlanks }.filter { !$0.isEmpty }
    }
}
