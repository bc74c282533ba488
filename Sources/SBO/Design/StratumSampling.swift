/// How the stations of one stratum were selected, which decides their weights and the
/// variance formula used for them.
public enum StratumSampling: Sendable, Equatable, Hashable {
    /// Simple random sampling without replacement: every reporting station weighs N_h/n_h
    /// (n_h the stations that reported) and the stratum's variance carries the
    /// finite-population correction 1 − n_h/N_h.
    /// R: `svydesign(ids=~1, strata=~stratum, fpc=~stratum_size)`.
    case simpleRandom
    /// Probability proportional to size: a station weighs 1/π_i (its inclusion probability),
    /// and the stratum's variance is the with-replacement approximation, without a
    /// finite-population correction.
    /// R: `svydesign(ids=~1, strata=~stratum, probs=~inclusion_probability)`.
    case proportionalToSize
}
