/// The observers' answers (OBS.csv, one row per observed station) joined to the sample they
/// came from, ready for estimation.
///
/// Each row's station id must be a station of SAMPLE.csv (primary or reserve). The reporting
/// stations are the sample's stations with an observation row, taken in SAMPLE.csv's order;
/// sampled stations without a row are unit non-response within their stratum
/// (``EstimationDesign``). Each column other than the id gets a meaning (``ColumnMeaning``)
/// from the codebook, its name (group paths removed, metadata recognised) or its answers
/// (``ObservationColumnKind``): indicators become shares of stations, `ballots_cast` over
/// `registered_voters` (taken from SAMPLE.csv's frame column when OBS.csv lacks it) becomes
/// turnout, and each `votes_*` column a candidate's vote share.
///
/// Nothing is lost silently (SPEC "Observation exports"): every problem in the file — an
/// unknown or empty station id, an answer that is neither yes nor no, an impossible count,
/// an unreadable submission time, a station submitted twice with different answers — is
/// found in one pass and thrown together (``ObservationError/several(source:problems:)``),
/// unless ``IntakeOptions`` says how to treat it; what was set aside is in ``dataQuality``.
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
    /// For each reporting station, its row in OBS.csv (the row kept when it was submitted
    /// more than once).
    public let observationRows: [Int]
    /// The design of the reporting stations, in ``sampleRows`` order.
    public let design: EstimationDesign
    /// OBS.csv's station id column, as in the file.
    public let idColumn: String
    /// Every column of OBS.csv except the id, in header order, with what it holds.
    public let columns: [ObservationColumn]
    /// Registered voters per reporting station (OBS.csv's column, else SAMPLE.csv's size
    /// column); nil when neither file has one. Nil for a station excluded for its counts.
    public let registeredVoters: [Double?]?
    /// The submission time column, as in the file; nil when there is none.
    public let timeColumn: String?
    /// The submission time of every row of OBS.csv (indexed like ``CSVTable/lineNumbers``,
    /// nil where the cell is missing); nil when there is no time column.
    public let submissionTimes: [Timestamp?]?
    /// What was read, kept, set aside and not used.
    public let dataQuality: DataQuality
    /// Each indicator column's answers per row of OBS.csv, by ``ObservationColumn/name``.
    private let answersByColumn: [String: [Bool?]]
    /// Each named count column's counts per row of OBS.csv, by ``ObservationColumn/name``.
    private let countsByColumn: [String: [Int?]]
    /// Rows of OBS.csv left out of turnout and vote shares (`--bad-counts exclude`).
    private let excludedRows: Set<Int>
    /// Whether ``observationRows`` is every row of OBS.csv in file order (an export in the
    /// sample's order without repeats), so that a column's values per row are already its
    /// values per reporting station.
    private let keepsEveryRowInOrder: Bool

    /// Joins OBS.csv to the sample, gives every column its meaning and checks every cell.
    ///
    /// - Parameters:
    ///   - table: OBS.csv as read by ``CSVReader``.
    ///   - sample: the sample design.
    ///   - sizeColumn: SAMPLE.csv's column of registered voters (the manifest's
    ///     `frame.size_column`), used when OBS.csv has no `registered_voters`.
    ///   - options: the id and time columns, the codebook and the policies for problems.
    /// - Throws: ``ObservationError``: no id column, an ambiguous group path, a codebook
    ///   column the file lacks, no rows; then every problem of the rows at once (see the
    ///   type's description).
    public init(
        table: CSVTable, sample: SampleDesign, sizeColumn: String = "registered_voters",
        options: IntakeOptions = IntakeOptions()
    ) throws(ObservationError) {
        try self.init(
            export: ObservationExport(table: table, idColumn: sample.idColumn, options: options), sample: sample,
            sizeColumn: sizeColumn)
    }

    /// Joins an export whose columns have their meanings to the sample and checks every cell:
    /// ``init(table:sample:sizeColumn:options:)`` with the columns already laid out.
    ///
    /// - Throws: ``ObservationError``: no rows, then every problem of the rows at once.
    public init(export: ObservationExport, sample: SampleDesign, sizeColumn: String = "registered_voters") throws(ObservationError) {
        let table = export.table, layout = export.layout, options = export.options
        let source = table.source
        guard table.rowCount > 0 else { throw .noStations(source: source) }
        var scan = ExportScan(table: table, sample: sample, layout: layout, options: options)
        scan.readStations()
        scan.readAnswers()
        try scan.readCounts(sizeColumn: sizeColumn)
        scan.readTimes()
        let kept = scan.resolveDuplicates()
        if let error = ObservationError.combined(scan.problems, source: source) { throw error }

        let sampleRows = kept.map(\.sampleRow)
        let observationRows = kept.map(\.row)
        self.table = table
        self.sample = sample
        self.sampleRows = sampleRows
        self.observationRows = observationRows
        self.keepsEveryRowInOrder = observationRows.elementsEqual(0..<table.rowCount)
        self.design = sample.estimationDesign(reportingRows: sampleRows)
        self.idColumn = table.header[layout.idIndex]
        self.columns = layout.columns
        self.timeColumn = layout.timeIndex.map { table.header[$0] }
        self.submissionTimes = scan.times
        self.answersByColumn = scan.answers
        self.countsByColumn = scan.counts
        self.excludedRows = scan.excludedRows
        self.registeredVoters = scan.registered.map { values in
            zip(sampleRows, observationRows).map { sampleRow, row in
                scan.excludedRows.contains(row) ? nil : values[sampleRow].map(Double.init)
            }
        }
        self.dataQuality = DataQuality(
            source: source, rowsRead: table.rowCount, stations: sampleRows.count,
            duplicates: scan.duplicates,
            columnsNotUsed: layout.columns.compactMap { column in
                column.notUsedReason.map { UnusedColumn(column: column.header, reason: $0) }
            },
            answersTreatedAsMissing: scan.treatedAsMissing, excludedCounts: scan.excluded)
    }

    /// The column named `name` (its ``ObservationColumn/name`` or its header), or nil.
    public func column(named name: String) -> ObservationColumn? {
        columns.first { $0.name == name } ?? columns.first { $0.header == name }
    }

    /// The indicator columns estimated by default: every indicator column in use, in
    /// header order.
    public var indicatorNames: [String] {
        columns.filter { $0.meaning == .indicator && $0.notUsedReason == nil }.map(\.name)
    }

    /// The columns that are not used, each with ``ObservationColumn/notUsedReason``.
    public var ignoredColumns: [ObservationColumn] {
        columns.filter { $0.notUsedReason != nil }
    }

    /// ``dataQuality`` for a report that estimates only the indicators `estimated`: the
    /// other indicator columns are listed as not used (`--indicators`).
    public func dataQuality(estimating estimated: [String]) -> DataQuality {
        let left = columns.filter { $0.meaning == .indicator && $0.notUsedReason == nil && !estimated.contains($0.name) }
        return dataQuality.addingColumnsNotUsed(left.map { UnusedColumn(column: $0.header, reason: .notAmongIndicators) })
    }

    /// The candidates' vote columns (`votes_*`), in header order.
    public var candidateColumns: [String] {
        columns.filter(\.isCandidateVotes).map(\.name)
    }

    /// The answers of an indicator column per reporting station (nil: not answered, or an
    /// unreadable answer under `--bad-answers missing`).
    ///
    /// - Throws: ``ObservationError/unknownIndicator(source:column:suggestion:)`` when
    ///   OBS.csv has no such column, ``ObservationError/notAnIndicator(source:line:column:value:)``
    ///   when it holds something other than yes/no answers or has a meaning of its own.
    public func answers(of name: String) throws(ObservationError) -> [Bool?] {
        guard let column = column(named: name) else {
            throw .unknownIndicator(
                source: table.source, column: name,
                suggestion: EditDistance.closest(to: name, among: indicatorNames))
        }
        if let answers = answersByColumn[column.name], column.meaning == .indicator {
            return keepsEveryRowInOrder ? answers : observationRows.map { answers[$0] }
        }
        let cells = table.columns[column.index]
        switch column.kind {
        case .indicator:
            let row = cells.firstIndex { !CellValue.isMissing($0) } ?? 0
            throw .notAnIndicator(
                source: table.source, line: table.lineNumbers[row], column: name,
                value: cells[row].trimmingBlanks)
        case let .count(line, value), let .text(line, value):
            throw .notAnIndicator(source: table.source, line: line, column: name, value: value)
        }
    }

    /// The counts of a column per reporting station (nil: missing, or the station left out
    /// for impossible counts), or nil when OBS.csv has no such count column. `name` is
    /// `ballots_cast`, `registered_voters` or a candidate's `votes_*`.
    public func counts(of name: String) -> [Double?]? {
        countsByColumn[name].map { values in
            observationRows.map { excludedRows.contains($0) ? nil : values[$0].map(Double.init) }
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
        } else if let inObservations = self.column(named: column) {
            (cells, rows) = (Array(table.columns[inObservations.index]), observationRows)
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
        let answersByName = Dictionary(shares.map { ($0.name, $0.answers) }, uniquingKeysWith: { _, last in last })
        let sampleDomains = domainColumn.flatMap { sample.table.column($0) }.map { cells in
            cells.map { CellValue.isMissing($0) ? nil : $0.trimmingBlanks }
        }
        let weights = NonResponseBounds.unitWeights(sample: sample, reported: reported)
        // The bounds of each scope (national, then each domain when SAMPLE.csv tells every
        // station's), every indicator of it at once, the scopes shared among the worker threads.
        let names = Array(answersByName.keys).sorted()
        let domains = sampleDomains == nil ? [] : Array(Set(report.indicators.compactMap(\.domain))).sorted()
        let scopes: [String?] = [nil] + domains
        let sampleRows = self.sampleRows
        let boundsOfScope = WorkerPool.shared.map(scopes.count) { index in
            let domain = scopes[index]
            let scope = domain.flatMap { domain in sampleDomains?.map { $0 == domain } }
            let bounds = NonResponseBounds.of(
                weights: weights, answers: names.map { answersByName[$0]! }, reportingRows: sampleRows, scope: scope)
            return Dictionary(uniqueKeysWithValues: zip(names, bounds))
        }
        let indexOfScope = Dictionary(uniqueKeysWithValues: scopes.enumerated().map { ($1, $0) })
        return report.describingIndicators { row in
            let description = self.description(ofIndicator: row.name)
            let bounds = indexOfScope[row.domain].flatMap { boundsOfScope[$0][row.name] ?? nil }
            return row.described(label: description.label, polarity: description.polarity, bounds: bounds)
        }
    }

    /// The label and polarity of an indicator column: the codebook's, else its name and
    /// `irregularity`.
    public func description(ofIndicator name: String) -> (label: String, polarity: Polarity) {
        column(named: name).map { ($0.label, $0.polarity) } ?? (name, .irregularity)
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
