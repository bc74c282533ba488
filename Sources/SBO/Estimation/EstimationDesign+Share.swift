/// Shares of polling stations: the weighted proportion of answering stations where an event
/// happened, overall or within a domain.
extension EstimationDesign {
    /// Estimates the share of stations where an event happened, with item non-response and
    /// domains handled as domain estimation, exactly as R survey's
    /// `svyciprop(~y, design, method=..., na.rm=TRUE)` and `svymean(~y, design, na.rm=TRUE,
    /// deff=TRUE)` (and `svyby(~y, ~domain, design, svyciprop, ...)` for a domain).
    ///
    /// With A the answering stations of the domain, w_i their weights, y_i ∈ {0, 1}:
    /// ```
    /// p̂   = Σ_A w_i y_i / Σ_A w_i
    /// z_i = w_i (y_i − p̂) / Σ_A w_i    for i in A, 0 for every other reporting station
    /// v   = linearisedVariance(z)      (strata keep all their n_h reporting stations)
    /// df  = D − H_D                    D reporting stations in the domain, H_D their strata
    /// deff = v / (s² · (W − n)/(W · n)),   s² = n/(n − 1) · Σ_A w_i (y_i − p̂)² / W
    /// ```
    /// where n = |A| and W = Σ_A w_i; the design effect is nil when n < 2, W ≤ n or s² = 0.
    /// Its denominator is the variance of a simple random sample of n from W stations with the
    /// finite-population correction (W − n)/W, as R's `deff = TRUE` (survey's `svymean`
    /// computes it so; `deff = "replace"` would drop the correction). The degrees of freedom
    /// of a domain are the domain's own: its reporting stations minus the strata they lie in.
    /// For the national estimate the domain is every reporting station, so df is R's
    /// `degf(design)` even for an item with missing answers (R's `svyciprop` takes
    /// `df = degf(design)` from the design it is given, before `na.rm`).
    ///
    /// The interval (``ProportionInterval``) is replaced in edge cases, and ``IntervalRule``
    /// says which rule was used:
    /// - every stratum holding an answer is a census: [p̂, p̂] (`.census`);
    /// - p̂ = 0, p̂ = 1 or v = 0 otherwise: Korn–Graubard with the answering stations as the
    ///   effective sample size (`.kornGraubardAnsweringStations`), where R gives NaN or a
    ///   zero-width interval;
    /// - df ≤ 0: no interval and a note (R: NaN).
    ///
    /// Agrees with R to 1e-6: see `ShareEstimationTests`, `ShareIntervalTests`,
    /// `DomainEstimationTests` and the scripts in `Tests/SBOTests/Estimation/R/`.
    ///
    /// - Parameters:
    ///   - answers: one per reporting station, in design order: true (happened), false, or
    ///     nil (not answered).
    ///   - domain: one flag per reporting station, true inside the domain; nil for all.
    ///   - confidence: 1 − α in (0, 1).
    ///   - method: the interval method.
    public func estimateShare(
        of answers: [Bool?], in domain: [Bool]? = nil, confidence: Double = 0.95,
        method: IntervalMethod = .wilson
    ) -> ShareEstimate {
        precondition(confidence > 0 && confidence < 1, "confidence must lie in (0, 1)")
        return estimateShare(
            of: answers, in: domain, method: method, quantiles: TQuantiles(confidence: confidence))
    }

    /// ``estimateShare(of:in:confidence:method:)`` at the confidence of `quantiles`, taking
    /// the t quantiles from them (a design simulation computes them once).
    func estimateShare(
        of answers: [Bool?], in domain: [Bool]? = nil, method: IntervalMethod,
        quantiles: TQuantiles
    ) -> ShareEstimate {
        shareEstimate(from: shareSums(of: [answers], in: domain)[0], method: method, quantiles: quantiles)
    }

    /// ``estimateShare(of:in:method:quantiles:)`` of several indicators over one domain, summed
    /// four at a time (``shareSums(of:in:)``).
    func estimateShares(
        of answers: [[Bool?]], in domain: [Bool]?, method: IntervalMethod, quantiles: TQuantiles
    ) -> [ShareEstimate] {
        stride(from: 0, to: answers.count, by: Self.shareLanes).flatMap { first in
            shareSums(of: Array(answers[first..<min(first + Self.shareLanes, answers.count)]), in: domain)
                .map { shareEstimate(from: $0, method: method, quantiles: quantiles) }
        }
    }

    /// The estimate, design effect and interval of an indicator from its sums.
    func shareEstimate(from sums: ShareSums, method: IntervalMethod, quantiles: TQuantiles) -> ShareEstimate {
        let confidence = quantiles.confidence
        let reporting = sums.reporting, answering = sums.answering, count = sums.count
        let degreesOfFreedom = reporting - sums.domainStrataCount
        let answeringStrata = sums.answeringStrata
        var notes: [EstimationNote] = []
        let single = singleStationStrataNames(among: answeringStrata)
        if !single.isEmpty { notes.append(.singleStationStrata(single)) }
        guard answering > 0 else {
            return ShareEstimate(
                answering: 0, count: 0, reporting: reporting, estimate: nil,
                variance: nil, degreesOfFreedom: degreesOfFreedom, designEffect: nil,
                interval: nil, notes: notes + [.noAnswers])
        }

        let totalWeight = sums.totalWeight
        let p = sums.weightedYes / totalWeight
        let variance = sums.variance
        let n = Double(answering)
        let spread = sums.squares / totalWeight
        var designEffect: Double?
        if answering > 1, totalWeight > n, spread > 0 {
            let simpleRandomVariance = n / (n - 1) * spread * (totalWeight - n) / (totalWeight * n)
            designEffect = variance / simpleRandomVariance
        }

        var interval: ConfidenceInterval?
        if areCensus(answeringStrata) {
            interval = ConfidenceInterval(
                lower: p, upper: p, confidence: confidence, method: method, rule: .census)
        } else if degreesOfFreedom <= 0 {
            notes.append(.degreesOfFreedomNotPositive(degreesOfFreedom))
        } else if p <= 0 || p >= 1 || variance <= 0 {
            let bounds = ProportionInterval.kornGraubard(
                estimate: p, effectiveSampleSize: n, degreesOfFreedom: degreesOfFreedom,
                reportingStations: reporting, quantiles: quantiles)
            interval = ConfidenceInterval(
                lower: bounds.lower, upper: bounds.upper, confidence: confidence,
                method: method, rule: .kornGraubardAnsweringStations)
        } else {
            let bounds = ProportionInterval.bounds(
                method: method, estimate: p, variance: variance,
                degreesOfFreedom: degreesOfFreedom, reportingStations: reporting,
                quantiles: quantiles)
            interval = ConfidenceInterval(
                lower: bounds.lower, upper: bounds.upper, confidence: confidence,
                method: method, rule: .standard)
        }
        return ShareEstimate(
            answering: answering, count: count, reporting: reporting,
            estimate: p, variance: variance, degreesOfFreedom: degreesOfFreedom,
            designEffect: designEffect, interval: interval, notes: notes)
    }
}
