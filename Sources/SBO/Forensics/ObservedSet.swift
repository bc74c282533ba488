/// Which stations of the official results the observers watched, and the strata of the
/// sample design that every official station belongs to: what the observer effect
/// (``ObserverEffect``) compares.
///
/// The observed stations are the sample's primaries, or, when observations are given, the
/// sampled stations that reported (primaries and reserves alike): a primary that did not
/// report counts as unobserved. Every other station of the official file is unobserved.
///
/// Strata: SAMPLE.csv carries the frame's columns, so the stratification column is the first
/// column of OFFICIAL.csv (header order) that SAMPLE.csv also has and whose value equals the
/// `stratum` of every sampled station. A sample with a single stratum needs no column. When
/// no column matches, the comparison is made in one stratum (``isStratified`` false), which
/// is still unbiased under proportional allocation but not otherwise; callers say so.
public struct ObservedSet: Sendable, Equatable {
    /// Stratum index of each official station (file order), into ``stratumNames``.
    public let stratumOfStation: [Int]
    /// Stratum names: the sample's strata first, in the sample's order, then any value of the
    /// stratification column that no sampled station has.
    public let stratumNames: [String]
    /// Whether each official station was observed.
    public let isObserved: [Bool]
    /// The column of OFFICIAL.csv that gives the strata; nil with one stratum or none found.
    public let stratificationColumn: String?
    /// Whether the comparison can follow the sample's strata.
    public let isStratified: Bool
    /// Observed station ids absent from OFFICIAL.csv, in sample order.
    public let missingFromOfficial: [String]
    /// Whether some stratum was sampled with probability proportional to size: its observed
    /// stations are then larger than its average station, and the comparison is confounded
    /// with size.
    public let hasUnequalProbabilities: Bool

    /// - Parameters:
    ///   - official: the official results.
    ///   - sample: the sample design (SAMPLE.csv).
    ///   - reportingIDs: the ids of the stations that reported, or nil to take the primaries.
    public init(official: OfficialResults, sample: SampleDesign, reportingIDs: [String]? = nil) {
        let observedIDs = reportingIDs ?? sample.stations.filter { $0.role == .primary }.map(\.id)
        var isObserved = [Bool](repeating: false, count: official.ids.count)
        var missing: [String] = []
        for id in observedIDs {
            if let row = official.row(ofStation: id) { isObserved[row] = true } else { missing.append(id) }
        }
        let names = sample.strata.map(\.name)
        var index: [String: Int] = [:]
        for (i, name) in names.enumerated() { index[name] = i }
        var stratumNames = names
        var column: String?
        if names.count > 1 {
            column = official.table.header.first { name in
                guard name != sample.idColumn, name != official.table.header.first,
                      let cells = sample.table.column(name) else { return false }
                return zip(cells, sample.stations).allSatisfy { $0.0.trimmingBlanks == $0.1.stratum }
            }
        }
        var strata = [Int](repeating: 0, count: official.ids.count)
        if let column, let cells = official.table.column(column) {
            for (row, cell) in cells.enumerated() {
                let value = cell.trimmingBlanks
                if let i = index[value] {
                    strata[row] = i
                } else {
                    index[value] = stratumNames.count
                    strata[row] = stratumNames.count
                    stratumNames.append(value)
                }
            }
        } else if names.count > 1 {
            stratumNames = ["all"]
        }
        self.stratumOfStation = strata
        self.stratumNames = stratumNames
        self.isObserved = isObserved
        self.stratificationColumn = column
        self.isStratified = names.count == 1 || column != nil
        self.missingFromOfficial = missing
        self.hasUnequalProbabilities = sample.strata.contains { $0.selection == .proportionalToSize }
    }

    /// A set given directly (tests, other front ends).
    public init(stratumOfStation: [Int], stratumNames: [String], isObserved: [Bool]) {
        precondition(stratumOfStation.count == isObserved.count, "one stratum per station")
        self.stratumOfStation = stratumOfStation
        self.stratumNames = stratumNames
        self.isObserved = isObserved
        self.stratificationColumn = nil
        self.isStratified = true
        self.missingFromOfficial = []
        self.hasUnequalProbabilities = false
    }

    /// Observed stations.
    public var observedCount: Int { isObserved.lazy.filter { $0 }.count }
}
