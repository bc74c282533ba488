/// How replicate samples are drawn.
///
/// With stations i of stratum h, n_h of them in the sample with weights w_hi, each replicate
/// draws m_h stations with replacement within each stratum, r_hi being the number of times
/// station i is drawn, and weights the stations by
/// ```
/// iid:     w*_i  = w_i · r_i                                   m = n, all strata pooled
/// raoWu:   w*_hi = w_hi · (n_h / m_h) · r_hi                   m_h = n_h − 1
/// raoWuWithFinitePopulationCorrection:
///          w*_hi = w_hi · (1 − λ_h + λ_h · (n_h / m_h) · r_hi)  λ_h = √(1 − f_h), f_h = n_h / N_h
/// ```
/// Every statistic of a replicate is then computed from the w*.
///
/// `raoWu` is R survey's `subbootweights` (`as.svrepdesign(design, type = "subbootstrap")`):
/// it ignores the finite-population correction, as R does, so its variance of a stratified
/// share is Σ_h (N_h/N)² s²_h / n_h instead of Σ_h (N_h/N)² (1 − f_h) s²_h / n_h. The standard
/// error is therefore too large by the factor 1/√(1 − f): 0.5 % at a sampling fraction of 1 %,
/// 2.6 % at 5 %, 5.4 % at 10 %, 8.5 % at 15 % and 58 % at 60 %.
/// `raoWuWithFinitePopulationCorrection` is Rao and Wu's rescaling with m_h = n_h − 1, whose
/// replicate variance of a linear statistic is exactly the textbook one with (1 − f_h); it
/// needs every stratum's population size (`BootstrapStratum.populationSize`), except in a
/// stratum marked `sampledWithReplacement` (PPS), where λ_h = 1 as the linearised variance
/// takes no correction there. A stratum with n_h = N_h (a census, or the certainty stations
/// of a PPS stratum) has λ_h = 0 and adds no variance. `sbo estimate` uses this scheme, so
/// that its bootstrap and linearised standard errors estimate the same variance.
///
/// A stratum with a single station cannot be resampled n_h − 1 of n_h (m_h = 0). Under both
/// Rao–Wu schemes it is resampled by a random sign instead: each replicate draws r ∈ {0, 1}
/// with probability ½ each (one index of two: the station and a row of zeros) and weights the
/// station w·(1 − λ_h + 2λ_h r) = w·(1 ± λ_h), so that its replicate variance for a linear
/// statistic is λ_h² (w y)² — the linearised variance's f_h · z² of R survey's
/// `survey.lonely.psu = "adjust"`, the rule of `EstimationDesign.linearisedVariance(of:)`:
/// one policy for both routes (listed in `BootstrapResult.singleStationStrata`). R's
/// `subbootweights` has no usable rule there: for a stratum of one PSU it draws 0 of 1 and
/// scales by n/(n − 1) = 1/0, so the replicate weights are NaN (0 · ∞) — or, when the PSU's
/// label is a number k > 1, `sample(k)` permutes 1:k and the weights are random counts of a
/// PSU that is not in the stratum (R's `sample` on a single number).

/// `iid` pools all stations into one group and draws n of n, ignoring strata: the ordinary
/// bootstrap of Efron, whose replicate variance of a mean is (n − 1)/n · s²/n, as R boot's
/// `boot()` with an ordinary resampling of the rows.
///
/// References: J. N. K. Rao and C. F. J. Wu, "Resampling inference with complex survey data",
/// JASA 83(401), 1988, [doi:10.1080/01621459.1988.10478591]; J. N. K. Rao, C. F. J. Wu and
/// K. Yue, "Some recent work on resampling methods for complex surveys", Survey Methodology
/// 18(2), 1992 (the m_h = n_h − 1 rescaled bootstrap); T. Lumley, survey package,
/// `subbootweights`.
///
/// [doi:10.1080/01621459.1988.10478591]: https://doi.org/10.1080/01621459.1988.10478591
public enum BootstrapScheme: Sendable, Equatable, Hashable {
    /// Efron's bootstrap: n of n stations with replacement from all stations pooled.
    case iid
    /// Rao–Wu rescaled bootstrap within strata, n_h − 1 of n_h, without finite-population
    /// correction (R survey's `subbootweights`).
    case raoWu
    /// Rao–Wu rescaled bootstrap within strata with the finite-population correction
    /// λ_h = √(1 − n_h/N_h) (λ_h = 1 in strata sampled with replacement); the default of
    /// `sbo estimate`.
    case raoWuWithFinitePopulationCorrection

    /// How the scheme is named in reports: `iid`, `rao-wu`, `rao-wu-fpc`.
    public var name: String {
        switch self {
        case .iid: "iid"
        case .raoWu: "rao-wu"
        case .raoWuWithFinitePopulationCorrection: "rao-wu-fpc"
        }
    }
}
