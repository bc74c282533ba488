/// The official per-station results (OFFICIAL.csv): `station_id`, `ballots_cast`,
/// `registered_voters` and one `votes_<candidate>` column per candidate, for every station
/// of the country (ids outside the sample are expected).
///
/// National figures are sums over all its stations:
/// ```
/// turnout = Σ ballots_cast / Σ registered_voters
/// share_c = Σ votes_c / Σ_j Σ votes_j
/// ```
/// Tests: `OfficialComparisonTests`.
public struct OfficialResults: Sendable {
    /// OFFICIAL.csv as read.
    public let table: CSVTable
    /// Station ids, in file order.
    public let ids: [String]
    /// Ballots cast per station.
    public let ballotsCast: [Int]
    /// Registered voters per station.
    public let registeredVoters: [Int]
    /// The candidates' columns (`votes_*`), in header order.
    public let candidateColumns: [String]
    /// `votes[c][r]`: votes of candidate column c at station r.
    public let votes: [[Int]]
    /// The rows of the station ids.
    private let idIndex: StationIDIndex

    /// Reads and validates official results.
    ///
    /// Every problem of the rows is found in one pass and thrown together
    /// (``ObservationError/several(source:problems:)``): an empty id, a row that is not a
    /// station (``isTotalLine(id:)``), a repeated id, a missing or malformed count.
    ///
    /// - Parameters:
    ///   - table: OFFICIAL.csv as read by ``CSVReader``.
    ///   - idColumn: the name of the id column (`--id-column`, else the sample's); a group
    ///     path ending in it matches too.
    /// - Throws: ``ObservationError``: a missing id, `ballots_cast` or `registered_voters`
    ///   column, no rows, then every problem of the rows.
    public init(table: CSVTable, idColumn: String = SampleDesign.defaultIDColumn) throws(ObservationError) {
        let source = table.source
        func column(_ name: String) throws(ObservationError) -> Int {
            guard let index = try ExportLayout.index(of: name, in: table) else {
                throw .missingColumn(
                    source: source, line: table.headerLineNumber, column: name,
                    suggestion: table.closestColumnName(to: name))
            }
            return index
        }
        let idIndex = try column(idColumn)
        let countColumns = [try column("ballots_cast"), try column("registered_voters")]
        guard table.rowCount > 0 else { throw .noStations(source: source) }
        var candidates: [String] = []
        var candidateIndices: [Int] = []
        let paths = GroupPaths(header: table.header)
        for (index, header) in table.header.enumerated() {
            if case let .votes(candidate)? = ExportLayout.namedMeaning(of: header, paths: paths) {
                candidates.append("votes_" + candidate)
                candidateIndices.append(index)
            }
        }
        let index = StationIDIndex(table: table, column: idIndex)
        let lineNumbers = table.lineNumbers
        var problems: [ObservationError] = []
        // The cells are read as bytes; the id problems are looked for row by row (below) only
        // when a blank id, a total line or a repeated id is there to be reported.
        var ids: [String] = []
        ids.reserveCapacity(table.rowCount)
        var counts: [[Int]] = []
        table.withCellBytes { cells in
            var idProblem = index.firstRepeat != nil
            for row in 0..<table.rowCount {
                let cell = cells[row, idIndex]
                if CellValue.isBlank(cell) || Self.isTotalLine(idBytes: cell) { idProblem = true }
                ids.append(String(decoding: cell, as: UTF8.self).trimmingBlanks)
            }
            if idProblem {
                var rowOfID: [String: Int] = [:]
                for (row, id) in ids.enumerated() {
                    let line = lineNumbers[row]
                    if id.isEmpty {
                        problems.append(.emptyStation(source: source, line: line, column: idColumn))
                    } else if Self.isTotalLine(id: id) {
                        problems.append(.notAStation(source: source, line: line, id: id))
                    } else if let earlier = rowOfID.updateValue(row, forKey: id) {
                        problems.append(.duplicateStation(
                            source: source, id: id, firstLine: lineNumbers[earlier], secondLine: line))
                    }
                }
            }
            for (column, name) in zip(countColumns + candidateIndices, ["ballots_cast", "registered_voters"] + candidates) {
                counts.append((0..<table.rowCount).map { row in
                    let cell = cells[row, column]
                    if let value = CellValue.nonNegativeInteger(cell) { return value }
                    let line = lineNumbers[row]
                    if CellValue.isMissing(cell) {
                        problems.append(.missingOfficialValue(source: source, line: line, column: name))
                    } else {
                        problems.append(.notACount(
                            source: source, line: line, column: name,
                            value: String(decoding: cell, as: UTF8.self).trimmingBlanks))
                    }
                    return 0
                })
            }
        }
        if let error = ObservationError.combined(problems, source: source) { throw error }
        self.table = table
        self.ids = ids
        self.ballotsCast = counts[0]
        self.registeredVoters = counts[1]
        self.candidateColumns = candidates
        self.votes = Array(counts[2...])
        self.idIndex = index
    }

