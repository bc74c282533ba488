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
    /// - Throws: ``CodebookError``: no `column` or `meaning` column, or every row's problem (an
    ///   empty or repeated column name, an unknown meaning or polarity, a second station id or
    ///   time).
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
        // Each row's first problem is noted and the row skipped, so that one run lists them all;
        // a repeat is reported against the first row that has the column or meaning.
        var problems: [CodebookError] = []
        for row in 0..<table.rowCount {
            let line = table.lineNumbers[row]
            let column = columns[row].trimmingBlanks
            guard !column.isEmpty else {
                problems.append(.emptyColumnName(source: source, line: line))
                continue
            }
            if let first = lineOfColumn[column] {
                problems.append(.repeatedColumn(source: source, line: line, column: column, firstLine: first))
                continue
            }
            lineOfColumn[column] = line
            guard let meaning = ColumnMeaning(codebookText: meanings[row]) else {
                let value = meanings[row].trimmingBlanks
                problems.append(.unknownMeaning(
                    source: source, line: line, value: value,
                    suggestion: EditDistance.closest(to: value, among: ColumnMeaning.codebookSpellings)))
                continue
            }
            if meaning == .stationID || meaning == .time {
                if let first = lineOfUniqueMeaning[meaning] {
                    problems.append(.repeatedMeaning(source: source, line: line, meaning: meaning.codebookText, firstLine: first))
                    continue
                }
                lineOfUniqueMeaning[meaning] = line
            }
            let polarityText = polarities[row].trimmingBlanks
            var polarity: Polarity?
            if !polarityText.isEmpty {
                guard let value = Polarity(rawValue: polarityText.lowercased()) else {
                    problems.append(.unknownPolarity(source: source, line: line, value: polarityText))
                    continue
                }
                polarity = value
            }
            let label = labels[row].trimmingBlanks
            entries.append(CodebookEntry(
                column: column, meaning: meaning, label: label.isEmpty ? nil : label, polarity: polarity,
                yes: Self.words(yes[row]), no: Self.words(no[row]), line: line))
        }
        if let problem = CodebookError.combined(problems, source: source) { throw problem }
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
