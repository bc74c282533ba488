/// A codebook drafted from an export (`sbo codebook`), for the analyst to check and
/// correct before election day: every column with the meaning sbo would give it, a label
/// for each indicator, and the column's distinct answers.
///
/// Its CSV has the codebook's columns `column`, `meaning`, `label`, `polarity`, `yes`,
/// `no`, and a `values` column (the distinct non-missing answers, most frequent first, each
/// with its count, `yes (80) | no (25)`; at most ``shownValues``), which ``Codebook``
/// ignores when it reads the file back. Read back unchanged, the draft gives the same
/// estimates as no codebook. Tests: `CodebookTests`.
public struct CodebookDraft: Sendable, Equatable {
    /// The entries, one per column of the export, in header order.
    public let codebook: Codebook
    /// Each entry's `values` cell.
    public let values: [String]

    /// How many distinct answers a `values` cell shows.
    public static let shownValues = 12

    /// Drafts a codebook for `table`.
    ///
    /// - Parameters:
    ///   - table: the export as read by ``CSVReader``.
    ///   - idColumn: the station id column (a group path ending in it matches).
    ///   - timeColumn: the submission time column, or nil for `_submission_time` or
    ///     `SubmissionDate`.
    /// - Throws: ``ObservationError/missingColumn(source:line:column:suggestion:)`` when
    ///   there is no id column (or no `timeColumn`).
    public init(table: CSVTable, idColumn: String, timeColumn: String? = nil) throws(ObservationError) {
        let layout = try ExportLayout(
            table: table, idColumn: idColumn, options: IntakeOptions(timeColumn: timeColumn), strict: false)
        var entries = [CodebookEntry(column: table.header[layout.idIndex], meaning: .stationID)]
        var values = [Self.values(Array(table.columns[layout.idIndex]))]
        for column in layout.columns {
            let isIndicator = column.meaning == .indicator
            entries.append(CodebookEntry(
                column: column.header, meaning: column.meaning,
                label: isIndicator ? Self.label(column.name) : nil,
                polarity: isIndicator ? Self.polarity(column.name) : nil))
            values.append(Self.values(Array(table.columns[column.index])))
        }
        let order = [layout.idIndex] + layout.columns.map(\.index)
        let sorted = order.indices.sorted { order[$0] < order[$1] }
        codebook = Codebook(source: table.source, entries: sorted.map { entries[$0] })
        self.values = sorted.map { values[$0] }
    }

    /// The draft as CSV text (``CSVWriter``).
    public var csv: [UInt8] {
        var writer = CSVWriter(header: ["column", "meaning", "label", "polarity", "yes", "no", "values"])
        for (entry, values) in zip(codebook.entries, values) {
            writer.appendRow([
                entry.column, entry.meaning.codebookText, entry.label ?? "", entry.polarity?.rawValue ?? "",
                entry.yes.joined(separator: "|"), entry.no.joined(separator: "|"), values,
            ])
        }
        return writer.bytes
    }

    /// The guessed polarity: `good` for a name ending in `_ok` (`secrecy_ok`), else
    /// `irregularity`; the analyst checks every one.
    static func polarity(_ name: String) -> Polarity {
        name.lowercased().hasSuffix("_ok") ? .good : .irregularity
    }

    /// A readable label from a column name: `ballot_stuffing` → `Ballot stuffing`.
    static func label(_ name: String) -> String {
        let words = name.replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// The distinct non-missing values of a column, most frequent first (ties in order of
    /// appearance), each with its count.
    static func values(_ cells: [String]) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for cell in cells where !CellValue.isMissing(cell) {
            let value = cell.trimmingBlanks
            if counts[value] == nil { order.append(value) }
            counts[value, default: 0] += 1
        }
        let ranked = order.enumerated().sorted { a, b in
            counts[a.element]! != counts[b.element]! ? counts[a.element]! > counts[b.element]! : a.offset < b.offset
        }.map(\.element)
        var text = ranked.prefix(shownValues).map { "\($0) (\(counts[$0]!))" }.joined(separator: " | ")
        if ranked.count > shownValues { text += " | … \(ranked.count - shownValues) more" }
        return text
    }
}
