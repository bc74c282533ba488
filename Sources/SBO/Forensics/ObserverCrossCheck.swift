/// The official results checked against the observers' own counts at the stations they
/// watched: the official minus the observed turnout per station (as `sbo compare` computes
/// it, ``StationDiscrepancy``), and whether the gap is larger where the observers reported an
/// irregularity such as ballot stuffing.
///
/// With g_i = b_off/r_off − b_obs/r_obs at each reporting station with both turnouts, and the
/// stations split by the indicator's answer (yes: Y, no: N; missing answers left out):
/// ```
/// difference = ḡ_Y − ḡ_N
/// SE         = √(s²_Y/n_Y + s²_N/n_N)                        (Welch)
/// ν          = SE⁴ / ((s²_Y/n_Y)²/(n_Y−1) + (s²_N/n_N)²/(n_N−1))
/// p          = 2 P(T_ν ≥ |difference| / SE)                  (two-sided)
/// ```
/// Unweighted: the question is whether the two kinds of station differ, not a national figure.
/// Needs at least two stations on each side for a p-value.
///
/// Reference: B. L. Welch, "The generalization of 'Student's' problem when several different
/// population variances are involved", Biometrika 34(1–2):28–35, 1947,
/// [doi:10.1093/biomet/34.1-2.28].
///
/// [doi:10.1093/biomet/34.1-2.28]: https://doi.org/10.1093/biomet/34.1-2.28
public struct ObserverCrossCheck: Sendable, Equatable {
    /// The `--by` group, nil for all stations.
    public let domain: String?
    /// Every compared station's official and observed turnout, in sample order.
    public let stations: [StationDiscrepancy]
    /// Mean official − observed turnout.
    public let meanGap: Double?
    /// The indicator column that splits the stations, if any.
    public let indicator: String?
    /// Stations answering yes / no, and their mean gaps.
    public let stationsWithYes: Int
    public let stationsWithNo: Int
    public let meanGapWithYes: Double?
    public let meanGapWithNo: Double?
    /// ḡ_Y − ḡ_N.
    public let difference: Double?
    /// Welch's two-sided p-value.
    public let pValue: Double?

    /// - Parameters:
    ///   - observations: the observers' data joined to the sample.
    ///   - official: the official results.
    ///   - indicator: the column that splits the stations (nil: no split).
    ///   - domains: the `--by` group of each reporting station (nil: all), and
    ///   - domain: the group to check (nil: all stations).
    /// - Throws: ``ObservationError`` when `indicator` is not an indicator column.
    public init(
        observations: Observations, official: OfficialResults, indicator: String?,
        domains: [String?]? = nil, domain: String? = nil
    ) throws(ObservationError) {
        let ballots = observations.counts(of: "ballots_cast")
        let registered = observations.registeredVoters
        let answers = try indicator.map { name throws(ObservationError) in try observations.answers(of: name) }
        var stations: [StationDiscrepancy] = []
        var yes: [Double] = [], no: [Double] = []
        for (station, sampleRow) in observations.sampleRows.enumerated() {
            if let domain, domains?[station] != domain { continue }
            let id = observations.sample.stations[sampleRow].id
            guard let row = official.row(ofStation: id), let b = ballots?[station] ?? nil,
                  let r = registered?[station] ?? nil, r > 0, official.registeredVoters[row] > 0
            else { continue }
            let d = StationDiscrepancy(
                id: id, observedTurnout: b / r,
                officialTurnout: Double(official.ballotsCast[row]) / Double(official.registeredVoters[row]))
            stations.append(d)
            switch answers?[station] {
            case true?: yes.append(d.gap)
            case false?: no.append(d.gap)
            case nil: break
            }
        }
        func mean(_ x: [Double]) -> Double? { x.isEmpty ? nil : x.reduce(0, +) / Double(x.count) }
        func variance(_ x: [Double]) -> Double {
            let m = mean(x) ?? 0
            return x.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(x.count - 1)
        }
        self.domain = domain
        self.stations = stations
        self.meanGap = mean(stations.map(\.gap))
        self.indicator = indicator
        self.stationsWithYes = yes.count
        self.stationsWithNo = no.count
        self.meanGapWithYes = mean(yes)
        self.meanGapWithNo = mean(no)
        if let my = mean(yes), let mn = mean(no) {
            self.difference = my - mn
        } else {
            self.difference = nil
        }
        if yes.count >= 2, no.count >= 2, let difference {
            let a = variance(yes) / Double(yes.count), b = variance(no) / Double(no.count)
            let se = (a + b).squareRoot()
            if se > 0 {
                let nu = (a + b) * (a + b) / (a * a / Double(yes.count - 1) + b * b / Double(no.count - 1))
                self.pValue = min(1, 2 * StudentTDistribution(degreesOfFreedom: nu).cdf(-abs(difference) / se))
            } else {
                self.pValue = difference == 0 ? 1 : 0
            }
        } else {
            self.pValue = nil
        }
    }
}
