/// The official results set against what the observers recorded (`sbo compare`).
///
/// Per station in both files, with b the ballots cast and r the registered voters:
/// ```
/// observed turnout = b_obs / r_obs      (r_obs from OBS.csv, else SAMPLE.csv's frame column)
/// official turnout = b_off / r_off
/// flagged          when |official − observed| > threshold
/// ```
/// Nationally, official turnout and each candidate's official share (``OfficialResults``)
/// are checked against the observers' national ratio estimates (``OfficialFigureCheck``).
///
/// ```swift
/// let official = try OfficialResults(table: CSVReader.read(path: "official.csv"))
/// let comparison = try OfficialComparison(observations: observations, official: official)
/// for station in comparison.discrepancies { print(station.id, station.gap) }
/// ```
/// Tests: `OfficialComparisonTests`, `CompareCommandTests`.
public struct OfficialComparison: Sendable, Equatable {
    /// The turnout difference above which a station is flagged (a fraction: 0.2 = 20 points).
    public let threshold: Double
    /// Stations with both turnouts defined in both files.
    public let stationsCompared: Int
    /// Flagged stations, largest |gap| first (ties by id in byte order).
    public let discrepancies: [StationDiscrepancy]
    /// Reporting stations missing from OFFICIAL.csv, in sample order.
    public let missingFromOfficial: [String]
    /// Observed stations in OFFICIAL.csv whose turnout cannot be compared: the observers
    /// recorded no ballots cast or registered voters (or their counts were excluded), or a
    /// registered-voter count is 0.
    public let notCompared: [String]
    /// Turnout, then each candidate of OFFICIAL.csv (in its column order) and any candidate
    /// only the observers recorded.
    public let figures: [OfficialFigureCheck]

    /// Compares.
    ///
    /// - Parameters:
    ///   - observations: the observers' data joined to the sample.
    ///   - official: the official results.
    ///   - threshold: the turnout difference that flags a station, ≥ 0.
    ///   - confidence: 1 − α of the observers' intervals, in (0, 1).
    ///   - method: the shares' interval method (ratios always use the t interval).
    public init(
        observations: Observations, official: OfficialResults, threshold: Double = 0.2,
        confidence: Double = 0.95, method: IntervalMethod = .wilson
    ) throws(ObservationError) {
        precondition(threshold >= 0, "the threshold is a non-negative fraction")
        let ballots = observations.counts(of: "ballots_cast")
        let registered = observations.registeredVoters
        var compared = 0
        var flagged: [StationDiscrepancy] = []
        var missing: [String] = []
        var uncounted: [String] = []
        for (station, sampleRow) in observations.sampleRows.enumerated() {
            let id = observations.sample.stations[sampleRow].id
            guard let row = official.row(ofStation: id) else {
                missing.append(id)
                continue
            }
            guard let b = ballots?[station] ?? nil, let r = registered?[station] ?? nil, r > 0,
                  official.registeredVoters[row] > 0
            else {
                uncounted.append(id)
                continue
            }
            compared += 1
            let discrepancy = StationDiscrepancy(
                id: id, observedTurnout: b / r,
                officialTurnout: Double(official.ballotsCast[row]) / Double(official.registeredVoters[row]))
            if abs(discrepancy.gap) > threshold { flagged.append(discrepancy) }
        }
        flagged.sort {
            abs($0.gap) != abs($1.gap)
                ? abs($0.gap) > abs($1.gap) : $0.id.utf8.lexicographicallyPrecedes($1.id.utf8)
        }

        let report = try observations.report(confidence: confidence, method: method, indicators: [])
        func national(_ name: String) -> RatioEstimate? {
            report.ratios.first { $0.name == name && $0.domain == nil }?.ratio
        }
        var figures = [OfficialFigureCheck(
            name: "turnout", official: official.nationalTurnout, estimate: national("turnout"))]
        for (name, share) in zip(official.candidateColumns, official.nationalShares) {
            figures.append(OfficialFigureCheck(name: name, official: share, estimate: national(name)))
        }
        for name in observations.candidateColumns where !official.candidateColumns.contains(name) {
            figures.append(OfficialFigureCheck(name: name, official: nil, estimate: national(name)))
        }
        self.threshold = threshold
        self.stationsCompared = compared
        self.discrepancies = flagged
        self.missingFromOfficial = missing
        self.notCompared = uncounted
        self.figures = figures
    }
}
