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
    /// - Parameters:
    ///   - table: OFFICIAL.csv as read by ``CSVReader``.
    ///   - idColumn: the name of the id column (the sample's).
    /// - Throws: ``ObservationError``: a missing id, `ballots_cast` or `registered_voters`
    ///   column, no rows, an empty or repeated id, or a missing or malformed count.
    public init(table: CSVTable, idColumn: String = SampleDesign.defaultIDColumn) throws(ObservationError) {
        let source = table.source
        func column(_ name: String) throws(ObservationError) -> [String] {
            guard let cells = table.column(name) else {
                throw .missingColumn(
                    source: source, line: table.headerLineNumber, column: name,
                    suggestion: table.closestColumnName(to: name))
            }
            return cells
        }
        let idCells = try column(idColumn)
        let ballotCells = try column("ballots_cast")
        let registeredCells = try column("registered_voters")
        guard table.rowCount > 0 else { throw .noStations(source: source) }
        let candidates = table.header.filter(ObservationColumn.isCandidateVotes)
        func counts(_ cells: [String], _ name: String) throws(ObservationError) -> [Int] {
            var values: [Int] = []
            values.reserveCapacity(cells.count)
            for (row, cell) in cells.enumerated() {
                let line = table.lineNumbers[row]
                guard !CellValue.isMissing(cell) else {
                    throw .missingOfficialValue(source: source, line: line, column: name)
                }
                guard let value = CellValue.nonNegativeInteger(cell) else {
                    throw .notACount(source: source, line: line, column: name, value: cell.trimmingBlanks)
                }
                values.append(value)
            }
            return values
        }
        var rowOfID: [String: Int] = [:]
        var ids: [String] = []
        for (row, raw) in idCells.enumerated() {
            let id = raw.trimmingBlanks
            guard !id.isEmpty else {
                throw .emptyStation(source: source, line: table.lineNumbers[row], column: idColumn)
            }
            if let earlier = rowOfID.updateValue(row, forKey: id) {
                throw .duplicateStation(
                    source: source, id: id, firstLine: table.lineNumbers[earlier],
                    secondLine: table.lineNumbers[row])
            }
            ids.append(id)
        }
        self.table = table
        self.ids = ids
        self.ballotsCast = try counts(ballotCells, "ballots_cast")
        self.registeredVoters = try counts(registeredCells, "registered_voters")
        self.candidateColumns = candidates
        var votes: [[Int]] = []
        for name in candidates { votes.append(try counts(table.column(name)!, name)) }
        self.votes = votes
        self.rowOfID = rowOfID
    }

    /// The row of the station with this id (surrounding blanks ignored), or nil.
    public func row(ofStation id: String) -> Int? { rowOfID[id.trimmingBlanks] }

    /// National turnout Σ ballots_cast / Σ registered_voters; nil when no voter is registered.
    /// Sums are taken in `Double`, exact below 2⁵³, so that absurd counts cannot overflow.
    public var nationalTurnout: Double? {
        let registered = registeredVoters.reduce(0.0) { $0 + Double($1) }
        return registered > 0 ? ballotsCast.reduce(0.0) { $0 + Double($1) } / registered : nil
    }

    /// Each candidate's national share of all candidates' votes, in ``candidateColumns``
    /// order; nil entries when nobody voted.
    public var nationalShares: [Double?] {
        let totals = votes.map { $0.reduce(0.0) { $0 + Double($1) } }
        let all = totals.reduce(0, +)
        return totals.map { all > 0 ? $0 / all : nil }
    }
}