    /// Whether a row's id marks a total line rather than a station: `TOTAL`, `Totals`,
    /// `Grand total`, `Sum`, `All`, `ИТОГО`, `Всего`, `Cəmi`, `Yekun`, `Разом` (any letter
    /// case, trimmed).
    public static func isTotalLine(id: String) -> Bool {
        totalWords.contains(AnswerVocabulary.normalized(id))
    }

    private static let totalWords: Set<String> = [
        "total", "totals", "grand total", "sum", "all", "итого", "всего", "cəmi", "yekun", "разом", "усього",
    ]

    /// ``isTotalLine(id:)`` of a cell's bytes. An ASCII cell is trimmed of ASCII white space
    /// and lower-cased byte by byte, which is what `AnswerVocabulary.normalized` does to ASCII
    /// text; other cells take the string route.
    private static func isTotalLine(idBytes cell: UnsafeBufferPointer<UInt8>) -> Bool {
        guard cell.allSatisfy({ $0 < 0x80 }) else { return isTotalLine(id: String(decoding: cell, as: UTF8.self)) }
        let isSpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
        guard let first = cell.firstIndex(where: { !isSpace($0) }), let last = cell.lastIndex(where: { !isSpace($0) }),
              last - first < 11
        else { return false }
        let word = cell[first...last].map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }
        return asciiTotalWords.contains { $0.elementsEqual(word) }
    }

    /// The ASCII members of `totalWords`, as bytes.
    private static let asciiTotalWords = totalWords.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Array($0.utf8) }

    /// The row of the station with this id (surrounding blanks ignored), or nil.
    public func row(ofStation id: String) -> Int? { idIndex.row(of: id) }

    /// National turnout Σ ballots_cast / Σ registered_voters; nil when no voter is registered.
    /// Sums are taken in `Double`, exact below 2⁵³, so that absurd counts cannot overflow.
    public var nationalTurnout: Double? { turnout(over: ids.indices) }

    /// Each candidate's national share of all candidates' votes, in ``candidateColumns``
    /// order; nil entries when nobody voted.
    public var nationalShares: [Double?] { shares(over: ids.indices) }

    /// Turnout over the stations in `rows`, defined as nationally; nil when none is registered.
    public func turnout(over rows: some Collection<Int>) -> Double? {
        let registered = rows.reduce(0.0) { $0 + Double(registeredVoters[$1]) }
        return registered > 0 ? rows.reduce(0.0) { $0 + Double(ballotsCast[$1]) } / registered : nil
    }

    /// Each candidate's share over the stations in `rows`, defined as nationally.
    public func shares(over rows: some Collection<Int>) -> [Double?] {
        let totals = votes.map { counts in rows.reduce(0.0) { $0 + Double(counts[$1]) } }
        let all = totals.reduce(0, +)
        return totals.map { all > 0 ? $0 / all : nil }
    }

    /// The official figures of each value of `column` (a region, say), by data name —
    /// `turnout` and each `votes_*` column — over the stations holding that value (trimmed),
    /// with the national definitions:
    /// ```
    /// turnout_g = Σ_{i∈g} ballots_cast_i / Σ_{i∈g} registered_voters_i
    /// share_c,g = Σ_{i∈g} votes_c,i / Σ_{i∈g} Σ_j votes_j,i
    /// ```
    /// nil when OFFICIAL.csv has no column named `column`; a figure whose denominator is 0 is
    /// left out. The report marks them in its domain panels. Tests:
    /// `ReportCommandTests.regionPanelsMarkTheirOfficialFigures` (against sums computed from
    /// the file's text).
    public func figures(byValueOf column: String) -> [String: [String: Double]]? {
        guard let cells = table.column(column) else { return nil }
        var rowsOf: [String: [Int]] = [:]
        for (row, cell) in cells.enumerated() where !CellValue.isMissing(cell) {
            rowsOf[cell.trimmingBlanks, default: []].append(row)
        }
        return rowsOf.mapValues { rows in
            var figures: [String: Double] = [:]
            figures["turnout"] = turnout(over: rows)
            for (name, share) in zip(candidateColumns, shares(over: rows)) { figures[name] = share }
            return figures
        }
    }
}
