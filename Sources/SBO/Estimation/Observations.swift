/// The observers' answers (OBS.csv, one row per observed station) joined to the sample they
/// came from, ready for estimation.
///
/// Each row's station id must be a station of SAMPLE.csv (primary or reserve) and appear
/// once. The reporting stations are the sample's stations with an observation row, taken in
/// SAMPLE.csv's order; sampled stations without a row are unit non-response within their
/// stratum (``EstimationDesign``). Each column other than the id is classified
/// (``ObservationColumnKind``): indicators become shares of stations, `ballots_cast` over
/// `registered_voters` (taken from SAMPLE.csv's frame column when OBS.csv lacks it) becomes
/// turnout, and each `votes_*` column a candidate's vote share.
///
/// ```swift
/// let sample = try SampleDesign(table: CSVReader.read(path: "sample.csv"))
/// let observations = try Observations(table: CSVReader.read(path: "obs.csv"), sample: sample)
/// let report = try observations.report(confidence: 0.95, method: .wilson, by: "region")
/// for row in report.indicators where row.domain == nil {
///     print(row.name, row.share.estimate ?? .nan, row.share.interval?.lower ?? .nan)
/// }
/// ```
/// Tests: `ObservationsTests`, and end to end `EstimateCommandTests` (values from R survey).
public struct Observations: Sendable {
    /// OBS.csv as read.
    public let table: CSVTable
    /// The sample the observations come from.
    public let sample: SampleDesign
    /// For each reporting station, its row in SAMPLE.csv (ascending).
    public let sampleRows: [Int]
    /// For each reporting station, its row in OBS.csv.
    public let observationRows: [Int]
    /// The design of the reporting stations, in ``sampleRows`` order.
    public let design: EstimationDesign
    /// Every column of OBS.csv except the id, in header order, with what it holds.
    public let columns: [ObservationColumn]
    /// Registered voters per reporting station (OBS.csv's column, else SAMPLE.csv's size
    /// column); nil when neither file has one.
    public let registeredVoters: [Double?]?

    /// Joins OBS.csv to the sample and classifies its columns.
    ///
    /// - Parameters:
    ///   - table: OBS.csv as read by ``CSVReader``; its id column has the sample's id name.
    ///   - sample: the sample design.
    ///   - sizeColumn: SAMPLE.csv's column of registered voters (the manifest's
    ///     `frame.size_column`), used when OBS.csv has no `registered_voters`.
    /// - Throws: ``ObservationError``: no id column, no rows, an empty id, an id not in the
    ///   sample (with the closest sampled id), an id given twice (both lines), or a count
    ///   column (`ballots_cast`, `registered_voters`, `votes_*`) with a cell that is not a
    ///   non-negative whole number.
    public init(
        table: CSVTable, sample: SampleDesign, sizeColumn: String = "registered_voters"
    ) throws(ObservationError) {
        let source = table.source
        guard let idIndex = table.columnIndex(sample.idColumn) else {
            throw .missingColumn(
                source: source, line: table.headerLineNumber, column: sample.idColumn,
                suggestion: table.closestColumnName(to: sample.idColumn))
        }
        guard table.rowCount > 0 else { throw .noStations(source: source) }
        var observationRowOfSampleRow: [Int: Int] = [:]
        for (row, rawID) in table.columns[idIndex].enumerated() {
            let line = table.lineNumbers[row]
            let id = rawID.trimmingBlanks
            guard !id.isEmpty else {
                throw .emptyStation(source: source, line: line, column: sample.idColumn)
            }
            guard let sampleRow = sample.row(ofStation: rawID) ?? sample.row(ofStation: id) else {
                throw .unknownStation(
                    source: source, line: line, id: id, sample: sample.table.source,
                    suggestion: sample.closestStationID(to: id))
            }
            if let earlier = observationRowOfSampleRow.updateValue(row, forKey: sampleRow) {
                throw .duplicateStation(
                    source: source, id: id, firstLine: table.lineNumbers[earlier], secondLine: line)
            }
        }
        let sampleRows = observationRowOfSampleRow.keys.sorted()
        let observationRows = sampleRows.map { observationRowOfSampleRow[$0]! }

        var columns: [ObservationColumn] = []
        for (index, name) in table.header.enumerated() where index != idIndex {
            let kind = Self.kind(of: table.columns[index], lines: table.lineNumbers)
            let column = ObservationColumn(name: name, kind: kind)
            if column.hasNamedMeaning, case let .text(line, value) = kind {
                throw .notACount(source: source, line: line, column: name, value: value)
            }
            columns.append(column)
        }

        var registered: [Double?]?
        if let cells = table.column("registered_voters") {
            registered = observationRows.map { CellValue.nonNegativeInteger(cells[$0]).map(Double.init) }
        } else if let cells = sample.table.column(sizeColumn) {
            registered = try sampleRows.map { row throws(ObservationError) -> Double? in
                guard !CellValue.isMissing(cells[row]) else { return nil }
                guard let count = CellValue.nonNegativeInteger(cells[row]) else {
                    throw .notACount(
                        source: sample.table.source, line: sample.table.lineNumbers[row],
                        column: sizeColumn, value: cells[row])
                }
                return Double(count)
            }
        }
        self.table = table
        self.sample = sample
        self.sampleRows = sampleRows
        self.observationRows = observationRows
        self.design = sample.estimationDesign(reportingRows: sampleRows)
        self.columns = columns
        self.registeredVoters = registered
    }

