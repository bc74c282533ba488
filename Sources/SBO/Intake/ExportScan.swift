/// One pass over the rows of an observations export that reads every cell the estimates use
/// and collects every problem (``problems``) rather than stopping at the first, or sets the
/// cell aside as ``IntakeOptions`` says and records it.
///
/// Checks, in the order their problems are listed: station ids (empty, not in the sample);
/// indicator answers (neither yes nor no, with the closest answer word); counts (not a
/// non-negative whole number, `ballots_cast` above registered voters, `votes_*` summing
/// above `ballots_cast`); submission times; stations on several rows (identical rows kept
/// once; different rows an error, or resolved by `--duplicates latest|first`).
struct ExportScan {
    let table: CSVTable
    let sample: SampleDesign
    let layout: ExportLayout
    let options: IntakeOptions

    /// Everything wrong, in the order found.
    private(set) var problems: [ObservationError] = []
    /// The sample row of each row of the export (nil: empty or unknown id).
    private(set) var sampleRowOfRow: [Int?] = []
    /// Each indicator's reading per row, by column name.
    private(set) var answers: [String: [Bool?]] = [:]
    /// Unreadable answers read as not answered (`--bad-answers missing`).
    private(set) var treatedAsMissing: [UnreadableAnswer] = []
    /// Each named count per row, by column name.
    private(set) var counts: [String: [Int?]] = [:]
    /// Registered voters per row of SAMPLE.csv, from OBS.csv's column or the sample's;
    /// nil when neither has one.
    private(set) var registered: [Int?]?
    /// Rows whose counts are impossible and that `--bad-counts exclude` leaves out.
    private(set) var excludedRows: Set<Int> = []
    /// The stations of ``excludedRows``, with their problems.
    private(set) var excluded: [ExcludedCount] = []
    /// Submission time per row; nil without a time column.
    private(set) var times: [Timestamp?]?
    /// Stations submitted more than once and how each was resolved.
    private(set) var duplicates: [DuplicateSubmission] = []

    init(table: CSVTable, sample: SampleDesign, layout: ExportLayout, options: IntakeOptions) {
        self.table = table
        self.sample = sample
        self.layout = layout
        self.options = options
    }

    private var source: String { table.source }
    private var idCells: CSVColumn { table.columns[layout.idIndex] }

    /// Joins every row to its sampled station.
    mutating func readStations() {
        let idName = table.header[layout.idIndex]
        let idIndex = layout.idIndex
        var problems: [ObservationError] = []
        // The sample row after the last one matched: an export in SAMPLE.csv's order is
        // matched by one comparison a row instead of a lookup in the table of a large sample.
        var next = 0
        // "Did you mean" compares an id with every sampled id: only for the unknown stations an
        // error can list (the first `listedProblems`), so that an export of another sample's
        // 10,000 stations fails in a second rather than a minute.
        var unknown = 0
        sampleRowOfRow = table.withCellBytes { cells in
            sample.table.withCellBytes { sampleCells in
                (0..<table.rowCount).map { row in
                    let cell = cells[row, idIndex]
                    guard !CellValue.isBlank(cell) else {
                        problems.append(.emptyStation(source: source, line: table.lineNumbers[row], column: idName))
                        return nil
                    }
                    guard let sampleRow = sample.idIndex.row(ofCell: cell, expected: next, cells: sampleCells) else {
                        let id = String(decoding: cell, as: UTF8.self).trimmingBlanks
                        unknown += 1
                        problems.append(.unknownStation(
                            source: source, line: table.lineNumbers[row], id: id, sample: sample.table.source,
                            suggestion: unknown <= ObservationError.listedProblems ? sample.closestStationID(to: id) : nil))
                        return nil
                    }
                    next = sampleRow + 1
                    return sampleRow
                }
            }
        }
        self.problems += problems
    }

