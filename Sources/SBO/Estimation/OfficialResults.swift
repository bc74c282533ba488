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
    /// Row of each station id.
    private let rowOfID: [String: Int]

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
        func column(_ name: String) throws(ObservationError) -> [String] {
            guard let index = try ExportLayout.index(of: name, in: table) else {
                throw .missingColumn(
                    source: source, line: table.headerLineNumber, column: name,
                    suggestion: table.closestColumnName(to: name))
            }
            return Array(table.columns[index])
        }
        let idCells = try column(idColumn)
        let ballotCells = try column("ballots_cast")
        let registeredCells = try column("registered_voters")
        guard table.rowCount > 0 else { throw .noStations(source: source) }
        var candidates: [String] = []
        var candidateCells: [[String]] = []
        let paths = GroupPaths(header: table.header)
        for (index, header) in table.header.enumerated() {
            if case let .votes(candidate)? = ExportLayout.namedMeaning(of: header, paths: paths) {
                candidates.append("votes_" + candidate)
                candidateCells.append(Array(table.columns[index]))
            }
        }
        var problems: [ObservationError] = []
        var rowOfID: [String: Int] = [:]
        var ids: [String] = []
        for (row, raw) in idCells.enumerated() {
            let line = table.lineNumbers[row]
            let id = raw.trimmingBlanks
            if id.isEmpty {
                problems.append(.emptyStation(source: source, line: line, column: idColumn))
            } else if Self.isTotalLine(id: id) {
                problems.append(.notAStation(source: source, line: line, id: id))
            } else if let earlier = rowOfID.updateValue(row, forKey: id) {
                problems.append(.duplicateStation(
                    source: source, id: id, firstLine: table.lineNumbers[earlier], secondLine: line))
            }
            ids.append(id)
        }
        func counts(_ cells: [String], _ name: String) -> [Int] {
            cells.enumerated().map { row, cell in
                let line = table.lineNumbers[row]
                guard !CellValue.isMissing(cell) else {
                    problems.append(.missingOfficialValue(source: source, line: line, column: name))
                    return 0
                }
                guard let value = CellValue.nonNegativeInteger(cell) else {
                    problems.append(.notACount(source: source, line: line, column: name, value: cell.trimmingBlanks))
                    return 0
                }
                return value
            }
        }
        let ballotsCast = counts(ballotCells, "ballots_cast")
        let registeredVoters = counts(registeredCells, "registered_voters")
        let votes = zip(candidateCells, candidates).map { counts($0, $1) }
        if let error = ObservationError.combined(problems, source: source) { throw error }
        self.table = table
        self.ids = ids
        self.ballotsCast = ballotsCast
        self.registeredVoters = registeredVoters
        self.candidateColumns = candidates
        self.votes = votes
        self.rowOfID = rowOfID
    }

    /// Whether a row's id marks a total line rather than a station: `TOTAL`, `Totals`,
    /// `Grand total`, `Sum`, `All`, `ИТОГО`, `Всего`, `Cəmi`, `Yekun`, `Разом` (any letter
    /// case, trimmed).
    public static func isTotalLine(id: String) -> Bool {
        let words: Set<String> = [
            "total", "totals", "grand total", "sum", "all", "итого", "всего", "cəmi", "yekun", "разом", "усього",
        ]
        return words.contains(AnswerVocabulary.normalized(id))
    }

    /// The row of the station with this id (surrounding blanks ignored), or nil.
    public func row(ofStation id: String) -> Int? { rowOfID[id.trimmingBlanks] }

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
