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
        // Every estimate is independent of the others: they are shared among the worker threads.
        self.indicators = WorkerPool.shared.map(statistics.shares.count) { index in
            let share = statistics.shares[index]
            return IndicatorResult(
                name: share.name, domain: share.domain,
                share: design.estimateShare(
                    of: share.answers, in: share.mask, confidence: confidence, method: method))
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
    /// polarity and bounds, which the estimators do not know), computed on the worker threads.
    public func describingIndicators(
        _ transform: @Sendable (IndicatorResult) -> IndicatorResult
    ) -> EstimationReport {
        let indicators = self.indicators
        return EstimationReport(
            confidence: confidence, method: method, emptyStrata: emptyStrata,
            indicators: WorkerPool.shared.map(indicators.count) { transform(indicators[$0]) }, ratios: ratios,
            bootstrap: bootstrap)
    }
}