    /// Reads every indicator answer in its column's vocabulary.
    mutating func readAnswers() {
        for (position, column) in layout.columns.enumerated()
        where column.meaning == .indicator && column.notUsedReason == nil {
            let cells = table.columns[column.index]
            let values = layout.readings[position]
            let unreadable = cells.indices.filter { values[$0] == nil && !CellValue.isMissing(cells[$0]) }
            // The answer words the column uses (the first 50), for "did you mean".
            var words: [String] = []
            if !unreadable.isEmpty {
                for row in cells.indices where values[row] != nil && words.count < 50 {
                    let word = cells[row].trimmingBlanks
                    if !words.contains(word) { words.append(word) }
                }
            }
            for row in unreadable {
                let value = cells[row].trimmingBlanks
                let answer = UnreadableAnswer(
                    source: source, line: table.lineNumbers[row], column: column.header, value: value,
                    suggestion: EditDistance.closest(to: value, among: words + ["yes", "no"]))
                switch options.badAnswers {
                case .error: problems.append(.unreadableAnswer(answer))
                case .missing: treatedAsMissing.append(answer)
                }
            }
            answers[column.name] = values
        }
    }

    /// Reads `ballots_cast`, `registered_voters` and `votes_*`, and checks each station's
    /// counts against each other.
    ///
    /// - Throws: ``ObservationError/notACount(source:line:column:value:)`` for a malformed
    ///   cell of SAMPLE.csv's size column (the sample is not the export: it must be right).
    mutating func readCounts(sizeColumn: String) throws(ObservationError) {
        var problemsOfRow: [Int: [CountProblem]] = [:]
        for column in layout.columns where column.meaning.isNamedCount && column.notUsedReason == nil {
            let values: [Int?] = table.withCellBytes { cells in (0..<table.rowCount).map { row in
                let bytes = cells[row, column.index]
                guard !CellValue.isMissing(bytes) else { return nil }
                guard let value = CellValue.nonNegativeInteger(bytes) else {
                    let text = String(decoding: bytes, as: UTF8.self).trimmingBlanks
                    if options.badCounts == .error {
                        problems.append(.notACount(
                            source: source, line: table.lineNumbers[row], column: column.header, value: text))
                    } else {
                        problemsOfRow[row, default: []].append(.notACount(column: column.header, value: text))
                    }
                    return nil
                }
                return value
            } }
            counts[column.name] = values
        }
        if let inExport = counts["registered_voters"] {
            var values = [Int?](repeating: nil, count: sample.stations.count)
            for (row, sampleRow) in sampleRowOfRow.enumerated() {
                if let sampleRow, let count = inExport[row] { values[sampleRow] = count }
            }
            registered = values
        } else if let cells = sample.table.column(sizeColumn) {
            registered = try cells.enumerated().map { row, cell throws(ObservationError) -> Int? in
                guard !CellValue.isMissing(cell) else { return nil }
                guard let count = CellValue.nonNegativeInteger(cell) else {
                    throw .notACount(
                        source: sample.table.source, line: sample.table.lineNumbers[row],
                        column: sizeColumn, value: cell.trimmingBlanks)
                }
                return count
            }
        }
        let ballots = counts["ballots_cast"]
        let votes = layout.columns.filter { $0.isCandidateVotes && $0.notUsedReason == nil }.compactMap { counts[$0.name] }
        for row in 0..<table.rowCount {
            guard let cast = ballots?[row] else { continue }
            if let sampleRow = sampleRowOfRow[row], let voters = registered?[sampleRow]
                ?? counts["registered_voters"]?[row], cast > voters {
                problemsOfRow[row, default: []].append(.ballotsAboveRegistered(ballots: cast, registered: voters))
            }
            let sum = votes.reduce(0) { $0 + ($1[row] ?? 0) }
            if sum > cast {
                problemsOfRow[row, default: []].append(.votesAboveBallots(votes: sum, ballots: cast))
            }
        }
        for row in problemsOfRow.keys.sorted() {
            let count = ExcludedCount(
                source: source, line: table.lineNumbers[row], station: idCells[row].trimmingBlanks,
                problems: problemsOfRow[row]!)
            switch options.badCounts {
            case .error: problems.append(.impossibleCount(count))
            case .exclude:
                excludedRows.insert(row)
                excluded.append(count)
            }
        }
    }

