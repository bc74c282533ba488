extension EstimationReport {
    /// The report with bootstrap standard errors and intervals in place of the linearised ones.
    ///
    /// Every statistic of `ReportStatistics` — each indicator's share and each ratio, national
    /// and per domain — is computed on the same B replicates of `BootstrapInput.bootstrap`
    /// (by default Rao–Wu's rescaled bootstrap within strata with the finite-population
    /// correction, `raoWuWithFinitePopulationCorrection`: λ_h = √(1 − n_h/N_h) in a simple
    /// random stratum, 1 in a PPS stratum, 0 for certainty stations — the f_h of the
    /// linearised variance, so that both routes estimate the same variance; see
    /// `BootstrapScheme`). A stratum with one reporting station is resampled by a random sign,
    /// the bootstrap's form of the linearised "adjust" rule. Within a
    /// domain, a station outside it counts as not answering (shares) or as zero in both
    /// numerator and denominator (ratios), which is domain estimation. Point estimates, n,
    /// counts and design effects are those of the linearised report (the bootstrap's
    /// full-sample estimates are the same numbers). Where the linearised interval follows
    /// another rule — an estimate of 0% or 100% (Korn–Graubard with the answering stations,
    /// because every replicate would repeat the estimate and the interval would have zero
    /// width), or a census — that interval is kept.
    ///
    /// - Throws: `BootstrapError` for a replicate count below 1 or too large to hold in
    ///   memory, before any work is done.
    public static func bootstrapped(
        design: EstimationDesign, indicators: [(name: String, answers: [Bool?])],
        ballotsCast: [Double?]?, registeredVoters: [Double?]?,
        votes: [(name: String, counts: [Double?])], domains: [String?]?, confidence: Double,
        interval: BootstrapInterval, replicates: Int, seed: String,
        scheme: BootstrapScheme = .raoWuWithFinitePopulationCorrection, threads: Int? = nil
    ) throws(BootstrapError) -> EstimationReport {
        let analytic = EstimationReport(
            design: design, indicators: indicators, ballotsCast: ballotsCast,
            registeredVoters: registeredVoters, votes: votes, domains: domains,
            confidence: confidence, method: .wilson)
        let statistics = ReportStatistics(
            stationCount: design.stationCount, indicators: indicators, ballotsCast: ballotsCast,
            registeredVoters: registeredVoters, votes: votes, domains: domains)
        let input = try BootstrapInput(
            strata: design.strata.map {
                BootstrapStratum(
                    name: $0.name, populationSize: $0.populationSize,
                    sampledWithReplacement: $0.selection == .proportionalToSize)
            },
            stationStrata: design.stratumIndices, weights: design.weights,
            indicators: statistics.shares.map { share in
                BootstrapIndicator(
                    name: share.name,
                    values: share.mask.map { mask in zip(share.answers, mask).map { $1 ? $0 : nil } } ?? share.answers)
            },
            ratios: statistics.quotients.map { quotient in
                let inScope = (0..<design.stationCount).map { station in
                    (quotient.mask?[station] ?? true) && quotient.numerator[station] != nil
                        && quotient.denominator[station] != nil
                }
                return BootstrapRatio(
                    name: quotient.name,
                    numerators: inScope.indices.map { inScope[$0] ? quotient.numerator[$0]! : 0 },
                    denominators: inScope.indices.map { inScope[$0] ? quotient.denominator[$0]! : 0 })
            })
        let result = try input.bootstrap(replicates: replicates, seed: seed, scheme: scheme, threads: threads)

        // Each statistic's standard error and interval (one pass over its B replicates each),
        // the statistics shared among the worker threads.
        let summaries = WorkerPool.shared.map(result.statisticNames.count) { statistic in
            (standardError: result.standardError(of: statistic),
             bounds: result.interval(of: statistic, method: interval, confidence: confidence))
        }
        func replaced(_ statistic: Int, _ interval0: ConfidenceInterval?) -> (variance: Double, interval: ConfidenceInterval)? {
            guard let old = interval0, old.rule == .standard,
                let standardError = summaries[statistic].standardError,
                let bounds = summaries[statistic].bounds
            else { return nil }
            return (
                standardError * standardError,
                ConfidenceInterval(
                    lower: bounds.lowerBound, upper: bounds.upperBound, confidence: confidence,
                    method: old.method, rule: .bootstrap(interval)))
        }
        let shares = analytic.indicators.enumerated().map { index, row -> IndicatorResult in
            let s = row.share
            guard let new = replaced(index, s.interval) else { return row }
            return IndicatorResult(
                name: row.name, domain: row.domain,
                share: ShareEstimate(
                    answering: s.answering, count: s.count, reporting: s.reporting,
                    estimate: s.estimate, variance: new.variance,
                    degreesOfFreedom: s.degreesOfFreedom, designEffect: s.designEffect,
                    interval: new.interval, notes: s.notes))
        }
        let ratios = analytic.ratios.enumerated().map { index, row -> RatioResult in
            let r = row.ratio
            guard let new = replaced(analytic.indicators.count + index, r.interval) else { return row }
            return RatioResult(
                name: row.name, domain: row.domain,
                ratio: RatioEstimate(
                    stations: r.stations, estimate: r.estimate, variance: new.variance,
                    degreesOfFreedom: r.degreesOfFreedom, interval: new.interval, notes: r.notes))
        }
        return EstimationReport(
            confidence: confidence, method: .wilson, emptyStrata: analytic.emptyStrata,
            indicators: shares, ratios: ratios,
            bootstrap: BootstrapSummary(
                replicates: replicates, seed: seed, scheme: scheme, interval: interval,
                singleStationStrata: result.singleStationStrata))
    }
}