    /// The kind of a column from its cells (`lines` the physical line of each row).
    private static func kind(of cells: [String], lines: [Int]) -> ObservationColumnKind {
        var firstOther: (line: Int, value: String)?
        for (row, cell) in cells.enumerated()
        where !CellValue.isMissing(cell) && CellValue.indicator(cell) == nil {
            let value = cell.trimmingBlanks
            if CellValue.nonNegativeInteger(cell) == nil { return .text(line: lines[row], value: value) }
            if firstOther == nil { firstOther = (lines[row], value) }
        }
        return firstOther.map { .count(line: $0.line, value: $0.value) } ?? .indicator
    }

    /// The indicator columns estimated by default: every indicator column whose name has no
    /// meaning of its own, in header order.
    public var indicatorNames: [String] {
        columns.filter { $0.kind == .indicator && !$0.hasNamedMeaning }.map(\.name)
    }

    /// The columns that are not estimated: text columns, and counts other than
    /// `ballots_cast`, `registered_voters` and `votes_*`.
    public var ignoredColumns: [ObservationColumn] {
        columns.filter { $0.kind != .indicator && !$0.hasNamedMeaning }
    }

    /// The candidates' vote columns (`votes_*`), in header order.
    public var candidateColumns: [String] {
        columns.filter(\.isCandidateVotes).map(\.name)
    }

    /// The answers of an indicator column per reporting station (nil: not answered).
    ///
    /// - Throws: ``ObservationError/unknownIndicator(source:column:suggestion:)`` when
    ///   OBS.csv has no such column, ``ObservationError/notAnIndicator(source:line:column:value:)``
    ///   when it holds something other than yes/no answers or has a meaning of its own.
    public func answers(of name: String) throws(ObservationError) -> [Bool?] {
        guard let column = columns.first(where: { $0.name == name }) else {
            throw .unknownIndicator(
                source: table.source, column: name,
                suggestion: EditDistance.closest(to: name, among: indicatorNames))
        }
        switch column.kind {
        case .indicator where !column.hasNamedMeaning:
            let cells = table.column(name)!
            return observationRows.map { CellValue.indicator(cells[$0]) }
        case .indicator:
            let cells = table.column(name)!
            let row = cells.firstIndex { !CellValue.isMissing($0) } ?? 0
            throw .notAnIndicator(
                source: table.source, line: table.lineNumbers[row], column: name,
                value: cells[row].trimmingBlanks)
        case let .count(line, value), let .text(line, value):
            throw .notAnIndicator(source: table.source, line: line, column: name, value: value)
        }
    }

    /// The counts of a column per reporting station (nil: missing), or nil when OBS.csv has
    /// no such column. The initialiser checked that named count columns hold counts.
    public func counts(of name: String) -> [Double?]? {
        table.column(name).map { cells in
            observationRows.map { CellValue.nonNegativeInteger(cells[$0]).map(Double.init) }
        }
    }

    /// The value of `column` per reporting station, from SAMPLE.csv (the frame's columns)
    /// or, when it lacks the column, from OBS.csv; nil where the cell is missing.
    ///
    /// - Throws: ``ObservationError/unknownDomainColumn(column:sample:observations:suggestion:)``.
    public func domains(of column: String) throws(ObservationError) -> [String?] {
        let cells: [String]
        let rows: [Int]
        if let inSample = sample.table.column(column) {
            (cells, rows) = (inSample, sampleRows)
        } else if let inObservations = table.column(column) {
            (cells, rows) = (inObservations, observationRows)
        } else {
            throw .unknownDomainColumn(
                column: column, sample: sample.table.source, observations: table.source,
                suggestion: EditDistance.closest(to: column, among: sample.table.header + table.header))
        }
        return rows.map { CellValue.isMissing(cells[$0]) ? nil : cells[$0].trimmingBlanks }
    }

