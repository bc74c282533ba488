/// Whether the figures of the latest checkpoint are ready to publish, in words.
///
/// Ready when both hold: every headline figure (``HeadlineFigure``) has an interval whose
/// margin (half-width) is within the planned margin E, and the representativeness check
/// says the stations that reported look like those still outstanding (``RepresentativenessTest``
/// verdict `similar`, or `complete` when nothing is outstanding). Otherwise the hint lists
/// what is missing: the figures whose margin is still wider than E, and a check that says
/// `different` (with the covariates that differ at 1%) or cannot be made yet.
///
/// The planned margin is the one the mission planned for (`--planned-margin`); without it,
/// the margin the full sample of n primary stations promises for a proportion of 0.5
/// (what `sbo plan --size n` reports):
/// ```
/// E = z · √( 0.25 · (N − n) / (n (N − 1)) ),   z = Φ⁻¹(1 − α/2),  N the frame's stations
/// ```
/// (Cochran 1977, §4.4; ``SampleSizePlan``).
public struct ReleaseHint: Sendable, Equatable {
    /// One thing that stands between the figures and their publication.
    public enum Gap: Sendable, Equatable {
        /// A figure's margin is wider than planned.
        case marginAbovePlan(figure: String, margin: Double)
        /// A figure has no interval yet.
        case noInterval(figure: String)
        /// The stations that reported differ from those outstanding (overall p-value, and the
        /// covariates whose own p-value is at most 1%).
        case notRepresentative(pValue: Double, covariates: [String])
        /// The check cannot be made (no primary station or no varying covariate).
        case untestable
    }

    /// E, the planned margin (a fraction).
    public let plannedMargin: Double
    /// What is missing; empty when the figures are ready.
    public let gaps: [Gap]
    /// The checkpoint's overall p-value, when there is one.
    public let pValue: Double?
    /// Whether every sampled primary station had reported.
    public let isComplete: Bool

    /// The hint for a checkpoint.
    public init(checkpoint: ProgressCheckpoint, plannedMargin: Double) {
        var gaps: [Gap] = []
        for figure in HeadlineFigure.figures(of: checkpoint.report) {
            guard let margin = figure.margin else {
                gaps.append(.noInterval(figure: figure.name))
                continue
            }
            if margin > plannedMargin { gaps.append(.marginAbovePlan(figure: figure.name, margin: margin)) }
        }
        let check = checkpoint.representativeness
        switch check.verdict {
        case .similar, .complete: break
        case .different:
            gaps.append(.notRepresentative(
                pValue: check.pValue ?? 0,
                covariates: check.covariates.filter { $0.pValue <= RepresentativenessTest.level }.map(\.name)))
        case .untestable: gaps.append(.untestable)
        }
        self.plannedMargin = plannedMargin
        self.gaps = gaps
        self.pValue = check.pValue
        self.isComplete = check.verdict == .complete
    }

    /// Whether the figures are ready to publish.
    public var isReady: Bool { gaps.isEmpty }

    /// The margin the full sample promises for a proportion of 0.5 (the type's description).
    public static func plannedMargin(of sample: SampleDesign, confidence: Double) -> Double {
        let population = sample.strata.reduce(0) { $0 + $1.populationSize }
        return SampleSizePlan.margin(
            n: min(sample.primaryCount, population), population: population,
            assumptions: PlanningAssumptions(confidence: confidence))
    }

    /// The hint in one paragraph, in English (`sbo progress --format json`'s `release.text`).
    public var text: String { text(ReportFormatter.english) }

    /// The hint in one paragraph, in the formatter's language (``ProgressMessages``).
    public func text(_ formatter: ReportFormatter) -> String {
        let m = formatter.messages.progress
        let planned = formatter.margin(plannedMargin)
        if isReady { return m.ready(planned, pValue.map(formatter.pValue)) }
        let missing = gaps.map { gap in
            switch gap {
            case let .marginAbovePlan(figure, margin): m.marginAbovePlan(formatter.isolated(figure), formatter.margin(margin), planned)
            case let .noInterval(figure): m.noInterval(formatter.isolated(figure))
            case let .notRepresentative(p, covariates):
                m.notRepresentative(covariates.isEmpty ? nil : formatter.isolated(covariates.joined(separator: ", ")), formatter.pValue(p))
            case .untestable: m.untestable
            }
        }
        return m.notReady(missing, isComplete)
    }
}
