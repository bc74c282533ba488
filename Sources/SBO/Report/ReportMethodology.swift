/// The numbers that describe how a report's figures were obtained, every one taken from the
/// data, and the paragraph a reader sees:
///
/// > Observers reported from 105 of the 105 polling stations drawn at random from the
/// > country's 6,537 polling stations, stratified by region (15 strata). Figures are shares of
/// > polling stations, with a 95% confidence interval (Wilson score, t with 90 degrees of
/// > freedom); the margin of error is at most ±9.9 points.
///
/// The margins are the largest half-widths (U − L)/2 of the national intervals: M over the
/// indicators (shares of stations), M_r over turnout and the vote shares (ratios of votes).
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
    /// M: the largest half-width of the national indicators' intervals; nil without any.
    public var largestMargin: Double?
    /// M_r: the largest half-width of the national turnout and vote-share intervals.
    public var largestRatioMargin: Double?
    /// Strata in which no station reported.
    public var emptyStrata: [String]

    public init(
        stationsInFrame: Int, stationsSampled: Int, primariesReporting: Int, reservesReporting: Int,
        strata: Int, stratifiedBy: String?, proportionalTo: String?, confidence: Double,
        method: IntervalMethod, degreesOfFreedom: Int, largestMargin: Double?,
        largestRatioMargin: Double?, emptyStrata: [String], bootstrap: BootstrapSummary? = nil
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
        self.largestMargin = largestMargin
        self.largestRatioMargin = largestRatioMargin
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
            largestMargin: Self.largestHalfWidth(report.indicators.filter { $0.domain == nil }.map(\.share.interval)),
            largestRatioMargin: Self.largestHalfWidth(report.ratios.filter { $0.domain == nil }.map(\.ratio.interval)),
            emptyStrata: report.emptyStrata, bootstrap: report.bootstrap)
    }

    /// max (U − L)/2 over the intervals that exist; nil when none does.
    static func largestHalfWidth(_ intervals: [ConfidenceInterval?]) -> Double? {
        intervals.compactMap { $0.map(ReportNumber.halfWidth) }.max()
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

    /// How the intervals were made, in words: "Wilson score, t with 90 degrees of freedom", or
    /// "Rao–Wu rescaled bootstrap within strata, 10,000 replicates, percentile interval, seed sbo".
    public var intervalDescription: String {
        guard let bootstrap else {
            return "\(Self.name(of: method)), t with \(degreesOfFreedom) degrees of freedom"
        }
        let scheme: String
        switch bootstrap.scheme {
        case .iid: scheme = "bootstrap"
        case .raoWu: scheme = "Rao–Wu rescaled bootstrap within strata"
        case .raoWuWithFinitePopulationCorrection:
            scheme = "Rao–Wu rescaled bootstrap within strata with finite-population correction"
        }
        let interval: String
        switch bootstrap.interval {
        case .percentile: interval = "percentile interval"
        case .basic: interval = "basic interval"
        case .bca: interval = "bias-corrected and accelerated (BCa) interval"
        }
        return "\(scheme), \(ReportNumber.grouped(bootstrap.replicates)) replicates, \(interval), seed \(bootstrap.seed)"
    }

    /// The paragraph, one sentence per element.
    public var sentences: [String] {
        let level = ReportNumber.confidence(confidence)
        var drawn = "Observers reported from \(ReportNumber.grouped(primariesReporting)) of the "
            + "\(ReportNumber.grouped(stationsSampled)) polling stations drawn at random"
        if let proportionalTo { drawn += " with probability proportional to \(proportionalTo)" }
        drawn += " from the country's \(ReportNumber.grouped(stationsInFrame)) polling stations"
        if let stratifiedBy {
            drawn += ", stratified by \(stratifiedBy) (\(strata) strata)"
        } else if strata > 1 {
            drawn += ", in \(strata) strata"
        }
        if reservesReporting > 0 {
            drawn += ", and from \(ReportNumber.grouped(reservesReporting)) reserve station"
                + (reservesReporting == 1 ? "" : "s") + " drawn with them"
        }
        var result = [drawn + "."]
        if degreesOfFreedom <= 0 && bootstrap == nil {
            result.append(
                "Figures are shares of polling stations; they have no confidence interval: "
                    + "\(degreesOfFreedom) degrees of freedom (reporting stations minus strata), and at least "
                    + "two reporting stations per stratum are needed.")
        } else {
            var figures = "Figures are shares of polling stations, with a \(level) confidence interval "
                + "(\(intervalDescription))"
            if let largestMargin {
                figures += "; the margin of error is at most ±\(ReportNumber.fixed(largestMargin * 100, 1)) points"
            }
            result.append(figures + ".")
        }
        if let largestRatioMargin {
            result.append(
                "Turnout and vote shares are ratios of the votes counted at these stations; their "
                    + "margin of error is at most ±\(ReportNumber.fixed(largestRatioMargin * 100, 1)) points.")
        }
        result.append(
            "Each station counts with the inverse of its chance of selection; a sampled station that "
                + "did not report is non-response within its stratum.")
        if !emptyStrata.isEmpty {
            result.append(
                "No station reported in \(emptyStrata.joined(separator: ", ")); the figures cover the other strata only.")
        }
        return result
    }

    /// The paragraph as one text.
    public var paragraph: String { sentences.joined(separator: " ") }
}