    /// Every estimate: each indicator's share, turnout (when ballots cast and registered
    /// voters are known) and each candidate's vote share, nationally and per domain. See
    /// ``EstimationReport`` and the estimators it runs for the formulas.
    ///
    /// - Parameters:
    ///   - confidence: 1 − α in (0, 1).
    ///   - method: the shares' interval method.
    ///   - domainColumn: a column of SAMPLE.csv or OBS.csv whose values are the domains.
    ///   - indicators: the indicator columns to estimate; nil for ``indicatorNames``.
    /// - Throws: ``ObservationError`` for an unknown or non-indicator column in
    ///   `indicators` or an unknown `domainColumn`.
    public func report(
        confidence: Double = 0.95, method: IntervalMethod = .wilson, by domainColumn: String? = nil,
        indicators: [String]? = nil
    ) throws(ObservationError) -> EstimationReport {
        let inputs = try reportInputs(by: domainColumn, indicators: indicators)
        return described(EstimationReport(
            design: design, indicators: inputs.shares, ballotsCast: counts(of: "ballots_cast"),
            registeredVoters: registeredVoters, votes: inputs.votes, domains: inputs.domains,
            confidence: confidence, method: method), shares: inputs.shares, by: domainColumn)
    }

    /// The same report with bootstrap standard errors and intervals
    /// (`EstimationReport.bootstrapped`): B replicates drawn from `seed`.
    public func bootstrapReport(
        confidence: Double = 0.95, interval: BootstrapInterval = .percentile, replicates: Int,
        seed: String, by domainColumn: String? = nil, indicators: [String]? = nil
    ) throws -> EstimationReport {
        let inputs = try reportInputs(by: domainColumn, indicators: indicators)
        return described(try EstimationReport.bootstrapped(
            design: design, indicators: inputs.shares, ballotsCast: counts(of: "ballots_cast"),
            registeredVoters: registeredVoters, votes: inputs.votes, domains: inputs.domains,
            confidence: confidence, interval: interval, replicates: replicates, seed: seed),
            shares: inputs.shares, by: domainColumn)
    }

    /// `report` with each indicator's label, polarity and non-response bounds
    /// (``NonResponseBounds``; per domain only when SAMPLE.csv has the domain column, since
    /// the domain of a station that did not report is unknown otherwise).
    private func described(
        _ report: EstimationReport, shares: [(name: String, answers: [Bool?])], by domainColumn: String?
    ) -> EstimationReport {
        var reported = [Bool](repeating: false, count: sample.stations.count)
        for row in sampleRows { reported[row] = true }
        var answersBySampleRow: [String: [Bool?]] = [:]
        for share in shares {
            var answers = [Bool?](repeating: nil, count: sample.stations.count)
            for (station, row) in sampleRows.enumerated() { answers[row] = share.answers[station] }
            answersBySampleRow[share.name] = answers
        }
        let sampleDomains = domainColumn.flatMap { sample.table.column($0) }
        return report.describingIndicators { row in
            let description = self.description(ofIndicator: row.name)
            var bounds: NonResponseBounds?
            if let answers = answersBySampleRow[row.name] {
                if let domain = row.domain {
                    bounds = sampleDomains.flatMap { cells in
                        NonResponseBounds.of(
                            sample: sample, answers: answers, reported: reported,
                            scope: cells.map { !CellValue.isMissing($0) && $0.trimmingBlanks == domain })
                    }
                } else {
                    bounds = NonResponseBounds.of(sample: sample, answers: answers, reported: reported)
                }
            }
            return row.described(label: description.label, polarity: description.polarity, bounds: bounds)
        }
    }

    /// The label and polarity of an indicator column: the codebook's, else its name and
    /// `irregularity`.
    public func description(ofIndicator name: String) -> (label: String, polarity: Polarity) {
        (name, .irregularity)
    }

    /// The answers, candidate votes and domain labels a report estimates from.
    private func reportInputs(
        by domainColumn: String?, indicators: [String]?
    ) throws(ObservationError) -> (
        shares: [(name: String, answers: [Bool?])], votes: [(name: String, counts: [Double?])],
        domains: [String?]?
    ) {
        var shares: [(name: String, answers: [Bool?])] = []
        for name in indicators ?? indicatorNames {
            shares.append((name, try answers(of: name)))
        }
        let domains = try domainColumn.map { column throws(ObservationError) in try self.domains(of: column) }
        return (shares, candidateColumns.map { ($0, counts(of: $0)!) }, domains)
    }
}
