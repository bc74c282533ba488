/// A figure the public waits for on election night, with its interval: turnout and every
/// candidate's vote share when the observers counted votes, else every indicator's share
/// (national rows only).
public struct HeadlineFigure: Sendable, Equatable {
    /// `turnout`, a `votes_x` column or an indicator column.
    public let name: String
    /// The estimate; nil when nothing could be estimated.
    public let estimate: Double?
    /// Its confidence interval; nil when there is none.
    public let interval: ConfidenceInterval?

    public init(name: String, estimate: Double?, interval: ConfidenceInterval?) {
        self.name = name
        self.estimate = estimate
        self.interval = interval
    }

    /// The margin of error: half the interval's width, (U − L)/2.
    public var margin: Double? { interval.map { ($0.upper - $0.lower) / 2 } }

    /// The headline figures of a report (see the type's description), in the report's order.
    public static func figures(of report: EstimationReport) -> [HeadlineFigure] {
        let ratios = report.ratios.filter { $0.domain == nil }
        if !ratios.isEmpty {
            return ratios.map { HeadlineFigure(name: $0.name, estimate: $0.ratio.estimate, interval: $0.ratio.interval) }
        }
        return report.indicators.filter { $0.domain == nil }.map {
            HeadlineFigure(name: $0.name, estimate: $0.share.estimate, interval: $0.share.interval)
        }
    }
}
