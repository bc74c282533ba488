import Testing
@testable import SBO

/// Every interval method against R survey 4.1-1's `svyciprop` (methods "mean", "logit",
/// "beta"; `confint(svyciprop(~y, design, method=M, level=L, na.rm=TRUE))`) and, for
/// Wilson, the survey 4.5 formula evaluated in R (`wilson()` in R/helpers.R).
@Suite struct ShareIntervalTests {
    /// Expected (lower, upper) per method.
    struct Case: Sendable, CustomStringConvertible {
        let label: String
        let confidence: Double
        let bounds: [IntervalMethod: (Double, Double)]
        var description: String { label }
    }

    /// Runs one case: the design and answers named by `label`.
    func estimate(_ label: String, confidence: Double, method: IntervalMethod) throws -> ShareEstimate {
        switch label {
        case "srs y":
            let data = ReferenceData.simpleRandom
            return try data.simpleRandomDesign().estimateShare(
                of: data.indicators("y"), confidence: confidence, method: method)
        case "pps y":
            let data = ReferenceData.proportional
            return try data.proportionalDesign().estimateShare(
                of: data.indicators("y"), confidence: confidence, method: method)
        case "lonely y":
            let data = ReferenceData.lonely
            return try data.simpleRandomDesign().estimateShare(
                of: data.indicators("y"), confidence: confidence, method: method)
        case "census-stratum y":
            let data = ReferenceData.censusStratum
            return try data.simpleRandomDesign().estimateShare(
                of: data.indicators("y"), confidence: confidence, method: method)
        default:
            let data = ReferenceData.stratified
            let column = label.hasPrefix("q") ? "q" : "y"
            return try data.simpleRandomDesign().estimateShare(
                of: data.indicators(column), confidence: confidence, method: method)
        }
    }

    static let cases: [Case] = [
        // Rscript stratified.R: share("y", ~y, design)
        Case(label: "y", confidence: 0.95, bounds: [
            .wald: (0.097106472171278657, 0.7278935278287213),
            .logit: (0.1604248396769053, 0.72067058807514739),
            .clopperPearson: (0.14017777831918438, 0.73197249759339222),
            .wilson: (0.17117993920887806, 0.70474730353965809)]),
        // Rscript stratified.R: share("q", ~q, design)
        Case(label: "q", confidence: 0.95, bounds: [
            .wald: (0.090535447042365325, 0.68790766673008963),
            .logit: (0.15355266493128913, 0.69122089557394761),
            .clopperPearson: (0.13448021308503458, 0.69894157654710898),
            .wilson: (0.16296749314952988, 0.67593242910463436)]),
        // Rscript stratified.R: share("y 90%", ~y, design, level=0.90)
        Case(label: "y 90%", confidence: 0.90, bounds: [
            .wald: (0.15396036157342402, 0.67103963842657577),
            .logit: (0.19458787072047518, 0.67110569142353327),
            .clopperPearson: (0.17017209739253308, 0.69145832331360813),
            .wilson: (0.20174306202386341, 0.66109002743662704)]),
        // Rscript srs.R: share("srs y", ~y, design)
        Case(label: "srs y", confidence: 0.95, bounds: [
            .wald: (0.013470969163422386, 0.51986236416991094),
            .logit: (0.090598285510421664, 0.57031827309080607),
            .clopperPearson: (0.073404866980793002, 0.561750555590114),
            .wilson: (0.097119705975296372, 0.55142844109466405)]),
        // Rscript pps.R: share("pps y", ~y, design) — Wald's lower bound is negative in R too.
        Case(label: "pps y", confidence: 0.95, bounds: [
            .wald: (-0.0046137657847145075, 1.2000412360019534),
            .logit: (0.10822205899183597, 0.94789228903637734),
            .clopperPearson: (0.090329675793081127, 0.97299427909186631),
            .wilson: (0.15415897142696561, 0.9237372515893284)]),
        // Rscript edges.R (options(survey.lonely.psu="adjust")): share("lonely y", ...)
        Case(label: "lonely y", confidence: 0.95, bounds: [
            .wald: (-0.076115068175785838, 1.3261150681757858),
            .logit: (0.077229527248601146, 0.97075171837432106),
            .clopperPearson: (0.10885114595290529, 0.9765351812884151),
            .wilson: (0.13308658748878988, 0.94762802363038756)]),
        // Rscript edges.R: share("census-stratum y", ...)
        Case(label: "census-stratum y", confidence: 0.95, bounds: [
            .wald: (-0.073163142494848232, 0.92164799097969674),
            .logit: (0.087723559342769084, 0.84953891383053814),
            .clopperPearson: (0.071623367093721899, 0.85129577688380742),
            .wilson: (0.10970769078908232, 0.81502032158117477)]),
    ]

    @Test(arguments: cases)
    func everyMethodMatchesR(_ reference: Case) throws {
        for method in IntervalMethod.allCases {
            let share = try estimate(reference.label, confidence: reference.confidence, method: method)
            let interval = try #require(share.interval)
            let (lower, upper) = try #require(reference.bounds[method])
            #expect(interval.rule == .standard)
            #expect(interval.method == method)
            // 1e-8: R's "logit" comes from an iterative svyglm fit (it differs from the closed
            // form by up to 3e-10, see "logit closed-form" in the R output).
            #expect(isClose(interval.lower, lower, tolerance: 1e-8), "\(method) lower")
            #expect(isClose(interval.upper, upper, tolerance: 1e-8), "\(method) upper")
        }
    }

    /// The closed-form logit interval equals R's svyglm-based one (R/stratified.R:
    /// "y logit closed-form" 0.16042483967689872 vs "y logit" 0.1604248396769053).
    @Test func logitClosedFormEqualsSvyglm() throws {
        let share = try estimate("y", confidence: 0.95, method: .logit)
        let interval = try #require(share.interval)
        #expect(isClose(interval.lower, 0.16042483967689872, tolerance: 1e-10))
        #expect(isClose(interval.upper, 0.7206705880751415, tolerance: 1e-10))
    }

    @Test func commandLineNamesRoundTrip() {
        #expect(IntervalMethod(commandLineName: "clopper-pearson") == .clopperPearson)
        #expect(IntervalMethod(commandLineName: "wald") == .wald)
        #expect(IntervalMethod(commandLineName: "beta") == nil)
        for method in IntervalMethod.allCases {
            #expect(IntervalMethod(commandLineName: method.commandLineName) == method)
        }
    }
}
