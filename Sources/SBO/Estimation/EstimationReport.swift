/// Every estimate of an observation mission in one value: each indicator's share and the
/// turnout and vote-share ratios, nationally and per domain, as `sbo estimate` prints them.
///
/// Example:
/// ```swift
/// let report = EstimationReport(
///     design: design,
///     indicators: [("ballot_stuffing", stuffing)],
///     ballotsCast: ballots, registeredVoters: registered,
///     votes: [("votes_a", a), ("votes_b", b)],
///     domains: region, confidence: 0.95, method: .wilson)
/// ```
public struct EstimationReport: Sendable, Equatable {
    /// The confidence level 1 − α.
    public let confidence: Double
    /// The interval method of the shares.
    public let method: IntervalMethod
    /// The design's strata in which no station reported (they drop out).
    public let emptyStrata: [String]
    /// For each indicator, the national row and then one row per domain (sorted by byte
    /// order, as `svyby` sorts its levels).
    public let indicators: [IndicatorResult]
    /// Turnout (when ballots cast and registered voters are given), then each candidate's
    /// vote share, each national then per domain.
    public let ratios: [RatioResult]
    /// How the bootstrap was run, when the intervals come from it (`bootstrapped`); nil for
    /// linearised (analytic) intervals.
    public let bootstrap: BootstrapSummary?

    /// Runs every estimate.
    ///
    /// A candidate's vote share is `votes_x / Σ_j votes_j` over the stations where every
    /// `votes_j` is present (R: `svyratio(~votes_x, ~total, design, na.rm=TRUE)`).
    /// A station whose domain value is nil belongs to no domain (R's `svyby` drops it).
    ///
    /// - Parameters:
    ///   - design: the reporting stations' design.
    ///   - indicators: (name, answer per reporting station) for each indicator.
    ///   - ballotsCast: ballots cast per reporting station, or nil for no turnout.
    ///   - registeredVoters: registered voters per reporting station, or nil.
    ///   - votes: (column name, votes per reporting station) for each candidate.
    ///   - domains: the `--by` column's value per reporting station, or nil for no domains.
    ///   - confidence: 1 − α in (0, 1).
    ///   - method: the interval method of the shares.
    public init(
        design: EstimationDesign, indicators: [(name: String, answers: [Bool?])],
        ballotsCast: [Double?]?, registeredVoters: [Double?]?,
        votes: [(name: String, counts: [Double?])], domains: [String?]?,
        confidence: Double, method: IntervalMethod
    ) {
        let statistics = ReportStatistics(
            stationCount: design.stationCount, indicators: indicators, ballotsCast: ballotsCast,
            registeredVoters: registeredVoters, votes: votes, domains: domains)
        // Every estimate is independent of the others: they are shared among the worker
        // threads, the shares of one scope (national, or one domain) four at a time.
        if !statistics.shares.isEmpty { precondition(confidence > 0 && confidence < 1, "confidence must lie in (0, 1)") }
        let quantiles = TQuantiles(confidence: confidence)
        var groups: [[Int]] = []
        var groupOfScope: [String?: Int] = [:]
        for (index, share) in statistics.shares.enumerated() {
            if let group = groupOfScope[share.domain], groups[group].count < EstimationDesign.shareLanes {
                groups[group].append(index)
            } else {
                groupOfScope[share.domain] = groups.count
                groups.append([index])
            }
        }
        let chunks = groups
        let estimates = WorkerPool.shared.map(chunks.count) { group in
            let shares = chunks[group].map { statistics.shares[$0] }
            return design.estimateShares(
                of: shares.map { $0.answers }, in: shares[0].mask, method: method, quantiles: quantiles)
        }
        var shareOfIndex = [ShareEstimate?](repeating: nil, count: statistics.shares.count)
        for (group, members) in chunks.enumerated() {
            for (member, index) in members.enumerated() { shareOfIndex[index] = estimates[group][member] }
        }
        self.indicators = statistics.shares.indices.map { index in
            IndicatorResult(
                name: statistics.shares[index].name, domain: statistics.shares[index].domain,
                share: shareOfIndex[index]!)
        }
        self.ratios = WorkerPool.shared.map(statistics.quotients.count) { index in
            let quotient = statistics.quotients[index]
            return RatioResult(
                name: quotient.name, domain: quotient.domain,
                ratio: design.estimateRatio(
                    numerator: quotient.numerator, denominator: quotient.denominator,
                    in: quotient.mask, confidence: confidence))
        }
        self.confidence = confidence
        self.method = method
        self.emptyStrata = design.emptyStrata
        self.bootstrap = nil
    }

    init(
        confidence: Double, method: IntervalMethod, emptyStrata: [String],
        indicators: [IndicatorResult], ratios: [RatioResult], bootstrap: BootstrapSummary?
    ) {
        self.confidence = confidence
        self.method = method
        self.emptyStrata = emptyStrata
        self.indicators = indicators
        self.ratios = ratios
        self.bootstrap = bootstrap
    }

    /// The same report with every indicator row replaced by `transform(row)` (labels,
    /// polarity and bounds, which the estimators do not know).
    public func describingIndicators(_ transform: (IndicatorResult) -> IndicatorResult) -> EstimationReport {
        EstimationReport(
            confidence: confidence, method: method, emptyStrata: emptyStrata,
            indicators: indicators.map(transform), ratios: ratios, bootstrap: bootstrap)
    }
}
