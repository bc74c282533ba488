/// Everything `sbo forensics` finds: what the official per-station results say about
/// themselves, and, with the observers' random sample, what being watched changed.
///
/// ```swift
/// let official = try OfficialResults(table: CSVReader.read(path: "official.csv"))
/// let analysis = try ForensicsAnalysis(official: official, sample: sample, seed: "2024")
/// for effect in analysis.observerEffects { print(effect.figure, effect.difference ?? .nan) }
/// ```
/// Every part is computed for all stations (domain nil) and, with `domainColumn`, for each
/// value of that column of OFFICIAL.csv (in byte order): ``ObserverEffect`` (with a sample),
/// ``IntegerPercentTest`` (turnout and the leader's share), ``FullTurnout``,
/// ``LastDigitTest`` (each candidate, Benjamini–Hochberg within each group), ``Fingerprint``
/// (all stations, and each group when there are at most ``fingerprintGroups``), and with
/// observations ``ObserverCrossCheck``.
///
/// Randomness: each part draws from its own ``Philox4x32`` seed string derived from `seed`
/// (`seed|observer-effect|DOMAIN`, `seed|integer-percent|FIGURE|DOMAIN`, where DOMAIN is `*`
/// for all stations), so results do not depend on which other parts ran.
public struct ForensicsAnalysis: Sendable {
    /// Groups up to which every group gets its own fingerprint.
    public static let fingerprintGroups = 12

    /// The `--by` column, if any.
    public let domainColumn: String?
    /// nil (all stations), then each group.
    public let domains: [String?]
    /// The observed stations and strata (with a sample).
    public let observedSet: ObservedSet?
    public let observerEffects: [ObserverEffect]
    public let integerPercent: [IntegerPercentTest]
    public let fullTurnout: [FullTurnout]
    public let lastDigits: [LastDigitTest]
    public let fingerprints: [Fingerprint]
    public let crossChecks: [ObserverCrossCheck]
    /// The seed and the number of simulations / permutations.
    public let seed: String
    public let simulations: Int

    /// - Parameters:
    ///   - official: the official results.
    ///   - sample: the sample design, for the observer effect.
    ///   - observations: the observers' reports (joined to `sample`): the observed set is then
    ///     the reporting stations, and the cross-check is made.
    ///   - domainColumn: a column of OFFICIAL.csv to group by.
    ///   - crossCheckIndicator: the indicator splitting the cross-check (nil: `ballot_stuffing`
    ///     when the observations have it).
    ///   - seed: any text.
    ///   - simulations: B ≥ 1 draws for the integer-percent null and permutations for the
    ///     observer effect.
    public init(
        official: OfficialResults, sample: SampleDesign? = nil, observations: Observations? = nil,
        domainColumn: String? = nil, crossCheckIndicator: String? = nil, seed: String,
        simulations: Int = 10_000
    ) throws {
        guard let leader = official.leaderIndex else { throw ForensicsError.noCandidates(source: official.table.source) }
        var groups: [(String?, [Int])] = [(nil, Array(official.ids.indices))]
        var domainOfRow: [String]?
        if let domainColumn {
            guard let cells = official.table.column(domainColumn) else {
                throw ForensicsError.unknownDomainColumn(
                    column: domainColumn, source: official.table.source,
                    suggestion: official.table.closestColumnName(to: domainColumn))
            }
            let values = cells.map(\.trimmingBlanks)
            domainOfRow = values
            var rowsOf: [String: [Int]] = [:]
            for (row, value) in values.enumerated() { rowsOf[value, default: []].append(row) }
            for value in rowsOf.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                groups.append((value, rowsOf[value]!))
            }
        }
        let set = sample.map {
            ObservedSet(
                official: official, sample: $0,
                reportingIDs: observations.map { o in o.sampleRows.map { o.sample.stations[$0].id } })
        }
        let shares = official.shareRatios
        let figures = [official.turnoutRatio] + shares
        var effects: [ObserverEffect] = []
        var integer: [IntegerPercentTest] = []
        var full: [FullTurnout] = []
        var digits: [LastDigitTest] = []
        var prints: [Fingerprint] = []
        var checks: [ObserverCrossCheck] = []
        let indicator = crossCheckIndicator
            ?? (observations?.indicatorNames.contains("ballot_stuffing") == true ? "ballot_stuffing" : nil)
        let observationDomains: [String?]? = domainOfRow.flatMap { values in
            observations.map { o in
                o.sampleRows.map { official.row(ofStation: o.sample.stations[$0].id).map { values[$0] } }
            }
        }
        // One decision for every group: the groups together cost as much as all stations.
        let simulate = IntegerPercentTest.withinBudget(stations: official.ids.count, draws: simulations)
        for (domain, rows) in groups {
            let tag = domain ?? "*"
            if let set {
                effects += ObserverEffect.estimate(
                    figures: figures, set: set, rows: rows, domain: domain, permutations: simulations,
                    seed: "\(seed)|observer-effect|\(tag)")
            }
            for figure in [official.turnoutRatio, shares[leader]] {
                integer.append(IntegerPercentTest(
                    figure: figure, rows: rows, domain: domain, draws: simulations, simulate: simulate,
                    seed: "\(seed)|integer-percent|\(figure.name)|\(tag)"))
            }
            full.append(FullTurnout(official: official, rows: rows, domain: domain))
            digits += LastDigitTest.family(official: official, rows: rows, domain: domain)
            if domain == nil || groups.count - 1 <= Self.fingerprintGroups,
               let print = Fingerprint(official: official, rows: rows, domain: domain) {
                prints.append(print)
            }
            if let observations {
                checks.append(try ObserverCrossCheck(
                    observations: observations, official: official, indicator: indicator,
                    domains: observationDomains, domain: domain))
            }
        }
        self.domainColumn = domainColumn
        self.domains = groups.map(\.0)
        self.observedSet = set
        self.observerEffects = effects
        self.integerPercent = integer
        self.fullTurnout = full
        self.lastDigits = digits
        self.fingerprints = prints
        self.crossChecks = checks
        self.seed = seed
        self.simulations = simulations
    }
}
