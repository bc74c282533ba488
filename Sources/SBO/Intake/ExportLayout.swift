import Foundation

/// The columns of an observations export and what each means, before any row is checked:
/// the station id, the submission time, and every other column's ``ObservationColumn``.
///
/// Rules, in order (SPEC "Observation exports"): a column the codebook names has the
/// codebook's meaning; the time column (`--time-column`, else the codebook's `time`, else
/// `_submission_time` or `SubmissionDate` when every cell reads as a time) is the time; a metadata column
/// (``MetadataColumns``) is not used; a column whose last group-path segment is
/// `ballots_cast`, `registered_voters` or `votes_NAME` has that meaning; any other column is
/// an indicator, a count or text by its answers (``ObservationColumnKind``). A name is looked
/// up as the whole header, else as the unique header whose last segment it is.
struct ExportLayout {
    /// The station id column's index.
    let idIndex: Int
    /// The submission time column's index, if any.
    let timeIndex: Int?
    /// Every other column, in header order.
    let columns: [ObservationColumn]
    /// Each column's cells read in its vocabulary (``AnswerVocabulary/readings(of:)``), in
    /// the order of ``columns``: the kind is decided from them and indicators keep them.
    let readings: [[Bool?]]

    /// Why a count other than the named ones is not used.
    static let countReason = "only ballots_cast, registered_voters and votes_* counts are estimated"

    /// - Parameter strict: whether two used columns with the same name are an error (else,
    ///   for a draft codebook, each keeps its whole header as its name).
    init(table: CSVTable, idColumn: String, options: IntakeOptions, strict: Bool = true) throws(ObservationError) {
        let source = table.source
        let codebook = options.codebook
        if let codebook {
            for entry in codebook.entries where entry.meaning != .ignore && table.columnIndex(entry.column) == nil {
                throw .codebookColumnNotInExport(
                    codebook: codebook.source, line: entry.line, column: entry.column, export: source,
                    suggestion: table.closestColumnName(to: entry.column))
            }
        }
        func index(of entryMeaning: ColumnMeaning) -> Int? {
            codebook?.entries.first { $0.meaning == entryMeaning }.flatMap { table.columnIndex($0.column) }
        }
        var idIndex = index(of: .stationID)
        if idIndex == nil { idIndex = try Self.index(of: idColumn, in: table) }
        guard let idIndex else {
            throw .missingColumn(
                source: source, line: table.headerLineNumber, column: idColumn,
                suggestion: table.closestColumnName(to: idColumn))
        }
        var timeIndex: Int?
        if let name = options.timeColumn {
            guard let found = try Self.index(of: name, in: table) else {
                throw .missingColumn(
                    source: source, line: table.headerLineNumber, column: name,
                    suggestion: table.closestColumnName(to: name))
            }
            timeIndex = found
        } else {
            timeIndex = index(of: .time)
        }
        // A time column found by its name alone is set aside, not fatal, when a cell does not
        // read as a time (a spreadsheet re-saved it as 2/7/2024 16:05): only --duplicates
        // and progress need it, and they then say there is none.
        var setAsideTime: (index: Int, reason: String)?
        if timeIndex == nil, let found = MetadataColumns.submissionTimeNames.lazy.compactMap(table.columnIndex).first {
            let cells = table.columns[found]
            if let row = cells.indices.first(where: { !CellValue.isMissing(cells[$0]) && Timestamp(parsing: cells[$0]) == nil }) {
                setAsideTime = (found, "submission times not readable as ISO 8601 (line \(table.lineNumbers[row]) has "
                    + "'\(cells[row].trimmingBlanks)'); name it with --time-column to list every such cell")
            } else {
                timeIndex = found
            }
        }

        let paths = GroupPaths(header: table.header)
        var columns: [ObservationColumn] = []
        let vocabularies = table.header.map { header in
            let entry = codebook?.entry(forColumn: header)
            return AnswerVocabulary.standard.adding(yes: entry?.yes ?? [], no: entry?.no ?? [])
        }
        // Every column's answers (the id column's are not needed).
        let readingsOfColumn = AnswerVocabulary.readings(
            in: table, vocabularies: vocabularies.indices.map { $0 == idIndex ? nil : vocabularies[$0] })
        var readings: [[Bool?]] = []
        for (index, header) in table.header.enumerated() where index != idIndex {
            let entry = codebook?.entry(forColumn: header)
            let vocabulary = vocabularies[index]
            let read = readingsOfColumn[index]
            readings.append(read)
            let kind = ObservationColumnKind.of(cells: table.columns[index], lines: table.lineNumbers, readings: read)
            let segment = paths.name(of: header)
            var meaning: ColumnMeaning
            var reason: String?
            if let entry, let codebook {
                meaning = entry.meaning
                switch meaning {
                case .ignore: reason = "marked ignore in \(codebook.source)"
                case .count: reason = "a count; " + Self.countReason
                case .time where index != timeIndex: reason = "a second time column; the time is \(table.header[timeIndex!])"
                default: break
                }
            } else if index == timeIndex {
                meaning = .time
            } else if index == setAsideTime?.index {
                meaning = .ignore
                reason = setAsideTime?.reason
            } else if MetadataColumns.contains(header) {
                meaning = .ignore
                reason = "form metadata (KoboToolbox/ODK), not an observation"
            } else if let named = Self.namedMeaning(of: header, paths: paths) {
                meaning = named
            } else {
                switch kind {
                case .indicator:
                    meaning = .indicator
                case let .count(line, value):
                    meaning = .count
                    reason = "a count (line \(line) has '\(value)'); " + Self.countReason
                case let .text(line, value):
                    meaning = .ignore
                    reason = "not yes/no answers (line \(line) has '\(value)')"
                }
            }
            let name: String
            switch meaning {
            case .ballotsCast: name = "ballots_cast"
            case .registeredVoters: name = "registered_voters"
            case let .votes(candidate): name = "votes_" + candidate
            default: name = segment
            }
            columns.append(ObservationColumn(
                name: name, header: header, index: index, meaning: meaning, kind: kind,
                label: entry?.label ?? name, polarity: entry?.polarity ?? .irregularity,
                vocabulary: vocabulary, notUsedReason: reason))
        }
        var headerOfName: [String: String] = [:]
        for column in columns where column.notUsedReason == nil && column.meaning != .time {
            if let first = headerOfName.updateValue(column.header, forKey: column.name), strict {
                throw .ambiguousColumns(
                    source: source, line: table.headerLineNumber, first: first, second: column.header,
                    name: column.name)
            }
        }
        self.idIndex = idIndex
        self.timeIndex = timeIndex
        self.columns = columns
        self.readings = readings
    }