    /// Reads the submission times.
    mutating func readTimes() {
        guard let index = layout.timeIndex else { return }
        let header = table.header[index]
        times = table.columns[index].enumerated().map { row, cell in
            guard !CellValue.isMissing(cell) else { return nil }
            guard let time = Timestamp(parsing: cell) else {
                problems.append(.unreadableTime(
                    source: source, line: table.lineNumbers[row], column: header, value: cell.trimmingBlanks))
                return nil
            }
            return time
        }
    }

    /// The row kept for each sampled station that has one, in ascending SAMPLE.csv row order;
    /// records ``duplicates`` and, for rows that differ without a policy, problems.
    mutating func resolveDuplicates() -> [(sampleRow: Int, row: Int)] {
        defer {
            duplicates.sort { min($0.keptLine, $0.droppedLines[0]) < min($1.keptLine, $1.droppedLines[0]) }
            treatedAsMissing.sort { ($0.line, $0.column) < ($1.line, $1.column) }
        }
        // The first row of each sampled station (-1: none), and the later rows of the few
        // stations submitted more than once.
        var firstRow = [Int](repeating: -1, count: sample.stations.count)
        var laterRows: [Int: [Int]] = [:]
        for (row, sampleRow) in sampleRowOfRow.enumerated() {
            guard let sampleRow else { continue }
            if firstRow[sampleRow] < 0 { firstRow[sampleRow] = row } else { laterRows[sampleRow, default: []].append(row) }
        }
        var kept: [(sampleRow: Int, row: Int)] = []
        kept.reserveCapacity(sampleRowOfRow.count)
        var reportedMissingTimeColumn = false
        for sampleRow in firstRow.indices where firstRow[sampleRow] >= 0 {
            guard !laterRows.isEmpty, let later = laterRows[sampleRow] else {
                kept.append((sampleRow, firstRow[sampleRow]))
                continue
            }
            let rows = [firstRow[sampleRow]] + later
            let station = idCells[rows[0]].trimmingBlanks
            let lines = rows.map { table.lineNumbers[$0] }
            let differing = layout.columns.filter { column in
                column.notUsedReason == nil && column.meaning != .time
                    && Set(rows.map { usedValue(of: column, row: $0) }).count > 1
            }.map(\.header)
            var resolution = DuplicateSubmission.Resolution.identical
            var keptRow = rows[0]
            if !differing.isEmpty {
                switch options.duplicates {
                case .error:
                    problems.append(.conflictingSubmissions(
                        source: source, station: station, lines: lines, columns: differing))
                    continue
                case .latest, .first:
                    guard let times, let timeIndex = layout.timeIndex else {
                        if !reportedMissingTimeColumn {
                            problems.append(.undatedSubmission(source: source, line: lines[1], station: station, column: nil))
                            reportedMissingTimeColumn = true
                        }
                        continue
                    }
                    let undated = rows.filter { times[$0] == nil }
                    guard undated.isEmpty else {
                        for row in undated {
                            problems.append(.undatedSubmission(
                                source: source, line: table.lineNumbers[row], station: station,
                                column: table.header[timeIndex]))
                        }
                        continue
                    }
                    // Ties go to the later line for `latest` and the earlier for `first`.
                    let ordered = rows.sorted { (times[$0]!, $0) < (times[$1]!, $1) }
                    resolution = options.duplicates == .latest ? .latest : .first
                    keptRow = resolution == .latest ? ordered.last! : ordered.first!
                }
            }
            kept.append((sampleRow, keptRow))
            duplicates.append(DuplicateSubmission(
                source: source, station: station, keptLine: table.lineNumbers[keptRow],
                droppedLines: rows.filter { $0 != keptRow }.map { table.lineNumbers[$0] },
                resolution: resolution, differingColumns: differing))
        }
        return kept
    }

    /// A used cell as the estimates read it, so that `Yes` and `1` agree: an indicator's
    /// reading, a count's value, else the trimmed text.
    private func usedValue(of column: ObservationColumn, row: Int) -> String {
        let cell = table.columns[column.index][row]
        if CellValue.isMissing(cell) { return "" }
        if let reading = answers[column.name]?[row] { return reading ? "yes" : "no" }
        if let count = counts[column.name]?[row] { return String(count) }
        return "text:" + cell.trimmingBlanks
    }
}
