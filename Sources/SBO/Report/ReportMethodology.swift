/// The numbers that describe how a report's figures were obtained, every one taken from the
/// data, and the paragraph a reader sees:
///
/// > Observers reported from 105 of the 105 polling stations drawn at random from the
/// > country's 6,537 polling stations, stratified by region (15 strata). Figures are shares of
/// > polling stations, with a 95% confidence interval (Wilson score, t with 90 degrees of
/// > freedom); the widest interval spans 19.0 percentage points.
///
/// The widths are the largest U − L of the national intervals (clipped to [0, 1]): W over the
/// indicators (shares of stations), W_r over turnout and the vote shares (ratios of votes).
/// A width, not a "margin ±": intervals of shares are not symmetric.
/// Tests: `ReportMethodologyTests`, and `ReportCommandTests` (each number against
/// `sbo estimate --format json` of the same input).
public struct ReportMethodology: Sendable, Equatable {
    /// N: the polling stations of the frame, Σ N_h over the strata of SAMPLE.csv.
    public var stationsInFrame: Int
    /// n: the primary stations drawn.
    public var stationsSampled: Int
    /// Primary stations that reported.
    public var primariesReporting: Int
    /// Reserve stations that reported.
    public var reservesReporting: Int
    /// H: the strata.
    public var strata: Int
    /// The frame column the strata come from (the manifest's `stratify_by`); nil when not
    /// known or when there is one stratum.
    public var stratifiedBy: String?
    /// The size column of a PPS draw (the manifest's `pps`), or "size" when SAMPLE.csv has a
    /// PPS stratum but no manifest names the column; nil for simple random sampling.
    public var proportionalTo: String?
    /// 1 − α.
    public var confidence: Double
    /// The shares' interval method (when not bootstrapped).
    public var method: IntervalMethod
    /// How the bootstrap was run, when the intervals come from it (then ``method`` is unused).
    public var bootstrap: BootstrapSummary?
    /// Reporting stations − strata with a reporting station.
    public var degreesOfFreedom: Int
    /// W: the largest width U − L of the national indicators' intervals; nil without any.
    public var largestWidth: Double?
    /// W_r: the largest width U − L of the national turnout and vote-share intervals.
    public var largestRatioWidth: Double?
    /// Strata in which no station reported.
    public var emptyStrata: [String]

    public init(
        stationsInFrame: Int, stationsSampled: Int, primariesReporting: Int, reservesReporting: Int,
        strata: Int, stratifiedBy: String?, proportionalTo: String?, confidence: Double,
        method: IntervalMethod, degreesOfFreedom: Int, largestWidth: Double?,
        largestRatioWidth: Double?, emptyStrata: [String], bootstrap: BootstrapSummary? = nil
    ) {
        self.stationsInFrame = stationsInFrame
        self.stationsSampled = stationsSampled
        self.primariesReporting = primariesReporting
        self.reservesReporting = reservesReporting
        self.strata = strata
        self.stratifiedBy = stratifiedBy
        self.proportionalTo = proportionalTo
        self.confidence = confidence
        self.method = method
        self.degreesOfFreedom = degreesOfFreedom
        self.largestWidth = largestWidth
        self.largestRatioWidth = largestRatioWidth
        self.emptyStrata = emptyStrata
        self.bootstrap = bootstrap
    }

    /// The numbers of `report`, estimated from `observations`; `manifest` (when SAMPLE.csv
    /// has one) names the stratification and PPS columns.
    public init(observations: Observations, report: EstimationReport, manifest: SampleManifest?) {
        let sample = observations.sample
        let reserves = observations.sampleRows.filter { sample.stations[$0].role == .reserve }.count
        let isPPS = sample.strata.contains { $0.selection == .proportionalToSize }
        self.init(
            stationsInFrame: sample.strata.reduce(0) { $0 + $1.populationSize },
            stationsSampled: sample.primaryCount,
            primariesReporting: observations.sampleRows.count - reserves,
            reservesReporting: reserves,
            strata: sample.strata.count,
            stratifiedBy: sample.strata.count > 1 ? manifest?.request.stratifyBy : nil,
            proportionalTo: isPPS ? (manifest?.request.ppsColumn ?? "size") : nil,
            confidence: report.confidence, method: report.method,
            degreesOfFreedom: observations.design.degreesOfFreedom,
            largestWidth: Self.widest(report.indicators.filter { $0.domain == nil }.map(\.share.interval)),
            largestRatioWidth: Self.widest(report.ratios.filter { $0.domain == nil }.map(\.ratio.interval)),
            emptyStrata: report.emptyStrata, bootstrap: report.bootstrap)
    }

    /// max (U − L) over the intervals that exist, each clipped to [0, 1]; nil when none does.
    static func widest(_ intervals: [ConfidenceInterval?]) -> Double? {
        intervals.compactMap { $0.map { min($0.upper, 1) - max($0.lower, 0) } }.max()
    }

    /// The interval method as a reader would name it.
    public static func name(of method: IntervalMethod) -> String {
        switch method {
        case .wilson: return "Wilson score"
        case .logit: return "logit"
        case .wald: return "Wald"
        case .clopperPearson: return "Korn–Graubard (Clopper–Pearson)"
        }
    }

    /// How the intervals were made, in the report's language.
    public func intervalDescription(_ formatter: ReportFormatter) -> String {
        let m = formatter.messages
        guard let bootstrap else {
            return m.analyticInterval(Self.name(of: method), formatter.count(degreesOfFreedom))
        }
        let scheme: String
        switch bootstrap.scheme {
        case .iid: scheme = m.schemeIID
        case .raoWu: scheme = m.schemeRaoWu
        case .raoWuWithFinitePopulationCorrection: scheme = m.schemeRaoWuFPC
        }
        let interval: String
        switch bootstrap.interval {
        case .percentile: interval = m.percentileInterval
        case .basic: interval = m.basicInterval
        case .bca: interval = m.bcaInterval
        }
        return m.bootstrapInterval(scheme, formatter.count(bootstrap.replicates), interval, bootstrap.seed)
    }

    /// The paragraph, one sentence per element, in the formatter's language.
    public func sentences(_ formatter: ReportFormatter = .english) -> [String] {
        let m = formatter.messages
        var result = [m.methodDrawn(
            formatter.count(primariesReporting), formatter.count(stationsSampled), formatter.count(stationsInFrame),
            proportionalTo, stratifiedBy, formatter.count(strata),
            reservesReporting > 0 ? formatter.count(reservesReporting) : nil)]
        if degreesOfFreedom <= 0 && bootstrap == nil {
            result.append(m.methodNoInterval(formatter.count(degreesOfFreedom)))
        } else {
            result.append(m.methodIntervals(
                formatter.level(confidence), intervalDescription(formatter),
                largestWidth.map { formatter.fixed($0 * 100, 1) }))
        }
        if let largestRatioWidth {
            result.append(m.methodRatios(formatter.fixed(largestRatioWidth * 100, 1)))
        }
        result.append(m.methodWeights)
        if !emptyStrata.isEmpty {
            result.append(m.methodEmptyStrata(emptyStrata.joined(separator: ", ")))
        }
        return result
    }

    /// The paragraph as one text.
    public func paragraph(_ formatter: ReportFormatter = .english) -> String {
        sentences(formatter).joined(separator: " ")
    }
}