    /// The meaning the name of `header` gives it (``ColumnMeaning/init(columnName:)``),
    /// group path removed; a field of a group named `votes` is that candidate's votes.
    static func namedMeaning(of header: String, paths: GroupPaths) -> ColumnMeaning? {
        if let named = ColumnMeaning(columnName: paths.name(of: header)) { return named }
        if paths.group(of: header) == "votes" { return .votes(candidate: paths.name(of: header)) }
        guard paths.dashSeparated else { return nil }
        for name in ["ballots_cast", "registered_voters"] where header.hasSuffix("-" + name) {
            return ColumnMeaning(columnName: name)
        }
        if let range = header.range(of: "-votes_", options: .backwards) {
            return ColumnMeaning(columnName: String(header[header.index(after: range.lowerBound)...]))
        }
        return nil
    }

    /// The index of the column named `name`: the header equal to it, else the one header
    /// whose last group-path segment is `name`.
    ///
    /// - Throws: ``ObservationError/ambiguousColumns(source:line:first:second:name:)`` when
    ///   two headers end in `name`.
    static func index(of name: String, in table: CSVTable) throws(ObservationError) -> Int? {
        if let exact = table.columnIndex(name) { return exact }
        let paths = GroupPaths(header: table.header)
        let matches = table.header.indices.filter { paths.header(table.header[$0], means: name) }
        if matches.count > 1 {
            throw .ambiguousColumns(
                source: table.source, line: table.headerLineNumber, first: table.header[matches[0]],
                second: table.header[matches[1]], name: name)
        }
        return matches.first
    }
}
