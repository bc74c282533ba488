#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Ratios of weighted totals: turnout (ballots cast over registered voters) and a
/// candidate's vote share (the candidate's votes over all votes), overall or in a domain.
extension EstimationDesign {
    /// Estimates R = Y/X from the reporting stations (of a domain) that have both values,
    /// as R survey's `svyratio(~y, ~x, design, na.rm=TRUE)` with
    /// `confint(..., df=degf(design))` (and `svyby(~y, ~domain, design, svyratio,
    /// denominator=~x, na.rm=TRUE)` for a domain).
    ///
    /// With B the stations of the domain having both y_i and x_i, w_i their weights:
    /// ```
    /// X̂ = Σ_B w_i x_i,  Ŷ = Σ_B w_i y_i,  R̂ = Ŷ / X̂
    /// z_i = w_i (y_i − R̂ x_i) / X̂     for i in B, 0 for every other reporting station
    /// v  = linearisedVariance(z)
    /// t  = qt(1 − α/2, df),   df = D − H_D as for shares (the domain's own stations and strata)
    /// ```
    /// The interval depends on whether R̂ is a share:
    /// ```
    /// 0 ≤ y_i ≤ x_i for every i in B, 0 < R̂ < 1, v > 0 (a share: a vote share; turnout
    /// unless a station reports more ballots than voters) — logit scale, inside (0, 1):
    ///     expit( logit(R̂) ± t · √v / (R̂ (1 − R̂)) )        method .logit
    /// otherwise — Wald:
    ///     R̂ ± t · √v                                       method .wald
    /// ```
    /// The logit interval is the delta method on logit(R̂) (d logit(r)/dr = 1/(r(1 − r))), the
    /// construction of R survey's `svyciprop(method = "logit")` for a mean, applied to the
    /// ratio's linearised variance: R has no `svyciprop` for ratios, so the reference scripts
    /// compute it from `svyratio`'s SE by that formula (`ratio()` in `R/helpers.R`). It keeps
    /// small-domain vote shares and turnout inside [0, 1] where R̂ ± t√v would leave it (issue
    /// 12: "Aliyev 88.3% (58.3–118.2)"). At R̂ = 0 or 1 every station has y_i = 0, resp.
    /// y_i = x_i, so v = 0 and the Wald interval is the point.
    ///
    /// No estimate when B is empty or X̂ = 0; no interval when df ≤ 0 (each with a note).
    /// Agrees with R to 1e-6: see `RatioEstimationTests`.
    /// Reference: Cochran, *Sampling Techniques* (3rd ed., 1977), §6.11; Korn and Graubard,
    /// *Analysis of Health Surveys* (1999), §5.2 (intervals on the logit scale).
    ///
    /// - Parameters:
    ///   - numerator: y_i per reporting station (nil: missing).
    ///   - denominator: x_i per reporting station (nil: missing).
    ///   - domain: one flag per reporting station, true inside the domain; nil for all.
    ///   - confidence: 1 − α in (0, 1).
    public func estimateRatio(
        numerator: [Double?], denominator: [Double?], in domain: [Bool]? = nil,
        confidence: Double = 0.95
    ) -> RatioEstimate {
        precondition(numerator.count == stationCount && denominator.count == stationCount,
                     "one numerator and one denominator per reporting station")
        precondition(confidence > 0 && confidence < 1, "confidence must lie in (0, 1)")
        let domainStations = stations(in: domain)
        let used = domainStations.filter { numerator[$0] != nil && denominator[$0] != nil }
        let degreesOfFreedom = degreesOfFreedom(of: domainStations)
        let usedStrata = strata(holding: used)
        var notes: [EstimationNote] = []
        let single = singleStationStrataNames(among: usedStrata)
        if !single.isEmpty { notes.append(.singleStationStrata(single)) }
        let y = numerator.map { $0 ?? 0 }
        let x = denominator.map { $0 ?? 0 }
        let totalX = used.reduce(0.0) { $0 + weights[$1] * x[$1] }
        guard !used.isEmpty, totalX != 0 else {
            return RatioEstimate(
                stations: used.count, estimate: nil, variance: nil,
                degreesOfFreedom: degreesOfFreedom, interval: nil,
                notes: notes + [used.isEmpty ? .noAnswers : .zeroDenominator])
        }
        let ratio = used.reduce(0.0) { $0 + weights[$1] * y[$1] } / totalX
        var z = Array(repeating: 0.0, count: stationCount)
        for i in used { z[i] = weights[i] * (y[i] - ratio * x[i]) / totalX }
        let variance = linearisedVariance(of: z)

        var interval: ConfidenceInterval?
        if areCensus(usedStrata) {
            interval = ConfidenceInterval(
                lower: ratio, upper: ratio, confidence: confidence, method: .wald, rule: .census)
        } else if degreesOfFreedom <= 0 {
            notes.append(.degreesOfFreedomNotPositive(degreesOfFreedom))
        } else {
            let t = ProportionInterval.tQuantile(confidence: confidence, degreesOfFreedom: degreesOfFreedom)
            let isShare = used.allSatisfy { y[$0] >= 0 && y[$0] <= x[$0] }
            if isShare && ratio > 0 && ratio < 1 && variance > 0 {
                let center = log(ratio / (1 - ratio))
                let half = t * variance.squareRoot() / (ratio * (1 - ratio))
                interval = ConfidenceInterval(
                    lower: 1 / (1 + exp(-(center - half))), upper: 1 / (1 + exp(-(center + half))),
                    confidence: confidence, method: .logit, rule: .standard)
            } else {
                let half = t * variance.squareRoot()
                interval = ConfidenceInterval(
                    lower: ratio - half, upper: ratio + half, confidence: confidence,
                    method: .wald, rule: .standard)
            }
        }
        return RatioEstimate(
            stations: used.count, estimate: ratio, variance: variance,
            degreesOfFreedom: degreesOfFreedom, interval: interval, notes: notes)
    }
}
