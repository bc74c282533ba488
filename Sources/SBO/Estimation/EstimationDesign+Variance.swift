/// The linearised (Taylor) variance of a stratified design, and the counts that go with a
/// domain: degrees of freedom, single-station strata, census strata.
extension EstimationDesign {
    /// The variance of a total of linearised values z_i, one per reporting station (0 for
    /// stations outside the domain or without an answer):
    /// ```
    /// v = Σ_h c_h
    /// c_h = f_h · n_h/(n_h − 1) · Σ_i (z_hi − z̄_h)²   n_h ≥ 2
    /// c_h = f_h · z_h1²                                n_h = 1  (lonely.psu "adjust")
    /// c_h = 0                                          f_h < 1e-7 (census)
    /// ```
    /// where n_h is the stratum's reporting stations (all of them, also in a domain: R keeps
    /// them in `fpc$sampsize` when it subsets), z̄_h the mean of z over those n_h stations, and
    /// f_h the finite-population factor (1 − n_h/N_h simple random, 1 PPS).
    ///
    /// A stratum with one reporting station has no within-stratum spread; like R's
    /// `options(survey.lonely.psu="adjust")` its value is centred at 0 rather than at its own
    /// mean (R's `onestrat` skips the centring), which for the estimators here is the overall
    /// mean of the linearised values (Σ_i z_i = 0), so it contributes f_h z². The bootstrap
    /// follows the same policy (a random sign, see `BootstrapScheme`), so the two routes agree
    /// on such strata. What R's other settings do (survey 4.1, `onestrat`/`onestage`):
    /// "fail", the default, stops with the error "Stratum (h) has only one PSU at stage 1";
    /// "certainty" and "remove" centre the station at itself, so the stratum contributes 0
    /// (claiming no uncertainty from a stratum that is only a sample); "average" replaces it
    /// by the mean contribution of the other strata. A census stratum (f_h < 1e-7) or a
    /// certainty part contributes 0 whatever its size, and is not a "single-station" stratum.

    /// A stratum whose z are all bitwise equal contributes exactly 0 (R may leave a rounding
    /// residue of order 1e-35 there; that residue matters only to tell "v = 0" apart).
    ///
    /// Computed in one lane of ``linearisedVariances(of:)``, which the shares use four at a time.
    ///
    /// Agrees with R survey's `svyrecvar` (the variance inside `svymean`, `svyratio`) to 1e-6:
    /// see `ShareEstimationTests` and `RatioEstimationTests`.
    /// Reference: Cochran, *Sampling Techniques* (3rd ed., 1977), §5.3 and §6.11;
    /// Lumley, *Complex Surveys* (2010), §2.2 and §3.2.
    func linearisedVariance(of z: [Double]) -> Double {
        precondition(z.count == stationCount, "one linearised value per reporting station")
        return z.withUnsafeBufferPointer { z in linearisedVariances { SIMD4(repeating: z[$0]) }[0] }
    }

    /// The reporting stations of a domain (all stations when `domain` is nil).
    func stations(in domain: [Bool]?) -> [Int] {
        guard let domain else { return Array(0..<stationCount) }
        precondition(domain.count == stationCount, "one domain flag per reporting station")
        return (0..<stationCount).filter { domain[$0] }
    }

    /// The distinct strata, in design order, holding one of `stations`.
    func strata(holding stations: [Int]) -> [Int] {
        var present = Array(repeating: false, count: strata.count)
        for station in stations { present[stratumIndices[station]] = true }
        return (0..<strata.count).filter { present[$0] }
    }

    /// Degrees of freedom of a domain as R's `degf` of the subset design: its stations minus
    /// the strata they lie in.
    func degreesOfFreedom(of stations: [Int]) -> Int {
        stations.count - strata(holding: stations).count
    }

    /// The names of the strata among `strata` with exactly one reporting station and a
    /// sampling variance (not a census or certainty part).
    func singleStationStrataNames(among strata: [Int]) -> [String] {
        strata.filter { stationsByStratum[$0].count == 1 && finitePopulationFactor(ofStratum: $0) >= 1e-7 }
            .map { self.strata[$0].name }
    }

    /// Whether every one of `strata` is a census (f_h < 1e-7), so that estimates from them
    /// have no sampling error.
    func areCensus(_ strata: [Int]) -> Bool {
        !strata.isEmpty && strata.allSatisfy { finitePopulationFactor(ofStratum: $0) < 1e-7 }
    }
}
