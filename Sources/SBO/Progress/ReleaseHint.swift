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

    /// The hint in one paragraph.
    public var text: String {
        let planned = "±" + ReportNumber.trimmed(plannedMargin * 100, 1) + " points"
        if isReady {
            let check = pValue.map { "look like those still outstanding (p = \(Self.pText($0)))" }
                ?? "are the whole sample"
            return "Ready to publish: every headline figure is within the planned margin of \(planned), "
                + "and the stations that reported \(check)."
        }
        var missing: [String] = []
        for gap in gaps {
            switch gap {
            case let .marginAbovePlan(figure, margin):
                missing.append("\(figure)'s margin is ±\(ReportNumber.trimmed(margin * 100, 1)) points, wider than the planned \(planned)")
            case let .noInterval(figure):
                missing.append("\(figure) has no interval yet")
            case let .notRepresentative(p, covariates):
                let which = covariates.isEmpty ? "" : " in \(covariates.joined(separator: ", "))"
                missing.append("the stations that reported differ from those still outstanding\(which) (p = \(Self.pText(p)))")
            case .untestable:
                missing.append("whether the stations that reported look like those outstanding cannot be checked yet")
            }
        }
        let next = isComplete
            ? "Every sampled station has reported: publish with the wider margins stated."
            : "Wait for more reports."
        return "Not ready to publish: " + missing.joined(separator: "; ") + ". " + next
    }

    /// A p-value for people: three significant decimals, "< 0.0001" below.
    static func pText(_ p: Double) -> String {
        p < 0.0001 ? "< 0.0001" : ReportNumber.trimmed(p, p < 0.01 ? 4 : 3)
    }
}
