/// Which rule produced a confidence interval.
public enum IntervalRule: Sendable, Equatable, Hashable {
    /// The requested method, exactly as R survey computes it.
    case standard
    /// The estimate is 0 or 1, or its linearised variance is 0 although the strata are
    /// samples: R would give NaN or a zero-width interval. sbo gives instead the
    /// Korn–Graubard (Clopper–Pearson) interval with the effective sample size taken as the
    /// number of answering stations, times the same degrees-of-freedom factor — the NCHS
    /// procedure (Parker et al., *National Center for Health Statistics Data Presentation
    /// Standards for Proportions*, Vital Health Stat 2(175), 2017).
    case kornGraubardAnsweringStations
    /// Every stratum holding an answering station is a census (n_h = N_h): the estimate is
    /// exact and the interval is the point.
    case census
    /// The bootstrap interval of `EstimationReport.bootstrapped` (percentile, basic or BCa
    /// over the replicates); the standard error is then the bootstrap standard error.
    case bootstrap(BootstrapInterval)
}
